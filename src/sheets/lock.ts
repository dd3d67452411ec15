import { Problem, problem } from '../core/problem';

const WAIT_MS = 10_000;

/**
 * Runs a read-modify-write of the shared workbook under the document lock, so two reviewers (or a
 * reviewer and a batch action) never interleave their writes. Released in `finally`, even on error.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  // null is not contention: Apps Script gives no document lock outside a container document.
  if (!lock) throw noDocument();
  if (!lock.tryLock(WAIT_MS)) throw busy();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

function busy(): Problem {
  return problem(
    'Le classeur est en cours de modification par une autre personne ou une autre action. Réessayez dans quelques secondes : vos saisies sont conservées.',
    'The workbook is being changed by someone else or another action. Try again in a few seconds: your entries are kept.',
    'busy',
  );
}

function noDocument(): Problem {
  return problem(
    'Le module ne trouve pas de classeur à verrouiller : il a été lancé hors d’un classeur ouvert (depuis l’éditeur Apps Script d’un projet autonome, ou par un déclencheur). Rien n’a été écrit. Lancez l’action depuis le menu Extensions du classeur.',
    'The add-on finds no spreadsheet to lock: it was run outside an open spreadsheet (from the Apps Script editor of a standalone project, or by a trigger). Nothing was written. Run the action from the spreadsheet’s Extensions menu.',
  );
}
