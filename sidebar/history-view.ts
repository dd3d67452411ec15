import { isBlankCell } from '../src/contract/cells';
import { INSTRUMENT_IDS } from '../src/contract/endpoints';
import { AMI_CRITERIA } from '../src/core/ami/grid';
import { amiMax } from '../src/core/ami/maximum';
import { editableFields } from '../src/core/instruments';
import { SRL_MAX, srlLabel } from '../src/core/srl/level';
import { SRL_SOURCE } from '../src/core/srl/scale';
import { el, svg, uid } from './dom';
import { fieldLabel, fieldValue } from './field-labels';
import { formatDay, formatNumber, formatPercent } from './format';
import { historyOf, nextStep, type HistoryPoint } from './history';
import { lang, t } from './lang';
import type { ProjectModel } from './model';
import { sourceNote } from './panels/panel';
import { nextLevelView } from './panels/srl';
import { format, S } from './strings';

/** What the list lets the reviewer do (app.ts calls the server). */
export interface HistoryActions {
  /** Opens one of my assessments by its date (saves then go to it). */
  openMine(date: string): void;
  /** Whether it may run now (no pending edit, nothing saving). */
  ready(): boolean;
}

const ALL = AMI_CRITERIA.map((_, i) => i);
const who = (p: HistoryPoint) => (p.assessment.own ? t(S.me) : p.assessment.reviewer || t(S.unnamedReviewer));
const day = (p: HistoryPoint) => (p.assessment.date ? formatDay(p.assessment.date) : t(S.undated));

/**
 * « Suivi dans le temps »: the project's SRL over time (a chart), its assessments (date, reviewer,
 * SRL, AMI total; mine openable, the others' readable, hidden ones named only), then what the next
 * level asks. Everything from the sheet goes in as text nodes.
 */
export function historyView(model: ProjectModel, actions: HistoryActions): HTMLElement {
  const history = historyOf(model.project, model.settings);
  const titleId = uid('history');
  const blocked = el('p', { class: 'small gray', hidden: true }, t(S.saveFirst));
  const open = (date: string) => {
    blocked.hidden = actions.ready();
    if (blocked.hidden) actions.openMine(date);
  };
  const body = history.length
    ? [srlChart(history), historyList(model, history, open), blocked, nextStepView(model, history)]
    : [el('p', { class: 'small gray' }, t(S.historyEmpty))];
  return el(
    'details',
    { class: 'history block', open: true },
    el('summary', { id: titleId }, el('h2', {}, t(S.history)), ' ', el('span', { class: 'small gray' }, format(t(S.historyCount), { n: history.length }))),
    ...body,
  );
}

const W = 280;
const H = 150;
const M = { left: 26, right: 14, top: 10, bottom: 30 };
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A date label's width at the axis' 10 px (« 10/03/2025 »), with a little room. */
const LABEL_WIDTH = 56;
type Anchor = 'start' | 'middle' | 'end';

/**
 * The SRL of each dated assessment against its date (x: time, y: levels 0–9), joined in date order;
 * mine filled, the others' hollow. Inline SVG, no library; dates and names as text nodes.
 */
export function srlChart(history: readonly HistoryPoint[]): HTMLElement {
  const points = history.filter((p) => p.srl !== null && DAY.test(p.assessment.date));
  if (!points.length) return el('p', { class: 'small gray chart-none' }, t(S.chartNone));
  const times = points.map((p) => Date.parse(`${p.assessment.date}T00:00:00Z`));
  const [min, max] = [Math.min(...times), Math.max(...times)];
  const width = W - M.left - M.right;
  const height = H - M.top - M.bottom;
  const x = (time: number) => M.left + (max === min ? width / 2 : ((time - min) / (max - min)) * width);
  const y = (level: number) => M.top + ((SRL_MAX - level) / SRL_MAX) * height;
  const grid = [0, 3, 6, 9].flatMap((level) => [
    svg('line', { x1: M.left, x2: W - M.right, y1: y(level), y2: y(level), class: 'grid' }),
    svg('text', { x: M.left - 6, y: y(level) + 3, 'text-anchor': 'end', class: 'axis' }, String(level)),
  ]);
  const line = svg('polyline', { points: points.map((p, i) => `${x(times[i])},${y(p.srl!)}`).join(' '), class: 'srl-line' });
  const dots = points.map((p, i) =>
    svg(
      'circle',
      { cx: x(times[i]), cy: y(p.srl!), r: 4, class: p.assessment.own ? 'dot mine' : 'dot' },
      svg('title', {}, format(t(S.chartPoint), { date: day(p), who: who(p), srl: p.srl! })),
    ),
  );
  // The dates under the axis: the first one starts at its point, the last one ends at its point, the
  // ones between are centred and kept only where they overlap no kept neighbour (LABEL_WIDTH each).
  const days = [...new Set(points.map((p) => p.assessment.date))].map((d) => ({ d, at: x(Date.parse(`${d}T00:00:00Z`)) }));
  const extent = (at: number, anchor: Anchor): [number, number] =>
    anchor === 'start' ? [at, at + LABEL_WIDTH] : anchor === 'end' ? [at - LABEL_WIDTH, at] : [at - LABEL_WIDTH / 2, at + LABEL_WIDTH / 2];
  const shown: { d: string; at: number; anchor: Anchor }[] = [];
  if (days.length === 1) shown.push({ ...days[0], anchor: 'middle' });
  else {
    const last = { ...days[days.length - 1], anchor: 'end' as Anchor };
    const lastLeft = extent(last.at, 'end')[0];
    const first = { ...days[0], anchor: 'start' as Anchor };
    if (extent(first.at, 'start')[1] < lastLeft) shown.push(first);
    for (const day of days.slice(1, -1)) {
      const [left, right] = extent(day.at, 'middle');
      const before = shown[shown.length - 1];
      if ((!before || left > extent(before.at, before.anchor)[1]) && right < lastLeft) shown.push({ ...day, anchor: 'middle' });
    }
    shown.push(last);
  }
  const labels = shown.map(({ d, at, anchor }) => svg('text', { x: at, y: H - M.bottom + 16, 'text-anchor': anchor, class: 'axis date' }, formatDay(d)));
  const summary = format(t(S.chartSummary), { points: points.map((p) => `${day(p)} ${p.srl}`).join(', ') });
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': `${t(S.chartTitle)}. ${summary}`, class: 'srl-chart' },
    ...grid,
    svg('line', { x1: M.left, x2: W - M.right, y1: y(0), y2: y(0), class: 'axis-line' }),
    line,
    ...dots,
    ...labels,
  );
  return el('figure', { class: 'chart' }, chart, el('figcaption', { class: 'small gray' }, t(S.chartTitle)));
}

