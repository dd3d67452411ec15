import { Problem, problem, quote } from '../problem';
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
  return Number(compact.replace(',', '.'));
}

export function parseNumber(value: unknown, accepted?: { fr: string; en: string }): number {
  const n = toNumber(value);
  if (Number.isNaN(n)) {
    const what = accepted ?? { fr: 'un nombre', en: 'a number' };
    throw new Problem((lang) =>
      lang === 'en' ? `${quote(value, lang)} is not ${what.en}` : `${quote(value, lang)} n'est pas ${what.fr}`,
    );
  }
  return n;
}

/** A number in [min, max]; the message says the interval in the reader's notation. */
export function parseNumberIn(value: unknown, min: number, max: number, what: { fr: string; en: string }): number {
  const n = parseNumber(value, what);
  if (n < min || n > max) {
    throw new Problem((lang) =>
      lang === 'en'
        ? `${quote(value, lang)} is outside ${what.en} (${min} to ${max})`
        : `${quote(value, lang)} est hors de ${what.fr} (de ${String(min).replace('.', ',')} à ${String(max).replace('.', ',')})`,
    );
  }
  return n;
}

/** An integer in [min, max]. */
export function parseInteger(value: unknown, min: number, max: number, what: { fr: string; en: string }): number {
  const n = parseNumberIn(value, min, max, what);
  if (!Number.isInteger(n)) {
    throw problem(
      `${quote(value, 'fr')} n'est pas un nombre entier (${what.fr} : de ${min} à ${max})`,
      `${quote(value, 'en')} is not a whole number (${what.en}: ${min} to ${max})`,
    );
  }
  return n;
}

/** Non-blank helper used by every optional argument: blank means "take the default". */
export function orDefault<T>(value: unknown, fallback: T, read: (v: unknown) => T): T {
  return isBlank(value) ? fallback : read(value);
}
