/** The state shared by all objects of one fake instance (counter, proxy cache, UI records, options). */
import type { Wrap } from './calls';
import type { CallCounter, FakeHooks, Json, Realm, RangeRef, UiRecord } from './types';
import type { Spreadsheet } from './spreadsheet';
import type { Range } from './range';
import { isDate } from './values';

export interface ResolvedOptions {
  /** Session.getActiveUserLocale() */
  locale: string;
  /** Spreadsheet.getSpreadsheetLocale() of a new workbook */
  spreadsheetLocale: string;
  /** Spreadsheet.getSpreadsheetTimeZone() of a new workbook */
  timeZone: string;
  /** Session.getScriptTimeZone() */
  scriptTimeZone: string;
  /** Identity of the current user (keys user properties / the user lock). */
  user: string;
  /** When true getActiveUser()/getEffectiveUser().getEmail() return `user` instead of ''. */
  emailVisible: boolean;
  /** Contents of HTML files for HtmlService.createHtmlOutputFromFile (name without `.html`). */
  files: Record<string, string>;
  spreadsheetId: string;
  spreadsheetName: string;
  /** The add-on menu's name (Sheets shows the add-on's name under Extensions). */
  addonName: string;
  scriptId: string;
}

export interface LockState {
  /** Locks held by "another execution" (test hooks): tryLock fails / waitLock times out while set. */
  heldByOther: { document: boolean; script: boolean; user: boolean };
  /** Every tryLock/waitLock/releaseLock, for assertions. */
  log: { lock: 'document' | 'script' | 'user'; op: 'tryLock' | 'waitLock' | 'releaseLock'; ok: boolean }[];
}

export interface Env {
  calls: CallCounter;
  wrap: Wrap;
  realm: Realm;
  ui: UiRecord;
  hooks: FakeHooks;
  options: ResolvedOptions;
  locks: LockState;
  scriptProperties: Map<string, string>;
  userProperties: Map<string, string>;
  /** The current workbook (replaced by `restore`). */
  book(): Spreadsheet;
}

/** A list returned to the caller, built in the caller's realm when one was bound. */
export function outList<T>(env: Env, items: T[]): T[] {
  return env.realm.Array === Array ? items : (env.realm.Array.from(items) as T[]);
}

export function outGrid<T>(env: Env, rows: T[][]): T[][] {
  if (env.realm.Array === Array) return rows;
  return env.realm.Array.from(rows, (r) => env.realm.Array.from(r)) as T[][];
}

// ---- rule arguments (data validation / conditional format) ------------------------------------

function asRange(v: unknown): Range | null {
  const raw = v as { _cls?: unknown } | null;
  return raw !== null && typeof raw === 'object' && raw._cls === 'Range' ? (raw as Range) : null;
}

/** Stores a rule argument as JSON: Range → { $range }, Date → { $date }, lists recursively. */
export function encodeArg(v: unknown, unwrapFn: (x: unknown) => unknown): Json {
  const raw = unwrapFn(v);
  const range = asRange(raw);
  if (range) return { $range: { ...range._ref() } as unknown as Json };
  if (isDate(raw)) return { $date: raw.toISOString() };
  if (Array.isArray(raw)) return raw.map((x) => encodeArg(x, unwrapFn));
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return String(raw);
}

export function decodeArg(env: Env, j: Json): unknown {
  if (Array.isArray(j))
    return outList(
      env,
      j.map((x) => decodeArg(env, x)),
    );
  if (j !== null && typeof j === 'object') {
    if ('$range' in j) {
      const r = env.book()._rangeFromRef(j.$range as unknown as RangeRef);
      return r ? env.wrap(r) : null;
    }
    if ('$date' in j) return new env.realm.Date(String(j.$date));
  }
  return j;
}
