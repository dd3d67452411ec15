import type { AssessmentStatus, SheetRecord } from '../../contract/endpoints';
import { toBoolean } from '../../core/cells/proportion';
import { isBlank } from '../../core/cells/text';
import { problem } from '../../core/problem';
import { isDoneStatus } from '../../core/status';
import { assessmentKey, assessmentLabel, dateCell, keyText, latestOf, reviewerKey, today, type AssessmentKey } from '../../sheets/assessments';
import type { CellInput } from '../../sheets/literal';
import { PROJECTS, type SheetSpec } from '../../sheets/schema';
import { FIRST_DATA_ROW, readRows, value, writeRowCells, type KnownLayout, type Table } from '../../sheets/table';
import { namedSheet } from '../../sheets/workbook';
import { menuHint } from './menu-hint';
import { fieldsOf, isEditable, missingEditable, toCellJson } from './records';
import { PARAMETER_NAMES } from '../../sheets/templates/parameters';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * One project's rows of one instrument sheet, each with its assessment key (issue 11: a project has
 * one row per assessment, keyed by ID, reviewer and date). Read by readRows with all the ID's rows:
 * the ID column and those rows, whatever the number of projects.
 */
export interface ProjectRows {
  sheet: Sheet;
  sheetName: string;
  table: Table;
  /** Sheet rows (1-based), sheet order; valid only under the lock that read them. */
  at: number[];
  keys: AssessmentKey[];
  /** The last sheet row holding an ID (the header row when none): new assessments go below it. */
  lastId: number;
}

export function readProjectRows(sheet: Sheet, sheetName: string, spec: SheetSpec, id: string, known?: KnownLayout): ProjectRows {
  const { table, at, lastId } = readRows(sheet, spec, id, true, known);
  return { sheet, sheetName, table, at, keys: table.rows.map((row) => assessmentKey(table, row)), lastId };
}

/** The indices (in `rows.at`) of the rows holding one assessment: normally one, several is a duplicate key. */
export function rowsOf(rows: ProjectRows, reviewer: string, date: string): number[] {
  const wanted = keyText({ id: rows.keys[0]?.id ?? '', reviewer, date });
  return rows.keys.flatMap((k, i) => (keyText(k) === wanted ? [i] : []));
}

/** An assessment's day among a project's rows in several sheets: the reviewer's latest ('' when they have none). */
export function latestDay(sheets: readonly ProjectRows[], reviewer: string): string | undefined {
  const keys = sheets.flatMap((s) => s.keys);
  const i = latestOf(keys, reviewer);
  return i === undefined ? undefined : keys[i].date;
}

/** The record of one assessment's row(s) in a sheet, as the sidebar edits it (`no-row`: created on first save). */
export function assessmentRecord(rows: ProjectRows, found: readonly number[]): SheetRecord {
  const { table, sheetName } = rows;
  const sheetRows = found.map((i) => rows.at[i]);
  const missing = missingEditable(table);
  if (!found.length) return { status: 'no-row', sheetName, rows: [], fields: {}, missing };
  return { status: found.length > 1 ? 'duplicate' : 'ok', sheetName, rows: sheetRows, fields: fieldsOf(table, table.rows[found[0]]), missing };
}

/** « Terminée » / « Done » in the state column (any case, accents ignored); anything else, blank included, is in progress. */
export function statusOf(table: Table, row: readonly unknown[]): AssessmentStatus {
  return isDoneStatus(value(table, row as unknown[], 'review-status')) ? 'done' : 'in-progress';
}

/** A ticked Déport cell (a checkbox, or oui / x / vrai as typed). */
export function recusedOf(table: Table, row: readonly unknown[]): boolean {
  return toBoolean(value(table, row as unknown[], 'recused')) === true;
}

export function reasonOf(table: Table, row: readonly unknown[]): string {
  const cell = value(table, row as unknown[], 'recusal-reason');
  return isBlank(cell) ? '' : String(toCellJson(cell));
}

/** Whether a row holds anything a reviewer writes (a level, an answer, a comment…). */
export function hasScore(table: Table, row: readonly unknown[]): boolean {
  return table.spec.columns.some((c) => isEditable(c) && !isBlank(value(table, row as unknown[], c.id)));
}

/** Paramètres EVALUATION_AVEUGLE: on only when it reads yes (oui, x, vrai…); blank, missing or unreadable is its default, non. */
export function blindReview(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const range = spreadsheet.getRangeByName(PARAMETER_NAMES.blindReview);
  return range ? toBoolean(range.getValues()[0]?.[0]) === true : false;
}

/** The same key on two rows: reported with its rows, never merged (which row would win?). */
function duplicateKey(rows: ProjectRows, found: readonly number[]) {
  const list = found.map((i) => rows.at[i]).join(', ');
  const key = rows.keys[found[0]];
  return problem(
    `L’évaluation (${assessmentLabel(key, 'fr')}) figure sur plusieurs lignes de la feuille « ${rows.sheetName} » (lignes ${list}) : le module ne les fusionne pas. Supprimez la ligne en trop (ou changez son évaluateur ou sa date), puis enregistrez à nouveau.`,
    `The assessment (${assessmentLabel(key, 'en')}) is on several rows of the sheet "${rows.sheetName}" (rows ${list}): the add-on does not merge them. Delete the extra row (or change its reviewer or date), then save again.`,
  );
}

