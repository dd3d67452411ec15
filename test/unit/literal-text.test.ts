/**
 * Text that stays text, in real Sheets (issue 8 §2). The fake models the stricter reading of real
 * Sheets: a leading apostrophe is hidden on Automatic cells and stays VISIBLE in plain-text (`@`)
 * cells; a leading `=` is a formula on both. So a test here fails whenever the add-on writes `'…`
 * into a `@` cell, or writes text in a way only a kind reading would keep as text.
 */
import { AMI, INSTRUMENT_SHEETS, PROJECTS, WORKBOOK, type SheetSpec } from '../../src/sheets/schema';
import { buildDashboard } from '../../src/server/actions/build-dashboard';
import { loadDemo } from '../../src/server/actions/load-demo';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { syncProjects } from '../../src/server/actions/sync-projects';
import { saveProject } from '../../src/server/sidebar/save-project';
import { DASHBOARD_TITLE, INTRO } from '../../src/sheets/dashboard/block';
import { AUTOMATIC_FORMATS } from '../../src/sheets/formats';
import { formula, writeCells } from '../../src/sheets/literal';
import { columnsOf, sheet, workbookFake, type Fake } from '../helpers/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
});
afterEach(() => fake.done());

/** What users type as names or comments that Sheets would read as a formula, a number or a date. */
const TRICKY = ['=IMPORTXML("http://x";"//a")', '+33 6 12 34 56 78', '-5', '@home', '12/03', '1e5', "'cité", '=1+1'];

/** Every cell of every sheet whose value starts with an apostrophe (one a reader would see). */
function visibleApostrophes(): string[] {
  return fake.spreadsheet.getSheets().flatMap((s) =>
    s
      .getDataRange()
      .getValues()
      .flatMap((row, r) => row.flatMap((v, c) => (typeof v === 'string' && v.startsWith("'") ? [`${s.getName()}!R${r + 1}C${c + 1}: ${v}`] : []))),
  );
}

/** Cells below the header rows holding a formula (the add-on writes formulas in header cells only). */
const dataFormulas = () => fake.cellsWithFormulas().filter((f) => f.row > 1 && f.sheet !== 'Tableau de bord');

/** Lays out the user-typed texts as names of new projects in Projets, as a user types them (with `'`). */
function typeNames(names: readonly string[]): void {
  const projets = sheet(fake, 'Projets');
  const at = columnsOf(projets, PROJECTS).get('name')!;
  projets.getRange(2, at, names.length, 1).setValues(names.map((n) => [`'${n}`]));
}

const column = (s: Sheet, spec: SheetSpec, id: string, rows: number) =>
  s
    .getRange(2, columnsOf(s, spec).get(id)!, rows, 1)
    .getValues()
    .map((r) => r[0]);

