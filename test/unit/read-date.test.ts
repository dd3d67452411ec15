/**
 * READ_DATE (issue 12) and its core rule, readDate: a date as LATEST reads it, returned as a date, so
 * that Projets « Suivi » compares a date typed as text with TODAY(). Golden values by hand.
 */
import { readDate } from '../../src/core/assessments/dates';
import { Problem } from '../../src/core/problem';
import { expectCells, thrownMessage } from '../helpers/expect';
import { call } from '../helpers/functions';

/** A Date's local day and time, as the sheet shows it. */
const shown = (d: unknown) => {
  const x = d as Date;
  return [x.getFullYear(), x.getMonth() + 1, x.getDate(), x.getHours(), x.getMinutes()];
};

describe('readDate (core)', () => {
  test('a date cell keeps its day and time; text jj/mm/aaaa and aaaa-mm-jj are midnight of that day', () => {
    expect(shown(readDate(new Date(2026, 10, 30, 14, 5)))).toEqual([2026, 11, 30, 14, 5]);
    expect(shown(readDate('30/11/2026'))).toEqual([2026, 11, 30, 0, 0]);
    expect(shown(readDate(' 2026-03-01 '))).toEqual([2026, 3, 1, 0, 0]);
    // 1/3/2026 is the 1st of March, never January the 3rd: jj/mm first, whatever the locale.
    expect(shown(readDate('1/3/2026'))).toEqual([2026, 3, 1, 0, 0]);
    expect(shown(readDate('29/02/2024'))).toEqual([2024, 2, 29, 0, 0]); // 2024 is a leap year
  });

  test('no such day, a number, other text: a Problem saying what is accepted', () => {
    for (const bad of ['29/02/2026', '31/04/2026', '2026-13-01', 46000, 'demain', '30.11.2026']) expect(() => readDate(bad)).toThrow(Problem);
  });
});

describe('READ_DATE', () => {
  const bad = "⚠ READ_DATE : 3e ligne de la plage, « dates » : « 31/02/2026 » n'est pas une date (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj)";

  test('one result per cell: a date, blank for blank, ⚠ naming the row of a bad one (the others kept)', () => {
    const out = call('READ_DATE', [['15/03/2025'], [''], ['31/02/2026'], [new Date(2025, 8, 20)]]) as unknown[][];
    expect(shown(out[0][0])).toEqual([2025, 3, 15, 0, 0]);
    expect(out[1]).toEqual(['']);
    expect(out[2]).toEqual([bad]);
    expect(shown(out[3][0])).toEqual([2025, 9, 20, 0, 0]);
  });

  test('in English with lang "en"; a single bad cell throws (Sheets shows #ERROR!)', () => {
    expectCells(call('READ_DATE', [['x'], ['2025-01-01x']], 'en'), [
      ['⚠ READ_DATE: 1st row of the range, "dates": "x" is not a date (a date cell, or text dd/mm/yyyy or yyyy-mm-dd)'],
      ['⚠ READ_DATE: 2nd row of the range, "dates": "2025-01-01x" is not a date (a date cell, or text dd/mm/yyyy or yyyy-mm-dd)'],
    ]);
    expect(thrownMessage(() => call('READ_DATE', '32/01/2025'))).toBe(
      "READ_DATE : « dates » : « 32/01/2025 » n'est pas une date (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj)",
    );
  });

  test('a status from an upstream function passes through (LATEST’s ⚠ on a bad assessment date)', () => {
    expectCells(call('READ_DATE', [['⚠ LATEST : 7e ligne de la plage…'], ['']]), [['⚠ LATEST : 7e ligne de la plage…'], ['']]);
  });
});
