import type { MenuData } from '../gas-fake';
import { unwrap } from '../gas-fake/calls';
import type { Sheet as FakeSheet } from '../gas-fake/sheet';
import type { Spreadsheet as FakeBook } from '../gas-fake/spreadsheet';
import type { RangeRef, ValidationData } from '../gas-fake/types';
import { chartsOf, inList, listChoices, protectionAt, protectionsOf, ruleColours, type ChartView, type ProtectedView } from './sheet-dressing';
import { inputText } from './typed-input';
import type { PlaygroundWorkbook } from './workbook';

/**
 * A cell as the page shows it: its value (a date as ISO text of its day and time without a zone, which
 * the page reads in the browser's own zone: the day shown, jj/mm/aaaa, is the cell's wherever the
 * browser is), number format, and whether a formula computed it.
 */
export interface CellView {
  v: string | number | boolean;
  f?: string;
  computed?: true;
  /** What the formula bar shows when it differs from the value's text: the formula, `12,5`, `VRAI`, `01/12/2025`. */
  i?: string;
  /** Colours from the conditional formats. */
  bg?: string;
  fg?: string;
  note?: string;
  /** Index of the cell's dropdown in SheetView.lists. */
  list?: number;
  /** A value outside its dropdown's list (accepted with a warning: Sheets marks the cell). */
  invalid?: true;
  /** Index of the protection covering the cell in SheetView.protections. */
  p?: number;
}

export interface SheetView {
  name: string;
  rows: CellView[][];
  frozenRows: number;
  frozenColumns: number;
  /** The widths setup gave columns (setColumnWidth), in pixels by column index from 0; others take the page's default. */
  columnWidths: Record<number, number>;
  lists: string[][];
  protections: ProtectedView[];
  charts: ChartView[];
}

/** Empty rows and columns shown past the data, where a user types a new project or column. */
const SPARE_ROWS = 10;
const SPARE_COLUMNS = 3;
/** States made so far by this server (all workbooks, a reset included): PageState.serial. */
let served = 0;

export interface PageState {
  /** Its number in the order the server made states: the page never shows an older one over a newer one. */
  serial: number;
  /** The person's language (the panel's switch): the page's own labels follow it. */
  lang: 'fr' | 'en';
  title: string;
  sheets: SheetView[];
  active: { sheet: string; row: number; col: number };
  menus: MenuData[];
  sidebar: { title: string } | null;
  /** Whether « Annuler » has an edit of the grid to take back. */
  canUndo: boolean;
  dialog: { title: string; html: string } | null;
  toasts: string[];
  alerts: string[];
}

/** A date's local day and time (the process plays the script's time zone) as ISO text without a zone: `2025-12-01T00:00:00.000`. */
export function wallClock(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, -1);
}

/** The workbook for the page: plain JSON the page renders as text (never as HTML). */
export function pageState(book: PlaygroundWorkbook): PageState {
  book.settle();
  const { fake } = book;
  const ss = fake.spreadsheet;
  const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;
  const formulas = new Map(fake.cellsWithFormulas().map((c) => [key(c.sheet, c.row, c.col), c.formula]));
  const computed = new Set([...fake.computedCells().map((c) => key(c.sheet, c.row, c.col)), ...formulas.keys()]);
  // Rules, notes, protections and charts as the fake records them, read in place: a snapshot of the
  // workbook would copy every cell's validation (a second for the demo) at each state.
  const protections = (unwrap(ss) as unknown as FakeBook)._protections;
  const live = ss.getSheets();
  const valuesOf = (ref: RangeRef): unknown[][] => {
    const sheet = live.find((s) => s.getSheetId() === ref.sheetId);
    return sheet ? sheet.getRange(ref.row, ref.col, ref.numRows, ref.numCols).getValues() : [];
  };
  const sheets = live.map((sheet): SheetView => {
    const name = sheet.getName();
    const raw = unwrap(sheet) as unknown as FakeSheet;
    const recorded = { id: raw._id, maxRows: raw._maxRows, maxColumns: raw._maxCols, conditionalFormats: raw._condFormats, charts: raw._charts };
    const range = sheet.getRange(
      1,
      1,
      Math.min(sheet.getMaxRows(), Math.max(sheet.getLastRow() + SPARE_ROWS, 30)),
      Math.min(sheet.getMaxColumns(), Math.max(sheet.getLastColumn() + SPARE_COLUMNS, 8)),
    );
    const values = range.getValues();
    const formats = range.getNumberFormats();
    const colours = ruleColours(recorded, values);
    const guarded = protectionsOf(protections, recorded);
    const lists: string[][] = [];
    const listIndex = new Map<string, number>();
    // A rule laid over a range is one object in every cell: its list is read once, not per cell.
    const byRule = new Map<object, { choices: string[]; index: number } | null>();
    const listOf = (rule: ValidationData | null) => {
      if (!rule) return null;
      if (!byRule.has(rule)) {
        const choices = listChoices(rule, valuesOf);
        if (!choices) byRule.set(rule, null);
        else {
          const id = JSON.stringify(choices);
          if (!listIndex.has(id)) listIndex.set(id, lists.push(choices) - 1);
          byRule.set(rule, { choices, index: listIndex.get(id)! });
        }
      }
      return byRule.get(rule) ?? null;
    };
    return {
      name,
      frozenRows: raw._frozenRows,
      frozenColumns: raw._frozenCols,
      columnWidths: Object.fromEntries([...raw._colWidths].map(([c, w]) => [c - 1, w])),
      protections: guarded,
      lists,
      charts: chartsOf(recorded, valuesOf),
      rows: values.map((row, r) =>
        row.map((v, c): CellView => {
          const cell: CellView = {
            v: v instanceof Date || (v && typeof v === 'object') ? wallClock(new Date(v as Date)) : (v as string | number | boolean),
          };
          if (typeof v === 'number' && formats[r][c]) cell.f = formats[r][c];
          const at = key(name, r + 1, c + 1);
          if (computed.has(at)) cell.computed = true;
          const input = formulas.get(at) ?? inputText(v, formats[r][c] || null);
          if (input !== String(v)) cell.i = input;
          if (colours[r][c].bg) cell.bg = colours[r][c].bg;
          if (colours[r][c].fg) cell.fg = colours[r][c].fg ?? undefined;
          const note = raw._notes.get(r + 1, c + 1);
          if (note) cell.note = note;
          const list = listOf(raw._validations.get(r + 1, c + 1));
          if (list) {
            cell.list = list.index;
            if (!inList(list.choices, v)) cell.invalid = true;
          }
          const p = protectionAt(guarded, r + 1, c + 1);
          if (p) cell.p = guarded.indexOf(p);
          return cell;
        }),
      ),
    };
  });
  const current = ss.getCurrentCell();
  const sidebar = fake.ui.sidebars.at(-1);
  const dialog = fake.ui.dialogs.at(-1);
  return {
    serial: ++served,
    lang: book.lang,
    title: ss.getName(),
    sheets,
    active: { sheet: ss.getActiveSheet().getName(), row: current?.getRow() ?? 1, col: current?.getColumn() ?? 1 },
    menus: fake.ui.menus,
    sidebar: sidebar ? { title: sidebar.title } : null,
    canUndo: book.canUndo,
    dialog: dialog ? { title: dialog.dialogTitle || dialog.title, html: dialog.content } : null,
    toasts: fake.ui.toasts.map((t) => t.message),
    alerts: fake.ui.alerts.map((a) => [a.title, a.prompt].filter(Boolean).join(' — ')),
  };
}
