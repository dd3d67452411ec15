/**
 * Issue 12 §5 on « Tableau de bord »: the portfolio over time, read from every row of the SRL sheet
 * (one dated assessment each) by core/assessments/over-time.ts. Which rows count: not a recused one,
 * not one without evidence (the sync-made rows here), a project with a bad date left out and counted.
 */
import { srlEvidenceField } from '../../src/core/instruments/srl';
import { buildDashboard } from '../../src/sheets/dashboard/build';
import { PROJECTS, SRL } from '../../src/sheets/schema';
import { columnsOf, sheet, threeProjectsSynced, withFake, type Fake } from '../helpers/workbook';

// Day the dashboard is updated: 01/07/2026.
const TODAY = new Date(2026, 6, 1, 9, 30);

/** Appends SRL rows: project, date cell, evidence reached up to `level` (1 each), recused or not. */
function assess(fake: Fake, rows: [string, unknown, number, boolean?][]): void {
  const srl = sheet(fake, SRL.name.fr);
  const at = columnsOf(srl, SRL);
  const first = srl.getLastRow() + 1;
  rows.forEach(([id, date, level, recused], k) => {
    srl.getRange(first + k, at.get('id')!).setValue(id);
    srl.getRange(first + k, at.get('date')!).setValue(date);
    for (let l = 1; l <= level; l++) srl.getRange(first + k, at.get(srlEvidenceField(l))!).setValue(1);
    if (recused) srl.getRange(first + k, at.get('recused')!).setValue(true);
  });
}

function block(fake: Fake) {
  const values = sheet(fake, 'Tableau de bord').getRange(1, 1, 200, 4).getValues();
  return (header: string, n: number) => values.slice(values.findIndex((r) => r[0] === header) + 1).slice(0, n);
}

test(
  'SRL per quarter (stacked), progress since last time, projects per phase with their time in it',
  withFake((fake) => {
    threeProjectsSynced(fake); // each project's sync-made SRL row holds no evidence: no assessment
    sheet(fake, 'Projets')
      .getRange(5, 1, 1, 2)
      .setValues([['P-0004', 'Ferme urbaine']]);
    assess(fake, [
      ['P-0001', '2025-11-20', 3],
      ['P-0001', new Date(2026, 1, 10), 5],
      ['P-0001', '15/05/2026', 6],
      ['P-0002', '2026-04-01', 6],
      ['P-0002', '2026-06-30', 4],
      ['P-0002', '2026-06-30', 9, true], // recused: left out (lower row, same day, would otherwise be the latest)
      ['P-0003', '2026-02-01', 8],
      ['P-0003', '2026-06-01', 0], // no evidence: no assessment, though dated
      ['P-0004', '31/02/2026', 2], // no such day: P-0004 left out, as LATEST gives ⚠
    ]);
    buildDashboard(fake.spreadsheet as never, 'fr', TODAY);
    const table = block(fake);

    // T4 2025: P-0001 3 (Concept). T1 2026: P-0001 5 (Pilote), P-0003 8 (Institutionnalisation).
    // T2 2026: P-0001 6 (its latest there, 15/05), P-0002 4 (30/06, later than 01/04).
    expect(table('Trimestre', 9)).toEqual([
      ['T4 2025', 1, 0, 0],
      ['T1 2026', 0, 1, 1],
      ['T2 2026', 1, 1, 0],
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '', '', ''],
      ['Sans date (à part)', 0, 0, 0],
    ]);
    // P-0001 5 → 6 up; P-0002 6 → 4 down; P-0003 a single assessment; P-0004 left out.
    expect(table('SRL depuis la dernière fois', 5)).toEqual([
      ['↑ En progression', 1, '', ''],
      ['= Stable', 0, '', ''],
      ['↓ En recul', 1, '', ''],
      ['Une seule évaluation (à part)', 1, '', ''],
      ['Écartés : date ou preuve illisible (⚠ dans Projets)', 1, '', ''],
    ]);
    // Concept: P-0002 back to 4 on 30/06 → 1 jour. Pilote: P-0001 in it since 10/02 (5, then 6) → 4 mois
    // (10/06 reached, 10/07 not yet). Institutionnalisation: P-0003 since 01/02 → 5 mois.
    const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);
    expect(table('Phase et projet', 7)).toEqual([
      ['Concept : 1 projet', '', '', ''],
      ['Garage associatif · SRL 4', day(2026, 6, 30), '1 jour', ''],
      ['Pilote expérimental : 1 projet', '', '', ''],
      ['Épicerie solidaire · SRL 6', day(2026, 2, 10), '4 mois', ''],
      ['Institutionnalisation : 1 projet', '', '', ''],
      ['Tiers-lieu · SRL 8', day(2026, 2, 1), '5 mois', ''],
      ['', '', '', ''],
    ]);

    // Native charts: the distribution stacked, the progress reading its three rows, the phases a table.
    const charts = sheet(fake, 'Tableau de bord').getCharts();
    const chart = (title: string) => charts.find((c) => c.getOptions().get('title') === title)!;
    const quarters = chart('Répartition des SRL par trimestre');
    expect(quarters.modify().getChartType()).toBe('COLUMN');
    expect(quarters.getOptions().get('isStacked')).toBe(true);
    // Header and the three quarters assessed, four columns: the label and the three phases.
    expect(quarters.getRanges().map((r) => [r.getNumRows(), r.getNumColumns()])).toEqual([[4, 4]]);
    expect(chart('Progression depuis la dernière évaluation').getRanges()[0].getNumRows()).toBe(4);
    const phases = chart('Projets par phase SRL et temps dans la phase (les 5 plus anciens de chaque phase)');
    expect(phases.modify().getChartType()).toBe('TABLE');
    expect(phases.getRanges()[0].getNumRows()).toBe(7);
    // The dates shown jj/mm/aaaa.
    const dash = sheet(fake, 'Tableau de bord');
    const at =
      dash
        .getRange(1, 1, 200, 1)
        .getValues()
        .findIndex((r) => r[0] === 'Épicerie solidaire · SRL 6') + 1;
    expect(dash.getRange(at, 2).getNumberFormat()).toBe('dd/mm/yyyy');

    // Projets « Appel / cohorte » splits the projects: per cohort, each with its latest assessment.
    const projets = sheet(fake, 'Projets');
    const call = columnsOf(projets, PROJECTS).get('call')!;
    projets.getRange(2, call, 2, 1).setValues([['Promo 2026'], ['Promo 2025']]);
    buildDashboard(fake.spreadsheet as never, 'en', TODAY);
    expect(block(fake)('Cohort', 9)).toEqual([
      ['Promo 2025', 1, 0, 0], // P-0002, latest 4
      ['Promo 2026', 0, 1, 0], // P-0001, latest 6
      ...Array.from({ length: 6 }, () => ['', '', '', '']),
      ['No cohort (apart)', 0, 0, 1], // P-0003, 8
    ]);
    expect(block(fake)('Phase and project', 2)).toEqual([
      ['Concept: 1 project', '', '', ''],
      ['Garage associatif · SRL 4', day(2026, 6, 30), '1 day', ''],
    ]);
  }),
);
