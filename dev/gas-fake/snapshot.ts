/** JSON snapshot of a whole workbook and its inverse (the playground persists workbooks with these). */
import type { Env } from './env';
import type { MetadataData } from './metadata';
import type { StyleValue } from './sheet';
import { Spreadsheet } from './spreadsheet';
import type { CellValue, ChartData, CondFormatData, Json, NamedRangeData, ProtectionData, RangeRef, ValidationData } from './types';
import { decodeValue, encodeValue } from './values';

export const SNAPSHOT_VERSION = 1;

/** Cell layers are dense arrays trimmed to the used area (row r, column c at [r-1][c-1]; short rows = empty cells). */
export interface SheetSnapshot {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  hidden: boolean;
  values: Json[][] | null;
  formulas: string[][] | null;
  /** Cells whose value is a formula engine's result (spilled arrays), see GasFake.setComputedValue. */
  computed?: boolean[][] | null;
  notes: string[][] | null;
  numberFormats: (string | null)[][] | null;
  validations: (ValidationData | null)[][] | null;
  styles: Record<string, StyleValue[][]>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  hiddenColumns: number[];
  hiddenRows: number[];
  conditionalFormats: CondFormatData[];
  charts: ChartData[];
  /** Developer metadata on the sheet (absent in older snapshots). */
  metadata?: MetadataData[];
}

export interface WorkbookSnapshot {
  version: number;
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheetId: number;
  activeRange: RangeRef | null;
  currentCell: { row: number; col: number } | null;
  nextSheetId: number;
  nextObjectId: number;
  sheets: SheetSnapshot[];
  namedRanges: NamedRangeData[];
  protections: ProtectionData[];
  documentProperties: Record<string, string>;
}

const same = <T>(v: T): T => v;

export function snapshotBook(book: Spreadsheet): WorkbookSnapshot {
  const snap: WorkbookSnapshot = {
    version: SNAPSHOT_VERSION,
    id: book._id,
    name: book._name,
    locale: book._locale,
    timeZone: book._timeZone,
    activeSheetId: book._active._id,
    activeRange: book._activeRange ? { ...book._activeRange } : null,
    currentCell: book._currentCell ? { ...book._currentCell } : null,
    nextSheetId: book._nextSheetId,
    nextObjectId: book._nextObjectId,
    sheets: book._sheets.map((s) => {
      const styles: Record<string, StyleValue[][]> = {};
      for (const [name, layer] of s._styles) {
        const dense = layer.toDense(same);
        if (dense) styles[name] = dense;
      }
      return {
        id: s._id,
        name: s._name,
        maxRows: s._maxRows,
        maxColumns: s._maxCols,
        frozenRows: s._frozenRows,
        frozenColumns: s._frozenCols,
        tabColor: s._tabColor,
        hidden: s._hidden,
        values: s._values.toDense(encodeValue),
        formulas: s._formulas.toDense(same),
        computed: s._computed.toDense(same),
        notes: s._notes.toDense(same),
        numberFormats: s._formats.toDense(same),
        validations: s._validations.toDense((v) => (v ? structuredClone(v) : null)),
        styles,
        columnWidths: Object.fromEntries(s._colWidths),
        rowHeights: Object.fromEntries(s._rowHeights),
        hiddenColumns: [...s._hiddenCols],
        hiddenRows: [...s._hiddenRows],
        conditionalFormats: structuredClone(s._condFormats),
        charts: structuredClone(s._charts),
        metadata: structuredClone(s._metadata),
      };
    }),
    namedRanges: structuredClone(book._named),
    protections: structuredClone(book._protections),
    documentProperties: Object.fromEntries(book._docProps),
  };
  return snap;
}

export function restoreBook(env: Env, input: WorkbookSnapshot | string): Spreadsheet {
  const snap: WorkbookSnapshot = typeof input === 'string' ? (JSON.parse(input) as WorkbookSnapshot) : structuredClone(input);
  if (!snap || snap.version !== SNAPSHOT_VERSION || !Array.isArray(snap.sheets) || snap.sheets.length === 0) {
    throw new Error(`Not a gas-fake workbook snapshot (version ${SNAPSHOT_VERSION} with at least one sheet expected).`);
  }
  const book = new Spreadsheet(env, snap.id, snap.name, snap.locale, snap.timeZone);
  for (const ss of snap.sheets) {
    const s = book._addSheet(ss.name, undefined, ss.id);
    s._maxRows = ss.maxRows;
    s._maxCols = ss.maxColumns;
    s._frozenRows = ss.frozenRows;
    s._frozenCols = ss.frozenColumns;
    s._tabColor = ss.tabColor;
    s._hidden = ss.hidden;
    if (ss.values) s._values.loadDense<Json>(ss.values, (j): CellValue => decodeValue(j));
    if (ss.formulas) s._formulas.loadDense(ss.formulas, same);
    if (ss.computed) s._computed.loadDense(ss.computed, same);
    if (ss.notes) s._notes.loadDense(ss.notes, same);
    if (ss.numberFormats) s._formats.loadDense(ss.numberFormats, same);
    if (ss.validations) s._validations.loadDense(ss.validations, (v) => (v ? Object.freeze(v) : null));
    for (const [name, dense] of Object.entries(ss.styles ?? {})) s._styleLayer(name).loadDense(dense, same);
    s._colWidths = new Map(Object.entries(ss.columnWidths ?? {}).map(([k, v]) => [Number(k), v]));
    s._rowHeights = new Map(Object.entries(ss.rowHeights ?? {}).map(([k, v]) => [Number(k), v]));
    s._hiddenCols = new Set(ss.hiddenColumns ?? []);
    s._hiddenRows = new Set(ss.hiddenRows ?? []);
    s._condFormats = ss.conditionalFormats ?? [];
    s._charts = ss.charts ?? [];
    s._metadata = ss.metadata ?? [];
  }
  book._active = book._sheetById(snap.activeSheetId) ?? book._sheets[0];
  book._activeRange = snap.activeRange;
  book._currentCell = snap.currentCell;
  book._nextSheetId = Math.max(book._nextSheetId, snap.nextSheetId);
  book._nextObjectId = snap.nextObjectId;
  book._named = snap.namedRanges ?? [];
  book._protections = snap.protections ?? [];
  book._docProps = new Map(Object.entries(snap.documentProperties ?? {}));
  return book;
}

