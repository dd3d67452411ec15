import type { Lang, Text } from '../../core/i18n';
import { AUTOMATIC_FORMAT } from '../formats';
import type { CellInput } from '../literal';
import { MENU_CAPTIONS } from '../menu-captions';
import { type ChartKind, dashboardOrder, FIGURES } from './figures';
import { COUNT } from './figures/figure';
import { overTimeTables } from './figures/over-time';
import { reviewTables } from './figures/review';
import { sroiTables } from './figures/sroi';
import { gridTables } from './figures/grids';
import type { PortfolioSummary } from './summary';

export { RANKING_SIZE } from './figures';

/**
 * The dashboard's data block: small tables (label, value…) stacked in columns A–D of « Tableau de
 * bord », one per chart, each instrument's in turn (figures/). Its size never depends on the number
 * of projects (the ranking keeps the first RANKING_SIZE, the portfolio over time its last periods and
 * a few projects per phase), so it is written — and replaces the previous one — in one block. Four
 * columns: the widest table, the SRL distribution per period, has a label and the three SRL phases.
 */
export const BLOCK_WIDTH = 4;

export type { ChartKind };

export interface ChartSpec {
  kind: ChartKind;
  stacked?: boolean;
  title: string;
  /** 1-based first row of the table (its header row) and its size, header included. */
  row: number;
  rows: number;
  columns: number;
  /** Where the chart is drawn (1-based anchor cell). */
  anchor: { row: number; column: number };
}

export interface DashboardBlock {
  values: CellInput[][];
  /** Set before the values: text cells on Automatic, where the writer's apostrophe keeps text as text (literal.ts). */
  formats: string[][];
  /** A note on each cell left empty because its number is not finite; '' elsewhere (clears old notes). */
  notes: string[][];
  charts: ChartSpec[];
}

const CHART_ROWS = 18;
const CHART_COLUMNS = 7;
// Column E, where the charts stood when the block was three columns wide.
const FIRST_CHART_COLUMN = BLOCK_WIDTH + 1;

/** The block's first two cells: they also recognise a dashboard an earlier version drew (see dashboard-sheet.ts). */
export const DASHBOARD_TITLE: Text = { fr: 'Tableau de bord du portefeuille', en: 'Portfolio dashboard' };

export const INTRO: Text = {
  fr: `Données écrites par « ${MENU_CAPTIONS.buildDashboard.fr} » : elles sont remplacées à chaque mise à jour, avec les graphiques qui les lisent.`,
  en: `Data written by "${MENU_CAPTIONS.buildDashboard.en}": replaced at each update, together with the charts that read it.`,
};

/**
 * Sums of finite cells can overflow (amounts or Paramètres weights near 1e308): Sheets would show
 * such a number as an error or a huge figure, and a chart would be drawn from it. The cell is left
 * empty with this note instead.
 */
const NOT_FINITE: Text = {
  fr: 'Laissé vide : ce calcul ne donne pas un nombre fini (des montants de « Captation de valeur » ou des poids de « Paramètres » trop grands). Corrigez-les puis mettez à jour le tableau de bord.',
  en: 'Left empty: this computation gives no finite number (amounts in "Value capture" or weights in "Settings" too large). Fix them, then update the dashboard.',
};

const notFinite = (v: unknown) => typeof v === 'number' && !Number.isFinite(v);

export function dashboardBlock(s: PortfolioSummary, lang: Lang, now: Date): DashboardBlock {
  const values: CellInput[][] = [];
  const formats: string[][] = [];
  const notes: string[][] = [];
  const push = (cells: unknown[], format: string) => {
    const row = Array.from({ length: BLOCK_WIDTH }, (_, i) => cells[i] ?? '');
    values.push(row.map((v) => (notFinite(v) ? '' : v)) as CellInput[]);
    formats.push(row.map((v, i) => (i === 0 || typeof v === 'string' ? AUTOMATIC_FORMAT : format)));
    notes.push(row.map((v) => (notFinite(v) ? NOT_FINITE[lang] : '')));
  };
  push([DASHBOARD_TITLE[lang]], COUNT);
  push([INTRO[lang]], COUNT);
  push([lang === 'en' ? 'Updated on' : 'Mis à jour le', now], 'dd/mm/yyyy hh:mm');
  push([lang === 'en' ? 'Projects' : 'Projets', s.projects], COUNT);
  const charts: ChartSpec[] = [];
  // Today's charts, then the committee's (issue 11): the reviewers' agreement and the envelope; then
  // the portfolio over time (issue 12); then the SROI's stakeholders and sensitivity (issue 13).
  const tables = [
    ...dashboardOrder().flatMap((id) => FIGURES[id].tables(s, lang)),
    // The grids users define, after the frameworks the add-on declares (issue 14 §5).
    ...gridTables(s.customGrids ?? [], lang),
    ...reviewTables(s, lang),
    ...overTimeTables(s, lang),
    ...sroiTables(s, lang),
  ];
  tables.forEach((t, k) => {
    push([], COUNT);
    const row = values.length + 1;
    push(
      t.header.map((h) => h[lang]),
      COUNT,
    );
    for (const r of t.rows) push(r, t.format);
    for (const line of t.after ?? []) push([line], COUNT);
    charts.push({
      kind: t.kind,
      ...(t.stacked ? { stacked: true } : {}),
      title: t.title[lang],
      row,
      rows: 1 + (t.used ?? t.rows.length),
      columns: t.header.length,
      anchor: { row: 1 + CHART_ROWS * Math.floor(k / 2), column: FIRST_CHART_COLUMN + CHART_COLUMNS * (k % 2) },
    });
  });
  return { values, formats, notes, charts };
}
