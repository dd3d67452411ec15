import { headerKey } from './headers';
import { WORKBOOK, type SheetSpec } from './schema';
import { readTable, type Table } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A sheet of the workbook by its French or English name (the templates name it in the language of
 * the person who set the workbook up). At most two service calls.
 */
export function findSheet(spreadsheet: Spreadsheet, spec: Pick<SheetSpec, 'name'>): Sheet | null {
  return namedSheet(spreadsheet, spec)?.sheet ?? null;
}

/** The sheet with the name it was found by: callers that name it in a message need no getName() call. */
export function namedSheet(spreadsheet: Spreadsheet, spec: Pick<SheetSpec, 'name'>): { sheet: Sheet; name: string } | null {
  for (const name of spec.name.en === spec.name.fr ? [spec.name.fr] : [spec.name.fr, spec.name.en]) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return { sheet, name };
  }
  return null;
}

/** A sheet with its name, as read once by listSheets. */
export interface NamedSheet {
  sheet: Sheet;
  name: string;
}

/**
 * The spreadsheet's sheets and their names in one getSheets and one getName a sheet, read once by a
 * run that looks several sheets up (setup: every template sheet, the add-on's own sheets, the names
 * a new sheet must avoid). The run keeps the list up to date as it inserts or renames sheets.
 * Cheaper than a getSheetByName per template sheet (twelve, French and English names) up to about a
 * dozen sheets, the usual workbook; a fresh spreadsheet costs two calls.
 */
export function listSheets(spreadsheet: Spreadsheet): NamedSheet[] {
  return spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
}

/**
 * What a run that lays out several sheets reads once and passes along: the sheets with their names,
 * and the named ranges (one getNamedRanges: in a spreadsheet that has none, the run looks none up).
 * `rangeByName` is for names the run has not set itself.
 */
export interface WorkbookRead {
  sheets: NamedSheet[];
  /** The add-on's marks (owned.ts), once looked up. */
  marks?: { role: string; sheet: Sheet | null }[];
  rangeByName(name: string): GoogleAppsScript.Spreadsheet.Range | null;
}

export function readWorkbook(spreadsheet: Spreadsheet): WorkbookRead {
  const sheets = listSheets(spreadsheet);
  const none = spreadsheet.getNamedRanges().length === 0;
  return { sheets, rangeByName: (name) => (none ? null : spreadsheet.getRangeByName(name)) };
}

/** namedSheet on a list already read, by getSheetByName's rule (the exact name, else the name with case ignored). */
export function listedSheet(sheets: readonly NamedSheet[], spec: Pick<SheetSpec, 'name'>): NamedSheet | null {
  for (const name of spec.name.en === spec.name.fr ? [spec.name.fr] : [spec.name.fr, spec.name.en]) {
    const found = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (found) return found;
  }
  return null;
}

/** Which sheet of the schema a sheet name is (case, accents and spaces ignored), if any. */
export function specOfSheetName(name: string): SheetSpec | undefined {
  const key = headerKey(name);
  return WORKBOOK.find((s) => headerKey(s.name.fr) === key || headerKey(s.name.en) === key);
}

/**
 * The one reader of a sheet of the schema: found by name, read in one block. Undefined when the
 * sheet is missing; each caller says what that means (the sync refuses, the dashboard skips, the
 * sidebar reports « no-sheet »).
 */
export function readSheet(spreadsheet: Spreadsheet, spec: SheetSpec): Table | undefined {
  const sheet = findSheet(spreadsheet, spec);
  return sheet ? readTable(sheet, spec) : undefined;
}
