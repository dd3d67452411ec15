/**
 * core/sroi/explain.ts: the sensitivity in words (issue 13 §3), shared by the dashboard and the sidebar:
 * the sentence, each switching value as a table cell (dashboard) and as the sidebar lists it, the tornado's
 * order. Golden sentences from projects computed by hand (arithmetic in comments), then properties over
 * random projects; rows and switching values come from core's own functions.
 */
import fc from 'fast-check';
import type { Lang } from '../../src/core/i18n';
import { bySwing, closestSwitch, sensitivitySentence, swing, switchingText, switchingWords } from '../../src/core/sroi/explain';
import type { Investment } from '../../src/core/sroi/flows';
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
  expect(switchingText('proxy', found(-2 / 3), 'fr')).toBe('−66,7\u00a0%');
  expect(switchingText('quantity', found(0.25), 'en')).toBe('+25%');
  expect(switchingText('deadweight', found(0.35), 'fr')).toBe('+35\u00a0points');
  expect(switchingText('rate', found(0.01), 'fr')).toBe('+1\u00a0point');
  expect(switchingText('rate', found(0.125), 'en')).toBe('+12.5\u00a0points');
  expect(switchingText('years', found(-1), 'fr')).toBe('−1\u00a0an');
  expect(switchingText('years', found(3), 'fr')).toBe('+3\u00a0ans');
  expect(switchingText('years', found(-2), 'en')).toBe('−2\u00a0years');
  // 100 % stays 100 (no trailing zero trimmed off a whole number).
  expect(switchingText('quantity', found(1), 'fr')).toBe('+100\u00a0%');
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
    // The closest switching value (closestSwitch, in steps): the quantity and the proxy −50 % (5 steps of 10 %),
    // deadweight, attribution and displacement +50 points (5 steps of 10): a tie, the first in order wins.
    'Le ratio SROI dépend surtout de la durée : de 2,00 à 4,00 pour ±1 an ; la valeur de basculement la plus proche est une baisse de 50\u00a0% de la quantité, qui amènerait le ratio à 1:1.',
  );
  // The proxy's switching value: 2 × (1 + c) = 1 at c = −50 %.
  expect(switchingText('proxy', switching.proxy, 'fr')).toBe('−50\u00a0%');
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

  test('the tornado is sorted by swing, and the sentence names the widest assumption and the closest switching value', () => {
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
          const closest = closestSwitch(switching);
          if (closest && (switching[closest] as { change: number }).change !== 0) expect(sentence).toContain(ASSUMPTION_NAMES[closest].of.fr);
        }
        // French typography: a decimal comma, never a point, in the figures.
        expect(sentence).not.toMatch(/\d\.\d/);
      }),
      { numRuns: 60 },
    );
  });
});

const outcome = (o: Partial<Outcome>): Outcome => ({
  quantity: 100,
  proxy: 100,
  deadweight: 0,
  attribution: 0,
  displacement: 0,
  dropoff: 0,
  years: 1,
  rate: 0,
  ...o,
});
const once = (amount: number): Investment => ({ amounts: [amount], rate: 0 });
const switching = (outcomes: Outcome[], inv: Investment) =>
  Object.fromEntries(SENSITIVITY_ASSUMPTIONS.map((a) => [a, switchingValue(outcomes, inv, a)])) as Record<SensitivityAssumption, SwitchingValue>;
const sentence = (outcomes: Outcome[], inv: Investment, lang: Lang) => sensitivitySentence(oneAtATime(outcomes, inv), switching(outcomes, inv), lang);
const NBSP = '\u00a0';

