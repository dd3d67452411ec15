import type { Lang, Text } from '../core/i18n';

/** The prefix of every status or error cell: users filter and conditionally format on it. */
export const WARNING = '⚠ ';

/** French puts a space before the colon; the function name starts every message so users know its source. */
export function located(fn: string, lang: Lang, parts: { row?: number; column?: string }, message: string): string {
  const where: string[] = [];
  if (parts.row !== undefined) where.push(lang === 'en' ? `row ${parts.row}` : `ligne ${parts.row}`);
  if (parts.column !== undefined) where.push(lang === 'en' ? `"${parts.column}"` : `« ${parts.column} »`);
  const colon = lang === 'en' ? ':' : ' :';
  return where.length ? `${fn}${colon} ${where.join(', ')}${colon} ${message}` : `${fn}${colon} ${message}`;
}

export function incomplete(done: number, of: number, what: Text): Text {
  return { fr: `incomplet : ${done}/${of} ${what.fr}`, en: `incomplete: ${done}/${of} ${what.en}` };
}

/** Joins list items the French way (` ; `), which also reads well in English. */
export const LIST_SEPARATOR = ' ; ';
