import type { Lang, Text } from '../../core/i18n';
import { Problem } from '../../core/problem';
import { runs, writeColumnChanges } from '../blocks';
import { AUTOMATIC_FORMAT, AUTOMATIC_FORMATS, FORMATS, numberFormatOf } from '../formats';
import { formula as asFormula, withoutStrayApostrophe, writeCells, type CellInput } from '../literal';
import { column, WORKBOOK, type ColumnKind, type ColumnSpec, type SheetId } from '../schema';
import { REVIEWER_COLUMN } from '../../core/instruments/columns';
import { ambiguityText, checkHeaderRow } from '../table';
import { listedSheet, readWorkbook, type WorkbookRead } from '../workbook';
import { columnLetters, headerFormula, sameFormula } from './a1';
import { colourRules, isColoured, type ColourRules } from './colours';
import { formulaOf, readsOf, type Refs } from './formulas';
import { columnHelp, helpOptionsOf, otherHelps, validationRules, type ValidationRules } from './help';
import type { HelpOptions } from '../../core/instruments/kinds';
import { PARAMETER_NAMES } from './parameters';
import { holdsSpilledHeader, planLayout, readHeader, type SheetLayout } from './layout';
import { ensureParameters } from './parameters-sheet';
import { isComplete, rememberComplete, type SheetRows } from './fingerprint';
import { ensureDashboardSheet } from './dashboard-sheet';
import { leftAlone } from '../owned';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** What setupWorkbook did, for the message shown to the user. */
export interface SetupReport {
  createdSheets: string[];
  /** Columns re-added at the end of existing sheets (headers as written). */
  addedColumns: { sheet: string; headers: string[] }[];
  /** Instrument sheets of an earlier version (one row per project) that got the reviewer column: their rows are now unnamed assessments. */
  toAssessments: string[];
  /** Computed columns of existing sheets whose header formula was rewritten (typed over, out of date). */
  restoredFormulas: { sheet: string; headers: string[] }[];
  /** Things the user has to fix by hand (e.g. a column order a lookup cannot read). */
  problems: Text[];
}

export interface Workbook {
  layouts: Map<SheetId, SheetLayout & { sheet: Sheet }>;
  /** Template sheets this run inserted: no cell of theirs is plain text (`@`). */
  inserted: Set<SheetId>;
  report: SetupReport;
  /** The ranges `then.ranges` asked for, by sheet: only the sheets this run made (the others: none). */
  ranges: Map<SheetId, Range[]>;
  /** The settings (named ranges) this run wrote with the value `then.settings` gave. */
  settingsWritten: Set<string>;
}

/**
 * What the caller writes right after setup (loadDemo's rows), so that setup prepares it at no extra
 * call: `ranges` (A1, in the sheet) are fetched with the range list each sheet this run makes is
 * dressed through, rather than one getRange each afterwards; `settings` are written, with these
 * values instead of their defaults, where this run writes those settings.
 */
export interface SetupThen {
  ranges?: (layout: SheetLayout) => string[];
  settings?: Readonly<Record<string, string | number>>;
}

const COMPUTED_BACKGROUND = '#e8eaed';
const PROTECTION_NOTE: Text = {
  fr: 'Colonnes calculées par le module (formules dans les en-têtes)',
  en: 'Columns computed by the add-on (formulas in the headers)',
};

/**
 * Lays out whatever the template lacks and nothing else: missing sheets, missing columns (appended
 * after the users' columns), header formulas, notes, validations, formats, colours, protections,
 * frozen panes and named ranges. Everything is read and every formula built before the first write,
 * so a layout that cannot work stops nothing half-done; a second run finds nothing to add.
 * The sheets and named ranges are read once (`read`: the caller's, when it has read them) and kept
 * up to date as sheets are made. The caller holds the document lock.
 */
