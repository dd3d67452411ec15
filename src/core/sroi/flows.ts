import { parseNumber } from '../cells/number';
import { isBlank } from '../cells/text';
import { Problem, problem, quote } from '../problem';
import { discountFactor, investmentYear, netPresentValue, netSroiRatio, paybackMonths } from './conventions';
import { EURO } from './inputs';
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

/** An amount invested: a number of euros, zero or more. Throws a Problem naming the value otherwise. */
export function investedAmount(v: unknown): number {
  const n = parseNumber(v, EURO);
  if (n < 0)
    throw problem(`${quote(v, 'fr')} est négatif : un montant investi est positif ou nul`, `${quote(v, 'en')} is negative: an amount invested is zero or more`);
  return n;
}

/**
 * A project's investment as Projets holds it, « Investissement (€) » then each later year's amount
 * (issue 13): the one rule of SROI_NPV and SROI_PAYBACK, the panel's valuation and the dashboard's
 * SROI, so that the three agree on every row. Every cell blank → undefined (nothing entered); a blank
 * year is 0 € paid that year, the first one included (a grant paid from year 2 on); any other cell is
 * read by `read` (investedAmount, or the formula's located version of it), which throws a Problem.
 */
export function readInstalments(cells: readonly unknown[], read: (v: unknown, i: number) => number = investedAmount): number[] | undefined {
  if (cells.every(isBlank)) return undefined;
  return cells.map((v, i) => (isBlank(v) ? 0 : read(v, i)));
}

/** readInstalments for the panel and the dashboard, which show no figure rather than a message: undefined when nothing is entered or an amount is unreadable or negative. */
export function readableInstalments(cells: readonly unknown[]): number[] | undefined {
  try {
    return readInstalments(cells);
  } catch (e) {
    if (e instanceof Problem) return undefined;
    throw e;
  }
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
