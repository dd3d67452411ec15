/**
 * Issue 12, last defect: a consensus counts each reviewer's LATEST assessment only. CONSENSUS,
 * REVIEW_SPREAD and NORMALIZE_BY_REVIEWER with their optional last arguments (reviewers or ids, and
 * dates), on golden fixtures computed by hand (arithmetic in the comments), and a property: an older
 * assessment by a reviewer who has a later one never changes the consensus.
 */
import fc from 'fast-check';
import { latestByReviewer } from '../../src/core/assessments/aggregate';
import { expectCells, thrownMessage } from '../helpers/expect';
import { call } from '../helpers/functions';

const col = (values: unknown[]) => values.map((v) => [v]);

// Eleven assessment rows (1-based positions in the range), two value columns.
const IDS = col(['P-0001', 'P-0001', 'P-0001', 'P-0001', 'P-0002', 'P-0002', 'P-0002', 'P-0003', 'P-0003', 'P-0003', 'P-0003']);
const REVIEWERS = col([
  'Claire Martin', // 1
  'Idriss Benali', // 2
  ' claire  MARTIN ', // 3: the same reviewer as row 1 (case and spaces do not count)
  'Claire Martin', // 4
  'Sophie Lambert', // 5
  'Sophie Lambert', // 6
  '', // 7: unnamed, nobody's: always counts
  'Idriss Benali', // 8
  'Idriss Benali', // 9
  'Sophie Lambert', // 10
  'Sophie Lambert', // 11
]);
const DATES = col([
  '16/04/2024', // 1: Claire, first follow-up
  '2026-03-04', // 2: Idriss
  '2025-03-18', // 3: Claire, second
  new Date(2026, 2, 2), // 4: Claire, latest (a date cell)
  '2026-03-05', // 5: Sophie
  '05/03/2026', // 6: Sophie, the same day, lower row → her latest
  '', // 7
  '', // 8: Idriss undated: older than any dated one
  '01/01/2020', // 9: Idriss, his latest
  '2026-01-01', // 10: Sophie's latest holds nothing (a recusal, whose values Projets blanks)
  '2025-01-01', // 11: Sophie, older
]);
const VALUES = [
  [1, 3], // 1
  [3, 2], // 2
  [2, 0], // 3
  [3, 1], // 4
  [2, 2], // 5
  [0, 0], // 6
  [3, 3], // 7
  [1, 1], // 8
  [2, 2], // 9
  ['', ''], // 10
  [0, 0], // 11
];
const PROJECTS = col(['P-0001', 'P-0002', 'P-0003', 'P-0009', '']);

