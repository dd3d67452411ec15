import { DetailedCellError, type HyperFormula, type RawCellContent, type SimpleCellAddress, type SimpleCellRange } from 'hyperformula';
import type { Addon } from '../addon/load';
import type { GasFake, SheetSnapshot } from '../gas-fake';
import { columnToLetters } from '../gas-fake';
import { parseHeaderFormula } from '../../src/sheets/templates/a1';
import { createFormulaEngine, DATE_TYPES, serialToDate, useAddon } from './formula-engine';

/**
 * Evaluates every formula of the in-memory workbook with the formula engine (our custom functions
 * run from the built dist/Code.js) and writes the results back into the fake, as Sheets would show
 * them: a formula cell gets its value, a spilled array fills the cells below/right of it (marked as
 * computed, so the next evaluation does not mistake them for data), an error becomes `#ERROR!`.
 *
 * Two translations bridge Sheets and HyperFormula:
 * - open-ended ranges (`C2:N`, Sheets only) get the referenced sheet's last row;
 * - the header idiom `={"Total AMI";AMI_SCORE(C2:N)}` (a header stacked on a computed column; a
 *   block's headers side by side in HSTACK, or `{"a","b";…}` in workbooks of earlier versions)
 *   becomes the header texts plus `=AMI_SCORE(C2:N…)` one row below: HyperFormula cannot put a
 *   function over a range inside an array literal, and the two are equivalent.
 * Dates cross as dates both ways: a date cell goes in typed as a date, reaches a custom function as a
 * Date, and a date result comes back into the fake as a Date (see formula-engine.ts).
 *
 * Formulas are parsed with `;` between arguments, the syntax the add-on writes (the same in every
 * locale); a formula with `,` between arguments does not parse here, as it may not in a French sheet.
 */

export interface FormulaError {
  sheet: string;
  row: number;
  col: number;
  error: string;
  message: string;
}

export interface Evaluation {
  formulas: number;
  errors: FormulaError[];
  /** Whether the workbook's engine was built anew or kept from the last evaluation (see KeptEngine). */
  engine: 'new' | 'kept';
}

