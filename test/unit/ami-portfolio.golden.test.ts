/**
 * AMI_PORTFOLIO (issue 10): everything Projets computes from Grille AMI, per project, in one run.
 * Hand-computed cases first (arithmetic in comments), then a property: on random assessments it is,
 * cell for cell, what Projets' and Comité's formulas computed with the contract functions (AMI_PROFILE
 * of CONSENSUS, CONSENSUS of NORMALIZE_BY_REVIEWER, LATEST with HSTACK(1;2), REVIEW_SPREAD), a message
 * naming AMI_PORTFOLIO instead.
 */
import fc from 'fast-check';

import { AMI_PORTFOLIO_COLUMNS } from '../../src/core/instruments/sheets';
import { AMI_PORTFOLIO_WIDTH } from '../../src/functions/portfolio';
import { PROJECTS } from '../../src/sheets/schema';
import { call } from '../helpers/functions';
import { expectCells } from '../helpers/expect';

const all = (v: unknown) => Array(12).fill(v);

describe('hand-computed', () => {
  test('a recused latest assessment, two reviewers, a project without assessment, a blank ID', () => {
    const ids = [['P1'], ['P1'], ['P2'], ['P1']];
    const levels = [all(3), all(2), all(1), all('')];
    const reviewers = [['a'], ['b'], ['a'], ['a']];
    const dates = [['01/01/2025'], ['02/01/2025'], ['03/01/2025'], ['04/01/2025']];
    const recused = [[false], [false], [false], [true]];
    const result = call('AMI_PORTFOLIO', [['P1'], ['P2'], ['P3'], ['']], ids, levels, reviewers, dates, recused, '', '', '') as unknown[][];
    // P1: a's latest assessment (04/01) is recused, so a counts nowhere; b's levels, all 2, are the
    // consensus: Portage 2·4 = 8, Contenu 2·3 = 6, Contexte 2·5 = 10, Total 24.
    // Marks /20: 36/36·20 = 20 (row 1), 24/36·20 = 13,33 (row 2), 12/36·20 = 6,67 (row 3), none for the
    // recused row. Row 1 is not a's latest of P1 (row 4 is): left out. a has 6,67 only, b 13,33 only,
    // each a single score: x − μᵣ + μ = μ = (13,33 + 6,67) / 2 = 10. P1's consensus: b's 10 (a's latest blank).
    // Now / before: the recused row has no total, so 24 (02/01) then 36 (01/01): change 24 − 36 = −12.
    // REVIEW_SPREAD: b's row holds values, a's latest holds none: 1 assessment, spread 0, no criterion.
    expectCells(result[0], [8, 6, 10, 24, 10, 24, 36, -12, 1, 0, '']);
    // P2: a's all-1 row: 4, 3, 5, 12; normalised 10 (μ above); no previous assessment.
    expectCells(result[1], [4, 3, 5, 12, 10, 12, '', '', 1, 0, '']);
    // P3: no assessment: blank figures, REVIEW_SPREAD's 0 assessments.
    expect(result[2]).toEqual(['', '', '', '', '', '', '', '', 0, '', '']);
    expect(result[3]).toEqual(Array(AMI_PORTFOLIO_WIDTH).fill(''));
  });

  test('two reviewers who disagree on one criterion; weights 2 on the first criterion', () => {
    const levels = [[3, 3, 3, 3, 0, 3, 3, 3, 3, 3, 3, 3], all(3)];
    const weights = [[2, ...Array(11).fill(1)]];
    const result = call(
      'AMI_PORTFOLIO',
      [['P4']],
      [['P4'], ['p4 ']],
      levels,
      [['c'], ['d']],
      [['05/01/2025'], ['06/01/2025']],
      undefined,
      'moyenne',
      weights,
      '',
    ) as unknown[][];
    // Consensus: criterion 5 (Contenu) (0 + 3) / 2 = 1,5, the others 3. Portage 2·3 + 3·3 = 15, Contenu
    // 1,5 + 3 + 3 = 7,5, Contexte 5·3 = 15, Total 37,5. Totals: c 6+9+6+15 = 36, d 39; Σ weights 13;
    // marks 36/39·20 = 18,46 and 39/39·20 = 20; each reviewer one score: both μ = 19,23, consensus 19,23.
    // Now d's 39 (06/01), before c's 36: change 3. Spread: 2 assessments, 3 − 0 = 3 on criterion 5.
    const mu = ((36 / 39) * 20 + (39 / 39) * 20) / 2;
    expectCells(result, [[15, 7.5, 15, 37.5, mu, 39, 36, 3, 2, 3, 5]]);
  });

  test('its columns are Projets’ AMI columns, side by side in a workbook laid out by this version', () => {
    const ids = PROJECTS.columns.map((c) => c.id);
    const first = ids.indexOf(AMI_PORTFOLIO_COLUMNS()[0]);
    expect(AMI_PORTFOLIO_COLUMNS()).toHaveLength(AMI_PORTFOLIO_WIDTH);
    expect(ids.slice(first, first + AMI_PORTFOLIO_WIDTH)).toEqual(AMI_PORTFOLIO_COLUMNS());
    expect(AMI_PORTFOLIO_COLUMNS()).toEqual([
      'ami-portage',
      'ami-contenu',
      'ami-contexte',
      'ami-total',
      'ami-normalized',
      'ami-now',
      'ami-before',
      'ami-change',
      'assessments',
      'spread',
      'spread-at',
    ]);
  });

  test('levels must be the 12 criteria', () => {
    expect(() => call('AMI_PORTFOLIO', [['P1']], [['P1']], [[1, 2]], [['a']], [['']])).toThrow(
      'AMI_PORTFOLIO : la plage levels doit avoir 12 colonnes (une par critère de la grille AMI) ; elle en a 2',
    );
  });
});

