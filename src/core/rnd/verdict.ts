import { fold } from '../cells/text';
import type { Lang } from '../i18n';
import { CHOICES } from '../instruments/kinds';
import { problem, quote } from '../problem';
import { RND_CRITERIA } from './criteria';

/**
 * The social R&D verdict (the module's rule, not the seed's): each criterion read on the 0–3 scale
 * CONSENSUS gives a checklist's answers (non 0, en partie 1,5, oui 3), so that one rule serves a
 * reviewer's row and the consensus of several:
 *   value ≥ 2 → réuni (oui; a mean of oui and en partie, 2,25, too),
 *   1 ≤ value < 2 → en partie (en partie; a mean of oui and non, 1,5),
 *   value < 1 → non réuni (non; a mean of en partie and non, 0,75).
 * A number typed in the sheet reads the same way (2 or 3 réuni, 1 en partie, 0 non), as the sheet's
 * counts read 2 as oui and 1 as en partie.
 */
export const RND_MET = 2;
export const RND_PARTLY = 1;
export const RND_SCALE_MAX = 3;

export type RndState = 'met' | 'partly' | 'not';

export function rndState(value: number): RndState {
  return value >= RND_MET ? 'met' : value >= RND_PARTLY ? 'partly' : 'not';
}

/** A cell of the checklist as a number 0–3: oui / en partie / non (either language) or a number 0–3. Throws a Problem naming the value otherwise. */
export function readRndAnswer(value: unknown): number {
  if (typeof value === 'number' && value >= 0 && value <= RND_SCALE_MAX) return value;
  if (typeof value === 'string') {
    const word = fold(value);
    const at = CHOICES.findIndex((c) => fold(c.fr) === word || fold(c.en) === word);
    if (at >= 0) return (at * RND_SCALE_MAX) / (CHOICES.length - 1);
    const n = Number(value.trim().replace(',', '.'));
    if (value.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= RND_SCALE_MAX) return n;
  }
  throw problem(
    `${quote(value, 'fr')} n’est pas une réponse : oui, en partie ou non (ou un nombre de 0 à ${RND_SCALE_MAX}, comme le consensus des évaluations les donne)`,
    `${quote(value, 'en')} is not an answer: yes, partly or no (or a number from 0 to ${RND_SCALE_MAX}, as the consensus of assessments gives them)`,
  );
}

/**
 * The one-line verdict of five answers (0–3 each, grid order): « Démarche de R&D sociale : les 5
 * critères réunis », or « 3/5 critères réunis : nouveauté, créativité, incertitude ; en partie :
 * transférabilité ; non réunis : dimension systématique ».
 */
export function rndVerdict(values: readonly number[], lang: Lang): string {
  const of = (state: RndState) => RND_CRITERIA.filter((_, i) => rndState(values[i]) === state).map((c) => c.short[lang]);
  const [met, partly, not] = [of('met'), of('partly'), of('not')];
  const n = RND_CRITERIA.length;
  if (met.length === n) return lang === 'en' ? `Social R&D: all ${n} criteria met` : `Démarche de R&D sociale : les ${n} critères réunis`;
  const parts =
    lang === 'en'
      ? [
          `${met.length}/${n} criteria met${met.length ? `: ${met.join(', ')}` : ''}`,
          partly.length ? `partly: ${partly.join(', ')}` : '',
          not.length ? `not met: ${not.join(', ')}` : '',
        ]
      : [
          `${met.length}/${n} ${met.length > 1 ? 'critères réunis' : 'critère réuni'}${met.length ? ` : ${met.join(', ')}` : ''}`,
          partly.length ? `en partie : ${partly.join(', ')}` : '',
          not.length ? `${not.length > 1 ? 'non réunis' : 'non réuni'} : ${not.join(', ')}` : '',
        ];
  return parts.filter(Boolean).join(lang === 'en' ? '; ' : ' ; ');
}
