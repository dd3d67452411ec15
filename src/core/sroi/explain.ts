import type { Lang } from '../i18n';
import { showNumber } from '../problem';
import { SENSITIVITY_STEPS } from './conventions';
import {
  ASSUMPTION_NAMES,
  SENSITIVITY_ASSUMPTIONS,
  ratioText,
  sensitivitySummary,
  type SensitivityAssumption,
  type SensitivityRow,
  type SwitchingValue,
} from './sensitivity';

/**
 * The one-at-a-time sensitivity and the switching values in words, for the sidebar and the dashboard
 * alike: which assumption the ratio depends on most, and how far each assumption must move for the
 * ratio to reach 1:1. Numbers are written with the language's decimal mark and a no-break space
 * before « % » (a figure never wraps away from its unit).
 */

const NBSP = '\u00a0';

/** At most one decimal, without a trailing zero: 43,75 → « 43,8 », 40 → « 40 ». */
const oneDecimal = (n: number, lang: Lang) => showNumber(Math.round(n * 10) / 10, lang);

/** A percentage (0,2 → « 20 % »), as the sheet shows the percentages the change applies to. */
function percentText(share: number, lang: Lang): string {
  return `${oneDecimal(share * 100, lang)}${lang === 'fr' ? `${NBSP}%` : '%'}`;
}

/** How much a change moves the assumption, without its sign: « 30,2 % » (relative), « 40 points », « 2 ans ». */
function amountText(a: SensitivityAssumption, change: number, lang: Lang): string {
  const size = Math.abs(change);
  if (a === 'quantity' || a === 'proxy') return percentText(size, lang);
  if (a === 'years') return lang === 'fr' ? `${size}${NBSP}${size > 1 ? 'ans' : 'an'}` : `${size}${NBSP}${size > 1 ? 'years' : 'year'}`;
  const points = oneDecimal(size * 100, lang);
  return lang === 'fr' ? `${points}${NBSP}point${+points.replace(',', '.') >= 2 ? 's' : ''}` : `${points}${NBSP}point${points === '1' ? '' : 's'}`;
}

/** The value an assumption takes after the change, when every outcome shares its base value: « 64 % », « 1 an ». */
function valueText(a: SensitivityAssumption, value: number, lang: Lang): string {
  return a === 'years' ? amountText('years', value, lang) : percentText(value, lang);
}

/** How many of the assumption's sensitivity steps the change is: the yardstick that compares a change in % with one in points or years. */
function stepsAway(a: SensitivityAssumption, change: number): number {
  return Math.abs(change) / SENSITIVITY_STEPS[a];
}

