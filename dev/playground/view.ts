import type { MenuData } from '../gas-fake';
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
}

export interface SheetView {
  name: string;
  rows: CellView[][];
}

export interface PageState {
  title: string;
  sheets: SheetView[];
  active: { sheet: string; row: number; col: number };
  menus: MenuData[];
  sidebar: { title: string } | null;
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
  const computed = new Set([...fake.computedCells(), ...fake.cellsWithFormulas()].map((c) => `${c.sheet}\u0000${c.row}\u0000${c.col}`));
  const sheets = ss.getSheets().map((sheet): SheetView => {
    const name = sheet.getName();
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formats = range.getNumberFormats();
    return {
      name,
      rows: values.map((row, r) =>
        row.map((v, c): CellView => {
          const cell: CellView = {
            v: v instanceof Date || (v && typeof v === 'object') ? wallClock(new Date(v as Date)) : (v as string | number | boolean),
          };
          if (typeof v === 'number' && formats[r][c]) cell.f = formats[r][c];
          if (computed.has(`${name}\u0000${r + 1}\u0000${c + 1}`)) cell.computed = true;
          return cell;
        }),
      ),
    };
  });
  const current = ss.getCurrentCell();
  const sidebar = fake.ui.sidebars.at(-1);
  const dialog = fake.ui.dialogs.at(-1);
  return {
    title: ss.getName(),
    sheets,
    active: { sheet: ss.getActiveSheet().getName(), row: current?.getRow() ?? 1, col: current?.getColumn() ?? 1 },
    menus: fake.ui.menus,
    sidebar: sidebar ? { title: sidebar.title } : null,
    dialog: dialog ? { title: dialog.dialogTitle || dialog.title, html: dialog.content } : null,
    toasts: fake.ui.toasts.map((t) => t.message),
    alerts: fake.ui.alerts.map((a) => [a.title, a.prompt].filter(Boolean).join(' — ')),
  };
}
