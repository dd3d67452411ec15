/** SpreadsheetApp.Range: a fixed rectangle of one sheet (like in GAS, it does not move when rows are inserted). */
import { CLOSED, formatA1, type OpenBounds } from './a1';
import { DataValidation, DataValidationBuilder } from './builders';
import { GasObject, unwrap } from './calls';
import { outGrid, type Env } from './env';
import type { Protection } from './protection';
import type { Sheet, StyleValue } from './sheet';
import type { CellValue, RangeRef, ValidationData } from './types';
import { compareForSort, copyOut, displayOf, gasTypeName } from './values';
import { showArrayLiterals } from './array-literals';

/** `getNumberFormat()` of a cell nobody formatted (what Sheets returns for "Automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

export const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';

export class Range extends GasObject {
  get _cls(): string {
    return 'Range';
  }

  constructor(
    readonly _sheet: Sheet,
    readonly _row: number,
    readonly _col: number,
    readonly _nr: number,
    readonly _nc: number,
    readonly _open: OpenBounds = CLOSED,
  ) {
    super();
  }

  get _env(): Env {
    return this._sheet._env;
  }

  _ref(): RangeRef {
    return { sheetId: this._sheet._id, row: this._row, col: this._col, numRows: this._nr, numCols: this._nc };
  }

  /** A Range kept by the caller may point outside the grid after deleteRows/deleteColumns. */
  private _checkInGrid(): void {
    if (this._row + this._nr - 1 > this._sheet._maxRows || this._col + this._nc - 1 > this._sheet._maxCols) {
      throw new Error(OUTSIDE_SHEET);
    }
  }

  /** Validates a 2-D argument the way Sheets does (signature first, then rows, then columns). */
  _check2D(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
      throw new Error(`The parameters (${gasTypeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const rows = data as unknown[][];
    if (rows.length !== this._nr) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._nr}.`,
      );
    }
    for (const r of rows) {
      if (r.length !== this._nc) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this._nc}.`,
        );
      }
    }
    return rows;
  }

  // ---- values and formulas ----------------------------------------------------------------------

  /** The values Sheets shows: stored values, and the top row array-literal formulas show (array-literals.ts). */
  _shown(): CellValue[][] {
    return showArrayLiterals(
      this._sheet,
      this._row,
      this._col,
      this._sheet._values.read(this._row, this._col, this._nr, this._nc, (v) => v),
    );
  }

  getValues(): CellValue[][] {
    const realm = this._env.realm;
    return outGrid(
      this._env,
      this._shown().map((r) => r.map((v) => copyOut(v, realm))),
    );
  }

  getValue(): CellValue {
    return copyOut(this._cell(), this._env.realm);
  }

  getDisplayValues(): string[][] {
    return outGrid(
      this._env,
      this._shown().map((r) => r.map(displayOf)),
    );
  }

  getDisplayValue(): string {
    return displayOf(this._cell());
  }

  /** The top-left cell's value as shown. */
  _cell(): CellValue {
    return showArrayLiterals(this._sheet, this._row, this._col, [[this._sheet._values.get(this._row, this._col)]])[0][0];
  }

  /** Values follow Sheets' input rules (leading `=` → formula, leading `'` → literal text unless the cell is `@`): see values.ts. */
  setValues(values: unknown[][]): this {
    this._checkInGrid();
    this._sheet._writeValues(this._row, this._col, this._check2D(values, 'setValues'));
    return this;
  }

  /** Sets every cell of the range (GAS fills multi-cell ranges with the one value). */
  setValue(value: unknown): this {
    this._checkInGrid();
    this._sheet._writeInputs(
      this._row,
      this._col,
      this._grid((i, j) => this._sheet._parse(value, this._row + i, this._col + j)),
    );
    return this;
  }

  getFormulas(): string[][] {
    return outGrid(
      this._env,
      this._sheet._formulas.read(this._row, this._col, this._nr, this._nc, (f) => f),
    );
  }

  getFormula(): string {
    return this._sheet._formulas.get(this._row, this._col);
  }

  /** Sets the same formula text in every cell (Sheets would shift relative references; the fake copies verbatim). */
  setFormula(formula: string): this {
    this._checkInGrid();
    this._sheet._writeInputs(
      this._row,
      this._col,
      this._grid((i, j) => formulaInput(this._sheet, formula, this._row + i, this._col + j)),
    );
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this._checkInGrid();
    const rows = this._check2D(formulas, 'setFormulas');
    this._sheet._writeInputs(
      this._row,
      this._col,
      rows.map((r, i) => r.map((f, j) => formulaInput(this._sheet, f, this._row + i, this._col + j))),
    );
    return this;
  }

  clearContent(): this {
    this._sheet._clearContent(this._row, this._col, this._nr, this._nc);
    return this;
  }

  isBlank(): boolean {
    const s = this._sheet;
    for (let i = 0; i < this._nr; i++) {
      for (let j = 0; j < this._nc; j++) {
        if (s._values.get(this._row + i, this._col + j) !== '' || s._formulas.get(this._row + i, this._col + j) !== '') return false;
      }
    }
    return true;
  }

  /**
   * Range.sort(spec): spec is a column number, `{column, ascending}` or a list of them (columns are
   * sheet columns). Only the range's cells move (values, formulas, notes, formats, validations, styles).
   */
  sort(spec: unknown): this {
    this._sheet._sortBlock(this._row, this._col, this._nr, this._nc, parseSortSpec(spec, this._col, this._nc));
    return this;
  }

  // ---- formats, notes, validations -------------------------------------------------------------

  getNumberFormats(): string[][] {
    return outGrid(
      this._env,
      this._sheet._formats.read(this._row, this._col, this._nr, this._nc, (f) => f ?? DEFAULT_NUMBER_FORMAT),
    );
  }

  getNumberFormat(): string {
    return this._sheet._formats.get(this._row, this._col) ?? DEFAULT_NUMBER_FORMAT;
  }

  setNumberFormat(format: string): this {
    this._checkInGrid();
    const f = format === null || format === undefined ? null : String(format);
    this._sheet._formats.fill(this._row, this._col, this._nr, this._nc, () => f);
    return this;
  }

  setNumberFormats(formats: string[][]): this {
    this._checkInGrid();
    const rows = this._check2D(formats, 'setNumberFormats');
    this._sheet._formats.fill(this._row, this._col, this._nr, this._nc, (i, j) => (rows[i][j] === null ? null : String(rows[i][j])));
    return this;
  }

  getNotes(): string[][] {
    return outGrid(
      this._env,
      this._sheet._notes.read(this._row, this._col, this._nr, this._nc, (n) => n),
    );
  }

  getNote(): string {
    return this._sheet._notes.get(this._row, this._col);
  }

  setNote(note: string | null): this {
    this._checkInGrid();
    const n = note === null || note === undefined ? '' : String(note);
    this._sheet._notes.fill(this._row, this._col, this._nr, this._nc, () => n);
    return this;
  }

  setNotes(notes: (string | null)[][]): this {
    this._checkInGrid();
    const rows = this._check2D(notes, 'setNotes');
    this._sheet._notes.fill(this._row, this._col, this._nr, this._nc, (i, j) => (rows[i][j] === null || rows[i][j] === undefined ? '' : String(rows[i][j])));
    return this;
  }

  clearNote(): this {
    this._sheet._notes.clear(this._row, this._col, this._nr, this._nc);
    return this;
  }

  private _rule(d: ValidationData | null): DataValidation | null {
    return d ? this._env.wrap(new DataValidation(this._env, d)) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return outGrid(
      this._env,
      this._sheet._validations.read(this._row, this._col, this._nr, this._nc, (d) => this._rule(d)),
    );
  }

  getDataValidation(): DataValidation | null {
    return this._rule(this._sheet._validations.get(this._row, this._col));
  }

  setDataValidation(rule: DataValidation | null): this {
    this._checkInGrid();
    const d = ruleData(rule);
    this._sheet._validations.fill(this._row, this._col, this._nr, this._nc, () => d);
    return this;
  }

  setDataValidations(rules: (DataValidation | null)[][]): this {
    this._checkInGrid();
    const rows = this._check2D(rules, 'setDataValidations');
    this._sheet._validations.fill(this._row, this._col, this._nr, this._nc, (i, j) => ruleData(rows[i][j]));
    return this;
  }

  clearDataValidations(): this {
    this._sheet._validations.clear(this._row, this._col, this._nr, this._nc);
    return this;
  }

  /**
   * Adds a CHECKBOX validation to every cell and, as documented for Range.insertCheckboxes, sets the
   * value of all cells to the unchecked value (false by default) — existing values are overwritten.
   */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this._checkInGrid();
    const b = new DataValidationBuilder(this._env);
    if (checkedValue === undefined) b.requireCheckbox();
    else if (uncheckedValue === undefined) b.requireCheckbox(checkedValue);
    else b.requireCheckbox(checkedValue, uncheckedValue);
    const d = unwrap(b.build())._data;
    this._sheet._validations.fill(this._row, this._col, this._nr, this._nc, () => d);
    const unchecked = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : uncheckedValue;
    this._sheet._writeInputs(
      this._row,
      this._col,
      this._grid((i, j) => this._sheet._parse(unchecked, this._row + i, this._col + j)),
      false,
    );
    return this;
  }

  /** Removes checkbox validations and clears cells holding the checked/unchecked value (Range.removeCheckboxes). */
  removeCheckboxes(): this {
    const s = this._sheet;
    for (let i = 0; i < this._nr; i++) {
      for (let j = 0; j < this._nc; j++) {
        const r = this._row + i;
        const c = this._col + j;
        const d = s._validations.get(r, c);
        if (!d || d.criteria !== 'CHECKBOX') continue;
        s._validations.set(r, c, null);
        const v = s._values.get(r, c);
        const states = d.args.length === 0 ? [true, false] : d.args;
        if (s._formulas.get(r, c) === '' && states.some((x) => x === v)) s._values.set(r, c, '');
      }
    }
    s._changed(this._row, this._col, this._nr, this._nc);
    return this;
  }

  clearFormat(): this {
    this._sheet._clearFormats(this._row, this._col, this._nr, this._nc);
    return this;
  }

  /** Range.clear(options?): contents and formats by default; the *Only options restrict it. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): this {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!any || o.contentsOnly) this.clearContent();
    if (!any || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this;
  }

  protect(): Protection {
    return this._sheet._ss._addProtection('RANGE', this._sheet, this._ref());
  }

  // ---- geometry ---------------------------------------------------------------------------------

  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getLastRow(): number {
    return this._row + this._nr - 1;
  }
  getLastColumn(): number {
    return this._col + this._nc - 1;
  }
  getNumRows(): number {
    return this._nr;
  }
  getNumColumns(): number {
    return this._nc;
  }
  getHeight(): number {
    return this._nr;
  }
  getWidth(): number {
    return this._nc;
  }
  getA1Notation(): string {
    return formatA1(this._row, this._col, this._nr, this._nc, this._open);
  }
  getSheet(): Sheet {
    return this._sheet;
  }
  getGridId(): number {
    return this._sheet._id;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this._sheet._makeRange(this._row + rowOffset, this._col + columnOffset, numRows ?? this._nr, numColumns ?? this._nc);
  }
  /** Cell relative to this range (1-based). */
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._nr || column > this._nc) throw new Error('Cell reference out of range');
    return this._sheet._makeRange(this._row + row - 1, this._col + column - 1, 1, 1);
  }
  /** Makes this the active range and its sheet the active sheet (the current cell becomes the top-left cell). */
  activate(): this {
    this._sheet._ss._activate(this._sheet, this._ref(), { row: this._row, col: this._col });
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private _grid<T>(produce: (i: number, j: number) => T): T[][] {
    const out: T[][] = new Array(this._nr);
    for (let i = 0; i < this._nr; i++) {
      const line: T[] = new Array(this._nc);
      for (let j = 0; j < this._nc; j++) line[j] = produce(i, j);
      out[i] = line;
    }
    return out;
  }

  _style(name: string): StyleValue {
    return this._sheet._getStyle(name, this._row, this._col);
  }
}

