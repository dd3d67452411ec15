import { discountFactor, investmentYear, netPresentValue, netSroiRatio, paybackMonths } from './conventions';
import { presentValue, sroiRatio, yearPresentValues, type Outcome } from './valuation';

/**
 * A project's SROI figures over time: the investment (one amount, or one per year), the net present
 * value, the net SROI and the payback period, by the conventions of conventions.ts.
 */

/** What was invested: the amounts per year (the first paid today) and the rate that discounts the later ones. */
export interface Investment {
  amounts: readonly number[];
  rate: number;
}

/** The present value of each amount: the first as it is, the n-th discounted n − 1 years. */
export function investmentPresentValues(inv: Investment): number[] {
  return inv.amounts.map((a, i) => a * discountFactor(inv.rate, investmentYear(i)));
}

export function investmentPresentValue(inv: Investment): number {
  return investmentPresentValues(inv).reduce((s, v) => s + v, 0);
}

/** Σ of the outcomes' present values per year of the calendar (index 0 is year 1), one pass over the outcomes. */
export function totalYearPresentValues(outcomes: readonly Outcome[]): number[] {
  const total: number[] = [];
  for (const o of outcomes) {
    yearPresentValues(o).forEach((v, i) => {
      total[i] = (total[i] ?? 0) + v;
    });
  }
  return total;
}

export interface ProjectFigures {
  presentValue: number;
  investment: number;
  netPresentValue: number;
  ratio: number;
  netRatio: number;
  /** Months to payback; null when not paid back within the outcomes' years. */
  paybackMonths: number | null;
}

/** Every figure of a project from its outcomes and its investment (present value of the investment > 0). */
export function projectFigures(outcomes: readonly Outcome[], inv: Investment): ProjectFigures {
  const pv = outcomes.reduce((s, o) => s + presentValue(o), 0);
  const invested = investmentPresentValue(inv);
  return {
    presentValue: pv,
    investment: invested,
    netPresentValue: netPresentValue(pv, invested),
    ratio: sroiRatio(pv, invested),
    netRatio: netSroiRatio(pv, invested),
    paybackMonths: paybackMonths(totalYearPresentValues(outcomes), investmentPresentValues(inv)),
  };
}
