import type { Context, ContextSheet } from '../../contract/endpoints';
import { locateColumns } from '../../sheets/headers';
import { FIRST_DATA_ROW, HEADER_ROW, projectId } from '../../sheets/table';
import { specOfSheetName } from '../../sheets/workbook';
import { endpoint } from './endpoint';

/**
 * The project under the cursor. The sidebar polls this every few seconds, so it reads only the
 * header row and one cell (about ten service calls), never whole tables.
 */
export const getContext = endpoint('getContext', (_request, lang): Context => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const spec = specOfSheetName(sheet.getName());
  if (!spec) return { lang, projectId: null, sheet: null };
  const here: Context = { lang, projectId: null, sheet: spec.id as ContextSheet };
  const cell = spreadsheet.getCurrentCell() ?? spreadsheet.getActiveRange();
  const row = cell ? cell.getRow() : 0;
  const width = sheet.getLastColumn();
  if (row < FIRST_DATA_ROW || width < 1) return here;
  const header = sheet.getSheetValues(HEADER_ROW, 1, 1, width)[0];
  const column = locateColumns(spec, header).get('id');
  if (column === undefined) return here;
  return { ...here, projectId: projectId(sheet.getRange(row, column + 1).getValue()) || null };
});
