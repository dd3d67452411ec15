/**
 * Core rules shared by the sidebar and the dashboard (one definition each, so the two cannot drift
 * from each other or from the sheet's formulas).
 */
import { amiMax } from '../../src/core/ami/maximum';
import { EQUAL_WEIGHTS, groupIndices, weightedScore } from '../../src/core/ami/score';
import { MAX_LEVEL } from '../../src/core/cells/level';
import { siatDimensionFromCells, toSiatScore } from '../../src/core/siat/index';
import { presentValue, sensitivity, SROI_DEFAULTS } from '../../src/core/sroi/valuation';

describe('SIAT dimension from its item cells (the sheet formula: Σ answered ÷ number answered)', () => {
  test('the mean of the non-blank items; numbers typed as text read as numbers', () => {
    expect(siatDimensionFromCells([4, '', 2, ' ', '3'])).toEqual({ score: 3, answered: 3 });
    expect(siatDimensionFromCells(['2,5', 3.5])).toEqual({ score: 3, answered: 2 });
  });

  test('no item answered: no score, nothing wrong', () => {
    expect(siatDimensionFromCells(['', '', ''])).toEqual({ score: undefined, answered: 0 });
  });

  test('one item not a number: no score (the formula gives blank), and it says why', () => {
    expect(siatDimensionFromCells([4, 'beaucoup', 2])).toEqual({ score: undefined, answered: 3, problem: 'unreadable' });
    expect(siatDimensionFromCells([4, true])).toEqual({ score: undefined, answered: 2, problem: 'unreadable' });
  });

  test('one item outside 1–5: no score, even when the mean would fall back inside', () => {
    expect(siatDimensionFromCells([6, 2])).toEqual({ score: undefined, answered: 2, problem: 'out-of-range' });
    expect(siatDimensionFromCells([0, 5])).toEqual({ score: undefined, answered: 2, problem: 'out-of-range' });
    // Unreadable wins when both happen: it is the cell to fix first.
    expect(siatDimensionFromCells([6, 'x'])).toMatchObject({ problem: 'unreadable' });
  });

  test('one item: blank, a 1–5 score, or NaN', () => {
    expect(toSiatScore('')).toBeUndefined();
    expect(toSiatScore('5')).toBe(5);
    expect(toSiatScore(1)).toBe(1);
    expect(toSiatScore(5.5)).toBeNaN();
    expect(toSiatScore('non')).toBeNaN();
  });
});

describe('AMI maximum', () => {
  test('every criterion at Fort, with the weights: what weightedScore gives a perfect grid', () => {
    const weights = [2, 1, 1, 0, 1, 1, 1, 1, 1, 1, 3, 1];
    const perfect = weights.map(() => MAX_LEVEL);
    for (const g of ['portage', 'contenu', 'contexte'] as const) {
      expect(amiMax(weights, groupIndices(g))).toBe(weightedScore(perfect, weights, groupIndices(g)));
    }
    expect(amiMax(EQUAL_WEIGHTS, EQUAL_WEIGHTS.map((_, i) => i))).toBe(36);
  });
});

describe('SROI sensitivity (core API: not shown yet, see the sidebar’s valuation summary)', () => {
  const outcome = { quantity: 10, proxy: 1000, ...SROI_DEFAULTS, deadweight: 0.2, attribution: 0.3, years: 3 };

  test('±10 points of deadweight give a band around the base present value', () => {
    const band = sensitivity(outcome, 'deadweight', 0.1);
    expect(band.base).toBeCloseTo(presentValue(outcome), 9);
    expect(band.low).toBeCloseTo(presentValue({ ...outcome, deadweight: 0.3 }), 9);
    expect(band.high).toBeCloseTo(presentValue({ ...outcome, deadweight: 0.1 }), 9);
  });

  test('percentages stay within 0–100 %; the proxy moves relatively', () => {
    expect(sensitivity({ ...outcome, attribution: 0.05 }, 'attribution', 0.1).high).toBeCloseTo(presentValue({ ...outcome, attribution: 0 }), 9);
    const proxy = sensitivity(outcome, 'proxy', 0.1);
    expect(proxy.high / proxy.base).toBeCloseTo(1.1, 12);
    expect(proxy.low / proxy.base).toBeCloseTo(0.9, 12);
  });
});
