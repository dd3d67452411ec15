/**
 * Issue 11 §5: the « Comité » sheet, one row per project keyed by ID, ranked live by the consensus
 * mark, with Projets' consensus figures read by ID, the mark normalised by reviewer, and the
 * envelope against the total granted. Formula engine on the BUILT dist/Code.js (npm run build).
 */
import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook } from '../../dev/engine/workbook';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { amiScore, equalWeights } from '../../src/core/ami/score';
import { COMMITTEE } from '../../src/core/instruments/committee';
import { type AmiAssessment, amiLevels, columnsOf, sheet, workbookFake, threeProjectsSynced, writeAmiAssessments, type Fake } from '../helpers/workbook';

const levels = amiLevels;

const ASSESSMENTS: AmiAssessment[] = [
  { id: 'P-0001', reviewer: 'Alice Martin', levels: levels(3, 1) }, // Σ 34
  { id: 'P-0002', reviewer: 'Alice Martin', levels: levels(1, 1) }, // Σ 12
  { id: 'P-0001', reviewer: 'Bruno Lefèvre', levels: levels(2, 3) }, // Σ 25
  { id: 'P-0001', reviewer: 'Denis Roux', levels: levels(0, 0), recused: true }, // left out
  { id: 'P-0001', reviewer: 'Chloé Diallo', levels: levels(2, 2) }, // Σ 24
  { id: 'P-0002', reviewer: 'Bruno Lefèvre', levels: levels(2, 2) }, // Σ 24
];

function committee(fake: Fake, envelope: number | '') {
  threeProjectsSynced(fake);
  // The sync gave each project one empty row in Grille AMI: the assessments go below.
  writeAmiAssessments(fake, ASSESSMENTS);
  const comite = sheet(fake, 'Comité');
  const cols = columnsOf(comite, COMMITTEE);
  const ids = () =>
    comite
      .getRange(2, cols.get('id')!, 3, 1)
      .getValues()
      .map((r) => r[0]);
  const write = (id: string, column: string, value: unknown) => comite.getRange(2 + ids().indexOf(id), cols.get(column)!).setValue(value);
  write('P-0001', 'decision', 'Retenu');
  write('P-0001', 'granted', 30000);
  write('P-0002', 'decision', 'Retenu');
  write('P-0002', 'granted', 25000);
  fake.spreadsheet.getRangeByName('ENVELOPPE')!.setValue(envelope);
  expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
  const value = (id: string, column: string) => comite.getRange(2 + ids().indexOf(id), cols.get(column)!).getValue();
  const envelopeLines = () => comite.getRange(2, cols.get('envelope-line')!, 5, 2).getValues();
  return { comite, cols, ids, value, envelopeLines };
}

