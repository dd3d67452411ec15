import type { Lang, Text } from '../i18n';
import { DEFAULT_START, SENSITIVITY_STEPS, SWITCH_TOLERANCE } from './conventions';
import { investmentPresentValue, type Investment } from './flows';
import { MAX_YEARS, presentValue, sroiRatio, yearPresentValues, type Outcome } from './valuation';

/**
 * One-assumption-at-a-time sensitivity and switching values (the SROI Guide's sensitivity analysis):
 * each assumption is changed alike for every outcome of a project (one shared doubt, e.g. « we
 * under-estimated deadweight everywhere »), the others kept at their base values.
 */

export const SENSITIVITY_ASSUMPTIONS = ['quantity', 'proxy', 'deadweight', 'attribution', 'displacement', 'dropoff', 'years', 'rate'] as const;
export type SensitivityAssumption = (typeof SENSITIVITY_ASSUMPTIONS)[number];

/** How each assumption is named, alone and after « dépend surtout … » (the French article is part of it). */
export const ASSUMPTION_NAMES: { readonly [A in SensitivityAssumption]: { name: Text; of: Text; step: Text } } = {
  quantity: { name: { fr: 'quantité', en: 'quantity' }, of: { fr: 'de la quantité', en: 'the quantity' }, step: { fr: '±10 %', en: '±10%' } },
  proxy: {
    name: { fr: 'proxy financier', en: 'financial proxy' },
    of: { fr: 'du proxy financier', en: 'the financial proxy' },
    step: { fr: '±10 %', en: '±10%' },
  },
  deadweight: { name: { fr: 'point mort', en: 'deadweight' }, of: { fr: 'du point mort', en: 'deadweight' }, step: { fr: '±10 points', en: '±10 points' } },
  attribution: {
    name: { fr: 'attribution', en: 'attribution' },
    of: { fr: 'de l’attribution', en: 'attribution' },
    step: { fr: '±10 points', en: '±10 points' },
  },
  displacement: {
    name: { fr: 'déplacement', en: 'displacement' },
    of: { fr: 'du déplacement', en: 'displacement' },
    step: { fr: '±10 points', en: '±10 points' },
  },
  dropoff: { name: { fr: 'érosion', en: 'drop-off' }, of: { fr: 'de l’érosion', en: 'drop-off' }, step: { fr: '±10 points', en: '±10 points' } },
  years: { name: { fr: 'durée', en: 'duration' }, of: { fr: 'de la durée', en: 'the duration' }, step: { fr: '±1 an', en: '±1 year' } },
  rate: {
    name: { fr: 'taux d’actualisation', en: 'discount rate' },
    of: { fr: 'du taux d’actualisation', en: 'the discount rate' },
    step: { fr: '±1 point', en: '±1 point' },
  },
};

