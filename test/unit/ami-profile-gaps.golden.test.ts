/**
 * AMI_PROFILE_GAPS (issue 10): Grille AMI's five computed columns in one run, AMI_PROFILE's four
 * figures then AMI_GAPS's text. Hand-computed rows first, then the golden projects (whose profile and
 * gaps are computed by hand in test/fixtures/golden.ts), then a property: on random grids it is the
 * two functions side by side, cell for cell, a message naming AMI_PROFILE_GAPS instead.
 */
import fc from 'fast-check';

import { CRITERIA, GOLDEN, type Expected } from '../fixtures/golden';
import { call } from '../helpers/functions';
import { expectCells } from '../helpers/expect';

describe('hand-computed rows', () => {
  test('a complete grid: the four group sums, then the criteria below Fort, lowest first', () => {
    // Levels 3 3 2 1 | 3 2 2 | 3 3 1 3 0 (Repair Café): Portage 3+3+2+1 = 9, Contenu 3+2+2 = 7,
    // Contexte 3+3+1+3+0 = 10, Total 9+7+10 = 26; below 3: criterion 12 at 0, then 4 and 10 at 1,
    // then 3, 6 and 7 at 2 (grid order among equals).
    const levels = ['Fort', 'Fort', 'Intermédiaire', 'Faible', 'Fort', 'Intermédiaire', 'Intermédiaire', 'Fort', 'Fort', 'Faible', 'Fort', 'Inexistant'];
    const gaps = [
      `${CRITERIA[11]} (0→3)`,
      `${CRITERIA[3]} (1→3)`,
      `${CRITERIA[9]} (1→3)`,
      `${CRITERIA[2]} (2→3)`,
      `${CRITERIA[5]} (2→3)`,
      `${CRITERIA[6]} (2→3)`,
    ].join(' ; ');
    expect(call('AMI_PROFILE_GAPS', [levels])).toEqual([[9, 7, 10, 26, gaps]]);
    // Weights 2 on criterion 1, 1 elsewhere: Portage 2·3+3+2+1 = 12, Total 12+7+10 = 29; target
    // Intermédiaire (2): only criteria 12 (0→2), 4 and 10 (1→2) are below it; in English.
    const weights = [2, ...Array(11).fill(1)];
    expect(call('AMI_PROFILE_GAPS', [levels], [weights], 'Intermédiaire', 'en')).toEqual([
      [12, 7, 10, 29, 'Openness to research (0→2) ; Formalised governance (1→2) ; Economic viability (1→2)'],
    ]);
  });

  test('several rows: a blank row stays blank, an incomplete one shows its status in Portage and in the gaps, a typo its ⚠ in both', () => {
    const all2 = Array(12).fill(2); // each group at 2 per criterion: 2·4 = 8, 2·3 = 6, 2·5 = 10, total 24
    const partial = [3, 3, '', ...Array(9).fill(3)]; // 11 of 12 scored
    const typo = [3, 'Trés fort', ...Array(10).fill(3)];
    const result = call('AMI_PROFILE_GAPS', [all2, Array(12).fill(''), partial, typo]) as unknown[][];
    expect(result[0].slice(0, 4)).toEqual([8, 6, 10, 24]);
    expect(result[0][4]).toBe(CRITERIA.map((c) => `${c} (2→3)`).join(' ; '));
    expect(result[1]).toEqual(['', '', '', '', '']);
    expect(result[2]).toEqual(['⚠ incomplet : 11/12 critères notés', '', '', '', '⚠ incomplet : 11/12 critères notés']);
    const message = `⚠ AMI_PROFILE_GAPS : 4e ligne de la plage, « ${CRITERIA[1]} » : « Trés fort » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)`;
    expect(result[3]).toEqual([message, '', '', '', message]);
  });

  test('one row with a typo: the call fails with the message naming the function, as AMI_PROFILE’s does', () => {
    expect(() => call('AMI_PROFILE_GAPS', [[3, 'Trés fort', ...Array(10).fill(3)]])).toThrow(
      `AMI_PROFILE_GAPS : « ${CRITERIA[1]} » : « Trés fort » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)`,
    );
  });
});

