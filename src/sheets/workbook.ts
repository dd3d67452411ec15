import { headerKey } from './headers';
import { WORKBOOK, type SheetSpec } from './schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A sheet of the workbook by its French or English name (the templates name it in the language of
 * the person who set the workbook up). At most two service calls.
 */
export function findSheet(spreadsheet: Spreadsheet, spec: Pick<SheetSpec, 'name'>): Sheet | null {
  return spreadsheet.getSheetByName(spec.name.fr) ?? (spec.name.en !== spec.name.fr ? spreadsheet.getSheetByName(spec.name.en) : null);
}

/** Which sheet of the schema a sheet name is (case, accents and spaces ignored), if any. */
export function specOfSheetName(name: string): SheetSpec | undefined {
  const key = headerKey(name);
  return WORKBOOK.find((s) => headerKey(s.name.fr) === key || headerKey(s.name.en) === key);
}