describe('no visible apostrophe, no formula from user text', () => {
  test('after setup, the demo, a sync, two dashboard updates and a sidebar save, no cell of any sheet starts with an apostrophe', () => {
    setupWorkbook();
    loadDemo();
    const projets = sheet(fake, 'Projets');
    const last = projets.getLastRow();
    projets.getRange(last + 1, columnsOf(projets, PROJECTS).get('name')!).setValue("'Garage solidaire");
    syncProjects();
    buildDashboard();
    // The second update writes over the first one's cells, with their formats.
    buildDashboard();
    saveProject({ id: 'P-0001', sheet: 'ami', changes: [{ field: 'comment:caractere-collectif', before: '', after: 'Gouvernance à élargir' }] });
    setupWorkbook();
    expect(fake.ui.alerts).toEqual([]);
    expect(visibleApostrophes()).toEqual([]);
    // The rows the sync added hold the generated ID and the name, as typed: in SIAT, the last row
    // (below the demo's projects and its follow-ups' earlier assessments, issue 12).
    const siat = sheet(fake, 'SIAT');
    expect(siat.getRange(siat.getLastRow(), 1, 1, 2).getValues()).toEqual([['P-0016', 'Garage solidaire']]);
  });

  test('names typed in Projets reach every instrument sheet exactly as typed, and make no formula', () => {
    setupWorkbook();
    typeNames(TRICKY);
    syncProjects();
    expect(column(sheet(fake, 'Projets'), PROJECTS, 'name', TRICKY.length)).toEqual(TRICKY);
    for (const spec of INSTRUMENT_SHEETS) expect(column(sheet(fake, spec.name.fr), spec, 'name', TRICKY.length)).toEqual(TRICKY);
    expect(dataFormulas()).toEqual([]);
    // A rename goes through the same rule.
    typeNames([...TRICKY].reverse());
    syncProjects();
    expect(column(sheet(fake, 'SRL'), INSTRUMENT_SHEETS[1], 'name', TRICKY.length)).toEqual([...TRICKY].reverse());
    expect(dataFormulas()).toEqual([]);
  });

  test('comments saved from the sidebar read back exactly as typed, no formula, on Automatic and on a column a user formatted as plain text', () => {
    setupWorkbook();
    typeNames(TRICKY.map((_, i) => `Projet ${i + 1}`));
    syncProjects();
    const grid = sheet(fake, 'Grille AMI');
    const at = columnsOf(grid, AMI);
    // A user formatted one comment column as plain text.
    grid.getRange(2, at.get('comment:ouverture-recherche')!, 100, 1).setNumberFormat('@');
    TRICKY.forEach((text, i) => {
      const id = grid.getRange(i + 2, 1).getValue() as string;
      const result = saveProject({
        id,
        sheet: 'ami',
        changes: [
          { field: 'comment:caractere-collectif', before: '', after: text },
          { field: 'comment:ouverture-recherche', before: '', after: text },
        ],
      });
      expect(result).toMatchObject({ status: 'saved', written: 2 });
    });
    expect(column(grid, AMI, 'comment:caractere-collectif', TRICKY.length)).toEqual(TRICKY);
    expect(column(grid, AMI, 'comment:ouverture-recherche', TRICKY.length)).toEqual(TRICKY);
    expect(dataFormulas()).toEqual([]);
    // The plain-text cells keep their format where the text is safe there; a text starting with = or '
    // needed its cell turned to Automatic (where the apostrophe is hidden).
    const formats = grid
      .getRange(2, at.get('comment:ouverture-recherche')!, TRICKY.length, 1)
      .getNumberFormats()
      .map((r) => r[0]);
    TRICKY.forEach((text, i) => expect([text, AUTOMATIC_FORMATS.has(formats[i])]).toEqual([text, /^[=']/.test(text)]));
  });
});

describe('a workbook laid out by the previous version (`@` ID and text columns)', () => {
  /**
   * What the previous version left under the strict reading: ID and text columns formatted `@`, and
   * every value it wrote there prefixed with an apostrophe that stayed visible.
   */
  function oldWorkbook(): void {
    setupWorkbook();
    // The previous version kept no fingerprint of a completed setup (templates/fingerprint.ts).
    PropertiesService.getDocumentProperties().deleteAllProperties();
    for (const spec of WORKBOOK) {
      const s = sheet(fake, spec.name.fr);
      for (const c of spec.columns.filter((c) => c.kind === 'id' || c.kind === 'text')) {
        s.getRange(2, columnsOf(s, spec).get(c.id)!, s.getMaxRows() - 1, 1).setNumberFormat('@');
      }
    }
    const projets = sheet(fake, 'Projets');
    projets.getRange(2, 1, 3, 2).setValues([
      ["'P-0001", "'Épicerie"],
      ["'P-0002", '\'=IMPORTXML("http://x";"//a")'],
      ['', 'Garage solidaire'],
    ]);
    for (const spec of INSTRUMENT_SHEETS) {
      sheet(fake, spec.name.fr)
        .getRange(2, 1, 2, 2)
        .setValues([
          ["'P-0001", "'Épicerie"],
          ["'P-0002", '\'=IMPORTXML("http://x";"//a")'],
        ]);
    }
    const grid = sheet(fake, 'Grille AMI');
    grid.getRange(2, columnsOf(grid, AMI).get('comment:caractere-collectif')!).setValue("'Collectif restreint");
  }

  test('setup migrates it: columns on Automatic, apostrophes gone, text still text; the next sync matches IDs and the new ID does not collide', () => {
    oldWorkbook();
    setupWorkbook();
    expect(visibleApostrophes()).toEqual([]);
    expect(dataFormulas()).toEqual([]);
    const projets = sheet(fake, 'Projets');
    expect(projets.getRange(2, 1, 2, 2).getValues()).toEqual([
      ['P-0001', 'Épicerie'],
      ['P-0002', '=IMPORTXML("http://x";"//a")'],
    ]);
    const grid = sheet(fake, 'Grille AMI');
    expect(grid.getRange(2, columnsOf(grid, AMI).get('comment:caractere-collectif')!).getValue()).toBe('Collectif restreint');
    for (const spec of WORKBOOK) {
      const s = sheet(fake, spec.name.fr);
      for (const c of spec.columns.filter((c) => c.kind === 'id' || c.kind === 'text')) {
        expect([spec.id, c.id, AUTOMATIC_FORMATS.has(s.getRange(2, columnsOf(s, spec).get(c.id)!).getNumberFormat())]).toEqual([spec.id, c.id, true]);
      }
    }

    syncProjects();
    expect(projets.getRange(4, 1).getValue()).toBe('P-0003');
    for (const spec of INSTRUMENT_SHEETS) {
      expect(sheet(fake, spec.name.fr).getRange(2, 1, 4, 2).getValues()).toEqual([
        ['P-0001', 'Épicerie'],
        ['P-0002', '=IMPORTXML("http://x";"//a")'],
        ['P-0003', 'Garage solidaire'],
        ['', ''],
      ]);
    }
    expect(visibleApostrophes()).toEqual([]);
    expect(dataFormulas()).toEqual([]);
  });

  test('a column whose second row a save turned to Automatic is still migrated, and only its `@` cells lose an apostrophe', () => {
    oldWorkbook();
    const grid = sheet(fake, 'Grille AMI');
    const comment = columnsOf(grid, AMI).get('comment:caractere-collectif')!;
    grid.getRange(3, comment).setValue("'Gouvernance partagée");
    // After the upgrade, before setup: a reviewer saves a comment starting with an apostrophe on row 2.
    saveProject({ id: 'P-0001', sheet: 'ami', changes: [{ field: 'comment:caractere-collectif', before: "'Collectif restreint", after: "'cité" }] });
    expect(grid.getRange(2, comment, 2, 1).getValues()).toEqual([["'cité"], ["'Gouvernance partagée"]]);
    setupWorkbook();
    expect(grid.getRange(2, comment, 2, 1).getValues()).toEqual([["'cité"], ['Gouvernance partagée']]);
    expect(AUTOMATIC_FORMATS.has(grid.getRange(3, comment).getNumberFormat())).toBe(true);
  });

  test('a dashboard the previous version updated twice (apostrophes visible in its `@` cells, no mark) is still recognised as the add-on’s', () => {
    loadDemo();
    buildDashboard();
    const dash = sheet(fake, 'Tableau de bord');
    for (const m of dash.getDeveloperMetadata()) m.remove();
    dash
      .getRange(1, 1, 2, 1)
      .setNumberFormat('@')
      .setValues([[`'${DASHBOARD_TITLE.fr}`], [`'${INTRO.fr}`]]);
    buildDashboard();
    expect(
      fake.spreadsheet
        .getSheets()
        .map((s) => s.getName())
        .filter((n) => /tableau de bord/i.test(n)),
    ).toEqual(['Tableau de bord']);
    expect(dash.getRange(1, 1, 2, 1).getValues()).toEqual([[DASHBOARD_TITLE.fr], [INTRO.fr]]);
  });

  test("before any migration, an ID shown as 'P-0001 is the same project: the sync adds no second row and generates no colliding ID", () => {
    oldWorkbook();
    syncProjects();
    expect(sheet(fake, 'Projets').getRange(4, 1).getValue()).toBe('P-0003');
    for (const spec of INSTRUMENT_SHEETS) {
      const ids = sheet(fake, spec.name.fr)
        .getRange(2, 1, 4, 1)
        .getValues()
        .map((r) => r[0]);
      expect(ids).toEqual(["'P-0001", "'P-0002", 'P-0003', '']);
    }
    // The sidebar finds the project by its ID too.
    expect(
      saveProject({ id: 'P-0001', sheet: 'ami', changes: [{ field: 'comment:caractere-collectif', before: "'Collectif restreint", after: 'Revu' }] }),
    ).toMatchObject({ status: 'saved' });
  });
});

describe('writeCells: O(1) calls per block', () => {
  test("a block of IDs needs no format read; text adds one read; a = or ' text in a @ cell adds one format write that keeps the other cells’ formats", () => {
    const s = fake.spreadsheet.insertSheet('Feuille');
    s.getRange('B2').setNumberFormat('#,##0.00 "€"');
    s.getRange('C2:C3').setNumberFormat('@');
    fake.resetCalls();
    writeCells(s.getRange('A1:A3'), [['P-0001'], ['P-0002'], ['']]);
    expect(fake.calls.byMethod).toEqual({ 'Sheet.getRange': 1, 'Range.setValues': 1 });

    fake.resetCalls();
    writeCells(s.getRange('A2:C3'), [
      ['=x', 12.5, '=y'],
      [formula('=1+1'), '12/03', "'z"],
    ]);
    expect(fake.calls.byMethod).toEqual({ 'Sheet.getRange': 1, 'Range.getNumberFormats': 1, 'Range.setNumberFormats': 1, 'Range.setValues': 1 });
    expect(s.getRange('A2:C3').getValues()).toEqual([
      ['=x', 12.5, '=y'],
      ['', '12/03', "'z"],
    ]);
    expect(s.getRange('A3').getFormula()).toBe('=1+1');
    expect(s.getRange('B2').getNumberFormat()).toBe('#,##0.00 "€"');
    expect(AUTOMATIC_FORMATS.has(s.getRange('C2').getNumberFormat())).toBe(true);

    // Safe text in a @ cell is written as it is, the cell keeps its format: no format write.
    s.getRange('D2').setNumberFormat('@');
    fake.resetCalls();
    writeCells(s.getRange('D2:E2'), [['+33 6', '-5']]);
    expect(fake.calls.byMethod['Range.setNumberFormats'] ?? 0).toBe(0);
    expect(s.getRange('D2:E2').getValues()).toEqual([['+33 6', '-5']]);
    expect(s.getRange('D2').getNumberFormat()).toBe('@');
  });
});
