/**
 * Issue 13 in the formula API: SROI_VALUE's new last argument (start), SROI_YEARS, SROI_NPV,
 * SROI_PAYBACK and SROI_SWITCH — results computed by hand, shapes, and bad values as `⚠` rows naming
 * the row and the value (a single-row call throws, as every function does).
 */
import { MAX_YEARS } from '../../src/core/sroi/valuation';
import { expectCells, thrownMessage } from '../helpers/expect';
import { call } from '../helpers/functions';

const errorOf = (fn: string, ...args: unknown[]) => thrownMessage(() => call(fn, ...args));
const blanks = (n: number) => Array.from({ length: n }, () => '');

describe('SROI_VALUE with a start', () => {
  test('the start delays the outcome: 1 000 a year, 3 years from year 2, at 10 %', () => {
    // 1 000/1,1² + 1 000/1,1³ + 1 000/1,1⁴ = 826,45 + 751,31 + 683,01 = 2 260,77
    expect(call('SROI_VALUE', 10, 100, '', '', '', '', 3, '10 %', 1)).toBeCloseTo(1000 / 1.21 + 1000 / 1.331 + 1000 / 1.4641, 9);
  });

  test('a blank start is 0: the results of every existing formula are unchanged', () => {
    expect(call('SROI_VALUE', 10, 100, '', '', '', '', 3, '10 %', '')).toBe(call('SROI_VALUE', 10, 100, '', '', '', '', 3, '10 %'));
  });

  test('a bad start names the row and the value; a start past the calendar says what to change', () => {
    expect(call('SROI_VALUE', [[10], [10]], 100, '', '', '', '', 3, 0, [[1], ['deux']])).toEqual([
      [3000],
      [
        "⚠ SROI_VALUE : 2e ligne de la plage, « début (années après l’action) » : « deux » n'est pas un nombre compris entre 0 et 49 (le début de l’effet en années après l’action)",
      ],
    ]);
    expect(errorOf('SROI_VALUE', 1, 1, '', '', '', '', 50, '', 1)).toBe(
      'SROI_VALUE : « début (années après l’action) » : « 1 » : l’effet finirait après 50 ans (début 1 + durée 50) ; raccourcissez la durée ou avancez le début',
    );
  });
});

describe('SROI_YEARS', () => {
  test('one column per year: 0 before the start, the present value of each year, empty after the end', () => {
    const [row] = call('SROI_YEARS', 10, 100, '', '', '', '', 3, '10 %', 1) as unknown[][];
    expect(row).toHaveLength(MAX_YEARS);
    expectCells(row.slice(0, 4), [0, 1000 / 1.21, 1000 / 1.331, 1000 / 1.4641]);
    expect(row.slice(4)).toEqual(blanks(MAX_YEARS - 4));
  });

  test('rows: blank rows stay blank, an incomplete row is a status, a bad value a ⚠ row', () => {
    const result = call('SROI_YEARS', [[10], [''], [''], [5]], [[100], [''], [100], [100]], '', '', '', '', [[1], [''], [''], [0]], 0) as unknown[][];
    expect(result[0].slice(0, 2)).toEqual([1000, '']);
    expect(result[1]).toEqual(blanks(MAX_YEARS));
    expect(result[2]).toEqual(['⚠ incomplet : quantité et proxy requis', ...blanks(MAX_YEARS - 1)]);
    expect(result[3]).toEqual([
      "⚠ SROI_YEARS : 4e ligne de la plage, « durée (années) » : « 0 » n'est pas compris entre 1 et 50 (la durée en années)",
      ...blanks(MAX_YEARS - 1),
    ]);
  });
});

