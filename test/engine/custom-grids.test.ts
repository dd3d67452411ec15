import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook } from '../../dev/engine/workbook';
import { exampleGrid } from '../../src/core/grids/example';
import { gridSheetSpec } from '../../src/core/grids/sheet';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { ensureCustomGrids } from '../../src/sheets/grids/ensure';
import { withDocumentLock } from '../../src/sheets/lock';
import { columnLetters } from '../../src/sheets/templates/a1';
import { columnsOf, sheet, workbookFake } from '../helpers/workbook';

/**
 * Issue 14 §5: the sheet of a grid users define, through the built bundle and the formula engine:
 * its header formula GRID_SCORE(GRILLES_PERSONNALISEES; "<name>"; levels; LANGUE) scores each row.
 * Needs a built dist/Code.js (npm run build).
 */
const grid = exampleGrid();
const SPEC = gridSheetSpec(grid);

test('the example grid’s sheet scores each assessment row: groups then total, an incomplete row shows its status', () => {
  const fake = workbookFake();
  try {
    setupWorkbook();
    withDocumentLock(() => ensureCustomGrids(fake.spreadsheet, 'fr'));
    const g = sheet(fake, 'Grille – Entrée en incubation');
    const at = columnsOf(g, SPEC);
    const put = (row: number, id: string, levels: unknown[]) => {
      g.getRange(row, at.get('id')!).setValue(id);
      levels.forEach((l, i) => g.getRange(row, at.get(`criterion:${grid.criteria[i].id}`)!).setValue(l));
    };
    // Criteria, weights: Équipe — Engagement 2, Compétences 1, Ancrage 1; Projet — Besoin 2, Modèle 1, Maturité 1. Levels 1–4 (span 3).
    put(2, 'P-0001', [4, 3, 2, 3, 2, 1]);
    put(3, 'P-0002', [1, 1, 1, 4, 4, '4']);
    put(4, 'P-0003', [2, 2, '', '', '', '']);
    const evaluation = evaluateWorkbook(fake, loadAddon({}));
    expect(evaluation.errors).toEqual([]);
    const scores = (row: number) => g.getRange(row, at.get('group:0')!, 1, 3).getValues()[0];
    // P-0001 Équipe: (2×3 + 1×2 + 1×1) / (4×3) = 9/12 = 0,75; Projet: (2×2 + 1×1 + 0) / 12 = 5/12;
    // total (9 + 5) / 24 = 14/24.
    const p1 = scores(2);
    expect(p1[0]).toBeCloseTo(9 / 12, 9);
    expect(p1[1]).toBeCloseTo(5 / 12, 9);
    expect(p1[2]).toBeCloseTo(14 / 24, 9);
    // P-0002 Équipe 0; Projet (2×3 + 3 + 3) / 12 = 1 (« 4 » typed as text counts); total 12/24 = 0,5.
    expect(scores(3)).toEqual([0, 1, 0.5]);
    expect(scores(4)).toEqual(['⚠ incomplet : 2/6 critères notés', '', '']);
  } finally {
    fake.done();
  }
});

test('with several reviewers, GRID_SCORE of CONSENSUS scores each project on the mean of each reviewer’s latest assessment', () => {
  const fake = workbookFake();
  try {
    setupWorkbook();
    withDocumentLock(() => ensureCustomGrids(fake.spreadsheet, 'fr'));
    const g = sheet(fake, 'Grille – Entrée en incubation');
    const at = columnsOf(g, SPEC);
    const put = (row: number, id: string, reviewer: string, date: Date, levels: unknown[]) => {
      g.getRange(row, at.get('id')!).setValue(id);
      g.getRange(row, at.get('reviewer')!).setValue(reviewer);
      g.getRange(row, at.get('date')!).setValue(date);
      levels.forEach((l, i) => g.getRange(row, at.get(`criterion:${grid.criteria[i].id}`)!).setValue(l));
    };
    put(2, 'P-0001', 'Claire', new Date(2025, 0, 10), [1, 1, 1, 1, 1, 1]); // superseded by Claire's later one
    put(3, 'P-0001', 'Claire', new Date(2025, 5, 10), [4, 4, 4, 4, 4, 4]);
    put(4, 'P-0001', 'Karim', new Date(2025, 5, 12), [2, 2, 2, 2, 2, 2]);
    put(5, 'P-0002', 'Karim', new Date(2025, 5, 12), [3, 3, 3, 1, 1, 1]);
    // The levels are columns E to J (ID, Nom du projet, Évaluateur, Date, then the six criteria).
    expect(at.get(`criterion:${grid.criteria[0].id}`)).toBe(5);
    // Right of the header formula's result as the formula engine sizes it: one column per criterion plus one (GRID_SCORE's resultShape).
    const free = at.get('group:0')! + grid.criteria.length + 4;
    g.insertColumnsAfter(g.getMaxColumns(), 12);
    g.getRange(2, free - 1).setValue('P-0001');
    g.getRange(3, free - 1).setValue('P-0002');
    const ids = `${columnLetters(free - 2)}2:${columnLetters(free - 2)}3`;
    g.getRange(2, free).setFormula(`=GRID_SCORE(GRILLES_PERSONNALISEES;"entree en incubation";CONSENSUS(${ids};A2:A;E2:J;"moyenne";C2:C;D2:D))`);
    const evaluation = evaluateWorkbook(fake, loadAddon({}));
    expect(evaluation.errors).toEqual([]);
    // P-0001: Claire's latest (4 everywhere) and Karim's (2): mean 3 on every criterion → (3 − 1)/3 = 2/3 per group and in total.
    const p1 = g.getRange(2, free, 1, 3).getValues()[0];
    p1.forEach((v) => expect(v).toBeCloseTo(2 / 3, 9));
    // P-0002 (Karim only): Équipe (3 − 1)/3 = 2/3; Projet 0; total (2×2 + 2 + 2 + 0) / 24 = 8/24 = 1/3.
    const p2 = g.getRange(3, free, 1, 3).getValues()[0];
    expect(p2[0]).toBeCloseTo(2 / 3, 9);
    expect(p2[1]).toBe(0);
    expect(p2[2]).toBeCloseTo(1 / 3, 9);
  } finally {
    fake.done();
  }
});
