import { WORKBOOK, type SheetId } from '../schema';
import type { KnownLayout } from '../table';
import { canonical, sheetPrefix } from './a1';
import { headerRowOf, planLayout, type SheetLayout } from './layout';
import { headerKey } from '../headers';
import { PARAMETER_NAMES, parameterBlocks } from './parameters';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A workbook that is already complete is recognised in about one read per sheet rather than laid
 * out again (hundreds of calls to find nothing to do). After every full setup, the document
 * properties keep a fingerprint of what it left: each template sheet's name, its rows 1–2 (header
 * texts, header formulas as Sheets means them, which cells of row 2 carry a validation), the other
 * sheets it relies on, the labels of Paramètres, the number of named ranges, and the layout this version of the add-on lays
 * out. The next run reads the same rows again, one block per sheet: when anything differs (a header
 * renamed, a formula typed over, a validation removed, a sheet deleted or renamed, a named range
 * removed, a new version with new columns), the full setup runs and repairs it. The properties
 * only say where to look: a workbook is never taken as complete on their word alone.
 */
const KEY = 'grilles-innovation-sociale/layout';

interface Stored {
  /** Template sheets by id, as named when setup last completed. */
  sheets: [SheetId, string][];
  /**
   * The add-on's dashboard sheet: name and sheet ID (a sheet put in its place under the same name,
   * unmarked, is another sheet: the full setup decides whether it is the add-on's).
   */
  others: [string, number][];
  named: number;
  /** The add-on's Paramètres sheet: its name and how many rows of labels (column A) the hash covers. */
  settings?: [string, number];
  /**
   * Each template sheet's layout as setup left it (width, then each spec column's position): the
   * panel reads the first rows that wide without asking the sheet (table.ts readHead checks them).
   * A fingerprint without it, kept by an earlier version, is taken as incomplete once, so that the
   * next setup adds it.
   */
  layouts?: [SheetId, number, number[]][];
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

/** Rows 1–2 of a template sheet as far as the fingerprint goes. */
export interface SheetRows {
  id: SheetId;
  name: string;
  /** Row 1: what each cell holds (values; a formula cell's value is not looked at). */
  values: readonly unknown[];
  formulas: readonly unknown[];
  /** 0-based columns whose row-2 cell has a data validation. */
  validated: readonly number[];
  /** Where each column of the spec is (0-based, the spec's order): what setup laid out, kept for readers (knownLayouts). */
  columns?: readonly number[];
}

/**
 * What is compared: row 1 as the layout reads it (a header formula as Sheets means it, whatever its
 * separators; the cells it spills into as its headers, whether or not Sheets has evaluated it yet),
 * trailing blanks dropped, and the validated columns of row 2.
 */
function textOf(rows: readonly SheetRows[]): string {
  return JSON.stringify(
    rows.map(({ id, name, values, formulas, validated }) => {
      const { texts } = headerRowOf(values, formulas);
      const row1 = texts.map((t, i) => (formulas[i] ? canonical(String(formulas[i])) : t));
      while (row1.length && row1[row1.length - 1] === '') row1.pop();
      return [id, name, row1, [...validated].sort((a, b) => a - b)];
    }),
  );
}

/** Rows 1–2 of each template sheet, one block per sheet; null when a sheet is not there. */
function readRows(ss: Spreadsheet, sheets: readonly [SheetId, string][]): SheetRows[] | null {
  const out: SheetRows[] = [];
  for (const [id, name] of sheets) {
    let range: GoogleAppsScript.Spreadsheet.Range;
    try {
      range = ss.getRange(`${sheetPrefix(name)}1:2`);
    } catch {
      return null; // deleted or renamed
    }
    const [values, formulas, rules] = [range.getValues(), range.getFormulas(), range.getDataValidations()];
    out.push({ id, name, values: values[0], formulas: formulas[0], validated: rules[1].flatMap((r, i) => (r ? [i] : [])) });
  }
  return out;
}

/**
 * The labels of the Paramètres sheet (column A): a row deleted or inserted inside a settings block
 * (AMI_POIDS one weight short) shows here. And, from the same read, the value of the settings the
 * sheets' notes depend on (VARIANTE_SIAT, issue 14 §6): changed, the next setup runs in full and
 * rewrites the add-on's notes. Null when the sheet is not there.
 */
function readLabels(ss: Spreadsheet, [name, rows]: [string, number]): unknown[] | null {
  try {
    const cells = ss.getRange(`${sheetPrefix(name)}A1:B${rows}`).getValues();
    const noted = cells.filter(([label]) => isNotedSetting(headerKey(label))).map(([, value]) => value);
    return [...cells.map(([label]) => [label]), ...noted];
  } catch {
    return null;
  }
}

/** Whether a Paramètres label (as headerKey reads it, fr or en) is a setting the sheets' help depends on: the SIAT items' wording. */
function isNotedSetting(key: string): boolean {
  return parameterBlocks()
    .filter((b) => b.name === PARAMETER_NAMES.siatVariant)
    .some((b) => b.rows.some((r) => headerKey(r.label.fr) === key || headerKey(r.label.en) === key));
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
  if (!Array.isArray(stored.sheets) || stored.sheets.length !== WORKBOOK.length || !Array.isArray(stored.layouts)) return false;
  const rows = readRows(ss, stored.sheets);
  if (!rows) return false;
  if (!Array.isArray(stored.others) || stored.others.some(([name, id]) => ss.getSheetByName(name)?.getSheetId() !== id)) return false;
  if (ss.getNamedRanges().length !== stored.named) return false;
  const labels = stored.settings ? readLabels(ss, stored.settings) : [];
  if (!labels) return false;
  if (hash(versionOf() + textOf(rows) + JSON.stringify(labels)) !== stored.hash) return false;
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
export function rememberComplete(
  ss: Spreadsheet,
  rows: readonly SheetRows[],
  others: [string, number][],
  settingsSheet: { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string } | null,
): void {
  const sheets = rows.map((r): [SheetId, string] => [r.id, r.name]);
  const settings: [string, number] | undefined = settingsSheet ? [settingsSheet.name, Math.max(1, settingsSheet.sheet.getLastRow())] : undefined;
  const labels = settings ? readLabels(ss, settings) : [];
  if (!labels) return;
  const layouts = rows.map((r): [SheetId, number, number[]] => [r.id, r.values.length, [...(r.columns ?? [])]]);
  const stored: Stored = { sheets, others, named: ss.getNamedRanges().length, layouts, hash: hash(versionOf() + textOf(rows) + JSON.stringify(labels)) };
  if (settings) stored.settings = settings;
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(stored));
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
