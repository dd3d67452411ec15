/**
 * Contract v2 (formulas.md, "several assessments per project"): CONSENSUS, REVIEW_SPREAD, LATEST and
 * NORMALIZE_BY_REVIEWER on small golden fixtures computed by hand (the arithmetic is in the comments),
 * through the TypeScript sources. Issue 11.
 */
import { toAssessmentValue } from '../../src/core/assessments/values';
import { KINDS } from '../../src/core/instruments/kinds';
import { WORKBOOK } from '../../src/sheets/schema';
import { expectCells, thrownMessage } from '../helpers/expect';
import { call } from '../helpers/functions';

const col = (values: unknown[]) => values.map((v) => [v]);

/**
 * Eight assessment rows (1-based positions in the range) of three columns. IDs are matched trimmed and
 * case-insensitively; row 4 has no ID and is ignored; row 8's « Trés fort » is a bad value.
 */
const IDS = col(['P-0001', ' p-0001 ', 'P-0002', '', 'P-0001', 'p-0001', 'P-0003', 'P-0004']);
const VALUES = [
  [3, 'Faible', ''], // 1: P-0001 → 3, 1, –
  [1, '2', ''], // 2: P-0001 → 1, 2, –
  ['Fort', '80 %', true], // 3: P-0002 → 3, 0.8, 1
  [0, 0, 0], // 4: no ID: ignored
  ['Fort', 'Intermédiaire', 'oui'], // 5: P-0001 → 3, 2, 3 (oui is the level 3, not TRUE)
  ['inexistant', '2,5', ''], // 6: P-0001 → 0, 2.5, –
  ['', '', ''], // 7: P-0003, no value
  ['Trés fort', 1, 1], // 8: P-0004, bad value in column 1
];
const PROJECTS = col(['P-0001', 'P-0002', '', 'P-0003', 'P-0004', 'P-0005', 'p-0002']);
const BAD_ROW_8 =
  "⚠ CONSENSUS : 8e ligne de la plage, « colonne 1 » : « Trés fort » n'est pas une valeur lisible : un nombre, un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort, ou non, plutôt non, plutôt oui, oui, ou une réponse des listes du module), un pourcentage (80 %) ou une case à cocher (VRAI/FAUX, oui/non)";

