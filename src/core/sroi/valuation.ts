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
}

export const SROI_DEFAULTS = { deadweight: 0, attribution: 0, displacement: 0, dropoff: 0, years: 1, rate: 0.035 } as const;
export const MAX_YEARS = 50;

/** Value of year 1 after deadweight, attribution and displacement (before discounting). */
export function impactYear1(o: Outcome): number {
  return o.quantity * o.proxy * (1 - o.deadweight) * (1 - o.attribution) * (1 - o.displacement);
}

/** Σ_{t=1..years} impact·(1−dropoff)^(t−1) / (1+rate)^t */
export function presentValue(o: Outcome): number {
  const impact = impactYear1(o);
  let pv = 0;
  let fade = 1;
  let discount = 1;
  for (let t = 1; t <= o.years; t++) {
    discount *= 1 + o.rate;
    pv += (impact * fade) / discount;
    fade *= 1 - o.dropoff;
  }
  return pv;
}

export function sroiRatio(totalPresentValue: number, investment: number): number {
  return totalPresentValue / investment;
}

/** Which of an outcome's assumptions a sensitivity analysis varies (the ones most often guessed). */
export type Assumption = 'proxy' | 'deadweight' | 'attribution' | 'displacement' | 'dropoff' | 'rate';

/**
 * Present value with one assumption moved by ±delta (proxy relatively, percentages absolutely and
 * clamped to [0, 1]): the low/base/high band users read before trusting a ratio.
 * Core API, covered by test/unit/core-rules.test.ts, not shown yet: the sidebar's valuation summary
 * receives only Σ of the present values (ValuationSummary), not each outcome's assumptions.
 */
export function sensitivity(o: Outcome, assumption: Assumption, delta: number): { low: number; base: number; high: number } {
  const moved = (sign: number): Outcome => {
    if (assumption === 'proxy') return { ...o, proxy: o.proxy * (1 + sign * delta) };
    const v = Math.min(assumption === 'rate' ? 0.99 : 1, Math.max(0, o[assumption] + sign * delta));
    return { ...o, [assumption]: v };
  };
  const a = presentValue(moved(-1));
  const b = presentValue(moved(+1));
  return { low: Math.min(a, b), base: presentValue(o), high: Math.max(a, b) };
}
