import { Problem, problem } from '../core/problem';

const WAIT_MS = 10_000;

/**
 * Runs a read-modify-write of the shared workbook under the document lock, so two reviewers (or a
 * reviewer and a batch action) never interleave their writes. Released in `finally`, even on error.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(WAIT_MS)) throw busy();
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
  );
}
