/**
 * Text typed by users (names, comments, notes) must land in cells as the text they typed. Sheets
 * reads a written string like typed input: `=…` becomes a formula (formula injection), `+`, `-`,
 * `@` may too, and `12/03` or `1e5` may turn into a date or a number. A leading apostrophe makes
 * Sheets keep the rest as literal text and is not displayed.
 */
export function literalText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** A value to write: strings become literal text, numbers, booleans and dates stay typed. */
export function cellValue(value: string | number | boolean | Date | null): string | number | boolean | Date {
  if (value === null) return '';
  return typeof value === 'string' ? literalText(value) : value;
}
