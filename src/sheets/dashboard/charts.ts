import { hash53 } from '../../core/hash';
import { BLOCK_WIDTH, type ChartSpec } from './block';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** How replaceCharts draws a chart from its spec: a version that draws them otherwise (another option…) bumps it, so that none is kept. */
const DRAWING = 1;

const specHash = (c: ChartSpec) => hash53(JSON.stringify([DRAWING, c.kind, !!c.stacked, c.title, c.row, c.rows, c.columns, c.anchor.row, c.anchor.column]));

/** Where a spec's data lies: its rows of the block's first `columns` columns. */
const placeOf = (c: Pick<ChartSpec, 'row' | 'rows' | 'columns'>) => `${c.row}:${c.rows}:${c.columns}`;

/**
 * Charts whose every range lies in the data block are the dashboard's own; users' other charts stay.
 * An own chart is kept as it is when this run would draw it the same: the spec it was drawn from
 * (`drawn`: last-build.ts) is this run's, and its data range and title, read from the chart, are
 * still that spec's. A native chart follows its range's values, so a refresh whose tables kept their
 * size and titles makes no chart call (a removal and an insertion each otherwise: 50–150 ms apiece,
 * dev/bench/latency.ts), and a chart a user moved or restyled keeps it. Every other own chart is
 * removed (a second copy of a kept one too), and what is missing drawn. Returns the specs drawn now,
 * for the next build.
 */
export function replaceCharts(sheet: Sheet, sheetId: number, charts: readonly ChartSpec[], drawn: ReadonlySet<string>): string[] {
  const hashes = charts.map(specHash);
  // This run's specs drawn last time, by where their data lies (each table has rows of its own).
  const keepable = new Map(charts.filter((_, i) => drawn.has(hashes[i])).map((c) => [placeOf(c), c]));
  const kept = new Set<ChartSpec>();
  for (const chart of sheet.getCharts()) {
    const ranges = chart.getRanges().map(placeOfRange);
    if (!ranges.length || !ranges.every((r) => r.sheetId === sheetId && r.column + r.columns - 1 <= BLOCK_WIDTH)) continue;
    const only = keepable.size && ranges.length === 1 && ranges[0].column === 1 ? ranges[0] : undefined;
    const spec = only && keepable.get(placeOf({ row: only.range.getRow(), rows: only.range.getNumRows(), columns: only.columns }));
    // Its title too: a chart a user pointed at another table shows that table under its own title.
    if (spec && !kept.has(spec) && chart.getOptions().get('title') === spec.title) kept.add(spec);
    else sheet.removeChart(chart);
  }
  for (const c of charts) {
    if (kept.has(c)) continue;
    const builder = sheet
      .newChart()
      .setChartType(Charts.ChartType[c.kind])
      .addRange(sheet.getRange(c.row, 1, c.rows, c.columns))
      .setNumHeaders(1)
      .setPosition(c.anchor.row, c.anchor.column, 0, 0)
      .setOption('title', c.title)
      .setOption('legend', { position: c.kind === 'PIE' || c.columns > 2 ? 'right' : 'none' });
    if (c.stacked) builder.setOption('isStacked', true);
    sheet.insertChart(builder.build());
  }
  return hashes;
}

/** Which sheet and columns a chart's range covers (its rows are read only when a spec may match them). */
function placeOfRange(range: Range): { range: Range; sheetId: number; column: number; columns: number } {
  return { range, sheetId: range.getSheet().getSheetId(), column: range.getColumn(), columns: range.getNumColumns() };
}
