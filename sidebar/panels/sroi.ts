import type { ValuationSummary } from '../../src/contract/endpoints';
import type { Lang } from '../../src/core/i18n';
import { netPresentValue } from '../../src/core/sroi/conventions';
import { sensitivitySentence, switchingWords } from '../../src/core/sroi/explain';
import { investmentPresentValue, projectFigures, type Investment, type ProjectFigures } from '../../src/core/sroi/flows';
import {
  ASSUMPTION_NAMES,
  oneAtATime,
  SENSITIVITY_ASSUMPTIONS,
  switchingValue,
  type SensitivityAssumption,
  type SensitivityRow,
  type SwitchingValue,
} from '../../src/core/sroi/sensitivity';
import { presentValue, type Outcome } from '../../src/core/sroi/valuation';
import { el, type Child } from '../dom';
import { formatEuros, formatNumber, formatRatio } from '../format';
import { lang, t } from '../lang';
import type { ProjectModel } from '../model';
import { format, frenchSpacing, S } from '../strings';
import { figure } from './panel';

/**
 * The project's valuation in the SIAT tab (issue 13): present value, investment, SROI ratio, NPV, net
 * SROI, payback, and the one-at-a-time sensitivity with each switching value. The server sends the
 * computed outcomes' inputs (read as SROI_VALUE reads them); every figure here comes from core
 * (projectFigures, oneAtATime, switchingValue, sensitivitySentence), the code the sheet's formulas
 * and the dashboard use. Sheet text never reaches this view: only numbers and the add-on's own words.
 */

/** What the view shows, or why the ratio's figures are not available. */
type Computed =
  | { ok: true; figures: ProjectFigures; rows: SensitivityRow[]; switching: Record<SensitivityAssumption, SwitchingValue> }
  | { ok: false; presentValue: number | null; why: string };

function compute(v: ValuationSummary): Computed {
  const pv = v.computed.length ? v.computed.reduce((s, o) => s + presentValue(o), 0) : null;
  if (!v.computed.length) return { ok: false, presentValue: pv, why: t(S.noComputedOutcome) };
  if (v.investment === null) return { ok: false, presentValue: pv, why: t(S.noInvestment) };
  // The first amount paid today, the later instalments discounted at Paramètres' rate (core's convention).
  const inv: Investment = { amounts: [v.investment, ...v.instalments], rate: v.rate };
  if (!(investmentPresentValue(inv) > 0)) return { ok: false, presentValue: pv, why: t(S.zeroInvestment) };
  const switching = Object.fromEntries(SENSITIVITY_ASSUMPTIONS.map((a) => [a, switchingValue(v.computed, inv, a)])) as Record<
    SensitivityAssumption,
    SwitchingValue
  >;
  return { ok: true, figures: projectFigures(v.computed, inv), rows: oneAtATime(v.computed, inv), switching };
}

/** « — »: a figure that cannot be computed (the reason is said once, under the figures). */
const dash = () => el('span', { class: 'gray' }, '—');

export function valuationBlock(model: ProjectModel): HTMLElement {
  const v = model.project.valuation;
  const title = el('h2', {}, t(S.valuation));
  if (v.status === 'no-sheet') return el('section', { class: 'block valuation' }, title, el('p', { class: 'small gray' }, t(S.noValuationSheet)));
  const c = v.outcomes === 0 ? undefined : compute(v);
  // Spread over several years: its present value, as the ratio takes it.
  const years = 1 + v.instalments.length;
  const spread = v.instalments.some((a) => a > 0);
  const investment = figure(
    t(S.investment),
    v.investment === null ? dash() : formatEuros(c?.ok && spread ? c.figures.investment : v.investment),
    v.investment === null
      ? el('span', { class: 'figure-note' }, t(S.notInProjets))
      : spread
        ? el('span', { class: 'figure-note' }, format(t(S.investmentSpread), { years }))
        : null,
  );
  if (!c) return el('section', { class: 'block valuation' }, title, el('p', { class: 'small gray' }, t(S.noValuation)), investment);

  const pv = c.ok ? c.figures.presentValue : c.presentValue;
  const f = c.ok ? c.figures : undefined;
  const value = (show: (f: ProjectFigures) => Child): Child => (f ? show(f) : dash());
  // NPV needs an investment, not a positive one: with 0 € it is the present value itself.
  const npv = pv === null || v.investment === null ? dash() : formatEuros(netPresentValue(pv, v.investment));
  const count = el(
    'p',
    { class: 'small gray' },
    format(t(S.outcomes), { n: v.outcomes }),
    v.uncomputed ? ` ${format(t(S.uncomputed), { n: v.uncomputed })}` : '',
  );
  // The sheet's own Σ against core's: they differ only when a value was typed over SROI_VALUE.
  const differs =
    v.presentValue !== null && pv !== null && Math.abs(v.presentValue - pv) > 0.005
      ? el('p', { class: 'warning' }, format(t(S.sheetTotalDiffers), { value: formatEuros(v.presentValue) }))
      : null;
  return el(
    'section',
    { class: 'block valuation' },
    title,
    figure(t(S.presentValue), pv === null ? dash() : formatEuros(pv)),
    investment,
    figure(
      t(S.sroi),
      value((x) => el('strong', {}, formatRatio(x.ratio))),
      f ? el('span', { class: 'figure-note' }, format(t(S.sroiRead), { value: formatEuros(f.ratio) })) : null,
    ),
    figure(t(S.netPresentValue), npv),
    figure(
      t(S.netSroi),
      value((x) => formatRatio(x.netRatio)),
    ),
    figure(
      t(S.payback),
      value((x) =>
        x.paybackMonths === null ? el('span', { class: 'gray' }, `— ${t(S.notPaidBack)}`) : format(t(S.months), { n: formatNumber(x.paybackMonths, 1) }),
      ),
    ),
    count,
    differs,
    c.ok
      ? sensitivityView(v.computed, c.rows, c.switching)
      : el('p', { class: 'small gray why' }, format(t(S.notComputed), { why: c.why }), ' ', t(S.sensitivityNeeds)),
  );
}

