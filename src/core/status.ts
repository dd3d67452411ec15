import { fold } from './cells/text';
import type { Text } from './i18n';

/**
 * The life of a project file, in the words French region staff already use (Démarches simplifiées:
 * en construction, en instruction, accepté, refusé, classé sans suite) and incubators' follow-up
 * (accompagné, terminé). The Projets sheet's status dropdown offers these.
 */
export const PROJECT_STATUSES: readonly Text[] = [
  { fr: 'En construction', en: 'Draft' },
  { fr: 'Déposé', en: 'Submitted' },
  { fr: 'En instruction', en: 'Under review' },
  { fr: 'Accepté', en: 'Accepted' },
  { fr: 'Refusé', en: 'Rejected' },
  { fr: 'Classé sans suite', en: 'Closed without action' },
  { fr: 'Accompagné', en: 'Supported' },
  { fr: 'Terminé', en: 'Completed' },
];

/**
 * Where one assessment stands: a reviewer marks it « Terminée » when done (with blind review on, the
 * others' assessments are shown to them only then). An empty cell reads as « En cours ».
 */
export const REVIEW_STATUSES: readonly Text[] = [
  { fr: 'En cours', en: 'In progress' },
  { fr: 'Terminée', en: 'Done' },
];

/**
 * The selection committee's decision on a project (« Comité » sheet). The first is the one that
 * spends the envelope: the total granted counts the amounts whatever the decision, so that a
 * granted amount never goes unnoticed.
 */
export const DECISIONS: readonly Text[] = [
  { fr: 'Retenu', en: 'Selected' },
  { fr: 'Ajourné', en: 'Deferred' },
  { fr: 'Refusé', en: 'Rejected' },
  { fr: 'En attente', en: 'Pending' },
];

/** Whether an assessment's state cell says « Terminée » (or « Done »; case and accents ignored). Anything else, blank included, is in progress. */
export function isDoneStatus(cell: unknown): boolean {
  const done = REVIEW_STATUSES[1];
  return typeof cell === 'string' && (fold(cell) === fold(done.fr) || fold(cell) === fold(done.en));
}
