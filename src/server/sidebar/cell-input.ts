import type { CellJson } from '../../contract/cells';
import { isBlankCell, sameCell } from '../../contract/cells';
import { toLevel } from '../../core/cells/level';
import { toNumber } from '../../core/cells/number';
import { parseCompletion } from '../../core/cells/proportion';
import type { Lang } from '../../core/i18n';
import { Problem, quote } from '../../core/problem';
import { toSrlLevel } from '../../core/srl/level';
import type { CellInput } from '../../sheets/literal';
import type { ColumnKind, ColumnSpec } from '../../sheets/schema';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** What each editable kind accepts from the sidebar, and how a dropdown item reads as that value. */
interface KindRule {
  accepts(n: number): boolean;
  expected: { fr: string; en: string };
  /** The number a dropdown item stands for (NaN when it is not one of this kind's values). */
  read(item: unknown): number;
}

const integerIn = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

// A completion as SRL_LEVEL reads it (« 50 % », 0,5, oui, a ticked box); NaN when it is none of those.
function readCompletion(v: unknown): number {
  try {
    return parseCompletion(v);
  } catch {
    return NaN;
  }
}

const KINDS: Partial<Record<ColumnKind, KindRule>> = {
  level: { accepts: (n) => integerIn(n, 0, 3), expected: { fr: 'un niveau de 0 à 3', en: 'a level from 0 to 3' }, read: (v) => toLevel(v, 'grid') },
  answer: { accepts: (n) => integerIn(n, 0, 3), expected: { fr: 'une réponse de 0 à 3', en: 'an answer from 0 to 3' }, read: (v) => toLevel(v, 'checklist') },
  srl: { accepts: (n) => integerIn(n, 1, 9), expected: { fr: 'un niveau SRL de 1 à 9', en: 'an SRL level from 1 to 9' }, read: (v) => toSrlLevel(v, 1) },
  siat: { accepts: (n) => integerIn(n, 1, 5), expected: { fr: 'une note de 1 à 5', en: 'a score from 1 to 5' }, read: toNumber },
  completion: { accepts: (n) => n >= 0 && n <= 1, expected: { fr: 'un avancement de 0 à 100 %', en: 'a completion from 0 to 100%' }, read: readCompletion },
  amount: { accepts: (n) => n >= 0, expected: { fr: 'un montant positif ou nul', en: 'an amount of zero or more' }, read: toNumber },
};

/**
 * Two values of a cell of this column mean the same: the same text, or the same reading by the
 * formulas' rules (« Fort » and 3 are the same level, « 50 % » and 0,5 the same completion). Two
 * reviewers choosing the same level are in agreement, however each one's value is spelled.
 */
export function sameValue(column: ColumnSpec, a: CellJson | undefined, b: CellJson | undefined): boolean {
  if (sameCell(a, b)) return true;
  const kind = KINDS[column.kind];
  if (!kind || isBlankCell(a) || isBlankCell(b)) return false;
  const [x, y] = [kind.read(a), kind.read(b)];
  return !Number.isNaN(x) && x === y;
}

// The value is quoted as every message quotes what users typed (« 7 », "7"), not as JSON.
function refused(column: ColumnSpec, value: CellJson, what: { fr: string; en: string }): Problem {
  return new Problem((lang: Lang) =>
    lang === 'en'
      ? `“${column.header.en}”: ${quote(value, lang)} is not ${what.en}.`
      : `« ${column.header.fr} » : ${quote(value, lang)} n’est pas ${what.fr}.`,
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
  const kind = KINDS[column.kind];
  if (!kind) throw refused(column, after, { fr: 'modifiable depuis le panneau', en: 'editable from the panel' });
  const n = typeof after === 'boolean' && column.kind === 'completion' ? (after ? 1 : 0) : typeof after === 'number' ? after : NaN;
  if (!kind.accepts(n)) throw refused(column, after, kind.expected);
  return rule ? asRuleSpells(rule, n, kind, column) : n;
}

function asRuleSpells(rule: Rule, n: number, kind: KindRule, column: ColumnSpec): CellInput {
  const type = String(rule.getCriteriaType());
  const args = rule.getCriteriaValues();
  if (type === 'CHECKBOX') {
    // A checkbox holds done / not done only: a partial completion cannot be written there.
    if (n !== 0 && n !== 1) throw refused(column, n, { fr: 'coché ou non coché (cette colonne a des cases à cocher)', en: 'checked or unchecked (this column has checkboxes)' });
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
