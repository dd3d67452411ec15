/**
 * A1 references moved as Sheets moves them when a row or column is inserted or deleted: the fake
 * moves the cells but keeps formulas as stored text (dev/gas-fake/index.ts), so the playground shifts
 * them itself, in every formula of the workbook, as Sheets does when a person inserts a column.
 *
 * Handled: `A1`, `$A$1`, `A1:B2`, open ranges `E2:P` and `A:A`, `1:1`, with or without a sheet
 * (`'Grille AMI'!E2:P`, `SRL!A1`). Text in double quotes is left alone, and so are names that merely
 * look like references (`LOG10(`, `SEUIL_SRL`). A reference to a deleted row or column itself is left
 * as it is (Sheets would show #REF!): the playground deletes only the rows and columns it inserted.
 */

export interface Shift {
  /** The sheet whose rows or columns move. */
  sheet: string;
  dimension: 'row' | 'column';
  /** 1-based: inserted before `at`, or `at` deleted. */
  at: number;
  /** +n: n inserted before `at`; -1: `at` deleted. */
  count: number;
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_\u00c0-\u024f][\w.\u00c0-\u024f]*))!`;
const PART = String.raw`(\$?)([A-Z]{1,3})?(\$?)(\d+)?`;
const REFERENCE = new RegExp(`(?:${SHEET})?${PART}(?::${PART})?`, 'y');

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const columnLetters = (n: number) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function moved(index: number, shift: Shift): number {
  if (shift.count > 0) return index >= shift.at ? index + shift.count : index;
  return index > shift.at ? index + shift.count : index;
}

/** One side of a reference (`$A$1`, `E`, `2`) with its column or row moved. */
function part(dollarCol: string, col: string | undefined, dollarRow: string, row: string | undefined, shift: Shift): string {
  const c = col === undefined ? '' : shift.dimension === 'column' ? columnLetters(moved(columnNumber(col), shift)) : col;
  const r = row === undefined ? '' : shift.dimension === 'row' ? String(moved(Number(row), shift)) : row;
  return `${dollarCol}${c}${dollarRow}${r}`;
}

/** `formula`, on sheet `home`, with its references to `shift.sheet` moved. */
export function shiftReferences(formula: string, home: string, shift: Shift): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // A text literal ("" is a quote inside it): copied as is.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const before = i === 0 ? '' : formula[i - 1];
    REFERENCE.lastIndex = i;
    const m = /[\w.$]/.test(before) ? null : REFERENCE.exec(formula);
    const [all = '', quoted, bare, d1 = '', c1, e1 = '', r1, d2 = '', c2, e2 = '', r2] = m ?? [];
    const after = formula[i + all.length] ?? '';
    const range = c2 !== undefined || r2 !== undefined;
    // A cell (`A1`), or a range whose sides are each a column, a row or a cell (`E2:P`, `A:A`, `1:1`).
    const isReference = all !== '' && !/[\w(!'.]/.test(after) && (range ? c1 !== undefined || r1 !== undefined : c1 !== undefined && r1 !== undefined);
    if (!isReference) {
      // Not a reference: the whole word is copied, so that its tail is not read as one (`LOG10`, `SEUIL_SRL`).
      const word = /^[\w.$\u00c0-\u024f]+/.exec(formula.slice(i));
      const piece = word ? word[0] : ch;
      out += piece;
      i += piece.length;
      continue;
    }
    const prefix = quoted !== undefined ? `'${quoted}'!` : bare !== undefined ? `${bare}!` : '';
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? home);
    if (sheet !== shift.sheet) out += all;
    else out += prefix + part(d1, c1, e1, r1, shift) + (range ? `:${part(d2, c2, e2, r2, shift)}` : '');
    i += all.length;
  }
  return out;
}
