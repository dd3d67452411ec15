/**
 * A small workbook for the sidebar endpoints' unit tests: the schema's sheets with their French
 * headers (as the templates lay them out) and rows given by column id, on the Apps Script fake.
 */
import { createGasFake, type CellValue, type GasFake } from '../../dev/gas-fake';
import type { SheetSpec } from '../../src/sheets/schema';

export type Row = Record<string, CellValue | undefined>;

export function workbookFake(): { fake: GasFake; restore: () => void } {
  const fake = createGasFake();
  const restore = fake.install();
  return { fake, restore };
}

export function addSheet(fake: GasFake, spec: SheetSpec, rows: Row[], columns: readonly string[] = spec.columns.map((c) => c.id)): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = fake.spreadsheet.insertSheet(spec.name.fr);
  const width = columns.length;
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const header = columns.map((id) => spec.columns.find((c) => c.id === id)?.header.fr ?? id);
  const body = rows.map((r) => columns.map((id) => r[id] ?? ''));
  sheet.getRange(1, 1, 1 + body.length, width).setValues([header, ...body]);
  return sheet;
}

/** The sheet's cells as a list of rows by header (what a reviewer sees). */
export function rowsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}
