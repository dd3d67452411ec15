import type { CellJson } from '../../contract/cells';
import { isBlankCell, sameCell } from '../../contract/cells';
import { inRange, KINDS, type KindSpec } from '../../core/instruments/kinds';
import type { Lang } from '../../core/i18n';
import { Problem, quote } from '../../core/problem';
import type { CellInput } from '../../sheets/literal';
import type { ColumnSpec } from '../../sheets/schema';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

type KindInput = NonNullable<KindSpec['input']>;

/**
 * Two values of a cell of this column mean the same: the same text, or the same reading by the
 * formulas' rules (« Fort » and 3 are the same level, « 50 % » and 0,5 the same completion). Two
 * reviewers choosing the same level are in agreement, however each one's value is spelled.
 */
export function sameValue(column: ColumnSpec, a: CellJson | undefined, b: CellJson | undefined): boolean {
  if (sameCell(a, b)) return true;
  const kind = KINDS[column.kind].input;
  if (!kind || isBlankCell(a) || isBlankCell(b)) return false;
  const [x, y] = [kind.read(a), kind.read(b)];
  return !Number.isNaN(x) && x === y;
}

// The value is quoted as every message quotes what users typed (« 7 », "7"), not as JSON.
function refused(column: ColumnSpec, value: CellJson, what: { fr: string; en: string }): Problem {
  return new Problem((lang: Lang) =>
    lang === 'en' ? `“${column.header.en}”: ${quote(value, lang)} is not ${what.en}.` : `« ${column.header.fr} » : ${quote(value, lang)} n’est pas ${what.fr}.`,
  );
}

/**
 * A dropdown item or a custom checkbox value comes from the sheet's validation rule, which anyone
 * editing the sheet can set: a text item is written like any other text (literal.ts), so an item
 * such as `=…` or `+1` can never become a formula or a number.
 */
const asCell = (item: unknown) => (item ?? null) as CellInput;

/**
 * The value to write for `after` in a column, or a Problem naming the column. Text is returned as
 * typed: the writer keeps it text (literal.ts). A number goes in as the column's dropdown spells it when the column has one (a
 * template may list « 2 - Intermédiaire » and reject anything else), or as a number otherwise.
 */
export function cellInput(column: ColumnSpec, after: CellJson, rule: Rule | null): CellInput {
  if (column.kind === 'text') return String(after);
  if (isBlankCell(after)) return '';
  const kind = KINDS[column.kind].input;
  if (!kind) throw refused(column, after, { fr: 'modifiable depuis le panneau', en: 'editable from the panel' });
  const n = typeof after === 'boolean' && column.kind === 'completion' ? (after ? 1 : 0) : typeof after === 'number' ? after : NaN;
  if (!inRange(column.kind, n)) throw refused(column, after, kind.expected);
  return rule ? asRuleSpells(rule, n, kind, column) : n;
}

function asRuleSpells(rule: Rule, n: number, kind: KindInput, column: ColumnSpec): CellInput {
  const type = String(rule.getCriteriaType());
  const args = rule.getCriteriaValues();
  if (type === 'CHECKBOX') {
    // A checkbox holds done / not done only: a partial completion cannot be written there.
    if (n !== 0 && n !== 1)
      throw refused(column, n, { fr: 'coché ou non coché (cette colonne a des cases à cocher)', en: 'checked or unchecked (this column has checkboxes)' });
    const checked = args.length > 0 ? args[0] : true;
    const unchecked = args.length > 1 ? args[1] : args.length === 1 ? '' : false;
    return asCell(n === 1 ? checked : unchecked);
  }
  const items = type === 'VALUE_IN_LIST' ? listItems(args[0]) : type === 'VALUE_IN_RANGE' ? rangeItems(args[0]) : [];
  const item = items.find((i) => kind.read(i) === n);
  return item === undefined ? n : asCell(item);
}

function listItems(list: unknown): unknown[] {
  return Array.isArray(list) ? list : [];
}

function rangeItems(range: unknown): unknown[] {
  const r = range as GoogleAppsScript.Spreadsheet.Range | null;
  return r && typeof r.getValues === 'function' ? r.getValues().flat() : [];
}
