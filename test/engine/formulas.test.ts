/**
 * The custom functions inside a real formula engine (HyperFormula, through dev/engine): formulas as a
 * French user types them on the golden sheet, results spilling into the right cells, nested calls,
 * and errors shown as #ERROR! with their message — evaluated by the BUILT dist/Code.js.
 */
import type { HyperFormula } from 'hyperformula';

import { loadAddon, type Addon } from '../../dev/addon/load';
import { createFormulaEngine, shown, type Syntax } from '../../dev/engine/formula-engine';
import { builtBundle } from '../helpers/bundle';
import { expectCells } from '../helpers/expect';
import {
  GOLDEN,
  GOLDEN_CALLS,
  OUTCOMES,
  SROI_RATIO_EXPECTED,
  SROI_VALUE_CALL,
  SRL_PHASE_FR,
  columnIndex,
  expectedOf,
  goldenSheet,
  multiRowCells,
  outcomesSheet,
  rangeOf,
  singleRowResult,
  COLUMNS,
  FIRST_ROW,
  type Cell,
} from '../fixtures/golden';

const CODE = builtBundle();

let addon: Addon;
beforeAll(() => {
  addon = loadAddon({}, CODE);
});

/** Keeps typed text as text: without the `'`, the engine would read "2,5" or "50%" as numbers. */
const asText = (s: string) => `'${s}`;

/** Where formulas go on the Projets sheet: AN2, right of the data (A–AK) and a spacer column. */
const OUT_COL = columnIndex('AN');

interface Sheets {
  engine: HyperFormula;
  /** A cell as Sheets would show it ('' for empty, { error, message } for an error). */
  at(sheet: string, a1: string): unknown;
  /** `rows` × `cols` cells from `a1`. */
  block(sheet: string, a1: string, rows: number, cols: number): unknown[][];
}

function a1ToRC(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Builds an engine over the golden sheets with `formulas` written at the given cells of Projets. */
function engineWith(formulas: Record<string, string>, syntax: Syntax = 'fr', text: (s: string) => Cell = asText): Sheets {
  const projets: (Cell | null)[][] = goldenSheet(text).map((r) => [...r]);
  const effets: (Cell | null)[][] = outcomesSheet(text).map((r) => [...r]);
  // Padding is null (an empty cell): the engine counts a '' cell as content, which blocks spills.
  const place = (sheet: (Cell | null)[][], a1: string, f: string) => {
    const { row, col } = a1ToRC(a1);
    while (sheet.length <= row) sheet.push([]);
    while (sheet[row].length < col) sheet[row].push(null);
    sheet[row][col] = f;
  };
  for (const [where, f] of Object.entries(formulas)) {
    const [sheetName, a1] = where.includes('!') ? where.split('!') : ['Projets', where];
    place(sheetName === 'Effets' ? effets : projets, a1, f);
  }
  const engine = createFormulaEngine(addon, { Projets: projets, Effets: effets }, syntax);
  const id = (sheet: string) => engine.getSheetId(sheet)!;
  const at = (sheet: string, a1: string) => shown(engine.getCellValue({ sheet: id(sheet), ...a1ToRC(a1) }));
  return {
    engine,
    at,
    block: (sheet, a1, rows, cols) => {
      const { row, col } = a1ToRC(a1);
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => shown(engine.getCellValue({ sheet: id(sheet), row: row + r, col: col + c }))),
      );
    },
  };
}

const letter = (col: number): string => (col < 26 ? String.fromCharCode(65 + col) : letter(Math.floor(col / 26) - 1) + String.fromCharCode(65 + (col % 26)));

describe('every function over the golden sheet, in French syntax', () => {
  test.each(GOLDEN_CALLS.map((c) => [`=${c.fn}(${rangeOf(c.input)}${c.fr})`, c] as const))('%s', (formula, c) => {
    const s = engineWith({ AN2: formula });
    const block = s.block('Projets', 'AN2', GOLDEN.length, c.width);
    GOLDEN.forEach((p, i) => {
      const e = expectedOf(c, p);
      if (e) expectCells(block[i], multiRowCells(c, e, i + 1), `${formula} row ${i + 1} (${p.name})`);
    });
    // nothing spills beyond the result's width or height
    expect(s.at('Projets', `${letter(OUT_COL + c.width)}2`)).toBe('');
    expect(s.at('Projets', `AN${FIRST_ROW + GOLDEN.length}`)).toBe('');
  });
});

