/**
 * Issue 11 §6: the dashboard shows how far reviewers agree on each AMI criterion (every assessment
 * row, recused ones left out) and the committee's decisions against the envelope, beside its charts.
 */
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { COMMITTEE } from '../../src/core/instruments/committee';
import { buildDashboard } from '../../src/server/actions/build-dashboard';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { syncProjects } from '../../src/server/actions/sync-projects';
import { AMI } from '../../src/sheets/schema';
import { columnsOf, sheet, withFake } from '../helpers/workbook';

const RUPTURE = AMI_CRITERIA.findIndex((c) => c.id === 'rupture');
const levels = (all: number, rupture: number) => AMI_CRITERIA.map((_, i) => (i === RUPTURE ? rupture : all));

test(
  'agreement per AMI criterion over the projects with several assessments, and decisions against the envelope',
  withFake((fake) => {
    setupWorkbook();
    sheet(fake, 'Projets')
      .getRange(2, 1, 3, 2)
      .setValues([
        ['P-0001', 'Épicerie solidaire'],
        ['P-0002', 'Garage associatif'],
        ['P-0003', 'Tiers-lieu'],
      ]);
    syncProjects();
    const grid = sheet(fake, 'Grille AMI');
    const at = columnsOf(grid, AMI);
    const rows: [string, string, number[], boolean?][] = [
      ['P-0001', 'Alice Martin', levels(3, 1)],
      ['P-0001', 'Bruno Lefèvre', levels(2, 3)],
      ['P-0001', 'Chloé Diallo', levels(2, 2)],
      ['P-0001', 'Denis Roux', levels(0, 0), true], // recused: left out
      ['P-0002', 'Alice Martin', levels(1, 1)],
      ['P-0002', 'Bruno Lefèvre', levels(1, 1)],
      ['P-0003', 'Alice Martin', levels(2, 0)], // a single assessment: no spread to show
    ];
    const first = grid.getLastRow() + 1;
    rows.forEach(([id, reviewer, l, recused], k) => {
      grid.getRange(first + k, at.get('id')!).setValue(id);
      grid.getRange(first + k, at.get('reviewer')!).setValue(reviewer);
      l.forEach((v, i) => grid.getRange(first + k, at.get(`level:${AMI_CRITERIA[i].id}`)!).setValue(v));
      if (recused) grid.getRange(first + k, at.get('recused')!).setValue(true);
    });
    const comite = sheet(fake, 'Comité');
    const c = columnsOf(comite, COMMITTEE);
    comite.getRange(2, c.get('decision')!, 3, 1).setValues([['Retenu'], ['Refusé'], ['Retenu']]);
    comite.getRange(2, c.get('granted')!, 3, 1).setValues([[30000], [''], [25000]]);
    fake.spreadsheet.getRangeByName('ENVELOPPE')!.setValue(50000);
    buildDashboard();
    const dash = sheet(fake, 'Tableau de bord');
    const titles = dash.getCharts().map((x) => String(x.getOptions().get('title')));
    // P-0001 (3 assessments) and P-0002 (2): two projects; only Rupture on P-0001 reaches 2 (3 − 1).
    expect(titles).toContain('Accord entre évaluateurs : écart moyen par critère AMI (2 projets à plusieurs évaluations ; 1 écarts ≥ 2)');
    const block = dash.getRange(1, 1, 140, 3).getValues();
    const table = (header: string) => block.slice(block.findIndex((r) => r[1] === header) + 1);
    const spreads = table('Écart moyen (niveaux)').slice(0, 12);
    // Each other criterion: P-0001 3 − 2 = 1, P-0002 1 − 1 = 0 → mean 0.5; Rupture: (3 − 1 + 0)/2 = 1.
    expect(spreads.map((r) => r[1])).toEqual(AMI_CRITERIA.map((_, i) => (i === RUPTURE ? 1 : 0.5)));
    // 30,000 + 25,000 = 55,000 € granted of 50,000 €: 5,000 € over.
    expect(table('Montant accordé (€)').slice(0, 7)).toEqual([
      ['Retenu (2)', 55000, ''],
      ['Ajourné (0)', 0, ''],
      ['Refusé (1)', 0, ''],
      ['En attente (0)', 0, ''],
      ['Total accordé', 55000, ''],
      ['Enveloppe', 50000, ''],
      ['⚠ Dépassement', 5000, ''],
    ]);
  }),
);
