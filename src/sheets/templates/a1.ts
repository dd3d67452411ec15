/**
 * A1 references for the formulas the templates write. A formula string written from Apps Script may
 * be parsed with the spreadsheet's locale conventions (evidence in the team's real-Sheets findings),
 * so every formula is written in the syntax both en_US and fr_FR read the same way: `;` between
 * arguments (accepted in every locale), `{a;b}` to stack rows (the same in both), never `{a,b}` or
 * `{a\b}` to put columns side by side (each locale's column separator fails in the other) — HSTACK
 * does it — and never a decimal literal (`0.8` or `0,8`): `8/10`, or a cell.
 */

// In core since core's messages name cells too (« cellule F7 », core/grids/definition.ts).
import { columnLetters } from '../../core/cells/a1';

export { columnLetters };

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
 * order (`E2:P`), else their columns side by side (`HSTACK(C2:C;E2:E;…)`) — workbooks made before
 * the scored columns were contiguous have a comment column beside each AMI criterion, and users may
 * reorder columns.
 */
export function dataColumns(indices: readonly number[], prefix = ''): string {
  const adjacent = indices.every((c, i) => i === 0 || c === indices[i - 1] + 1);
  if (adjacent) return `${prefix}${columnLetters(indices[0])}2:${columnLetters(indices[indices.length - 1])}`;
  return `HSTACK(${indices.map((c) => dataColumn(c, prefix)).join(';')})`;
}

/** A text literal inside a formula. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The formula of a computed column's header cell: the header text stacked on the column's results
 * (`={"Total AMI";AMI_SCORE(E2:P)}`). Sorting or filtering data rows can never move it, and its
 * results always start on row 2, aligned with the rows they were computed from. A block of several
 * columns (one function giving several result columns) has one header per column, side by side
 * through HSTACK (`={HSTACK("a";"b";"c");VC_MIX(…)}`): no locale-specific column separator.
 */
export function headerFormula(headers: readonly string[], body: string): string {
  const top = headers.length === 1 ? quoted(headers[0]) : `HSTACK(${headers.map(quoted).join(';')})`;
  return `={${top};${body}}`;
}

const TEXT = '"(?:[^"]|"")*"';
// `={"a";…}`, `={HSTACK("a";"b");…}` (written now) and `={"a","b";…}` (written by earlier versions,
// still in existing workbooks).
const HEADER_FORMULA = new RegExp(
  `^=\\s*\\{\\s*(${TEXT}|HSTACK\\(\\s*${TEXT}(?:\\s*[;,]\\s*${TEXT})*\\s*\\)|${TEXT}(?:\\s*,\\s*${TEXT})+)\\s*;([\\s\\S]+)\\}\\s*$`,
  'i',
);

/** A header formula's parts: the header texts it shows and the formula of the results below them. */
export function parseHeaderFormula(formula: string): { headers: string[]; body: string } | undefined {
  const m = HEADER_FORMULA.exec(formula);
  if (!m) return undefined;
  const headers = [...m[1].matchAll(/"((?:[^"]|"")*)"/g)].map((x) => x[1].replace(/""/g, '"'));
  return { headers, body: m[2].trim() };
}

/**
 * The header texts a header formula shows, read from the formula itself: what a header cell holds
 * whether or not the formula has been evaluated (or failed). Empty when it is not a header formula.
 */
export function headersOfFormula(formula: string): string[] {
  return parseHeaderFormula(formula)?.headers ?? [];
}

/**
 * The formula as Sheets means it, not as it is spelled: separators named by role (`;`/`,` between
 * arguments, `,`/`\` between array columns, `;` between array rows), whitespace and `$` dropped,
 * names upper-cased, sheet names unquoted. Sheets may hand back a formula written with `;` in its
 * English form (`,`), with `'SRL'!` as `SRL!`: the same formula. Text inside "…" counts as written.
 */
export function canonical(formula: string): string {
  let out = '';
  const brackets: string[] = [];
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out +=
        ch === '"'
          ? formula.slice(i, j + 1)
          : formula
              .slice(i + 1, j)
              .replace(/''/g, "'")
              .toUpperCase();
      i = j;
    } else if (ch === '$') {
    } else if (ch === '(' || ch === '{') {
      brackets.push(ch);
      out += ch;
    } else if (ch === ')' || ch === '}') {
      brackets.pop();
      out += ch;
    } else if (ch === ',' || ch === ';' || ch === '\\') {
      out += brackets.at(-1) === '{' ? (ch === ';' ? '⏎' : '→') : '·';
    } else if (!/\s/.test(ch)) {
      out += ch.toUpperCase();
    }
  }
  return out;
}

/** Whether two formulas are the same once each is read with its own separators (see canonical). */
export function sameFormula(a: string, b: string): boolean {
  return a === b || canonical(a) === canonical(b);
}
