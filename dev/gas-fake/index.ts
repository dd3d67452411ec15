/**
 * In-memory fake of the Apps Script services used by the add-on (SpreadsheetApp, PropertiesService,
 * LockService, HtmlService, ScriptApp, Session, Utilities, Charts).
 *
 *     const fake = createGasFake();
 *     Object.assign(globalThis, fake.globals);            // jest unit tests (or fake.install())
 *     const ctx = fake.createContext();                   // or: vm context for the built dist/Code.js
 *     fake.calls.byMethod['Range.getValues'];             // service calls made by the code under test
 *
 * Behaviour follows Sheets where the add-on depends on it (input rules for `=`/`'`, A1 notation,
 * grid limits and error messages, sort order, getLastRow); see the module comments for each rule and
 * README-like notes on what is deliberately not modelled (bottom of this file).
 */
import * as vm from 'node:vm';
import { authGuard, type AuthModeName } from './auth';
import { createCallCounter, createWrapper, resetCallCounter } from './calls';
import type { Env, LockState, ResolvedOptions } from './env';
import { LockServiceImpl } from './lock';
import { PropertiesServiceImpl } from './properties';
import { ChartsService, ScriptAppService, SessionService, UtilitiesService } from './services';
import { restoreBook, snapshotBook, type WorkbookSnapshot } from './snapshot';
import { Spreadsheet } from './spreadsheet';
import { SpreadsheetAppService } from './spreadsheet-app';
import type { CallCounter, CellValue, FakeHooks, Realm, UiRecord } from './types';
import { HtmlServiceImpl } from './ui';
import { isDate } from './values';

export type { CallCounter, CellValue, FakeHooks, UiRecord, MenuData, MenuItemData, HtmlOutputData, CellsChangedEvent } from './types';
export type { WorkbookSnapshot, SheetSnapshot, CompactWorkbookSnapshot } from './snapshot';
export { compactSnapshot, expandSnapshot } from './snapshot';
export type { AuthModeName } from './auth';
export { columnToLetters, lettersToColumn, parseA1, formatA1 } from './a1';
export { formatDate } from './services';

export interface GasFakeOptions {
  /** Session.getActiveUserLocale() — default 'fr' (the users work in French). */
  locale?: string;
  /** Identity of the current user (user properties / user lock); e-mails stay '' unless `emailVisible`. */
  user?: string;
  /** Make Session.getActiveUser()/getEffectiveUser().getEmail() return `user` (default false: ''). */
  emailVisible?: boolean;
  /** Spreadsheet.getSpreadsheetLocale() — default derived from `locale` ('fr' → 'fr_FR'). */
  spreadsheetLocale?: string;
  /** Spreadsheet.getSpreadsheetTimeZone() — default 'Europe/Paris'. */
  timeZone?: string;
  /** Session.getScriptTimeZone() — default 'Europe/Paris' (appsscript.json). */
  scriptTimeZone?: string;
  /** HTML file contents for HtmlService.createHtmlOutputFromFile (key = name without `.html`). */
  files?: Record<string, string>;
  spreadsheetId?: string;
  spreadsheetName?: string;
  /** The add-on's name, which Sheets gives its menu (Extensions › name) — default 'Add-on'. */
  addonName?: string;
  scriptId?: string;
  /** Name of the first sheet — default 'Feuille 1' for a French spreadsheet, 'Sheet1' otherwise. */
  firstSheetName?: string;
  /** Start from a snapshot instead of an empty workbook. */
  snapshot?: WorkbookSnapshot | string;
}

export interface GasFakeLocks {
  /** Simulate another execution holding the document lock: tryLock → false, waitLock → timeout error. */
  holdDocumentLock(): void;
  holdScriptLock(): void;
  holdUserLock(): void;
  /** Release every lock held by "another execution". */
  release(): void;
  /** Every tryLock/waitLock/releaseLock made by the code under test. */
  readonly log: LockState['log'];
}

export interface GasFakeCell {
  sheet: string;
  row: number;
  col: number;
  formula: string;
}