export function ensureWorkbook(ss: Spreadsheet, lang: Lang, read: WorkbookRead = readWorkbook(ss), then: SetupThen = {}): Workbook {
  const report = nothingAdded();
  const plans = WORKBOOK.map((spec) => {
    const found = listedSheet(read.sheets, spec);
    if (found) checkHeaderRow(found.sheet, spec);
    return planLayout(spec, found?.sheet ?? null, found ? found.name : spec.name[lang], found ? readHeader(found.sheet) : { texts: [], formulas: [] });
  });
  const byId = new Map(plans.map((p) => [p.spec.id, p]));
  const headerWrites = new Map(plans.map((p) => [p.spec.id, planHeaderCells(p, byId, lang, report)]));

  const reuse = reusableBlankSheet(read, plans);
  for (const plan of plans) {
    if (plan.sheet) {
      for (const [id, at] of plan.ambiguous)
        report.problems.push(ambiguityText({ sheet: plan.sheet, spec: plan.spec, header: plan.header.texts }, id, at, true));
      if (plan.added.length) report.addedColumns.push({ sheet: plan.name, headers: plan.added.map((id) => headerText(plan, id, lang)) });
      if (plan.added.includes(REVIEWER_COLUMN.id)) report.toAssessments.push(plan.name);
      continue;
    }
    if (plan.spec.id === 'projects' && reuse) {
      plan.sheet = reuse.sheet.setName(plan.name);
      reuse.name = plan.name;
    } else {
      plan.sheet = ss.insertSheet(plan.name, read.sheets.length);
      read.sheets.push({ sheet: plan.sheet, name: plan.name });
    }
    report.createdSheets.push(plan.name);
  }
  const layouts = new Map(plans.map((p) => [p.spec.id, p as SheetLayout & { sheet: Sheet }]));
  const created = new Set(report.createdSheets);
  const inserted = new Set(plans.filter((p) => created.has(p.name) && p.name !== reuse?.name).map((p) => p.spec.id));
  const options = helpOptionsOf(read.rangeByName(PARAMETER_NAMES.siatVariant));
  const rules = validationRules(lang, options);
  const colours = colourRules();
  const newSheetSize: NewSheetSize = {};
  const ranges = new Map<SheetId, Range[]>();
  // The new sheets' rules first, all together: sorted by criterion across sheets, each criterion is set once.
  rules(plans.filter((p) => created.has(p.name)).flatMap((p) => p.spec.columns.filter((c) => c.kind !== 'computed')));
  const rows = [...layouts.values()].map((layout) => {
    const cells = headerWrites.get(layout.spec.id)!;
    dressSheet(
      ss,
      layout,
      cells,
      lang,
      { fresh: created.has(layout.name), inserted: inserted.has(layout.spec.id) },
      read,
      rules,
      colours,
      newSheetSize,
      options,
      then.ranges,
      ranges,
    );
    return rowsAfter(layout, cells);
  });

  // Problems of the layout come back on every run until fixed: such a setup is not remembered as
  // complete. A user's sheet left alone is said once, when the add-on's is made beside it.
  const complete = report.problems.length === 0;
  const settingsWritten = new Set<string>();
  const [settings, dashboard] = [ensureParameters(ss, lang, read, then.settings, settingsWritten), ensureDashboardSheet(ss, lang, read)];
  for (const made of [settings, dashboard]) {
    if (!made) continue;
    report.createdSheets.push(made.name);
    if (made.userSheet) report.problems.push(leftAlone(made.userSheet, made.name));
  }
  if (report.createdSheets.length) ss.setActiveSheet(layouts.get('projects')!.sheet);
  if (complete) rememberComplete(rows, options, formulasFor([...layouts.values()]));
  return { layouts, inserted, report, ranges, settingsWritten };
}

/** Row 1 as read, with the header cells setup wrote over it. */
function rowsAfter(layout: SheetLayout, cells: Map<number, CellInput>): SheetRows {
  const width = Math.max(layout.width, layout.header.formulas.length);
  const values = Array.from({ length: width }, (_, i) => layout.header.shown?.[i] ?? layout.header.texts[i] ?? '');
  const formulas = Array.from({ length: width }, (_, i) => layout.header.formulas[i] ?? '');
  for (const [at, cell] of cells) {
    const isFormula = typeof cell === 'object' && cell !== null && 'formula' in cell;
    values[at] = isFormula ? '' : String(cell ?? '');
    formulas[at] = isFormula ? (cell as { formula: string }).formula : '';
  }
  const columns = layout.spec.columns.map((c) => layout.columns.get(c.id) ?? -1);
  return { id: layout.spec.id, name: layout.name, values, formulas, columns };
}

