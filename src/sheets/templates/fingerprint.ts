import { hash53 } from '../../core/hash';
import { WORKBOOK, type SheetId } from '../schema';
import type { KnownLayout } from '../table';
import { sheetPrefix } from './a1';
import type { HelpOptions } from '../../core/instruments/kinds';
import { helpOptionsOf } from './help';
import { headerRowOf, planLayout, type SheetLayout } from './layout';
import { PARAMETER_NAMES, parameterBlocks } from './parameters';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A workbook that is already complete is recognised in a few service calls rather than laid out again
 * (hundreds of calls to find nothing to do), whatever its number of rows: two a template sheet (its
 * row 1's range and values: 24 for the twelve sheets), two for the one setting the sheets' notes
 * depend on (VARIANTE_SIAT: its named range and value) and six for the run itself (the spreadsheet,
 * the user's language, this property, the toast): 32. SpreadsheetApp reads one sheet per range, so
 * twelve sheets cost at least 24 calls; issue 10 asked for 30. The two over it are the SIAT variant:
 * without it, a variant typed in Paramètres would leave the notes of the other one (README, « SIAT
 * pour tous les secteurs »), and no cheaper read sees that cell.
 *
 * After every full setup, the document properties keep a fingerprint of what it left: each template
 * sheet's name and row 1 as Sheets shows it (header texts, and the texts a header formula shows in
 * its row: `={"Titre";…}`, `={HSTACK("A";"B");…}` spilled), and what this version lays out and
 * computes (its columns, settings blocks and the header formulas' bodies for those columns). The next
 * run reads row 1 again, values only, one block per sheet: when anything differs (a header renamed,
 * moved or deleted, a header formula deleted, blocked or broken (it shows #REF! or nothing), a block
 * formula typed over (its spilled headers vanish), a sheet deleted or renamed, a new version with new
 * columns or another formula, another SIAT wording chosen), the full setup runs and repairs it. The
 * properties only say where to look: a workbook is never taken as complete on their word alone.
 *
 * What this check does not read, and who catches it instead:
 * - a header formula's text (values only, since issue 10: 44 calls with its formulas): a one-column
 *   header formula typed over with its own header, or edited without changing its header, shows the
 *   same row 1. « Diagnostic du classeur » compares every header formula with the one setup writes,
 *   lists those that differ, and forgets this fingerprint (forgetComplete), so that the setup it
 *   advises runs in full and writes them again; the toast of a complete workbook points to it;
 * - a data validation removed (it only ever saw row 2's): the values stay checked where they are read
 *   (custom functions and the panel refuse a bad value with a message naming it); the diagnostic
 *   lists the columns that lost theirs, and forgets this fingerprint likewise;
 * - a named range removed, or a settings block of Paramètres one row short (the sheet deleted takes
 *   its named ranges with it): the Paramètres reader names the range and uses the default, and the
 *   diagnostic lists them and forgets this fingerprint likewise;
 * - the dashboard deleted or replaced by a user's sheet of that name: « Mettre à jour le tableau de
 *   bord » makes the add-on's own again (dashboard/build.ts), and leaves the user's sheet alone.
 */
const KEY = 'grilles-innovation-sociale/layout';

interface Stored {
  /** Template sheets by id, as named when setup last completed. */
  sheets: [SheetId, string][];
  /**
   * Each template sheet's layout as setup left it (width, then each spec column's position): the
   * panel reads the first rows that wide without asking the sheet (table.ts readHead checks them).
   * A fingerprint without it, kept by an earlier version, is taken as incomplete once, so that the
   * next setup adds it.
   */
  layouts?: [SheetId, number, number[]][];
  /** Empty when forgotten (forgetComplete): the layouts stay hints for the panel, the next setup runs in full. */
  hash: string;
}

/** The shape of what the hash covers: a fingerprint kept by an earlier version (formulas read, rows 1–2, Paramètres' labels) never matches. */
const FORMAT = 3;

/** What this version lays out: its sheets' columns and the settings blocks (a 13th AMI weight, a new column…). */
function versionOf(): string {
  return JSON.stringify([FORMAT, WORKBOOK.map((s) => [s.id, s.columns.map((c) => [c.id, c.kind])]), parameterBlocks().map((b) => [b.name, b.rows.length])]);
}

/** Row 1 of a template sheet as far as the fingerprint goes. */
export interface SheetRows {
  id: SheetId;
  name: string;
  /** Row 1: what each cell holds (a formula cell's value is not looked at when its formula is given). */
  values: readonly unknown[];
  /** Row 1's formulas as setup wrote or kept them (read back, only values are known: none given). */
  formulas?: readonly unknown[];
  /** Where each column of the spec is (0-based, the spec's order): what setup laid out, kept for readers (knownLayouts). */
  columns?: readonly number[];
}

/**
 * What is compared: row 1 as Sheets shows it, trailing blanks dropped. Read back, that is its
 * values; as setup leaves it, a header formula's cell and the cells it spills into show its header
 * texts (headerRowOf), whether or not Sheets has evaluated it yet.
 */
function textOf(rows: readonly SheetRows[]): string {
  return JSON.stringify(
    rows.map(({ id, name, values, formulas = [] }) => {
      const row1 = [...headerRowOf(values, formulas).texts];
      while (row1.length && row1[row1.length - 1] === '') row1.pop();
      return [id, name, row1];
    }),
  );
}

/**
 * Row 1 of each template sheet, one block per sheet (two calls: the range, its values); null when a
 * sheet is not there. Values only: what a formula there shows in row 1 is in them (see isComplete).
 */
function readRows(ss: Spreadsheet, sheets: readonly [SheetId, string][]): SheetRows[] | null {
  const out: SheetRows[] = [];
  for (const [id, name] of sheets) {
    let range: GoogleAppsScript.Spreadsheet.Range;
    try {
      range = ss.getRange(`${sheetPrefix(name)}1:1`);
    } catch {
      return null; // deleted or renamed
    }
    out.push({ id, name, values: range.getValues()[0] });
  }
  return out;
}

function readStored(): Stored | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Stored;
  } catch {
    return null;
  }
}

/**
 * Whether the workbook is exactly as the last full setup left it, and that setup is still this
 * version's: then there is nothing to add. `formulasFor` gives the header formulas' bodies this
 * version writes where the columns are (null when a layout cannot be computed): a version that
 * computes a column differently does not find the workbook complete.
 */
export function isComplete(ss: Spreadsheet, formulasFor: (layouts: SheetLayout[]) => string | null): boolean {
  const stored = readStored();
  if (!stored?.hash || !Array.isArray(stored.sheets) || stored.sheets.length !== WORKBOOK.length || !Array.isArray(stored.layouts)) return false;
  const rows = readRows(ss, stored.sheets);
  if (!rows) return false;
  const options = helpOptionsOf(ss.getRangeByName(PARAMETER_NAMES.siatVariant));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const layouts = WORKBOOK.map((spec) => {
    const r = byId.get(spec.id);
    return r && planLayout(spec, null, r.name, headerRowOf(r.values, []));
  });
  if (!layouts.every((l) => l && l.added.length === 0 && l.ambiguous.size === 0)) return false;
  const formulas = formulasFor(layouts as SheetLayout[]);
  return formulas !== null && fingerprintOf(rows, options, formulas) === stored.hash;
}

const fingerprintOf = (rows: readonly SheetRows[], options: HelpOptions, formulas: string) =>
  hash53(versionOf() + textOf(rows) + JSON.stringify(options) + formulas);

/**
 * Keeps the fingerprint of the workbook a full setup has just completed (see isComplete), from the
 * rows setup read and wrote and the formulas it laid out (`formulasFor` of its layouts), without
 * reading them again.
 */
export function rememberComplete(rows: readonly SheetRows[], options: HelpOptions, formulas: string | null): void {
  const sheets = rows.map((r): [SheetId, string] => [r.id, r.name]);
  const layouts = rows.map((r): [SheetId, number, number[]] => [r.id, r.values.length, [...(r.columns ?? [])]]);
  const stored: Stored = { sheets, layouts, hash: formulas === null ? '' : fingerprintOf(rows, options, formulas) };
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(stored));
}

/**
 * Makes the next setup run in full, whatever the sheets' row 1 shows: the diagnostic found what the
 * quick check does not read (a validation, a named range, a settings row). The layouts stay, as hints
 * for the panel. Nothing to do when no setup has completed.
 */
export function forgetComplete(): void {
  const stored = readStored();
  if (!stored?.hash) return;
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify({ ...stored, hash: '' }));
}

/**
 * The template sheets' layouts as the last full setup left them (none when it has not run, or was an
 * earlier version's): hints for readers of the sheets, never trusted alone (table.ts readHead). Two
 * service calls, for a getLastColumn spared in each sheet read.
 */
export function knownLayouts(): Map<SheetId, KnownLayout> {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  try {
    const layouts = raw ? (JSON.parse(raw) as Stored).layouts : undefined;
    if (!Array.isArray(layouts)) return new Map();
    return new Map(
      layouts
        .filter(([, width, columns]) => Number.isInteger(width) && width > 0 && Array.isArray(columns))
        .map(([id, width, columns]) => [id, { width, columns }]),
    );
  } catch {
    return new Map();
  }
}
