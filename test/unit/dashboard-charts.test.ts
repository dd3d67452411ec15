/**
 * « Mettre à jour le tableau de bord » keeps each of its charts that it would draw the same
 * (src/sheets/dashboard/charts.ts): a refresh of an unchanged portfolio makes no chart call, a change
 * redraws the charts it changes, and what is left is always what a first build draws. A shorter data
 * block blanks the rows the last one left (last-build.ts).
 */
import { buildDashboard } from '../../src/server/actions/build-dashboard';
import { loadDemo } from '../../src/server/actions/load-demo';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { amiLevelField } from '../../src/core/instruments/ami';
import { AMI } from '../../src/sheets/schema';
import { columnsOf, sheet, withFake, type Fake } from '../helpers/workbook';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const KEY = 'grilles-innovation-sociale/dashboard';
const dashboard = (fake: Fake) => sheet(fake, 'Tableau de bord');

/** What a chart shows and where: its title, data range and anchor cell. */
function drawn(chart: Chart) {
  const at = chart.getContainerInfo();
  return {
    title: String(chart.getOptions().get('title')),
    ranges: chart.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`),
    anchor: [at.getAnchorRow(), at.getAnchorColumn()],
  };
}
const byAnchor = (a: { anchor: number[] }, b: { anchor: number[] }) => a.anchor[0] - b.anchor[0] || a.anchor[1] - b.anchor[1];

/** The dashboard's charts as `drawn` says them, by anchor. */
const chartsOf = (fake: Fake) => dashboard(fake).getCharts().map(drawn).sort(byAnchor);

/** The charts a first build draws for the workbook as it is now: every chart and the record of them removed, then a build. */
function firstBuild(fake: Fake) {
  const dash = dashboard(fake);
  for (const chart of dash.getCharts()) dash.removeChart(chart);
  PropertiesService.getDocumentProperties().deleteProperty(KEY);
  buildDashboard();
  return chartsOf(fake);
}

/** The demo's dashboard, built once. */
function demoDashboard(fake: Fake) {
  loadDemo();
  buildDashboard();
  return dashboard(fake);
}

const chartCalls = (fake: Fake) => ({
  removed: fake.calls.byMethod['Sheet.removeChart'] ?? 0,
  inserted: fake.calls.byMethod['Sheet.insertChart'] ?? 0,
});

test(
  'a refresh of an unchanged portfolio keeps every chart: none removed or inserted, the same ids',
  withFake((fake) => {
    const dash = demoDashboard(fake);
    const before = dash.getCharts().map((c) => c.getChartId());
    expect(before).toHaveLength(24);
    fake.resetCalls();
    buildDashboard();
    expect(chartCalls(fake)).toEqual({ removed: 0, inserted: 0 });
    // The record is rewritten only when it changes.
    expect(fake.calls.byMethod['Properties.setProperty'] ?? 0).toBe(0);
    expect(dash.getCharts().map((c) => c.getChartId())).toEqual(before);
  }),
);

test(
  'a change redraws the charts whose title or table moved, keeps the others, and leaves what a first build draws',
  withFake((fake) => {
    const dash = demoDashboard(fake);
    const idOf = (title: string) =>
      dash
        .getCharts()
        .find((c) => String(c.getOptions().get('title')).startsWith(title))
        ?.getChartId();
    const srl = idOf('Projets par niveau SRL');
    const profile = idOf('Profil AMI moyen par critère');
    // P-0003's AMI grid loses a level: 12 complete grids instead of 13, so the AMI profile's title
    // changes (and the ranking's, one project fewer: every table below it moves up a row).
    const ami = sheet(fake, AMI.name.fr);
    const at = columnsOf(ami, AMI);
    const ids = ami.getRange(2, at.get('id')!, ami.getLastRow() - 1, 1).getValues();
    const row = 2 + ids.findIndex((r) => r[0] === 'P-0003');
    ami.getRange(row, at.get(amiLevelField(AMI_CRITERIA[0].id))!).setValue('');

    fake.resetCalls();
    buildDashboard();
    const { removed, inserted } = chartCalls(fake);
    expect(removed).toBe(inserted);
    expect(removed).toBeGreaterThan(0);
    expect(removed).toBeLessThan(24);
    expect(idOf('Projets par niveau SRL')).toBe(srl);
    expect(idOf('Profil AMI moyen par critère')).not.toBe(profile);
    expect(dash.getCharts().map((c) => String(c.getOptions().get('title')))).toContain('Profil AMI moyen par critère (12 grilles complètes)');

    expect(chartsOf(fake)).toEqual(firstBuild(fake));
  }),
);

test(
  'a chart of the dashboard a user moved or restyled stays as it is; a copy of it is removed; a user’s own chart stays',
  withFake((fake) => {
    const dash = demoDashboard(fake);
    const [first] = dash.getCharts();
    dash.updateChart(first.modify().setOption('colors', ['#b31412']).setPosition(90, 12, 0, 0).build());
    // The copy has the chart's range and title: only one of the two is the dashboard's.
    const copy = dash
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(first.getRanges()[0])
      .setOption('title', first.getOptions().get('title'))
      .setPosition(120, 12, 0, 0)
      .build();
    dash.insertChart(copy);
    const users = dash.newChart().setChartType(Charts.ChartType.LINE).addRange(sheet(fake, 'Projets').getRange('A1:B5')).setPosition(150, 12, 0, 0).build();
    dash.insertChart(users);
    expect(dash.getCharts()).toHaveLength(26);

    buildDashboard();
    const charts = dash.getCharts();
    expect(charts).toHaveLength(25); // the 24, the restyled one among them, and the user's
    const kept = charts.find((c) => c.getChartId() === first.getChartId())!;
    expect(kept.getOptions().get('colors')).toEqual(['#b31412']);
    expect([kept.getContainerInfo().getAnchorRow(), kept.getContainerInfo().getAnchorColumn()]).toEqual([90, 12]);
    expect(charts.some((c) => c.getChartId() === users.getChartId())).toBe(true);
  }),
);

test.each([
  // Each table keeps its own title: the chart shows another table's data under the first one's.
  ['at another of its tables', (_: Sheet, [, second]: Chart[]) => second.getRanges()[0]],
  // Its title kept, other columns of the same rows.
  [
    'at other columns of the same rows',
    (dash: Sheet, [first]: Chart[]) => {
      const r = first.getRanges()[0];
      return dash.getRange(r.getRow(), 2, r.getNumRows(), r.getNumColumns());
    },
  ],
])('a chart of the dashboard a user pointed %s is drawn again', (_, rangeFor) =>
  withFake((fake) => {
    const dash = demoDashboard(fake);
    const charts = dash.getCharts();
    dash.updateChart(charts[0].modify().clearRanges().addRange(rangeFor(dash, charts)).build());
    buildDashboard();
    expect(chartsOf(fake)).toEqual(firstBuild(fake));
  })(),
);

test.each([
  ['unreadable', () => 'not json {'],
  ['kept for another sheet', () => JSON.stringify({ sheetId: -1, rows: 215, charts: [] })],
  ['of the wrong shape', (sheetId: number) => JSON.stringify({ sheetId, rows: 'all', charts: 'all' })],
  // More rows than the sheet has: the block is blanked down to the sheet's last row, not beyond.
  ['of a block taller than the sheet', (sheetId: number) => JSON.stringify({ sheetId, rows: 5_000_000, charts: [] })],
])('a record of the charts that is %s: every chart is drawn again, as a first build draws them', (_, record) =>
  withFake((fake) => {
    const dash = demoDashboard(fake);
    const expected = chartsOf(fake);
    PropertiesService.getDocumentProperties().setProperty(KEY, record(dash.getSheetId()));
    fake.resetCalls();
    buildDashboard();
    expect(chartCalls(fake)).toEqual({ removed: 24, inserted: 24 });
    expect(chartsOf(fake)).toEqual(expected);
  })(),
);

/** How many rows the block's columns use: the last row with a value, and the rows above it. */
const usedHeight = (rows: unknown[][]) => rows.length - [...rows].reverse().findIndex((r) => r.some((v) => v !== ''));

/** The demo's portfolio cut to its first two projects: the dashboard's block gets shorter (the SROI's sentences, the ranking). */
function keepTwoProjects(fake: Fake): void {
  sheet(fake, 'Projets').deleteRows(3, 13);
}

test(
  'a shorter block blanks the rows the last one wrote below it, and only those',
  withFake((fake) => {
    const dash = demoDashboard(fake);
    const longer = dash.getLastRow();
    dash.getRange(longer + 2, 1).setValue('Ma remarque sous le tableau');
    keepTwoProjects(fake);
    buildDashboard();
    const after = dash.getRange(1, 1, longer, 3).getValues();
    const notes = dash.getRange(1, 1, longer, 3).getNotes();
    expect(dash.getRange(longer + 2, 1).getValue()).toBe('Ma remarque sous le tableau');
    // What a first build on an empty sheet writes, then blanks down to where the last block ended.
    dash.getRange(1, 1, longer, 3).clear();
    firstBuild(fake);
    const fresh = dash.getRange(1, 1, longer, 3).getValues();
    const height = usedHeight(fresh);
    expect(height).toBeLessThan(longer);
    // The time of the update apart.
    const untimed = (rows: unknown[][]) => rows.map((r) => (r[0] === 'Mis à jour le' ? [r[0]] : r));
    expect(untimed(after)).toEqual(untimed(fresh));
    expect(
      notes
        .slice(height)
        .flat()
        .every((n) => n === ''),
    ).toBe(true);
  }),
);

test(
  'with no record of the last build (an earlier version’s), nothing below the new block is written: a user’s cell there stays',
  withFake((fake) => {
    const dash = demoDashboard(fake);
    const longer = dash.getLastRow();
    dash.getRange(longer + 2, 1).setValue('Ma remarque sous le tableau');
    PropertiesService.getDocumentProperties().deleteProperty(KEY);
    keepTwoProjects(fake);
    const before = dash.getRange(1, 1, longer + 2, 4).getValues();
    buildDashboard();
    const after = dash.getRange(1, 1, longer + 2, 4).getValues();
    // The new block's height, as a first build on a cleared sheet writes it.
    dash.getRange(1, 1, longer + 2, 4).clear();
    firstBuild(fake);
    const height = usedHeight(dash.getRange(1, 1, longer, 4).getValues());
    expect(height).toBeLessThan(longer);
    expect(after.slice(height)).toEqual(before.slice(height));
    expect(after[longer + 1][0]).toBe('Ma remarque sous le tableau');
  }),
);