describe('CONSENSUS with reviewers and dates', () => {
  test('a reviewer with three dated assessments and another with one: the consensus of two', () => {
    expectCells(call('CONSENSUS', PROJECTS, IDS, VALUES, 'moyenne', REVIEWERS, DATES), [
      [3, 1.5], // P-0001: Claire's row 4 (3, 1) and Idriss's row 2 (3, 2): (3+3)/2 = 3 ; (1+2)/2 = 1,5
      [1.5, 1.5], // P-0002: Sophie's row 6 (0, 0) and the unnamed row 7 (3, 3): (0+3)/2 = 1,5 twice
      [2, 2], // P-0003: Idriss's row 9 (2, 2); Sophie's latest (row 10) is empty: she counts nowhere
      ['', ''], // no assessment
      ['', ''], // blank ID
    ]);
  });

  test('without them, every assessment counts, as formulas written before them expect', () => {
    // P-0001, rows 1–4: (1+3+2+3)/4 = 9/4 = 2,25 ; (3+2+0+1)/4 = 6/4 = 1,5.
    // P-0002, rows 5–7: (2+0+3)/3 = 5/3 twice. P-0003, rows 8, 9, 11: (1+2+0)/3 = 1 twice.
    expectCells(call('CONSENSUS', PROJECTS, IDS, VALUES), [
      [9 / 4, 1.5],
      [5 / 3, 5 / 3],
      [1, 1],
      ['', ''],
      ['', ''],
    ]);
  });

  test('reviewers without dates: each reviewer’s lowest row is their latest (every row undated)', () => {
    // P-0003: Idriss's row 9 (2, 2), Sophie's row 11 (0, 0): (2+0)/2 = 1 twice. P-0001: rows 4 and 2, as dated.
    expectCells(call('CONSENSUS', PROJECTS.slice(0, 3), IDS, VALUES, '', REVIEWERS), [
      [3, 1.5],
      [1.5, 1.5],
      [1, 1],
    ]);
  });

  test('the method applies to the latest assessments: max of P-0001 is max(3, 3), max(1, 2)', () => {
    expectCells(call('CONSENSUS', 'P-0001', IDS, VALUES, 'max', REVIEWERS, DATES), [[3, 2]]);
  });

  test('a date that is no date names its row and the dates; other projects are computed', () => {
    const dates = DATES.map((d, i) => (i === 7 ? ['31/02/2024'] : d));
    expectCells(call('CONSENSUS', PROJECTS.slice(0, 3), IDS, VALUES, 'moyenne', REVIEWERS, dates), [
      [3, 1.5],
      [1.5, 1.5],
      ["⚠ CONSENSUS : 8e ligne de la plage, « dates » : « 31/02/2024 » n'est pas une date (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj)", ''],
    ]);
  });

  test('shapes: reviewers and dates as tall as ids; dates alone is refused', () => {
    expect(thrownMessage(() => call('CONSENSUS', PROJECTS, IDS, VALUES, 'moyenne', REVIEWERS.slice(1), DATES))).toBe(
      'CONSENSUS : l’argument reviewers (l’évaluateur de chaque évaluation) doit être une colonne de 11 lignes, aussi haute que ids ; elle a 10 lignes et 1 colonnes',
    );
    expect(thrownMessage(() => call('CONSENSUS', PROJECTS, IDS, VALUES, 'moyenne', undefined, DATES))).toBe(
      'CONSENSUS : l’argument dates ne sert qu’avec l’argument reviewers (la dernière évaluation de chaque évaluateur) : donnez aussi l’évaluateur de chaque évaluation',
    );
  });
});

describe('REVIEW_SPREAD with reviewers and dates', () => {
  test('a reviewer’s own progress is no disagreement: only the latest assessments are compared', () => {
    expectCells(call('REVIEW_SPREAD', PROJECTS.slice(0, 4), IDS, VALUES, REVIEWERS, DATES), [
      [2, 1, 2], // P-0001: rows 4 (3, 1) and 2 (3, 2): column 1 3 − 3 = 0, column 2 2 − 1 = 1 → 1 at column 2
      [2, 3, 1], // P-0002: rows 6 (0, 0) and 7 (3, 3): 3 in both columns, first reached in column 1
      [1, 0, ''], // P-0003: row 9 alone holds a value (Sophie's latest, row 10, holds none)
      [0, '', ''],
    ]);
    // Without: P-0001's four rows, column 1 3 − 1 = 2, column 2 3 − 0 = 3 → 3 at column 2, Claire's progress counted as disagreement.
    expectCells(call('REVIEW_SPREAD', 'P-0001', IDS, VALUES), [[4, 3, 2]]);
  });
});

