/**
 * A cell value as it crosses `google.script.run`: the bridge only carries primitives, arrays and
 * plain objects, so dates travel as ISO strings and an empty cell is `''` (what Sheets returns).
 */
export type CellJson = string | number | boolean;

/** The largest text Sheets accepts in one cell. */
export const MAX_CELL_TEXT = 50_000;

/** Blank as Sheets sees it: '' or only spaces. */
export function isBlankCell(value: CellJson | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Two cell values are the same when they show the same thing (blank = blank whatever its spaces). */
export function sameCell(a: CellJson | undefined, b: CellJson | undefined): boolean {
  if (isBlankCell(a) || isBlankCell(b)) return isBlankCell(a) && isBlankCell(b);
  return a === b;
}