describe('SROI_NPV', () => {
  test('NPV and net SROI with the investment spread over two years', () => {
    // values 1 200 + 1 090,91 = 2 290,91; investment 1 000 + 1 100/1,1 = 2 000 → NPV 290,91, net SROI 0,14545
    const pv = 1200 + 1320 / 1.21;
    expectCells(call('SROI_NPV', [[1200], [1320 / 1.21]], [[1000, 1100]], '10 %'), [[pv - 2000, (pv - 2000) / 2000]]);
  });

  test('one amount: NPV = Σ − investment (the rate changes nothing); blank values ignored', () => {
    // 3 000 + 1 500 − 1 500 = 3 000, net SROI 2
    expect(call('SROI_NPV', [[3000], [''], [1500]], '1 500 €')).toEqual([[3000, 2]]);
  });

  test('per row: each project’s amounts; a missing investment is a status, a bad amount a ⚠ row', () => {
    expect(call('SROI_NPV', [[3000], [1000], [5000]], [[1000], [''], ['-5']])).toEqual([
      [2000, 2],
      ['⚠ incomplet : investissement manquant', ''],
      ['⚠ SROI_NPV : 3e ligne de la plage, « investissement, montant n° 1 » : « -5 » est négatif : un montant investi est positif ou nul', ''],
    ]);
  });

  test('per row with amounts per year: each row its own instalments', () => {
    // 2 200 against 1 000 + 1 100/1,1 = 2 000 at 10 %: NPV 200, net 0,1; 3 000 against 1 000 + 0: NPV 2 000, net 2
    expectCells(
      call(
        'SROI_NPV',
        [[2200], [3000]],
        [
          [1000, 1100],
          [1000, ''],
        ],
        '10 %',
      ),
      [
        [200, 0.1],
        [2000, 2],
      ],
    );
  });

  test('bad arguments: no investment, 0 €, a range of another height', () => {
    expect(errorOf('SROI_NPV', [[3000]], '')).toBe('SROI_NPV : l’argument investment est requis (un montant > 0 €)');
    expect(errorOf('SROI_NPV', [[3000]], 0)).toBe('SROI_NPV : « investissement, montant n° 1 » : « 0 » : l’investissement doit être supérieur à 0 €');
    expect(errorOf('SROI_NPV', [[1], [2], [3]], [[1], [2]])).toBe(
      'SROI_NPV : l’argument investment doit être une ligne de montants (un par année), ou une plage de 3 lignes comme present_values',
    );
    expect(errorOf('SROI_NPV', [[1]], 100, '100 %')).toBe('SROI_NPV : rate : « 100 % » : le taux d’actualisation doit être inférieur à 100 %');
  });
});

describe('SROI_PAYBACK', () => {
  test('the Guide’s case: 3 000 ÷ (1 200 ÷ 12) = 30 months, whatever the rows the years are split into', () => {
    expect(call('SROI_PAYBACK', [[1200, 1200, 1200, 1200, 1200]], 3000, 0)).toBe(30);
    // 600 + 600 a year, and 1 200 in year 3 split as 600 + 600 (a blank is 0): 1 200 a year, still 30 months
    expect(
      call(
        'SROI_PAYBACK',
        [
          [600, 600, ''],
          [600, 600, 1200],
        ],
        3000,
        0,
      ),
    ).toBe(30);
  });

  test('an investment in two instalments: 20,8 months (core’s golden case)', () => {
    // year values 1 200 and 1 090,91; −1 000, +1 200, −1 000 at the end of year 1, +1 090,91: 1 + 800/1 090,91 years
    expect(call('SROI_PAYBACK', [[1200, 1320 / 1.21]], [[1000, 1100]], '10 %')).toBeCloseTo(20.8, 9);
  });

  test('not paid back within the years: a sentence, in the language asked', () => {
    expect(call('SROI_PAYBACK', [[1000, 1000]], 3000, 0)).toBe('non remboursé sur la durée des effets');
    expect(call('SROI_PAYBACK', [[1000, 1000]], 3000, 0, 'en')).toBe('not paid back within the outcomes’ duration');
  });

  test('per row, and a bad year value names its row and year', () => {
    // 600 a year against 600: 12 months; 1 200 a year against 1 200: 12 months
    expect(
      call(
        'SROI_PAYBACK',
        [
          [600, 600],
          [1200, 1200],
        ],
        [[600], [1200]],
        0,
      ),
    ).toEqual([[12], [12]]);
    expect(
      call(
        'SROI_PAYBACK',
        [
          [600, 600],
          [1200, 'n/a'],
        ],
        [[600], [1200]],
        0,
      ),
    ).toEqual([[12], ["⚠ SROI_PAYBACK : 2e ligne de la plage, « année 2 » : « n/a » n'est pas un montant en euros"]]);
  });

  test('a status of SROI_YEARS passes through', () => {
    const years = call('SROI_YEARS', [[10], ['']], [[100], [100]], '', '', '', '', 1, 0);
    expect(call('SROI_PAYBACK', years, 500, 0)).toBe('⚠ incomplet : quantité et proxy requis');
  });
});

