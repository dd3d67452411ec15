import { headerKey, matchColumns } from '../headers';
import type { SheetId, SheetSpec } from '../schema';
import { headersOfFormula } from './a1';
import { type ComputedFormula, formulasWhere } from './formulas';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Row 1 of a sheet: what each header cell shows, and its formula (computed columns hold one). */
export interface HeaderRow {
  texts: string[];
  formulas: string[];
  /** What each cell shows (a formula's result, e.g. `#ERROR!` when it cannot be parsed). */
  shown?: string[];
  /** Columns in use in the whole sheet, header or data (getLastColumn). */
  used?: number;
}

/**
 * Reads the header row in two block reads. A computed column's header cell holds its formula
 * (`={"Total AMI";…}`); its text is read from the formula itself, so a column is recognised even
 * before Sheets has evaluated it or when the formula shows an error. Cells a block formula spills
 * its other headers into take them from the formula on their left.
 */
export function readHeader(sheet: Sheet): HeaderRow {
  const width = sheet.getLastColumn();
  if (width === 0) return { texts: [], formulas: [] };
  const range = sheet.getRange(1, 1, 1, width);
  return { ...headerRowOf(range.getValues()[0], range.getFormulas()[0]), used: width };
}

/** The header row from row 1's values and formulas already read (see readHeader). */
export function headerRowOf(row: readonly unknown[], rowFormulas: readonly unknown[]): HeaderRow {
  const formulas = rowFormulas.map(String);
  const texts = row.map((v) => (v === null || v === undefined ? '' : String(v)));
  const shown = texts.slice();
  formulas.forEach((f, i) => {
    headersOfFormula(f).forEach((h, k) => {
      const spilledInto = k > 0 && !formulas[i + k] && !texts[i + k];
      if (k === 0 || spilledInto) texts[i + k] = h;
    });
  });
  for (let i = 0; i < texts.length; i++) formulas[i] ??= '';
  return { texts, formulas, shown };
}

/** Where a sheet's columns are, after the template appends the missing ones at the end. */
export interface SheetLayout {
  spec: SheetSpec;
  /** The sheet, or null while it is still to be created. */
  sheet: Sheet | null;
  name: string;
  header: HeaderRow;
  /** 0-based position of every column of the spec, found or to be appended. */
  columns: Map<string, number>;
  /** Columns appended at the end (spec order), because no header matched them. */
  added: string[];
  /** Number of columns used once the missing ones are appended. */
  width: number;
  /** Columns several headers answered to: appended like missing ones, the users' columns left alone. */
  ambiguous: Map<string, number[]>;
  /** The computed columns' formulas where the columns are (a block or its split form, see formulasWhere). */
  formulas: readonly ComputedFormula[];
}

/**
 * Finds the spec's columns in the header row (by name, in any order, among users' own columns) and
 * places the missing ones after the last used column (header or data). A block formula's columns (VC_MIX's three)
 * stand or fall together: their place is where the formula spills.
 */
export function planLayout(
  spec: SheetSpec,
  sheet: Sheet | null,
  name: string,
  header: HeaderRow,
  // A sheet outside the workbook's template (a custom grid's, sheets/grids) brings its own formulas.
  computed: (located: ReadonlyMap<string, number>) => readonly ComputedFormula[] = (located) => formulasWhere(spec.id as SheetId, located),
): SheetLayout {
  const { found: located, ambiguous } = matchColumns(spec, header.texts);
  const formulas = computed(located);
  for (const f of formulas) {
    if (f.columns.length < 2) continue;
    const first = located.get(f.columns[0]);
    f.columns.slice(1).forEach((id, k) => {
      if (first === undefined) located.delete(id);
      else located.set(id, first + k + 1);
    });
  }
  // After the last used column, header or data: a user's column without a header keeps its data.
  let width = Math.max(
    header.used ?? 0,
    header.texts.reduce((w, t, i) => (t !== '' || header.formulas[i] !== '' ? i + 1 : w), 0),
  );
  for (const i of located.values()) width = Math.max(width, i + 1);
  const added: string[] = [];
  const columns = new Map(located);
  for (const c of spec.columns) {
    if (columns.has(c.id)) continue;
    columns.set(c.id, width++);
    added.push(c.id);
  }
  return { spec, sheet, name, header, columns, added, width, ambiguous, formulas };
}

/**
 * Whether the header cell of `columnId`, a column a block formula spills into, must be emptied so that
 * the block can spill (else #REF!): it names that very column, in a header formula of its own (an
 * earlier version's, when the column had its own formula: Projets' lookups, one per column) or, when
 * the block's formula is being written (`blockWritten`), as plain text (typed headers). A cell the
 * block already spills into reads as plain text too, hence the condition. Any other content is a
 * user's and stays; the workbook check names it as what stops the spill.
 */
export function holdsSpilledHeader(layout: SheetLayout, columnId: string, blockWritten: boolean): boolean {
  const at = layout.columns.get(columnId);
  if (at === undefined) return false;
  const formula = layout.header.formulas[at] ?? '';
  if (!formula && !blockWritten) return false;
  const shown = formula ? headersOfFormula(formula)[0] : layout.header.texts[at];
  const c = layout.spec.columns.find((x) => x.id === columnId)!;
  return !!shown && [c.header.fr, c.header.en, ...(c.aliases ?? [])].map(headerKey).includes(headerKey(shown));
}
