/**
 * Issue 11 §5: setup lays out « Comité » like the add-on's other sheets (the decision dropdown, euro
 * amounts, the header note that says how to rank it), and the sync gives it one row per project,
 * matched by ID: sorting it keeps each decision with its project.
 */
import { COMMITTEE } from '../../src/core/instruments/committee';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { syncProjects } from '../../src/server/actions/sync-projects';
import { columnsOf, sheet, withFake } from '../helpers/workbook';

test(
  'setup creates « Comité »: decision dropdown, amounts in euros, a note saying how to sort it by rank',
  withFake((fake) => {
    setupWorkbook();
    const comite = sheet(fake, 'Comité');
    const at = columnsOf(comite, COMMITTEE);
    expect([...at.keys()]).toEqual(COMMITTEE.columns.map((c) => c.id));
    const decision = comite.getRange(2, at.get('decision')!).getDataValidation()!;
    expect(decision.getCriteriaValues()[0]).toEqual(['Retenu', 'Ajourné', 'Refusé', 'En attente']);
    expect(comite.getRange(1, at.get('decision')!).getNote()).toMatch(/Données › Trier la plage.*« Rang ».*repérée par son ID/);
    for (const id of ['requested', 'granted']) expect(comite.getRange(2, at.get(id)!).getNumberFormat()).toBe('#,##0.00 "€"');
    expect(comite.getRange(1, at.get('rank')!).getFormula()).toBe(
      '={"Rang";ARRAYFORMULA(IF(ISNUMBER(H2:H);COUNT(H2:H)-MATCH(H2:H;SORT(FILTER(H2:H;ISNUMBER(H2:H)));1)+1;""))}',
    );
    expect(fake.spreadsheet.getRangeByName('COMITE')).not.toBeNull();
  }),
);

test(
  'the sync gives « Comité » one row per project, by ID: a sorted Comité keeps its decisions, a new project is appended',
  withFake((fake) => {
    setupWorkbook();
    const projets = sheet(fake, 'Projets');
    projets.getRange(2, 1, 2, 2).setValues([
      ['P-0001', 'Épicerie'],
      ['P-0002', 'Garage'],
    ]);
    syncProjects();
    const comite = sheet(fake, 'Comité');
    const at = columnsOf(comite, COMMITTEE);
    expect(comite.getRange(2, 1, 2, 2).getValues()).toEqual([
      ['P-0001', 'Épicerie'],
      ['P-0002', 'Garage'],
    ]);
    comite.getRange(2, at.get('decision')!, 2, 1).setValues([['Retenu'], ['Refusé']]);
    comite.sort(at.get('name')!, false);
    projets.getRange(4, 1, 1, 2).setValues([['P-0003', 'Tiers-lieu']]);
    syncProjects();
    expect(
      comite
        .getRange(2, 1, 3, at.get('decision')!)
        .getValues()
        .map((r) => [r[0], r[at.get('decision')! - 1]]),
    ).toEqual([
      ['P-0002', 'Refusé'],
      ['P-0001', 'Retenu'],
      ['P-0003', ''],
    ]);
  }),
);

test(
  'a workbook set up before « Comité » existed still syncs (Comité comes with the next setup)',
  withFake((fake) => {
    setupWorkbook();
    fake.spreadsheet.deleteSheet(sheet(fake, 'Comité'));
    sheet(fake, 'Projets')
      .getRange(2, 1, 1, 2)
      .setValues([['P-0001', 'Épicerie']]);
    syncProjects();
    expect(fake.ui.alerts).toEqual([]);
    expect(sheet(fake, 'Grille AMI').getRange(2, 1).getValue()).toBe('P-0001');
    setupWorkbook();
    syncProjects();
    expect(sheet(fake, 'Comité').getRange(2, 1).getValue()).toBe('P-0001');
  }),
);