describe('CONSENSUS', () => {
  // P-0001 has rows 1, 2, 5, 6. Column 1: 3, 1, 3, 0. Column 2: 1, 2, 2, 2.5. Column 3: 3 (row 5 only).
  test('mean (default): Σ/n per column, "" for a blank ID, a project without rows or values', () => {
    expectCells(call('CONSENSUS', PROJECTS, IDS, VALUES), [
      [7 / 4, 7.5 / 4, 3], // (3+1+3+0)/4 = 1.75 ; (1+2+2+2.5)/4 = 1.875 ; 3/1
      [3, 0.8, 1], // P-0002: its single row 3
      ['', '', ''], // blank project ID
      ['', '', ''], // P-0003: a row with no value
      [BAD_ROW_8, '', ''], // P-0004: the bad value names the assessment row, the column and the value
      ['', '', ''], // P-0005: no assessment row
      [3, 0.8, 1], // p-0002: the same project as P-0002
    ]);
  });

  test('median of an even count is the mean of the two middle values; min; max; method words folded', () => {
    // Column 1 sorted 0, 1, 3, 3 → (1+3)/2 = 2 ; column 2 sorted 1, 2, 2, 2.5 → (2+2)/2 = 2 ; column 3: 3.
    expectCells(call('CONSENSUS', 'P-0001', IDS, VALUES, 'Médiane'), [[2, 2, 3]]);
    expectCells(call('CONSENSUS', 'P-0001', IDS, VALUES, ' MEDIAN '), [[2, 2, 3]]);
    expectCells(call('CONSENSUS', 'P-0001', IDS, VALUES, 'min'), [[0, 1, 3]]);
    expectCells(call('CONSENSUS', 'P-0001', IDS, VALUES, 'MAX'), [[3, 2.5, 3]]);
    // Odd count, rows 1, 2, 5: column 1 (3, 1, 3) sorted 1, 3, 3 → 3 ; column 2 (1, 2, 2) → 2.
    expectCells(call('CONSENSUS', 'P-0001', IDS.slice(0, 5), VALUES.slice(0, 5), 'médiane'), [[3, 2, 3]]);
  });

  test('a bad method throws naming what is accepted, in French and in English', () => {
    expect(thrownMessage(() => call('CONSENSUS', PROJECTS, IDS, VALUES, 'moyen'))).toBe(
      "CONSENSUS : method : « moyen » n'est pas une méthode : « moyenne » (par défaut), « médiane », « min » ou « max »",
    );
  });

  test('a single project ID with a bad value throws, still naming the assessment row', () => {
    expect(thrownMessage(() => call('CONSENSUS', 'P-0004', IDS, VALUES))).toBe(BAD_ROW_8.slice(2));
  });

  test('shape errors: ids not one column, values not as tall as ids', () => {
    expect(thrownMessage(() => call('CONSENSUS', PROJECTS, VALUES, VALUES))).toBe(
      'CONSENSUS : l’argument ids doit être une seule colonne (les ID de projet des évaluations)',
    );
    expect(thrownMessage(() => call('CONSENSUS', PROJECTS, IDS, VALUES.slice(0, 7)))).toBe(
      'CONSENSUS : l’argument values (une ligne par évaluation) doit être une plage de 8 lignes, aussi haute que ids ; elle a 7 lignes et 3 colonnes',
    );
    expect(thrownMessage(() => call('CONSENSUS', [['P-0001', 'P-0002']], IDS, VALUES))).toBe(
      'CONSENSUS : l’argument project_ids doit être une seule colonne (les projets à présenter)',
    );
  });

  test('composes with AMI_SCORE: the consensus row of 12 levels is scored, a project without rows stays blank', () => {
    const levels = [
      [3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1], // P-A, reviewer 1: Σ 24
      ['Fort', 'Faible', 3, 3, 2, 2, 2, 2, 1, 1, 1, 1], // P-A, reviewer 2: Σ 22
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ''], // P-B, 11 of 12 scored
    ];
    const consensus = call('CONSENSUS', col(['P-A', 'P-B', 'P-C']), col(['P-A', 'P-A', 'P-B']), levels);
    // P-A: mean per criterion, Σ = (24 + 22)/2 = 23; out of 20: 23/36 × 20 = 12.777…
    expectCells(call('AMI_SCORE', consensus), [[23], ['⚠ incomplet : 11/12 critères notés'], ['']]);
    expectCells(call('AMI_SCORE', consensus, '', 20), [[(23 / 36) * 20], ['⚠ incomplet : 11/12 critères notés'], ['']]);
  });
});

test('open-ended ranges: 10,000 project rows and 10,000 assessment rows, mostly empty, give "" rows', () => {
  const pad = <T>(rows: T[], blank: T) => [...rows, ...Array.from({ length: 10000 - rows.length }, () => blank)];
  const result = call('CONSENSUS', pad(PROJECTS.slice(0, 2), ['']), pad(IDS, ['']), pad(VALUES, ['', '', ''])) as unknown[][];
  expect(result).toHaveLength(10000);
  expectCells(result.slice(0, 3), [
    [7 / 4, 7.5 / 4, 3],
    [3, 0.8, 1],
    ['', '', ''],
  ]);
  expect(result.slice(2).every((row) => row.every((v) => v === ''))).toBe(true);
});

test('every dropdown word the add-on’s templates write in an assessment sheet reads as a number, in French and in English', () => {
  const unread: string[] = [];
  const kinds = new Set<string>();
  for (const sheet of WORKBOOK) {
    for (const column of sheet.columns) {
      const validation = KINDS[column.kind].validation;
      // The project status and its priority publics (Projets), an assessment's own state (En cours / Terminée) and the committee's decision are no assessment values,
      // nor the target social system's categories and roles (issue 14 §3: one row per actor, not an assessment).
      const notScored = ['status', 'publics', 'review-status', 'decision', 'category', 'role'].includes(column.kind);
      if (notScored || !validation || typeof validation === 'string') continue;
      for (const lang of ['fr', 'en'] as const) {
        for (const word of validation.list(column, lang)) if (Number.isNaN(toAssessmentValue(word))) unread.push(`${sheet.id}/${column.id}: ${word}`);
        kinds.add(column.kind);
      }
    }
  }
  expect(unread).toEqual([]);
  // The AMI levels, the checklist's answers, a declared checklist's oui / en partie / non and the Godin markers' levels (issue 14);
  // the protocol's step statuses (issue 14 §4: 0 à faire, 1 en cours, 2 fait).
  expect([...kinds].sort()).toEqual(['answer', 'choice', 'level', 'marker', 'step']);
});

