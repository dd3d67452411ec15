import { DEFAULT_START, discountFactor, outcomeYear, SENSITIVITY_STEPS } from './conventions';

/**
 * SROI valuation of one outcome (Social Value UK; ESSEC, « Guide du retour social sur
 * investissement »): value net of what would have happened anyway (deadweight), of others'
 * contribution (attribution) and of displaced value, fading each year by the drop-off and
 * discounted to the present.
 */
export interface Outcome {
  quantity: number;
  /** € per unit per year; negative for a negative outcome. */
  proxy: number;
  deadweight: number;
  attribution: number;
  displacement: number;
  dropoff: number;
  years: number;
  rate: number;
  /** Whole years between the activity and the outcome's first year (conventions.ts); absent: DEFAULT_START. */
  start?: number;
}

export const SROI_DEFAULTS = { deadweight: 0, attribution: 0, displacement: 0, dropoff: 0, years: 1, rate: 0.035 } as const;
/** The longest an outcome lasts, and the last year of the calendar it may reach (start + years). */
export const MAX_YEARS = 50;

/** Value of year 1 after deadweight, attribution and displacement (before discounting). */
export function impactYear1(o: Outcome): number {
  return o.quantity * o.proxy * (1 - o.deadweight) * (1 - o.attribution) * (1 - o.displacement);
}

/**
 * The outcome's value in each year of the activity's calendar, before discounting: index 0 is year 1;
 * the `start` years before the outcome begins are 0, then impact·(1−dropoff)^(k−1) for its k-th year.
 */
export function yearValues(o: Outcome): number[] {
  const start = o.start ?? DEFAULT_START;
  const values = new Array<number>(start + o.years).fill(0);
  const impact = impactYear1(o);
  let fade = 1;
  for (let k = 1; k <= o.years; k++) {
    values[outcomeYear(start, k) - 1] = impact * fade;
    fade *= 1 - o.dropoff;
  }
  return values;
}

/** The present value of each year of yearValues (index 0 is year 1), discounted by the convention. */
export function yearPresentValues(o: Outcome): number[] {
  return yearValues(o).map((v, i) => v * discountFactor(o.rate, i + 1));
}

/** Σ_{k=1..years} impact·(1−dropoff)^(k−1) / (1+rate)^(start+k): start 0 is formulas.md's SROI_VALUE. */
export function presentValue(o: Outcome): number {
  const start = o.start ?? DEFAULT_START;
  const impact = impactYear1(o);
  let pv = 0;
  let fade = 1;
  for (let k = 1; k <= o.years; k++) {
    pv += impact * fade * discountFactor(o.rate, outcomeYear(start, k));
    fade *= 1 - o.dropoff;
  }
  return pv;
}

export function sroiRatio(totalPresentValue: number, investment: number): number {
  return totalPresentValue / investment;
}

/** Which of an outcome's assumptions a sensitivity analysis varies (the ones most often guessed). */
export type Assumption = 'proxy' | 'deadweight' | 'attribution' | 'displacement' | 'dropoff' | 'rate';

/** Low / base / high: what a value becomes when its assumptions move down and up. */
export interface Band {
  low: number;
  base: number;
  high: number;
}

/** The assumptions SROI practitioners guess most often, and how far the sidebar moves them: ±10 points (the method's step). */
export const GUESSED_ASSUMPTIONS: readonly Assumption[] = ['deadweight', 'attribution'];
export const SENSITIVITY_POINTS = SENSITIVITY_STEPS.deadweight;

/** The outcome with each assumption moved by `delta` (the proxy relatively, percentages absolutely, clamped). */
function moved(o: Outcome, assumptions: readonly Assumption[], delta: number): Outcome {
  const m = { ...o };
  for (const a of assumptions) {
    if (a === 'proxy') m.proxy = o.proxy * (1 + delta);
    else m[a] = Math.min(a === 'rate' ? 0.99 : 1, Math.max(0, o[a] + delta));
  }
  return m;
}

/**
 * Σ of the outcomes' present values with the assumptions all moved together by −delta, then by
 * +delta (every outcome the same way: one shared doubt, e.g. « we under-estimated deadweight
 * everywhere »). Low and high are the smaller and larger of the two totals; base is taken in too,
 * so low ≤ base ≤ high even for a portfolio mixing positive and negative outcomes (whose moves
 * partly cancel). With a single sign, the present value is monotone in each assumption and base
 * always lies between the two.
 */
export function sensitivityBand(outcomes: readonly Outcome[], assumptions: readonly Assumption[], delta: number): Band {
  const total = (d: number) => outcomes.reduce((sum, o) => sum + presentValue(d === 0 ? o : moved(o, assumptions, d)), 0);
  const down = total(-delta);
  const base = total(0);
  const up = total(+delta);
  return { low: Math.min(down, base, up), base, high: Math.max(down, base, up) };
}

/**
 * Present value of one outcome with one assumption moved by ±delta (proxy relatively, percentages
 * absolutely and clamped to [0, 1]): the low/base/high band users read before trusting a ratio.
 */
export function sensitivity(o: Outcome, assumption: Assumption, delta: number): Band {
  return sensitivityBand([o], [assumption], delta);
}

/** The SROI ratio of each end of a present-value band (investment > 0: the order is kept). */
export function sroiBand(values: Band, investment: number): Band {
  return { low: sroiRatio(values.low, investment), base: sroiRatio(values.base, investment), high: sroiRatio(values.high, investment) };
}
