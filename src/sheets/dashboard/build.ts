import type { Lang, Text } from '../../core/i18n';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../core/instruments';
import { problem } from '../../core/problem';
import { menuItem } from '../menu-captions';
import { readParameters } from '../parameters-reader';
import { PROJECTS, SYSTEM, VALUATION } from '../schema';
import { COMMITTEE } from '../../core/instruments/committee';
import { createOwnSheet, leftAlone, ownSheet } from '../owned';
import { DASHBOARD } from '../templates/dashboard-sheet';
import { writeCells } from '../literal';
import { readSheet } from '../workbook';
import { gridSheet, gridSheets, readCustomGrids } from '../grids/read';
import { gridSheetSpec } from '../../core/grids/sheet';
import { readTable } from '../table';
import { BLOCK_WIDTH, dashboardBlock } from './block';
import { replaceCharts } from './charts';
import { readLastBuild, rememberBuild } from './last-build';
import { AUTOMATIC_FORMAT } from '../formats';
import { portfolioSummary, type PortfolioSummary } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DashboardReport {
  summary: PortfolioSummary;
  /** Paramètres settings the formulas reject: their defaults were used (see parameters-reader.ts). */
  problems: Text[];
  /** The sheet written: the add-on's own, which is « Tableau de bord » unless a user's sheet has that name. */
  sheetName: string;
  /** Set when the add-on's sheet was just created beside a user's sheet that has the usual name. */
  leftAlone?: Text;
}

/**
 * Draws the portfolio on the add-on's own dashboard sheet (see owned.ts): reads Projets and the
 * instrument sheets in one block each, computes the summary with the core functions, writes the data
 * block in one write (blanking what a longer one left below it) and redraws those of its charts
 * (charts reading only the data block) that would not be drawn the same (charts.ts); users' other
 * charts stay. The settings are read as the sheet's formulas read them. The caller holds the
 * document lock.
 */
export function buildDashboard(ss: Spreadsheet, lang: Lang, now = new Date()): DashboardReport {
  const projects = readSheet(ss, PROJECTS);
  if (!projects || !projects.columns.has('id')) {
    throw problem(
      `Pas de feuille Projets avec une colonne ID : lancez d’abord ${menuItem('setupWorkbook', 'fr')} (ou ${menuItem('loadDemo', 'fr')}).`,
      `No Projects sheet with an ID column: first run ${menuItem('setupWorkbook', 'en')} (or ${menuItem('loadDemo', 'en')}).`,
    );
  }
  // Only the settings the dashboard uses: a problem in another one is not this action's to report.
  const { parameters, problems } = readParameters(ss, ['amiWeights', 'srlThreshold', 'disagreement', 'envelope', 'consensusMethod', 'discountRate']);
  const sheets = Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, readSheet(ss, INSTRUMENTS[id].sheet)]));
  const committee = readSheet(ss, COMMITTEE) ?? undefined;
  const valuation = readSheet(ss, VALUATION);
  const grids = customGridTables(ss);
  const system = readSheet(ss, SYSTEM);
  const summary = portfolioSummary({ projects, ...sheets, committee, valuation, grids, system, ...parameters, today: now });
  const block = dashboardBlock(summary, lang, now);

  // Only into the add-on's own sheet: a user's « Tableau de bord » is never written over.
  const own = ownSheet(ss, DASHBOARD);
  const created = own ? null : createOwnSheet(ss, DASHBOARD, lang);
  const sheet = own ?? created!.sheet;
  const sheetId = sheet.getSheetId();
  const last = readLastBuild(sheetId);
  // The rows a longer block wrote below this one are blanked in the same write, and no others: with no
  // record of the last build (an earlier version's), its rows cannot be told from a user's cells below.
  // A record beyond the sheet's rows (rows deleted since, a property tampered with) stops at its end.
  const height = last.rows && last.rows > block.values.length ? Math.max(block.values.length, Math.min(last.rows, sheet.getMaxRows())) : block.values.length;
  const below = <T>(fill: T) => Array.from({ length: height - block.values.length }, () => new Array<T>(BLOCK_WIDTH).fill(fill));
  const range = sheet.getRange(1, 1, height, BLOCK_WIDTH);
  // Formats first: a text cell left `@` by an earlier version would show the apostrophe (literal.ts).
  range.setNumberFormats([...block.formats, ...below(AUTOMATIC_FORMAT)]);
  writeCells(range, [...block.values, ...below('')]);
  range.setNotes([...block.notes, ...below('')]);
  const charts = replaceCharts(sheet, sheetId, block.charts, last.charts);
  rememberBuild(last, { sheetId, rows: block.values.length, charts });
  const sheetName = sheet.getName();
  return { summary, problems, sheetName, ...(created?.userSheet ? { leftAlone: leftAlone(created.userSheet, sheetName) } : {}) };
}

/**
 * The valid grids users define, each with its sheet's table (the add-on's sheet of the grid: one read
 * each). A grid whose definitions have problems has no chart; the action and the diagnostic name them.
 */
function customGridTables(ss: Spreadsheet) {
  const { grids } = readCustomGrids(ss);
  if (!grids.length) return [];
  const marks = gridSheets(ss);
  return grids.map((grid) => {
    const sheet = gridSheet(ss, grid, marks);
    return { grid, table: sheet ? readTable(sheet, gridSheetSpec(grid)) : undefined };
  });
}
