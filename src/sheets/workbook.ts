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
