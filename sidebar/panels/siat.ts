import { DEFAULT_SIAT_VARIANT, SIAT_DIMENSIONS, SIAT_SCALE, SIAT_SOURCE } from '../../src/core/siat/template';
import { siatDimensionText, siatItemText } from '../../src/core/siat/variant';
import { SIAT_MAX, SIAT_MIN, siatDimensionFromCells, siatIndex, toSiatScore } from '../../src/core/siat/index';
import { SENSITIVITY_POINTS } from '../../src/core/sroi/valuation';
import type { ValuationSummary } from '../../src/contract/endpoints';
import { siatItemField } from '../../src/contract/fields';
import { el, fill } from '../dom';
import { formatEuros, formatNumber } from '../format';
import { lang, t } from '../lang';
import type { ProjectModel } from '../model';
import { format, S } from '../strings';
import { figure, liveBlock, recordNotice, sheetFields, sourceNote, type Panel } from './panel';

/** SIAT: the items of the five dimensions on the 1–5 scale; live dimension scores and index; the project's valuation summary. */
export function siatPanel(model: ProjectModel): Panel {
  const f = sheetFields(model, 'siat');
  const l = lang();
  // Paramètres VARIANTE_SIAT (issue 14 §6): the items' wording, tous secteurs or circuits courts.
  const variant = model.settings.siatVariant ?? DEFAULT_SIAT_VARIANT;
  const liveBody = el('div', {});
  // The core rule the dashboard uses too (the sheet's formula): an unreadable or out-of-range item
  // leaves its dimension without a score, and so the index, rather than being silently skipped.
  const dimensions = () => SIAT_DIMENSIONS.map((d) => siatDimensionFromCells(d.items.map((i) => f.value(siatItemField(i.id)))));
  const index = () => {
    const scores = dimensions().map((d) => d.score);
    return scores.every((s) => s !== undefined) ? siatIndex(scores as number[], model.settings.siatWeights) : undefined;
  };

  const scale = el('p', { class: 'small gray scale' }, SIAT_SCALE.map((s, i) => `${i + SIAT_MIN} = ${s[l]}`).join(' · '));
  const groups = SIAT_DIMENSIONS.map((d) =>
    el(
      'section',
      { class: 'group' },
      el('h2', { class: 'group-title' }, d.label[l]),
      el('p', { class: 'small gray' }, siatDimensionText(d, variant, l)),
      ...d.items.map((item, n) => {
        const field = siatItemField(item.id);
        const group = f.choice(field, {
          legend: `${d.label[l]} ${n + 1}. ${siatItemText(item, variant, l)}`,
          name: `siat-${item.id}`,
          current: toSiatScore(f.value(field)),
          options: SIAT_SCALE.map((s, i) => ({ value: i + SIAT_MIN, title: String(i + SIAT_MIN), text: s[l] })),
        });
        group.classList.add('inline');
        return group;
      }),
    ),
  );

  const element = el(
    'div',
    {},
    recordNotice(model, 'siat'),
    liveBlock(t(S.siatIndex), liveBody),
    valuationBlock(model),
    scale,
    ...groups,
    sourceNote(SIAT_SOURCE.citation, SIAT_SOURCE.licence),
  );

  const headline = () => {
    const i = index();
    return format(t(S.siatHeadline), { index: i === undefined ? '—' : `${formatNumber(i)} / ${SIAT_MAX}` });
  };

  const refresh = () => {
    const ds = dimensions();
    const i = index();
    const wrong = SIAT_DIMENSIONS.filter((_, k) => ds[k].problem).map((d) => d.label[l]);
    fill(
      liveBody,
      el(
        'div',
        { class: 'figures' },
        ...SIAT_DIMENSIONS.map((d, k) => figure(d.label[l], ds[k].score === undefined ? '—' : `${formatNumber(ds[k].score!)} / ${SIAT_MAX}`)),
        figure(t(S.siatIndex), el('strong', {}, i === undefined ? '—' : `${formatNumber(i)} / ${SIAT_MAX}`)),
      ),
      wrong.length ? el('p', { class: 'warning' }, format(t(S.siatWrongItem), { dimensions: wrong.join(', ') })) : null,
      i === undefined && !wrong.length ? el('p', { class: 'small gray' }, t(S.siatNeedAll)) : null,
    );
  };
  refresh();
  return { element, refresh, headline };
}

/** Read from Valorisation by the server (Σ of the outcomes' present values) and Projets (investment). */
function valuationBlock(model: ProjectModel): HTMLElement {
  const v = model.project.valuation;
  const na = el('span', { class: 'gray' }, t(S.notAvailable));
  const body =
    v.status === 'no-sheet'
      ? [el('p', { class: 'small gray' }, t(S.noValuationSheet))]
      : v.outcomes === 0
        ? [el('p', { class: 'small gray' }, t(S.noValuation)), figure(t(S.investment), v.investment === null ? na : formatEuros(v.investment))]
        : [
            figure(t(S.presentValue), v.presentValue === null ? na.cloneNode(true) : formatEuros(v.presentValue), sensitivityNote(v)),
            figure(t(S.investment), v.investment === null ? na.cloneNode(true) : formatEuros(v.investment)),
            figure(
              t(S.sroi),
              v.sroi === null ? na.cloneNode(true) : el('strong', {}, formatNumber(v.sroi)),
              v.sroi === null ? null : el('span', { class: 'figure-note' }, format(t(S.sroiRead), { value: formatEuros(v.sroi) })),
            ),
            el('p', { class: 'small gray' }, format(t(S.outcomes), { n: v.outcomes }), v.uncomputed ? ` ${format(t(S.uncomputed), { n: v.uncomputed })}` : ''),
          ];
  return el('section', { class: 'block valuation' }, el('h2', {}, t(S.valuation)), ...body);
}

/** Under the present value: the band when deadweight and attribution move together (computed by the server with core's sensitivityBand). */
function sensitivityNote(v: ValuationSummary): HTMLElement | null {
  const band = v.band;
  if (!band) return null;
  const points = formatNumber(SENSITIVITY_POINTS * 100);
  // A no-break space before the dash: a range never wraps with the dash starting a line.
  const range = (low: string, high: string) => el('span', { class: 'range' }, `${low}\u00a0– ${high}`);
  return el(
    'div',
    { class: 'figure-note band' },
    el('p', {}, format(t(S.sensitivity), { points }), range(formatEuros(band.low), formatEuros(band.high))),
    band.sroiLow === null || band.sroiHigh === null ? null : el('p', {}, t(S.sroiBand), range(formatNumber(band.sroiLow), formatNumber(band.sroiHigh))),
    el('p', { class: 'gray' }, format(t(S.sensitivityHelp), { points })),
  );
}
