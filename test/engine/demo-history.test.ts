import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook } from '../../dev/engine/workbook';
import { loadDemo } from '../../src/server/actions/load-demo';
import { AMI, PROJECTS, SRL, type SheetSpec } from '../../src/sheets/schema';
import { columnsOf, sheet, workbookFake, type Fake } from '../helpers/workbook';

/**
 * Issue 12 §7: the demo's projects followed over time, as the sheets' own formulas compute each dated
 * assessment (HyperFormula running the built bundle; needs npm run build), and what Projets' consensus
 * columns make of them. Hand checks from examples/demo-portfolio.json (`history`, then each project's
 * assessment of 02/03/2026); SEUIL_SRL 100 %, equal AMI weights.
 */
const day = (d: unknown) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d);

/** A project's computed column in an instrument sheet, by the day of each assessment, oldest first. */
function byDate(fake: Fake, spec: SheetSpec, id: string, column: string): [unknown, unknown][] {
  const s = sheet(fake, spec.name.fr);
  const at = columnsOf(s, spec);
  return s
    .getRange(2, 1, s.getLastRow() - 1, s.getLastColumn())
    .getValues()
    .filter((r) => r[at.get('id')! - 1] === id)
    .map((r): [unknown, unknown] => [day(r[at.get('date')! - 1]), r[at.get(column)! - 1]])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

test('the followed projects’ SRL and AMI total at each dated assessment, as SRL and Grille AMI compute them', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    // Progress. SRL evidence 1,1,1,0.5 → 3; 1,1,1,1,1,0.5 → 5; 1×7 → 7.
    expect(byDate(fake, SRL, 'P-0013', 'level')).toEqual([
      ['2024-04-16', 3],
      ['2025-03-18', 5],
      ['2026-03-02', 7],
    ]);
    // AMI: 1+1+2+1 + 2+1+1 + 3+2+2+1+1 = 18; 2+1+2+2 + 2+1+2 + 3+3+2+1+1 = 22; 2+2+2+2 + 2+1+2 + 3+3+2+1+1 = 23.
    expect(byDate(fake, AMI, 'P-0013', 'total')).toEqual([
      ['2024-04-16', 18],
      ['2025-03-18', 22],
      ['2026-03-02', 23],
    ]);
    // Stall: level 5 at 30 %, 50 %, 50 % → 4 three times.
    expect(byDate(fake, SRL, 'P-0010', 'level').map(([, l]) => l)).toEqual([4, 4, 4]);
    // Step back: 1×4,0.6 → 4; 1×6,0.4 → 6; 1×5,0.5 → 5, still in the pilot phase (levels 5–7).
    expect(byDate(fake, SRL, 'P-0011', 'level').map(([, l]) => l)).toEqual([4, 6, 5]);
    expect(byDate(fake, SRL, 'P-0011', 'phase').map(([, p]) => p)).toEqual(['Concept', 'Pilote expérimental', 'Pilote expérimental']);
    // AMI: 2+2+2+2 + 3+2+2 + 2+2+1+3+2 = 25; then 2+2+2+2 + 3+3+2 + 2+2+2+3+3 = 28 twice.
    expect(byDate(fake, AMI, 'P-0011', 'total').map(([, t]) => t)).toEqual([25, 28, 28]);
    // Four assessments: 1×6,0.5 → 6; 1×7,0.3 → 7; 1×7,0.6 → 7; 1×8,0.2 → 8.
    expect(byDate(fake, SRL, 'P-0015', 'level').map(([, l]) => l)).toEqual([6, 7, 7, 8]);
  } finally {
    fake.done();
  }
});

test('Projets’ consensus columns read each reviewer’s latest assessment: a followed project’s earlier ones are its progress, not other opinions', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    const projets = sheet(fake, 'Projets');
    const at = columnsOf(projets, PROJECTS);
    const rows = projets.getRange(2, 1, projets.getLastRow() - 1, projets.getLastColumn()).getValues();
    const row = (id: string, columns: string[]) => columns.map((c) => rows.find((r) => r[0] === id)![at.get(c)! - 1]);
    // P-0013: Claire Martin alone, three times (16/04/2024, 18/03/2025, 02/03/2026): her latest counts,
    // the consensus is that one assessment. Total AMI 2+2+2+2 + 2+1+2 + 3+3+2+1+1 = 23, SRL 7 (its
    // evidence 1×7), as « SRL actuel » says; one assessment, so no spread and nothing disputed (issue
    // 11's rule averaged the three: Total 21, SRL 3, a spread of 1 on « Caractère collectif du projet »).
    expect(row('P-0013', ['ami-total', 'srl', 'srl-now', 'assessments', 'spread', 'disputed'])).toEqual([23, 7, 7, 1, 0, '']);
    // P-0015: four assessments by Claire Martin, the latest 02/03/2026: Total AMI 30 (not (27+29+30+30)/4 = 29), SRL 8 (not 6).
    expect(row('P-0015', ['ami-total', 'srl', 'srl-now', 'assessments'])).toEqual([30, 8, 8, 1]);
    // P-0001: two other reviewers besides Claire Martin, each once: three assessments, as before.
    expect(row('P-0001', ['assessments'])).toEqual([3]);
  } finally {
    fake.done();
  }
});
