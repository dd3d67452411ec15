import type { Lang, Text } from '../../../core/i18n';
import { isBlank } from '../../../core/cells/text';
import { FORMATS } from '../../formats';

/**
 * What one instrument contributes to the dashboard (see index.ts): its part of the portfolio
 * summary, computed from its sheet with the core functions its formulas use, and the tables of
 * the data block, one chart each.
 */
export interface DashboardFigures<Part> {
  summarize(input: FigureInput): Part;
  tables(part: Part, lang: Lang): ChartTable[];
}

/** A listed project's row of an instrument's sheet (the first with its ID). */
export interface ProjectRow {
  id: string;
  /** The row's cells under these column ids, in order; undefined when one of the columns is missing. */
  cells(fields: readonly string[]): unknown[] | undefined;
}

export interface FigureInput {
  /** The listed projects' rows of the instrument's sheet; none when the sheet is missing or has no ID column. */
  rows: readonly ProjectRow[];
  /** A listed project's name (its ID when it has none). */
  name(id: string): string;
  /** The Paramètres settings, as the sheet's formulas read them (defaults when absent). */
  settings: { amiWeights: readonly number[]; srlThreshold: number };
}

/** TABLE: a native table chart, for a list the other charts cannot draw (projects with their time in a phase). */
export type ChartKind = 'COLUMN' | 'BAR' | 'PIE' | 'TABLE';

/** One table of the data block and the chart drawn from it. */
export interface ChartTable {
  kind: ChartKind;
  /** Columns stacked (a distribution per period): one bar per row, its series one above the other. */
  stacked?: boolean;
  title: Text;
  header: Text[];
  rows: unknown[][];
  /** Rows of `rows` that hold data (the ranking is padded to a fixed size). */
  used?: number;
  format: string;
  /** Lines written under the table, outside the chart's range (the sensitivity's sentence). */
  after?: string[];
}

export const COUNT = FORMATS.integer;

/** The column header of a count of projects, and of a mean score: shared by several tables. */
export const PROJECTS: Text = { fr: 'Projets', en: 'Projects' };
export const MEAN_SCORE: Text = { fr: 'Score moyen', en: 'Mean score' };
export const MEAN = '0.0';

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** A mean the block shows: empty when there is none. */
export const or = (v: number | null) => (v === null ? '' : v);

/** Every value read, or undefined when one is blank or unreadable (the formula gives no number). */
export function readAll(cells: unknown[] | undefined, read: (v: unknown) => number): number[] | undefined {
  if (!cells) return undefined;
  const out = cells.map((c) => (isBlank(c) ? NaN : read(c)));
  return out.some(Number.isNaN) ? undefined : out;
}
