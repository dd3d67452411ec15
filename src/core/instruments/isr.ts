import { ISR_CHARACTERISTICS, ISR_SOURCE } from '../isr/characteristics';
import { once } from '../lazy';
import { assessmentColumns, commentHeader, lazySheet } from './columns';
import type { ColumnSpec, Instrument } from './types';

/**
 * The Innovation Sociale de Rupture (seed 003): each of its four characteristics answered oui / en
 * partie / non (kind `choice`, the seed's sentence as help), a comment each, and the count of « oui »
 * computed in the sheet and shown in Projets. Declared with data only: the template, formulas,
 * sidebar panel, validations and demo follow from this declaration.
 */
const columns = once((): readonly ColumnSpec[] =>
  assessmentColumns([
    ...ISR_CHARACTERISTICS.map((c): ColumnSpec => ({ id: `isr:${c.id}`, header: c.label, kind: 'choice', ref: c.id, help: c.description })),
    ...ISR_CHARACTERISTICS.map((c): ColumnSpec => ({ id: `comment:${c.id}`, header: commentHeader(c.label), kind: 'text', ref: c.id })),
    { id: 'met', header: { fr: 'Caractéristiques réunies', en: 'Characteristics met' }, kind: 'computed', counts: 2 },
    { id: 'partly', header: { fr: 'Caractéristiques en partie', en: 'Characteristics partly met' }, kind: 'computed', counts: 1 },
  ]),
);

export const ISR_INSTRUMENT: Instrument = {
  id: 'isr',
  sheet: lazySheet('isr', { fr: 'Innovation de rupture', en: 'Disruptive innovation' }, 'ISR', columns),
  tab: { short: { fr: 'ISR', en: 'DSI' }, full: { fr: 'Innovation sociale de rupture', en: 'Disruptive social innovation' } },
  summary: [
    { id: 'isr-met', header: { fr: 'ISR : caractéristiques réunies', en: 'DSI: characteristics met' }, aliases: ['ISR'], consensus: { inputs: () => ['met'] } },
  ],
  source: ISR_SOURCE,
};
