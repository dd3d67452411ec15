import { WORKBOOK, type SheetId } from '../schema';
import { canonical, sheetPrefix } from './a1';
import { headerRowOf, planLayout, type SheetLayout } from './layout';
import { parameterBlocks } from './parameters';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A workbook that is already complete is recognised in about one read per sheet rather than laid
 * out again (hundreds of calls to find nothing to do). After every full setup, the document
 * properties keep a fingerprint of what it left: each template sheet's name, its rows 1–2 (header
 * texts, header formulas as Sheets means them, which cells of row 2 carry a validation), the other
 * sheets it relies on, the number of named ranges, and the layout this version of the add-on lays
 * out. The next run reads the same rows again, one block per sheet: when anything differs (a header
 * renamed, a formula typed over, a validation removed, a sheet deleted or renamed, a named range
 * removed, a new version with new columns), the full setup runs and repairs it. The properties
 * only say where to look: a workbook is never taken as complete on their word alone.
 */
const KEY = 'grilles-innovation-sociale/layout';

interface Stored {
  /** Template sheets by id, as named when setup last completed. */
  sheets: [SheetId, string][];
  /** Names of the add-on's other sheets (Paramètres, Tableau de bord) at that time. */
  others: string[];
  named: number;
  hash: string;
}

/** What this version lays out: its sheets' columns and the settings blocks (a 13th AMI weight, a new column…). */
function versionOf(): string {
  return JSON.stringify([WORKBOOK.map((s) => [s.id, s.columns.map((c) => [c.id, c.kind])]), parameterBlocks().map((b) => [b.name, b.rows.length])]);
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

interface Read {
  /** Row 1 of each template sheet as the layout reads it (found by id). */
  headers: Map<SheetId, ReturnType<typeof headerRowOf>>;
  text: string;
}

/** Rows 1–2 of each template sheet, one block read per kind of content; null when a sheet is not there. */
function readRows(ss: Spreadsheet, sheets: readonly [SheetId, string][]): Read | null {
  const headers = new Map<SheetId, ReturnType<typeof headerRowOf>>();
  const parts: unknown[] = [];
  for (const [id, name] of sheets) {
    let range: GoogleAppsScript.Spreadsheet.Range;
    try {
      range = ss.getRange(`${sheetPrefix(name)}1:2`);
    } catch {
      return null; // deleted or renamed
    }
    const [values, formulas, rules] = [range.getValues(), range.getFormulas(), range.getDataValidations()];
    const row1 = formulas[0].map((f, i) => (f ? canonical(String(f)) : String(values[0][i] ?? '')));
    const validated = rules[1].flatMap((r, i) => (r ? [i] : []));
    parts.push([id, name, row1, validated]);
    headers.set(id, headerRowOf(values[0], formulas[0]));
  }
  return { headers, text: JSON.stringify(parts) };
}

/**
 * Whether the workbook is exactly as the last full setup left it, and that setup is still this
 * version's: then there is nothing to add. `wouldWrite` tells whether the layout read would make
 * setup write a header cell (a formula showing an error, one a new version writes differently).
 */
export function isComplete(ss: Spreadsheet, wouldWrite: (layouts: SheetLayout[]) => boolean): boolean {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!raw) return false;
  let stored: Stored;
  try {
    stored = JSON.parse(raw) as Stored;
  } catch {
    return false;
  }
  if (!Array.isArray(stored.sheets) || stored.sheets.length !== WORKBOOK.length) return false;
  const read = readRows(ss, stored.sheets);
  if (!read) return false;
  if (stored.others.some((name) => !ss.getSheetByName(name))) return false;
  if (ss.getNamedRanges().length !== stored.named) return false;
  if (hash(versionOf() + read.text) !== stored.hash) return false;
  const names = new Map(stored.sheets);
  const layouts = WORKBOOK.map((spec) => planLayout(spec, null, names.get(spec.id)!, read.headers.get(spec.id)!));
  return layouts.every((l) => l.added.length === 0 && l.ambiguous.size === 0) && !wouldWrite(layouts);
}

/** Keeps the fingerprint of the workbook a full setup has just completed (see isComplete). */
export function rememberComplete(ss: Spreadsheet, sheets: [SheetId, string][], others: string[]): void {
  const read = readRows(ss, sheets);
  if (!read) return;
  const stored: Stored = { sheets, others, named: ss.getNamedRanges().length, hash: hash(versionOf() + read.text) };
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(stored));
}