describe('NORMALIZE_BY_REVIEWER with ids and dates', () => {
  test('each reviewer’s latest score of each project: earlier ones blank and in no mean', () => {
    const reviewers = col(['Alice', 'alice', 'Bob', 'Bob']);
    const scores = col([8, 12, 20, 10]);
    const ids = col(['P-1', 'P-1', 'P-2', 'P-1']);
    const dates = col(['2024-01-10', '2025-01-10', '2025-02-01', '2025-02-01']);
    // Row 1 is Alice's earlier P-1: left out. Scores 12, 20, 10: μ = 42/3 = 14; Σx² = 144+400+100 = 644,
    // σ² = 644/3 − 196 = 56/3. Alice n 1: 12 − 12 + 14 = 14. Bob μᵣ 15, σᵣ 5: 14 ± σ·5/5.
    const sigma = Math.sqrt(56 / 3);
    expectCells(call('NORMALIZE_BY_REVIEWER', reviewers, scores, ids, dates), [[''], [14], [14 + sigma], [14 - sigma]]);
    // Without ids, Alice's two scores count: μᵣ 10, σᵣ 2 (as before, unchanged).
    expect((call('NORMALIZE_BY_REVIEWER', reviewers, scores) as unknown[][])[0][0]).not.toBe('');
  });

  test('a project with a date that is no date: its rows name the date; the others are normalised', () => {
    const out = call('NORMALIZE_BY_REVIEWER', col(['A', 'B']), col([10, 20]), col(['P-1', 'P-2']), col(['32/01/2025', ''])) as unknown[][];
    expect(out[0][0]).toBe(
      "⚠ NORMALIZE_BY_REVIEWER : 1re ligne de la plage, « dates » : « 32/01/2025 » n'est pas une date (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj)",
    );
    // B alone in the means: 20 − 20 + 20.
    expect(out[1][0]).toBe(20);
  });
});

describe('core latestByReviewer', () => {
  test('by LATEST’s order, names by matchKey, unnamed rows kept, result in range order', () => {
    // Rows 0–5: A 2024, a 2025 (same as A), B undated, B 2020, '' undated, '' 2026.
    const day = (y: number) => Date.UTC(y, 0, 1);
    expect(latestByReviewer([0, 1, 2, 3, 4, 5], ['A', ' a ', 'B', 'B', '', '  '], [day(2024), day(2025), undefined, day(2020), undefined, day(2026)])).toEqual([
      1, 3, 4, 5,
    ]);
    // Equal dates: the lower row; all undated: the lowest row.
    expect(latestByReviewer([2, 7], ['A', 'A'], [day(2024), day(2024)])).toEqual([7]);
    expect(latestByReviewer([2, 7, 9], ['A', 'A', 'A'], [undefined, undefined, undefined])).toEqual([9]);
  });

  test('property: adding an older assessment by a reviewer who has a later one never changes the consensus', () => {
    const names = ['Claire', 'Idriss', 'Sophie', ''];
    const assessment = fc.record({
      reviewer: fc.integer({ min: 0, max: 3 }),
      day: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
      values: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(assessment, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
        (rows, pick, at, values) => {
          const named = rows.filter((r) => names[r.reviewer] !== '');
          fc.pre(named.length > 0);
          const later = named[pick % named.length];
          // An assessment strictly older than `later` by LATEST's order: undated when `later` is dated,
          // else… an undated `later` has nothing older that is dated: insert above it (a higher row is older).
          const older = { reviewer: later.reviewer, day: later.day === undefined ? undefined : later.day > 0 ? later.day - 1 : undefined, values };
          const laterAt = rows.indexOf(later);
          const insertAt = later.day === undefined ? at % (laterAt + 1) : at % (rows.length + 1);
          const withOlder = [...rows.slice(0, insertAt), older, ...rows.slice(insertAt)];
          const consensus = (list: typeof rows) =>
            call(
              'CONSENSUS',
              'P-1',
              col(list.map(() => 'P-1')),
              list.map((r) => r.values.map((v) => v ?? '')),
              'moyenne',
              col(list.map((r) => names[r.reviewer])),
              col(list.map((r) => (r.day === undefined ? '' : new Date(Date.UTC(2020, 0, 1 + r.day)).toISOString().slice(0, 10)))),
            );
          expect(consensus(withOlder)).toEqual(consensus(rows));
        },
      ),
    );
  });
});
