/**
 * Contract v2 in a formula engine (HyperFormula on the BUILT dist/Code.js): several reviewers'
 * assessments on a « Grille AMI » sheet, one row per project on « Projets », and the consensus
 * composing with contract v1 as a French user types it: `=AMI_SCORE(CONSENSUS(…))`. Issue 11.
 */
import { loadAddon } from '../../dev/addon/load';
import { createFormulaEngine, shown } from '../../dev/engine/formula-engine';
import { builtBundle } from '../helpers/bundle';
import { expectCells } from '../helpers/expect';

const LEVELS = ['Inexistant', 'Faible', 'Intermédiaire', 'Fort'];

/** Assessment rows: ID, then 12 AMI levels (A–M); P-2's second reviewer typed the ID in lower case. */
const GRID = [
  ['ID', ...Array.from({ length: 12 }, (_, i) => `C${i + 1}`)],
  ['P-1', ...Array<number>(12).fill(3)], // reviewer 1: Σ 36
  ['P-2', ...Array<string>(12).fill(LEVELS[1])], // Faible ×12: Σ 12
  ['P-1', ...Array<number>(12).fill(1)], // reviewer 2: Σ 12
  [' p-2', ...Array<string>(12).fill(LEVELS[2])], // Intermédiaire ×12: Σ 24
  ['P-1', ...Array<number>(6).fill(2), ...Array<number>(6).fill(0)], // reviewer 3: Σ 12
];

function sheets(formulas: Record<string, string>) {
  const projets: unknown[][] = [['ID'], ['P-1'], ['P-2'], ['P-3']];
  for (const [a1, f] of Object.entries(formulas)) {
    const row = Number(a1.slice(1)) - 1;
    const col = a1.charCodeAt(0) - 65;
    while (projets[row].length < col) projets[row].push(null);
    projets[row][col] = f;
  }
  const engine = createFormulaEngine(loadAddon({}, builtBundle()), { Projets: projets, 'Grille AMI': GRID }, 'fr');
  const id = engine.getSheetId('Projets')!;
  return (a1: string, rows: number, cols: number) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => shown(engine.getCellValue({ sheet: id, row: Number(a1.slice(1)) - 1 + r, col: a1.charCodeAt(0) - 65 + c }))),
    );
}

const RANGES = "A2:A4;'Grille AMI'!A2:A6;'Grille AMI'!B2:M6";

test('=AMI_SCORE(CONSENSUS(…)) scores each project’s mean assessment; a project without assessment stays empty', () => {
  const at = sheets({ C2: `=AMI_SCORE(CONSENSUS(${RANGES}))`, D2: `=AMI_SCORE(CONSENSUS(${RANGES};"médiane"))` });
  // P-1: mean of Σ 36, 12, 12 = 60/3 = 20 (AMI_SCORE is linear); median per criterion: criteria 1–6 (3, 1, 2) → 2,
  // criteria 7–12 (3, 1, 0) → 1, Σ = 6·2 + 6·1 = 18. P-2: mean (12 + 24)/2 = 18; median of two = the mean, 18.
  expectCells(at('C2', 3, 2), [
    [20, 18],
    [18, 18],
    ['', ''],
  ]);
});

test('CONSENSUS spills 12 columns and REVIEW_SPREAD 3, in the same sheet', () => {
  const at = sheets({ B2: `=REVIEW_SPREAD(${RANGES})`, F2: `=CONSENSUS(${RANGES})` });
  // P-1: criterion 1 holds 3, 1, 2 → spread 2; criterion 7 holds 3, 1, 0 → spread 3, first reached in column 7.
  expectCells(at('B2', 3, 3), [
    [3, 3, 7],
    [2, 1, 1],
    [0, '', ''],
  ]);
  expectCells(at('F2', 1, 12), [[...Array<number>(6).fill(2), ...Array<number>(6).fill(4 / 3)]]);
});
