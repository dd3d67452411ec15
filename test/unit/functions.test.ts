/**
 * The rules of formulas.md that are not about one project's numbers: argument shapes, the error
 * rules (shape error, bad value in single- and multi-row calls, incomplete rows), message content,
 * `lang`, weights, out_of, AMI_GAPS ordering, VC_MIX ties, the SRL threshold, SROI defaults and validation.
 */
import { expectCells, thrownMessage } from '../helpers/expect';
import { call } from '../helpers/functions';
import {
  acceptedAnswers,
  AMI_WEIGHTS,
  CRITERIA,
  ELASTICITE_ANSWERS,
  GOLDEN,
  REPAIR_CAFE_SIAT_WEIGHTED,
  REPAIR_CAFE_WEIGHTED,
  SIAT_WEIGHTS,
  SRL_COLUMNS,
} from '../fixtures/golden';

const errorOf = (fn: string, ...args: unknown[]) => thrownMessage(() => call(fn, ...args));

const REPAIR = GOLDEN[0]; // 3 3 2 1 | 3 2 2 | 3 3 1 3 0 — score 26
const EPICERIE = GOLDEN[1]; // 3 3 2 2 | 3 3 2 | 1 1 1 0 0 — score 21
const ALL_3 = Array(12).fill(3);
const SRL_FULL = Array(9).fill(true);

describe('shapes', () => {
  test('a single cell arrives as a scalar and gives a scalar', () => {
    expect(call('AMI_LEVEL', 'Fort')).toBe(3);
    expect(call('SRL_LABEL', 5)).toBe('Prototypage des fonctions clés');
    expect(call('SRL_PHASE', 'SRL 8')).toBe('Institutionnalisation');
    expect(call('SRL_LEVEL', 'SRL 5')).toBe(5);
    expect(call('SROI_VALUE', 10, 100)).toBeCloseTo(1000 / 1.035, 9);
  });

  test('a 1×1 range gives the same as a scalar', () => {
    expect(call('AMI_LEVEL', [['Fort']])).toBe(3);
    expect(call('SRL_LABEL', [[5]])).toBe('Prototypage des fonctions clés');
    expect(call('SRL_LEVEL', [['SRL 5']])).toBe(5);
  });

  test('one row of a range gives one value (or one row for multi-column results)', () => {
    expect(call('AMI_SCORE', [REPAIR.ami])).toBe(26);
    expect(call('AMI_PROFILE', [REPAIR.ami])).toEqual([[9, 7, 10, 26]]);
    expect(call('AMI_LEVEL', [REPAIR.ami])).toEqual([[3, 3, 2, 1, 3, 2, 2, 3, 3, 1, 3, 0]]);
    expect(call('VC_MIX', [[1, 0, 0, 0]])).toEqual([['Marché', 0, 1]]);
    // A flat array is one row too (how some callers pass a row).
    expect(call('AMI_SCORE', REPAIR.ami)).toBe(26);
  });

  test('a column gives a column; AMI_LEVEL and SRL_PHASE/SRL_LABEL keep the shape of their input', () => {
    expect(call('AMI_SCORE', [REPAIR.ami, EPICERIE.ami])).toEqual([[26], [21]]);
    expect(call('SRL_LEVEL', [[5], ['SRL 6'], ['']])).toEqual([[5], [6], ['']]);
    expect(call('SRL_PHASE', [[1, 5, 9]])).toEqual([['Concept', 'Pilote expérimental', 'Institutionnalisation']]);
    expect(call('SRL_LABEL', [[0], [''], [9]])).toEqual([['Aucun niveau atteint'], [''], ['Intégration au sein de la société dans son ensemble']]);
    expect(
      call('AMI_LEVEL', [
        ['Fort', ''],
        ['', 'faible'],
      ]),
    ).toEqual([
      [3, ''],
      ['', 1],
    ]);
  });

  test('an open-ended range of 10,000 rows with 2 filled', () => {
    const table = [REPAIR.ami, EPICERIE.ami, ...Array.from({ length: 9998 }, () => Array(12).fill(''))];
    const scores = call('AMI_SCORE', table) as unknown[][];
    expect(scores).toHaveLength(10000);
    expect(scores.slice(0, 3)).toEqual([[26], [21], ['']]);
    expect(scores.every((r, i) => i < 2 || (r.length === 1 && r[0] === ''))).toBe(true);
    const profile = call('AMI_PROFILE', table) as unknown[][];
    expect(profile[9999]).toEqual(['', '', '', '']);
    const mix = call(
      'VC_MIX',
      Array.from({ length: 10000 }, (_, i) => (i === 0 ? [1, 1, 0, 0] : ['', '', '', ''])),
      'en',
    ) as unknown[][];
    expect(mix[0]).toEqual(['Market / Redistribution', (1 - 0.5) / 0.75, 0.5]);
    expect(mix[9999]).toEqual(['', '', '']);
  });

  test('a range of 300,000 rows does not overflow the call stack', () => {
    const column = Array.from({ length: 300000 }, (_, i) => [i < 3 ? i + 1 : '']);
    const levels = call('SRL_LEVEL', column) as unknown[][];
    expect(levels.slice(0, 4)).toEqual([[1], [2], [3], ['']]);
    expect((call('SRL_PHASE', column) as unknown[][])[299999]).toEqual(['']);
    expect((call('AMI_LEVEL', column) as unknown[][])[2]).toEqual([3]);
  });
});