/** The highest discount rate a change may reach (the readers accept rates below 100 %). */
const MAX_RATE = 0.99;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The outcome with one assumption changed by `change`: the quantity and the proxy relatively (×(1 + change)),
 * percentages and the rate by points (clamped to their domain), the duration by whole years (1 to the
 * calendar's end).
 */
export function shifted(o: Outcome, a: SensitivityAssumption, change: number): Outcome {
  switch (a) {
    case 'quantity':
      return { ...o, quantity: Math.max(0, o.quantity * (1 + change)) };
    case 'proxy':
      return { ...o, proxy: o.proxy * (1 + change) };
    case 'years':
      return { ...o, years: shiftedYears(o, change) };
    case 'rate':
      return { ...o, rate: clamp(o.rate + change, 0, MAX_RATE) };
    default:
      return { ...o, [a]: clamp(o[a] + change, 0, 1) };
  }
}

/** The duration changed by whole years, from 1 to the calendar's end. */
function shiftedYears(o: Outcome, change: number): number {
  return clamp(o.years + Math.round(change), 1, Math.max(1, MAX_YEARS - (o.start ?? DEFAULT_START)));
}

/** The SROI ratio with one assumption changed (the rate also discounts the later instalments of the investment). */
export function ratioWith(outcomes: readonly Outcome[], inv: Investment, a: SensitivityAssumption, change: number): number {
  const pv = outcomes.reduce((s, o) => s + presentValue(change === 0 ? o : shifted(o, a, change)), 0);
  return sroiRatio(pv, investmentPresentValue(shiftedInvestment(inv, a, change)));
}

function shiftedInvestment(inv: Investment, a: SensitivityAssumption, change: number): Investment {
  return a === 'rate' && change !== 0 ? { ...inv, rate: clamp(inv.rate + change, 0, MAX_RATE) } : inv;
}

/**
 * ratioWith as a function of the change, prepared once so that the many evaluations of a solve are
 * cheap: where the present value is a factor times the change's effect (quantity, proxy, the three
 * percentages) or a running sum (duration), each evaluation is O(outcomes); drop-off and rate
 * recompute each outcome (O(outcomes × years)). The same figures as ratioWith, to rounding.
 */
export function ratioOf(outcomes: readonly Outcome[], inv: Investment, a: SensitivityAssumption): (change: number) => number {
  const invested = investmentPresentValue(inv);
  switch (a) {
    case 'quantity':
    case 'proxy': {
      const pv = outcomes.reduce((s, o) => s + presentValue(o), 0);
      return (c) => sroiRatio(a === 'quantity' ? pv * Math.max(0, 1 + c) : pv * (1 + c), invested);
    }
    case 'deadweight':
    case 'attribution':
    case 'displacement': {
      // PV is linear in (1 − percentage): the outcome's value without it, times what the change leaves.
      const gross = outcomes.map((o) => presentValue({ ...o, [a]: 0 }));
      return (c) =>
        sroiRatio(
          outcomes.reduce((s, o, i) => s + gross[i] * (1 - clamp(o[a] + c, 0, 1)), 0),
          invested,
        );
    }
    case 'years': {
      // Each outcome's running sum of its years, as if it lasted to the calendar's end.
      const sums = outcomes.map((o) => {
        const longest = shifted(o, 'years', MAX_YEARS);
        const running = [0];
        for (const v of yearPresentValues(longest).slice(o.start ?? DEFAULT_START)) running.push(running[running.length - 1] + v);
        return running;
      });
      return (c) =>
        sroiRatio(
          outcomes.reduce((s, o, i) => s + sums[i][shiftedYears(o, c)], 0),
          invested,
        );
    }
    default:
      return (c) => ratioWith(outcomes, inv, a, c);
  }
}

export interface SensitivityRow {
  assumption: SensitivityAssumption;
  /** The ratio with the assumption moved by its step, down and up: the smaller, the base, the larger. */
  low: number;
  base: number;
  high: number;
}

/** Each assumption's low / base / high ratio, in SENSITIVITY_ASSUMPTIONS order (investment's present value > 0). */
export function oneAtATime(outcomes: readonly Outcome[], inv: Investment): SensitivityRow[] {
  const base = ratioWith(outcomes, inv, 'quantity', 0);
  return SENSITIVITY_ASSUMPTIONS.map((a) => {
    const ratio = ratioOf(outcomes, inv, a);
    const down = ratio(-SENSITIVITY_STEPS[a]);
    const up = ratio(SENSITIVITY_STEPS[a]);
    return { assumption: a, low: Math.min(down, base, up), base, high: Math.max(down, base, up) };
  });
}

/**
 * The change of one assumption at which the ratio reaches 1:1: relative for the quantity and the proxy
 * (−0,6 = 60 % less), in points for percentages and the rate (+0,35 = 35 points more), in whole years
 * for the duration (the first whole change that reaches or crosses 1:1: `ratio` says where it lands).
 * `none`: no change within the assumption's domain reaches 1:1.
 */
export type SwitchingValue = { status: 'found'; change: number; ratio: number } | { status: 'none' };

/** How far a change may go each way, and the scan's step before the bracketed solve. */
const DOMAIN: { readonly [A in SensitivityAssumption]?: { reach: number; step: number } } = {
  deadweight: { reach: 1, step: 0.05 },
  attribution: { reach: 1, step: 0.05 },
  displacement: { reach: 1, step: 0.05 },
  dropoff: { reach: 1, step: 0.05 },
  rate: { reach: MAX_RATE, step: 0.05 },
  years: { reach: MAX_YEARS - 1, step: 1 },
};

export function switchingValue(outcomes: readonly Outcome[], inv: Investment, a: SensitivityAssumption): SwitchingValue {
  const ratio = ratioOf(outcomes, inv, a);
  const gap = (c: number) => ratio(c) - 1;
  const base = gap(0);
  if (Math.abs(base) <= SWITCH_TOLERANCE) return { status: 'found', change: 0, ratio: base + 1 };
  if (a === 'quantity' || a === 'proxy') {
    // The ratio is linear in a common factor: ratio·(1 + c) = 1. A factor below 0 is outside the domain.
    const ratio = base + 1;
    if (!(ratio > 0)) return { status: 'none' };
    const change = 1 / ratio - 1;
    return { status: 'found', change, ratio: gap(change) + 1 };
  }
  const { reach, step } = DOMAIN[a]!;
  // Scan outwards both ways, so the smallest change that crosses 1:1 wins even when the ratio is not
  // monotone (a portfolio mixing positive and negative outcomes); then solve within the step.
  const previous = { down: { c: 0, g: base }, up: { c: 0, g: base } };
  const steps = Math.ceil(reach / step);
  for (let k = 1; k <= steps; k++) {
    for (const side of ['down', 'up'] as const) {
      const c = (side === 'down' ? -1 : 1) * Math.min(reach, k * step);
      const g = gap(c);
      if (g === 0 || Math.sign(g) !== Math.sign(base)) {
        if (a === 'years') return { status: 'found', change: c, ratio: g + 1 };
        return solveBracketed(gap, previous[side], { c, g });
      }
      previous[side] = { c, g };
    }
  }
  return { status: 'none' };
}

/**
 * The root of `gap` between `inside` (gap of one sign) and `outside` (the other sign, or 0), to
 * SWITCH_TOLERANCE: regula falsi with the Illinois modification (the bracket always holds the root, and
 * it converges in a few steps where bisection takes thirty), stopping when the bracket can shrink no more.
 */
function solveBracketed(gap: (c: number) => number, inside: { c: number; g: number }, outside: { c: number; g: number }): SwitchingValue {
  let [a, fa] = [inside.c, inside.g];
  let [b, fb] = [outside.c, outside.g];
  let side = 0;
  let best = Math.abs(fa) < Math.abs(fb) ? { c: a, g: fa } : { c: b, g: fb };
  for (let i = 0; i < 200 && Math.abs(best.g) > SWITCH_TOLERANCE; i++) {
    let c = (a * fb - b * fa) / (fb - fa);
    // Outside the bracket or stuck on an end (flat or rounded): bisect instead.
    if (!(c > Math.min(a, b) && c < Math.max(a, b))) c = (a + b) / 2;
    if (c === a || c === b) break;
    const fc = gap(c);
    if (Math.abs(fc) < Math.abs(best.g)) best = { c, g: fc };
    if (Math.sign(fc) === Math.sign(fb)) {
      [b, fb] = [c, fc];
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      [a, fa] = [c, fc];
      if (side === 1) fb /= 2;
      side = 1;
    }
  }
  return { status: 'found', change: best.c, ratio: best.g + 1 };
}

/** A ratio with its two decimals, as Projets' 0.00 format shows it; a negative one with the minus sign (−). */
export function ratioText(r: number, lang: Lang): string {
  const fixed = Math.abs(r).toFixed(2);
  const text = lang === 'fr' ? fixed.replace('.', ',') : fixed;
  return r < 0 && Number(fixed) !== 0 ? `−${text}` : text;
}

/** One sentence naming the assumption the ratio depends on most (the widest low–high range of oneAtATime). */
export function sensitivitySummary(rows: readonly SensitivityRow[]): Text {
  let top: SensitivityRow | undefined;
  for (const row of rows) if (row.high - row.low > (top ? top.high - top.low : 0)) top = row;
  if (!top) return { fr: 'Aucune hypothèse ne fait varier le ratio SROI.', en: 'No assumption moves the SROI ratio.' };
  const names = ASSUMPTION_NAMES[top.assumption];
  const [low, high] = [top.low, top.high];
  return {
    fr: `Le ratio SROI dépend surtout ${names.of.fr} : de ${ratioText(low, 'fr')} à ${ratioText(high, 'fr')} pour ${names.step.fr}.`,
    en: `The SROI ratio depends most on ${names.of.en}: from ${ratioText(low, 'en')} to ${ratioText(high, 'en')} for ${names.step.en}.`,
  };
}