/** What setup reports when it has nothing to add. */
export const nothingAdded = (): SetupReport => ({ createdSheets: [], addedColumns: [], toAssessments: [], restoredFormulas: [], problems: [] });

/**
 * Whether the workbook is exactly as the last full setup left it, and so nothing to add (see
 * fingerprint.ts): reads only. Otherwise setupWorkbook runs the full layout (ensureWorkbook
 * remembers what it leaves).
 */
export function foundComplete(ss: Spreadsheet): boolean {
  return isComplete(ss, formulasFor);
}

/** Where each column is in these plans, for the formulas of `plan`'s sheet. */
function refsOf(plan: SheetLayout, plans: ReadonlyMap<SheetId, SheetLayout>): Refs {
  return {
    at: (id, sheet = plan.spec.id) => plans.get(sheet)!.columns.get(id)!,
    sheetName: (sheet) => plans.get(sheet)!.name,
  };
}

/**
 * The header formulas' bodies this version writes for these layouts, as one text (null when a layout
 * is one no formula can read: setup reports it). The fingerprint of a complete workbook keeps it, so
 * that a version that computes a column differently is never taken as complete: its setup runs in
 * full and writes the new formula (fingerprint.ts).
 */
export function formulasFor(plans: readonly SheetLayout[]): string | null {
  const byId = new Map(plans.map((p) => [p.spec.id, p]));
  try {
    return JSON.stringify(plans.map((plan) => plan.formulas.map((f) => f.body(refsOf(plan, byId)))));
  } catch (e) {
    if (e instanceof Problem) return null;
    throw e;
  }
}

function headerText(plan: SheetLayout, id: string, lang: Lang): string {
  const i = plan.columns.get(id)!;
  return plan.header.texts[i] || column(plan.spec, id).header[lang];
}

/**
 * Row-1 cells to write: headers of appended columns, and the formula of every computed column whose
 * header cell does not hold the one setup writes now — new, typed over, written by an earlier
 * version (`,` syntax, another column order), reading a column that had to be re-added. A formula
 * that differs only by its separators is the same one (Sheets may show ours in its English form),
 * unless the cell shows a parse error: then it was written in a syntax this spreadsheet cannot read.
 */
export function planHeaderCells(plan: SheetLayout, plans: Map<SheetId, SheetLayout>, lang: Lang, report: SetupReport): Map<number, CellInput> {
  const cells = new Map<number, CellInput>();
  const restored: string[] = [];
  const readded = (sheet: SheetId, id: string) => plans.get(sheet)!.added.includes(id);
  const refs = refsOf(plan, plans);
  for (const c of plan.spec.columns) {
    const at = plan.columns.get(c.id)!;
    const isNew = plan.added.includes(c.id);
    if (c.kind !== 'computed') {
      if (isNew) cells.set(at, c.header[lang]);
      continue;
    }
    const { formula, first } = formulaOf(plan.formulas, c.id)!;
    if (!first) {
      // A cell its block spills into must be empty: the header comes back with the spill. A new one is
      // written empty too, so that the header row stays one run (one write, one styling) in a new sheet.
      if (isNew || holdsSpilledHeader(plan, c.id, cells.has(plan.columns.get(formula.columns[0])!))) cells.set(at, '');
      continue;
    }
    const headers = formula.columns.map((id) => headerText(plan, id, lang));
    try {
      const written = headerFormula(headers, formula.body(refs));
      const current = plan.header.formulas[at] ?? '';
      const unreadable = plan.header.shown?.[at] === '#ERROR!' && current !== written;
      const readdedRead = readsOf(plan.spec.id, formula).some((r) => readded(r.sheet, r.column));
      if (!isNew && !readdedRead && sameFormula(current, written) && !unreadable) continue;
      cells.set(at, asFormula(written));
      if (!isNew && !readdedRead) restored.push(headers[0]);
    } catch (e) {
      if (!(e instanceof Problem)) throw e;
      report.problems.push({ fr: e.render('fr'), en: e.render('en') });
      if (isNew) cells.set(at, headers[0]);
    }
  }
  if (restored.length) report.restoredFormulas.push({ sheet: plan.name, headers: restored });
  return cells;
}

