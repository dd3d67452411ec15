/**
 * What an array-literal formula shows in its own row without any formula engine: `={"Titre";…}` and
 * `={HSTACK("A";"B");…}` (the add-on's header formulas, `={"A","B";…}` in workbooks of earlier
 * versions) show their top row of text literals whatever the rows below compute, the first text in
 * the formula's cell and the others spilled to its right, as Sheets displays them. When a cell of that
 * row holds data (a value or a formula, not another formula's spilled result), Sheets cannot spill:
 * the formula's cell shows #REF! and nothing spills.
 *
 * Modelled because code that reads row 1's values alone (setup's check of a complete workbook) must
 * see what Sheets shows there: a header formula deleted, typed over or blocked changes row 1's values
 * in Sheets, and must in the fake too. The rows below stay '' until a formula engine computes them
 * (setComputedValue), as before.
 */
import type { Sheet } from './sheet';
import type { CellValue } from './types';

const TEXT = '"(?:[^"]|"")*"';
const SEP = '\\s*[;,\\\\]\\s*';
const TOP_ROW = new RegExp(
  `^=\\s*\\{\\s*(${TEXT}|HSTACK\\(\\s*${TEXT}(?:${SEP}${TEXT})*\\s*\\)|${TEXT}(?:\\s*[,\\\\]\\s*${TEXT})+)\\s*;[\\s\\S]+\\}\\s*$`,
  'i',
);
const parsed = new Map<string, readonly string[] | null>();

/** The texts of an array-literal formula's top row, or null when it is not one (or not only text). */
export function topRowOf(formula: string): readonly string[] | null {
  if (!formula.startsWith('=')) return null;
  let top = parsed.get(formula);
  if (top === undefined) {
    const m = TOP_ROW.exec(formula);
    top = m ? [...m[1].matchAll(/"((?:[^"]|"")*)"/g)].map((x) => x[1].replace(/""/g, '"')) : null;
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(formula, top);
  }
  return top;
}

/**
 * `grid` (the stored values of the block at row, col) with what array-literal formulas show in their
 * row filled in, in place. Only rows holding a formula are looked at: a data block reads as fast as before.
 */
export function showArrayLiterals(sheet: Sheet, row: number, col: number, grid: CellValue[][]): CellValue[][] {
  const width = grid[0]?.length ?? 0;
  for (let i = 0; i < grid.length; i++) {
    const formulas = sheet._formulas.rows[row - 1 + i];
    if (!formulas) continue;
    for (let a = 0; a < formulas.length; a++) {
      const top = formulas[a] ? topRowOf(formulas[a]) : null;
      if (!top) continue;
      const anchor = a + 1;
      const blocked = top.some((_, k) => k > 0 && occupied(sheet, row + i, anchor + k));
      const shown: readonly CellValue[] = blocked ? ['#REF!'] : top;
      shown.forEach((text, k) => {
        const j = anchor + k - col;
        if (j >= 0 && j < width && grid[i][j] === '' && !sheet._computed.get(row + i, anchor + k)) grid[i][j] = text;
      });
    }
  }
  return grid;
}

/** A cell holding data of its own: what blocks a spill (another formula's spilled result does not). */
function occupied(sheet: Sheet, row: number, col: number): boolean {
  return sheet._formulas.get(row, col) !== '' || (sheet._values.get(row, col) !== '' && !sheet._computed.get(row, col));
}

/** The last column an array-literal formula's top row spills into (0 when none): content, as Sheets counts it in getLastColumn. */
export function lastSpilledColumn(sheet: Sheet): number {
  let last = 0;
  sheet._formulas.rows.forEach((formulas, i) => {
    formulas?.forEach((f, a) => {
      const top = f ? topRowOf(f) : null;
      if (top && !top.some((_, k) => k > 0 && occupied(sheet, i + 1, a + 1 + k))) last = Math.max(last, Math.min(a + top.length, sheet._maxCols));
    });
  });
  return last;
}
