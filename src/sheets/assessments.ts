import { matchKey, toDateKey } from '../core/assessments/aggregate';
import { isBlank } from '../core/cells/text';
import { FIRST_DATA_ROW, projectId, value, type Table } from './table';

/**
 * An assessment row's key (issue 11): the project ID, the reviewer and the date. The ID alone no
 * longer identifies a row: a project has one row per assessment in each instrument sheet. Keys are
 * compared as the v2 formulas compare them (core's matchKey: a reviewer name that differs only by
 * case or spaces is the same reviewer), so the sidebar, the sync and CONSENSUS agree on who is who.
 */
export interface AssessmentKey {
  id: string;
  /** The reviewer as written in the cell, trimmed ('' for an unnamed assessment). */
  reviewer: string;
  /** The assessment's day as `aaaa-mm-jj`, '' when the row has none (a sync-made row, an older workbook). */
  date: string;
}

/** A reviewer name as it is compared: trimmed, inner spaces collapsed, case ignored. */
export const reviewerKey = (name: unknown): string => matchKey(name);

/**
 * A date cell's day as `aaaa-mm-jj` ('' when blank; the text as written, trimmed, when it is no date:
 * such a row keeps a key of its own and is never merged with a dated one). Sheets hands date cells
 * as Date objects in the script's time zone: their calendar day is the assessment's day.
 */
export function dayOf(cell: unknown): string {
  if (isBlank(cell)) return '';
  const t = toDateKey(cell);
  if (Number.isNaN(t)) return String(cell).trim();
  return new Date(t).toISOString().slice(0, 10);
}

/** The row's key, read from its cells (a table without a reviewer or date column: an unnamed, undated row). */
export function assessmentKey(table: Pick<Table, 'columns'>, row: readonly unknown[]): AssessmentKey {
  const reviewer = value(table as Table, row as unknown[], 'reviewer');
  return {
    id: projectId(value(table as Table, row as unknown[], 'id')),
    reviewer: isBlank(reviewer) ? '' : String(reviewer).trim(),
    date: dayOf(value(table as Table, row as unknown[], 'date')),
  };
}

/** The key as one comparable string: same project, same reviewer (by reviewerKey), same day. */
export const keyText = (key: AssessmentKey): string => `${key.id}\u0000${reviewerKey(key.reviewer)}\u0000${key.date}`;

/**
 * The assessments a sheet holds on several rows (same key: project, reviewer by reviewerKey, day),
 * each with its sheet rows in sheet order; rows without an ID are left out. Several rows of one
 * project are normal (one per assessment): only a repeated key is reported, never merged.
 */
export function repeatedAssessments(table: Pick<Table, 'columns'>, rows: readonly (readonly unknown[])[]): { key: AssessmentKey; rows: number[] }[] {
  const byKey = new Map<string, { key: AssessmentKey; rows: number[] }>();
  rows.forEach((row, r) => {
    const key = assessmentKey(table, row);
    if (!key.id) return;
    const same = byKey.get(keyText(key));
    if (same) same.rows.push(r + FIRST_DATA_ROW);
    else byKey.set(keyText(key), { key, rows: [r + FIRST_DATA_ROW] });
  });
  return [...byKey.values()].filter((k) => k.rows.length > 1);
}

/** Whether two keys name the same assessment. */
export const sameAssessment = (a: AssessmentKey, b: AssessmentKey): boolean => keyText(a) === keyText(b);

/**
 * A reviewer's latest assessment among rows of one project (by date; an undated row is older than
 * every dated one; equal days: the lower row, as LATEST ranks them). Returns the index in `keys`.
 */
export function latestOf(keys: readonly AssessmentKey[], reviewer: string): number | undefined {
  let best: number | undefined;
  keys.forEach((k, i) => {
    if (reviewerKey(k.reviewer) !== reviewerKey(reviewer)) return;
    if (best === undefined || (k.date || '0') >= (keys[best].date || '0')) best = i;
  });
  return best;
}

/** Today as `aaaa-mm-jj` in the script's time zone (appsscript.json: Europe/Paris), the day a new assessment gets. */
export function today(now = new Date()): string {
  return Utilities.formatDate(now, Session.getScriptTimeZone(), 'yyyy-MM-dd');
}

/** A day `aaaa-mm-jj` as the Date written into a date cell (midnight of that day, read back as that day). */
export function dateCell(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** An assessment as users name it in a message: the project, who (or an unnamed reviewer), which day (dd/mm/yyyy in French, or as typed). */
export function assessmentLabel(key: AssessmentKey, lang: 'fr' | 'en'): string {
  const who = key.reviewer || (lang === 'fr' ? 'évaluateur sans nom' : 'unnamed reviewer');
  const [y, m, d] = key.date.split('-');
  const when = !key.date ? (lang === 'fr' ? 'sans date' : 'undated') : isDay(key.date) && lang === 'fr' ? `${d}/${m}/${y}` : key.date;
  return `${key.id}, ${who}, ${when}`;
}

/** Whether a key's date is a day (`aaaa-mm-jj`): '' (no date) and a text that is no date are not. */
export const isDay = (date: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(date);