/**
 * Where a reviewer's new assessment goes: the first row below the last ID that holds nothing
 * outside the computed columns (a row someone typed notes into without an ID is never written
 * over), growing the sheet when it is full. Under the caller's lock. (Also where a new actor of
 * the target social system goes, ./system.ts.)
 */
export function newAssessmentRow(rows: ProjectRows): number {
  const { sheet, table } = rows;
  const computed = new Set(table.spec.columns.filter((c) => c.kind === 'computed').map((c) => table.columns.get(c.id)));
  const width = Math.max(table.header.length, 1);
  let row = Math.max(rows.lastId, FIRST_DATA_ROW - 1) + 1;
  const last = sheet.getLastRow();
  // Rows below the last ID are read a few at a time: normally the first one is free.
  while (row <= last) {
    const count = Math.min(10, last - row + 1);
    const block = sheet.getSheetValues(row, 1, count, width);
    const free = block.findIndex((r) => r.every((v, c) => computed.has(c) || isBlank(v)));
    if (free >= 0) return row + free;
    row += count;
  }
  const max = sheet.getMaxRows();
  if (row > max) sheet.insertRowsAfter(max, row - max);
  return row;
}

/**
 * The key cells of a new assessment row (ID, project name, reviewer, date), to be written with its
 * first values in one go. A sheet without the reviewer or date column cannot hold a named or dated
 * assessment: refused, nothing written (setup adds the columns).
 */
export function keyCells(rows: ProjectRows, id: string, reviewer: string, date: string, name: () => string): Map<number, CellInput> {
  const { table, sheetName } = rows;
  for (const [column, fr, en] of [
    ['reviewer', 'Évaluateur', 'Reviewer'],
    ['date', 'Date', 'Date'],
  ] as const) {
    if (!table.columns.has(column))
      throw problem(
        `La feuille « ${sheetName} » n’a pas de colonne « ${fr} » : le module ne peut pas y créer votre évaluation. Rien n’a été enregistré : ${menuHint('setupWorkbook', 'fr')}.`,
        `The sheet "${sheetName}" has no "${en}" column: the add-on cannot create your assessment there. Nothing was saved: ${menuHint('setupWorkbook', 'en')}.`,
      );
  }
  const cells = new Map<number, CellInput>([
    [table.columns.get('id')!, id],
    [table.columns.get('reviewer')!, reviewer],
    [table.columns.get('date')!, dateCell(date)],
  ]);
  const nameAt = table.columns.get('name');
  if (nameAt !== undefined) cells.set(nameAt, name());
  return cells;
}

/**
 * The project's name for a new row: from one of its rows in this sheet, else from Projets (read
 * only then: the ID column and the project's row). An ID found in neither is no project: no row is
 * made for it (a stale panel or a forged request).
 */
export function projectName(rows: ProjectRows, id: string): string {
  for (const row of rows.table.rows) {
    const name = value(rows.table, row, 'name');
    if (!isBlank(name)) return String(name);
  }
  const found = namedSheet(SpreadsheetApp.getActiveSpreadsheet(), PROJECTS);
  const read = found ? readRows(found.sheet, PROJECTS, id) : undefined;
  if (!rows.at.length && !read?.at.length)
    throw problem(
      `Aucun projet n’a l’ID ${id} dans Projets ni dans la feuille « ${rows.sheetName} » : rien n’a été enregistré. Vérifiez l’ID dans Projets, puis ${menuHint('syncProjects', 'fr')}.`,
      `No project has the ID ${id} in Projects or in the sheet "${rows.sheetName}": nothing was saved. Check the ID in Projects, then ${menuHint('syncProjects', 'en')}.`,
      'not-found',
    );
  const name = read?.at.length ? value(read.table, read.table.rows[0], 'name') : '';
  return isBlank(name) ? '' : String(name);
}

/**
 * Writes one assessment's row: `at` (its sheet row) when it exists, else a new row below the last ID
 * with its key cells (from keyCells, prepared before any write) and the cells together: nothing
 * half-written. `cells` gets the row first (a dropdown's spelling is read from it). Returns the row.
 */
export function writeAssessmentRow(
  rows: ProjectRows,
  at: number | undefined,
  key: ReadonlyMap<number, CellInput> | undefined,
  cells: (sheetRow: number) => ReadonlyMap<number, CellInput>,
): number {
  const sheetRow = at ?? newAssessmentRow(rows);
  const values = cells(sheetRow);
  writeRowCells(rows.sheet, sheetRow, key ? new Map([...key, ...values]) : values);
  return sheetRow;
}

/** The index (in `rows.at`) of one assessment's row, or undefined when it has none; a key on two rows is refused. */
export function assessmentRow(rows: ProjectRows, reviewer: string, date: string): number | undefined {
  const found = rowsOf(rows, reviewer, date);
  if (found.length > 1) throw duplicateKey(rows, found);
  return found[0];
}

/** The day a new assessment gets when the request names none. */
export const newDay = (date: string): string => date || today();

/** The reviewer as compared, for grouping rows of several sheets into assessments. */
export const reviewerDay = (reviewer: string, date: string): string => `${reviewerKey(reviewer)}\u0000${date}`;
