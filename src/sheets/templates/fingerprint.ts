import { WORKBOOK, type SheetId } from '../schema';
import type { KnownLayout } from '../table';
import { canonical, sheetPrefix } from './a1';
import type { HelpOptions } from '../../core/instruments/kinds';
import { helpOptionsOf } from './help';
import { headerRowOf, planLayout, type SheetLayout } from './layout';
import { PARAMETER_NAMES, parameterBlocks } from './parameters';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A workbook that is already complete is recognised in a few service calls rather than laid out again
 * (hundreds of calls to find nothing to do), whatever its number of rows: three a template sheet (its
 * row 1, values and formulas: 36 for the twelve sheets), two for the one setting the sheets' notes depend
 * on (VARIANTE_SIAT: its named range and value) and six for the run itself (the spreadsheet, the user's
 * language, this property, the toast): 44. Issue 10 asks for 30: SpreadsheetApp reads one sheet per
 * range, and a Range gives its values and its formulas in two calls, so twelve sheets cost at least 24
 * reads plus their ranges. One read of an add-on cell summarising every sheet's row 1 (TEXTJOIN of
 * INDIRECT("'Projets'!1:1"), FORMULATEXT of the header formulas) would reach it, but its answer
 * depends on when Sheets recomputes INDIRECT after a rename or a deletion, which no source settles,
 * and neither the fake nor HyperFormula computes it (the fake does not evaluate formulas): a check
 * that can say « complete » from a stale cell is not taken.
 * After every full setup, the document properties keep a fingerprint of what it left: each template
 * sheet's name and row 1 (header texts, header formulas as Sheets means them) and the layout this
 * version of the add-on lays out. The next run reads the same rows again, one block per sheet: when
 * anything differs (a header renamed, moved or deleted, a formula typed over or edited, a sheet
 * deleted or renamed, a new version with new columns, another SIAT wording chosen), the full setup
 * runs and repairs it. The
 * properties only say where to look: a workbook is never taken as complete on their word alone.
 *
 * What this check no longer reads (it did, at 43 calls), and who catches it instead:
 * - a data validation removed (it only ever saw row 2's): the values stay checked where they are read
 *   (custom functions and the panel refuse a bad value with a message naming it); « Diagnostic du
 *   classeur » lists the columns that lost theirs, and forgets this fingerprint (forgetComplete), so
 *   that the setup it advises runs in full and puts them back;
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

/** The shape of what the hash covers: a fingerprint kept by an earlier version (rows 1–2, Paramètres' labels) never matches. */
const FORMAT = 2;

/** What this version lays out: its sheets' columns and the settings blocks (a 13th AMI weight, a new column…). */
function versionOf(): string {
  return JSON.stringify([FORMAT, WORKBOOK.map((s) => [s.id, s.columns.map((c) => [c.id, c.kind])]), parameterBlocks().map((b) => [b.name, b.rows.length])]);
}

/** cyrb53: a 53-bit string hash (no service call), enough to tell two layouts apart. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Row 1 of a template sheet as far as the fingerprint goes. */
export interface SheetRows {
  id: SheetId;
  name: string;
  /** Row 1: what each cell holds (values; a formula cell's value is not looked at). */
  values: readonly unknown[];
  formulas: readonly unknown[];
  /** Where each column of the spec is (0-based, the spec's order): what setup laid out, kept for readers (knownLayouts). */
  columns?: readonly number[];
}

/**
 * What is compared: row 1 as the layout reads it (a header formula as Sheets means it, whatever its
 * separators; the cells it spills into as its headers, whether or not Sheets has evaluated it yet),
 * trailing blanks dropped.
 */
function textOf(rows: readonly SheetRows[]): string {
  return JSON.stringify(
    rows.map(({ id, name, values, formulas }) => {
      const { texts } = headerRowOf(values, formulas);
      const row1 = texts.map((t, i) => (formulas[i] ? canonical(String(formulas[i])) : t));
      while (row1.length && row1[row1.length - 1] === '') row1.pop();
      return [id, name, row1];
    }),
  );
}

/**
 * Row 1 of each template sheet, one block per sheet (three calls: the range, its values, its
 * formulas); null when a sheet is not there. Both reads are needed: values alone would miss a header
 * formula typed over with its own header or edited (a formula shows its header), formulas alone a
 * header renamed (a text cell has no formula).
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
    out.push({ id, name, values: range.getValues()[0], formulas: range.getFormulas()[0] });
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
 * version's: then there is nothing to add. `wouldWrite` tells whether the layout read would make
 * setup write a header cell (a formula showing an error, one a new version writes differently).
 */
export function isComplete(ss: Spreadsheet, wouldWrite: (layouts: SheetLayout[]) => boolean): boolean {
  const stored = readStored();
  if (!stored?.hash || !Array.isArray(stored.sheets) || stored.sheets.length !== WORKBOOK.length || !Array.isArray(stored.layouts)) return false;
  const rows = readRows(ss, stored.sheets);
  if (!rows) return false;
  const options = helpOptionsOf(ss.getRangeByName(PARAMETER_NAMES.siatVariant));
  if (hash(versionOf() + textOf(rows) + JSON.stringify(options)) !== stored.hash) return false;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const layouts = WORKBOOK.map((spec) => {
    const r = byId.get(spec.id)!;
    return planLayout(spec, null, r.name, headerRowOf(r.values, r.formulas));
  });
  return layouts.every((l) => l.added.length === 0 && l.ambiguous.size === 0) && !wouldWrite(layouts);
}

/**
 * Keeps the fingerprint of the workbook a full setup has just completed (see isComplete), from the
 * rows setup read and wrote, without reading them again.
 */
export function rememberComplete(rows: readonly SheetRows[], options: HelpOptions): void {
  const sheets = rows.map((r): [SheetId, string] => [r.id, r.name]);
  const layouts = rows.map((r): [SheetId, number, number[]] => [r.id, r.values.length, [...(r.columns ?? [])]]);
  const stored: Stored = { sheets, layouts, hash: hash(versionOf() + textOf(rows) + JSON.stringify(options)) };
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
