/**
 * core/sroi/explain.ts: the sensitivity in words (issue 13 §3), shared by the dashboard and the
 * sidebar. Golden sentences by hand, then properties over random projects.
 */
import fc from 'fast-check';
import { bySwing, sensitivitySentence, swing, switchingText } from '../../src/core/sroi/explain';
import {
  ASSUMPTION_NAMES,
  oneAtATime,
  SENSITIVITY_ASSUMPTIONS,
  type SensitivityAssumption,
  type SwitchingValue,
  switchingValue,
} from '../../src/core/sroi/sensitivity';
import type { Outcome } from '../../src/core/sroi/valuation';

const found = (change: number): SwitchingValue => ({ status: 'found', change, ratio: 1 });

test('switching values in the unit of each assumption, French and English', () => {
  expect(switchingText('proxy', found(-2 / 3), 'fr')).toBe('−66,7 %');
  expect(switchingText('quantity', found(0.25), 'en')).toBe('+25%');
  expect(switchingText('deadweight', found(0.35), 'fr')).toBe('+35 points');
  expect(switchingText('rate', found(0.01), 'fr')).toBe('+1 point');
  expect(switchingText('rate', found(0.125), 'en')).toBe('+12.5 points');
  expect(switchingText('years', found(-1), 'fr')).toBe('−1 an');
  expect(switchingText('years', found(3), 'fr')).toBe('+3 ans');
  expect(switchingText('years', found(-2), 'en')).toBe('−2 years');
  // 100 % stays 100 (no trailing zero trimmed off a whole number).
  expect(switchingText('quantity', found(1), 'fr')).toBe('+100 %');
  expect(switchingText('attribution', { status: 'none' }, 'fr')).toBe('aucune : le ratio n’atteint pas 1:1');
});

test('the sentence of one project, by hand', () => {
  // 10 × 1 000 € for one year at 0 %, against 5 000 €: ratio 2. Quantity and proxy ±10 %: 1.8 to 2.2
  // (swing 0.4); duration +1 year: 4 (swing 2, the widest); switching value of the duration: none
  // downwards (1 year is the least), none upwards (the ratio only grows): « aucun écart ».
  const o: Outcome = { quantity: 10, proxy: 1000, deadweight: 0, attribution: 0, displacement: 0, dropoff: 0, years: 1, rate: 0 };
  const inv = { amounts: [5000], rate: 0 };
  const rows = oneAtATime([o], inv);
  const switching = Object.fromEntries(SENSITIVITY_ASSUMPTIONS.map((a) => [a, switchingValue([o], inv, a)])) as Record<SensitivityAssumption, SwitchingValue>;
  expect(sensitivitySentence(rows, switching, 'fr')).toBe(
    'Le ratio SROI dépend surtout de la durée : de 2,00 à 4,00 pour ±1 an ; aucun écart de cette hypothèse ne ramène le ratio à 1:1.',
  );
  // The proxy's switching value: 2 × (1 + c) = 1 at c = −50 %.
  expect(switchingText('proxy', switching.proxy, 'fr')).toBe('−50 %');
  const flat = rows.map((r) => ({ ...r, low: 2, high: 2 }));
  expect(sensitivitySentence(flat, switching, 'fr')).toBe('Aucune hypothèse ne fait varier le ratio SROI.');
  expect(sensitivitySentence([], switching, 'en')).toBe('No assumption moves the SROI ratio.');
});

describe('properties', () => {
  const share = fc.integer({ min: 0, max: 90 }).map((p) => p / 100);
  const anOutcome = fc.record({
    quantity: fc.integer({ min: 1, max: 1000 }),
    proxy: fc.integer({ min: 1, max: 50000 }).map((p) => p / 10),
    deadweight: share,
    attribution: share,
    displacement: share,
    dropoff: share,
    years: fc.integer({ min: 1, max: 20 }),
    rate: fc.integer({ min: 0, max: 30 }).map((p) => p / 100),
    start: fc.integer({ min: 0, max: 10 }),
  });
  const anInvestment = fc.record({ amounts: fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 1, maxLength: 3 }), rate: fc.constant(0.035) });

  test('the tornado is sorted by swing, and the sentence names the widest assumption with its own switching value', () => {
    fc.assert(
      fc.property(fc.array(anOutcome, { minLength: 1, maxLength: 4 }), anInvestment, (outcomes, inv) => {
        const rows = oneAtATime(outcomes, inv);
        const sorted = bySwing(rows);
        expect(sorted.map((r) => r.assumption).sort()).toEqual([...SENSITIVITY_ASSUMPTIONS].sort());
        sorted.slice(1).forEach((r, i) => expect(swing(r)).toBeLessThanOrEqual(swing(sorted[i])));
        const switching = Object.fromEntries(SENSITIVITY_ASSUMPTIONS.map((a) => [a, switchingValue(outcomes, inv, a)])) as Record<
          SensitivityAssumption,
          SwitchingValue
        >;
        const sentence = sensitivitySentence(rows, switching, 'fr');
        const top = sorted[0];
        if (swing(top) > 0) {
          expect(sentence.startsWith(`Le ratio SROI dépend surtout ${ASSUMPTION_NAMES[top.assumption].of.fr} : `)).toBe(true);
          if (switching[top.assumption].status === 'found') expect(sentence).toContain(switchingText(top.assumption, switching[top.assumption], 'fr'));
        }
        // French typography: a decimal comma, never a point, in the figures.
        expect(sentence).not.toMatch(/\d\.\d/);
      }),
      { numRuns: 60 },
    );
  });
});
