import { once } from '../lazy';
import { SIAT_DIMENSIONS } from '../siat/template';
import { assessmentColumns, lazySheet } from './columns';
import { FORMATS } from './formats';
import { nowAndBefore } from './over-time';
import type { ColumnSpec, Instrument } from './types';

/** SIAT (H2020 SMARTCHAIN): its items are in core/siat/template.ts, its sheet here. */
export const siatItemField = (itemId: string) => `item:${itemId}`;
export const siatDimensionField = (dimensionId: string) => `dimension:${dimensionId}`;

const columns = once((): readonly ColumnSpec[] =>
  assessmentColumns([
    ...SIAT_DIMENSIONS.flatMap((d) =>
      d.items.map(
        (item, i): ColumnSpec => ({
          id: siatItemField(item.id),
          header: { fr: `${d.label.fr} ${i + 1}`, en: `${d.label.en} ${i + 1}` },
          kind: 'siat',
          ref: item.id,
          help: item.label,
        }),
      ),
    ),
    ...SIAT_DIMENSIONS.map(
      (d): ColumnSpec => ({ id: siatDimensionField(d.id), header: { fr: `Score ${d.label.fr}`, en: `${d.label.en} score` }, kind: 'computed', ref: d.id }),
    ),
    { id: 'index', header: { fr: 'Indice SIAT', en: 'SIAT index' }, kind: 'computed' },
  ]),
);

export const SIAT_INSTRUMENT: Instrument = {
  id: 'siat',
  sheet: lazySheet('siat', { fr: 'SIAT', en: 'SIAT' }, 'SIAT', columns),
  tab: { short: { fr: 'SIAT', en: 'SIAT' }, full: { fr: 'SIAT et valorisation', en: 'SIAT and valuation' } },
  // The SROI goes with SIAT (its tab is « SIAT et valorisation »): computed in Projets from Valorisation.
  summary: [
    // The index of the consensus of the dimension scores (each the mean of its items, per assessment).
    {
      id: 'siat-index',
      header: { fr: 'Indice SIAT', en: 'SIAT index' },
      consensus: { inputs: () => SIAT_DIMENSIONS.map((d) => siatDimensionField(d.id)), fn: 'SIAT_INDEX', args: ['siatWeights'] },
    },
    { id: 'social-value', header: { fr: 'Valeur sociale (€)', en: 'Social value (€)' }, format: FORMATS.euro },
    { id: 'sroi', header: { fr: 'SROI', en: 'SROI' }, aliases: ['Ratio SROI'], format: FORMATS.ratio },
    ...nowAndBefore(
      'siat',
      'index',
      {
        now: { fr: 'Indice SIAT actuel', en: 'Current SIAT index' },
        before: { fr: 'Indice SIAT précédent', en: 'Previous SIAT index' },
        change: { fr: 'Évolution SIAT', en: 'SIAT change' },
      },
      { value: FORMATS.ratio, change: FORMATS.changeRatio },
    ),
  ],
  // An item is named by its dimension, its number and its statement.
  fieldLabel(field, lang) {
    for (const d of SIAT_DIMENSIONS) {
      const n = d.items.findIndex((i) => siatItemField(i.id) === field);
      if (n >= 0) return `${d.label[lang]} ${n + 1}. ${d.items[n].label[lang]}`;
    }
    return undefined;
  },
};