describe('SROI_SWITCH', () => {
  test('8 rows × 5 columns: assumption, low, base, high ratio, switching value', () => {
    // 1 000 a year for 3 years, rate 0, investment 1 500: ratio 2 (core's golden case, worked out there)
    const rows = call('SROI_SWITCH', 1500, 1, 1000, '', '', '', '', 3, 0) as unknown[][];
    expect(rows.map((r) => r[0])).toEqual([
      'quantité',
      'proxy financier',
      'point mort',
      'attribution',
      'déplacement',
      'érosion',
      'durée',
      'taux d’actualisation',
    ]);
    expectCells(rows[0], ['quantité', 1.8, 2, 2.2, -0.5]);
    expectCells(rows[2], ['point mort', 1.8, 2, 2, 0.5]);
    expectCells(rows[5], ['érosion', 2710 / 1500, 2, 2, (3 - Math.sqrt(3)) / 2]);
    expectCells(rows[6], ['durée', 4 / 3, 2, 8 / 3, -2]);
    // the rate would have to reach 1 000·(1/(1+r) + 1/(1+r)² + 1/(1+r)³) = 1 500, r ≈ 44,6 %: within [0, 99 %]
    expect(typeof rows[7][4]).toBe('number');
  });

  test('no switching value: a sentence in the cell, in the language asked', () => {
    const rows = call('SROI_SWITCH', 500, 1, 1000, '', '', '', '', 1, 0, '', 'en') as unknown[][];
    expect(rows[5]).toEqual(['drop-off', 2, 2, 2, 'none: the ratio never reaches 1:1']);
  });

  test('an incomplete outcome is a status in the first cell; a bad value throws, naming the row and the value', () => {
    const rows = call('SROI_SWITCH', 1500, [[1], ['']], [[1000], [5]], '', '', '', '', 3, 0) as unknown[][];
    expect(rows).toHaveLength(8);
    expect(rows[0][0]).toBe('⚠ SROI_SWITCH : 2e ligne de la plage : incomplet : quantité et proxy requis');
    expect(errorOf('SROI_SWITCH', 1500, [[1], [2]], [[1000], ['x']], '', '', '', '', 3, 0)).toBe(
      "SROI_SWITCH : 2e ligne de la plage, « proxy financier » : « x » n'est pas un montant en euros",
    );
    expect(errorOf('SROI_SWITCH', 0, 1, 1000)).toBe('SROI_SWITCH : « investissement » : « 0 » : l’investissement doit être supérieur à 0 €');
  });

  test('an open-ended range: blank rows are skipped, the same table as the filled rows alone', () => {
    const col = (values: unknown[]) => [...values.map((v) => [v]), ...Array.from({ length: 9998 }, () => [''])];
    const long = call('SROI_SWITCH', 1500, col([1, 2]), col([1000, 250]), '', '', '', '', 3, 0);
    expect(long).toEqual(call('SROI_SWITCH', 1500, [[1], [2]], [[1000], [250]], '', '', '', '', 3, 0));
  });

  test('an investment over years is discounted at the outcomes’ rate; with a rate per outcome it must be one amount', () => {
    // 1 000 today + 550/1,1 = 1 500; outcome 1 000 for 1 year at 10 %: 909,09 / 1 500
    const rows = call('SROI_SWITCH', [[1000, 550]], 1, 1000, '', '', '', '', 1, '10 %') as unknown[][];
    expect(rows[0][2]).toBeCloseTo(1000 / 1.1 / 1500, 12);
    expect(errorOf('SROI_SWITCH', [[1000, 550]], [[1], [1]], 1000, '', '', '', '', 1, [[0], [0.1]])).toBe(
      'SROI_SWITCH : avec un taux par effet, donnez l’investissement en un seul montant (sa valeur actualisée)',
    );
  });
});
