import { writeCells, type CellInput } from './literal';
import { isBlank } from '../core/cells/text';
import { FIRST_DATA_ROW, type Table } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Consecutive numbers grouped: [1,2,3,7,8] → [[1,2,3],[7,8]]. */
export function runs(positions: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const p of [...positions].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && p === last[last.length - 1] + 1) last.push(p);
    else out.push([p]);
  }
  return out;
}

/**
 * Writes whole columns of new rows (0-based column index → one value per row) with one setValues
 * per run of adjacent columns: the number of calls depends on the layout, never on the number of
 * rows. Columns not given (computed columns, users' own) are not touched. Text stays text (literal.ts;
 * `known` as in writeCells).
 */
export function writeColumns(
  sheet: Sheet,
  firstRow: number,
  columns: ReadonlyMap<number, readonly unknown[]>,
  known?: { noPlainText: boolean },
  ranges?: readonly GoogleAppsScript.Spreadsheet.Range[],
): void {
  columnBlocks(firstRow, columns).forEach(({ row, column, values }, i) =>
    writeCells(ranges?.[i] ?? sheet.getRange(row, column, values.length, values[0].length), values, known),
  );
}

/**
 * The blocks writeColumns writes, one per run of adjacent columns, left to right: 1-based row and
 * column of the top-left cell, and the values. A caller that already holds their ranges (from a
 * range list, in this order) passes them to writeColumns.
 */
export function columnBlocks(firstRow: number, columns: ReadonlyMap<number, readonly unknown[]>): { row: number; column: number; values: CellInput[][] }[] {
  const height = Math.max(0, ...[...columns.values()].map((v) => v.length));
  if (!height) return [];
  return runs([...columns.keys()]).map((run) => ({
    row: firstRow,
    column: run[0] + 1,
    values: Array.from({ length: height }, (_, r) => run.map((c) => columns.get(c)![r] as CellInput)),
  }));
}

/**
 * Changes some cells of one column (data-row index → new value): one setValues per run of
 * consecutive changed rows, touching the changed cells only. Cells between two runs are never
 * rewritten, so an edit someone made there since the read (or a formula) stays as it is. The number
 * of calls grows with the runs of changes, never with the number of rows.
 */
export function writeColumnChanges(sheet: Sheet, column: number, changes: ReadonlyMap<number, unknown>): void {
  for (const run of runs([...changes.keys()])) {
    writeCells(
      sheet.getRange(FIRST_DATA_ROW + run[0], column + 1, run.length, 1),
      run.map((r) => [changes.get(r) as CellInput]),
    );
  }
}

/**
 * The last data row (0-based) holding anything outside the computed columns, whose results span
 * every row; -1 when there is none. New rows go right after it.
 */
export function lastUsedRow(table: Table): number {
  const computed = new Set(table.spec.columns.filter((c) => c.kind === 'computed').map((c) => table.columns.get(c.id)));
  for (let r = table.rows.length - 1; r >= 0; r--) {
    if (table.rows[r].some((v, c) => !computed.has(c) && !isBlank(v))) return r;
  }
  return -1;
}