const OPEN_RANGE = /((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3})(?![\w$(!:])/g;

/**
 * A stored value as engine input. Text that looks like a formula (`=IMPORTXML(…)` written as literal
 * text) must stay text: HyperFormula, like typing, reads a leading `'` as "this is text". So must
 * text that looks like a date or a time (`15/03/2025`, `12:30`): HyperFormula would make it a date,
 * while the fake keeps a string written by a script as text (see dev/gas-fake/values.ts), and a
 * custom function must receive it as text, as in a plain-text column. A date cell goes in as a Date
 * (HyperFormula keeps its local day and time, typed as a date: see formula-engine.ts).
 */
const DATE_LIKE_TEXT = /\d\s*[-/. ]\s*\d+\s*[-/. ]\s*\d|\d\s*:\s*\d/;

function engineValue(raw: unknown): unknown {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return /^[='+-]/.test(raw) || DATE_LIKE_TEXT.test(raw) ? `'${raw}` : raw;
  if (typeof raw === 'object') {
    const iso = '$date' in raw ? (raw as { $date: string | null }).$date : null;
    return iso === null ? null : new Date(iso);
  }
  return raw;
}

function lastDataRow(s: SheetSnapshot): number {
  const rows = Math.max(s.values?.length ?? 0, s.formulas?.length ?? 0);
  for (let r = rows - 1; r >= 0; r--) {
    const filled = (c: number) => !!s.formulas?.[r]?.[c] || (!s.computed?.[r]?.[c] && (s.values?.[r]?.[c] ?? '') !== '');
    const width = Math.max(s.values?.[r]?.length ?? 0, s.formulas?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) if (filled(c)) return Math.max(r + 1, 2);
  }
  return 2;
}

function unquote(sheetRef: string): string {
  const name = sheetRef.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * The fake's optional calculator (test-only): from now on `SpreadsheetApp.flush()` evaluates the
 * whole workbook as Sheets would have by then, so code that writes a formula, flushes and reads it
 * back sees a result. Without it the fake computes nothing (formula cells read ''). Returns the undo.
 */
export function calculateOnFlush(fake: GasFake, addon: Addon): () => void {
  const previous = fake.hooks.onFlush;
  fake.hooks.onFlush = () => void evaluateWorkbook(fake, addon);
  return () => {
    fake.hooks.onFlush = previous;
  };
}

export function evaluateWorkbook(fake: GasFake, addon: Addon): Evaluation {
  const { inputs, named, snap, headerTexts, formulas } = engineInputs(fake);
  const shape = JSON.stringify([Object.keys(inputs), named]);
  let engine = kept.get(fake);
  const changes = engine && engine.addon === addon && engine.shape === shape ? changedCells(engine.inputs, inputs) : null;
  const edits = engine && changes ? valuesTyped(engine.hf, changes) : null;
  if (engine && edits) {
    const { hf } = engine;
    useAddon(addon);
    hf.batch(() => {
      for (const e of edits) hf.setCellContents(e.at, e.value as RawCellContent);
    });
    engine.inputs = inputs;
  } else {
    // Any other change (see valuesTyped), or the first evaluation: a whole build.
    engine?.hf.destroy();
    engine = { hf: createFormulaEngine(addon, inputs, 'addon', named), addon, inputs, shape };
    kept.set(fake, engine);
  }
  return { ...writeBack(fake, engine.hf, snap.sheets, headerTexts, formulas), engine: edits ? 'kept' : 'new' };
}

/**
 * The engine of a workbook, kept from one evaluation to the next with the inputs it was given: the
 * next evaluation gives it only the cells whose input changed, and it recomputes what depends on
 * them, as Sheets does after an edit (a 10,000-project workbook: seconds instead of a whole build).
 * A new engine is built when the sheets, the named ranges or the add-on changed, or too many cells
 * did (rows inserted or sorted: every cell below moves).
 */
interface KeptEngine {
  hf: HyperFormula;
  addon: Addon;
  inputs: Record<string, unknown[][]>;
  /** The sheets' names in order and the named ranges, as JSON. */
  shape: string;
}
const kept = new WeakMap<GasFake, KeptEngine>();

/** Beyond this many changed cells a new engine is cheaper than setting them one by one. */
const MAX_CHANGES = 5000;

/**
 * The changes as edits for the kept engine when each is a value typed over a value; else null (a new
 * engine). A formula written, changed or removed, a cell emptied, or a value in a spilled array's
 * cells may change where arrays spill; a new engine settles that as a whole build does, where the kept
 * one was seen not to (a workbook of an earlier layout, its formulas rewritten by setup: a spilled
 * total left blank in test/engine/previous-workbook.test.ts).
 */
function valuesTyped(hf: HyperFormula, changes: readonly Change[]): { at: SimpleCellAddress; value: unknown }[] | null {
  const formula = (v: unknown) => typeof v === 'string' && v.startsWith('=');
  const edits: { at: SimpleCellAddress; value: unknown }[] = [];
  for (const c of changes) {
    const sheet = hf.getSheetId(c.sheet);
    if (sheet === undefined || formula(c.was) || formula(c.value) || c.value === null) return null;
    const at = { sheet, row: c.row, col: c.col };
    if (hf.isCellPartOfArray(at)) return null;
    edits.push({ at, value: c.value });
  }
  return edits;
}

/** The same input: dates by their time, everything else as is. */
const sameInput = (a: unknown, b: unknown) => a === b || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());

/** A cell whose input changed: where (in the kept engine), what it held, what it holds now (null: empty). */
interface Change {
  sheet: string;
  row: number;
  col: number;
  was: unknown;
  value: unknown;
}

/** The cells whose input differs (0-based); null when more than MAX_CHANGES. */
function changedCells(before: Record<string, unknown[][]>, after: Record<string, unknown[][]>): Change[] | null {
  const changes: Change[] = [];
  for (const [sheet, rows] of Object.entries(after)) {
    const old = before[sheet] ?? [];
    for (let r = 0; r < Math.max(rows.length, old.length); r++) {
      const line = rows[r] ?? [];
      const was = old[r] ?? [];
      for (let c = 0; c < Math.max(line.length, was.length); c++) {
        const value = line[c] ?? null;
        if (sameInput(value, was[c] ?? null)) continue;
        if (changes.push({ sheet, row: r, col: c, was: was[c] ?? null, value }) > MAX_CHANGES) return null;
      }
    }
  }
  return changes;
}

/**
 * The custom-function runs one edit causes in Sheets, which recomputes the formulas that depend on
 * the edited cell (directly or through other formulas), each custom function in them running once.
 * Read from HyperFormula's dependency graph rather than counted while it recomputes: HyperFormula
 * also recomputes, after any edit, every formula reading a named range (AMI_POIDS, LANGUE…), which
 * Sheets does not. `row` and `column` are 1-based.
 */
export function runsAfterEdit(fake: GasFake, addon: Addon, sheetName: string, row: number, column: number): Record<string, number> {
  const { inputs, named } = engineInputs(fake);
  const hf = createFormulaEngine(addon, inputs, 'addon', named);
  try {
    const names = new Set(addon.customFunctionNames());
    const runs: Record<string, number> = {};
    const seen = new Set<string>();
    const key = (a: SimpleCellAddress | SimpleCellRange) => JSON.stringify(a);
    const queue: (SimpleCellAddress | SimpleCellRange)[] = [{ sheet: hf.getSheetId(sheetName)!, row: row - 1, col: column - 1 }];
    while (queue.length) {
      for (const next of hf.getCellDependents(queue.shift()!)) {
        if (seen.has(key(next))) continue;
        seen.add(key(next));
        queue.push(next);
        const formula = 'start' in next ? undefined : hf.getCellFormula(next);
        for (const m of formula?.matchAll(/([A-Z_]+)\(/g) ?? []) if (names.has(m[1])) runs[m[1]] = (runs[m[1]] ?? 0) + 1;
      }
    }
    return runs;
  } finally {
    hf.destroy();
  }
}

/** What the engine is given: each sheet's cells (formulas translated) and the named ranges. */
function engineInputs(fake: GasFake) {
  const snap = fake.snapshot();
  // An open range ends at its sheet's last row of data, not of the grid: rows past it are blank in
  // Sheets too (their results are ""), and the engine does not compute a thousand empty rows.
  const heights = new Map(snap.sheets.map((s) => [s.name.toLowerCase(), lastDataRow(s)]));
  const closeRanges = (formula: string, own: string) =>
    formula.replace(OPEN_RANGE, (match, sheetRef: string | undefined, start: string, endCol: string) => {
      const height = heights.get((sheetRef ? unquote(sheetRef) : own).toLowerCase());
      if (!height) return match;
      // A range that starts below the data still needs one row to be a range.
      const startRow = Number(start.replace(/\D/g, ''));
      return `${sheetRef ?? ''}${start}:${endCol}${Math.max(height, startRow)}`;
    });

  // What HyperFormula evaluates, and which cells of the fake receive a result.
  const inputs: Record<string, unknown[][]> = {};
  const headerTexts = new Map<string, HeaderCell>();
  let formulas = 0;
  for (const s of snap.sheets) {
    const rows = Math.max(s.values?.length ?? 0, s.formulas?.length ?? 0);
    const grid: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const width = Math.max(s.values?.[r]?.length ?? 0, s.formulas?.[r]?.length ?? 0);
      const line: unknown[] = [];
      for (let c = 0; c < width; c++) {
        const formula = s.formulas?.[r]?.[c] ?? '';
        const computed = s.computed?.[r]?.[c] ?? false;
        const raw = s.values?.[r]?.[c] ?? null;
        if (formula) formulas++;
        line.push(formula ? formula : computed ? null : engineValue(raw));
      }
      grid.push(line);
    }
    // Second pass: idiom rewrite (may write into the row below) and open-ended ranges.
    grid.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (typeof cell !== 'string' || !cell.startsWith('=')) return;
        const idiom = parseHeaderFormula(cell);
        if (!idiom) {
          line[c] = closeRanges(cell, s.name);
          return;
        }
        idiom.headers.forEach((h, k) => {
          line[c + k] = h;
          headerTexts.set(`${s.name}\u0000${r + 1}\u0000${c + 1 + k}`, { text: h, body: { row: r + 1, col: c }, first: k === 0 });
        });
        while (grid.length <= r + 1) grid.push([]);
        grid[r + 1][c] = `=${closeRanges(idiom.body, s.name)}`;
      }),
    );
    inputs[s.name] = grid;
  }

  const named = snap.namedRanges.flatMap((n) => {
    const sheet = snap.sheets.find((s) => s.id === n.ref.sheetId);
    if (!sheet) return [];
    const a1 = `'${sheet.name.replace(/'/g, "''")}'!$${columnToLetters(n.ref.col)}$${n.ref.row}:$${columnToLetters(n.ref.col + n.ref.numCols - 1)}$${n.ref.row + n.ref.numRows - 1}`;
    return [{ name: n.name, expression: `=${a1}` }];
  });
  return { inputs, named, snap, headerTexts, formulas };
}

