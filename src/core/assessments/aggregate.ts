import { fold } from '../cells/text';
import { isBlank } from '../cells/text';
import { problem, quote } from '../problem';

/**
 * Several assessments per project (formulas.md, contract v2): the pure logic behind CONSENSUS,
 * REVIEW_SPREAD, LATEST and NORMALIZE_BY_REVIEWER. Rows are found by key in one pass (a map by
 * normalised key), never by nested loops: N assessment rows and M projects cost O(N + M).
 */

/**
 * The key a project ID or a reviewer's name matches on: surrounding and repeated spaces and case do not
 * count (` p-0001 ` is `P-0001`, « marie  Dupont » is « Marie Dupont »). A blank cell gives "".
 */
export function matchKey(value: unknown): string {
  if (isBlank(value)) return '';
  return String(value)
    .trim()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .toLowerCase();
}

/** The rows of each key, in range order (0-based); blank keys are left out. One pass. */
export function rowsByKey(keys: readonly unknown[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const key = matchKey(k);
    if (key === '') return;
    const list = rows.get(key);
    if (list) list.push(i);
    else rows.set(key, [i]);
  });
  return rows;
}

export type Method = 'mean' | 'median' | 'min' | 'max';

// A Map: a cell holding "constructor" must not find Object.prototype's.
const METHODS = new Map<string, Method>([
  ['moyenne', 'mean'],
  ['mean', 'mean'],
  ['mediane', 'median'],
  ['median', 'median'],
  ['min', 'min'],
  ['max', 'max'],
]);

/** `moyenne`/`mean`, `médiane`/`median`, `min`, `max`, case- and accent-insensitive. */
export function parseMethod(value: unknown): Method {
  const key = typeof value === 'string' ? fold(value) : '';
  const method = METHODS.get(key);
  if (method) return method;
  throw problem(
    `${quote(value, 'fr')} n'est pas une méthode : « moyenne » (par défaut), « médiane », « min » ou « max »`,
    `${quote(value, 'en')} is not a method: "mean" (default), "median", "min" or "max"`,
  );
}

/** The aggregate of a non-empty list; the median of an even count is the mean of the two middle values. */
export function aggregate(values: readonly number[], method: Method): number {
  switch (method) {
    case 'min':
      return values.reduce((a, b) => Math.min(a, b));
    case 'max':
      return values.reduce((a, b) => Math.max(a, b));
    case 'median': {
      // A project has a handful of reviewers: sorting its own values keeps the call linear in practice.
      const s = [...values].sort((a, b) => a - b);
      const mid = s.length >> 1;
      return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    }
    default:
      return values.reduce((a, b) => a + b, 0) / values.length;
  }
}

/** Per column, the values of a project's assessments; a column with no value is an empty list. */
export type Columns = number[][];

/** Per column, the aggregate of its values, or "" when it has none (CONSENSUS). */
export function consensus(columns: Columns, method: Method): (number | '')[] {
  return columns.map((values) => (values.length ? aggregate(values, method) : ''));
}

/**
 * REVIEW_SPREAD: how many assessments hold a value, the largest (max − min) over the columns, and the
 * 1-based column where it is first reached ("" when the spread is 0; spread "" when no value at all).
 */
export function reviewSpread(assessed: number, columns: Columns): [number, number | '', number | ''] {
  let spread: number | '' = '';
  let at: number | '' = '';
  columns.forEach((values, c) => {
    if (!values.length) return;
    const range = aggregate(values, 'max') - aggregate(values, 'min');
    if (spread === '' || range > spread) {
      spread = range;
      at = range > 0 ? c + 1 : '';
    }
  });
  return [assessed, spread, at];
}

/**
 * A date as LATEST reads it: a Date (its calendar day and time, as the sheet shows it), or text
 * `jj/mm/aaaa` or `aaaa-mm-jj` (that day). Returns a comparable number, NaN when it is no date.
 */
export function toDateKey(value: unknown): number {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return NaN;
    return Date.UTC(value.getFullYear(), value.getMonth(), value.getDate(), value.getHours(), value.getMinutes(), value.getSeconds(), value.getMilliseconds());
  }
  if (typeof value !== 'string') return NaN;
  const text = value.trim();
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [y, m, d] = fr ? [fr[3], fr[2], fr[1]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : [NaN, NaN, NaN];
  const t = Date.UTC(y, m - 1, d);
  // 31/02/2024 would roll over to March: a day that does not exist is no date.
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t : NaN;
}

export function parseDate(value: unknown): number {
  const t = toDateKey(value);
  if (Number.isNaN(t))
    throw problem(
      `${quote(value, 'fr')} n'est pas une date (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj)`,
      `${quote(value, 'en')} is not a date (a date cell, or text dd/mm/yyyy or yyyy-mm-dd)`,
    );
  return t;
}

