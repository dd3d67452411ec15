import { Problem, problem, quote, showNumber } from '../problem';
import { isBlank } from './text';

// Grouping spaces users paste from French documents: space, no-break space, narrow no-break space.
const GROUPING = /[ \u00a0\u202f]/g;
const NUMERIC = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Reads a number typed as a number or as text with `,` or `.` as decimal mark and spaces as
 * thousands separators (`4 525,85`). A trailing `€` is allowed for amounts. Returns NaN when the
 * text is not a number; callers turn that into a message naming what they accept.
 */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  const compact = value.replace(GROUPING, '').replace(/€$/, '');
  if (!NUMERIC.test(compact)) return NaN;
  // A text of 310 digits reads as Infinity: not a number anything can use.
  const n = Number(compact.replace(',', '.'));
  return Number.isFinite(n) ? n : NaN;
}

export function parseNumber(value: unknown, accepted?: { fr: string; en: string }): number {
  const n = toNumber(value);
  if (Number.isNaN(n)) {
    const what = accepted ?? { fr: 'un nombre', en: 'a number' };
    throw new Problem((lang) => (lang === 'en' ? `${quote(value, lang)} is not ${what.en}` : `${quote(value, lang)} n'est pas ${what.fr}`));
  }
  return n;
}

/**
 * A number in [min, max]. `what` names the value in parentheses, after the interval, so that any
 * noun phrase reads well (« la durée en années », « l’échelle 1–5 »):
 * « « 60 » n'est pas compris entre 1 et 50 (la durée en années) ».
 */
export function parseNumberIn(value: unknown, min: number, max: number, what: { fr: string; en: string }): number {
  const n = toNumber(value);
  if (Number.isNaN(n)) throw notBetween(value, min, max, what, { fr: 'un nombre ', en: 'a number ' });
  if (n < min || n > max) throw notBetween(value, min, max, what, { fr: '', en: '' });
  return n;
}

/** An integer in [min, max]. */
export function parseInteger(value: unknown, min: number, max: number, what: { fr: string; en: string }): number {
  const n = parseNumberIn(value, min, max, what);
  if (!Number.isInteger(n)) throw notBetween(value, min, max, what, { fr: 'un nombre entier ', en: 'a whole number ' });
  return n;
}

/** « x » n'est pas [un nombre ]compris entre 1 et 5 (what): one wording for every interval message. */
export function notBetween(value: unknown, min: number, max: number, what: { fr: string; en: string }, kind: { fr: string; en: string }): Problem {
  return problem(
    `${quote(value, 'fr')} n'est pas ${kind.fr}compris entre ${showNumber(min, 'fr')} et ${showNumber(max, 'fr')} (${what.fr})`,
    `${quote(value, 'en')} is not ${kind.en}between ${showNumber(min, 'en')} and ${showNumber(max, 'en')} (${what.en})`,
  );
}

/**
 * An amount (€) as the sheets hold it: undefined when blank, NaN when unreadable or negative (an
 * amount captured or invested is zero or more, as the templates' validation and VC_MIX say).
 * Read this way by the sidebar, its endpoints and the dashboard.
 */
export function toAmount(value: unknown): number | undefined {
  if (isBlank(value)) return undefined;
  const n = toNumber(value);
  return n >= AMOUNT_MIN ? n : NaN;
}

/** The least amount (€) a cell may hold: the one « amount ≥ 0 » rule (toAmount, the kinds table's `amount`). */
export const AMOUNT_MIN = 0;