// ---- Compact form (what the playground saves) ------------------------------------------------------

/**
 * A cell layer as runs: each run is 4 numbers, `column, row, count, value` (0-based, `count` cells
 * down the column, `value` an index into `pool`, which holds each distinct value once). Cells equal to
 * the layer's empty value are left out. A set-up sheet has one validation, format and style per
 * column for its thousand rows: one run each, where the dense layers stored a copy per cell.
 */
export interface CompactLayer<T> {
  rows: number;
  pool: T[];
  runs: number[];
}

type Layers = 'values' | 'formulas' | 'computed' | 'notes' | 'numberFormats' | 'validations';

/** A workbook snapshot whose cell layers are compact; everything else as in WorkbookSnapshot. */
export interface CompactWorkbookSnapshot extends Omit<WorkbookSnapshot, 'sheets'> {
  compact: 1;
  sheets: CompactSheetSnapshot[];
}

export interface CompactSheetSnapshot extends Omit<SheetSnapshot, Layers | 'styles'> {
  layers: Partial<Record<Layers, CompactLayer<unknown>>>;
  styles: Record<string, CompactLayer<StyleValue>>;
}

/** Each layer's empty cell, as the dense snapshot holds it (Layer's `empty`, encoded). */
const EMPTY: Record<Layers, unknown> = { values: '', formulas: '', computed: false, notes: '', numberFormats: null, validations: null };

function compactLayer<T>(dense: T[][], empty: T): CompactLayer<T> {
  const pool: T[] = [];
  const indexOf = new Map<string, number>();
  const runs: number[] = [];
  const width = dense.reduce((w, row) => Math.max(w, row.length), 0);
  const key = (v: T) => JSON.stringify(v) ?? 'undefined';
  const emptyKey = key(empty);
  for (let c = 0; c < width; c++) {
    let r = 0;
    while (r < dense.length) {
      const k = c < dense[r].length ? key(dense[r][c]) : emptyKey;
      let end = r + 1;
      while (end < dense.length && c < dense[end].length && key(dense[end][c]) === k) end++;
      if (k !== emptyKey) {
        let at = indexOf.get(k);
        if (at === undefined) {
          at = pool.push(dense[r][c]) - 1;
          indexOf.set(k, at);
        }
        runs.push(c, r, end - r, at);
      }
      r = end;
    }
  }
  return { rows: dense.length, pool, runs };
}

function expandLayer<T>(layer: CompactLayer<T>, empty: T): T[][] {
  const dense: T[][] = Array.from({ length: layer.rows }, () => []);
  for (let i = 0; i < layer.runs.length; i += 4) {
    const [c, r, count, at] = layer.runs.slice(i, i + 4);
    for (let k = 0; k < count; k++) dense[r + k][c] = structuredClone(layer.pool[at]);
  }
  for (const row of dense) for (let c = 0; c < row.length; c++) if (!(c in row)) row[c] = empty;
  return dense;
}

export function compactSnapshot(snap: WorkbookSnapshot): CompactWorkbookSnapshot {
  return {
    ...snap,
    compact: 1,
    sheets: snap.sheets.map((s) => {
      const { values, formulas, computed, notes, numberFormats, validations, styles, ...rest } = s;
      const dense: Record<Layers, unknown[][] | null | undefined> = { values, formulas, computed, notes, numberFormats, validations };
      const layers: CompactSheetSnapshot['layers'] = {};
      for (const name of Object.keys(EMPTY) as Layers[]) {
        const d = dense[name];
        if (d) layers[name] = compactLayer(d, EMPTY[name]);
      }
      return { ...rest, layers, styles: Object.fromEntries(Object.entries(styles).map(([name, d]) => [name, compactLayer(d, null)])) };
    }),
  };
}

export function expandSnapshot(compact: CompactWorkbookSnapshot): WorkbookSnapshot {
  const { compact: _, sheets, ...rest } = compact;
  return {
    ...rest,
    sheets: sheets.map(({ layers, styles, ...s }) => {
      const layer = (name: Layers) => {
        const l = layers[name];
        return l ? expandLayer(l, EMPTY[name]) : null;
      };
      return {
        ...s,
        values: layer('values') as Json[][] | null,
        formulas: layer('formulas') as string[][] | null,
        computed: layer('computed') as boolean[][] | null,
        notes: layer('notes') as string[][] | null,
        numberFormats: layer('numberFormats') as (string | null)[][] | null,
        validations: layer('validations') as (ValidationData | null)[][] | null,
        styles: Object.fromEntries(Object.entries(styles).map(([name, l]) => [name, expandLayer(l, null)])),
      };
    }),
  };
}