/**
 * The row of the `rank`-th most recent assessment among `rows` (ascending range positions) with
 * their dates (undefined: undated), or undefined when there are fewer. Most recent first: dated rows
 * by date, an equal date ranking the lower row as more recent; undated rows after every dated one,
 * lower first.
 */
export function nthLatest(rows: readonly number[], dates: readonly (number | undefined)[], rank: number): number | undefined {
  if (rank > rows.length) return undefined;
  return latestFirst(rows, dates)[rank - 1];
}

/**
 * `rows` (range positions, with their dates; undefined: undated) most recent first, by LATEST's rule:
 * dated rows by date, an equal date ranking the lower row as more recent; undated rows after every
 * dated one, lower first. The dashboard's history reads a project's assessments in this order.
 */
export function latestFirst(rows: readonly number[], dates: readonly (number | undefined)[]): number[] {
  const order = rows.map((row, i) => ({ row, date: dates[i] }));
  order.sort((a, b) => {
    if (a.date === undefined || b.date === undefined) return a.date === b.date ? b.row - a.row : a.date === undefined ? 1 : -1;
    return b.date - a.date || b.row - a.row;
  });
  return order.map((o) => o.row);
}

/**
 * Each reviewer's latest assessment among a project's `rows` (range positions, with their reviewers
 * and date keys; undefined: undated): by latestFirst's order, the first row of each reviewer, names
 * compared by matchKey (« marie  Dupont » is « Marie Dupont », as the sheets' reviewerKey compares
 * them). A reviewer's earlier assessments are their own progress, not another opinion: a consensus
 * of them would weigh a project followed for three years three times, and a spread would call
 * progress disagreement. An unnamed row (blank reviewer) is nobody's: nothing says it is the same
 * person's as another, so it is never superseded. Returns the rows kept, in range order. The latest
 * row counts as it is: one that holds nothing (a recusal, whose values the caller blanks) leaves its
 * reviewer out, it does not bring back an older assessment.
 */
export function latestByReviewer(rows: readonly number[], reviewers: readonly unknown[], dates: readonly (number | undefined)[]): number[] {
  const reviewerOf = new Map(rows.map((row, i) => [row, matchKey(reviewers[i])]));
  const seen = new Set<string>();
  const kept = latestFirst(rows, dates).filter((row) => {
    const who = reviewerOf.get(row)!;
    if (who === '') return true;
    if (seen.has(who)) return false;
    seen.add(who);
    return true;
  });
  return kept.sort((a, b) => a - b);
}

/**
 * NORMALIZE_BY_REVIEWER: each score with its reviewer's severity removed. μ, σ: mean and population
 * standard deviation of every score; μᵣ, σᵣ, nᵣ: the reviewer's. μ + σ·(x − μᵣ)/σᵣ when nᵣ ≥ 2 and
 * σᵣ > 0, else x − μᵣ + μ. `scores[i]` undefined: no score (its result is undefined too).
 */
export function normalizeByReviewer(reviewers: readonly unknown[], scores: readonly (number | undefined)[]): (number | undefined)[] {
  const all = stats();
  const byReviewer = new Map<string, Stats>();
  scores.forEach((x, i) => {
    if (x === undefined) return;
    const key = matchKey(reviewers[i]);
    const s = byReviewer.get(key) ?? stats();
    byReviewer.set(key, s);
    add(s, x);
    add(all, x);
  });
  const mu = all.sum / all.n;
  const sigma = deviation(all);
  return scores.map((x, i) => {
    if (x === undefined) return undefined;
    const r = byReviewer.get(matchKey(reviewers[i]))!;
    const muR = r.sum / r.n;
    // σᵣ > 0 exactly when the reviewer gave two different scores: a computed σ of equal scores may be 1e-17.
    return r.n >= 2 && r.max > r.min ? mu + (sigma * (x - muR)) / deviation(r) : x - muR + mu;
  });
}

interface Stats {
  n: number;
  sum: number;
  sumSq: number;
  min: number;
  max: number;
}
const stats = (): Stats => ({ n: 0, sum: 0, sumSq: 0, min: Infinity, max: -Infinity });
function add(s: Stats, x: number): void {
  s.n++;
  s.sum += x;
  s.sumSq += x * x;
  if (x < s.min) s.min = x;
  if (x > s.max) s.max = x;
}
/** Population standard deviation; never below 0 from rounding. */
function deviation(s: Stats): number {
  const mean = s.sum / s.n;
  return Math.sqrt(Math.max(0, s.sumSq / s.n - mean * mean));
}
