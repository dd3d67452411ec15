/**
 * Issue 11 §6: the dashboard shows how far reviewers agree on each AMI criterion (every assessment
 * row, recused ones left out) and the committee's decisions against the envelope, beside its charts.
 */
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { COMMITTEE } from '../../src/core/instruments/committee';
import { buildDashboard } from '../../src/server/actions/build-dashboard';
import { amiLevels, columnsOf, sheet, withFake, threeProjectsSynced, writeAmiAssessments } from '../helpers/workbook';

const RUPTURE = AMI_CRITERIA.findIndex((c) => c.id === 'rupture');
const levels = amiLevels;

test(
  'agreement per AMI criterion over the projects with several assessments, and decisions against the envelope',
  withFake((fake) => {
    threeProjectsSynced(fake);
    writeAmiAssessments(fake, [
      { id: 'P-0001', reviewer: 'Alice Martin', levels: levels(3, 1) },
      { id: 'P-0001', reviewer: 'Bruno Lefèvre', levels: levels(2, 3) },
      { id: 'P-0001', reviewer: 'Chloé Diallo', levels: levels(2, 2) },
      { id: 'P-0001', reviewer: 'Denis Roux', levels: levels(0, 0), recused: true }, // left out
      { id: 'P-0002', reviewer: 'Alice Martin', levels: levels(1, 1) },
      { id: 'P-0002', reviewer: 'Bruno Lefèvre', levels: levels(1, 1) },
      { id: 'P-0003', reviewer: 'Alice Martin', levels: levels(2, 0) }, // a single assessment: no spread to show
    ]);
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