test('Comité: one row per project (sync), the consensus mark /20 ranked live, Projets’ figures by ID, the envelope exceeded', () => {
  const fake = workbookFake();
  try {
    const { comite, cols, ids, value, envelopeLines } = committee(fake, 50000);
    expect(ids()).toEqual(['P-0001', 'P-0002', 'P-0003']);
    // P-0001: consensus total 83/3 (mean of 34, 25, 24; Denis recused) → 83/3/36 × 20 = 15.370.
    // P-0002: (12 + 24)/2 = 18 → 10. P-0003: no assessment, no mark, no rank.
    expect(value('P-0001', 'mark')).toBeCloseTo(((83 / 3) * 20) / 36, 6);
    expect(value('P-0002', 'mark')).toBeCloseTo(10, 6);
    // Issue 10: Projets' total read by ID, not AMI_SCORE(CONSENSUS(…); AMI_POIDS; 20) run again, and the
    // same number (HyperFormula rounds results to 10 digits): the consensus levels 7/3 (×11) and 2 on
    // Rupture, out of 20, as core's AMI_SCORE gives it.
    const consensus = AMI_CRITERIA.map((c) => (c.id === 'rupture' ? 2 : (3 + 2 + 2) / 3));
    expect(value('P-0001', 'mark')).toBeCloseTo(amiScore(consensus, equalWeights(), 20), 9);
    expect(comite.getRange(1, cols.get('mark')!).getFormula()).not.toContain('AMI_SCORE');
    expect([value('P-0001', 'rank'), value('P-0002', 'rank'), value('P-0003', 'rank')]).toEqual([1, 2, '']);
    expect([value('P-0001', 'assessments'), value('P-0001', 'spread'), value('P-0001', 'disputed')]).toEqual([3, 2, "⚠ désaccord : Rupture avec l'existant"]);
    // P-0002: 1 → 2 on every criterion: spread 1 on the first one, below ECART_DESACCORD (2).
    expect([value('P-0002', 'assessments'), value('P-0002', 'spread'), value('P-0002', 'disputed')]).toEqual([2, 1, 'Caractère collectif du projet']);
    // Normalised by reviewer, on the totals (the normalisation is linear, so /20 is × 20/36 after it):
    // all five (Denis recused) 34, 12, 25, 24, 24: μ = 119/5 = 23.8, σ = √(244.8/5) = √48.96 = 6.9971.
    // Alice 34, 12 (μ 23, σ 11) → 23.8 ± σ·11/11; Bruno 25, 24 (μ 24.5, σ 0.5) → 23.8 ± σ; Chloé alone
    // → 24 − 24 + 23.8 = 23.8. P-0001: (2·(23.8 + σ) + 23.8)/3 = 23.8 + 2σ/3 = 28.4648 → × 20/36 = 15.8138
    // (raw 15.370: 25 is Bruno's higher mark on his narrow scale, so it counts as high as Alice's 34). P-0002: 23.8 − σ = 16.8029 → 9.3349.
    const sigma = Math.sqrt(48.96);
    expect(value('P-0001', 'normalized')).toBeCloseTo(((23.8 + (2 * sigma) / 3) * 20) / 36, 6);
    expect(value('P-0002', 'normalized')).toBeCloseTo(((23.8 - sigma) * 20) / 36, 6);
    expect(value('P-0003', 'normalized')).toBe('');
    // 30,000 + 25,000 = 55,000 € granted of 50,000 €: 5,000 € over.
    expect(envelopeLines()).toEqual([
      ['Enveloppe de l’appel', 50000],
      ['Total accordé', 55000],
      ['Reste', -5000],
      ['Projets retenus : 2', ''],
      ['⚠ Enveloppe dépassée de', 5000],
    ]);
    // Sorting by rank (Data › Sort) keeps each decision with its project: rows are found by ID.
    comite.sort(cols.get('name')!, false);
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    expect(ids()).toEqual(['P-0003', 'P-0002', 'P-0001']);
    expect([value('P-0001', 'decision'), value('P-0001', 'granted'), value('P-0001', 'rank')]).toEqual(['Retenu', 30000, 1]);
    expect(value('P-0002', 'mark')).toBeCloseTo(10, 6);
  } finally {
    fake.done();
  }
});

test('Comité without an envelope says so, and shows no remainder nor warning', () => {
  const fake = workbookFake();
  try {
    const { envelopeLines } = committee(fake, '');
    expect(envelopeLines()).toEqual([
      ['Pas d’enveloppe (Paramètres › Enveloppe de l’appel)', ''],
      ['Total accordé', 55000],
      ['', ''],
      ['Projets retenus : 2', ''],
      ['', ''],
    ]);
  } finally {
    fake.done();
  }
});

test('Comité’s mark shows Projets’ status where the consensus grid is incomplete, and 0 for a grid of zeros (not blank)', () => {
  const fake = workbookFake();
  try {
    threeProjectsSynced(fake);
    writeAmiAssessments(fake, [
      { id: 'P-0001', reviewer: 'Alice Martin', levels: levels(2, 2).slice(0, 9) }, // 9 of 12 criteria, the last three blank
      { id: 'P-0002', reviewer: 'Alice Martin', levels: levels(0, 0) }, // Σ 0
    ]);
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    const comite = sheet(fake, 'Comité');
    const cols = columnsOf(comite, COMMITTEE);
    const ids = comite
      .getRange(2, cols.get('id')!, 3, 1)
      .getValues()
      .map((r) => r[0]);
    const value = (id: string, column: string) => comite.getRange(2 + ids.indexOf(id), cols.get(column)!).getValue();
    expect([value('P-0001', 'mark'), value('P-0002', 'mark'), value('P-0003', 'mark')]).toEqual(['⚠ incomplet : 9/12 critères notés', 0, '']);
    expect([value('P-0001', 'rank'), value('P-0002', 'rank'), value('P-0003', 'rank')]).toEqual(['', 1, '']);
  } finally {
    fake.done();
  }
});