describe('property: AMI_PORTFOLIO is the contract functions Projets and Comité composed', () => {
  const level = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('Fort', 'Faible', 'Intermédiaire', '2,5', '', '', '', 'Trés fort', 9));
  const assessment = fc.record({
    id: fc.constantFrom('P1', 'p1 ', 'P2', 'P3', ''),
    reviewer: fc.constantFrom('a', 'A ', 'b', 'c', ''),
    date: fc.constantFrom('01/01/2025', '2025-02-01', 45700, 45700, '', 'pas une date'),
    recused: fc.constantFrom(true, false, false, '', 'TRUE'),
    levels: fc.oneof(
      fc.array(level, { minLength: 12, maxLength: 12 }),
      fc.constant(all('')),
      fc.integer({ min: 0, max: 3 }).map((l) => all(l)),
    ),
  });
  const projects = fc.array(fc.constantFrom('P1', 'P2', 'P3', 'P4', ''), { minLength: 1, maxLength: 5 });
  const method = fc.constantFrom('', 'médiane', 'max');
  const weights = fc.option(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 12, maxLength: 12 }), { nil: undefined });

  const outcome = (f: () => unknown): { value: unknown[][] } | { throws: string } => {
    try {
      const v = f();
      return { value: Array.isArray(v) ? (v as unknown[][]) : [[v]] };
    } catch (e) {
      return { throws: (e as Error).message };
    }
  };
  const names = /\b(AMI_PORTFOLIO|AMI_PROFILE|CONSENSUS|NORMALIZE_BY_REVIEWER|LATEST|REVIEW_SPREAD)\b/g;
  const same = (v: unknown) => JSON.stringify(v).replace(names, 'FN');

  test('cell for cell, with blanks, bad levels and dates, recused rows, several reviewers and dates', () => {
    fc.assert(
      fc.property(fc.array(assessment, { minLength: 2, maxLength: 8 }), projects, method, weights, (rows, pids, m, w) => {
        const P = pids.map((p) => [p]);
        const ids = rows.map((r) => [r.id]);
        const reviewers = rows.map((r) => [r.reviewer]);
        const dates = rows.map((r) => [r.date]);
        const recused = rows.map((r) => [r.recused]);
        const levels = rows.map((r) => r.levels);
        const wArg = w === undefined ? '' : [w];
        const got = outcome(() => call('AMI_PORTFOLIO', P, ids, levels, reviewers, dates, recused, m, wArg, ''));

        // Projets' and Comité's formulas, as they were written (formulas.ts, the split forms).
        const kept = rows.map((r) => (r.recused === true ? all('') : r.levels));
        const totals = (call('AMI_PROFILE', levels, wArg) as unknown[][]).map((row) => [row[3]]);
        const sum = (w ?? all(1)).reduce((a: number, b: number) => a + b, 0);
        const marks = rows.map((r, i) => [r.recused === true || typeof totals[i][0] !== 'number' ? '' : ((totals[i][0] as number) / (3 * sum)) * 20]);
        const latestIds = rows.map((r, i) => [r.recused === true || totals[i][0] === '' ? '' : r.id]);
        const parts = [
          outcome(() => call('AMI_PROFILE', call('CONSENSUS', P, ids, kept, m, reviewers, dates), wArg)),
          outcome(() => call('CONSENSUS', P, ids, call('NORMALIZE_BY_REVIEWER', reviewers, marks, ids, dates), m, reviewers, dates)),
          outcome(() => call('LATEST', P, latestIds, dates, totals, [[1, 2]])),
          outcome(() => call('REVIEW_SPREAD', P, ids, kept, reviewers, dates)),
        ];
        const failed = parts.find((p) => 'throws' in p);
        if (failed) return expect(same(got)).toBe(same(failed));
        const [profile, normalized, latest, spread] = parts.map((p) => (p as { value: unknown[][] }).value);
        const want = profile.map((row, i) => {
          const [now, before] = latest[i];
          const change = typeof now === 'number' && typeof before === 'number' ? now - before : '';
          return [...row, normalized[i][0], now, before, change, ...spread[i]];
        });
        expect(same(got)).toBe(same({ value: want }));
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});