/** A header cell of the idiom: its text, where the body formula went (0-based), and whether it holds the formula. */
interface HeaderCell {
  text: string;
  body: { row: number; col: number };
  first: boolean;
}

/**
 * What a header cell shows: its text — or, when the formula cannot be parsed, Sheets' `#ERROR!` in the
 * formula's cell (a parse error anywhere fails the whole cell, the header included) and nothing beside.
 */
function headerShown(hf: HyperFormula, sheet: number, header: HeaderCell): string {
  const body = hf.getCellValue({ sheet, ...header.body });
  const unparsable = body instanceof DetailedCellError && body.type === 'ERROR' && body.message.startsWith('Parsing error');
  if (!unparsable) return header.text;
  return header.first ? body.value : '';
}

function writeBack(
  fake: GasFake,
  hf: HyperFormula,
  sheets: readonly SheetSnapshot[],
  headers: Map<string, HeaderCell>,
  formulas: number,
): Omit<Evaluation, 'engine'> {
  const errors: FormulaError[] = [];
  for (const s of sheets) {
    const id = hf.getSheetId(s.name)!;
    const values = hf.getSheetValues(id);
    const wasComputed = (r: number, c: number) => s.computed?.[r]?.[c] ?? false;
    const hasFormula = (r: number, c: number) => !!s.formulas?.[r]?.[c];
    const height = Math.max(values.length, s.computed?.length ?? 0);
    for (let r = 0; r < height; r++) {
      const width = Math.max(values[r]?.length ?? 0, s.computed?.[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const address = { sheet: id, row: r, col: c };
        const header = headers.get(`${s.name}\u0000${r + 1}\u0000${c + 1}`);
        const result = values[r]?.[c] ?? null;
        const engineCell = hasFormula(r, c) || header !== undefined || hf.doesCellHaveFormula(address) || hf.isCellPartOfArray(address);
        if (header !== undefined) {
          fake.setComputedValue(s.name, r + 1, c + 1, headerShown(hf, id, header));
        } else if (engineCell) {
          if (result instanceof DetailedCellError) {
            errors.push({ sheet: s.name, row: r + 1, col: c + 1, error: result.value, message: result.message });
            fake.setComputedValue(s.name, r + 1, c + 1, result.value);
          } else if (typeof result === 'number' && DATE_TYPES.has(hf.getCellValueDetailedType(address))) {
            // A date result (a custom function's Date, TODAY(), a date plus days) reads back as a Date, as in Sheets.
            fake.setComputedValue(s.name, r + 1, c + 1, serialToDate(result));
          } else {
            fake.setComputedValue(s.name, r + 1, c + 1, result === null ? '' : (result as string | number | boolean));
          }
        } else if (wasComputed(r, c)) {
          // A spill that shrank (fewer projects): its old cells are empty again.
          fake.setComputedValue(s.name, r + 1, c + 1, null);
        }
      }
    }
  }
  return { formulas, errors };
}
