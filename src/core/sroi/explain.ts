import type { Lang } from '../i18n';
import { ASSUMPTION_NAMES, type SensitivityAssumption, type SensitivityRow, type SwitchingValue } from './sensitivity';

/**
 * The sensitivity analysis in words (issue 13 §3), for the dashboard's « Sensibilité du SROI » and the
 * sidebar: which assumption the ratio depends on most, and how far each one must move for the ratio to
 * fall (or rise) to 1:1. Words only: the figures are sensitivity.ts's (oneAtATime, switchingValue).
 */

/**
 * A number as a reader of `lang` writes it: French decimal comma and minus sign (−), `digits` decimals
 * (trailing zeros dropped unless `keep`: a ratio keeps its two, as Projets' 0.00 format shows it).
 */
function decimal(n: number, digits: number, lang: Lang, keep = false): string {
  const rounded = Math.abs(n).toFixed(digits);
  const fixed = keep || !rounded.includes('.') ? rounded : rounded.replace(/\.?0+$/, '');
  const text = lang === 'fr' ? fixed.replace('.', ',') : fixed;
  return n < 0 && Number(fixed) !== 0 ? `−${text}` : text;
}

const signed = (n: number, digits: number, lang: Lang) => `${n > 0 ? '+' : ''}${decimal(n, digits, lang)}`;

/** An assumption's swing: how far its high ratio is from its low one. The tornado is sorted by it. */
export const swing = (row: SensitivityRow): number => row.high - row.low;

/** The rows widest swing first (ties keep SENSITIVITY_ASSUMPTIONS' order): the tornado chart's order. */
export function bySwing(rows: readonly SensitivityRow[]): SensitivityRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => swing(b.row) - swing(a.row) || a.i - b.i)
    .map((x) => x.row);
}

/**
 * A switching value in words, in the unit sensitivity.ts gives it: relative for the quantity and the
 * proxy (« −68 % »), points for the percentages and the rate (« +35 points »), whole years for the
 * duration (« −3 ans »); « aucune » when no change within the assumption's domain reaches 1:1.
 */
export function switchingText(assumption: SensitivityAssumption, s: SwitchingValue, lang: Lang): string {
  if (s.status === 'none') return lang === 'en' ? 'none: the ratio never reaches 1:1' : 'aucune : le ratio n’atteint pas 1:1';
  switch (assumption) {
    case 'quantity':
    case 'proxy':
      return `${signed(s.change * 100, 1, lang)}${lang === 'en' ? '%' : ' %'}`;
    case 'years': {
      const n = Math.abs(s.change);
      return `${signed(s.change, 0, lang)} ${lang === 'en' ? (n === 1 ? 'year' : 'years') : n === 1 ? 'an' : 'ans'}`;
    }
    default: {
      const points = s.change * 100;
      return `${signed(points, 1, lang)} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
    }
  }
}

/**
 * One sentence: the assumption with the widest low–high range, its range and step, and its switching
 * value (the change that brings the ratio to 1:1), e.g. « Le ratio SROI dépend surtout du proxy
 * financier : de 2,70 à 3,30 pour ±10 % ; il passerait à 1:1 avec une variation du proxy financier de −66,7 %. »
 * No row moves the ratio (no outcome valued, or none that varies): a sentence that says so.
 */
export function sensitivitySentence(rows: SensitivityRow[], switching: Record<SensitivityAssumption, SwitchingValue>, lang: Lang): string {
  const top = bySwing(rows)[0];
  if (!top || !(swing(top) > 0)) return lang === 'en' ? 'No assumption moves the SROI ratio.' : 'Aucune hypothèse ne fait varier le ratio SROI.';
  const names = ASSUMPTION_NAMES[top.assumption];
  const s = switching[top.assumption];
  const [low, high] = [decimal(top.low, 2, lang, true), decimal(top.high, 2, lang, true)];
  if (lang === 'en') {
    const tail =
      s.status === 'found'
        ? `it would reach 1:1 with a change of ${names.of.en} by ${switchingText(top.assumption, s, 'en')}`
        : 'no change of it brings the ratio to 1:1';
    return `The SROI ratio depends most on ${names.of.en}: from ${low} to ${high} for ${names.step.en}; ${tail}.`;
  }
  const tail =
    s.status === 'found'
      ? `il passerait à 1:1 avec une variation ${names.of.fr} de ${switchingText(top.assumption, s, 'fr')}`
      : 'aucun écart de cette hypothèse ne ramène le ratio à 1:1';
  return `Le ratio SROI dépend surtout ${names.of.fr} : de ${low} à ${high} pour ${names.step.fr} ; ${tail}.`;
}
