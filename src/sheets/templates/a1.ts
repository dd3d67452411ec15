/**
 * A1 references for the formulas the templates write. Apps Script's setFormula/setValues take the
 * English syntax whatever the spreadsheet's locale: `,` between arguments, `{a;b}` stacks rows,
 * `{a,b}` puts columns side by side. Sheets shows them translated to the user's locale.
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

/** `'Grille AMI'!` — always quoted (names have spaces and accents), quotes doubled. */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/** The data cells of a column, open-ended so rows added later are included: `C2:C`. */
export function dataColumn(index: number, prefix = ''): string {
  const c = columnLetters(index);
  return `${prefix}${c}2:${c}`;
}

/**
 * Several columns as one argument, in the given order: one range when they are adjacent and in
 * order (`C2:K`), else an array literal of columns (`{C2:C,E2:E,…}`) — the AMI criteria have a
 * comment column beside each, and users may reorder columns.
 */
export function dataColumns(indices: readonly number[], prefix = ''): string {
  const adjacent = indices.every((c, i) => i === 0 || c === indices[i - 1] + 1);
  if (adjacent) return `${prefix}${columnLetters(indices[0])}2:${columnLetters(indices[indices.length - 1])}`;
  return `{${indices.map((c) => dataColumn(c, prefix)).join(',')}}`;
}

/** A text literal inside a formula. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The formula of a computed column's header cell: the header text stacked on the column's results
 * (`={"Total AMI";AMI_SCORE(C2:N)}`). Sorting or filtering data rows can never move it, and its
 * results always start on row 2, aligned with the rows they were computed from. A block of several
 * columns (one function giving several result columns) has one header per column.
 */
export function headerFormula(headers: readonly string[], body: string): string {
  return `={${headers.map(quoted).join(',')};${body}}`;
}

const HEADER_FORMULA = /^=\s*\{\s*((?:"(?:[^"]|"")*"\s*,\s*)*"(?:[^"]|"")*")\s*;/;

/**
 * The header texts a header formula shows, read from the formula itself: what a header cell holds
 * whether or not the formula has been evaluated (or failed). Empty when it is not a header formula.
 */
export function headersOfFormula(formula: string): string[] {
  const m = HEADER_FORMULA.exec(formula);
  if (!m) return [];
  return [...m[1].matchAll(/"((?:[^"]|"")*)"/g)].map((x) => x[1].replace(/""/g, '"'));
}
