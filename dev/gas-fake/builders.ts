/**
 * Data-validation and conditional-format builders and rules. Rules are immutable plain data
 * (ValidationData / CondFormatData); the GAS objects are views over it, as in Apps Script where
 * `rule.copy()` gives a builder and `build()` a new rule.
 */
import { GasObject, unwrap } from './calls';
import { decodeArg, encodeArg, outList, type Env } from './env';
import type { BooleanConditionData, CondFormatData, GradientPoint, Json, RangeRef, ValidationData } from './types';
import type { Range } from './range';

const enc = (v: unknown): Json => encodeArg(v, unwrap);

// ---- data validation --------------------------------------------------------------------------

export class DataValidationBuilder extends GasObject {
  get _cls(): string {
    return 'DataValidationBuilder';
  }
  // Sheets' default: invalid input shows a warning but is accepted (allowInvalid = true).
  private _data: ValidationData = { criteria: '', args: [], helpText: null, allowInvalid: true };

  constructor(
    private readonly _env: Env,
    from?: ValidationData,
  ) {
    super();
    if (from) this._data = structuredClone(from);
  }

  private _crit(criteria: string, args: unknown[]): this {
    this._data.criteria = criteria;
    this._data.args = args.map(enc);
    return this;
  }

  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values)) throw new TypeError("The parameters don't match the method signature for DataValidationBuilder.requireValueInList.");
    return this._crit('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    return this._crit('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const args = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this._crit('CHECKBOX', args);
  }
  requireNumberBetween(a: number, b: number): this {
    return this._crit('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberNotBetween(a: number, b: number): this {
    return this._crit('NUMBER_NOT_BETWEEN', [a, b]);
  }
  requireNumberEqualTo(n: number): this {
    return this._crit('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: number): this {
    return this._crit('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this._crit('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._crit('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): this {
    return this._crit('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._crit('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextContains(t: string): this {
    return this._crit('TEXT_CONTAINS', [t]);
  }
  requireTextDoesNotContain(t: string): this {
    return this._crit('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  requireTextEqualTo(t: string): this {
    return this._crit('TEXT_EQUAL_TO', [t]);
  }
  requireTextIsEmail(): this {
    return this._crit('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this._crit('TEXT_IS_VALID_URL', []);
  }
  requireDate(): this {
    return this._crit('DATE_IS_VALID_DATE', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._crit('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this._crit(String(criteria), Array.isArray(args) ? args : []);
  }
  setAllowInvalid(allow: boolean): this {
    this._data.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string): this {
    this._data.helpText = text === null || text === undefined ? null : String(text);
    return this;
  }
  getCriteriaType(): string {
    return this._data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return outList(
      this._env,
      this._data.args.map((a) => decodeArg(this._env, a)),
    );
  }
  getHelpText(): string | null {
    return this._data.helpText;
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  build(): DataValidation {
    // Fake's wording: GAS refuses to build a rule without criteria.
    if (!this._data.criteria) throw new Error('The data validation rule has no criteria.');
    return this._env.wrap(new DataValidation(this._env, Object.freeze(structuredClone(this._data))));
  }
}

export class DataValidation extends GasObject {
  get _cls(): string {
    return 'DataValidation';
  }
  constructor(
    private readonly _env: Env,
    readonly _data: Readonly<ValidationData>,
  ) {
    super();
  }
  getCriteriaType(): string {
    return this._data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return outList(
      this._env,
      this._data.args.map((a) => decodeArg(this._env, a)),
    );
  }
  getHelpText(): string | null {
    return this._data.helpText;
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  copy(): DataValidationBuilder {
    return this._env.wrap(new DataValidationBuilder(this._env, this._data));
  }
}

/**
 * Whether `value` passes a validation rule that rejects invalid input. Only the criteria the add-on
 * uses are checked (list, checkbox, number comparisons); others accept everything. Empty always passes.
 */
export function violates(rule: ValidationData, value: unknown): boolean {
  if (rule.allowInvalid || value === '' || value === null || value === undefined) return false;
  const a = rule.args;
  const n = typeof value === 'number' ? value : NaN;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return !(Array.isArray(a[0]) && a[0].some((x) => String(x) === String(value)));
    case 'CHECKBOX': {
      const allowed = a.length === 0 ? [true, false] : a.length === 1 ? [a[0], ''] : [a[0], a[1]];
      return !allowed.some((x) => x === value || (typeof x === 'string' && String(value) === x));
    }
    case 'NUMBER_BETWEEN':
      return !(n >= Number(a[0]) && n <= Number(a[1]));
    case 'NUMBER_NOT_BETWEEN':
      return !(n < Number(a[0]) || n > Number(a[1]));
    case 'NUMBER_EQUAL_TO':
      return !(n === Number(a[0]));
    case 'NUMBER_NOT_EQUAL_TO':
      return !(Number.isFinite(n) && n !== Number(a[0]));
    case 'NUMBER_GREATER_THAN':
      return !(n > Number(a[0]));
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return !(n >= Number(a[0]));
    case 'NUMBER_LESS_THAN':
      return !(n < Number(a[0]));
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return !(n <= Number(a[0]));
    default:
      return false;
  }
}

// ---- conditional format -----------------------------------------------------------------------

function emptyBoolean(type: string, args: Json[]): BooleanConditionData {
  return { type, args, background: null, fontColor: null, bold: null, italic: null, strikethrough: null, underline: null };
}

export class ConditionalFormatRuleBuilder extends GasObject {
  get _cls(): string {
    return 'ConditionalFormatRuleBuilder';
  }
  private _data: CondFormatData = { ranges: [], boolean: null, gradient: null };

  constructor(
    private readonly _env: Env,
    from?: CondFormatData,
  ) {
    super();
    if (from) this._data = structuredClone(from);
  }

  private _when(type: string, args: unknown[]): this {
    const prev = this._data.boolean;
    this._data.gradient = null;
    this._data.boolean = { ...(prev ?? emptyBoolean(type, [])), type, args: args.map(enc) };
    return this;
  }
  private _format(): BooleanConditionData {
    if (!this._data.boolean) this._data.boolean = emptyBoolean('', []);
    return this._data.boolean;
  }
  private _point(which: 'min' | 'mid' | 'max', p: GradientPoint): this {
    this._data.boolean = null;
    if (!this._data.gradient) this._data.gradient = { min: null, mid: null, max: null };
    this._data.gradient[which] = p;
    return this;
  }

  setGradientMinpoint(color: string): this {
    return this._point('min', { color, type: 'MIN', value: '' });
  }
  setGradientMaxpoint(color: string): this {
    return this._point('max', { color, type: 'MAX', value: '' });
  }
  setGradientMinpointWithValue(color: string, type: string, value: string): this {
    return this._point('min', { color, type: String(type), value: String(value) });
  }
  setGradientMidpointWithValue(color: string, type: string, value: string): this {
    return this._point('mid', { color, type: String(type), value: String(value) });
  }
  setGradientMaxpointWithValue(color: string, type: string, value: string): this {
    return this._point('max', { color, type: String(type), value: String(value) });
  }

  whenCellEmpty(): this {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenTextStartsWith(t: string): this {
    return this._when('TEXT_STARTS_WITH', [t]);
  }
  whenTextEndsWith(t: string): this {
    return this._when('TEXT_ENDS_WITH', [t]);
  }
  whenTextContains(t: string): this {
    return this._when('TEXT_CONTAINS', [t]);
  }
  whenTextDoesNotContain(t: string): this {
    return this._when('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  whenTextEqualTo(t: string): this {
    return this._when('TEXT_EQUAL_TO', [t]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this._when('NUMBER_BETWEEN', [a, b]);
  }
  whenNumberNotBetween(a: number, b: number): this {
    return this._when('NUMBER_NOT_BETWEEN', [a, b]);
  }
  whenNumberEqualTo(n: number): this {
    return this._when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: number): this {
    return this._when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): this {
    return this._when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this._when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenFormulaSatisfied(formula: string): this {
    return this._when('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this._when(String(criteria), Array.isArray(args) ? args : []);
  }
  setBackground(color: string | null): this {
    this._format().background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this._format().fontColor = color;
    return this;
  }
  setBold(b: boolean | null): this {
    this._format().bold = b;
    return this;
  }
  setItalic(b: boolean | null): this {
    this._format().italic = b;
    return this;
  }
  setStrikethrough(b: boolean | null): this {
    this._format().strikethrough = b;
    return this;
  }
  setUnderline(b: boolean | null): this {
    this._format().underline = b;
    return this;
  }
  setRanges(ranges: unknown[]): this {
    this._data.ranges = (Array.isArray(ranges) ? ranges : []).map((r) => (unwrap(r) as Range)._ref());
    return this;
  }
  getRanges(): Range[] {
    return rangesOf(this._env, this._data.ranges);
  }
  build(): ConditionalFormatRule {
    return this._env.wrap(new ConditionalFormatRule(this._env, structuredClone(this._data)));
  }
}

function rangesOf(env: Env, refs: RangeRef[]): Range[] {
  const out: Range[] = [];
  for (const ref of refs) {
    const r = env.book()._rangeFromRef(ref);
    if (r) out.push(env.wrap(r));
  }
  return outList(env, out);
}

export class ConditionalFormatRule extends GasObject {
  get _cls(): string {
    return 'ConditionalFormatRule';
  }
  constructor(
    private readonly _env: Env,
    readonly _data: CondFormatData,
  ) {
    super();
  }
  getRanges(): Range[] {
    return rangesOf(this._env, this._data.ranges);
  }
  getBooleanCondition(): BooleanCondition | null {
    return this._data.boolean ? this._env.wrap(new BooleanCondition(this._env, this._data.boolean)) : null;
  }
  getGradientCondition(): GradientCondition | null {
    return this._data.gradient ? this._env.wrap(new GradientCondition(this._data.gradient)) : null;
  }
  copy(): ConditionalFormatRuleBuilder {
    return this._env.wrap(new ConditionalFormatRuleBuilder(this._env, this._data));
  }
}

export class BooleanCondition extends GasObject {
  get _cls(): string {
    return 'BooleanCondition';
  }
  constructor(
    private readonly _env: Env,
    private readonly _d: BooleanConditionData,
  ) {
    super();
  }
  getCriteriaType(): string {
    return this._d.type;
  }
  getCriteriaValues(): unknown[] {
    return outList(
      this._env,
      this._d.args.map((a) => decodeArg(this._env, a)),
    );
  }
  getBackground(): string | null {
    return this._d.background;
  }
  getFontColor(): string | null {
    return this._d.fontColor;
  }
  getBold(): boolean | null {
    return this._d.bold;
  }
  getItalic(): boolean | null {
    return this._d.italic;
  }
  getStrikethrough(): boolean | null {
    return this._d.strikethrough;
  }
  getUnderline(): boolean | null {
    return this._d.underline;
  }
}

export class GradientCondition extends GasObject {
  get _cls(): string {
    return 'GradientCondition';
  }
  constructor(private readonly _g: NonNullable<CondFormatData['gradient']>) {
    super();
  }
  getMinColor(): string {
    return this._g.min?.color ?? '';
  }
  getMinType(): string | null {
    return this._g.min?.type ?? null;
  }
  getMinValue(): string {
    return this._g.min?.value ?? '';
  }
  getMidColor(): string {
    return this._g.mid?.color ?? '';
  }
  getMidType(): string | null {
    return this._g.mid?.type ?? null;
  }
  getMidValue(): string {
    return this._g.mid?.value ?? '';
  }
  getMaxColor(): string {
    return this._g.max?.color ?? '';
  }
  getMaxType(): string | null {
    return this._g.max?.type ?? null;
  }
  getMaxValue(): string {
    return this._g.max?.value ?? '';
  }
}
