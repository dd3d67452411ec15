/**
 * Core rules shared by the sidebar and the dashboard (one definition each, so the two cannot drift
 * from each other or from the sheet's formulas).
 */
import { amiMax } from '../../src/core/ami/maximum';
import { equalWeights, groupIndices, weightedScore } from '../../src/core/ami/score';
import { MAX_LEVEL } from '../../src/core/cells/level';
import { siatDimensionFromCells, toSiatScore } from '../../src/core/siat/index';
import { readOutcome } from '../../src/core/sroi/inputs';
import { GUESSED_ASSUMPTIONS, presentValue, sensitivity, sensitivityBand, SENSITIVITY_POINTS, SROI_DEFAULTS, sroiBand } from '../../src/core/sroi/valuation';

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
    expect(
      amiMax(
        equalWeights(),
        equalWeights().map((_, i) => i),
      ),
    ).toBe(36);
  });
});

describe('SROI sensitivity of one outcome to one assumption', () => {
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

describe('SROI sensitivity of a portfolio: deadweight and attribution ±10 points together (the sidebar’s band)', () => {
  // One year, no discounting: a present value is quantity × proxy × (1 − deadweight) × (1 − attribution).
  const plain = { ...SROI_DEFAULTS, years: 1, rate: 0 };
  const band = (outcomes: Parameters<typeof sensitivityBand>[0]) => sensitivityBand(outcomes, GUESSED_ASSUMPTIONS, SENSITIVITY_POINTS);

  test('the totals at −10 and +10 points, each percentage clamped to 0–100 %', () => {
    // A: 100 × 50 = 5 000. base 5 000 × 0,8 × 0,7 = 2 800; −10: 5 000 × 0,9 × 0,8 = 3 600; +10: 5 000 × 0,7 × 0,6 = 2 100.
    const a = { ...plain, quantity: 100, proxy: 50, deadweight: 0.2, attribution: 0.3 };
    // B: 10 × 200 = 2 000. base 2 000 × 0,95 × 0,05 = 95;
    //    −10: deadweight 0 (not −0,05), attribution 0,85: 2 000 × 1 × 0,15 = 300;
    //    +10: deadweight 0,15, attribution 1 (not 1,05): 2 000 × 0,85 × 0 = 0.
    const b = { ...plain, quantity: 10, proxy: 200, deadweight: 0.05, attribution: 0.95 };
    const r = band([a, b]);
    expect(r.base).toBeCloseTo(2800 + 95, 9); // 2 895
    expect(r.low).toBeCloseTo(2100 + 0, 9); // 2 100
    expect(r.high).toBeCloseTo(3600 + 300, 9); // 3 900
    // SROI for 1 500 € invested: 2 100 / 1 500 = 1,4; 2 895 / 1 500 = 1,93; 3 900 / 1 500 = 2,6.
    const s = sroiBand(r, 1500);
    expect(s.low).toBeCloseTo(1.4, 12);
    expect(s.base).toBeCloseTo(1.93, 12);
    expect(s.high).toBeCloseTo(2.6, 12);
  });

  test('with drop-off and discounting: P-0001 of the demo (400 foyers × 300 €, 2 years, 20 % drop-off, 3,5 %)', () => {
    // Σ of the yearly factors: 1 / 1,035 + 0,8 / 1,035² = 0,966184 + 0,746809 = 1,712992.
    // base: 120 000 × 0,8 × 0,7 = 67 200 × 1,712992 = 115 113,07
    // −10:  120 000 × 0,9 × 0,8 = 86 400 × 1,712992 = 148 002,52
    // +10:  120 000 × 0,7 × 0,6 = 50 400 × 1,712992 =  86 334,80
    const p1 = { quantity: 400, proxy: 300, deadweight: 0.2, attribution: 0.3, displacement: 0, dropoff: 0.2, years: 2, rate: 0.035 };
    const r = band([p1]);
    expect(r.base).toBeCloseTo(115113.07, 2);
    expect(r.low).toBeCloseTo(86334.8, 2);
    expect(r.high).toBeCloseTo(148002.52, 2);
    // For 150 000 € invested: 0,58 – 0,99 around 0,77.
    const s = sroiBand(r, 150000);
    expect([s.low, s.base, s.high].map((x) => Math.round(x * 100) / 100)).toEqual([0.58, 0.77, 0.99]);
  });

  test('a negative outcome moves the other way; low ≤ base ≤ high even when the moves do not bracket the base', () => {
    // P: 1 000 × 0,5 × 0,5 = 250; −10: 1 000 × 0,6 × 0,6 = 360; +10: 1 000 × 0,4 × 0,4 = 160.
    const p = { ...plain, quantity: 1, proxy: 1000, deadweight: 0.5, attribution: 0.5 };
    // N: −1 000 × 1 × 1 = −1 000; −10: clamped at 0, still −1 000; +10: −1 000 × 0,9 × 0,9 = −810.
    const n = { ...plain, quantity: 1, proxy: -1000, deadweight: 0, attribution: 0 };
    // Totals: base 250 − 1 000 = −750; −10: 360 − 1 000 = −640; +10: 160 − 810 = −650.
    // Both moves raise the total: the base is the low end.
    expect(band([p, n])).toEqual({ low: -750, base: -750, high: expect.closeTo(-640, 9) });
    // A single outcome is monotone: its band is the two moves.
    expect(band([n])).toEqual({ low: -1000, base: -1000, high: expect.closeTo(-810, 9) });
  });

  test('no outcome: a band of zeros (the server sends null instead)', () => {
    expect(band([])).toEqual({ low: 0, base: 0, high: 0 });
  });
});

describe('an outcome’s cells read by SROI_VALUE’s rules (core readOutcome: the formula and the sidebar’s band)', () => {
  test('blank optional cells take the defaults; French text numbers and percentages read', () => {
    expect(readOutcome(['400', '300 €', '20 %', '0,3', '', '', '', ''])).toEqual({
      quantity: 400,
      proxy: 300,
      deadweight: 0.2,
      attribution: 0.3,
      displacement: 0,
      dropoff: 0,
      years: 1,
      rate: 0.035,
    });
  });

  test('quantity or proxy blank: incomplete (undefined); a bad filled cell throws its message', () => {
    expect(readOutcome(['', 300])).toBeUndefined();
    expect(readOutcome([400, ' '])).toBeUndefined();
    expect(() => readOutcome([-1, 300])).toThrow('« -1 » est négatif : une quantité est positive ou nulle');
    expect(() => readOutcome([400, 300, 80])).toThrow(/ambigu/);
    expect(() => readOutcome([400, 300, 0, 0, 0, 0, 2.5])).toThrow(/entier/);
    expect(() => readOutcome([400, 300, 0, 0, 0, 0, 1, 1])).toThrow('le taux d’actualisation doit être inférieur à 100 %');
  });
});
