import { parseDate } from './aggregate';

/**
 * An assessment's or a target's date as a date, read by the one rule LATEST ranks dates by
 * (aggregate.ts toDateKey): a date cell keeps its day and time as the sheet shows them, a text
 * `jj/mm/aaaa` or `aaaa-mm-jj` is midnight of that day; anything else is a bad value (parseDate's
 * message). READ_DATE returns it, so that a date typed as text can be compared with TODAY() by the
 * sheet's own formulas (Projets « Suivi »).
 */
export function readDate(value: unknown): Date {
  return keyAsDate(parseDate(value));
}

/**
 * A date key (parseDate's, or a day key: the local fields held as UTC ones) as the sheet's date: the
 * same fields read back as local ones, so a day key is midnight of that calendar day.
 */
export function keyAsDate(time: number): Date {
  const key = new Date(time);
  return new Date(
    key.getUTCFullYear(),
    key.getUTCMonth(),
    key.getUTCDate(),
    key.getUTCHours(),
    key.getUTCMinutes(),
    key.getUTCSeconds(),
    key.getUTCMilliseconds(),
  );
}
