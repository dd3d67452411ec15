/**
 * What a person types into a cell of a French-locale spreadsheet, read as Sheets reads it: the fake
 * keeps strings as text (dev/gas-fake/values.ts, by design: the add-on must not rely on Sheets'
 * conversion), so the playground does the conversion a user's typing gets in Sheets before writing.
 *
 * fr_FR rules (what the playground models): `12,5` and `1 234,5` are numbers (comma decimal, space or
 * narrow no-break space grouping), `12,5 %` a percentage (0,125), `12,5 €` a number, `VRAI`/`FAUX`
 * (and `TRUE`/`FALSE`) booleans, `jj/mm/aaaa` and `aaaa-mm-jj` dates (midnight, local time), `=…` a
 * formula, `'…` literal text. Anything else stays text — `12.5` too: the dot is not the decimal
 * separator in this locale. A cell formatted as plain text (`@`) keeps what is typed as text.
 */
import { isDate, PLAIN_TEXT_FORMAT } from '../gas-fake/values';

export type Typed = string | number | boolean | Date;

const GROUPED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/;
const PLAIN = /^[+-]?(?:\d+(?:,\d*)?|,\d+)$/;
const DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `1 234,5` → 1234.5; undefined when the text is not a French-formatted number. */
export function frenchNumber(text: string): number | undefined {
  const t = text.trim();
  if (!GROUPED.test(t) && !PLAIN.test(t)) return undefined;
  return Number(t.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
}

function day(y: number, m: number, d: number): Date | undefined {
  const date = new Date(y, m - 1, d);
  // 31/02/2025 is not a date: Sheets keeps it as text.
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : undefined;
}

/** The value Sheets stores for `text` typed into a cell of number format `format` (null: automatic). */
export function typedInput(text: string, format: string | null): Typed {
  if (format === PLAIN_TEXT_FORMAT || text.startsWith('=') || text.startsWith("'")) return text;
  const t = text.trim();
  if (t === '') return '';
  const upper = t.toUpperCase();
  if (upper === 'VRAI' || upper === 'TRUE') return true;
  if (upper === 'FAUX' || upper === 'FALSE') return false;
  const percent = /^(.*?)\s*%$/.exec(t);
  if (percent) {
    const n = frenchNumber(percent[1]);
    // 12,5 % is stored as 0,125 (rounded to the digits typed: 0.1 * 100 is not exactly 10 in binary).
    if (n !== undefined) return Number((n / 100).toPrecision(15));
  }
  const n = frenchNumber(t.replace(/\s*€$/, ''));
  if (n !== undefined) return n;
  const dmy = DAY.exec(t);
  if (dmy) return day(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) ?? text;
  const iso = ISO_DAY.exec(t);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? text;
  return text;
}

/** What the formula bar shows for a stored value, as Sheets shows it in fr_FR (the inverse of typedInput). */
export function inputText(value: unknown, format: string | null): string {
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (typeof value === 'number') {
    if (format?.includes('%')) return `${String(Number((value * 100).toPrecision(15))).replace('.', ',')} %`;
    return String(value).replace('.', ',');
  }
  if (isDate(value)) {
    const d = value as Date;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  }
  return String(value ?? '');
}
