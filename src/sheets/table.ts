import { isBlank } from '../core/cells/text';
import { locateColumns } from './headers';
import type { SheetSpec } from './schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * One sheet's table read in one block: the header row, the data rows and where each known column
 * is. Row numbers are only valid until someone sorts or inserts rows: code keeps project IDs, and
 * looks a row up again by ID (under the lock) before writing to it.
 */
export interface Table {
  sheet: Sheet;
  spec: SheetSpec;
  header: unknown[];
  /** Data rows (sheet rows 2…), each as wide as the sheet's used columns. */
  rows: unknown[][];
  /** 0-based column index by column id, for the columns found in the header. */
  columns: Map<string, number>;
}

export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

/** Two service calls whatever the number of rows. */
export function readTable(sheet: Sheet, spec: SheetSpec): Table {
  const values = sheet.getDataRange().getValues();
  const [header = [], ...rows] = values;
  return { sheet, spec, header, rows, columns: locateColumns(spec, header) };
}

export function value(table: Table, row: unknown[], columnId: string): unknown {
  const i = table.columns.get(columnId);
  return i === undefined ? undefined : row[i];
}

export function projectId(value: unknown): string {
  return isBlank(value) ? '' : String(value).trim();
}

export interface IdIndex {
  /** 0-based data-row index by project ID (first occurrence). */
  byId: Map<string, number>;
  /** IDs found on more than one row, with their sheet row numbers. */
  duplicates: Map<string, number[]>;
  /** Sheet row numbers of rows that have content but no ID. */
  missing: number[];
}

export function indexById(table: Pick<Table, 'rows' | 'columns'>, idColumn = 'id'): IdIndex {
  const col = table.columns.get(idColumn);
  const byId = new Map<string, number>();
  const seen = new Map<string, number[]>();
  const missing: number[] = [];
  if (col === undefined) return { byId, duplicates: new Map(), missing };
  table.rows.forEach((row, r) => {
    const id = projectId(row[col]);
    const sheetRow = r + FIRST_DATA_ROW;
    if (!id) {
      if (!row.every(isBlank)) missing.push(sheetRow);
      return;
    }
    if (!byId.has(id)) byId.set(id, r);
    seen.set(id, [...(seen.get(id) ?? []), sheetRow]);
  });
  const duplicates = new Map([...seen].filter(([, rows]) => rows.length > 1));
  return { byId, duplicates, missing };
}

/**
 * Writes single cells of one row, grouping adjacent columns into one setValues. Only the given
 * cells are touched: computed columns (spilled array formulas) and other people's cells in the
 * same row are left alone.
 */
export function writeRowCells(sheet: Sheet, sheetRow: number, cells: ReadonlyMap<number, unknown>): void {
  const columns = [...cells.keys()].sort((a, b) => a - b);
  let start = 0;
  while (start < columns.length) {
    let end = start;
    while (end + 1 < columns.length && columns[end + 1] === columns[end] + 1) end++;
    const run = columns.slice(start, end + 1).map((c) => cells.get(c));
    sheet.getRange(sheetRow, columns[start] + 1, 1, run.length).setValues([run as never[]]);
    start = end + 1;
  }
}