test('single-row calls for every project and function: values, statuses, and #ERROR! with the message', () => {
  // One formula per project and call, each call in its own block of columns so spills never collide.
  const formulas: Record<string, string> = {};
  const origins: { c: (typeof GOLDEN_CALLS)[number]; col: number }[] = [];
  let col = OUT_COL;
  for (const c of GOLDEN_CALLS) {
    origins.push({ c, col });
    GOLDEN.forEach((_, i) => {
      const r = FIRST_ROW + i;
      const { first, last } = COLUMNS[c.input];
      formulas[`${letter(col)}${r}`] = `=${c.fn}(${first}${r}:${last}${r}${c.fr})`;
    });
    col += c.width;
  }
  const s = engineWith(formulas);
  for (const { c, col: origin } of origins) {
    GOLDEN.forEach((p, i) => {
      const e = expectedOf(c, p);
      if (!e) return;
      const want = singleRowResult(c, e);
      const cell = `${letter(origin)}${FIRST_ROW + i}`;
      if ('throws' in want) {
        expect([c.id, p.name, s.at('Projets', cell)]).toEqual([c.id, p.name, { error: '#ERROR!', message: want.throws }]);
      } else {
        const cells = c.width === 1 ? [want.value] : (want.value as unknown[][])[0];
        expectCells(s.block('Projets', cell, 1, c.width)[0], cells, `${c.id} single (${p.name})`);
      }
    });
  }
});

