/**
 * Issue 13 in core: per-year values with a delayed start, investment per year, NPV, net SROI, payback,
 * totals by stakeholder, one-at-a-time sensitivity and switching values. Golden figures computed by
 * hand (arithmetic in comments); properties with fast-check.
 */
import fc from 'fast-check';
import { expectCells } from '../helpers/expect';
import { paybackMonths } from '../../src/core/sroi/conventions';
import { investmentPresentValue, projectFigures, totalYearPresentValues, type Investment } from '../../src/core/sroi/flows';
import { oneAtATime, ratioOf, ratioWith, SENSITIVITY_ASSUMPTIONS, sensitivitySummary, switchingValue } from '../../src/core/sroi/sensitivity';
import { totalsBy } from '../../src/core/sroi/totals';
import { presentValue, yearPresentValues, yearValues, type Outcome } from '../../src/core/sroi/valuation';

const RUNS = { numRuns: 200 };
const outcome = (o: Partial<Outcome>): Outcome => ({
  quantity: 1,
  proxy: 1000,
  deadweight: 0,
  attribution: 0,
  displacement: 0,
  dropoff: 0,
  years: 1,
  rate: 0,
  ...o,
});
const once = (amount: number): Investment => ({ amounts: [amount], rate: 0 });

describe('values per year', () => {
  test('a delayed start: 0 before, the duration counted from the start, discounted on the activity’s calendar', () => {
    // 10 × 100 = 1 000 a year, starting 1 year after the activity, for 3 years, at 10 %:
    // years 1–4 of the calendar: 0, 1 000, 1 000, 1 000; present values 0, 1 000/1,21, 1 000/1,331, 1 000/1,4641
    const o = outcome({ quantity: 10, proxy: 100, years: 3, rate: 0.1, start: 1 });
    expect(yearValues(o)).toEqual([0, 1000, 1000, 1000]);
    const pv = yearPresentValues(o);
    [0, 1000 / 1.21, 1000 / 1.331, 1000 / 1.4641].forEach((v, i) => expect(pv[i]).toBeCloseTo(v, 9));
    // 826,446 + 751,315 + 683,013 = 2 260,774
    expect(presentValue(o)).toBeCloseTo(1000 / 1.21 + 1000 / 1.331 + 1000 / 1.4641, 9);
  });

  test('drop-off counts from the outcome’s own first year, whatever its start', () => {
    // 1 000, then 1 000 × 0,8 = 800, then 640; start 2 puts them in years 3–5
    expectCells(yearValues(outcome({ years: 3, dropoff: 0.2, start: 2 })), [0, 0, 1000, 800, 640]);
  });

  test('start 0 is SROI_VALUE’s rule: year 1 discounted', () => {
    // 1 000 / 1,035 + 1 000 / 1,035²
    expect(presentValue(outcome({ years: 2, rate: 0.035 }))).toBeCloseTo(1000 / 1.035 + 1000 / 1.035 ** 2, 9);
    expect(presentValue(outcome({ years: 2, rate: 0.035, start: 0 }))).toBe(presentValue(outcome({ years: 2, rate: 0.035 })));
  });

  test('totals per year of several outcomes', () => {
    // 1 000 in years 1–2, and 500 in years 2–3 (start 1), rate 0: 1 000, 1 500, 500
    expect(totalYearPresentValues([outcome({ years: 2 }), outcome({ proxy: 500, years: 2, start: 1 })])).toEqual([1000, 1500, 500]);
  });
});

describe('investment, NPV, net SROI, payback', () => {
  test('the investment spread over years: the first amount today, the next ones discounted', () => {
    // 1 000 today + 1 100 in a year at 10 %: 1 000 + 1 100/1,1 = 2 000
    expect(investmentPresentValue({ amounts: [1000, 1100], rate: 0.1 })).toBeCloseTo(2000, 9);
  });

  test('a project’s figures', () => {
    // 1 320 a year for 2 years at 10 %: 1 320/1,1 + 1 320/1,21 = 1 200 + 1 090,909… = 2 290,909…
    // investment 1 000 + 1 100/1,1 = 2 000 → NPV 290,909…, ratio 1,145454…, net SROI 0,145454…
    // payback: −1 000, +1 200 in year 1 (paid back at 1 000/1 200 of it), −1 000 at the end of year 1
    // (−800 again), then +1 090,909 in year 2: 1 + 800/1 090,909 = 1 + 968/1 320 = 1,7333 years = 20,8 months
    const f = projectFigures([outcome({ quantity: 1, proxy: 1320, years: 2, rate: 0.1 })], { amounts: [1000, 1100], rate: 0.1 });
    expect(f.presentValue).toBeCloseTo(1200 + 1320 / 1.21, 9);
    expect(f.investment).toBeCloseTo(2000, 9);
    expect(f.netPresentValue).toBeCloseTo(1200 + 1320 / 1.21 - 2000, 9);
    expect(f.ratio).toBeCloseTo((1200 + 1320 / 1.21) / 2000, 12);
    expect(f.netRatio).toBeCloseTo((1200 + 1320 / 1.21 - 2000) / 2000, 12);
    expect(f.paybackMonths).toBeCloseTo(20.8, 9);
  });

  test('payback is the Guide’s investment ÷ (annual value ÷ 12) when its assumptions hold', () => {
    // 1 200 a year, rate 0, no drop-off, 3 000 up front: 3 000 / (1 200 / 12) = 30 months
    expect(paybackMonths([1200, 1200, 1200, 1200, 1200], [3000])).toBe(30);
  });

  test('payback: none within the outcomes’ years, 0 without investment, reset by a negative year', () => {
    expect(paybackMonths([1000, 1000], [3000])).toBeNull();
    expect(paybackMonths([1000], [0])).toBe(0);
    // −1 500; +2 000 (paid back at 0,75 year); −1 000 in year 2 (−500); +1 000 in year 3: 2 + 500/1 000 = 2,5 years
    expect(paybackMonths([2000, -1000, 1000], [1500])).toBe(30);
  });
});

