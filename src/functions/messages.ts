import type { Lang, Text } from '../core/i18n';

/** The prefix of every status or error cell: users filter and conditionally format on it. */
export const WARNING = '⚠ ';

/**
 * The position of a row within the range a function received. « ligne 13 » would read as the sheet's
 * row 13, and a custom function cannot know where its range starts (it receives values only), so the
 * row is named as a position in the range: « 13e ligne de la plage », "13th row of the range".
 */
export function rangeRow(row: number, lang: Lang): string {
  if (lang === 'en') {
    const tens = row % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[row % 10] ?? 'th');
    return `${row}${suffix} row of the range`;
  }
  return `${row}${row === 1 ? 're' : 'e'} ligne de la plage`;
}

/** French puts a space before the colon; the function name starts every message so users know its source. */
export function located(fn: string, lang: Lang, parts: { row?: number; column?: string }, message: string): string {
  const where: string[] = [];
  if (parts.row !== undefined) where.push(rangeRow(parts.row, lang));
  if (parts.column !== undefined) where.push(lang === 'en' ? `"${parts.column}"` : `« ${parts.column} »`);
  const colon = lang === 'en' ? ':' : ' :';
  return where.length ? `${fn}${colon} ${where.join(', ')}${colon} ${message}` : `${fn}${colon} ${message}`;
}

export function incomplete(done: number, of: number, what: Text): Text {
  return { fr: `incomplet : ${done}/${of} ${what.fr}`, en: `incomplete: ${done}/${of} ${what.en}` };
}

/** Joins list items the French way (` ; `), which also reads well in English. */
export const LIST_SEPARATOR = ' ; ';
