/**
 * Every custom function on the golden projects (test/fixtures/golden.ts), through the TypeScript
 * sources: the whole table as one multi-row call, each project as a single-row call, and the table
 * inside an open-ended 10,000-row range.
 */
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { expectCells, thrownMessage } from '../helpers/expect';
import { call } from '../helpers/functions';
import {
  GOLDEN,
  GOLDEN_CALLS,
  INVESTMENT,
  OUTCOMES,
  OUTCOMES_TOTAL,
  SROI_RATIO_EXPECTED,
  SROI_VALUE_CALL,
  expectedOf,
  inputRow,
  inputTable,
  multiRowCells,
  singleRowResult,
  type Cell,
} from '../fixtures/golden';

describe.each(GOLDEN_CALLS.map((c) => [c.id, c] as const))('%s on the golden projects', (_id, c) => {
  test('multi-row call: one result row per project', () => {
    const result = call(c.fn, inputTable(c.input), ...c.args) as unknown[][];
    expect(result).toHaveLength(GOLDEN.length);
    GOLDEN.forEach((p, i) => {
      const e = expectedOf(c, p);
      if (e) expectCells(result[i], multiRowCells(c, e, i + 1), `${c.id} row ${i + 1} (${p.name})`);
    });
  });

  test('single-row calls: the value, or the error Sheets shows as #ERROR!', () => {
    for (const p of GOLDEN) {
      const e = expectedOf(c, p);
      if (!e) continue;
      const row = inputRow(p, c.input);
      // A one-cell range arrives as a scalar (the declared SRL column).
      const arg = row.length === 1 ? row[0] : [row];
      const want = singleRowResult(c, e);
      if ('throws' in want) expect(thrownMessage(() => call(c.fn, arg, ...c.args))).toBe(want.throws);
      else expectCells(call(c.fn, arg, ...c.args), want.value, `${c.id} (${p.name})`);
    }
  });

  test('open-ended range: 10,000 rows, 15 filled, the rest give "" rows', () => {
    const width = inputRow(GOLDEN[0], c.input).length;
    const table: Cell[][] = [...inputTable(c.input), ...Array.from({ length: 10000 - GOLDEN.length }, () => Array<Cell>(width).fill(''))];
    const result = call(c.fn, table, ...c.args) as unknown[][];
    expect(result).toHaveLength(10000);
    GOLDEN.forEach((p, i) => {
      const e = expectedOf(c, p);
      if (e) expectCells(result[i], multiRowCells(c, e, i + 1), `${c.id} row ${i + 1}`);
    });
    const blankRow = Array(c.width).fill('');
    for (let r = GOLDEN.length; r < 10000; r++)
      if (JSON.stringify(result[r]) !== JSON.stringify(blankRow)) throw new Error(`row ${r + 1}: ${JSON.stringify(result[r])}`);
  });
});

test('every function of the contract is exercised by the golden calls', () => {
  // Contract v2's functions take assessment rows, not the golden projects: functions-v2.golden.test.ts;
  // READ_DATE reads dates: read-date.test.ts.
  const v2 = ['CONSENSUS', 'REVIEW_SPREAD', 'LATEST', 'NORMALIZE_BY_REVIEWER', 'READ_DATE'];
  // Issue 13's SROI functions: on the golden outcomes above, and sroi-functions.test.ts.
  const sroi = ['SROI_VALUE', 'SROI_RATIO', 'SROI_YEARS', 'SROI_NPV', 'SROI_PAYBACK', 'SROI_SWITCH'];
  // Issue 14's: godin-rnd-functions.test.ts; the grids users define's: custom-grids.golden.test.ts.
  const issue14 = ['GODIN_PROFILE', 'RND_VERDICT', 'GRID_SCORE'];
  // Issue 10's AMI_PROFILE_GAPS, on these golden projects too: ami-profile-gaps.golden.test.ts; AMI_PORTFOLIO: ami-portfolio.golden.test.ts.
  const issue10 = ['AMI_PROFILE_GAPS', 'AMI_PORTFOLIO'];
  const covered = new Set([...GOLDEN_CALLS.map((c) => c.fn), ...sroi, ...v2, ...issue14, ...issue10]);
  expect([...covered].sort()).toEqual(CUSTOM_FUNCTIONS.map((f) => f.name).sort());
});

