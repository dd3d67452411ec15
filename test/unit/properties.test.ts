/**
 * Property-based tests (fast-check): relations between the functions that must hold for every
 * input, and robustness — no input of any JSON-able shape makes a function fail with anything but a
 * readable error that starts with its name.
 */
import fc from 'fast-check';

import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { call } from '../helpers/functions';

const SEED = 20240611; // deterministic runs; change to explore
const RUNS = { seed: SEED, numRuns: 300 };

const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

// ---- Generators of realistic cells --------------------------------------------------------------

/** A level 0–3 as users type it: number (averages too), label fr/en, numbered label, text number. */
const levelCell = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: 0, max: 12 }).map((q) => q / 4),
  fc.constantFrom(
    'Inexistant',
    'Faible',
    'Intermédiaire',
    'Fort',
    'intermediaire',
    'forte',
    'None',
    'Weak',
    'Medium',
    'Strong',
    '2 - Intermédiaire',
    '2,5',
    '1.5',
    ' 3 ',
  ),
);
const LEVEL_OF: Record<string, number> = {
  Inexistant: 0,
  Faible: 1,
  Intermédiaire: 2,
  Fort: 3,
  intermediaire: 2,
  forte: 3,
  None: 0,
  Weak: 1,
  Medium: 2,
  Strong: 3,
  '2 - Intermédiaire': 2,
  '2,5': 2.5,
  '1.5': 1.5,
  ' 3 ': 3,
};
const levelValue = (c: unknown) => (typeof c === 'number' ? c : LEVEL_OF[c as string]);

const amiRow = fc.array(levelCell, { minLength: 12, maxLength: 12 });
const amiWeights = fc
  .array(
    fc.integer({ min: 0, max: 20 }).map((w) => w / 4),
    { minLength: 12, maxLength: 12 },
  )
  .filter((w) => w.some((x) => x > 0));

/** SRL evidence cells with their completion. */
const evidenceCell: fc.Arbitrary<[unknown, number]> = fc.oneof(
  fc.boolean().map((b): [unknown, number] => [b, b ? 1 : 0]),
  fc.constantFrom<[unknown, number]>(['oui', 1], ['non', 0], ['x', 1], ['✓', 1], ['', 0], ['VRAI', 1], ['faux', 0]),
  fc.integer({ min: 0, max: 100 }).map((p): [unknown, number] => [`${p} %`, p / 100]),
  fc.integer({ min: 0, max: 20 }).map((q): [unknown, number] => [q / 20, q / 20]),
);
const threshold = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1, max: 20 }).map((q) => q / 20),
);

// ---- Relations --------------------------------------------------------------------------------------

