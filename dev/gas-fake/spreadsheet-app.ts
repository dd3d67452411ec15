/** The SpreadsheetApp global: entry points, builders and enums. */
import { ConditionalFormatRuleBuilder, DataValidationBuilder } from './builders';
import { GasObject, enumOf, unwrap } from './calls';
import type { Env } from './env';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import { Ui } from './ui';

export class SpreadsheetAppService extends GasObject {
  get _cls(): string {
    return 'SpreadsheetApp';
  }

  readonly DataValidationCriteria = enumOf('SpreadsheetApp.DataValidationCriteria', [
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_BETWEEN',
    'DATE_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'DATE_NOT_BETWEEN',
    'DATE_ON_OR_AFTER',
    'DATE_ON_OR_BEFORE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL',
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CUSTOM_FORMULA',
    'CHECKBOX',
  ] as const);
  readonly BooleanCriteria = enumOf('SpreadsheetApp.BooleanCriteria', [
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_EQUAL_TO',
    'DATE_AFTER_RELATIVE',
    'DATE_BEFORE_RELATIVE',
    'DATE_EQUAL_TO_RELATIVE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_STARTS_WITH',
    'TEXT_ENDS_WITH',
    'CUSTOM_FORMULA',
  ] as const);
  readonly ProtectionType = enumOf('SpreadsheetApp.ProtectionType', ['RANGE', 'SHEET'] as const);
  readonly InterpolationType = enumOf('SpreadsheetApp.InterpolationType', ['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX'] as const);
  readonly WrapStrategy = enumOf('SpreadsheetApp.WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP'] as const);
  readonly BorderStyle = enumOf('SpreadsheetApp.BorderStyle', ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'] as const);
  readonly Dimension = enumOf('SpreadsheetApp.Dimension', ['COLUMNS', 'ROWS'] as const);
  readonly SheetType = enumOf('SpreadsheetApp.SheetType', ['GRID', 'OBJECT', 'DATASOURCE'] as const);

  constructor(private readonly _env: Env) {
    super();
  }

  getActive(): Spreadsheet {
    return this._env.book();
  }
  getActiveSpreadsheet(): Spreadsheet {
    return this._env.book();
  }
  getActiveSheet(): Sheet {
    return this._env.book()._active;
  }
  getActiveRange(): Range | null {
    return unwrap(this._env.book().getActiveRange());
  }
  getCurrentCell(): Range | null {
    return unwrap(this._env.book().getCurrentCell());
  }
  setActiveSheet(sheet: Sheet): Sheet {
    return this._env.book().setActiveSheet(sheet);
  }
  setActiveRange(range: Range): Range {
    return this._env.book().setActiveRange(range);
  }
  /** Only the bound document: opening another file is outside `spreadsheets.currentonly`. */
  openById(id: string): Spreadsheet {
    const book = this._env.book();
    if (String(id) !== book._id)
      throw new Error(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp (the fake only knows spreadsheet "${book._id}").`,
      );
    return book;
  }
  /** Throws when `fake.ui.available` is false, like GAS outside a UI context (time triggers, editor runs). */
  getUi(): Ui {
    if (!this._env.ui.available) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return new Ui(this._env);
  }
  /** No pending writes in the fake; calls `hooks.onFlush` (a formula engine may recompute there). */
  flush(): void {
    this._env.hooks.onFlush?.();
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._env);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this._env);
  }
}