describe('totals by stakeholder', () => {
  test('keys match case- and space-insensitively, named by their first spelling, in order of appearance', () => {
    const items = [
      { key: ' Bénévoles', outcome: outcome({ proxy: 100 }) },
      { key: 'Usagers', outcome: outcome({ proxy: 40, years: 2 }) },
      { key: 'bénévoles ', outcome: outcome({ proxy: 10, start: 1 }) },
      { key: '', outcome: outcome({ proxy: 1 }) },
    ];
    // Bénévoles: 100 (year 1) + 10 (year 2) = 110; Usagers: 40 + 40 = 80; no key: 1
    expect(totalsBy(items)).toEqual([
      { label: 'Bénévoles', outcomes: 2, presentValue: 110, years: [100, 10] },
      { label: 'Usagers', outcomes: 1, presentValue: 80, years: [40, 40] },
      { label: '', outcomes: 1, presentValue: 1, years: [1] },
    ]);
  });
});

describe('one assumption at a time, switching values', () => {
  // One outcome of 1 000 a year for 3 years, rate 0, investment 1 500: ratio 3 000 / 1 500 = 2.
  const project = [outcome({ years: 3 })];
  const inv = once(1500);

  test('low / base / high ratio of each assumption', () => {
    const rows = Object.fromEntries(oneAtATime(project, inv).map((r) => [r.assumption, [r.low, r.base, r.high]]));
    // quantity, proxy ±10 %: 1,8 and 2,2
    expect(rows.quantity.map((x) => +x.toFixed(12))).toEqual([1.8, 2, 2.2]);
    expect(rows.proxy.map((x) => +x.toFixed(12))).toEqual([1.8, 2, 2.2]);
    // deadweight −10 points is clamped at 0 (ratio 2); +10 points: 2 × 0,9 = 1,8
    expect(rows.deadweight.map((x) => +x.toFixed(12))).toEqual([1.8, 2, 2]);
    // drop-off +10 points: 1 000 × (1 + 0,9 + 0,81) / 1 500 = 1,80666…
    expect(rows.dropoff[0]).toBeCloseTo(2710 / 1500, 12);
    // duration ±1 year: 2 000/1 500 and 4 000/1 500
    expect(rows.years[0]).toBeCloseTo(4 / 3, 12);
    expect(rows.years[2]).toBeCloseTo(8 / 3, 12);
    // rate −1 point is clamped at 0; +1 point: (1/1,01 + 1/1,01² + 1/1,01³) × 1 000 / 1 500
    expect(rows.rate[0]).toBeCloseTo(((1 / 1.01 + 1 / 1.01 ** 2 + 1 / 1.01 ** 3) * 1000) / 1500, 12);
    expect(rows.rate[2]).toBe(2);
  });

  test('the sentence names the assumption the ratio depends on most (here the duration: 1,33 to 2,67)', () => {
    expect(sensitivitySummary(oneAtATime(project, inv))).toEqual({
      fr: 'Le ratio SROI dépend surtout de la durée : de 1,33 à 2,67 pour ±1 an.',
      en: 'The SROI ratio depends most on the duration: from 1.33 to 2.67 for ±1 year.',
    });
    expect(sensitivitySummary([]).fr).toBe('Aucune hypothèse ne fait varier le ratio SROI.');
  });

  test('switching values, closed form and by bisection', () => {
    // quantity, proxy: 2·(1 + c) = 1 → c = −0,5 (exactly)
    expect(switchingValue(project, inv, 'quantity')).toEqual({ status: 'found', change: -0.5, ratio: 1 });
    // deadweight: 2·(1 − d) = 1 → d = 0,5 (+50 points)
    const dw = switchingValue(project, inv, 'deadweight');
    expect(dw.status === 'found' && dw.change).toBeCloseTo(0.5, 9);
    // drop-off: 1 000·(1 + x + x²) = 1 500 with x = 1 − d → x = (√3 − 1)/2, d = (3 − √3)/2 = 0,633975…
    const drop = switchingValue(project, inv, 'dropoff');
    expect(drop.status === 'found' && drop.change).toBeCloseTo((3 - Math.sqrt(3)) / 2, 9);
    // duration: −1 year gives 1,33, −2 years 0,67: the first whole change crossing 1:1 is −2
    expect(switchingValue(project, inv, 'years')).toEqual({ status: 'found', change: -2, ratio: 1000 / 1500 });
  });

  test('no switching value when no change in the domain reaches 1:1', () => {
    // one year, so drop-off changes nothing; a rate would need 1 000/(1 + r) = 500, r = 100 %, outside [0, 99 %]
    const one = [outcome({})];
    expect(switchingValue(one, once(500), 'dropoff')).toEqual({ status: 'none' });
    expect(switchingValue(one, once(500), 'rate')).toEqual({ status: 'none' });
    // a negative total: no non-negative factor of the proxies brings it to 1:1
    expect(switchingValue([outcome({ proxy: -10 })], once(5), 'proxy')).toEqual({ status: 'none' });
  });
});

