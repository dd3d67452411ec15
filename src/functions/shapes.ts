/**
 * Sheets' calling convention: one cell arrives as a scalar, a range as a 2-D array (rows × columns),
 * an empty cell as "". Everything below works on 2-D arrays.
 */
export type Grid = unknown[][];

export function toGrid(arg: unknown): Grid {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return [['']];
  return Array.isArray(arg[0]) ? (arg as Grid) : [arg];
}

export function isScalar(arg: unknown): boolean {
  return !Array.isArray(arg) || (toGrid(arg).length === 1 && toGrid(arg)[0].length === 1);
}

/** What Sheets shows for a 1×1 result is the same either way; a scalar nests better in other formulas. */
export function fromGrid(grid: Grid): unknown {
  return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
}

/** The values of a row or a column (or a single cell) as a flat list; undefined for any other shape. */
export function toVector(arg: unknown): unknown[] | undefined {
  const grid = toGrid(arg);
  if (grid.length === 1) return grid[0];
  if (grid.every((row) => row.length === 1)) return grid.map((row) => row[0]);
  return undefined;
}