describe('the sentence', () => {
  // 100 × 100 € × (1 − 20 %) = 8 000 €, one year, rate 0; 4 000 € invested: ratio 2.
  //   Widest range: the duration, 1 year (−1 is clamped at 1): 2,00; 2 years: 16 000 / 4 000 = 4,00.
  //   Switching values, in steps: quantity, proxy 2·(1 + c) = 1 → −50 % (5 steps of 10 %);
  //   deadweight 10 000·(1 − d) = 4 000 → d = 60 %, +40 points (4 steps); attribution, displacement
  //   8 000·(1 − x) = 4 000 → +50 points (5 steps); drop-off: one year, no effect; duration: never
  //   below 2; rate: 8 000 / (1 + r) = 4 000 → r = 100 %, outside [0, 99 %]. Closest: deadweight.
  const a = [outcome({ deadweight: 0.2 })];

  test('the widest range and the closest switching value (in steps), in French and in English', () => {
    expect(sentence(a, once(4000), 'fr')).toBe(
      `Le ratio SROI dépend surtout de la durée : de 2,00 à 4,00 pour ±1 an ; la valeur de basculement la plus proche est une hausse de 40${NBSP}points du point mort, qui amènerait le ratio à 1:1.`,
    );
    expect(sentence(a, once(4000), 'en')).toBe(
      `The SROI ratio depends most on the duration: from 2.00 to 4.00 for ±1 year; the closest switching value is a rise of 40${NBSP}points in deadweight, which would bring the ratio to 1:1.`,
    );
  });

  test('the duration, by whole years, says where the ratio lands', () => {
    // 100 × 100 € a year for 3 years, rate 0 = 30 000 €; 25 000 € invested: ratio 1,2.
    //   Duration −1 year: 20 000 / 25 000 = 0,80 crosses 1:1 (1 step). The others: quantity, proxy
    //   1/1,2 − 1 = −16,7 % (1,67 steps), deadweight & co 30 000·(1 − x) = 25 000 → +16,7 points (1,67),
    //   drop-off 1 + y + y² = 2,5 → y = (√7 − 1)/2, +17,7 points (1,77), rate ≈ 9,7 points (9,7).
    //   Widest range: the duration, 2 years 0,80 to 4 years 1,60.
    const b = [outcome({ years: 3 })];
    expect(closestSwitch(switching(b, once(25000)))).toBe('years');
    expect(sentence(b, once(25000), 'fr')).toBe(
      'Le ratio SROI dépend surtout de la durée : de 0,80 à 1,60 pour ±1 an ; la valeur de basculement la plus proche est une baisse d’un an de la durée, qui ferait passer le ratio de 1,20 à 0,80.',
    );
    expect(sentence(b, once(25000), 'en')).toBe(
      `The SROI ratio depends most on the duration: from 0.80 to 1.60 for ±1 year; the closest switching value is a fall of 1${NBSP}year in the duration, which would take the ratio from 1.20 to 0.80.`,
    );
  });

  test('a ratio already at 1:1, none reachable, nothing moving', () => {
    // 10 000 € for 10 000 €: ratio 1 (the quantity's switching value is no change at all).
    expect(sentence([outcome({})], once(10000), 'fr')).toBe('Le ratio SROI dépend surtout de la durée : de 1,00 à 2,00 pour ±1 an ; le ratio est déjà de 1:1.');
    // A negative outcome, −10 000 € for 5 000 €: ratio −2, and no change within any domain makes it positive.
    expect(sentence([outcome({ proxy: -100 })], once(5000), 'fr')).toBe(
      'Le ratio SROI dépend surtout de la durée : de −4,00 à −2,00 pour ±1 an ; aucune hypothèse, dans son domaine, n’amène le ratio à 1:1.',
    );
    // No outcome at all: nothing moves the ratio (0 whatever the change), core's summary alone.
    expect(sentence([], once(1000), 'fr')).toBe('Aucune hypothèse ne fait varier le ratio SROI.');
    expect(sentence([], once(1000), 'en')).toBe('No assumption moves the SROI ratio.');
  });
});

describe('each switching value in words', () => {
  const a = [outcome({ deadweight: 0.2 })];
  const s = switching(a, once(4000));

  test('from the shared base value to where 1:1 is reached', () => {
    expect(switchingWords('deadweight', s.deadweight, 'fr', 0.2)).toBe(`devrait passer de 20${NBSP}% à 60${NBSP}%`);
    expect(switchingWords('deadweight', s.deadweight, 'en', 0.2)).toBe('would have to go from 20% to 60%');
    // 8 000·(1 − a) = 4 000: attribution from 0 % to 50 %.
    expect(switchingWords('attribution', s.attribution, 'fr', 0)).toBe(`devrait passer de 0${NBSP}% à 50${NBSP}%`);
  });

  test('the change alone when the outcomes do not share a base, and always for quantity and proxy', () => {
    expect(switchingWords('deadweight', s.deadweight, 'fr')).toBe(`devrait augmenter de 40${NBSP}points`);
    expect(switchingWords('quantity', s.quantity, 'fr', 100)).toBe(`devrait baisser de 50${NBSP}%`);
    expect(switchingWords('proxy', s.proxy, 'en')).toBe('would have to fall by 50%');
  });

  test('the duration lands on a whole year; none; already there', () => {
    const b = switching([outcome({ years: 3 })], once(25000));
    expect(switchingWords('years', b.years, 'fr', 3)).toBe(`devrait passer de 3${NBSP}ans à 2${NBSP}ans (ratio 0,80)`);
    expect(switchingWords('years', b.years, 'en')).toBe(`would have to fall by 1${NBSP}year (ratio 0.80)`);
    expect(switchingWords('dropoff', s.dropoff, 'fr', 0)).toBe('aucune valeur ne ramène le ratio à 1:1');
    expect(switchingWords('quantity', { status: 'found', change: 0, ratio: 1 }, 'fr')).toBe('le ratio est déjà de 1:1');
  });

  test('points: singular below 2 in French, decimals with a comma', () => {
    // rate: 10 000 / (1 + r) = 9 000 → r = 11,1 %: +11,1 points from 0 %.
    const r = switchingValue([outcome({})], once(9000), 'rate');
    expect(switchingWords('rate', r, 'fr')).toBe(`devrait augmenter de 11,1${NBSP}points`);
    expect(switchingWords('rate', { status: 'found', change: 0.015, ratio: 1 }, 'fr')).toBe(`devrait augmenter de 1,5${NBSP}point`);
    expect(switchingWords('rate', { status: 'found', change: 0.015, ratio: 1 }, 'en')).toBe(`would have to rise by 1.5${NBSP}points`);
  });
});
