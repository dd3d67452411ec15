import type { Context, ContextSheet } from '../../contract/endpoints';
import { projectUnderCursor } from '../../sheets/cursor';
import { definitionSheet } from '../../sheets/grids/read';
import { endpoint } from './endpoint';

/**
 * The project under the cursor, in Projets, an instrument's sheet or a grid's (sheets/cursor.ts). The
 * sidebar polls this every few seconds, so it reads only the header row and one cell (about ten
 * service calls), never whole tables. Asked with `grids` (when the
 * panel opens, not at each poll): whether the workbook has « Grilles personnalisées », by its named
 * range or its name (one or two calls), for the « Grilles » tab.
 */
export const getContext = endpoint('getContext', (request, lang): Context => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { spec, projectId, grid } = projectUnderCursor(spreadsheet);
  const context: Context = { lang, projectId, sheet: spec ? (spec.id as ContextSheet) : null };
  // In a grid's sheet: the panel shows « Grilles » with that grid.
  if (grid !== undefined) context.grid = grid;
  if (request?.grids) context.grids = definitionSheet(spreadsheet) !== null;
  return context;
});