describe('REVIEW_SPREAD', () => {
  test('count of assessments holding a value, largest max − min, its first column', () => {
    expectCells(call('REVIEW_SPREAD', PROJECTS, IDS, VALUES), [
      [4, 3, 1], // P-0001: column 1 3 − 0 = 3, column 2 2.5 − 1 = 1.5, column 3 0 → 3 in column 1
      [1, 0, ''], // P-0002: a single assessment, spread 0, no column
      ['', '', ''], // blank ID
      [0, '', ''], // P-0003: its only row holds no value
      [BAD_ROW_8.replace('CONSENSUS', 'REVIEW_SPREAD'), '', ''],
      [0, '', ''], // P-0005: no assessment row
      [1, 0, ''],
    ]);
  });

  test('equal spreads: the first column where the largest is reached', () => {
    // Column 1: 1, 3 → 2 ; column 2: 0, 2 → 2 ; column 3: 2, 2 → 0 → 2 first reached in column 1.
    expectCells(
      call('REVIEW_SPREAD', 'X', col(['X', 'X']), [
        [1, 0, 2],
        [3, 2, 2],
      ]),
      [[2, 2, 1]],
    );
    // Column 2 wins: 1, 1 → 0 ; 0, 3 → 3.
    expectCells(
      call('REVIEW_SPREAD', 'X', col(['X', 'X']), [
        [1, 0],
        [1, 3],
      ]),
      [[2, 3, 2]],
    );
  });
});