describe('AMI_SCORE and AMI_PROFILE', () => {
  test('the score is the sum of the three groups and equals the Total column', () => {
    fc.assert(
      fc.property(fc.array(amiRow, { minLength: 1, maxLength: 6 }), fc.option(amiWeights, { nil: undefined }), (rows, weights) => {
        const w = weights && [weights];
        const scores = call('AMI_SCORE', rows, w) as unknown;
        const profile = call('AMI_PROFILE', rows, w) as unknown;
        const scoreRows = (rows.length === 1 ? [[scores]] : scores) as number[][];
        const profileRows = profile as number[][];
        rows.forEach((row, i) => {
          const [p, c, x, total] = profileRows[i];
          const s = scoreRows[i][0];
          expect(close(s, p + c + x)).toBe(true);
          expect(close(s, total)).toBe(true);
          // and both equal the contract's formula Σ wᵢ·levelᵢ
          const expected = row.reduce<number>((acc, cell, k) => acc + (weights ? weights[k] : 1) * levelValue(cell), 0);
          expect(close(s, expected)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  test('with out_of, the score is within [0, out_of] and equals the Total column', () => {
    fc.assert(
      fc.property(amiRow, fc.option(amiWeights, { nil: undefined }), fc.integer({ min: 1, max: 100 }), (row, weights, outOf) => {
        const s = call('AMI_SCORE', [row], weights && [weights], outOf) as number;
        const [[, , , total]] = call('AMI_PROFILE', [row], weights && [weights], outOf) as number[][];
        expect(close(s, total)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(-1e-9);
        expect(s).toBeLessThanOrEqual(outOf * (1 + 1e-12));
      }),
      RUNS,
    );
  });
});

describe('SRL_LEVEL', () => {
  test('adding evidence never lowers the level', () => {
    fc.assert(
      fc.property(fc.array(evidenceCell, { minLength: 9, maxLength: 9 }), fc.integer({ min: 0, max: 8 }), evidenceCell, threshold, (cells, k, more, t) => {
        fc.pre(more[1] >= cells[k][1]);
        const before = [...cells.map((c) => c[0])];
        const after = [...before];
        after[k] = more[0];
        fc.pre(before.some((c) => c !== '')); // an all-empty row is blank, not level 0
        const a = call('SRL_LEVEL', [before], t) as number;
        const b = call('SRL_LEVEL', [after], t) as number;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
      RUNS,
    );
  });

  test('the level is the length of the reached prefix (independent computation)', () => {
    fc.assert(
      fc.property(fc.array(evidenceCell, { minLength: 9, maxLength: 9 }), threshold, (cells, t) => {
        fc.pre(cells.some((c) => c[0] !== ''));
        const reached = (c: number) => c >= (t ?? 1) - 1e-12;
        let expected = 0;
        while (expected < 9 && reached(cells[expected][1])) expected++;
        expect(call('SRL_LEVEL', [cells.map((c) => c[0])], t)).toBe(expected);
      }),
      RUNS,
    );
  });
});

describe('SROI_VALUE', () => {
  const share = fc.integer({ min: 0, max: 100 }).map((p) => p / 100);
  const outcome = fc.record({
    quantity: fc.integer({ min: 0, max: 10000 }),
    proxy: fc.integer({ min: -50000, max: 50000 }).map((p) => p / 10),
    deadweight: share,
    attribution: share,
    displacement: share,
    dropoff: share,
    years: fc.integer({ min: 1, max: 50 }),
    rate: fc.integer({ min: 0, max: 99 }).map((p) => p / 100),
  });
  type Outcome = {
    quantity: number;
    proxy: number;
    deadweight: number;
    attribution: number;
    displacement: number;
    dropoff: number;
    years: number;
    rate: number;
  };
  const pv = (o: Outcome) => call('SROI_VALUE', o.quantity, o.proxy, o.deadweight, o.attribution, o.displacement, o.dropoff, o.years, o.rate) as number;

  test('linear in quantity and in proxy', () => {
    fc.assert(
      fc.property(outcome, fc.integer({ min: 0, max: 50 }), (o, k) => {
        const base = pv(o);
        expect(close(pv({ ...o, quantity: o.quantity * k }), base * k, 1e-9)).toBe(true);
        expect(close(pv({ ...o, proxy: o.proxy * k }), base * k, 1e-9)).toBe(true);
        // additive in quantity too: PV(q₁ + q₂) = PV(q₁) + PV(q₂)
        expect(close(pv({ ...o, quantity: o.quantity + k }), base + pv({ ...o, quantity: k }), 1e-9)).toBe(true);
      }),
      RUNS,
    );
  });

  test.each(['deadweight', 'attribution', 'displacement', 'dropoff', 'rate'] as const)('never increases with %s (positive proxy)', (key) => {
    fc.assert(
      fc.property(outcome, share, (o, raise) => {
        const positive = { ...o, proxy: Math.abs(o.proxy) };
        const higher = Math.min(key === 'rate' ? 0.99 : 1, positive[key] + raise);
        expect(pv({ ...positive, [key]: higher })).toBeLessThanOrEqual(pv(positive) * (1 + 1e-12) + 1e-9);
      }),
      RUNS,
    );
  });

  test('matches the contract formula (independent computation)', () => {
    fc.assert(
      fc.property(outcome, (o) => {
        let expected = 0;
        for (let t = 1; t <= o.years; t++) {
          expected +=
            (o.quantity * o.proxy * (1 - o.deadweight) * (1 - o.attribution) * (1 - o.displacement) * Math.pow(1 - o.dropoff, t - 1)) / Math.pow(1 + o.rate, t);
        }
        expect(close(pv(o), expected, 1e-9)).toBe(true);
      }),
      RUNS,
    );
  });
});

// ---- Robustness ---------------------------------------------------------------------------------------

/** Values that have broken parsers before: prototype keys, NaN-ish text, odd spaces, huge numbers. */
const nasty = fc.constantFrom<unknown>(
  null,
  undefined,
  '',
  ' ',
  '\u00a0',
  '\u202f',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '1e-400',
  '∞',
  '%',
  '€',
  ' % ',
  ',',
  '.',
  '-',
  '+',
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'prototype',
  'Fort',
  'oui',
  'x',
  '✓',
  '80',
  '80 %',
  '2,5',
  '12 500 €',
  'SRL 5',
  'SRL 10',
  'niveau 0',
  '2 - Intermédiaire',
  '2 - Fort',
  'en',
  'fr',
  '٣',
  '３',
  '0x10',
  '1_000',
  '\n',
  '\t3\t',
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e308,
  -1e308,
  1e-308,
  NaN,
  Infinity,
  -Infinity,
  -0,
  2 ** 53,
  0.1 + 0.2,
  true,
  false,
  {},
  { a: 1 },
  [],
  [[]],
  [[[]]],
  [null],
  [[null, undefined]],
  new Date(0),
  new Date(NaN),
  '-5',
  '-0',
  'SRL -5',
);

const cellish = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: levelCell as fc.Arbitrary<unknown> },
  { weight: 2, arbitrary: fc.jsonValue() as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: fc.double() as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: fc.string() as fc.Arbitrary<unknown> },
);

/** Rows of the widths the functions expect (so parsing is reached), ragged rows, nested junk. */
const argument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: cellish },
  {
    weight: 3,
    arbitrary: fc.constantFrom(1, 4, 5, 9, 12).chain((w) => fc.array(fc.array(cellish, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 4 })),
  },
  { weight: 2, arbitrary: fc.array(fc.array(cellish, { maxLength: 13 }), { maxLength: 4 }) }, // ragged
  { weight: 1, arbitrary: fc.array(cellish, { maxLength: 13 }) }, // flat
  { weight: 1, arbitrary: fc.array(fc.oneof(cellish, fc.array(cellish, { maxLength: 3 })), { maxLength: 4 }) }, // mixed rows and cells
  { weight: 1, arbitrary: fc.jsonValue() as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: fc.anything() as fc.Arbitrary<unknown> },
);

/** What a cell of a result may be: Sheets shows strings and finite numbers. */
function checkResult(fn: string, value: unknown, depth = 0): void {
  if (Array.isArray(value)) {
    if (depth >= 2) throw new Error(`${fn} returned an array nested ${depth + 1} deep`);
    for (const v of value) checkResult(fn, v, depth + 1);
    return;
  }
  if (typeof value === 'string') return;
  if (typeof value === 'number' && Number.isFinite(value)) return;
  throw new Error(`${fn} returned a cell Sheets cannot show: ${String(value)} (${typeof value})`);
}

describe('no input crashes a function with anything but a readable error', () => {
  test.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f.params.length] as const))('%s', (fn, arity) => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: arity + 1 }), (args) => {
        let result: unknown;
        try {
          result = call(fn, ...args);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          const err = e as Error;
          if (err instanceof TypeError || err instanceof RangeError || err instanceof SyntaxError || err instanceof ReferenceError) {
            throw new Error(`${fn} crashed from inside: ${err.name}: ${err.message}`);
          }
          if (!err.message.startsWith(`${fn} :`) && !err.message.startsWith(`${fn}:`)) {
            throw new Error(`${fn} threw a message without its name: ${err.message}`);
          }
          expect(err.message.length).toBeLessThan(600);
          return;
        }
        checkResult(fn, result);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
