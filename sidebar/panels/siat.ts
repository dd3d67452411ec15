import { DEFAULT_SIAT_VARIANT, SIAT_DIMENSIONS, SIAT_SCALE, SIAT_SOURCE } from '../../src/core/siat/template';
import { siatDimensionText, siatItemText } from '../../src/core/siat/variant';
import { SIAT_MAX, SIAT_MIN, siatDimensionFromCells, siatIndex, toSiatScore } from '../../src/core/siat/index';
import { siatItemField } from '../../src/contract/fields';
import { el, fill } from '../dom';
import { formatNumber } from '../format';
import { lang, t } from '../lang';
import type { ProjectModel } from '../model';
import { format, S } from '../strings';
import { figure, liveBlock, recordNotice, sheetFields, sourceNote, type Panel } from './panel';
import { valuationBlock } from './sroi';

/** SIAT: the items of the five dimensions on the 1–5 scale; live dimension scores and index; the project's valuation (./sroi.ts). */
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
