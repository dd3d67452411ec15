import { RND_CRITERIA, RND_DEFINITION, RND_QUESTIONS_NOTE, RND_SOURCE } from '../rnd/criteria';
import { once } from '../lazy';
import { assessmentColumns, commentHeader, lazySheet } from './columns';
import type { ColumnSpec, Instrument } from './types';

/**
 * Social R&D (seed 003, Concept n°2): each of its five criteria answered oui / en partie / non (kind
 * `choice`, the module's question and the seed's definition as help), a comment each, the counts of
 * « oui » and « en partie » declared as data, and the one-line verdict RND_VERDICT writes; Projets
 * shows the verdict of the consensus of the project's assessments.
 */
export const rndCriterionField = (criterionId: string) => `rnd:${criterionId}`;
export const rndCriterionFields = once(() => RND_CRITERIA.map((c) => rndCriterionField(c.id)));

const columns = once((): readonly ColumnSpec[] =>
  assessmentColumns([
    ...RND_CRITERIA.map(
      (c): ColumnSpec => ({
        id: rndCriterionField(c.id),
        header: c.label,
        kind: 'choice',
        ref: c.id,
        help: {
          fr: `${c.question.fr} (${RND_QUESTIONS_NOTE.fr})\nLa R&D : ${RND_DEFINITION.fr}`,
          en: `${c.question.en} (${RND_QUESTIONS_NOTE.en})\nR&D: ${RND_DEFINITION.en}`,
        },
      }),
    ),
    ...RND_CRITERIA.map((c): ColumnSpec => ({ id: `comment:${c.id}`, header: commentHeader(c.label), kind: 'text', ref: c.id })),
    { id: 'met', header: { fr: 'Critères réunis', en: 'Criteria met' }, kind: 'computed', counts: 2 },
    { id: 'partly', header: { fr: 'Critères en partie', en: 'Criteria partly met' }, kind: 'computed', counts: 1 },
    { id: 'verdict', header: { fr: 'Verdict R&D sociale', en: 'Social R&D verdict' }, aliases: ['Verdict'], kind: 'computed' },
  ]),
);

export const RND_INSTRUMENT: Instrument = {
  id: 'rnd',
  sheet: lazySheet('rnd', { fr: 'R&D sociale', en: 'Social R&D' }, 'RD_SOCIALE', columns),
  tab: { short: { fr: 'R&D', en: 'R&D' }, full: { fr: 'R&D sociale : les 5 critères', en: 'Social R&D: the 5 criteria' } },
  summary: [
    {
      id: 'rnd-verdict',
      header: { fr: 'R&D sociale', en: 'Social R&D' },
      aliases: ['Verdict R&D sociale'],
      consensus: { inputs: rndCriterionFields, fn: 'RND_VERDICT', args: ['lang'] },
    },
  ],
  source: RND_SOURCE,
};
