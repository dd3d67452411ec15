/**
 * The conventions of the SROI method the add-on follows, each in ONE place so that it can be changed
 * in one line (the README's « Conventions SROI » lists them with their sources).
 *
 * Sources: Social Value UK (Cabinet Office), « A Guide to Social Return on Investment » (2012), stage 5
 * (« Calculating the SROI »: projecting into the future, net present value, ratio, sensitivity,
 * payback), and its French adaptation by ESSEC, « Guide du retour social sur investissement ». Neither
 * text is in the project's seeds and neither could be read while writing this module: each convention
 * below says what the Guide is known to do and which choice was taken where that is not certain.
 */

/**
 * Discounting starts with the first year: the value of year t (t = 1, 2…) is divided by (1 + rate)^t,
 * as the Guide's worked Value Map does (year 1 is discounted). SROI_VALUE has always done so: its
 * results must not change.
 */
export function discountFactor(rate: number, year: number): number {
  return (1 + rate) ** -year;
}

/**
 * When an outcome starts: `start` whole years after the activity (0 = during the activity's period,
 * today's rule; 1 = « in the period after the activity », the Value Map's « outcomes start » column).
 * The duration counts from the outcome's own first year, so an outcome of `years` years occupies the
 * activity's years start + 1 … start + years: it is discounted by its place on the activity's calendar
 * (a later start is discounted more), and its drop-off counts from its own first year.
 */
export const DEFAULT_START = 0;
export function outcomeYear(start: number, yearOfOutcome: number): number {
  return start + yearOfOutcome;
}

/**
 * Investment spread over several years: the first amount is paid today (not discounted, as the ratio
 * has always taken the investment), the n-th amount n − 1 years later, discounted like the values of
 * that year: amount / (1 + rate)^(n − 1). A single amount is the investment as SROI_RATIO takes it.
 */
export function investmentYear(index: number): number {
  return index;
}

/** Net present value: the present value of the outcomes minus the present value of the investment (the Guide). */
export function netPresentValue(presentValue: number, investmentPresentValue: number): number {
  return presentValue - investmentPresentValue;
}

/** Net SROI ratio: the net present value divided by the (present value of the) investment (the Guide). */
export function netSroiRatio(presentValue: number, investmentPresentValue: number): number {
  return netPresentValue(presentValue, investmentPresentValue) / investmentPresentValue;
}

/**
 * The payback period, in months. The Guide's formula is investment ÷ (annual impact ÷ 12): it assumes a
 * constant yearly value, starting at once, not discounted, and an investment paid up front. Outcomes
 * here fade (drop-off), start late and are discounted, and investment may be spread over years, so the
 * add-on takes the discounted cumulative version, which gives the Guide's figure when its assumptions
 * hold (rate 0, no drop-off, start 0, one amount): the time at which the cumulative present value of the
 * outcomes reaches the cumulative present value of the investment paid so far, for good (a later
 * shortfall, from a negative outcome or a later instalment, resets it), with each year's value taken
 * as accruing evenly over that year (linear interpolation). Not reached within the outcomes' years: none.
 */
export const MONTHS_PER_YEAR = 12;

/**
 * The payback period in months, by the convention above: `yearValues[t−1]` is the present value accruing evenly
 * over year t, `investments[n]` the present value paid at time n (0 = today). The balance is walked
 * year by year; the payback is the last moment it turns from negative to ≥ 0 and stays so. O(years).
 */
export function paybackMonths(yearValues: readonly number[], investments: readonly number[]): number | null {
  let balance = -(investments[0] ?? 0);
  // Invariant: payback is null exactly when the balance is negative.
  let payback: number | null = balance >= 0 ? 0 : null;
  const horizon = Math.max(yearValues.length, investments.length - 1);
  for (let t = 1; t <= horizon; t++) {
    const value = yearValues[t - 1] ?? 0;
    const before = balance;
    balance += value;
    if (before < 0 && balance >= 0) payback = t - 1 + -before / value;
    else if (balance < 0) payback = null;
    balance -= investments[t] ?? 0;
    if (balance < 0) payback = null;
  }
  return payback === null ? null : payback * MONTHS_PER_YEAR;
}

/**
 * One-assumption-at-a-time sensitivity (the Guide's sensitivity analysis): how far each assumption is
 * moved down and up around its base value. The Guide does not fix the steps; these are the add-on's
 * choice: ±10 % of the quantity and of the proxy (relative), ±10 points of the percentages (as the
 * sidebar's band always did), ±1 year of the duration, ±1 point of the discount rate.
 */
export const SENSITIVITY_STEPS = {
  quantity: 0.1,
  proxy: 0.1,
  deadweight: 0.1,
  attribution: 0.1,
  displacement: 0.1,
  dropoff: 0.1,
  years: 1,
  rate: 0.01,
} as const;

/**
 * Switching value (the Guide: « how much would the assumption need to change for the social return to
 * change from positive to negative »): the change of one assumption, applied to every outcome alike,
 * at which the SROI ratio reaches 1:1. Solved exactly where the ratio is linear in it (quantity, proxy),
 * otherwise by bisection within the assumption's domain, to SWITCH_TOLERANCE on the ratio.
 */
export const SWITCH_TOLERANCE = 1e-10;
