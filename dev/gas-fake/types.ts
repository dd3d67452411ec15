/**
 * Shared data shapes of the Apps Script fake.
 *
 * Everything stored in the workbook is plain data (refs, JSON-safe values) so `snapshot()` is a
 * deep copy and `restore()` a rebuild; the GAS-looking objects (Range, Sheet, …) are thin views.
 */

/** A cell value as Apps Script returns it: empty cells are `''` (never null/undefined). */
export type CellValue = string | number | boolean | Date;

/** JSON-safe value (what snapshots and stored rule arguments are made of). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A rectangle on one sheet, 1-based, by sheet id (stable across renames, like a GridRange). */
export interface RangeRef {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/**
 * A stored argument of a data-validation or conditional-format rule: primitives and lists as is,
 * a Range as `{ $range }`, a Date as `{ $date: iso }`.
 */
export type StoredArg = Json;

export interface ValidationData {
  criteria: string;
  args: StoredArg[];
  helpText: string | null;
  allowInvalid: boolean;
}

export interface GradientPoint {
  color: string;
  type: string;
  value: string;
}

export interface BooleanConditionData {
  type: string;
  args: StoredArg[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface CondFormatData {
  ranges: RangeRef[];
  boolean: BooleanConditionData | null;
  gradient: { min: GradientPoint | null; mid: GradientPoint | null; max: GradientPoint | null } | null;
}

export interface ChartData {
  /** null until the chart is inserted in a sheet (like EmbeddedChart.getChartId()). */
  id: number | null;
  type: string;
  ranges: RangeRef[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, Json>;
  numHeaders: number;
  transpose: boolean;
}

export interface ProtectionData {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** For RANGE protections; null for SHEET protections. */
  ref: RangeRef | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: RangeRef[];
}

export interface NamedRangeData {
  name: string;
  ref: RangeRef;
}

// ---- UI records (what tests assert on) -------------------------------------------------------

export type MenuItemData = { caption: string; functionName: string } | { separator: true } | { submenu: MenuData };

export interface MenuData {
  name: string;
  /** True for `createAddonMenu()` (Sheets names it after the add-on). */
  addon: boolean;
  items: MenuItemData[];
}

export interface HtmlOutputData {
  /** File name given to createHtmlOutputFromFile, or null for createHtmlOutput. */
  file: string | null;
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  sandboxMode: string | null;
  xFrameOptionsMode: string | null;
  metaTags: { name: string; content: string }[];
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: string | null;
}

export interface ToastRecord {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

export interface UiRecord {
  /** Set to false to make `SpreadsheetApp.getUi()` throw, as it does in trigger/editor contexts. */
  available: boolean;
  menus: MenuData[];
  sidebars: HtmlOutputData[];
  /** Every name passed to HtmlService.createHtmlOutputFromFile. */
  htmlFiles: string[];
  dialogs: (HtmlOutputData & { modal: boolean; dialogTitle: string })[];
  alerts: AlertRecord[];
  prompts: AlertRecord[];
  toasts: ToastRecord[];
  /** Button returned by every `alert()` (default 'OK'). */
  alertResponse: string;
  /** What `prompt()` returns (default: OK with empty text). */
  promptResponse: { button: string; text: string };
}

export interface CallCounter {
  total: number;
  byMethod: Record<string, number>;
  /** Cells moved by reads and writes (what a call costs beyond its round trip), in total and per method. */
  cells: number;
  cellsByMethod: Record<string, number>;
}

/** Objects from another realm (a `vm` context) used to build returned arrays and dates. */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
}

export interface CellsChangedEvent {
  sheet: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface FakeHooks {
  /** Called by `SpreadsheetApp.flush()` (a formula engine can recompute here). */
  onFlush?: () => void;
  /** Called after any write of values/formulas (setValues, setValue, clearContent, appendRow, sort, …). */
  onCellsChanged?: (event: CellsChangedEvent) => void;
}
