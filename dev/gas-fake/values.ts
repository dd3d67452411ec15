/** Cell values: Sheets' input rules, copies, display strings, sort order and JSON encoding. */
import type { CellValue, Json, Realm } from './types';

/** Works across realms (a Date made inside a `vm` context is not `instanceof Date` here). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export interface ParsedInput {
  value: CellValue;
  formula: string;
}

/** The number format of a cell formatted as plain text (Format › Number › Plain text). */
export const PLAIN_TEXT_FORMAT = '@';

/**
 * What a cell holds after `setValue(v)` / `setValues` / `appendRow`, following Sheets' input rules.
 * `format` is the target cell's number format (null: never formatted, i.e. Automatic):
 *  - a string starting with `=` is a FORMULA ("If it begins with '=' it is interpreted as a formula",
 *    Range.setValue reference), whatever the format: the stricter reading, since whether a plain-text
 *    cell keeps `=…` as text when written by a script is not documented. Its value stays `''` until a
 *    formula engine writes a result back. This is why user text like `=HYPERLINK(...)` is dangerous.
 *  - a string starting with an apostrophe, in a cell of any format but plain text (`@`): literal
 *    text, the apostrophe NOT stored (`'=x` reads back as `=x`, no formula) — the documented escape,
 *    on the Automatic format.
 *  - the same string in a plain-text (`@`) cell: the apostrophe is KEPT in the value (`'P-0001`
 *    reads back, and shows, as `'P-0001`) — the stricter of the two readings of real Sheets (see
 *    ../shared/notes/real-sheets-findings.md), so a test fails when code writes `'…` into `@`.
 *  - null/undefined clear the cell.
 *
 * Deliberately NOT modelled: Sheets also converts strings that look like numbers, dates, booleans or
 * percentages in the spreadsheet locale ("12", "1,5", "TRUE", "01/02/2024") into typed values on
 * non-text formats. The fake keeps such strings as text, so code must not rely on the conversion in
 * either direction.
 */
export function parseInput(v: unknown, format: string | null = null): ParsedInput {
  if (v === null || v === undefined) return { value: '', formula: '' };
  if (typeof v === 'string') {
    if (v.startsWith('=')) return { value: '', formula: v };
    if (v.startsWith("'") && format !== PLAIN_TEXT_FORMAT) return { value: v.slice(1), formula: '' };
    return { value: v, formula: '' };
  }
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, formula: '' };
  if (isDate(v)) return { value: new Date(v.getTime()), formula: '' };
  if (typeof v === 'bigint') return { value: Number(v), formula: '' };
  return { value: String(v), formula: '' };
}

/** Copy of a stored value for the caller (Dates are mutable; they are rebuilt in the caller's realm). */
export function copyOut(v: CellValue, realm: Realm): CellValue {
  // Stored cells are primitives or Dates: a typeof test keeps 300,000-cell reads fast.
  return typeof v === 'object' ? new realm.Date(v.getTime()) : v;
}

/** `getDisplayValues()` approximation: Sheets formats with the number format and locale; the fake uses String(). */
export function displayOf(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  return String(v);
}

export function isEmptyValue(v: CellValue): boolean {
  return v === '';
}

/**
 * Sheets' sort order: numbers (and dates) < text (case-insensitive) < booleans (FALSE < TRUE);
 * blank cells always go last, whatever the direction.
 */
export function compareForSort(a: CellValue, b: CellValue, ascending: boolean): number {
  const ea = a === '';
  const eb = b === '';
  if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
  const ra = rank(a);
  const rb = rank(b);
  let c: number;
  if (ra !== rb) c = ra - rb;
  else if (ra === 0) c = numeric(a) - numeric(b);
  else if (ra === 1) c = String(a).localeCompare(String(b), undefined, { sensitivity: 'base' });
  else c = Number(a) - Number(b);
  return ascending ? c : -c;
}

function rank(v: CellValue): number {
  if (typeof v === 'number' || typeof v === 'object') return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

function numeric(v: CellValue): number {
  // Dates sort with numbers as their serial number (days since 1899-12-30).
  return typeof v === 'object' ? v.getTime() / 86400000 + 25569 : (v as number);
}

/** JSON encoding of a cell value (Dates and non-finite numbers are tagged). */
export function encodeValue(v: CellValue): Json {
  if (isDate(v)) return { $date: Number.isNaN(v.getTime()) ? null : v.toISOString() };
  if (typeof v === 'number' && !Number.isFinite(v)) return { $num: String(v) };
  return v;
}

export function decodeValue(j: Json): CellValue {
  if (j === null) return '';
  if (typeof j === 'object' && !Array.isArray(j)) {
    if ('$date' in j) return j.$date === null ? new Date(NaN) : new Date(String(j.$date));
    if ('$num' in j) return Number(j.$num);
  }
  if (typeof j === 'string' || typeof j === 'number' || typeof j === 'boolean') return j;
  return String(j);
}

/** Describes a JS value the way GAS error messages name parameter types. */
export function gasTypeName(v: unknown): string {
  if (Array.isArray(v)) return v.length > 0 && Array.isArray(v[0]) ? 'Object[][]' : `${v.length && typeof v[0] === 'string' ? 'String' : 'Object'}[]`;
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}