describe('shape errors throw, whatever the values', () => {
  test.each([
    ['AMI_SCORE', [Array(11).fill(3)], 'AMI_SCORE : la plage levels doit avoir 12 colonnes (une par critère de la grille AMI) ; elle en a 11'],
    ['AMI_PROFILE', [Array(13).fill(3)], 'AMI_PROFILE : la plage levels doit avoir 12 colonnes (une par critère de la grille AMI) ; elle en a 13'],
    ['AMI_GAPS', 3, 'AMI_GAPS : la plage levels doit avoir 12 colonnes (une par critère de la grille AMI) ; elle en a 1'],
    [
      'SRL_LEVEL',
      [Array(8).fill(1)],
      'SRL_LEVEL : la plage evidence doit avoir 9 ou 1 colonnes (l’avancement des 9 niveaux, ou un niveau déclaré) ; elle en a 8',
    ],
    ['VC_SCORE', [Array(4).fill(3)], 'VC_SCORE : la plage answers doit avoir 5 colonnes (une par point de la grille de captation) ; elle en a 4'],
    ['VC_FLAGS', [Array(6).fill(3)], 'VC_FLAGS : la plage answers doit avoir 5 colonnes (une par point de la grille de captation) ; elle en a 6'],
    ['VC_MIX', [Array(5).fill(1)], 'VC_MIX : la plage amounts doit avoir 4 colonnes (une par famille de captation) ; elle en a 5'],
    ['SIAT_INDEX', [Array(4).fill(3)], 'SIAT_INDEX : la plage scores doit avoir 5 colonnes (une par dimension SIAT) ; elle en a 4'],
  ])('%s', (fn, arg, message) => {
    expect(errorOf(fn, arg)).toBe(message);
  });

  test('even with an empty range of the wrong width (no row is valid)', () => {
    expect(
      errorOf(
        'AMI_SCORE',
        Array.from({ length: 100 }, () => Array(11).fill('')),
      ),
    ).toMatch(/^AMI_SCORE : la plage levels doit avoir 12 colonnes/);
  });

  test('en messages for a shape error follow lang', () => {
    expect(errorOf('AMI_GAPS', [[1, 2]], '', 'en')).toBe('AMI_GAPS: the range levels must have 12 columns (one per criterion of the AMI grid); it has 2');
    expect(errorOf('VC_MIX', [[1, 2]], 'en')).toBe('VC_MIX: the range amounts must have 4 columns (one per capture family); it has 2');
  });
});

