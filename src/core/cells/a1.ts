/**
 * A1 names of cells, for messages that say where a value is (« cellule F7 ») and for the formulas
 * the templates write (src/sheets/templates/a1.ts re-exports columnLetters). Pure: core names cells
 * without reaching the sheets layer.
 */

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A cell's A1 name from its 1-based row and 0-based column: (7, 5) → F7. */
export const cellName = (row: number, column: number): string => `${columnLetters(column)}${row}`;
