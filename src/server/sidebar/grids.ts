import type { CellJson } from '../../contract/cells';
import { isBlankCell } from '../../contract/cells';
import type { GridAssessment, GridList, GridRecord, SaveResult } from '../../contract/endpoints';
import { findGrid, type CustomGrid } from '../../core/grids/definition';
import { gridSheetSpec } from '../../core/grids/sheet';
import { acceptedGridLevels } from '../../core/grids/score';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../core/instruments';
import { problem, quote } from '../../core/problem';
import { reviewerKey } from '../../sheets/assessments';
import { gridSheet, gridSheets, readCustomGrids } from '../../sheets/grids/read';
import type { CellInput } from '../../sheets/literal';
import { withDocumentLock } from '../../sheets/lock';
import type { ColumnSpec } from '../../sheets/schema';
import { namedSheet } from '../../sheets/workbook';
import {
  assessmentRecord,
  blindReview,
  hasScore,
  latestDay,
  readProjectRows,
  reasonOf,
  recusedOf,
  rowsOf,
  statusOf,
  type ProjectRows,
} from './assessment-rows';
import { cellInput, sameValue } from './cell-input';
import { endpoint } from './endpoint';
import { menuHint } from './menu-hint';
import { fieldsOf } from './records';
import { editedColumns, saveAssessment, type CellRules } from './save-project';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The grids users define (issue 14 §5) for the sidebar's « Grilles » tab: asked for only when the tab
 * is opened (as getOpinions), so getProject reads nothing more. One read of the definition sheet, then
 * in each valid grid's own sheet the ID column and the project's rows (readProjectRows, as every
 * instrument sheet): my assessment's row, and the others' under the blind-review rule of getProject.
 */
export const getGrids = endpoint('getGrids', ({ id, reviewer = '', date = '' }, lang): GridList => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { read, problems, sheetName } = readGridRows(spreadsheet, id);
  const records: GridRecord[] = read.map(({ grid, rows, spec }) => {
    if (!rows) return { grid, record: { status: 'no-sheet', sheetName: spec.name[lang], rows: [], fields: {}, missing: [] }, others: [] };
    // As saveGrid finds it: the date asked for, else my latest in this grid's sheet.
    const day = date || (latestDay([rows], reviewer) ?? '');
    return { grid, record: assessmentRecord(rows, rowsOf(rows, reviewer, day)), others: othersOf(rows, reviewer) };
  });
  const others = records.flatMap((r) => r.others);
  // Blind review, read only when someone else assessed the project in a grid (as getProject does).
  const blind = others.length > 0 && blindReview(spreadsheet);
  if (blind && !mineDone(spreadsheet, read, id, reviewer, date))
    for (const a of others) {
      a.hidden = true;
      a.reason = '';
      a.fields = {};
    }
  return {
    grids: records,
    problems: problems.map((p) => ({ fr: p.render('fr'), en: p.render('en') })),
    sheetName,
    blind,
  };
});

/**
 * The valid grids, each with the project's rows in the sheet the add-on made for it (none when it has
 * not made it yet): the definitions read once, the sheets found by their marks at once (one look-up
 * whatever their number), then in each the ID column and the project's rows, as in an instrument sheet.
 */
function readGridRows(spreadsheet: Spreadsheet, id: string) {
  const { grids, problems, sheetName } = readCustomGrids(spreadsheet);
  const sheets = grids.length ? gridSheets(spreadsheet) : undefined;
  const read = grids.map((grid) => {
    const sheet = gridSheet(spreadsheet, grid, sheets);
    const spec = gridSheetSpec(grid);
    return { grid, spec, rows: sheet ? readProjectRows(sheet, sheet.getName(), spec, id) : undefined };
  });
  return { read, problems, sheetName };
}

/**
 * The project's rows in each grid's sheet, for setAssessmentState, which marks them with the instrument
 * sheets' (done, recused). Two calls in a workbook without grids.
 */
export function gridProjectRows(spreadsheet: Spreadsheet, id: string): ProjectRows[] {
  return readGridRows(spreadsheet, id).read.flatMap((r) => (r.rows ? [r.rows] : []));
}

/**
 * Saves my edits to my row of one grid's sheet: the grid read again from its definition (the tab may
 * be stale), then saveProject's own save (save-project.ts: found by key under the document lock,
 * created on the first save dated as my current assessment, conflicts returned, never overwritten),
 * with the grid's declaration. A level must be one of the grid's levels.
 */