describe('the golden projects', () => {
  /** The cells a function's golden expectation gives in a multi-row call, at range row `row`. */
  const cells = (e: Expected, width: number, fn: string, row: number): unknown[] => {
    if ('ok' in e) return e.ok;
    const out: unknown[] = Array(width).fill('');
    if ('status' in e) out[0] = `⚠ ${e.status}`;
    if ('bad' in e) out[0] = `⚠ ${fn} : ${row}${row === 1 ? 're' : 'e'} ligne de la plage, « ${e.bad.column} » : ${e.bad.detail}`;
    return out;
  };

  test('each row is the golden AMI_PROFILE then the golden AMI_GAPS', () => {
    const result = call(
      'AMI_PROFILE_GAPS',
      GOLDEN.map((p) => p.ami),
    ) as unknown[][];
    GOLDEN.forEach((p, i) => {
      const want = [...cells(p.expected.AMI_PROFILE!, 4, 'AMI_PROFILE_GAPS', i + 1), ...cells(p.expected.AMI_GAPS!, 1, 'AMI_PROFILE_GAPS', i + 1)];
      expectCells(result[i], want, p.name);
    });
  });
});

describe('property: AMI_PROFILE_GAPS is AMI_PROFILE beside AMI_GAPS', () => {
  const level = fc.oneof(
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 12 }).map((q) => q / 4),
    fc.constantFrom('Inexistant', 'Faible', 'Intermédiaire', 'Fort', 'Strong', '2 - Intermédiaire', '2,5', '', '', 'Trés fort', 7, -1, true),
  );
  const grid = fc.array(fc.array(level, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 6 });
  const weights = fc.option(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }), { nil: undefined });
  const target = fc.option(fc.constantFrom(0, 1, 2, 3, 'Faible', 'Fort', 2.5), { nil: undefined });
  const lang = fc.constantFrom('fr', 'en', undefined);
  /** A call's result, or the message it fails with. */
  const outcome = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (e) {
      return { throws: (e as Error).message };
    }
  };
  const rows = (v: unknown): unknown[][] => (Array.isArray(v) ? (v as unknown[][]) : [[v]]);
  // AMI_PROFILE's messages are in French (it has no lang); the combined function speaks the call's language.
  const named = (v: unknown) => JSON.stringify(v).replaceAll('AMI_PROFILE_GAPS', 'FN').replaceAll('AMI_PROFILE', 'FN').replaceAll('AMI_GAPS', 'FN');

  test('cell for cell, on grids with blanks, bad values, averages, weights and targets', () => {
    fc.assert(
      fc.property(grid, weights, target, lang, (levels, w, t, l) => {
        const wArg = w === undefined ? '' : [w];
        const tArg = t ?? '';
        const got = outcome(() => call('AMI_PROFILE_GAPS', levels, wArg, tArg, l ?? ''));
        const profile = outcome(() => call('AMI_PROFILE', levels, wArg));
        const gaps = outcome(() => call('AMI_GAPS', levels, tArg, l ?? ''));
        if (l !== 'en') {
          if (typeof profile === 'object' && profile !== null && 'throws' in profile) return expect(named(got)).toBe(named(profile));
          const want = rows(profile).map((row, i) => [...row, ...rows(gaps)[i]]);
          expect(named(rows(got))).toBe(named(want));
          return;
        }
        // In English, AMI_GAPS's column is AMI_GAPS's own and the figures are AMI_PROFILE's; a status
        // is in Portage where AMI_PROFILE shows its own (in French).
        if (typeof gaps === 'object' && gaps !== null && 'throws' in gaps) return expect(got).toHaveProperty('throws');
        const g = rows(got);
        rows(profile).forEach((row, i) => {
          expect(named(g[i][4])).toBe(named(rows(gaps)[i][0]));
          if (typeof row[0] === 'number') expect(g[i].slice(0, 4)).toEqual(row);
          else expect(String(g[i][0]).startsWith('⚠') === String(row[0]).startsWith('⚠')).toBe(true);
        });
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});
