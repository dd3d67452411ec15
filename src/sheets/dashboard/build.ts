import { AMI_COUNT } from '../../core/ami/score';
import { toNumber } from '../../core/cells/number';
import { parseProportion } from '../../core/cells/proportion';
import type { Lang } from '../../core/i18n';
import { problem } from '../../core/problem';
import { AMI, PROJECTS, SIAT, SRL, VALUE_CAPTURE, type SheetSpec } from '../schema';
import { readTable, type Table } from '../table';
import { DASHBOARD_SHEET } from '../templates/dashboard-sheet';
import { PARAMETER_NAMES } from '../templates/parameters';
import { findSheet } from '../workbook';
import { BLOCK_WIDTH, dashboardBlock, type ChartSpec } from './block';
import { portfolioSummary, type PortfolioSummary } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function tableOf(ss: Spreadsheet, spec: SheetSpec): Table | undefined {
  const sheet = findSheet(ss, spec);
  return sheet ? readTable(sheet, spec) : undefined;
}

/** A named setting's values, or undefined when the name or a value is missing/unreadable. */
function setting<T>(ss: Spreadsheet, name: string, read: (values: unknown[]) => T): T | undefined {
  const range = ss.getRangeByName(name);
  if (!range) return undefined;
  try {
    return read(range.getValues().flat());
  } catch {
    return undefined;
  }
}

const weights = (values: unknown[]) => {
  const w = values.map(toNumber);
  if (w.length !== AMI_COUNT || w.some((x) => !(x >= 0)) || w.every((x) => x === 0)) throw new Error('unreadable weights');
  return w;
};

/**
 * Draws the portfolio on « Tableau de bord »: reads Projets and the instrument sheets in one block
 * each, computes the summary with the core functions, writes the data block in one write and
 * replaces the charts it drew last time (charts reading only the data block); users' other charts
 * stay. The caller holds the document lock.
 */
export function buildDashboard(ss: Spreadsheet, lang: Lang, now = new Date()): PortfolioSummary {
  const projects = tableOf(ss, PROJECTS);
  if (!projects || !projects.columns.has('id')) {
    throw problem(
      'Pas de feuille Projets avec une colonne ID : lancez d’abord « Créer / compléter le classeur » (ou « Charger l’exemple »).',
      'No Projects sheet with an ID column: first run "Create / complete the workbook" (or "Load the example").',
    );
  }
  const summary = portfolioSummary({
    projects,
    ami: tableOf(ss, AMI),
    srl: tableOf(ss, SRL),
    vc: tableOf(ss, VALUE_CAPTURE),
    siat: tableOf(ss, SIAT),
    amiWeights: setting(ss, PARAMETER_NAMES.amiWeights, weights),
    srlThreshold: setting(ss, PARAMETER_NAMES.srlThreshold, (v) => parseProportion(v[0])),
  });
  const block = dashboardBlock(summary, lang, now);

  const sheet = findSheet(ss, { name: DASHBOARD_SHEET }) ?? ss.insertSheet(DASHBOARD_SHEET[lang], ss.getNumSheets());
  const range = sheet.getRange(1, 1, block.values.length, BLOCK_WIDTH);
  range.setValues(block.values);
  range.setNumberFormats(block.formats);
  replaceCharts(sheet, block.charts);
  return summary;
}

/** Charts whose every range lies in the data block are the dashboard's own: they are redrawn. */
function replaceCharts(sheet: Sheet, charts: ChartSpec[]): void {
  const sheetId = sheet.getSheetId();
  for (const chart of sheet.getCharts()) {
    const ranges = chart.getRanges();
    const own = ranges.length > 0 && ranges.every((r) => r.getSheet().getSheetId() === sheetId && r.getColumn() + r.getNumColumns() - 1 <= BLOCK_WIDTH);
    if (own) sheet.removeChart(chart);
  }
  for (const c of charts) {
    const builder = sheet
      .newChart()
      .setChartType(Charts.ChartType[c.kind])
      .addRange(sheet.getRange(c.row, 1, c.rows, c.columns))
      .setNumHeaders(1)
      .setPosition(c.anchor.row, c.anchor.column, 0, 0)
      .setOption('title', c.title)
      .setOption('legend', { position: c.kind === 'PIE' || c.columns > 2 ? 'right' : 'none' });
    sheet.insertChart(builder.build());
  }
}