/** The assumption's value when every outcome shares it (then the switching value reads « de 20 % à 64 % »). */
function sharedBase(outcomes: readonly Outcome[], a: SensitivityAssumption): number | undefined {
  if (a === 'quantity' || a === 'proxy') return undefined;
  const first = outcomes[0][a];
  return outcomes.every((o) => Math.abs(o[a] - first) < 1e-12) ? first : undefined;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The sentence, the tornado (rows by decreasing range, each a bar from low to high on one scale with
 * the base and 1:1 marked; the figures are in the table's cells, the bars are decoration for sighted
 * readers) and the switching values in words.
 */
function sensitivityView(outcomes: readonly Outcome[], rows: SensitivityRow[], switching: Record<SensitivityAssumption, SwitchingValue>): HTMLElement {
  const l: Lang = lang();
  const sorted = [...rows].sort((a, b) => b.high - b.low - (a.high - a.low));
  const base = rows[0].base;
  // One scale for every bar, wide enough to show 1:1.
  const lo = Math.min(1, ...rows.map((r) => r.low));
  const hi = Math.max(1, ...rows.map((r) => r.high));
  const at = (x: number) => (hi > lo ? ((x - lo) / (hi - lo)) * 100 : 50);
  // Positions through the CSSOM (numbers only, never markup).
  const mark = (cls: string, from: number, to?: number) => {
    const span = el('span', { class: cls });
    span.style.left = `${at(from).toFixed(2)}%`;
    if (to !== undefined) span.style.width = `${(at(to) - at(from)).toFixed(2)}%`;
    return span;
  };
  const bar = (r: SensitivityRow) =>
    el('div', { class: 'tornado-bar', 'aria-hidden': 'true' }, mark('tornado-parity', 1), mark('tornado-range', r.low, r.high), mark('tornado-base', r.base));
  const table = el(
    'table',
    { class: 'tornado' },
    el('caption', { class: 'small gray' }, format(t(S.sensitivityCaption), { base: formatRatio(base) })),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, t(S.assumption)),
        el('th', { scope: 'col', class: 'num' }, t(S.low)),
        el('th', { scope: 'col', class: 'num' }, t(S.high)),
        el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, t(S.spread))),
      ),
    ),
    el(
      'tbody',
      {},
      ...sorted.map((r) =>
        el(
          'tr',
          { 'data-assumption': r.assumption },
          el(
            'th',
            { scope: 'row' },
            capitalised(ASSUMPTION_NAMES[r.assumption].name[l]),
            el('span', { class: 'step' }, ASSUMPTION_NAMES[r.assumption].step[l]),
          ),
          el('td', { class: 'num' }, formatRatio(r.low)),
          el('td', { class: 'num' }, formatRatio(r.high)),
          el('td', { class: 'bar-cell' }, bar(r)),
        ),
      ),
    ),
  );
  const switches = el(
    'ul',
    { class: 'switching' },
    ...sorted.map((r) =>
      el(
        'li',
        { 'data-assumption': r.assumption },
        el('span', { class: 'who' }, capitalised(ASSUMPTION_NAMES[r.assumption].name[l])),
        `${l === 'fr' ? '\u202f: ' : ': '}${switchingWords(r.assumption, switching[r.assumption], l, sharedBase(outcomes, r.assumption))}`,
      ),
    ),
  );
  return el(
    'section',
    { class: 'sensitivity' },
    el('h3', {}, t(S.sensitivityTitle)),
    el('p', { class: 'sentence' }, frenchSpacing(sensitivitySentence(rows, switching, l))),
    table,
    el('h3', {}, t(S.switchingTitle)),
    switches,
  );
}