export const saveGrid = endpoint(
  'saveGrid',
  ({ id, reviewer = '', date = '', grid: name, changes }): SaveResult =>
    withDocumentLock((): SaveResult => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const { grids, sheetName } = readCustomGrids(spreadsheet);
      const grid = findGrid(grids, name);
      if (!grid)
        throw problem(
          `La grille ${quote(name, 'fr')} n’est pas (ou plus) une grille valide de « ${sheetName} » : rien n’a été enregistré. Actualisez le panneau ; pour savoir ce qui la refuse, ${menuHint('updateCustomGrids', 'fr')}.`,
          `The grid ${quote(name, 'en')} is not (or no longer) a valid grid of "${sheetName}": nothing was saved. Refresh the panel; to know what refuses it, ${menuHint('updateCustomGrids', 'en')}.`,
          'not-found',
        );
      const spec = gridSheetSpec(grid);
      const columns = editedColumns(spec, changes);
      changes.forEach((c, i) => checkLevel(grid, columns[i], c.after));
      const sheet = gridSheet(spreadsheet, grid);
      if (!sheet)
        throw problem(
          `La feuille « ${spec.name.fr} » de la grille est absente du classeur : rien n’a été enregistré. ${capital(menuHint('updateCustomGrids', 'fr'))}, puis enregistrez à nouveau.`,
          `The grid's sheet "${spec.name.en}" is missing from the workbook: nothing was saved. ${capital(menuHint('updateCustomGrids', 'en'))}, then save again.`,
        );
      return saveAssessment({ sheet, name: sheet.getName() }, spec, columns, { id, reviewer, date, changes }, GRID_CELLS);
    }),
);

/** A grid's level is one of its levels, checked before anything is written (the panel offers no other). */
function checkLevel(grid: CustomGrid, column: ColumnSpec, after: CellJson): void {
  if (column.kind !== 'grid-level' || isBlankCell(after) || (typeof after === 'number' && grid.levels.includes(after))) return;
  throw problem(
    `« ${column.header.fr} » : ${quote(after, 'fr')} n’est pas un niveau de la grille « ${grid.name} » (niveaux acceptés ${acceptedGridLevels(grid, 'fr')}). Rien n’a été enregistré.`,
    `"${column.header.en}": ${quote(after, 'en')} is not a level of the grid "${grid.name}" (accepted levels ${acceptedGridLevels(grid, 'en')}). Nothing was saved.`,
  );
}

/**
 * A grid's cells: a level is written as its number (the column's dropdown lists the numbers, and
 * GRID_SCORE reads « 2 » typed as text the same), compared by meaning as every level is; the comment
 * and the other columns by the kinds' rules.
 */
const GRID_CELLS: CellRules = {
  same: sameValue,
  input: (column, after, rule): CellInput => (column.kind === 'grid-level' ? (isBlankCell(after) ? '' : after) : cellInput(column, after, rule)),
};

/**
 * The others' assessments in one grid's sheet: one per row of another key than mine. An empty
 * unnamed row (nobody's assessment yet) is left out, as getProject leaves it out.
 */
function othersOf(rows: ProjectRows, reviewer: string): GridAssessment[] {
  const me = reviewerKey(reviewer);
  const list: GridAssessment[] = [];
  rows.keys.forEach((k, i) => {
    const own = reviewerKey(k.reviewer) === me;
    if (own) return;
    const row = rows.table.rows[i];
    const status = statusOf(rows.table, row);
    const recused = recusedOf(rows.table, row);
    if (!k.reviewer && status !== 'done' && !recused && !hasScore(rows.table, row)) return;
    list.push({
      reviewer: k.reviewer,
      date: k.date,
      mine: false,
      own,
      status,
      recused,
      reason: reasonOf(rows.table, row),
      hidden: false,
      fields: fieldsOf(rows.table, row),
    });
  });
  return list.sort((a, b) => (a.date === b.date ? a.reviewer.localeCompare(b.reviewer, 'fr') : a.date < b.date ? -1 : 1));
}

/**
 * Whether my assessment is « Terminée », which lifts blind review: in a grid's sheet, or in the
 * instrument sheets, where the panel's « Marquer comme terminée » writes it (those are read only
 * here: blind review on, someone else's rows in a grid, and no grid row of mine says so).
 */
function mineDone(spreadsheet: Spreadsheet, read: readonly { rows?: ProjectRows }[], id: string, reviewer: string, date: string): boolean {
  const done = (rows: ProjectRows, day: string) => rowsOf(rows, reviewer, day).some((i) => statusOf(rows.table, rows.table.rows[i]) === 'done');
  const grids = read.flatMap((r) => (r.rows ? [r.rows] : []));
  if (grids.some((rows) => done(rows, date || (latestDay([rows], reviewer) ?? '')))) return true;
  const instruments = INSTRUMENT_IDS.flatMap((key) => {
    const spec = INSTRUMENTS[key].sheet;
    const found = namedSheet(spreadsheet, spec);
    return found ? [readProjectRows(found.sheet, found.name, spec, id)] : [];
  });
  const day = date || (latestDay(instruments, reviewer) ?? '');
  return instruments.some((rows) => done(rows, day));
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
