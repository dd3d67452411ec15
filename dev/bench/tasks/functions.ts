/**
 * The custom functions, called through their top-level names in the BUILT dist/Code.js, as Sheets
 * calls them: one call over the whole range. The add-on is loaded once in a context whose Apps Script
 * services are tripwires — a custom function cannot use them (no authorisation), so each access is
 * counted and then throws, and the count is reported as it is.
 */
import { loadAddon, type Addon } from '../../addon/load';
import * as data from '../data';
import type { BenchTask, Prepared } from './types';

export const FUNCTION_SIZES = [100, 1000, 10000] as const;

/** Apps Script services a custom function might reach for (none is available to it). */
export const SERVICES = [
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'UrlFetchApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'HtmlService',
  'ScriptApp',
  'Session',
  'Utilities',
  'Logger',
  'CardService',
  'MailApp',
  'GmailApp',
  'CalendarApp',
];

let shared: { addon: Addon; calls: () => number } | undefined;

/** The built add-on with counting tripwires in place of the services. */
export function instrumentedAddon(): { addon: Addon; calls: () => number } {
  if (shared) return shared;
  const addon = loadAddon();
  let calls = 0;
  for (const service of SERVICES) {
    Object.defineProperty(addon.context, service, {
      configurable: true,
      get() {
        calls++;
        throw new Error(`${service} used by a custom function: custom functions have no access to services`);
      },
    });
  }
  shared = { addon, calls: () => calls };
  return shared;
}

function task(name: string, args: (rows: number) => unknown[], expectedRows: (rows: number) => number = (n) => n): BenchTask {
  return {
    name,
    sizes: FUNCTION_SIZES,
    prepare(size): Prepared {
      const { addon, calls } = instrumentedAddon();
      const f = addon.fn(name);
      const input = args(size);
      const before = calls();
      return {
        run: () => f(...input),
        serviceCalls: () => calls() - before,
        check(result) {
          const n = expectedRows(size);
          const height = Array.isArray(result) ? result.length : 1;
          if (height !== n) throw new Error(`${name} over ${size} rows returned ${height} rows, expected ${n}`);
        },
      };
    },
  };
}

export const FUNCTION_TASKS: readonly BenchTask[] = [
  task('SRL_LEVEL', (n) => [data.srlRows(n)]),
  task('SRL_PHASE', (n) => [data.levelRows(n)]),
  task('SRL_LABEL', (n) => [data.levelRows(n), 'en']),
  task('AMI_LEVEL', (n) => [data.amiRows(n)]),
  task('AMI_SCORE', (n) => [data.amiRows(n), '', 20]),
  task('AMI_PROFILE', (n) => [data.amiRows(n)]),
  task('AMI_GAPS', (n) => [data.amiRows(n)]),
  // Issue 10: Grille AMI's one run per edit (AMI_PROFILE's and AMI_GAPS's columns side by side).
  task('AMI_PROFILE_GAPS', (n) => [data.amiRows(n)]),
  task('VC_SCORE', (n) => [data.answerRows(n)]),
  task('VC_FLAGS', (n) => [data.answerRows(n)]),
  task('VC_MIX', (n) => [data.amountRows(n)]),
  task('SIAT_INDEX', (n) => [data.siatRows(n), [[3, 1, 1, 1, 1]]]),
  task('SROI_VALUE', (n) => data.outcomeColumns(n)),
  task(
    'SROI_RATIO',
    (n) => [data.presentValueRows(n), '60 000 €'],
    () => 1,
  ),
  // Contract v2: n projects, each assessed REVIEWERS_PER_PROJECT times (N = 3n assessment rows).
  task('CONSENSUS', (n) => {
    const a = data.assessmentRows(n);
    return [data.projectIdRows(n), a.ids, a.levels];
  }),
  task('REVIEW_SPREAD', (n) => {
    const a = data.assessmentRows(n);
    return [data.projectIdRows(n), a.ids, a.levels];
  }),
  task('LATEST', (n) => {
    const a = data.assessmentRows(n);
    return [data.projectIdRows(n), a.ids, a.dates, a.levels, 2];
  }),
  // Issue 10: Projets' one run per AMI edit, what CONSENSUS, AMI_PROFILE, NORMALIZE_BY_REVIEWER, LATEST
  // and REVIEW_SPREAD computed there, over the same rows.
  task('AMI_PORTFOLIO', (n) => {
    const a = data.assessmentRows(n);
    return [data.projectIdRows(n), a.ids, a.levels, a.reviewers, a.dates];
  }),
  task(
    'NORMALIZE_BY_REVIEWER',
    (n) => {
      const a = data.assessmentRows(n);
      return [a.reviewers, a.scores];
    },
    (n) => n * data.REVIEWERS_PER_PROJECT,
  ),
];