function formulaInput(sheet: Sheet, f: unknown, row: number, col: number): { value: CellValue; formula: string } {
  if (typeof f === 'string' && f.startsWith('=')) return { value: '', formula: f };
  return sheet._parse(f === '' ? null : f, row, col);
}

function ruleData(rule: unknown): ValidationData | null {
  if (rule === null || rule === undefined) return null;
  const raw = unwrap(rule) as { _cls?: string; _data?: ValidationData };
  if (raw._cls !== 'DataValidation' || !raw._data) {
    throw new Error("The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.");
  }
  return raw._data;
}

export interface SortKey {
  /** 0-based column offset inside the block. */
  offset: number;
  ascending: boolean;
}

function parseSortSpec(spec: unknown, col: number, numCols: number): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec];
  return list.map((s) => {
    const column = typeof s === 'number' ? s : Number((s as { column?: unknown })?.column);
    const ascending = typeof s === 'number' ? true : (s as { ascending?: unknown }).ascending !== false;
    if (!Number.isInteger(column) || column < col || column >= col + numCols) {
      throw new Error(`The specified column (${String(column)}) must be within the range.`);
    }
    return { offset: column - col, ascending };
  });
}

/** Stable order of block rows by sort keys (Sheets' order: see compareForSort). */
export function sortOrder(rowsValues: CellValue[][], keys: SortKey[]): number[] {
  const idx = rowsValues.map((_, i) => i);
  idx.sort((a, b) => {
    for (const k of keys) {
      const c = compareForSort(rowsValues[a][k.offset], rowsValues[b][k.offset], k.ascending);
      if (c !== 0) return c;
    }
    return a - b;
  });
  return idx;
}