describe('bad values', () => {
  const typo = [...REPAIR.ami];
  typo[1] = 'Trés fort';

  test('single-row call: throws, naming function, column, value and accepted levels (no row number)', () => {
    expect(errorOf('AMI_SCORE', [typo])).toBe(
      "AMI_SCORE : « Richesse du collectif » : « Trés fort » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)",
    );
  });

  test('multi-row call: that row shows ⚠ + the message with its row; the other rows keep their results', () => {
    const result = call('AMI_SCORE', [REPAIR.ami, EPICERIE.ami, REPAIR.ami, typo, EPICERIE.ami]);
    expect(result).toEqual([
      [26],
      [21],
      [26],
      ["⚠ AMI_SCORE : 4e ligne de la plage, « Richesse du collectif » : « Trés fort » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)"],
      [21],
    ]);
  });

  test('multi-column result: the message in the first cell, the others empty', () => {
    const profile = call('AMI_PROFILE', [REPAIR.ami, typo]) as unknown[][];
    expect(profile[0]).toEqual([9, 7, 10, 26]);
    expect(profile[1][0]).toMatch(/^⚠ AMI_PROFILE : 2e ligne de la plage, « Richesse du collectif » : « Trés fort »/);
    expect(profile[1].slice(1)).toEqual(['', '', '']);
    const mix = call('VC_MIX', [
      [1, 1, 0, 0],
      [1, -5, 0, 0],
    ]) as unknown[][];
    expect(mix[1]).toEqual(['⚠ VC_MIX : 2e ligne de la plage, « Redistribution » : « -5 » est négatif : un montant capté est positif ou nul', '', '']);
  });

  test('the message follows lang', () => {
    expect(call('AMI_GAPS', [REPAIR.ami, typo], '', 'en')).toEqual([
      [expect.stringMatching(/^Openness to research \(0→3\)/)],
      ['⚠ AMI_GAPS: 2nd row of the range, "Diversity of the collective": "Trés fort" is not a level (0–3, None, Weak, Intermediate, Strong)'],
    ]);
    expect(errorOf('VC_FLAGS', [[3, 3, 'beaucoup', 3, 3]], 'en')).toBe(
      'VC_FLAGS: "Co-benefits": "beaucoup" is not an answer to this point: an answer from the list ("0 – Co-beneficiaries not identified", "1 – Co-beneficiaries not mobilised", "2 – Some co-beneficiaries contribute", "3 – Main co-beneficiaries contribute"; 0 = fragile situation, 3 = secure situation), its number 0 to 3, or None, Weak, Intermediate, Strong, non, plutôt non, plutôt oui, oui',
    );
  });

  test('the row is named as a position in the range, never as « ligne 13 » (read as the sheet row 13)', () => {
    const rows = Array.from({ length: 23 }, () => REPAIR.ami);
    rows[0] = rows[12] = rows[21] = rows[22] = typo;
    const fr = call('AMI_SCORE', rows) as unknown[][];
    expect(fr[0][0]).toMatch(/^⚠ AMI_SCORE : 1re ligne de la plage, « Richesse du collectif » :/);
    expect(fr[12][0]).toMatch(/^⚠ AMI_SCORE : 13e ligne de la plage, /);
    const en = call('AMI_GAPS', rows, '', 'en') as unknown[][];
    expect([0, 12, 21, 22].map((r) => String(en[r][0]).split(',')[0])).toEqual([
      '⚠ AMI_GAPS: 1st row of the range',
      '⚠ AMI_GAPS: 13th row of the range',
      '⚠ AMI_GAPS: 22nd row of the range',
      '⚠ AMI_GAPS: 23rd row of the range',
    ]);
    expect(JSON.stringify([fr, en])).not.toMatch(/ligne \d|row \d/);
  });

  test('a negative declared SRL is refused, naming the value (« -5 » was read as level 5)', () => {
    expect(errorOf('SRL_LEVEL', '-5')).toBe("SRL_LEVEL : « preuve » : « -5 » n'est pas un niveau SRL (un entier de 1 à 9, ou « SRL 5 », « niveau 5 »)");
    expect(errorOf('SRL_PHASE', '-5')).toMatch(/« -5 » n'est pas un niveau SRL/);
    expect(call('SRL_LEVEL', [['-5'], ['SRL-5'], ['n° 5']])).toEqual([
      [expect.stringMatching(/^⚠ SRL_LEVEL : 1re ligne de la plage, « preuve » : « -5 »/)],
      [5],
      [5],
    ]);
    // Negative evidence in checklist mode is refused too, with the accepted 0–100 % / 0–1.
    expect(errorOf('SRL_LEVEL', [['-5', 1, 1, 1, 1, 1, 1, 1, 1]])).toMatch(/« -5 » n'est pas compris entre 0 et 100 %/);
  });

  test('an invalid date in a cell gives the usual message, not a RangeError from the message builder', () => {
    const bad = new Date(NaN);
    expect(errorOf('AMI_SCORE', [[bad, ...REPAIR.ami.slice(1)]])).toBe(
      "AMI_SCORE : « Caractère collectif du projet » : « date invalide » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)",
    );
    expect(errorOf('SIAT_INDEX', [[bad, 1, 1, 1, 1]])).toMatch(/^SIAT_INDEX : « Économique » : « date invalide » n'est pas un nombre compris entre 1 et 5/);
    expect(errorOf('SRL_LABEL', bad)).toMatch(/« date invalide »/);
    expect(errorOf('VC_FLAGS', [[bad, 3, 3, 3, 3]], 'en')).toMatch(/"invalid date" is not/);
  });

  test('a typo in a filled cell of an incomplete row is reported rather than "incomplete"', () => {
    const row = [...typo];
    row[11] = '';
    expect(errorOf('AMI_SCORE', [row])).toMatch(/« Trés fort »/);
  });

  test.each([
    [
      'VC_SCORE',
      [[3, 3, 3, 3, 'beaucoup']],
      `VC_SCORE : « Élasticité de la rémunération » : « beaucoup » n'est pas une réponse à ce point : ${acceptedAnswers(ELASTICITE_ANSWERS)}`,
    ],
    ['VC_MIX', [[1, 'mille', 0, 0]], "VC_MIX : « Redistribution » : « mille » n'est pas un montant (en euros ou en parts)"],
    ['SIAT_INDEX', [[3, 3, 0, 3, 3]], "SIAT_INDEX : « Socio-culturelle » : « 0 » n'est pas compris entre 1 et 5 (l’échelle 1–5)"],
    [
      'SRL_LEVEL',
      [[1, 1, 'fait', '', '', '', '', '', '']],
      `SRL_LEVEL : « ${SRL_COLUMNS[2]} » : « fait » n'est pas un état d'avancement (case cochée, oui/non, x, ou une proportion de 0 à 1 (0,25) ou un pourcentage (25 %))`,
    ],
    ['SRL_LEVEL', 0, "SRL_LEVEL : « preuve » : « 0 » n'est pas un niveau SRL (un entier de 1 à 9, ou « SRL 5 », « niveau 5 »)"],
    ['SRL_LABEL', 'SRL 12', "SRL_LABEL : « niveau » : « SRL 12 » n'est pas un niveau SRL (un entier de 0 à 9, ou « SRL 5 », « niveau 5 »)"],
    ['AMI_LEVEL', [['Fort', 'Fortissimo']], "AMI_LEVEL : « colonne 2 » : « Fortissimo » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)"],
  ])('%s single-row message', (fn, arg, message) => {
    expect(errorOf(fn, arg)).toBe(message);
  });
});

describe('incomplete rows are a status, not an error', () => {
  const partial = [...REPAIR.ami.slice(0, 9), '', '', ''];

  test('single-row: the status text, no throw', () => {
    expect(call('AMI_SCORE', [partial])).toBe('⚠ incomplet : 9/12 critères notés');
    expect(call('AMI_PROFILE', [partial])).toEqual([['⚠ incomplet : 9/12 critères notés', '', '', '']]);
    expect(call('AMI_GAPS', [partial], '', 'en')).toBe('⚠ incomplete: 9/12 criteria scored');
    expect(call('VC_SCORE', [[3, '', '', '', '']])).toBe('⚠ incomplet : 1/5 points renseignés');
    expect(call('SIAT_INDEX', [[3, 3, 3, 3, '']])).toBe('⚠ incomplet : 4/5 dimensions notées');
    expect(call('SROI_VALUE', 10, '')).toBe('⚠ incomplet : quantité et proxy requis');
  });

  test('multi-row: the same status in its row', () => {
    expect(call('AMI_SCORE', [REPAIR.ami, partial])).toEqual([[26], ['⚠ incomplet : 9/12 critères notés']]);
  });

  test('SRL checklist mode: an empty cell in a non-empty row is an unreached level, not a gap', () => {
    expect(call('SRL_LEVEL', [[true, true, '', true, '', '', '', '', '']])).toBe(2);
  });

  test('VC_MIX: empty amounts count 0; a non-empty row totalling 0 gets a status', () => {
    expect(call('VC_MIX', [[0, '', '', '']])).toEqual([['⚠ total nul : aucun montant capté', '', '']]);
    expect(call('VC_MIX', [['', '', '', '']])).toEqual([['', '', '']]);
  });

  test('SROI_RATIO per row: a missing investment is a status', () => {
    expect(call('SROI_RATIO', [[1000], [2000]], [[500], ['']])).toEqual([[2], ['⚠ incomplet : investissement manquant']]);
  });
});

describe('lang', () => {
  test.each([['en'], ['EN'], [' english '], ['anglais']])('%p gives English text', (lang) => {
    expect(call('SRL_PHASE', 6, lang)).toBe('Experimental pilot');
  });

  test.each([['fr'], ['FR'], ['français'], [''], [null], [undefined]])('%p gives French text', (lang) => {
    expect(call('SRL_PHASE', 6, lang)).toBe('Pilote expérimental');
  });

  test('English results of the text functions', () => {
    expect(call('SRL_LABEL', [[0], [5]], 'en')).toEqual([['No level reached'], ['Key functions prototyped (Prototypage des fonctions clés)']]);
    expect(call('SRL_PHASE', [[4], [8]], 'en')).toEqual([['Concept'], ['Institutionalisation']]);
    expect(call('VC_FLAGS', [[0, 3, 3, 1, 3]], 'en')).toBe('Risk-taking ; Durability of support');
    expect(call('VC_MIX', [[0, 0, 0, 5]], 'en')).toEqual([['Compensating third party', 0, 1]]);
    expect(call('VC_MIX', [[0, 0, 0, 0]], 'en')).toEqual([['⚠ zero total: nothing captured', '', '']]);
    expect(call('AMI_GAPS', [[...ALL_3.slice(0, 11), 'Faible']], 'Fort', 'en')).toBe('Openness to research (1→3)');
  });

  test('an unknown language is a call error naming the value', () => {
    expect(errorOf('SRL_PHASE', 5, 'de')).toBe("SRL_PHASE : lang : « de » n'est pas une langue (« fr » ou « en »)");
    expect(errorOf('VC_MIX', [[1, 0, 0, 0]], 'constructor')).toBe("VC_MIX : lang : « constructor » n'est pas une langue (« fr » ou « en »)");
  });
});

describe('weights', () => {
  test('AMI weights in a row or a column give the same result', () => {
    const column = AMI_WEIGHTS.map((w) => [w]);
    expect(call('AMI_SCORE', [REPAIR.ami], [AMI_WEIGHTS])).toBe(REPAIR_CAFE_WEIGHTED.score);
    expect(call('AMI_SCORE', [REPAIR.ami], column)).toBe(REPAIR_CAFE_WEIGHTED.score);
    expect(call('AMI_SCORE', [REPAIR.ami], column, 20)).toBeCloseTo(REPAIR_CAFE_WEIGHTED.outOf20, 9);
    expectCells(call('AMI_PROFILE', [REPAIR.ami], column), [REPAIR_CAFE_WEIGHTED.profile]);
    expectCells(call('AMI_PROFILE', [REPAIR.ami], [AMI_WEIGHTS], 100), [REPAIR_CAFE_WEIGHTED.profile100]);
    // weights as text, as a Paramètres sheet may hold them
    expect(call('AMI_SCORE', [REPAIR.ami], [AMI_WEIGHTS.map((w) => `${w},0`)])).toBe(REPAIR_CAFE_WEIGHTED.score);
  });

  test('all weights 1 is the default', () => {
    expect(call('AMI_SCORE', [REPAIR.ami], [Array(12).fill(1)])).toBe(call('AMI_SCORE', [REPAIR.ami]));
  });

  test('a group whose weights are all zero scores 0 when rescaled', () => {
    const contentOnly = [0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0];
    expect(call('AMI_PROFILE', [REPAIR.ami], [contentOnly], 20)).toEqual([[0, (7 / 9) * 20, 0, (7 / 9) * 20]]);
  });

  test('SIAT weights', () => {
    expect(call('SIAT_INDEX', [REPAIR.siat], [SIAT_WEIGHTS])).toBeCloseTo(REPAIR_CAFE_SIAT_WEIGHTED, 9);
    expect(
      call(
        'SIAT_INDEX',
        [REPAIR.siat],
        SIAT_WEIGHTS.map((w) => [w]),
      ),
    ).toBeCloseTo(REPAIR_CAFE_SIAT_WEIGHTED, 9);
  });

  test.each([
    [[[...AMI_WEIGHTS.slice(0, 11), -1]], 'AMI_SCORE : weights : le poids n° 12 (« -1 ») doit être un nombre positif ou nul'],
    [[[...AMI_WEIGHTS.slice(0, 11), 'lourd']], 'AMI_SCORE : weights : le poids n° 12 (« lourd ») doit être un nombre positif ou nul'],
    [[[...AMI_WEIGHTS.slice(0, 11), '']], 'AMI_SCORE : weights : le poids n° 12 est vide (mettez 0 pour ignorer ce critère)'],
    [[Array(12).fill(0)], 'AMI_SCORE : weights : les poids ne peuvent pas être tous nuls'],
    [[AMI_WEIGHTS.slice(0, 5)], 'AMI_SCORE : weights : il faut 12 poids (un par critère de la grille AMI), en ligne ou en colonne'],
    [[AMI_WEIGHTS.slice(0, 6), AMI_WEIGHTS.slice(6)], 'AMI_SCORE : weights : il faut 12 poids (un par critère de la grille AMI), en ligne ou en colonne'],
  ])('bad weights %#: a call error', (weights, message) => {
    expect(errorOf('AMI_SCORE', [REPAIR.ami], weights)).toBe(message);
  });

  test('a blank weight names what it weighs: a criterion for AMI, a dimension for SIAT', () => {
    expect(errorOf('SIAT_INDEX', [REPAIR.siat], [[1, '', 1, 1, 1]])).toBe(
      'SIAT_INDEX : weights : le poids n° 2 est vide (mettez 0 pour ignorer cette dimension)',
    );
  });

  test('bad weights are a call error even in a multi-row call', () => {
    expect(errorOf('SIAT_INDEX', [REPAIR.siat, EPICERIE.siat], [[0, 0, 0, 0, 0]])).toBe('SIAT_INDEX : weights : les poids ne peuvent pas être tous nuls');
  });
});

describe('out_of', () => {
  test('rescales the score and each profile group on its own maximum', () => {
    expect(call('AMI_SCORE', [REPAIR.ami], '', 20)).toBeCloseTo((26 / 36) * 20, 9);
    expect(call('AMI_SCORE', [REPAIR.ami], '', '100')).toBeCloseTo((26 / 36) * 100, 9);
    expect(call('AMI_SCORE', [ALL_3], null, 20)).toBe(20);
    expectCells(call('AMI_PROFILE', [REPAIR.ami], undefined, 20), [[(9 / 12) * 20, (7 / 9) * 20, (10 / 15) * 20, (26 / 36) * 20]]);
  });

  test('omitted or empty: the raw sum', () => {
    expect(call('AMI_SCORE', [REPAIR.ami], '', '')).toBe(26);
    expect(call('AMI_SCORE', [REPAIR.ami], undefined, null)).toBe(26);
  });

  test.each([
    [0, '« 0 »'],
    [-20, '« -20 »'],
    ['vingt', '« vingt »'],
  ])('%p is a call error naming the value', (outOf, shown) => {
    expect(errorOf('AMI_SCORE', [REPAIR.ami], '', outOf)).toMatch(new RegExp(`^AMI_SCORE : out_of : ${shown}`));
  });
});

describe('AMI_GAPS', () => {
  test('lowest level first, ties in grid order, default target Fort', () => {
    const levels = [2, 0, 3, 1, 3, 0, 3, 2, 3, 3, 1, 3];
    expect(call('AMI_GAPS', [levels])).toBe(
      "Richesse du collectif (0→3) ; Rupture avec l'existant (0→3) ; Formalisation de la gouvernance (1→3) ; " +
        'Place des enjeux environnementaux (1→3) ; Caractère collectif du projet (2→3) ; Ancrage territorial (2→3)',
    );
  });

  test('a target as a number or a label; nothing below it gives ""', () => {
    const levels = [2, 0, 3, 1, 3, 0, 3, 2, 3, 3, 1, 3];
    const expected =
      "Richesse du collectif (0→2) ; Rupture avec l'existant (0→2) ; Formalisation de la gouvernance (1→2) ; Place des enjeux environnementaux (1→2)";
    expect(call('AMI_GAPS', [levels], 2)).toBe(expected);
    expect(call('AMI_GAPS', [levels], 'Intermédiaire')).toBe(expected);
    expect(call('AMI_GAPS', [levels], '2 - Intermédiaire')).toBe(expected);
    expect(call('AMI_GAPS', [levels], 'Inexistant')).toBe('');
    expect(call('AMI_GAPS', [ALL_3])).toBe('');
  });

  test("fractional levels and targets are shown with the language's decimal mark", () => {
    const levels = [...ALL_3.slice(0, 11), 1.5];
    expect(call('AMI_GAPS', [levels], 2.5)).toBe('Ouverture à la recherche (1,5→2,5)');
    expect(call('AMI_GAPS', [levels], '2,5', 'en')).toBe('Openness to research (1.5→2.5)');
  });

  test('a bad target is a call error', () => {
    expect(errorOf('AMI_GAPS', [ALL_3], 'Excellent')).toBe(
      "AMI_GAPS : target : « Excellent » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)",
    );
  });

  test('the criteria are named as in the contract', () => {
    const text = call('AMI_GAPS', [Array(12).fill(0)]) as string;
    expect(text.split(' ; ').map((s) => s.replace(' (0→3)', ''))).toEqual([...CRITERIA]);
  });
});

describe('VC_MIX', () => {
  test('ties are joined by " / " in family order', () => {
    expect(call('VC_MIX', [[0, 5, 0, 5]])).toEqual([['Redistribution / Tiers compensateur', (1 - 0.5) / 0.75, 0.5]]);
    // 1/3 + 1/3 + 1/3 in floating point still ties
    const three = call('VC_MIX', [[0, 1, 1, 1]]) as unknown[][];
    expect(three[0][0]).toBe('Redistribution / Communauté / Tiers compensateur');
    expect(three[0][1]).toBeCloseTo((1 - 3 / 9) / 0.75, 12);
    expect(three[0][2]).toBeCloseTo(1 / 3, 12);
  });

  test('hybridity is 0 for one family and 1 for four equal shares, and stays within [0, 1]', () => {
    expect((call('VC_MIX', [[0, 0, 7, 0]]) as unknown[][])[0]).toEqual(['Communauté', 0, 1]);
    expect((call('VC_MIX', [['2,5', '2,5', '2,5', '2,5']]) as unknown[][])[0]).toEqual(['Marché / Redistribution / Communauté / Tiers compensateur', 1, 0.25]);
    const rows = Array.from({ length: 200 }, (_, i) => [i % 7, (i * 3) % 11, (i * 5) % 13, i % 2]);
    for (const [, h, share] of call('VC_MIX', rows) as unknown[][]) {
      if (typeof h !== 'number') continue; // the all-zero row
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThanOrEqual(1);
      expect(share).toBeGreaterThanOrEqual(0.25);
      expect(share).toBeLessThanOrEqual(1);
    }
  });

  test('amounts as euros with grouping spaces', () => {
    expect(call('VC_MIX', [['12 500 €', '12\u00a0500 €', '', '']])).toEqual([['Marché / Redistribution', (1 - 0.5) / 0.75, 0.5]]);
  });
});

describe('SRL_LEVEL threshold', () => {
  const evidence = [1, 1, '90 %', 0.8, '0,75', '', '', '', ''];

  test.each([
    [undefined, 2],
    ['', 2],
    [1, 2],
    ['100 %', 2],
    [0.9, 3],
    ['90 %', 3],
    [0.8, 4],
    ['80%', 4],
    ['0,8', 4],
    [0.75, 5],
    ['75 %', 5],
    [0.01, 5],
  ])('threshold %p → %p', (threshold, level) => {
    expect(call('SRL_LEVEL', [evidence], threshold)).toBe(level);
  });

  test('a level above an unreached level does not count', () => {
    expect(call('SRL_LEVEL', [[true, false, ...Array(7).fill(true)]])).toBe(1);
    expect(call('SRL_LEVEL', [[false, ...Array(8).fill(true)]])).toBe(0);
    expect(call('SRL_LEVEL', [SRL_FULL])).toBe(9);
  });

  test.each([
    [0, 'SRL_LEVEL : threshold : « 0 » : doit être supérieur à 0 (jusqu’à 1, soit 100 %)'],
    ['0 %', 'SRL_LEVEL : threshold : « 0 % » : doit être supérieur à 0 (jusqu’à 1, soit 100 %)'],
    ['120 %', "SRL_LEVEL : threshold : « 120 % » n'est pas compris entre 0 et 100 %"],
    [80, 'SRL_LEVEL : threshold : « 80 » est ambigu : écrivez 80 % ou 0,8 (une proportion de 0 à 1 (0,25) ou un pourcentage (25 %))'],
    ['beaucoup', "SRL_LEVEL : threshold : « beaucoup » n'est pas une proportion de 0 à 1 (0,25) ou un pourcentage (25 %)"],
  ])('threshold %p is a call error', (threshold, message) => {
    expect(errorOf('SRL_LEVEL', [evidence], threshold)).toBe(message);
  });

  test('declared mode ignores the threshold and reads one column', () => {
    expect(call('SRL_LEVEL', [[7], ['niveau 4']], 0.5)).toEqual([[7], [4]]);
  });
});

describe('SRL_PHASE and SRL_LABEL', () => {
  test('phases: 0–4 Concept, 5–7 Pilote expérimental, 8–9 Institutionnalisation', () => {
    const levels = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]];
    expect(call('SRL_PHASE', levels)).toEqual([
      [
        'Concept',
        'Concept',
        'Concept',
        'Concept',
        'Concept',
        'Pilote expérimental',
        'Pilote expérimental',
        'Pilote expérimental',
        'Institutionnalisation',
        'Institutionnalisation',
      ],
    ]);
  });

  test('labels', () => {
    expect(call('SRL_LABEL', 0)).toBe('Aucun niveau atteint');
    expect(call('SRL_LABEL', 'SRL 1')).toBe('Besoins et problématisation');
    expect(call('SRL_LABEL', 9)).toBe('Intégration au sein de la société dans son ensemble');
  });

  test.each([[10], [4.5], ['SRL'], [-1], [true]])('%p is a bad level', (level) => {
    expect(errorOf('SRL_PHASE', level)).toMatch(/^SRL_PHASE : « niveau » : « .* » n'est pas un niveau SRL \(un entier de 0 à 9, ou « SRL 5 », « niveau 5 »\)$/);
  });
});

describe('SROI_VALUE', () => {
  test('defaults: no deadweight, attribution, displacement, drop-off; 1 year; 3,5 %', () => {
    expect(call('SROI_VALUE', 10, 100)).toBeCloseTo(1000 / 1.035, 9);
    expect(call('SROI_VALUE', 10, 100, '', '', '', '', '', '')).toBeCloseTo(1000 / 1.035, 9);
    expect(call('SROI_VALUE', 10, 100, null, null, null, null, null, null)).toBeCloseTo(1000 / 1.035, 9);
    expect(call('SROI_VALUE', 10, 100, 0, 0, 0, 0, 1, 0.035)).toBeCloseTo(1000 / 1.035, 9);
  });

  test('years and rate', () => {
    // 1 000 a year for 3 years at 0 %: 3 000; at 10 %: 1000/1,1 + 1000/1,21 + 1000/1,331
    expect(call('SROI_VALUE', 10, 100, '', '', '', '', 3, 0)).toBeCloseTo(3000, 9);
    expect(call('SROI_VALUE', 10, 100, '', '', '', '', 3, '10 %')).toBeCloseTo(1000 / 1.1 + 1000 / 1.21 + 1000 / 1.331, 9);
    expect(call('SROI_VALUE', 1, 1, '', '', '', '', 50, 0)).toBe(50);
  });

  test('scalars apply to every row of the columns', () => {
    expectCells(call('SROI_VALUE', [[10], [20], ['']], 100, '50 %', '', '', '', 2, 0), [[1000], [2000], ['']]);
    expectCells(call('SROI_VALUE', 10, [[100], [-100]], '', '', '', '', '', 0), [[1000], [-1000]]);
  });

  test.each([
    ['years 0', [1, 1, '', '', '', '', 0], "SROI_VALUE : « durée (années) » : « 0 » n'est pas compris entre 1 et 50 (la durée en années)"],
    ['years 51', [1, 1, '', '', '', '', 51], "SROI_VALUE : « durée (années) » : « 51 » n'est pas compris entre 1 et 50 (la durée en années)"],
    [
      'years 2,5',
      [1, 1, '', '', '', '', '2,5'],
      "SROI_VALUE : « durée (années) » : « 2,5 » n'est pas un nombre entier compris entre 1 et 50 (la durée en années)",
    ],
    [
      'rate 100 %',
      [1, 1, '', '', '', '', '', '100 %'],
      'SROI_VALUE : « taux d’actualisation » : « 100 % » : le taux d’actualisation doit être inférieur à 100 %',
    ],
    ['rate 1', [1, 1, '', '', '', '', '', 1], 'SROI_VALUE : « taux d’actualisation » : « 1 » : le taux d’actualisation doit être inférieur à 100 %'],
    [
      'rate 3,5 (ambiguous)',
      [1, 1, '', '', '', '', '', 3.5],
      'SROI_VALUE : « taux d’actualisation » : « 3,5 » est ambigu : écrivez 3,5 % ou 0,035 (une proportion de 0 à 1 (0,25) ou un pourcentage (25 %))',
    ],
    ['quantity < 0', [-1, 1], 'SROI_VALUE : « quantité » : « -1 » est négatif : une quantité est positive ou nulle'],
    ['proxy text', [1, 'cher'], "SROI_VALUE : « proxy financier » : « cher » n'est pas un montant en euros"],
    ['deadweight 120 %', [1, 1, '120 %'], "SROI_VALUE : « point mort » : « 120 % » n'est pas compris entre 0 et 100 %"],
    [
      'attribution 30',
      [1, 1, '', 30],
      'SROI_VALUE : « attribution » : « 30 » est ambigu : écrivez 30 % ou 0,3 (une proportion de 0 à 1 (0,25) ou un pourcentage (25 %))',
    ],
    ['displacement -0,1', [1, 1, '', '', -0.1], "SROI_VALUE : « déplacement » : « -0,1 » n'est pas compris entre 0 et 100 %"],
    [
      'dropoff text',
      [1, 1, '', '', '', 'beaucoup'],
      "SROI_VALUE : « érosion » : « beaucoup » n'est pas une proportion de 0 à 1 (0,25) ou un pourcentage (25 %)",
    ],
  ])('%s', (_name, args, message) => {
    expect(errorOf('SROI_VALUE', ...args)).toBe(message);
  });

  test("in a multi-row call a bad value is that row's ⚠ cell", () => {
    expect(call('SROI_VALUE', [[1], [1]], 100, '', '', '', '', [[1], [0]], 0)).toEqual([
      [100],
      ["⚠ SROI_VALUE : 2e ligne de la plage, « durée (années) » : « 0 » n'est pas compris entre 1 et 50 (la durée en années)"],
    ]);
  });

  test('columns must have the same height and be one column wide', () => {
    expect(errorOf('SROI_VALUE', [[1], [2]], [[1], [2], [3]])).toBe(
      'SROI_VALUE : les colonnes doivent avoir la même hauteur (l’argument proxy a 3 lignes, les précédents 2)',
    );
    expect(
      errorOf(
        'SROI_VALUE',
        [
          [1, 2],
          [3, 4],
        ],
        1,
      ),
    ).toBe('SROI_VALUE : l’argument quantity doit être une seule colonne ou une seule cellule');
  });

  test('a broadcast scalar does not make an empty row a project', () => {
    expect(call('SROI_VALUE', [[10], ['']], [[100], ['']], '', '', '', '', '', '3,5 %')).toEqual([[1000 / 1.035], ['']]);
  });
});

describe('SROI_RATIO', () => {
  test('Σ present values / investment, empty cells ignored', () => {
    expect(call('SROI_RATIO', [[1000], [''], [2000]], 1000)).toBe(3);
    expect(call('SROI_RATIO', [[1000, 2000]], '1 500 €')).toBe(2);
    expect(call('SROI_RATIO', 4500, 1500)).toBe(3);
  });

  test('investment must be > 0 and present', () => {
    expect(errorOf('SROI_RATIO', [[1000]], 0)).toBe('SROI_RATIO : investment : « 0 » : l’investissement doit être supérieur à 0 €');
    expect(errorOf('SROI_RATIO', [[1000]], '')).toBe('SROI_RATIO : l’argument investment est requis (un montant > 0 €)');
    expect(errorOf('SROI_RATIO', [[1000]], 'beaucoup')).toBe("SROI_RATIO : investment : « beaucoup » n'est pas un montant en euros");
  });

  test('a value that is not a number names its position', () => {
    expect(errorOf('SROI_RATIO', [[1000], ['n/a']], 1000)).toBe("SROI_RATIO : « valeur n° 2 » : « n/a » n'est pas un montant en euros");
  });

  test('a bad investment in a column of investments names the column in French', () => {
    const [, [message]] = call('SROI_RATIO', [[1000], [3000]], [[500], ['beaucoup']]) as string[][];
    expect(message).toBe("⚠ SROI_RATIO : 2e ligne de la plage, « investissement » : « beaucoup » n'est pas un montant en euros");
  });

  test('a column of investments gives one ratio per row, and must have the same height', () => {
    expect(call('SROI_RATIO', [[1000], [3000]], [[500], [1000]])).toEqual([[2], [3]]);
    expect(errorOf('SROI_RATIO', [[1000], [3000]], [[500], [1000], [1]])).toBe(
      'SROI_RATIO : l’argument investment doit être une cellule, ou une colonne de 2 lignes comme present_values',
    );
  });
});

describe('overflow is a readable error, never Infinity or NaN in a cell', () => {
  test('single-row: throws', () => {
    expect(errorOf('SROI_VALUE', 1e300, 1e300)).toBe('SROI_VALUE : le résultat dépasse la capacité d’un nombre : une valeur est beaucoup trop grande');
  });

  test('multi-row: a ⚠ cell', () => {
    expect(
      call(
        'SIAT_INDEX',
        [
          [1, 1, 1, 1, 1],
          [2, 2, 2, 2, 2],
        ],
        [[1e308, 1e308, 1, 1, 1]],
      ),
    ).toEqual([
      ['⚠ SIAT_INDEX : 1re ligne de la plage : le résultat dépasse la capacité d’un nombre : une valeur est beaucoup trop grande'],
      ['⚠ SIAT_INDEX : 2e ligne de la plage : le résultat dépasse la capacité d’un nombre : une valeur est beaucoup trop grande'],
    ]);
  });

  test('huge amounts still give shares', () => {
    expect(call('VC_MIX', [[1e308, 1e308, 0, 0]])).toEqual([['Marché / Redistribution', (1 - 0.5) / 0.75, 0.5]]);
  });
});
