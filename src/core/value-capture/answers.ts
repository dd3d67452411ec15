import type { Lang } from '../i18n';
import type { VcPoint } from '../frameworks';
import { LEVEL_LABELS, MAX_LEVEL, toLevel } from '../cells/level';
import { problem, quote, showNumber } from '../problem';
import { VC_POINTS, VC_SCALE_NOTE } from './checklist';

/**
 * The answers of the value-capture checklist as users see and type them. The dropdown's value is
 * the level and the point's own short answer, « 2 – Sur-effort en partie compensé »: the number
 * keeps the 0–3 scale (and so which end is fragile) in view, the words say what it means here.
 */
export function vcAnswer(point: VcPoint, level: number, lang: Lang): string {
  return `${level} – ${point.answers[lang][level]}`;
}

/** The four dropdown values of a point, 0 to 3. */
export function vcAnswers(point: VcPoint, lang: Lang): string[] {
  return point.answers[lang].map((_, level) => vcAnswer(point, level, lang));
}

/** An answer as the panel names it: the point's answer for a whole level, the number for an average (2,5). */
export function vcAnswerText(point: VcPoint, level: number, lang: Lang): string {
  return Number.isInteger(level) && level >= 0 && level <= MAX_LEVEL ? vcAnswer(point, level, lang) : showNumber(level, lang);
}

/**
 * Reads the answer to point `index` (0–3, averages of reviewers allowed): a number, the point's
 * answer with or without its number, and the words of workbooks made before the answers existed
 * (Inexistant…Fort, non…oui). The message lists what this point accepts.
 */
export function parseVcAnswer(value: unknown, index: number): number {
  const level = toLevel(value, 'checklist');
  if (!Number.isNaN(level)) return level;
  const point = VC_POINTS[index];
  const accepted = (lang: Lang) => {
    const own = vcAnswers(point, lang)
      .map((a) => quote(a, lang))
      .join(', ');
    const old = LEVEL_LABELS.map((l) => l[lang]).join(', ');
    return lang === 'en'
      ? `an answer from the list (${own}; ${VC_SCALE_NOTE.en}), its number 0 to 3, or ${old}, non, plutôt non, plutôt oui, oui`
      : `une réponse de la liste (${own} ; ${VC_SCALE_NOTE.fr}), son numéro 0 à 3, ou ${old}, non, plutôt non, plutôt oui, oui`;
  };
  throw problem(
    `${quote(value, 'fr')} n'est pas une réponse à ce point : ${accepted('fr')}`,
    `${quote(value, 'en')} is not an answer to this point: ${accepted('en')}`,
  );
}
