// The sheet's charts drawn with Chart.js from the specifications the add-on recorded (EmbeddedChart
// builders in the fake): the same type, title, data ranges, legend and stacking as in Sheets.
import Chart from 'chart.js/auto';
import { el } from './format';
import { t } from './i18n';

/** Sheets' default series colours, in order. */
const SHEETS_COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72', '#fcd04f', '#71c287'];

let drawn = [];

const option = (chart, name) => {
  if (chart.options[name] !== undefined) return chart.options[name];
  // `legend.position` may be stored flat (setLegendPosition) or nested (setOption('legend', {position})).
  const [head, ...rest] = name.split('.');
  let v = chart.options[head];
  for (const k of rest) v = v && typeof v === 'object' ? v[k] : undefined;
  return v;
};

/** Labels (first column) and series (other columns, named by the header row) of a chart's data. */
export function seriesOf(chart) {
  let rows = chart.data.map((r) => [...r]);
  if (chart.transpose) rows = rows[0] ? rows[0].map((_, c) => rows.map((r) => r[c])) : [];
  const headers = chart.numHeaders > 0 ? rows.slice(0, chart.numHeaders) : [];
  const body = rows.slice(headers.length).filter((r) => r.some((v) => v !== '' && v !== null));
  const names = (headers[headers.length - 1] || []).map(String);
  const labels = body.map((r) => String(r[0]));
  const series = (rows[0] || []).slice(1).map((_, i) => ({
    name: names[i + 1] || `Série ${i + 1}`,
    values: body.map((r) => (typeof r[i + 1] === 'number' ? r[i + 1] : Number.NaN)),
  }));
  return { labels, series, names };
}

function config(chart) {
  const { labels, series } = seriesOf(chart);
  const colours = option(chart, 'colors') || SHEETS_COLOURS;
  const legend = option(chart, 'legend.position') || 'right';
  const stacked = option(chart, 'isStacked') === true;
  const pie = chart.type === 'PIE';
  const datasets = series.map((s, i) => ({
    label: s.name,
    data: s.values,
    backgroundColor: pie ? labels.map((_, j) => colours[j % colours.length]) : colours[i % colours.length],
    borderColor: pie ? '#fff' : colours[i % colours.length],
    fill: chart.type === 'AREA',
  }));
  const type =
    { COLUMN: 'bar', BAR: 'bar', LINE: 'line', AREA: 'line', PIE: option(chart, 'pieHole') ? 'doughnut' : 'pie', SCATTER: 'scatter' }[chart.type] || 'bar';
  const axis = (name) => {
    const title = option(chart, `${name}.title`);
    // Every category named, as Sheets does (Chart.js would skip some to avoid overlaps).
    return { stacked, title: { display: Boolean(title), text: title || '' }, ticks: { precision: 0, autoSkip: false } };
  };
  return {
    type,
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: chart.type === 'BAR' ? 'y' : 'x',
      locale: 'fr-FR',
      plugins: {
        title: { display: Boolean(chart.title), text: chart.title, font: { size: 14, weight: 'normal' }, color: '#202124' },
        legend: { display: legend !== 'none', position: legend === 'none' ? 'right' : legend },
      },
      scales: pie ? {} : { x: chart.type === 'BAR' ? axis('vAxis') : axis('hAxis'), y: chart.type === 'BAR' ? axis('hAxis') : axis('vAxis') },
    },
  };
}

/** A TABLE chart is a table in Sheets too: drawn as one (text only). */
function table(chart) {
  const t = el('table', { class: 'chart-table' });
  chart.data.forEach((row, r) => {
    const tr = el('tr');
    for (const v of row) tr.append(el(r < chart.numHeaders ? 'th' : 'td', {}, typeof v === 'number' ? v.toLocaleString('fr-FR') : String(v)));
    t.append(tr);
  });
  return t;
}

/** Draws the charts of the sheet shown into `box` (emptied first), in their anchor order. */
export function drawCharts(box, charts) {
  for (const c of drawn) c.destroy();
  drawn = [];
  box.replaceChildren();
  box.hidden = charts.length === 0;
  // The charts scroll in their box (at most 45 % of the height): focusable, so the keyboard scrolls them too
  // (axe's scrollable-region-focusable; set here, biome's HTML lint wants no tabindex on a section).
  box.tabIndex = 0;
  if (!charts.length) return;
  box.append(el('h2', { class: 'charts-title' }, t('chartsTitle', charts.length)));
  const ordered = [...charts].sort((a, b) => a.anchor.row - b.anchor.row || a.anchor.col - b.anchor.col);
  for (const chart of ordered) {
    const figure = el('figure', { class: 'chart', 'data-type': chart.type });
    if (chart.type === 'TABLE') {
      figure.append(el('figcaption', {}, chart.title), table(chart));
    } else {
      const holder = el('div', { class: 'chart-canvas' });
      const canvas = el('canvas', { role: 'img', 'aria-label': chart.title || 'Graphique' });
      holder.append(canvas);
      figure.append(holder);
      drawn.push(new Chart(canvas, config(chart)));
    }
    box.append(figure);
  }
}
