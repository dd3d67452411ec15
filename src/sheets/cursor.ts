import type { SheetSpec } from '../core/instruments';
import { locateColumns } from './headers';
import { FIRST_DATA_ROW, HEADER_ROW, projectId } from './table';
import { specOfSheetName } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The project under the cursor: the ID in the active row of a workbook sheet (Projets, an
 * instrument, Comité…), found by its header. Reads only the header row and one cell (the sidebar
 * polls it every few seconds, and « Fiche de restitution » starts from it). `spec`: the workbook
 * sheet the cursor is on, if any; `projectId`: null off a project row.
 */
export function projectUnderCursor(spreadsheet: Spreadsheet): { spec: SheetSpec | undefined; projectId: string | null } {
  const sheet = spreadsheet.getActiveSheet();
  const spec = specOfSheetName(sheet.getName());
  if (!spec) return { spec, projectId: null };
  const cell = spreadsheet.getCurrentCell() ?? spreadsheet.getActiveRange();
  const row = cell ? cell.getRow() : 0;
  const width = sheet.getLastColumn();
  if (row < FIRST_DATA_ROW || width < 1) return { spec, projectId: null };
  const header = sheet.getSheetValues(HEADER_ROW, 1, 1, width)[0];
  const column = locateColumns(spec, header).get('id');
  if (column === undefined) return { spec, projectId: null };
  return { spec, projectId: projectId(sheet.getRange(row, column + 1).getValue()) || null };
}
