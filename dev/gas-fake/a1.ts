/** A1 notation: parsing, formatting, and moving stored range references when rows/columns change. */
import type { RangeRef } from './types';

/** 1 → A, 26 → Z, 27 → AA. */
export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 1, Z → 26, AA → 27 (case-insensitive). */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A parsed A1 reference. Missing bounds are "open": `B2:D` has no endRow (to the last row of the
 * sheet), `A:C` has no rows at all (whole columns), `2:5` has no columns (whole rows).
 */
export interface A1Parts {
  sheetName: string | null;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
  single: boolean;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parseCell(s: string): { row: number | null; col: number | null } | null {
  const m = CELL.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { row, col: m[1] ? lettersToColumn(m[1]) : null };
}

/** Splits an optional `Sheet!` / `'My sheet'!` prefix. */
export function splitSheetPrefix(a1: string): { sheetName: string | null; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(a1);
  if (quoted) return { sheetName: quoted[1].replace(/''/g, "'"), ref: quoted[2] };
  const bang = a1.lastIndexOf('!');
  if (bang > 0) return { sheetName: a1.slice(0, bang), ref: a1.slice(bang + 1) };
  return { sheetName: null, ref: a1 };
}

/** Parses A1 notation; returns null when Sheets would say "Range not found". */
export function parseA1(a1: string): A1Parts | null {
  const { sheetName, ref } = splitSheetPrefix(a1.trim());
  const parts = ref.trim().split(':');
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  if (!a) return null;
  if (parts.length === 1) {
    // A lone cell needs both a column and a row ("A" or "5" alone are not ranges).
    if (a.row === null || a.col === null) return null;
    return { sheetName, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col, single: true };
  }
  const b = parseCell(parts[1]);
  if (!b) return null;
  if (a.col === null && a.row !== null) {
    // Whole rows: "2:5" (both sides must be rows only).
    if (b.col !== null || b.row === null) return null;
    return { sheetName, startRow: Math.min(a.row, b.row), endRow: Math.max(a.row, b.row), startCol: null, endCol: null, single: false };
  }
  if (a.col === null || b.col === null) return null;
  if (a.row === null) {
    // Whole columns: "A:C".
    if (b.row !== null) return null;
    return { sheetName, startRow: null, endRow: null, startCol: Math.min(a.col, b.col), endCol: Math.max(a.col, b.col), single: false };
  }
  if (b.row === null) {
    // Open-ended rows: "B2:D" = from row 2 to the last row of the sheet.
    return { sheetName, startRow: a.row, endRow: null, startCol: Math.min(a.col, b.col), endCol: Math.max(a.col, b.col), single: false };
  }
  return {
    sheetName,
    startRow: Math.min(a.row, b.row),
    endRow: Math.max(a.row, b.row),
    startCol: Math.min(a.col, b.col),
    endCol: Math.max(a.col, b.col),
    single: false,
  };
}

/** How an A1 reference was open-ended, so getA1Notation() can give it back the way Sheets does. */
export interface OpenBounds {
  rowsOpen: boolean; // "A:C" (no row numbers at all)
  endRowOpen: boolean; // "B2:D"
  colsOpen: boolean; // "2:5"
}

export const CLOSED: OpenBounds = { rowsOpen: false, endRowOpen: false, colsOpen: false };

export function formatA1(row: number, col: number, numRows: number, numCols: number, open: OpenBounds = CLOSED): string {
  const c1 = columnToLetters(col);
  const c2 = columnToLetters(col + numCols - 1);
  if (open.rowsOpen) return `${c1}:${c2}`;
  if (open.colsOpen) return `${row}:${row + numRows - 1}`;
  if (open.endRowOpen) return `${c1}${row}:${c2}`;
  if (numRows === 1 && numCols === 1) return `${c1}${row}`;
  return `${c1}${row}:${c2}${row + numRows - 1}`;
}

/** Sheet names needing quotes in A1 notation (`'My sheet'!A1`). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Moves a stored reference after rows (dim 'row') or columns ('col') were inserted (count > 0,
 * starting at `at`) or deleted (count < 0, rows at..at-count-1), the way Sheets moves named ranges,
 * protections, conditional-format ranges and chart ranges. Returns false when the reference lost
 * all its rows/columns (Sheets would show #REF!; the fake drops the item).
 */
export function shiftRef(ref: RangeRef, dim: 'row' | 'col', at: number, count: number): boolean {
  const startKey = dim === 'row' ? 'row' : 'col';
  const sizeKey = dim === 'row' ? 'numRows' : 'numCols';
  const start = ref[startKey];
  const end = start + ref[sizeKey] - 1;
  if (count > 0) {
    if (start >= at) ref[startKey] = start + count;
    else if (end >= at) ref[sizeKey] += count;
    return true;
  }
  const delStart = at;
  const delEnd = at - count - 1;
  if (end < delStart) return true;
  if (start > delEnd) {
    ref[startKey] = start + count;
    return true;
  }
  const overlap = Math.min(end, delEnd) - Math.max(start, delStart) + 1;
  ref[sizeKey] -= overlap;
  if (start > delStart) ref[startKey] = delStart;
  return ref[sizeKey] > 0;
}