export interface GasFake {
  /** SpreadsheetApp, PropertiesService, LockService, HtmlService, ScriptApp, Session, Utilities, Charts. */
  globals: Record<string, unknown>;
  /** The active spreadsheet (re-read after `restore`: it is a new object). */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Live counter of service calls made through the fakes (`Class.method`). */
  calls: CallCounter;
  resetCalls(): void;
  /** Menus, sidebars, dialogs, alerts, prompts, toasts; alert/prompt answers; UI availability. */
  ui: UiRecord;
  locks: GasFakeLocks;
  /** Hooks for a formula engine / the playground (not counted). */
  hooks: FakeHooks;
  /** Script and user property stores (document properties are in the workbook). */
  scriptProperties: Map<string, string>;
  userProperties: Map<string, string>;
  snapshot(): WorkbookSnapshot;
  /** Loads a snapshot (object or JSON text). Objects obtained before are detached: fetch them again. */
  restore(json: WorkbookSnapshot | string): void;
  /** Writes a formula result into a cell's value, keeping its formula (for a formula engine). Not a GAS call. */
  setComputedValue(sheetName: string, row: number, col: number, value: CellValue | null): void;
  /** Every cell holding a formula. */
  cellsWithFormulas(): GasFakeCell[];
  /** Every cell whose value was set by setComputedValue and not overwritten since (spilled results). */
  computedCells(): { sheet: string; row: number; col: number }[];
  /** Simulates the user selecting a range (active sheet, active range, current cell). Not counted. */
  select(sheetName: string, a1: string): void;
  /**
   * Restricts what the code under test may call, like Apps Script in that ScriptApp.AuthMode
   * (default FULL): NONE allows only menu building; CUSTOM_FUNCTION makes the spreadsheet read-only
   * and forbids UI. Set it around a call: `fake.setAuthMode('NONE'); onOpen({authMode:'NONE'}); fake.setAuthMode('FULL')`.
   */
  setAuthMode(mode: AuthModeName): void;
  readonly authMode: AuthModeName;
  /** Arrays and Dates returned to the code under test are built with these (see createContext). */
  useRealm(realm: Realm): void;
  /** A `vm` context with the globals (+ `extra`), bound so returned arrays/Dates belong to it. */
  createContext(extra?: Record<string, unknown>): vm.Context;
  /** Assigns the globals on `target` (default globalThis); returns a function restoring the previous values. */
  install(target?: Record<string, unknown>): () => void;
}

function spreadsheetLocaleOf(locale: string): string {
  if (locale.includes('_')) return locale;
  const region: Record<string, string> = { fr: 'FR', en: 'US', de: 'DE', es: 'ES', it: 'IT', pt: 'BR', nl: 'NL' };
  return `${locale}_${region[locale] ?? locale.toUpperCase()}`;
}