describe('LATEST', () => {
  const ids = col(['P-1', 'P-1', 'P-1', 'P-1', 'P-2', 'P-2', 'P-3', ' p-1']);
  const dates = col(['2024-03-01', new Date(2024, 4, 15), '15/05/2024', '', '', '', '31/02/2024', '2023-12-31']);
  const values = [
    ['a1', 10], // 1: P-1, 1 March 2024
    ['a2', 20], // 2: P-1, 15 May 2024 (a date cell)
    ['a3', 30], // 3: P-1, 15 May 2024 (text): same date, lower → more recent than row 2
    ['a4', 40], // 4: P-1, undated: older than every dated row
    ['b5', ''], // 5: P-2, undated
    ['b6', 'x'], // 6: P-2, undated, lower → more recent than row 5
    ['c7', 1], // 7: P-3, 31/02/2024 is no date
    ['a8', 80], // 8: P-1, 31 December 2023
  ];
  const projects = col(['P-1', 'P-2', 'P-3', '', 'P-9']);
  const bad = "⚠ LATEST : 7e ligne de la plage, « dates » : « 31/02/2024 » n'est pas une date (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj)";

  test.each([
    // P-1 most recent first: row 3, row 2, row 1, row 8, row 4 (undated); P-2: row 6, row 5.
    [1, ['a3', 30], ['b6', 'x']],
    [2, ['a2', 20], ['b5', '']],
    [3, ['a1', 10], ['', '']],
    [4, ['a8', 80], ['', '']],
    [5, ['a4', 40], ['', '']],
    [6, ['', ''], ['', '']],
  ])('rank %s: the values as they are in the cells; fewer assessments than the rank gives ""', (rank, p1, p2) => {
    expectCells(call('LATEST', projects, ids, dates, values, rank), [p1, p2, [bad, ''], ['', ''], ['', '']]);
  });

  test('rank defaults to 1; a bad rank throws naming what is accepted', () => {
    expectCells(call('LATEST', 'P-1', ids, dates, values), [['a3', 30]]);
    expect(thrownMessage(() => call('LATEST', 'P-1', ids, dates, values, 0))).toBe(
      "LATEST : rank : « 0 » n'est pas un rang : un nombre entier à partir de 1 (1 la plus récente évaluation, 2 la précédente…)",
    );
    expect(thrownMessage(() => call('LATEST', 'P-1', ids, dates, values, 1.5))).toMatch(/« 1,5 » n'est pas un rang/);
  });

  test('several ranks side by side (HSTACK(1;2), issue 10): each rank’s columns in turn, from one run; a status once, in the first column', () => {
    // P-1: rank 1 is row 3 (a3, 30), rank 2 row 2 (a2, 20); P-2: rows 6 and 5; P-9 has none.
    const both = [
      ['a3', 30, 'a2', 20],
      ['b6', 'x', 'b5', ''],
      [bad, '', '', ''],
      ['', '', '', ''],
      ['', '', '', ''],
    ];
    expectCells(call('LATEST', projects, ids, dates, values, [[1, 2]]), both);
    // A column of ranks reads the same; the order of the ranks is the order of the columns.
    expectCells(call('LATEST', projects, ids, dates, values, [[1], [2]]), both);
    expectCells(call('LATEST', 'P-1', ids, dates, values, [[2, 1]]), [['a2', 20, 'a3', 30]]);
    expect(thrownMessage(() => call('LATEST', 'P-1', ids, dates, values, [[1, 0]]))).toBe(
      "LATEST : rank : « 0 » n'est pas un rang : un nombre entier à partir de 1 (1 la plus récente évaluation, 2 la précédente…)",
    );
    expect(
      thrownMessage(() =>
        call('LATEST', 'P-1', ids, dates, values, [
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe('LATEST : rank : plusieurs rangs se donnent sur une ligne ou une colonne (HSTACK(1;2))');
  });

  test('dates: a column as tall as ids', () => {
    expect(thrownMessage(() => call('LATEST', projects, ids, dates.slice(1), values))).toBe(
      'LATEST : l’argument dates (la date de chaque évaluation) doit être une colonne de 8 lignes, aussi haute que ids ; elle a 7 lignes et 1 colonnes',
    );
  });
});

describe('NORMALIZE_BY_REVIEWER', () => {
  // Scores 10, 14, 20, 20, 16, 12, 18 (rows 1–5, 7, 8): n = 7, Σ = 110, μ = 110/7;
  // Σx² = 100+196+400+400+256+144+324 = 1820, σ² = 1820/7 − (110/7)² = 260 − 12100/49 = 640/49, σ = √640/7.
  const mu = 110 / 7;
  const sigma = Math.sqrt(640) / 7;
  const reviewers = col(['Alice', ' alice ', 'Bob', 'BOB', '', 'Carol', '  ', 'Eve', 'Dan']);
  const scores = col([10, 14, 20, 20, 16, '', '12', 18, 'abc']);

  test('both branches, names trimmed and case-insensitive, the empty name a reviewer of its own', () => {
    expectCells(call('NORMALIZE_BY_REVIEWER', reviewers, scores), [
      [mu - sigma], // Alice: n 2, μᵣ 12, σᵣ 2 → μ + σ·(10 − 12)/2 = μ − σ
      [mu + sigma], // alice: μ + σ·(14 − 12)/2 = μ + σ
      [mu], // Bob: n 2 but σᵣ 0 → x − μᵣ + μ = 20 − 20 + μ
      [mu], // BOB: the same reviewer
      [mu + sigma], // empty name: scores 16 and 12, μᵣ 14, σᵣ 2 → μ + σ·(16 − 14)/2
      [''], // Carol: empty score
      [mu - sigma], // blank name (spaces) = the empty name: μ + σ·(12 − 14)/2
      [mu], // Eve: n 1 → 18 − 18 + μ
      ["⚠ NORMALIZE_BY_REVIEWER : 9e ligne de la plage, « scores » : « abc » n'est pas un nombre"],
    ]);
  });

  test('a single score: itself; a bad single score throws; reviewers and scores must be as tall', () => {
    expectCells(call('NORMALIZE_BY_REVIEWER', 'Alice', 12), 12);
    expect(thrownMessage(() => call('NORMALIZE_BY_REVIEWER', 'Alice', 'douze'))).toBe("NORMALIZE_BY_REVIEWER : « scores » : « douze » n'est pas un nombre");
    expect(thrownMessage(() => call('NORMALIZE_BY_REVIEWER', reviewers, scores.slice(1)))).toMatch(
      /^NORMALIZE_BY_REVIEWER : l’argument scores \(une note par évaluation\) doit être une colonne de 9 lignes, aussi haute que reviewers/,
    );
  });
});

test.each([
  [3, 3],
  ['2,5', 2.5],
  ['4 525,85', 4525.85],
  [4, 4], // a SIAT answer 1–5
  ['80 %', 0.8],
  ['25,5%', 0.255],
  [true, 1],
  [false, 0],
  ['vrai', 1],
  ['x', 1],
  ['✓', 1],
  ['oui', 3], // a level and a boolean: the level
  ['Non', 0],
  ['plutôt oui', 2],
  ['Fort', 3],
  ['strong', 3],
  ['intermediaire', 2],
  ['2 – Sur-effort en partie compensé', 2], // the checklist's dropdown
  ['Risk partly shared', 2],
  ['en partie', 1.5], // a declared checklist (ISR): non 0, en partie 1,5, oui 3
  ['partly', 1.5],
  ['yes', 3],
  ['abc', NaN],
  [new Date(2024, 0, 1), NaN],
])('an assessment cell %p reads as %p', (value, expected) => {
  expect(toAssessmentValue(value)).toBe(expected);
});
