import { GODIN_BLOCKS, GODIN_MARKERS, GODIN_SOURCE } from '../godin/markers';
import { once } from '../lazy';
import { assessmentColumns, commentHeader, lazySheet } from './columns';
import { FORMATS } from './formats';
import type { ColumnSpec, Instrument } from './types';

/**
 * The Institut Godin's markers of social innovation (seed 001): each of the nine markers answered on
 * the module's 0–3 scale (kind `marker`: the AMI level words, the seed's definition and examples as
 * help), a comment each, and the profile GODIN_PROFILE computes: the mean level of each of the four
 * blocks, then the total. Projets shows the consensus of the total.
 */
export const godinMarkerField = (markerId: string) => `marker:${markerId}`;
export const godinMarkerFields = once(() => GODIN_MARKERS.map((m) => godinMarkerField(m.id)));
export const godinBlockField = (blockId: string) => `block:${blockId}`;
/** The computed columns GODIN_PROFILE fills, in its order: the four blocks, then the total. */
export const GODIN_PROFILE_COLUMNS = once(() => [...GODIN_BLOCKS.map((b) => godinBlockField(b.id)), 'total']);

const columns = once((): readonly ColumnSpec[] =>
  assessmentColumns([
    // The nine levels side by side (`=GODIN_PROFILE(E2:M)` as typed), then a comment per marker.
    ...GODIN_MARKERS.map((m): ColumnSpec => ({ id: godinMarkerField(m.id), header: m.label, aliases: m.aliases, kind: 'marker', ref: m.id })),
    ...GODIN_MARKERS.map((m): ColumnSpec => ({ id: `comment:${m.id}`, header: commentHeader(m.label), kind: 'text', ref: m.id })),
    ...GODIN_BLOCKS.map(
      (b): ColumnSpec => ({
        id: godinBlockField(b.id),
        header: { fr: `Bloc ${b.label.fr}`, en: `${b.label.en} block` },
        aliases: b.aliases.map((a) => `Bloc ${a}`),
        kind: 'computed',
        ref: b.id,
        format: FORMATS.ratio,
      }),
    ),
    { id: 'total', header: { fr: 'Total Godin', en: 'Godin total' }, kind: 'computed', format: FORMATS.ratio },
  ]),
);

export const GODIN_INSTRUMENT: Instrument = {
  id: 'godin',
  sheet: lazySheet('godin', { fr: 'Marqueurs Godin', en: 'Godin markers' }, 'MARQUEURS_GODIN', columns),
  tab: {
    short: { fr: 'Godin', en: 'Godin' },
    full: { fr: 'Marqueurs de l’innovation sociale (Institut Godin)', en: 'Markers of social innovation (Institut Godin)' },
  },
  summary: [
    // The consensus of the assessments' totals (blank on an incomplete grid: GODIN_PROFILE's status is in its first column).
    { id: 'godin-total', header: { fr: 'Total Godin', en: 'Godin total' }, aliases: ['Godin'], consensus: { inputs: () => ['total'] }, format: FORMATS.ratio },
  ],
  source: GODIN_SOURCE,
};