/** A brand-new spreadsheet's only, empty sheet becomes Projets rather than staying as "Feuille 1". */
function reusableBlankSheet(read: WorkbookRead, plans: SheetLayout[]): WorkbookRead['sheets'][number] | null {
  if (plans.some((p) => p.sheet) || read.sheets.length !== 1) return null;
  const only = read.sheets[0];
  return only.sheet.getLastRow() === 0 && only.sheet.getLastColumn() === 0 ? only : null;
}

/**
 * Dresses one sheet in a few calls whatever its width: number formats through one range list per
 * format, validations through one setDataValidations per run of adjacent columns, notes in one write.
 * A sheet created by this run (`fresh`) has nothing to keep, so nothing of it is read first; one it
 * inserted (`inserted`, not the blank sheet it renamed) has only Automatic formats.
 */
export function dressSheet(
  ss: Spreadsheet,
  layout: SheetLayout & { sheet: Sheet },
  headerCells: Map<number, CellInput>,
  lang: Lang,
  { fresh, inserted }: { fresh: boolean; inserted: boolean },
  read: WorkbookRead,
  validationsOf: ValidationRules,
  colours: ColourRules,
  newSheetSize: NewSheetSize,
  options: HelpOptions,
  /** What the caller writes next in a sheet this run makes (loadDemo's blocks), fetched with the sheet's range list. */
  callerA1s?: SetupThen['ranges'],
  callerRanges?: Map<SheetId, Range[]>,
): void {
  const { sheet, spec } = layout;
  const size = inserted ? newSheetSize : {};
  size.columns ??= sheet.getMaxColumns();
  size.rows ??= sheet.getMaxRows();
  const maxColumns = size.columns;
  if (layout.width > maxColumns) sheet.insertColumnsAfter(maxColumns, layout.width - maxColumns);
  const rows = size.rows - 1;

  const present = spec.columns.map((c) => ({ c, at: layout.columns.get(c.id)! }));
  const row2 = fresh ? null : sheet.getRange(2, 1, 1, layout.width);
  const formats = row2 ? row2.getNumberFormats()[0] : [];
  const validations = row2 ? row2.getDataValidations()[0] : [];
  const byFormat = new Map<string, number[]>();
  for (const { c, at } of present) {
    const format = numberFormatOf(c);
    if (format && AUTOMATIC_FORMATS.has(String(formats[at] ?? ''))) byFormat.set(format, [...(byFormat.get(format) ?? []), at]);
  }
  // Notes first: a note the add-on wrote under another setting (the other SIAT wording) is rewritten,
  // with its column's validation help; a note anyone else wrote stays.
  const existingHeader = fresh ? null : sheet.getRange(1, 1, 1, layout.width);
  const notes = existingHeader ? existingHeader.getNotes()[0].map(String) : Array.from({ length: layout.width }, () => '');
  const stale = new Set(present.filter(({ c, at }) => notes[at] && otherHelps(c, lang, options).includes(notes[at])).map((p) => p.at));
  const rules = validationsOf(present.filter(({ c, at }) => c.kind !== 'computed' && (!validations[at] || stale.has(at))).map((p) => p.c));
  const ruleAt = new Map(present.filter(({ c }) => rules.get(c)).map(({ c, at }) => [at, rules.get(c)!]));
  const computedRuns = runs(present.filter((p) => p.c.kind === 'computed').map((p) => p.at));
  const named = !read.rangeByName(spec.namedRange);
  const span = dataSpan(byFormat, ruleAt);
  // A sheet this run made has no conditional format rule yet: every coloured column gets its scale.
  const colourRuns = fresh ? colourColumnsByKind(present, new Set()) : null;
  // A sheet this run made: every range its dressing writes, and those the caller writes next, in one
  // range list (2 calls, not one getRange each).
  const own = fresh ? freshRanges(sheet, layout.width, rows, span, computedRuns, named, colourRuns!, callerA1s?.(layout) ?? []) : null;
  if (own?.caller.length) callerRanges?.set(spec.id, own.caller);
  const headerRow = own?.header ?? existingHeader!;
  writeHeaderCells(sheet, layout, headerCells, headerRow, inserted);

  // The blank first sheet renamed Projets too: it holds no cell, so the block's formats and rules
  // replace nothing anyone wrote (issue 14: 15 calls fewer than a range list per format).
  if (own) dressNewData(own.block, rows, span, byFormat, ruleAt);
  else {
    for (const [format, columns] of byFormat) sheet.getRangeList(runs(columns).map((run) => dataA1(run, rows))).setNumberFormat(format);
    for (const run of runs([...ruleAt.keys()])) {
      const row = run.map((at) => ruleAt.get(at)!);
      sheet.getRange(2, run[0] + 1, rows, run.length).setDataValidations(Array.from({ length: rows }, () => row));
    }
  }
  if (!fresh) {
    migratePlainText(
      sheet,
      present.filter(({ c }) => c.kind === 'id' || c.kind === 'text').map((p) => p.at),
      formats,
      rows,
    );
  }

  let notesChanged = false;
  for (const { c, at } of present) {
    const help = columnHelp(c, lang, options);
    if (help && (!notes[at] || stale.has(at))) {
      notes[at] = help;
      notesChanged = true;
    }
  }
  if (notesChanged) headerRow.setNotes([notes]);

  protectComputed(sheet, computedRuns, rows + 1, lang, own?.protect);
  colourColumns(sheet, present, rows, lang, colours, own?.colours);
  if (fresh || sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  const frozen = frozenColumns(layout);
  if (frozen && (fresh || sheet.getFrozenColumns() === 0)) sheet.setFrozenColumns(frozen);
  if (named) ss.setNamedRange(spec.namedRange, own?.named ?? sheet.getRange(namedA1(layout.width)));
}

/**
 * The data cells of a sheet this run made (inserted, or the blank first sheet it renamed): it has no
 * value to keep (the renamed one held no cell), so one block
 * from the first formatted or validated column to the last takes every number format and every
 * validation (two writes, one range) instead of a range list and a write per format and a write per
 * run of validated columns. The columns between get the Automatic format (what a new sheet has
 * already) and no validation (null).
 */
function dressNewData(
  block: GoogleAppsScript.Spreadsheet.Range | undefined,
  rows: number,
  span: readonly number[],
  byFormat: ReadonlyMap<string, number[]>,
  ruleAt: ReadonlyMap<number, GoogleAppsScript.Spreadsheet.DataValidation>,
): void {
  if (!block) return;
  const formatAt = new Map([...byFormat].flatMap(([format, columns]) => columns.map((at): [number, string] => [at, format])));
  if (formatAt.size) {
    const row = span.map((at) => formatAt.get(at) ?? AUTOMATIC_FORMAT);
    block.setNumberFormats(Array.from({ length: rows }, () => row));
  }
  if (ruleAt.size) {
    const row = span.map((at) => ruleAt.get(at) ?? (null as unknown as GoogleAppsScript.Spreadsheet.DataValidation));
    block.setDataValidations(Array.from({ length: rows }, () => row));
  }
}

/** The columns from the first formatted or validated one to the last (none: no block). */
function dataSpan(byFormat: ReadonlyMap<string, number[]>, ruleAt: ReadonlyMap<number, unknown>): number[] {
  const columns = [...[...byFormat.values()].flat(), ...ruleAt.keys()];
  return columns.length ? range(Math.min(...columns), Math.max(...columns)) : [];
}

/** A sheet's named range: its columns, whole (users' formulas and the dashboard refer to it). */
const namedA1 = (width: number) => `A:${columnLetters(width - 1)}`;

/**
 * The ranges a sheet this run made is dressed through — its header row, its data block, each run of
 * computed columns to protect, its named range — from one range list: 2 calls whatever their number,
 * where a getRange each cost 3 to 5 a sheet (issue 14 §4: the protocol's sheet within setup's budget).
 */
function freshRanges(
  sheet: Sheet,
  width: number,
  rows: number,
  span: readonly number[],
  computedRuns: number[][],
  named: boolean,
  colourRuns: ReadonlyMap<ColumnKind, number[]>,
  caller: readonly string[],
) {
  const colourA1s = [...colourRuns].map(([kind, columns]): [ColumnKind, string[]] => [kind, columns.map((at) => dataA1([at], rows))]);
  const a1s = [
    `A1:${columnLetters(width - 1)}1`,
    ...(span.length ? [dataA1(span, rows)] : []),
    ...computedRuns.map((run) => `${columnLetters(run[0])}1:${columnLetters(run[run.length - 1])}${rows + 1}`),
    ...(named ? [namedA1(width)] : []),
    ...colourA1s.flatMap(([, list]) => list),
    ...caller,
  ];
  const got = sheet.getRangeList(a1s).getRanges();
  let at = 0;
  const header = got[at++];
  const block = span.length ? got[at++] : undefined;
  const protect = computedRuns.map(() => got[at++]);
  const namedRange = named ? got[at++] : undefined;
  const colours = new Map(colourA1s.map(([kind, list]) => [kind, list.map(() => got[at++])]));
  return { header, block, protect, named: namedRange, colours, caller: got.slice(at) };
}

/**
 * The size of the sheets a run inserts, read in the first one: every sheet insertSheet makes starts
 * with the same default grid (1,000 rows × 26 columns in Sheets), so the others need no reads.
 */
export interface NewSheetSize {
  rows?: number;
  columns?: number;
}

/** The columns from `first` to `last`. */
const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** The data cells of a run of adjacent columns, rows 2 to the sheet's last: `C2:F1000`. */
function dataA1(run: readonly number[], rows: number): string {
  return `${columnLetters(run[0])}2:${columnLetters(run[run.length - 1])}${rows + 1}`;
}

/**
 * ID and text columns an earlier version formatted as plain text (`@`) go back to Automatic, and the
 * apostrophe it wrote in front of their values, which Sheets may show in a `@` cell (`'P-0001`), is
 * removed; the text is written again by literal.ts's rule, so `'=x` becomes the text `=x`, not a
 * formula. Where Sheets hid the apostrophe there is nothing to remove. A column counts as laid out
 * that way when its second or its last row is `@` (the writer may have turned single cells of it
 * to Automatic since). Only the cells that were `@` lose an apostrophe (elsewhere a leading `'` is
 * one a user typed), and cells holding a formula are left alone. Runs once: the columns are
 * Automatic afterwards; a run that finds nothing costs one format read.
 */
function migratePlainText(sheet: Sheet, textColumns: number[], row2: unknown[], rows: number): void {
  if (!textColumns.length) return;
  const lastRow = sheet.getRange(rows + 1, 1, 1, row2.length).getNumberFormats()[0];
  const columns = textColumns.filter((at) => row2[at] === FORMATS.text || lastRow[at] === FORMATS.text);
  if (!columns.length) return;
  const height = sheet.getLastRow() - 1;
  const first = Math.min(...columns);
  const block = height > 0 ? sheet.getRange(2, first + 1, height, Math.max(...columns) - first + 1) : null;
  const [values, formulas, formats] = block ? [block.getValues(), block.getFormulas(), block.getNumberFormats()] : [[], [], []];
  for (const run of runs(columns)) sheet.getRange(2, run[0] + 1, rows, run.length).setNumberFormat(AUTOMATIC_FORMAT);
  for (const at of columns) {
    const changes = new Map<number, unknown>();
    values.forEach((row, r) => {
      const i = at - first;
      if (formats[r][i] === FORMATS.text && !formulas[r][i] && withoutStrayApostrophe(row[i]) !== row[i]) changes.set(r, withoutStrayApostrophe(row[i]));
    });
    writeColumnChanges(sheet, at, changes);
  }
}

/** Header cells in runs of adjacent columns: one write per run (usually one: appended columns are adjacent; a new sheet's is its whole header row). */
function writeHeaderCells(
  sheet: Sheet,
  layout: SheetLayout,
  cells: Map<number, CellInput>,
  headerRow: GoogleAppsScript.Spreadsheet.Range,
  inserted: boolean,
): void {
  const positions = [...cells.keys()].sort((a, b) => a - b);
  const computed = new Set(layout.spec.columns.filter((c) => c.kind === 'computed').map((c) => layout.columns.get(c.id)!));
  const added = new Set(layout.added.map((id) => layout.columns.get(id)!));
  for (const run of runs(positions)) {
    const range = run.length === layout.width ? headerRow : sheet.getRange(1, run[0] + 1, 1, run.length);
    // A sheet inserted by this run has no plain-text (`@`) cell: its formats need no read.
    writeCells(range, [run.map((at) => cells.get(at))], { noPlainText: inserted });
    if (run.every((at) => added.has(at))) {
      range.setFontWeight('bold');
      range.setBackgrounds([run.map((at) => (computed.has(at) ? COMPUTED_BACKGROUND : null) as string)]);
    }
  }
}

/**
 * Computed columns are protected with a warning only: a reviewer typing over a formula's results
 * would break the whole column (the array formula cannot spill), but nobody is locked out.
 */
function protectComputed(sheet: Sheet, computedRuns: number[][], rows: number, lang: Lang, fresh: GoogleAppsScript.Spreadsheet.Range[] | undefined): void {
  if (!computedRuns.length) return;
  // A sheet this run made has no protection yet, and its runs' ranges come from its range list.
  const covered = new Set<number>();
  for (const p of fresh ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const r = p.getRange();
    if (!r) continue;
    const [first, count] = [r.getColumn(), r.getNumColumns()];
    for (let c = first; c < first + count; c++) covered.add(c - 1);
  }
  const ranges = fresh ?? runs(computedRuns.flat().filter((at) => !covered.has(at))).map((run) => sheet.getRange(1, run[0] + 1, rows, run.length));
  for (const r of ranges) r.protect().setDescription(PROTECTION_NOTE[lang]).setWarningOnly(true);
}

/**
 * Adds colour scales to the coloured columns that no existing rule covers (users' own rules stay).
 * A sheet this run made (`fresh`: its columns' ranges, by kind, came with its range list) has no rule to keep.
 */
function colourColumns(
  sheet: Sheet,
  present: { c: ColumnSpec; at: number }[],
  rows: number,
  lang: Lang,
  colourRules: ColourRules,
  fresh: ReadonlyMap<ColumnKind, Range[]> | undefined,
): void {
  if (!present.some((p) => isColoured(p.c.kind))) return;
  const existing = fresh ? [] : sheet.getConditionalFormatRules();
  const covered = new Set<number>();
  for (const rule of existing) {
    for (const r of rule.getRanges()) {
      const [first, count] = [r.getColumn(), r.getNumColumns()];
      for (let c = first; c < first + count; c++) covered.add(c - 1);
    }
  }
  // One range per column, all of a kind fetched in one range list (not one getRange each).
  const byKind =
    fresh ??
    new Map(
      [...colourColumnsByKind(present, covered)].map(([kind, columns]) => [kind, sheet.getRangeList(columns.map((at) => dataA1([at], rows))).getRanges()]),
    );
  if (!byKind.size) return;
  const added = [...byKind].flatMap(([kind, ranges]) => colourRules(kind, ranges, lang));
  sheet.setConditionalFormatRules([...existing, ...added]);
}

/** The coloured columns no rule covers yet, by kind, in the sheet's order. */
function colourColumnsByKind(present: readonly { c: ColumnSpec; at: number }[], covered: ReadonlySet<number>): Map<ColumnKind, number[]> {
  const byKind = new Map<ColumnKind, number[]>();
  for (const { c, at } of present) {
    if (!isColoured(c.kind) || covered.has(at)) continue;
    byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), at]);
  }
  return byKind;
}

/** The ID column stays in view, with the project name when it sits right after it (none if users moved the ID). */
function frozenColumns(layout: SheetLayout): number {
  if (layout.columns.get('id') !== 0) return 0;
  return layout.columns.get('name') === 1 ? 2 : 1;
}
