import { AUTOMATIC_FORMAT, AUTOMATIC_FORMATS, FORMATS } from './formats';

type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Text that stays text, in real Sheets. Sheets reads a written string like typed input: `=…` becomes
 * a formula (formula injection), `+`, `-`, `@` may too, and `12/03`, `1e5`, `VRAI` or `mars 2024` may
 * turn into a date, a number or a boolean — in the spreadsheet’s locale, so a list of "risky"
 * prefixes would always miss one. The rule, right under every reading of
 * ../shared/notes/real-sheets-findings.md:
 *
 * - On any format but plain text (`@`), every user text is written with a leading apostrophe,
 *   always: there Sheets keeps the rest as literal text and stores no apostrophe (documented for the
 *   Automatic format). Always, because guessing what Sheets would convert is locale-dependent.
 * - Never `'…` into a `@` cell: there the apostrophe may stay visible (`'P-0001`, and the next
 *   generated ID would collide). A `@` cell keeps any text as typed, except possibly a leading `=`
 *   (a script-written formula, stricter reading) or `'` (hidden, lenient reading): a text starting
 *   with either is written with its apostrophe after that cell is turned to Automatic in the same
 *   batch; any other text is written there as it is.
 * - The add-on's own IDs (`P-0001`) cannot be misread under any format: written as they are, so a
 *   block of IDs needs no format read.
 *
 * The add-on lays its ID and text columns out on Automatic (formats.ts); `@` cells come from users or
 * from workbooks laid out by an earlier version (setup migrates its own columns).
 */

/** The add-on's generated project IDs: `P-` and digits. */
export const PROJECT_ID_PATTERN = /^P-(\d+)$/i;

/** A formula the add-on writes on purpose (header formulas): every other string is text. */
export interface Formula {
  readonly formula: string;
}

export const formula = (text: string): Formula => ({ formula: text });

/** One cell to write: text (kept as typed), a typed value, a formula, or blank. */
export type CellInput = string | number | boolean | Date | Formula | null | undefined;

const isFormula = (v: CellInput): v is Formula => typeof v === 'object' && v !== null && typeof (v as Formula).formula === 'string';

/** A text that needs to know its cell's format: anything but blank and the add-on's IDs. */
const needsFormat = (v: CellInput): boolean => typeof v === 'string' && v !== '' && !PROJECT_ID_PATTERN.test(v);

/** A text as written into a cell of any format but plain text (`@`): behind an apostrophe, which Sheets hides. */
export const literalText = (text: string): string => `'${text}`;

/** In a `@` cell, a text is safe as it is unless its first character may be read (`=` formula, `'` escape). */
const safeAsPlainText = (text: string): boolean => text[0] !== '=' && text[0] !== "'";

/**
 * Writes a block of cells with the rule above: one setValues, plus one getNumberFormats when the
 * block holds text other than IDs, plus one setNumberFormats only when a `@` cell receives a text
 * starting with `=` or `'`. O(1) calls whatever the size of the block. `noPlainText`: the caller
 * knows that no cell of the block is `@` (a sheet it created in this run and laid out without any),
 * so the formats are not read.
 */
export function writeCells(range: Range, values: readonly (readonly CellInput[])[], known?: { noPlainText: boolean }): void {
  const formats = !known?.noPlainText && values.some((row) => row.some(needsFormat)) ? range.getNumberFormats() : null;
  let reformat = false;
  const out = values.map((row, i) =>
    row.map((v, j): unknown => {
      if (v === null || v === undefined) return '';
      if (isFormula(v)) return v.formula;
      if (!needsFormat(v)) return v;
      const text = v as string;
      if (!formats || formats[i][j] !== FORMATS.text) return literalText(text);
      if (safeAsPlainText(text)) return text;
      formats[i][j] = AUTOMATIC_FORMAT;
      reformat = true;
      return literalText(text);
    }),
  );
  // Every other cell keeps its format; the Automatic ones are written back in the one form we write.
  if (reformat) range.setNumberFormats(formats!.map((row) => row.map((f) => (AUTOMATIC_FORMATS.has(String(f)) ? AUTOMATIC_FORMAT : f))));
  range.setValues(out as never[][]);
}

/** One cell, by the same rule. */
export function writeCell(range: Range, value: CellInput): void {
  writeCells(range, [[value]]);
}

/**
 * A value read from a cell as the user meant it: the leading apostrophe an earlier version left
 * visible in a `@` cell (`'P-0001`) is not part of it. Only for the add-on's ID and text columns,
 * where the add-on wrote that apostrophe itself.
 */
export function withoutStrayApostrophe(value: unknown): unknown {
  return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
}
