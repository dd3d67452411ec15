import type { Lang, Text } from '../core/i18n';
import { isBlank } from '../core/cells/text';
import { Problem } from '../core/problem';
import { incomplete, located, WARNING } from './messages';
import { fromGrid, type Grid } from './shapes';

/** A row's result: its cells, or a status (e.g. incomplete) shown as "⚠ …" in the first cell. */
export type RowResult = unknown[] | { status: Text };

/** A bad value found in one cell of a row; the adapter adds the function, row and column. */
export class CellProblem extends Error {
  constructor(
    readonly column: number,
    readonly problem: Problem,
    /** The 1-based row of another range the cell is in (an assessment row, contract v2), named even in a single-row call. */
    readonly row?: number,
  ) {
    super(problem.message);
  }
}

/** Parses cell `i` of a row; a rejection is tagged with its column for the message. */
export function cell<T>(cells: readonly unknown[], i: number, parse: (v: unknown) => T): T {
  try {
    return parse(cells[i]);
  } catch (e) {
    if (e instanceof Problem) throw new CellProblem(i, e);
    throw e;
  }
}

/** Each cell of a row parsed on its own (a blank stays blank): a function that converts a range cell by cell. */
export function eachCell<T>(parse: (v: unknown) => T): (cells: readonly unknown[]) => (T | '')[] {
  return (cells) => cells.map((c, i) => (isBlank(c) ? '' : cell(cells, i, parse)));
}

/**
 * Parses every cell of a row that must be complete. A row with blanks gets the "incomplete" status
 * (not an error: scoring is often in progress) — but a typo in a filled cell is still reported, as
 * it is what the reviewer has to fix.
 */
export function readAll<T>(cells: readonly unknown[], parse: (v: unknown, column: number) => T, what: Text): T[] | { status: Text } {
  // The column is passed on: a parser may accept different words per column (the checklist's answers).
  const parsed = cells.map((c, i) => (isBlank(c) ? undefined : cell(cells, i, (v) => parse(v, i))));
  const filled = parsed.filter((v) => v !== undefined).length;
  return filled < cells.length ? { status: incomplete(filled, cells.length, what) } : (parsed as T[]);
}

/** A call-level error (wrong shape, bad option): the whole call is invalid and Sheets shows #ERROR!. */
export class CallError extends Error {
  constructor(fn: string, lang: Lang, message: Text) {
    super(located(fn, lang, {}, message[lang]));
    this.name = 'Error';
  }
}

export interface RowwiseSpec {
  name: string;
  /** The table read row by row (cells of each row concatenated), after the runner checked its shape. */
  table: Grid;
  lang: Lang;
  outWidth: number;
  /** Header of input column `i`, for messages. */
  columnName(i: number, lang: Lang): string;
  row(cells: unknown[]): RowResult;
  /** Default: every cell blank. Blank rows (open-ended ranges bring thousands) give blank results. */
  isBlankRow?(cells: unknown[]): boolean;
}

/**
 * The one adapter every custom function goes through: blank rows stay blank, a bad value throws
 * in a single-row call and becomes a "⚠ …" cell in a multi-row call (so one typo never blanks the
 * other projects' results), and a status fills the first cell of its row.
 */
export function rowwise(spec: RowwiseSpec): unknown {
  const { table, outWidth, lang } = spec;
  const single = table.length === 1;
  const blankRow = Array.from({ length: outWidth }, () => '');
  const isBlankRow = spec.isBlankRow ?? ((cells: unknown[]) => cells.every(isBlank));
  const out: Grid = new Array(table.length);
  for (let r = 0; r < table.length; r++) {
    const cells = table[r];
    if (isBlankRow(cells)) {
      out[r] = blankRow.slice();
      continue;
    }
    // A status from an upstream function (`=SRL_PHASE(SRL_LEVEL(…))`) passes through unchanged:
    // the first message says what to fix, a second one quoting it would only hide it.
    const upstream = cells.find(isStatus);
    if (upstream !== undefined) {
      out[r] = statusRow(upstream as string, outWidth);
      continue;
    }
    try {
      const result = spec.row(cells);
      if (Array.isArray(result) && result.some(isNotFinite)) {
        // Huge inputs (1e308 €) overflow to Infinity/NaN, which Sheets cannot show as a number.
        const message = located(spec.name, lang, { row: single ? undefined : r + 1 }, OVERFLOW[lang]);
        if (single) throw new Error(message);
        out[r] = statusRow(WARNING + message, outWidth);
        continue;
      }
      out[r] = Array.isArray(result) ? result : statusRow(WARNING + result.status[lang], outWidth);
    } catch (e) {
      if (!(e instanceof CellProblem)) throw e;
      const row = e.row ?? (single ? undefined : r + 1);
      const message = located(spec.name, lang, { row, column: spec.columnName(e.column, lang) }, e.problem.render(lang));
      if (single) throw new Error(message);
      out[r] = statusRow(WARNING + message, outWidth);
    }
  }
  return fromGrid(out);
}

const OVERFLOW: Text = {
  fr: 'le résultat dépasse la capacité d’un nombre : une valeur est beaucoup trop grande',
  en: 'the result overflows a number: a value is far too large',
};

const isStatus = (v: unknown) => typeof v === 'string' && v.startsWith(WARNING);

const isNotFinite = (v: unknown) => typeof v === 'number' && !Number.isFinite(v);

function statusRow(text: string, width: number): unknown[] {
  const row: unknown[] = Array.from({ length: width }, () => '');
  row[0] = text;
  return row;
}
