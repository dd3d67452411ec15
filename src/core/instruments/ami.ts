import { AMI_CRITERIA } from '../ami/grid';
import { once } from '../lazy';
import { assessmentColumns, commentHeader, lazySheet } from './columns';
import type { ColumnSpec, Instrument } from './types';

/** The AMI grid (Région Nouvelle-Aquitaine): its wording is in core/ami/grid.ts, its sheet here. */
export const amiLevelField = (criterionId: string) => `level:${criterionId}`;
export const amiCommentField = (criterionId: string) => `comment:${criterionId}`;
export const AMI_IMPROVEMENTS_FIELD = 'improvements';

const columns = once((): readonly ColumnSpec[] =>
  assessmentColumns([
    // The levels side by side, so that the natural range works as typed (`=AMI_SCORE(E2:P)`), then
    // a comment per criterion as a block: the seed's workshop asks reviewers to justify each level.
    ...AMI_CRITERIA.map((c): ColumnSpec => ({ id: amiLevelField(c.id), header: c.label, aliases: c.aliases, kind: 'level', ref: c.id })),
    ...AMI_CRITERIA.map((c): ColumnSpec => ({ id: amiCommentField(c.id), header: commentHeader(c.label), kind: 'text', ref: c.id })),
    {
      id: AMI_IMPROVEMENTS_FIELD,
      header: { fr: 'Axes d’amélioration', en: 'Improvement areas' },
      aliases: ["Axes d'amélioration", 'Axes de progrès'],
      kind: 'text',
    },
    { id: 'portage', header: { fr: 'Portage', en: 'Project holders' }, kind: 'computed' },
    { id: 'contenu', header: { fr: 'Contenu', en: 'Content' }, kind: 'computed' },
    { id: 'contexte', header: { fr: 'Contexte', en: 'Context' }, kind: 'computed' },
    { id: 'total', header: { fr: 'Total AMI', en: 'AMI total' }, kind: 'computed' },
    { id: 'gaps', header: { fr: 'Écarts au niveau Fort', en: 'Gaps to Strong' }, aliases: ['Écarts', 'Gaps'], kind: 'computed' },
  ]),
);

export const AMI_INSTRUMENT: Instrument = {
  id: 'ami',
  sheet: lazySheet('ami', { fr: 'Grille AMI', en: 'AMI grid' }, 'GRILLE_AMI', columns),
  tab: { short: { fr: 'Grille AMI', en: 'AMI grid' }, full: { fr: 'Grille AMI', en: 'AMI grid' } },
  summary: [
    // AMI_PROFILE fills Portage…Total and puts a row's status in Portage only.
    { id: 'ami-total', header: { fr: 'Total AMI', en: 'AMI total' }, from: 'total', statusFrom: 'portage' },
    { id: 'ami-portage', header: { fr: 'AMI Portage', en: 'AMI Project holders' }, from: 'portage' },
    { id: 'ami-contenu', header: { fr: 'AMI Contenu', en: 'AMI Content' }, from: 'contenu', statusFrom: 'portage' },
    { id: 'ami-contexte', header: { fr: 'AMI Contexte', en: 'AMI Context' }, from: 'contexte', statusFrom: 'portage' },
  ],
};
