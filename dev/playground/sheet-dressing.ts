/**
 * What Sheets draws over the values, read from the fake's recorded rules: dropdown lists from data
 * validations, colours from conditional formats (colour scales and the worded text rules), notes,
 * protected ranges and charts. Plain data for the page, computed here once so the page only paints.
 */
import { isDate } from '../gas-fake/values';
import { inputText } from './typed-input';
import type { ChartData, CondFormatData, GradientPoint, Json, ProtectionData, RangeRef, ValidationData } from '../gas-fake/types';

/** What the fake records of a sheet beyond its cells (read as is: plain data, never changed here). */
export interface RecordedSheet {
  id: number;
  maxRows: number;
  maxColumns: number;
  conditionalFormats: readonly CondFormatData[];
  charts: readonly ChartData[];
}

/** A dropdown's choices: a list validation's values, or the values of the range it names. */
export function listChoices(rule: ValidationData | null, valuesOf: (ref: RangeRef) => unknown[][]): string[] | null {
  if (!rule) return null;
  if (rule.criteria === 'VALUE_IN_LIST' && Array.isArray(rule.args[0]) && rule.args[1] !== false) return (rule.args[0] as Json[]).map(String);
  const arg = rule.args[0];
  if (rule.criteria === 'VALUE_IN_RANGE' && rule.args[1] !== false && arg && typeof arg === 'object' && '$range' in arg) {
    return valuesOf(arg.$range as unknown as RangeRef)
      .flat()
      .filter((v) => v !== '')
      .map(String);
  }
  return null;
}

/** Whether a cell's value passes a list validation (a warning-only rule shows a red corner in Sheets). */
export function inList(choices: string[], value: unknown): boolean {
  return value === '' || choices.includes(String(value));
}

const hex = (c: string) => {
  const m = /^#?([0-9a-f]{6})$/i.exec(c.trim());
  return m ? [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16)) : null;
};