// ---- style setters/getters: recorded per cell, no rendering --------------------------------------

interface StyleSpec {
  name: string;
  set: string;
  setPlural?: string;
  get?: string;
  getPlural?: string;
  dflt: StyleValue;
}

const STYLES: StyleSpec[] = [
  { name: 'background', set: 'setBackground', setPlural: 'setBackgrounds', get: 'getBackground', getPlural: 'getBackgrounds', dflt: '#ffffff' },
  { name: 'fontColor', set: 'setFontColor', setPlural: 'setFontColors', get: 'getFontColor', getPlural: 'getFontColors', dflt: '#000000' },
  { name: 'fontWeight', set: 'setFontWeight', setPlural: 'setFontWeights', get: 'getFontWeight', getPlural: 'getFontWeights', dflt: 'normal' },
  { name: 'fontStyle', set: 'setFontStyle', setPlural: 'setFontStyles', get: 'getFontStyle', getPlural: 'getFontStyles', dflt: 'normal' },
  { name: 'fontSize', set: 'setFontSize', setPlural: 'setFontSizes', get: 'getFontSize', getPlural: 'getFontSizes', dflt: 10 },
  { name: 'fontFamily', set: 'setFontFamily', setPlural: 'setFontFamilies', get: 'getFontFamily', getPlural: 'getFontFamilies', dflt: 'Arial' },
  { name: 'fontLine', set: 'setFontLine', setPlural: 'setFontLines', get: 'getFontLine', getPlural: 'getFontLines', dflt: 'none' },
  {
    name: 'horizontalAlignment',
    set: 'setHorizontalAlignment',
    setPlural: 'setHorizontalAlignments',
    get: 'getHorizontalAlignment',
    getPlural: 'getHorizontalAlignments',
    dflt: 'general',
  },
  {
    name: 'verticalAlignment',
    set: 'setVerticalAlignment',
    setPlural: 'setVerticalAlignments',
    get: 'getVerticalAlignment',
    getPlural: 'getVerticalAlignments',
    dflt: 'bottom',
  },
  { name: 'wrap', set: 'setWrap', setPlural: 'setWraps', get: 'getWrap', getPlural: 'getWraps', dflt: false },
  { name: 'wrapStrategy', set: 'setWrapStrategy', setPlural: 'setWrapStrategies', get: 'getWrapStrategy', getPlural: 'getWrapStrategies', dflt: 'OVERFLOW' },
  { name: 'textRotation', set: 'setTextRotation', dflt: 0 },
];

