/**
 * MATCH with a sorted mode over a computed array (dev/engine/sorted-match.ts): a binary search instead
 * of HyperFormula's scan at every call, with the same answers — the last of equal values, as Sheets
 * searches sorted data and as HyperFormula does over cells. Comité's rank
 * (COUNT − MATCH(mark; SORT(marks); 1) + 1) relies on it for ties; `npm run bench` shows the cost.
 */
import { HyperFormula } from 'hyperformula';

import { loadAddon } from '../../dev/addon/load';
import { createFormulaEngine } from '../../dev/engine/formula-engine';
import { lastNotPast } from '../../dev/engine/sorted-match';
import { builtBundle } from '../helpers/bundle';

let hf: HyperFormula;
afterEach(() => hf?.destroy());

/** Column A: 2, 1, 2, 3, 2 and a blank; column C the same numbers sorted, as cells. */
function engine(formulas: Record<string, string>): HyperFormula {
  const rows: unknown[][] = [
    [2, null, 1],
    [1, null, 2],
    [2, null, 2],
    [3, null, 2],
    [2, null, 3],
    [null, null, null],
  ];
  const sheet = { Feuille: rows.map((r) => [...r]) };
  hf = createFormulaEngine(loadAddon({}, builtBundle()), sheet, 'addon');
  const id = hf.getSheetId('Feuille')!;
  Object.entries(formulas).forEach(([cell, formula], i) => hf.setCellContents({ sheet: id, row: i, col: 4 + Number(cell === 'rank') }, formula));
  return hf;
}
const at = (row: number, col: number) => hf.getCellValue({ sheet: hf.getSheetId('Feuille')!, row, col });
const SORTED = 'SORT(FILTER(A1:A6;ISNUMBER(A1:A6)))';

test('over sorted numbers (1, 2, 2, 2, 3): the last value not past the key, as over the same numbers in cells', () => {
  engine({
    a: `=MATCH(2;${SORTED};1)`,
    b: '=MATCH(2;C1:C5;1)',
    c: `=MATCH(5/2;${SORTED};1)`,
    d: '=MATCH(2;ARRAYFORMULA(-SORT(-C1:C5));-1)',
    e: `=MATCH(9;${SORTED};1)`,
    f: `=MATCH(2;${SORTED};0)`,
  });
  // 2 in 1, 2, 2, 2, 3 → the third 2, 4th; the same in cells; 2.5 → the last 2 too; descending
  // 3, 2, 2, 2, 1 (HyperFormula sorts ascending only: negated twice) with -1 → the last 2, 4th; 9 → the 3, 5th; exact (0) → the first 2, 2nd.
  expect([0, 1, 2, 3, 4, 5].map((r) => at(r, 4))).toEqual([4, 4, 4, 4, 5, 2]);
});

test('nothing not past the key is #N/A, as HyperFormula says it', () => {
  engine({ a: `=MATCH(0;${SORTED};1)` });
  expect(at(0, 4)).toMatchObject({ type: 'NA' });
});

test('the committee’s rank: tied marks share the higher rank (1 + how many marks are higher)', () => {
  engine({ rank: '=ARRAYFORMULA(IF(ISNUMBER(A1:A6);COUNT(A1:A6)-MATCH(A1:A6;SORT(FILTER(A1:A6;ISNUMBER(A1:A6)));1)+1;""))' });
  // Marks 2, 1, 2, 3, 2, blank: the 3 is first; the three 2s share 2nd; the 1 is 5th; no mark, no rank.
  expect([0, 1, 2, 3, 4, 5].map((r) => at(r, 5))).toEqual([2, 5, 2, 1, 2, '']);
});

test('the engine’s MATCH is this one', () => {
  engine({});
  expect(HyperFormula.getFunctionPlugin('MATCH')?.name).toBe('SortedMatch');
});

test('lastNotPast: the binary search itself', () => {
  expect(lastNotPast([1, 2, 2, 2, 3], 2, 1)).toBe(3);
  expect(lastNotPast([1, 2, 2, 2, 3], 0, 1)).toBe(-1);
  expect(lastNotPast([1, 2, 2, 2, 3], 7, 1)).toBe(4);
  expect(lastNotPast([3, 2, 2, 2, 1], 2, -1)).toBe(3);
  expect(lastNotPast([3, 2, 2, 2, 1], 4, -1)).toBe(-1);
  expect(lastNotPast([3, 2, 2, 2, 1], 0, -1)).toBe(4);
  expect(lastNotPast([], 1, 1)).toBe(-1);
});