describe('forms a user writes', () => {
  test('=SRL_LEVEL(N2:V16;0,8) in French syntax equals =SRL_LEVEL(N2:V16,0.8) in English syntax', () => {
    const fr = engineWith({ AN2: '=SRL_LEVEL(N2:V16;0,8)' }, 'fr').block('Projets', 'AN2', 15, 1);
    const en = engineWith({ AN2: '=SRL_LEVEL(N2:V16,0.8)' }, 'en').block('Projets', 'AN2', 15, 1);
    expect(fr.slice(0, 5)).toEqual([[5], [6], [4], [7], [6]]);
    expect(en).toEqual(fr);
    // the threshold as a percentage literal and as text
    expect(engineWith({ AN2: '=SRL_LEVEL(N2:V16;80%)' }).block('Projets', 'AN2', 15, 1)).toEqual(fr);
    expect(engineWith({ AN2: '=SRL_LEVEL(N2:V16;"80 %")' }).block('Projets', 'AN2', 15, 1)).toEqual(fr);
  });

  test('nested =SRL_PHASE(SRL_LEVEL(N2:V16;0,8))', () => {
    const s = engineWith({ AN2: '=SRL_PHASE(SRL_LEVEL(N2:V16;0,8))' });
    const phases = s.block('Projets', 'AN2', 15, 1).map((r) => r[0]);
    const levels = GOLDEN.map((p) => p.expected['SRL_LEVEL/0,8']!);
    phases.forEach((phase, i) => {
      const e = levels[i];
      if ('ok' in e) expect(phase).toBe(SRL_PHASE_FR[e.ok[0] as number]);
      else if ('blank' in e) expect(phase).toBe('');
      // the level's ⚠ text passes through unchanged: the first message is the one to act on
      else expect(phase).toMatch(new RegExp(`^⚠ SRL_LEVEL : ${i + 1}(re|e) ligne de la plage, `));
    });
  });

  test('nested with lang: =SRL_LABEL(SRL_LEVEL(N3:V3);"en")', () => {
    expect(engineWith({ AN2: '=SRL_LABEL(SRL_LEVEL(N3:V3);"en")' }).at('Projets', 'AN2')).toBe('Demonstrator being prepared (Préparation du démonstrateur)');
  });

  test('scalar forms', () => {
    const s = engineWith({
      AN2: '=SRL_LABEL(5)',
      AN3: '=SRL_PHASE(8;"en")',
      AN4: '=AMI_LEVEL("Intermédiaire")',
      AN5: '=SROI_VALUE(10;100)',
      AN6: '=SROI_VALUE(10;"1 200 €";"20 %";;;;2;0)',
      AN7: '=SRL_LEVEL("SRL 6")',
      AN8: '=AMI_SCORE(B3:M3;;20)',
    });
    expect(s.at('Projets', 'AN2')).toBe('Prototypage des fonctions clés');
    expect(s.at('Projets', 'AN3')).toBe('Institutionalisation');
    expect(s.at('Projets', 'AN4')).toBe(2);
    expect(s.at('Projets', 'AN5')).toBeCloseTo(1000 / 1.035, 8);
    expect(s.at('Projets', 'AN6')).toBeCloseTo(2 * 10 * 1200 * 0.8, 8);
    expect(s.at('Projets', 'AN7')).toBe(6);
    expect(s.at('Projets', 'AN8')).toBeCloseTo((21 / 36) * 20, 8);
  });

  test('multi-column results spill right: AMI_PROFILE 4 columns, VC_MIX 3 columns', () => {
    const s = engineWith({ AN2: '=AMI_PROFILE(B2:M3)', AN5: '=VC_MIX(AB2:AE3)' });
    expect(s.block('Projets', 'AN2', 2, 5)).toEqual([
      [9, 7, 10, 26, ''],
      [10, 8, 3, 21, ''],
    ]);
    const mix = s.block('Projets', 'AN5', 2, 4);
    expectCells(mix, [
      ['Marché', (1 - 0.38) / 0.75, 0.5, ''],
      ['Redistribution / Communauté', (1 - 0.5) / 0.75, 0.5, ''],
    ]);
  });

  test('an open-ended range (B2:M1000) gives "" below the projects', () => {
    const s = engineWith({ AN2: '=AMI_SCORE(B2:M1000)' });
    const block = s.block('Projets', 'AN2', 999, 1);
    expect(block[0]).toEqual([26]);
    expect(block.slice(15).every((r) => r[0] === '')).toBe(true);
  });

  test('weights from a column range, or an array literal, and out_of', () => {
    const weights = [2, 2, 1, 1, 2, 1, 1, 1, 1, 1, 1, 0];
    const cells = Object.fromEntries(weights.map((w, i) => [`AP${20 + i}`, String(w)]));
    const s = engineWith({ ...cells, AN2: '=AMI_SCORE(B2:M2;AP20:AP31;20)', AN3: '=AMI_SCORE(B2:M2;{2;2;1;1;2;1;1;1;1;1;1;0})' });
    expect(s.at('Projets', 'AN2')).toBeCloseTo((35 / 42) * 20, 8);
    expect(s.at('Projets', 'AN3')).toBe(35);
  });
});

describe('errors as Sheets shows them', () => {
  test('a shape error: #ERROR! with its exact message', () => {
    expect(engineWith({ AN2: '=AMI_SCORE(B2:L16)' }).at('Projets', 'AN2')).toEqual({
      error: '#ERROR!',
      message: 'AMI_SCORE : la plage levels doit avoir 12 colonnes (une par critère de la grille AMI) ; elle en a 11',
    });
  });

  test('a bad value in a single-row call: #ERROR! with its exact message', () => {
    expect(engineWith({ AN2: '=AMI_SCORE(B5:M5)' }).at('Projets', 'AN2')).toEqual({
      error: '#ERROR!',
      message: "AMI_SCORE : « Richesse du collectif » : « Trés fort » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)",
    });
  });

  test('a bad value in a multi-row call: a ⚠ cell in its row, the other rows computed', () => {
    const block = engineWith({ AN2: '=AMI_SCORE(B2:M16)' }).block('Projets', 'AN2', 5, 1);
    expect(block).toEqual([
      [26],
      [21],
      [22],
      ["⚠ AMI_SCORE : 4e ligne de la plage, « Richesse du collectif » : « Trés fort » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)"],
      [24.5],
    ]);
  });

  test('a bad option: #ERROR!', () => {
    expect(engineWith({ AN2: '=SRL_LEVEL(N2:V16;0)' }).at('Projets', 'AN2')).toEqual({
      error: '#ERROR!',
      message: 'SRL_LEVEL : threshold : « 0 » : doit être supérieur à 0 (jusqu’à 1, soit 100 %)',
    });
  });
});