function mix(a: string, b: string, t: number): string {
  const [x, y] = [hex(a), hex(b)];
  if (!x || !y) return t < 0.5 ? a : b;
  return `#${x
    .map((v, i) =>
      Math.round(v + (y[i] - v) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** A gradient point's value: a number, or the `=a/b` the add-on writes to avoid decimal literals. */
function pointNumber(p: GradientPoint, min: number, max: number): number {
  const text = p.value.trim();
  const ratio = /^=\s*(-?\d+)\s*\/\s*(\d+)$/.exec(text);
  const n = ratio ? Number(ratio[1]) / Number(ratio[2]) : Number(text.replace(',', '.'));
  switch (p.type) {
    case 'MIN':
      return min;
    case 'MAX':
      return max;
    case 'PERCENT':
    case 'PERCENTILE':
      return min + ((max - min) * n) / 100;
    default:
      return n;
  }
}

/** The colour a colour scale gives `v` (numbers only, as in Sheets), or null. */
export function gradientColour(g: NonNullable<CondFormatData['gradient']>, v: number, min: number, max: number): string | null {
  const points = [g.min, g.mid, g.max].filter((p): p is GradientPoint => p !== null).map((p) => ({ at: pointNumber(p, min, max), color: p.color }));
  if (points.length === 0 || !Number.isFinite(v)) return null;
  if (v <= points[0].at) return points[0].color;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (v <= b.at) return b.at === a.at ? b.color : mix(a.color, b.color, (v - a.at) / (b.at - a.at));
  }
  return points[points.length - 1].color;
}

/** Whether a boolean conditional-format rule matches `v` (the conditions the add-on writes and a few common ones). */
export function booleanMatches(type: string, args: Json[], v: unknown): boolean {
  const text = String(v).toLowerCase();
  const arg = String(args[0] ?? '').toLowerCase();
  const n = typeof v === 'number' ? v : NaN;
  switch (type) {
    case 'TEXT_EQUAL_TO':
      return text === arg;
    case 'TEXT_STARTS_WITH':
      return text !== '' && text.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return text !== '' && text.endsWith(arg);
    case 'TEXT_CONTAINS':
      return text !== '' && text.includes(arg);
    case 'CELL_EMPTY':
      return v === '';
    case 'CELL_NOT_EMPTY':
      return v !== '';
    case 'NUMBER_GREATER_THAN':
      return n > Number(args[0]);
    case 'NUMBER_LESS_THAN':
      return n < Number(args[0]);
    case 'NUMBER_BETWEEN':
      return n >= Number(args[0]) && n <= Number(args[1]);
    default:
      return false;
  }
}

/**
 * Background and text colours per cell of a sheet (rows × cols, 1-based refs), from its rules in
 * order: the first rule that matches a cell colours it, as in Sheets.
 */
export function ruleColours(sheet: RecordedSheet, values: unknown[][]): { bg: string; fg: string | null }[][] {
  const out: { bg: string; fg: string | null }[][] = values.map((r) => r.map(() => ({ bg: '', fg: null })));
  const done = values.map((r) => r.map(() => false));
  for (const rule of sheet.conditionalFormats) {
    for (const ref of rule.ranges) {
      const cells: [number, number][] = [];
      for (let r = ref.row - 1; r < Math.min(values.length, ref.row - 1 + ref.numRows); r++) {
        for (let c = ref.col - 1; c < Math.min(values[r].length, ref.col - 1 + ref.numCols); c++) cells.push([r, c]);
      }
      // A scale's MIN and MAX are those of its whole range, whichever rule colours each cell.
      const numbers = cells.map(([r, c]) => values[r][c]).filter((v): v is number => typeof v === 'number');
      const [min, max] = [Math.min(...numbers), Math.max(...numbers)];
      for (const [r, c] of cells) {
        if (done[r][c]) continue;
        const v = values[r][c];
        if (rule.gradient && typeof v === 'number') {
          const bg = gradientColour(rule.gradient, v, min, max);
          if (bg) [out[r][c], done[r][c]] = [{ bg, fg: null }, true];
        } else if (rule.boolean && booleanMatches(rule.boolean.type, rule.boolean.args, v)) {
          [out[r][c], done[r][c]] = [{ bg: rule.boolean.background ?? '', fg: rule.boolean.fontColor }, true];
        }
      }
    }
  }
  return out;
}

/** A protected range as the page marks it: where, and the description Sheets shows. */
export interface ProtectedView {
  row: number;
  col: number;
  rows: number;
  cols: number;
  description: string;
  warningOnly: boolean;
}

/** The protections of one sheet: its range protections, and a whole-sheet one as the sheet's extent. */
export function protectionsOf(protections: readonly ProtectionData[], sheet: RecordedSheet): ProtectedView[] {
  return protections
    .filter((p) => p.sheetId === sheet.id)
    .map((p) => {
      const ref = p.ref ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxColumns };
      return { row: ref.row, col: ref.col, rows: ref.numRows, cols: ref.numCols, description: p.description, warningOnly: p.warningOnly };
    });
}

/** The protection covering a cell, if any. */
export function protectionAt(list: ProtectedView[], row: number, col: number): ProtectedView | undefined {
  return list.find((p) => row >= p.row && row < p.row + p.rows && col >= p.col && col < p.col + p.cols);
}

/** A chart as the page draws it: Sheets' type and options, and the data of its ranges (headers first). */
export interface ChartView {
  type: string;
  title: string;
  options: Record<string, Json>;
  anchor: { row: number; col: number };
  /** Rows of the chart's data (columns side by side when it has several ranges), header row(s) included. */
  data: (string | number | boolean)[][];
  numHeaders: number;
  transpose: boolean;
}

export function chartsOf(sheet: RecordedSheet, valuesOf: (ref: RangeRef) => unknown[][]): ChartView[] {
  return sheet.charts.map((c) => {
    const blocks = c.ranges.map(valuesOf);
    const height = Math.max(0, ...blocks.map((b) => b.length));
    // Dates as the sheet shows them (jj/mm/aaaa): a chart's labels are text.
    const data = Array.from({ length: height }, (_, r) =>
      blocks.flatMap((b) => (b[r] ?? []).map((v) => (isDate(v) ? inputText(v, null) : (v as string | number | boolean)))),
    );
    return {
      type: c.type,
      title: typeof c.options.title === 'string' ? c.options.title : '',
      options: c.options,
      anchor: { row: c.position.row, col: c.position.col },
      data,
      numHeaders: c.numHeaders,
      transpose: c.transpose,
    };
  });
}
