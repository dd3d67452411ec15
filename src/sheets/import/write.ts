import { isBlank } from '../../core/cells/text';
import { lastUsedRow, runs, writeColumns } from '../blocks';
import { formula, writeCells, type CellInput } from '../literal';
import { FIRST_DATA_ROW, type Table } from '../table';

/** Some cells of one data row (0-based, as read into `table`) to change, by column id. */
export interface RowChanges {
  row: number;
  changes: ReadonlyMap<string, CellInput>;
}

/**
 * The changed cells, one block per run of adjacent columns spanning the first to the last changed
 * row: a cell of the block that does not change is written back as read (under the lock nobody
 * changed it since), and one holding a formula keeps its formula. Calls: one getFormulas and one
 * write per run of columns, whatever the number of projects changed and where they are.
 */
export function writeChanges(table: Table, updates: readonly RowChanges[]): void {
  if (!updates.length) return;
  const columns = new Map<number, string>();
  for (const u of updates) for (const c of u.changes.keys()) columns.set(table.columns.get(c)!, c);
  const byRow = new Map(updates.map((u) => [u.row, u.changes]));
  const first = Math.min(...byRow.keys());
  const last = Math.max(...byRow.keys());
  for (const run of runs([...columns.keys()])) {
    const range = table.sheet.getRange(FIRST_DATA_ROW + first, run[0] + 1, last - first + 1, run.length);
    const formulas = range.getFormulas();
    const block = formulas.map((line, r) =>
      run.map((at, k): CellInput => {
        const changed = byRow.get(first + r)?.get(columns.get(at)!);
        if (changed !== undefined) return changed;
        if (line[k]) return formula(line[k]);
        const v = table.rows[first + r][at];
        return isBlank(v) ? null : (v as CellInput);
      }),
    );
    writeCells(range, block);
  }
}

/**
 * New rows after the table's last used row, growing the sheet when it is too short: one write per
 * run of adjacent columns (column id → one value per new row; columns not given are not touched).
 */
export function appendRows(table: Table, count: number, columns: ReadonlyMap<string, readonly unknown[]>): void {
  if (!count) return;
  const firstRow = FIRST_DATA_ROW + lastUsedRow(table) + 1;
  const lastRow = firstRow + count - 1;
  const maxRows = table.sheet.getMaxRows();
  if (lastRow > maxRows) table.sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const cells = new Map<number, readonly unknown[]>();
  for (const [id, values] of columns) {
    const at = table.columns.get(id);
    if (at !== undefined) cells.set(at, values);
  }
  writeColumns(table.sheet, firstRow, cells);
}
