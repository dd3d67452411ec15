import { gridSheetName } from '../core/grids/definition';
import type { SheetSpec } from '../core/instruments';
import { assessmentColumns, lazySheet } from '../core/instruments/columns';
import { once } from '../core/lazy';
import { gridOfSheet } from './grids/read';
import { locateColumns } from './headers';
import { FIRST_DATA_ROW, HEADER_ROW, projectId } from './table';
import { specOfSheetName } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A grid's sheet (issue 14 §5) as the cursor needs it: its assessment key columns (ID, project,
 * reviewer, date, state), which every grid's sheet has (core/grids/sheet.ts). Its criteria are left
 * out: they would need the definitions read at every poll, and only the ID is looked for. Built on
 * first use (nothing at the bundle's top level: test/bundle/top-level.test.ts).
 */
const GRID_KEYS = lazySheet(
  'grid',
  gridSheetName('…'),
  '',
  once(() => assessmentColumns([])),
);

/**
 * The project under the cursor: the ID in the active row of a workbook sheet (Projets, an
 * instrument, Comité…) or of a grid's sheet, found by its header. Reads only the header row and one
 * cell (the sidebar polls it every few seconds, and « Fiche de restitution » starts from it). `spec`:
 * the sheet the cursor is on, if any; `projectId`: null off a project row; `grid`: on a grid's sheet,
 * which grid (its slug). A sheet of the schema is known by its name, at no extra call (the common
 * case: Projets, an instrument); any other sheet is a grid's only by the add-on's mark (one or two
 * calls more), never by its name alone: a user's sheet named « Grille – x » is not followed.
 */
export function projectUnderCursor(spreadsheet: Spreadsheet): { spec: SheetSpec | undefined; projectId: string | null; grid?: string } {
  const sheet = spreadsheet.getActiveSheet();
  const named = specOfSheetName(sheet.getName());
  const grid = named ? null : gridOfSheet(sheet);
  const spec = named ?? (grid === null ? undefined : GRID_KEYS);
  if (!spec) return { spec, projectId: null };
  const at = grid === null ? {} : { grid };
  const cell = spreadsheet.getCurrentCell() ?? spreadsheet.getActiveRange();
  const row = cell ? cell.getRow() : 0;
  const width = sheet.getLastColumn();
  if (row < FIRST_DATA_ROW || width < 1) return { spec, projectId: null, ...at };
  const header = sheet.getSheetValues(HEADER_ROW, 1, 1, width)[0];
  const column = locateColumns(spec, header).get('id');
  if (column === undefined) return { spec, projectId: null, ...at };
  return { spec, projectId: projectId(sheet.getRange(row, column + 1).getValue()) || null, ...at };
}