export const STYLE_DEFAULTS: Record<string, StyleValue> = Object.fromEntries(STYLES.map((s) => [s.name, s.dflt]));

function defineMethod(name: string, fn: (this: Range, ...args: never[]) => unknown): void {
  Object.defineProperty(Range.prototype, name, { value: fn, writable: true, configurable: true });
}

function toStyle(v: unknown): StyleValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

for (const spec of STYLES) {
  defineMethod(spec.set, function (this: Range, value: unknown) {
    const v = toStyle(value);
    this._sheet._styleLayer(spec.name).fill(this._row, this._col, this._nr, this._nc, () => v);
    return this;
  });
  if (spec.setPlural) {
    defineMethod(spec.setPlural, function (this: Range, values: unknown) {
      const rows = this._check2D(values, spec.setPlural as string);
      this._sheet._styleLayer(spec.name).fill(this._row, this._col, this._nr, this._nc, (i, j) => toStyle(rows[i][j]));
      return this;
    });
  }
  if (spec.get) {
    defineMethod(spec.get, function (this: Range) {
      return this._style(spec.name);
    });
  }
  if (spec.getPlural) {
    defineMethod(spec.getPlural, function (this: Range) {
      const layer = this._sheet._styles.get(spec.name);
      const rows = layer
        ? layer.read(this._row, this._col, this._nr, this._nc, (v) => v ?? spec.dflt)
        : Array.from({ length: this._nr }, () => new Array<StyleValue>(this._nc).fill(spec.dflt));
      return outGrid(this._env, rows);
    });
  }
}

/** setBorder(top, left, bottom, right, vertical, horizontal, color?, style?): recorded per cell as a JSON string. */
defineMethod('setBorder', function (this: Range, ...args: unknown[]) {
  const v = JSON.stringify(args.map((a) => (a === undefined ? null : a)));
  this._sheet._styleLayer('border').fill(this._row, this._col, this._nr, this._nc, () => v);
  return this;
});

defineMethod('setBackgroundRGB', function (this: Range, r: number, g: number, b: number) {
  const hex =
    '#' +
    [r, g, b]
      .map((x) =>
        Math.max(0, Math.min(255, Math.round(x)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('');
  this._sheet._styleLayer('background').fill(this._row, this._col, this._nr, this._nc, () => hex);
  return this;
});
