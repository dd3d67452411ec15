import { t } from './lang';
import { format, S } from './strings';

/**
 * What a person reads when a call fails. The server's own messages (a busy workbook, a missing
 * row, a refused value) are already written for people, in their language, and are shown as they
 * are; the failures of Google's transport are explained, the known multi-account one first
 * (enuchi/React-Google-Apps-Script#46: `PERMISSION_DENIED` when several accounts are signed in).
 */
export function friendlyError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error ?? '');
  if (/PERMISSION_DENIED|Authorization is required|autorisation requise|reading from storage/i.test(message)) return t(S.multiAccount);
  if (/NetworkError|Failed to fetch|network|connexion/i.test(message) && !/classeur|workbook/i.test(message)) return t(S.network);
  if (/Exceeded maximum execution time|Temps d'exécution maximal|timed? ?out/i.test(message)) return t(S.timeout);
  if (/^(TypeError|ReferenceError|RangeError|SyntaxError)\b|is not a function|Cannot read propert|ScriptError/.test(message) || !message) {
    return format(t(S.unexpected), { message: message || '?' });
  }
  return message;
}