/** The assessments, newest first: date, who, SRL, AMI total and state; mine opens, the others' unfold read-only. */
function historyList(model: ProjectModel, history: readonly HistoryPoint[], open: (date: string) => void): HTMLElement {
  const max = formatNumber(amiMax(model.settings.amiWeights, ALL));
  const items = [...history].reverse().map((p) => {
    const a = p.assessment;
    const figures = a.hidden
      ? t(S.hiddenShort)
      : [
          p.srl === null ? t(S.srlNone) : format(t(S.srlShort), { n: p.srl }),
          p.ami === null ? t(S.amiNone) : format(t(S.amiShort), { total: formatNumber(p.ami), max }),
          a.recused ? t(S.recusedShort) : '',
          a.status === 'done' ? t(S.statusDone) : '',
        ]
          .filter(Boolean)
          .join(' · ');
    const line = el('p', { class: 'history-line' }, el('strong', {}, day(p)), ' · ', el('span', { class: 'who' }, who(p)), ' · ', figures);
    if (a.own) {
      const current = a.mine;
      if (current || !a.date) return el('li', { class: 'mine current' }, line, current ? el('span', { class: 'small gray' }, t(S.opened)) : null);
      const button = el('button', { type: 'button', class: 'link-button', 'aria-label': format(t(S.openLabel), { date: day(p) }) }, t(S.open));
      button.addEventListener('click', () => open(a.date));
      return el('li', { class: 'mine' }, line, button);
    }
    return el('li', {}, line, a.hidden ? null : readOnly(p));
  });
  return el('ol', { class: 'history-list', reversed: true }, ...items);
}

/** Someone else's assessment, every filled field as the reviewer reads it (text only, never editable). */
function readOnly(p: HistoryPoint): HTMLElement | null {
  const sections = INSTRUMENT_IDS.flatMap((sheet) => {
    const fields = p.assessment.instruments[sheet];
    if (!fields) return [];
    const filled = editableFields(sheet).filter((f) => !isBlankCell(fields[f]));
    if (!filled.length) return [];
    return [el('dl', { class: 'read-only' }, ...filled.flatMap((f) => [el('dt', {}, fieldLabel(sheet, f)), el('dd', {}, fieldValue(sheet, f, fields[f]))]))];
  });
  return sections.length ? el('details', { class: 'read-only-view' }, el('summary', { class: 'small' }, t(S.view)), ...sections) : null;
}

/** The current SRL (latest assessment with one), the next level's wording from the scale, the evidence still short and the notes. */
export function nextStepView(model: ProjectModel, history = historyOf(model.project, model.settings)): HTMLElement {
  const step = nextStep(model.project, model.settings, history);
  const titleId = uid('next');
  const title = el('h3', { id: titleId }, t(S.nextTitle));
  if (!step) return el('section', { class: 'next-step', 'aria-labelledby': titleId }, title, el('p', { class: 'small gray' }, t(S.noSrlYet)));
  const { from, next, missing, target, notes } = step;
  const threshold = formatPercent(model.settings.srlThreshold);
  return el(
    'section',
    { class: 'next-step', 'aria-labelledby': titleId },
    title,
    el('p', {}, el('strong', {}, format(t(S.currentSrl), { level: from.srl, label: srlLabel(from.srl, lang()) }))),
    el('p', { class: 'small gray' }, format(t(S.currentFrom), { date: day(from), who: who(from) })),
    nextLevelView(next),
    target !== null ? el('p', { class: 'small' }, format(t(S.targetLine), { n: target })) : null,
    missing.length
      ? el(
          'div',
          { class: 'missing' },
          el('p', { class: 'small' }, format(t(S.missingTitle), { threshold })),
          el(
            'ul',
            { class: 'missing-list' },
            ...missing.map((m) =>
              el(
                'li',
                { class: 'small' },
                format(t(S.missingItem), { level: m.level, completion: formatPercent(m.completion) }),
                ' · ',
                el('span', { lang: 'fr' }, m.title),
              ),
            ),
          ),
        )
      : null,
    notes ? el('div', { class: 'notes' }, el('p', { class: 'small' }, t(S.notesTitle)), el('p', { class: 'small notes-text' }, notes)) : null,
    sourceNote(SRL_SOURCE.citation, SRL_SOURCE.licence),
  );
}