/** The switching value nearest to the base, in steps (stepsAway); undefined when no assumption reaches 1:1. */
export function closestSwitch(switching: Record<SensitivityAssumption, SwitchingValue>): SensitivityAssumption | undefined {
  let best: { a: SensitivityAssumption; steps: number } | undefined;
  for (const a of SENSITIVITY_ASSUMPTIONS) {
    const s = switching[a];
    if (s.status !== 'found') continue;
    const steps = stepsAway(a, s.change);
    // Ties go to the first in SENSITIVITY_ASSUMPTIONS order.
    if (!best || steps < best.steps) best = { a, steps };
  }
  return best?.a;
}

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
 * A switching value as a signed change, for a table cell (the dashboard's): relative for the quantity
 * and the proxy (« −66,7 % »), points for the percentages and the rate (« +35 points »), whole years
 * for the duration (« −1 an »); « aucune » when no change within the assumption's domain reaches 1:1.
 */
export function switchingText(a: SensitivityAssumption, value: SwitchingValue, lang: Lang): string {
  if (value.status === 'none') return lang === 'en' ? 'none: the ratio never reaches 1:1' : 'aucune : le ratio n’atteint pas 1:1';
  const sign = value.change > 0 ? '+' : value.change < 0 ? '−' : '';
  return `${sign}${amountText(a, value.change, lang)}`;
}

/**
 * What an assumption must become for the ratio to reach 1:1, as a predicate after its name
 * (« Point mort : devrait passer de 20 % à 64 % »). `base`: the assumption's value when every outcome
 * shares it (then « de … à … »); otherwise the change is said (« devrait augmenter de 44 points »).
 * The quantity and the proxy always move relatively. The duration moves by whole years: where it lands
 * is said (the ratio crosses 1:1 there rather than reaching it exactly).
 */
export function switchingWords(a: SensitivityAssumption, value: SwitchingValue, lang: Lang, base?: number): string {
  if (value.status === 'none') return lang === 'fr' ? 'aucune valeur ne ramène le ratio à 1:1' : 'no value brings the ratio to 1:1';
  const { change } = value;
  if (change === 0) return lang === 'fr' ? 'le ratio est déjà de 1:1' : 'the ratio is already 1:1';
  const landing = a === 'years' ? ` (ratio ${ratioText(value.ratio, lang)})` : '';
  if (base !== undefined && a !== 'quantity' && a !== 'proxy') {
    const [from, to] = [valueText(a, base, lang), valueText(a, base + change, lang)];
    return (lang === 'fr' ? `devrait passer de ${from} à ${to}` : `would have to go from ${from} to ${to}`) + landing;
  }
  const amount = amountText(a, change, lang);
  if (lang === 'fr') return `devrait ${change < 0 ? 'baisser' : 'augmenter'} de ${amount}${landing}`;
  return `would have to ${change < 0 ? 'fall' : 'rise'} by ${amount}${landing}`;
}

/** « une hausse de 40 points du point mort » / « a rise of 40 points in deadweight ». */
function movePhrase(a: SensitivityAssumption, change: number, lang: Lang): string {
  const amount = amountText(a, change, lang);
  const names = ASSUMPTION_NAMES[a];
  if (lang === 'fr') {
    const of = a === 'years' && Math.abs(change) === 1 ? 'd’un an' : `de ${amount}`;
    return `une ${change < 0 ? 'baisse' : 'hausse'} ${of} ${names.of.fr}`;
  }
  return `a ${change < 0 ? 'fall' : 'rise'} of ${amount} in ${names.of.en}`;
}

/**
 * ONE sentence: the assumption the ratio depends on most (the widest low–high range, core's
 * sensitivitySummary) and the switching value closest to the base (closestSwitch: the fewest steps).
 */
export function sensitivitySentence(rows: SensitivityRow[], switching: Record<SensitivityAssumption, SwitchingValue>, lang: Lang): string {
  const summary = sensitivitySummary(rows)[lang];
  if (!rows.some((r) => r.high - r.low > 0)) return summary;
  // The summary's clause without its full stop, then the switching value's.
  const head = summary.replace(/\.$/, '');
  const closest = closestSwitch(switching);
  if (!closest)
    return lang === 'fr'
      ? `${head} ; aucune hypothèse, dans son domaine, n’amène le ratio à 1:1.`
      : `${head}; no assumption, within its range, brings the ratio to 1:1.`;
  const value = switching[closest] as Extract<SwitchingValue, { status: 'found' }>;
  if (value.change === 0) return lang === 'fr' ? `${head} ; le ratio est déjà de 1:1.` : `${head}; the ratio is already 1:1.`;
  const move = movePhrase(closest, value.change, lang);
  const base = rows[0].base;
  if (closest === 'years')
    return lang === 'fr'
      ? `${head} ; la valeur de basculement la plus proche est ${move}, qui ferait passer le ratio de ${ratioText(base, lang)} à ${ratioText(value.ratio, lang)}.`
      : `${head}; the closest switching value is ${move}, which would take the ratio from ${ratioText(base, lang)} to ${ratioText(value.ratio, lang)}.`;
  return lang === 'fr'
    ? `${head} ; la valeur de basculement la plus proche est ${move}, qui amènerait le ratio à 1:1.`
    : `${head}; the closest switching value is ${move}, which would bring the ratio to 1:1.`;
}
