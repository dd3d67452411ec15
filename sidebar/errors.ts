import type { EndpointError } from '../src/contract/endpoints';
import { t } from './lang';
import { Refused } from './server';
import { format, S } from './strings';

/** What a person reads when a call fails: the server's refusal, or a failed call. */
export function friendlyError(error: unknown): string {
  return error instanceof Refused ? refusal(error.error) : failure(error);
}

/**
 * The server's refusals are written for people, in their language, and say what to do: each kind is
 * shown as it is. (A new kind must be placed here: the switch is exhaustive.)
 */
function refusal({ kind, message }: EndpointError): string {
  switch (kind) {
    case 'invalid': // the panel is stale or wrong: the message says to reload it
    case 'busy': // the lock is held: the message says to retry, and that the entries are kept
    case 'not-found':
    case 'problem':
      return message;
  }
}

/**
 * The one place failures are recognised from their message: google.script.run gives nothing else.
 * Google's transport first, the known multi-account one before all (enuchi/React-Google-Apps-Script#46:
 * `PERMISSION_DENIED` when several accounts are signed in), then Apps Script's limits; a bug in the
 * server shows as unexpected, anything else as it is.
 */
function failure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error ?? '');
  if (/PERMISSION_DENIED|Authorization is required|autorisation requise|reading from storage/i.test(message)) return t(S.multiAccount);
  if (/NetworkError|Failed to fetch|network|connexion/i.test(message)) return t(S.network);
  if (/Exceeded maximum execution time|Temps d'exécution maximal|timed? ?out/i.test(message)) return t(S.timeout);
  if (/^(TypeError|ReferenceError|RangeError|SyntaxError)\b|is not a function|Cannot read propert|ScriptError/.test(message) || !message) {
    return format(t(S.unexpected), { message: message || '?' });
  }
  return message;
}
