/**
 * SpreadsheetApp.RangeList: several ranges of one sheet set in one call (Sheet.getRangeList). Apps
 * Script's RangeList has setters of one value for every cell (number format, note, background, font
 * weight…) but no data validation: rules differ per column, they go through Range.setDataValidations.
 * Each method is one counted call, whatever the number of ranges.
 */
import { GasObject } from './calls';
import type { Env } from './env';
import type { Range } from './range';

export class RangeList extends GasObject {
  get _cls(): string {
    return 'RangeList';
  }
  constructor(
    private readonly _env: Env,
    readonly _ranges: readonly Range[],
  ) {
    super();
  }
  getRanges(): Range[] {
    return this._ranges.map((r) => this._env.wrap(r));
  }
  setNumberFormat(format: string): this {
    for (const r of this._ranges) r.setNumberFormat(format);
    return this;
  }
  setNote(note: string | null): this {
    for (const r of this._ranges) r.setNote(note);
    return this;
  }
  setBackground(color: string | null): this {
    return this._style('setBackground', color);
  }
  setFontWeight(weight: string | null): this {
    return this._style('setFontWeight', weight);
  }
  /** Style setters are defined on Range's prototype from its style table (range.ts). */
  _style(setter: string, value: unknown): this {
    for (const r of this._ranges) (r as unknown as Record<string, (v: unknown) => void>)[setter](value);
    return this;
  }
  clearDataValidations(): this {
    for (const r of this._ranges) r.clearDataValidations();
    return this;
  }
}
