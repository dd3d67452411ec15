import { AMI_CRITERIA, AMI_GROUPS } from '../ami/grid';
import { once } from '../lazy';
import { assessmentColumns, commentHeader, lazySheet } from './columns';
import { nowAndBefore } from './over-time';
import type { ColumnSpec, Instrument, SummaryBlock, SummaryColumn } from './types';

/** The AMI grid (Région Nouvelle-Aquitaine): its wording is in core/ami/grid.ts, its sheet here. */
export const amiLevelField = (criterionId: string) => `level:${criterionId}`;
export const amiCommentField = (criterionId: string) => `comment:${criterionId}`;
export const AMI_IMPROVEMENTS_FIELD = 'improvements';
/**
 * The reviewer's consent, per assessment, that its comments and improvement areas go to the
 * applicant in the « Fiche de restitution » (issue 15 §2). One checkbox per row rather than one per
 * comment: a reviewer decides once for what they wrote, and a blank box shares nothing.
 */
export const AMI_SHARE_FIELD = 'share-comments';
/** The 12 level columns, in grid order. */
export const amiLevelFields = once(() => AMI_CRITERIA.map((c) => amiLevelField(c.id)));

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
    {
      id: AMI_SHARE_FIELD,
      header: { fr: 'Commentaires partageables', en: 'Shareable comments' },
      aliases: ['Partager avec le candidat', 'Commentaires partagés', 'Share with applicant'],
      kind: 'flag',
      help: {
        fr: 'Coché : les commentaires et axes d’amélioration de cette évaluation peuvent figurer dans la fiche de restitution envoyée au candidat (sans le nom de l’évaluateur). Non coché : ils restent internes.',
        en: 'Ticked: this assessment’s comments and improvement areas may appear in the feedback sheet sent to the applicant (without the reviewer’s name). Unticked: they stay internal.',
      },
    },
    { id: 'portage', header: { fr: 'Portage', en: 'Project holders' }, kind: 'computed' },
    { id: 'contenu', header: { fr: 'Contenu', en: 'Content' }, kind: 'computed' },
    { id: 'contexte', header: { fr: 'Contexte', en: 'Context' }, kind: 'computed' },
    { id: 'total', header: { fr: 'Total AMI', en: 'AMI total' }, kind: 'computed' },
    { id: 'gaps', header: { fr: 'Écarts au niveau Fort', en: 'Gaps to Strong' }, aliases: ['Écarts', 'Gaps'], kind: 'computed' },
  ]),
);

// The consensus of the project's assessments (issue 11), in AMI_PROFILE's order (Portage, Contenu,
// Contexte, Total) so that one AMI_PROFILE of the consensus fills the four (summaryBlocks): one run
// of each function per AMI edit instead of four. Each column's own formula, AMI_SCORE of the
// consensus (a group's with the weights of its criteria only), is kept where a workbook laid out by
// an earlier version has them in another order (Total first): there AMI_SCORE shows an incomplete
// grid's status in every column, where AMI_PROFILE shows it in Portage only (formulas.md).
const summary = once((): readonly SummaryColumn[] => [
  ...AMI_GROUPS.map((g) => ({
    id: `ami-${g.id}`,
    header: { fr: `AMI ${g.label.fr}`, en: `AMI ${g.label.en}` },
    consensus: { inputs: amiLevelFields, fn: 'AMI_SCORE', args: [{ parameter: 'amiWeights', only: AMI_CRITERIA.map((c) => (c.group === g.id ? 1 : 0)) }] },
  })),
  { id: 'ami-total', header: { fr: 'Total AMI', en: 'AMI total' }, consensus: { inputs: amiLevelFields, fn: 'AMI_SCORE', args: ['amiWeights'] } },
  // Over time (issue 12): « Total AMI » of the latest assessment and of the one before, and the change.
  ...nowAndBefore('ami', 'total', {
    now: { fr: 'Total AMI actuel', en: 'Current AMI total' },
    before: { fr: 'Total AMI précédent', en: 'Previous AMI total' },
    change: { fr: 'Évolution AMI', en: 'AMI change' },
    aliases: { now: ['Total AMI maintenant', 'AMI total now'], before: ['Total AMI la dernière fois', 'AMI total last time'] },
  }),
]);

/** Projets' four AMI figures, as AMI_PROFILE gives them. */
export const AMI_PROFILE_COLUMNS = once(() => [...AMI_GROUPS.map((g) => `ami-${g.id}`), 'ami-total']);

const summaryBlocks = once((): readonly SummaryBlock[] => [
  { columns: AMI_PROFILE_COLUMNS(), consensus: { inputs: amiLevelFields, fn: 'AMI_PROFILE', args: ['amiWeights'] } },
]);

export const AMI_INSTRUMENT: Instrument = {
  id: 'ami',
  sheet: lazySheet('ami', { fr: 'Grille AMI', en: 'AMI grid' }, 'GRILLE_AMI', columns),
  tab: { short: { fr: 'Grille AMI', en: 'AMI grid' }, full: { fr: 'Grille AMI', en: 'AMI grid' } },
  get summary() {
    return summary();
  },
  get summaryBlocks() {
    return summaryBlocks();
  },
};