describe('SROI on the Effets sheet', () => {
  const args = ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((c) => `${c}2:${c}9`).join(';');

  test(`=SROI_VALUE(${args})`, () => {
    const s = engineWith({ 'Effets!M2': `=SROI_VALUE(${args})` });
    const block = s.block('Effets', 'M2', OUTCOMES.length, 1);
    OUTCOMES.forEach((o, i) => expectCells(block[i], multiRowCells(SROI_VALUE_CALL, o.expected, i + 1), o.name));
  });

  test('=SROI_RATIO(SROI_VALUE(B2:B6;…);K2) with the investment typed « 60 000 € »', () => {
    const five = ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((c) => `${c}2:${c}6`).join(';');
    const s = engineWith({ 'Effets!M2': `=SROI_RATIO(SROI_VALUE(${five});K2)` });
    expect(s.at('Effets', 'M2')).toBeCloseTo(SROI_RATIO_EXPECTED, 8);
  });

  // Issue 13: the result shapes the registry declares are the ones the engine spills.
  const five = ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((c) => `${c}2:${c}6`).join(';');

  test('=SROI_YEARS(…) spills 50 columns per outcome; SROI_PAYBACK reads them', () => {
    const s = engineWith({ 'Effets!M2': `=SROI_YEARS(${args})`, 'Effets!M12': `=SROI_PAYBACK(SROI_YEARS(${five});K2)` });
    const block = s.block('Effets', 'M2', OUTCOMES.length, 50);
    // « Déchets évités »: 9 500 × 0,8^(t−1) / 1,035^t for 5 years, then empty
    expectCells(block[2].slice(0, 5), [9500 / 1.035, 7600 / 1.035 ** 2, 6080 / 1.035 ** 3, 4864 / 1.035 ** 4, 3891.2 / 1.035 ** 5]);
    expect(block[2][5] ?? '').toBe('');
    // payback within year 1 (functions.golden.test.ts has the arithmetic): 12 × 60 000 / 128 516,3 months
    const year1 = 90000 / 1.035 + 20925 / 1.04 + 9500 / 1.035 - 6000 + 18900 / 1.035;
    expect(s.at('Effets', 'M12')).toBeCloseTo((12 * 60000) / year1, 8);
  });

  test('=SROI_NPV(SROI_VALUE(…);K2) spills NPV and net SROI; =SROI_SWITCH(K2;…) spills 8 rows × 5 columns', () => {
    const s = engineWith({ 'Effets!M2': `=SROI_NPV(SROI_VALUE(${five});K2)`, 'Effets!M4': `=SROI_SWITCH(K2;${five})` });
    expectCells(s.block('Effets', 'M2', 1, 2), [[(SROI_RATIO_EXPECTED - 1) * 60000, SROI_RATIO_EXPECTED - 1]]);
    const table = s.block('Effets', 'M4', 8, 5);
    expect(table.map((r) => r[0])).toEqual([
      'quantité',
      'proxy financier',
      'point mort',
      'attribution',
      'déplacement',
      'érosion',
      'durée',
      'taux d’actualisation',
    ]);
    for (const row of table) expect(row[2]).toBeCloseTo(SROI_RATIO_EXPECTED, 8);
  });
});

test('the golden sheet typed without text markers (the engine reads "2,5", "50%", "1 200" as numbers) gives the same results', () => {
  for (const c of GOLDEN_CALLS) {
    const formula = `=${c.fn}(${rangeOf(c.input)}${c.fr})`;
    const asText = engineWith({ AN2: formula }).block('Projets', 'AN2', GOLDEN.length, c.width);
    const typed = engineWith({ AN2: formula }, 'fr', (s) => s).block('Projets', 'AN2', GOLDEN.length, c.width);
    expectCells(typed, asText, formula);
  }
});