test('every golden project has an expectation for every French call', () => {
  for (const p of GOLDEN) {
    for (const c of GOLDEN_CALLS.filter((c) => !c.id.endsWith('/en'))) expect([p.name, c.id, expectedOf(c, p) !== undefined]).toEqual([p.name, c.id, true]);
  }
});

describe('SROI on the golden outcomes', () => {
  const columns = Array.from({ length: 8 }, (_, k) => OUTCOMES.map((o) => [o.cells[k]]));

  test('SROI_VALUE over eight columns', () => {
    const result = call('SROI_VALUE', ...columns) as unknown[][];
    expect(result).toHaveLength(OUTCOMES.length);
    OUTCOMES.forEach((o, i) => expectCells(result[i], multiRowCells(SROI_VALUE_CALL, o.expected, i + 1), `SROI_VALUE row ${i + 1} (${o.name})`));
  });

  test('SROI_VALUE one outcome at a time, with scalars', () => {
    for (const o of OUTCOMES) {
      const want = singleRowResult(SROI_VALUE_CALL, o.expected);
      if ('throws' in want) expect(thrownMessage(() => call('SROI_VALUE', ...o.cells))).toBe(want.throws);
      else expectCells(call('SROI_VALUE', ...o.cells), want.value, o.name);
    }
  });

  test('SROI_RATIO of the valued outcomes over the investment typed as « 60 000 € »', () => {
    const values = call('SROI_VALUE', ...columns.map((col) => col.slice(0, 5))) as unknown[][];
    expectCells(call('SROI_RATIO', values, INVESTMENT), SROI_RATIO_EXPECTED);
    // Empty cells are ignored: the same ratio with the blank outcome row appended.
    expectCells(call('SROI_RATIO', [...values, ['']], 60000), SROI_RATIO_EXPECTED);
    expectCells(OUTCOMES_TOTAL / 60000, 3.1563344202, 'hand total');
  });

  test('SROI_YEARS: each outcome’s years sum to its SROI_VALUE', () => {
    const years = call('SROI_YEARS', ...columns) as unknown[][];
    const values = call('SROI_VALUE', ...columns) as unknown[][];
    OUTCOMES.forEach((o, i) => {
      // A status or a ⚠ is the same message, from SROI_YEARS
      if (typeof values[i][0] !== 'number') expect(years[i][0]).toBe(String(values[i][0]).replace('SROI_VALUE', 'SROI_YEARS'));
      else
        expectCells(
          years[i].reduce<number>((s, v) => s + (v === '' ? 0 : (v as number)), 0),
          values[i][0] as number,
          o.name,
        );
    });
    // « Déchets évités »: 9 500 × 0,8^(t−1) / 1,035^t for t = 1…5, then nothing
    expectCells(years[2].slice(0, 6), [9500 / 1.035, 7600 / 1.035 ** 2, 6080 / 1.035 ** 3, 4864 / 1.035 ** 4, 3891.2 / 1.035 ** 5, '']);
  });

  test('SROI_NPV and SROI_PAYBACK of the valued outcomes over « 60 000 € »', () => {
    const five = columns.map((col) => col.slice(0, 5));
    // NPV = 189 380,1 − 60 000 = 129 380,1; net SROI = 3,156 − 1 = 2,156
    expectCells(call('SROI_NPV', call('SROI_VALUE', ...five), INVESTMENT), [[OUTCOMES_TOTAL - 60000, SROI_RATIO_EXPECTED - 1]]);
    // Year 1 alone: 86 956,5 + 20 120,2 + 9 178,7 − 6 000 + 18 260,9 = 128 516,3 ≥ 60 000, so
    // payback = 12 × 60 000 / 128 516,3 = 5,60 months
    const year1 = 90000 / 1.035 + 20925 / 1.04 + 9500 / 1.035 - 6000 + 18900 / 1.035;
    expectCells(call('SROI_PAYBACK', call('SROI_YEARS', ...five), INVESTMENT), (12 * 60000) / year1);
  });
});
