/**
 * Sheets' calling convention: one cell arrives as a scalar, a range as a 2-D array (rows × columns),
 * an empty cell as "". Everything below works on 2-D arrays.
 */
export type Grid = unknown[][];

export function toGrid(arg: unknown): Grid {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return [['']];
  if (!Array.isArray(arg[0])) return [arg];
  // Sheets always sends rows of arrays; anything else (a caller's nested formula result, a test)
  // gets each non-array row wrapped, so the adapter never calls array methods on a cell.
  return arg.every(Array.isArray) ? (arg as Grid) : arg.map((row) => (Array.isArray(row) ? row : [row]));
}

/**
 * The widest row. A loop, not `Math.max(...rows)`: spreading an open-ended range of a few hundred
 * thousand rows as arguments overflows the call stack (RangeError).
 */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  return width;
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
