import { readGridDefinitions } from '../../src/core/grids/definition';
import { definitionHeader, exampleDefinitionRows } from '../../src/core/grids/example';
import { gridSheetSpec } from '../../src/core/grids/sheet';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { ensureCustomGrids, gridsMessage } from '../../src/sheets/grids/ensure';
import { gridSheet, readCustomGrids } from '../../src/sheets/grids/read';
import { withDocumentLock } from '../../src/sheets/lock';
import { readTable } from '../../src/sheets/table';
import { columnsOf, sheet, workbookFake } from '../helpers/workbook';

/** Issue 14 §5: the action « Grilles personnalisées : créer / mettre à jour » on the Apps Script fake. */
const example = readGridDefinitions([definitionHeader('fr'), ...exampleDefinitionRows('fr')]).grids[0];

test('a first run creates the definition sheet with its example, then the example grid’s sheet, marked as the add-on’s', () => {
  const fake = workbookFake();
  try {
    setupWorkbook();
    const ss = fake.spreadsheet;
    const report = withDocumentLock(() => ensureCustomGrids(ss, 'fr'));
    expect(report.definitionsCreated).toBe('Grilles personnalisées');
    expect(report.problems).toEqual([]);
    expect(report.createdSheets).toEqual(['Grille – Entrée en incubation']);
    const g = sheet(fake, 'Grille – Entrée en incubation');
    const spec = gridSheetSpec(example);
    const at = columnsOf(g, spec);
    expect(g.getRange(1, at.get('group:0')!).getFormula()).toBe(
      '={HSTACK("Équipe";"Projet";"Score total");GRID_SCORE(GRILLES_PERSONNALISEES;"Entrée en incubation";E2:J;LANGUE)}',
    );
    expect(g.getRange(2, at.get('criterion:engagement-des-porteurs')!).getDataValidation()!.getCriteriaValues()[0]).toEqual(['1', '2', '3', '4']);
    expect(gridSheet(ss, example)!.getName()).toBe('Grille – Entrée en incubation');
    const read = readCustomGrids(ss);
    expect(read.grids.map((x) => x.name)).toEqual(['Entrée en incubation']);
    expect(readTable(g, spec).columns.get('criterion:maturite-de-la-solution')).toBe(at.get('criterion:maturite-de-la-solution')! - 1);
    expect(gridsMessage(report, 'fr').fr).toContain('Grilles valides : « Entrée en incubation »');
    // A second run finds everything in place.
    const again = withDocumentLock(() => ensureCustomGrids(ss, 'fr'));
    expect(again.createdSheets).toEqual([]);
    expect(again.addedColumns).toEqual([]);
  } finally {
    fake.done();
  }
});