describe('properties', () => {
  const share = fc.integer({ min: 0, max: 100 }).map((p) => p / 100);
  const anOutcome = fc.record({
    quantity: fc.integer({ min: 0, max: 1000 }),
    proxy: fc.integer({ min: -20000, max: 50000 }).map((p) => p / 10),
    deadweight: share,
    attribution: share,
    displacement: share,
    dropoff: share,
    years: fc.integer({ min: 1, max: 20 }),
    rate: fc.integer({ min: 0, max: 30 }).map((p) => p / 100),
    start: fc.integer({ min: 0, max: 10 }),
  });
  const positive = anOutcome.map((o) => ({ ...o, proxy: Math.abs(o.proxy) }));
  const anInvestment = fc.record({
    amounts: fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 5 }),
    rate: fc.integer({ min: 0, max: 30 }).map((p) => p / 100),
  });
  const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

  test('NPV = PV − investment, net SROI = NPV ÷ investment, years sum to the PV', () => {
    fc.assert(
      fc.property(fc.array(anOutcome, { minLength: 1, maxLength: 5 }), anInvestment, (outcomes, inv) => {
        fc.pre(investmentPresentValue(inv) > 0);
        const f = projectFigures(outcomes, inv);
        const pv = outcomes.reduce((s, o) => s + presentValue(o), 0);
        expect(close(f.netPresentValue, pv - investmentPresentValue(inv), 1e-12)).toBe(true);
        expect(close(f.netRatio, f.netPresentValue / f.investment, 1e-12)).toBe(true);
        expect(
          close(
            totalYearPresentValues(outcomes).reduce((s, v) => s + v, 0),
            pv,
            1e-9,
          ),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  test('a later start never raises the present value; a higher rate never raises it (positive proxy)', () => {
    fc.assert(
      fc.property(positive, fc.integer({ min: 1, max: 10 }), share, (o, later, raise) => {
        expect(presentValue({ ...o, start: o.start + later })).toBeLessThanOrEqual(presentValue(o) * (1 + 1e-12) + 1e-9);
        expect(presentValue({ ...o, rate: Math.min(0.99, o.rate + raise) })).toBeLessThanOrEqual(presentValue(o) * (1 + 1e-12) + 1e-9);
      }),
      RUNS,
    );
  });

  test('a switching value found brings the ratio to 1 within 1e-9 (continuous assumptions)', () => {
    fc.assert(
      fc.property(fc.array(anOutcome, { minLength: 1, maxLength: 4 }), anInvestment, (outcomes, inv) => {
        fc.pre(investmentPresentValue(inv) > 0);
        for (const a of SENSITIVITY_ASSUMPTIONS) {
          if (a === 'years') continue;
          const s = switchingValue(outcomes, inv, a);
          if (s.status === 'found') {
            expect(Math.abs(s.ratio - 1)).toBeLessThanOrEqual(1e-9);
            expect(Math.abs(ratioWith(outcomes, inv, a, s.change) - 1)).toBeLessThanOrEqual(1e-9);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  test('the prepared ratio of a solve is ratioWith’s, for every assumption and change', () => {
    fc.assert(
      fc.property(fc.array(anOutcome, { minLength: 1, maxLength: 4 }), anInvestment, fc.integer({ min: -120, max: 120 }), (outcomes, inv, k) => {
        fc.pre(investmentPresentValue(inv) > 0);
        for (const a of SENSITIVITY_ASSUMPTIONS) {
          const change = a === 'years' ? k / 2 : k / 100;
          expect(close(ratioOf(outcomes, inv, a)(change), ratioWith(outcomes, inv, a, change), 1e-12)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  test('low ≤ base ≤ high for every assumption', () => {
    fc.assert(
      fc.property(fc.array(anOutcome, { minLength: 1, maxLength: 4 }), anInvestment, (outcomes, inv) => {
        fc.pre(investmentPresentValue(inv) > 0);
        for (const r of oneAtATime(outcomes, inv)) expect(r.low <= r.base && r.base <= r.high).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