export function createGasFake(options: GasFakeOptions = {}): GasFake {
  const locale = options.locale ?? 'fr';
  const resolved: ResolvedOptions = {
    locale,
    spreadsheetLocale: options.spreadsheetLocale ?? spreadsheetLocaleOf(locale),
    timeZone: options.timeZone ?? 'Europe/Paris',
    scriptTimeZone: options.scriptTimeZone ?? 'Europe/Paris',
    user: options.user ?? 'user@example.com',
    emailVisible: options.emailVisible ?? false,
    files: { ...(options.files ?? {}) },
    spreadsheetId: options.spreadsheetId ?? '1FakeSpreadsheetId0000000000000000000000000',
    spreadsheetName: options.spreadsheetName ?? 'Classeur sans titre',
    addonName: options.addonName ?? 'Add-on',
    scriptId: options.scriptId ?? '1FakeScriptId000000000000000000000000000000000000000',
  };
  const calls = createCallCounter();
  const ui: UiRecord = {
    available: true,
    menus: [],
    sidebars: [],
    htmlFiles: [],
    dialogs: [],
    alerts: [],
    prompts: [],
    toasts: [],
    alertResponse: 'OK',
    promptResponse: { button: 'OK', text: '' },
  };
  const locks: LockState = { heldByOther: { document: false, script: false, user: false }, log: [] };
  const hooks: FakeHooks = {};
  let book: Spreadsheet;
  let authMode: AuthModeName = 'FULL';
  const env: Env = {
    calls,
    wrap: createWrapper(
      calls,
      authGuard(() => authMode),
    ),
    realm: { Array, Date },
    ui,
    hooks,
    options: resolved,
    locks,
    scriptProperties: new Map(),
    userProperties: new Map(),
    book: () => book,
  };

  if (options.snapshot !== undefined) {
    book = restoreBook(env, options.snapshot);
  } else {
    book = new Spreadsheet(env, resolved.spreadsheetId, resolved.spreadsheetName, resolved.spreadsheetLocale, resolved.timeZone);
    book._addSheet(options.firstSheetName ?? (resolved.spreadsheetLocale.toLowerCase().startsWith('fr') ? 'Feuille 1' : 'Sheet1'));
  }

  const wrap = env.wrap;
  const globals: Record<string, unknown> = {
    SpreadsheetApp: wrap(new SpreadsheetAppService(env)),
    PropertiesService: wrap(new PropertiesServiceImpl(env)),
    LockService: wrap(new LockServiceImpl(env)),
    HtmlService: wrap(new HtmlServiceImpl(env)),
    ScriptApp: wrap(new ScriptAppService(env)),
    Session: wrap(new SessionService(env)),
    Utilities: wrap(new UtilitiesService()),
    Charts: wrap(new ChartsService()),
  };

  const sheetNamed = (name: string) => {
    const s = book._sheetByName(name);
    if (!s) throw new Error(`gas-fake: no sheet named "${name}"`);
    return s;
  };

  const fake: GasFake = {
    globals,
    get spreadsheet() {
      return wrap(book) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    },
    calls,
    resetCalls: () => resetCallCounter(calls),
    ui,
    locks: {
      holdDocumentLock: () => {
        locks.heldByOther.document = true;
      },
      holdScriptLock: () => {
        locks.heldByOther.script = true;
      },
      holdUserLock: () => {
        locks.heldByOther.user = true;
      },
      release: () => {
        locks.heldByOther.document = false;
        locks.heldByOther.script = false;
        locks.heldByOther.user = false;
      },
      log: locks.log,
    },
    hooks,
    scriptProperties: env.scriptProperties,
    userProperties: env.userProperties,
    snapshot: () => snapshotBook(book),
    restore: (json) => {
      book = restoreBook(env, json);
    },
    setComputedValue(sheetName, row, col, value) {
      const v: CellValue = value === null || value === undefined ? '' : isDate(value) ? new Date(value.getTime()) : value;
      const sheet = sheetNamed(sheetName);
      sheet._values.set(row, col, v);
      sheet._computed.set(row, col, true);
    },
    computedCells() {
      const out: { sheet: string; row: number; col: number }[] = [];
      for (const s of book._sheets) {
        s._computed.rows.forEach((r, i) => r?.forEach((c, j) => c && out.push({ sheet: s._name, row: i + 1, col: j + 1 })));
      }
      return out;
    },
    cellsWithFormulas() {
      const out: GasFakeCell[] = [];
      for (const s of book._sheets) {
        s._formulas.rows.forEach((r, i) => {
          r?.forEach((f, j) => {
            if (f !== '') out.push({ sheet: s._name, row: i + 1, col: j + 1, formula: f });
          });
        });
      }
      return out;
    },
    select(sheetName, a1) {
      const r = sheetNamed(sheetName)._rangeFromA1(a1);
      book._activate(r._sheet, r._ref(), { row: r._row, col: r._col });
    },
    setAuthMode(mode) {
      if (!['NONE', 'LIMITED', 'FULL', 'CUSTOM_FUNCTION'].includes(mode)) throw new Error(`gas-fake: unknown AuthMode ${String(mode)}`);
      authMode = mode;
    },
    get authMode() {
      return authMode;
    },
    useRealm(realm) {
      env.realm = realm;
    },
    createContext(extra = {}) {
      const ctx = vm.createContext({ ...globals, console, ...extra });
      env.realm = vm.runInContext('({ Array: Array, Date: Date })', ctx) as Realm;
      return ctx;
    },
    install(target = globalThis as unknown as Record<string, unknown>) {
      const previous = Object.keys(globals).map((k) => [k, Object.getOwnPropertyDescriptor(target, k)] as const);
      Object.assign(target, globals);
      return () => {
        for (const [k, d] of previous) {
          if (d) Object.defineProperty(target, k, d);
          else delete target[k];
        }
      };
    },
  };
  return fake;
}

/*
 * Deliberately NOT modelled (keep tests honest about it):
 *  - Formula evaluation: formulas are stored text; values of formula cells are '' until a formula
 *    engine calls setComputedValue (except the text top row of an array literal, array-literals.ts). Relative references are not shifted by setFormula on several cells,
 *    by sort, or by row/column insertion.
 *  - Locale-driven input parsing: strings that look like numbers/dates/booleans stay text; number
 *    formats (including '@') change neither parsing nor display; getDisplayValues is String()-based.
 *  - Protections are recorded, never enforced; only the validation criteria list/checkbox/number
 *    comparisons reject input (allowInvalid = false), others accept everything.
 *  - Merges, filters, banding, rich text, developer metadata other than a sheet's (see metadata.ts), comments (notes only), triggers,
 *    CacheService, UrlFetchApp, Drive: any call throws "<Class>.<method> is not implemented by the fake".
 *  - Quotas and time limits (except the 9 KB / 500 KB property limits); LockService never waits.
 *  - Enum values are their names as strings (GAS gives enum objects whose toString() is the name).
 */
