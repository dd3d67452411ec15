import { once } from '../lazy';
import { ID_COLUMN as ID, lazySheet, NAME_COLUMN as NAME } from './columns';
import { FORMATS } from './formats';
import type { ColumnSpec, SheetSpec } from './types';

/**
 * « Comité »: the selection committee's sheet (issue 11), one row per project keyed by ID like
 * Projets — the decision, the amounts and the committee's comment, which users write — beside the
 * figures the committee ranks and discusses, computed live: the rank and mark of the consensus, the
 * mark normalised by reviewer, and Projets' consensus figures read by ID. The last two columns show
 * the call's envelope (Paramètres ENVELOPPE) against the total granted, in a few labelled lines.
 */
export const COMMITTEE_FIGURES = ['assessments', 'spread', 'disputed', 'srl', 'srl-phase', 'vc-flags', 'siat-index', 'sroi'] as const;

const columns = once((): readonly ColumnSpec[] => [
  ID,
  NAME,
  { id: 'decision', header: { fr: 'Décision', en: 'Decision' }, aliases: ['Décision du comité', 'Committee decision'], kind: 'decision' },
  {
    id: 'requested',
    header: { fr: 'Montant demandé (€)', en: 'Amount requested (€)' },
    aliases: ['Montant demandé', 'Demande', 'Amount requested'],
    kind: 'amount',
  },
  {
    id: 'granted',
    header: { fr: 'Montant accordé (€)', en: 'Amount granted (€)' },
    aliases: ['Montant accordé', 'Subvention accordée', 'Amount granted'],
    kind: 'amount',
  },
  {
    id: 'committee-comment',
    header: { fr: 'Commentaire du comité', en: 'Committee comment' },
    aliases: ['Commentaire', 'Avis du comité', 'Comment'],
    kind: 'text',
  },
  { id: 'rank', header: { fr: 'Rang', en: 'Rank' }, aliases: ['Classement'], kind: 'computed' },
  { id: 'mark', header: { fr: 'Note /20', en: 'Mark /20' }, aliases: ['Note sur 20', 'Note'], kind: 'computed', format: FORMATS.ratio },
  {
    id: 'normalized',
    header: { fr: 'Note normalisée /20', en: 'Normalised mark /20' },
    aliases: ['Note normalisée', 'Normalised mark'],
    kind: 'computed',
    format: FORMATS.ratio,
  },
  { id: 'assessments', header: { fr: 'Évaluations', en: 'Assessments' }, kind: 'computed' },
  { id: 'spread', header: { fr: 'Écart max AMI', en: 'Largest AMI spread' }, aliases: ['Écart max'], kind: 'computed' },
  { id: 'disputed', header: { fr: 'Critère disputé', en: 'Disputed criterion' }, aliases: ['Désaccord'], kind: 'computed' },
  { id: 'srl', header: { fr: 'SRL', en: 'SRL' }, kind: 'computed' },
  { id: 'srl-phase', header: { fr: 'Phase SRL', en: 'SRL phase' }, kind: 'computed' },
  { id: 'vc-flags', header: { fr: 'Fragilités', en: 'Fragilities' }, kind: 'computed' },
  { id: 'siat-index', header: { fr: 'Indice SIAT', en: 'SIAT index' }, kind: 'computed', format: FORMATS.ratio },
  { id: 'sroi', header: { fr: 'SROI', en: 'SROI' }, kind: 'computed', format: FORMATS.ratio },
  { id: 'envelope-line', header: { fr: 'Enveloppe', en: 'Envelope' }, kind: 'computed' },
  { id: 'envelope-amount', header: { fr: 'Montant (€)', en: 'Amount (€)' }, kind: 'computed', format: FORMATS.euro },
]);

export const COMMITTEE: SheetSpec = lazySheet('committee', { fr: 'Comité', en: 'Committee' }, 'COMITE', columns);
