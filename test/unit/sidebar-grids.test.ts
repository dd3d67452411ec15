import type { Context, GridList, SaveResult } from '../../src/contract/endpoints';
import { readGridDefinitions, type CustomGrid } from '../../src/core/grids/definition';
import { gridSheetSpec } from '../../src/core/grids/sheet';
import { getContext, getGrids as getGridsReply, saveGrid as saveGridReply } from '../../src/server/sidebar';
import { setAssessmentState } from '../../src/server/sidebar/assessment-state';
import { getGrids, saveGrid } from '../../src/server/sidebar/grids';
import { saveProject } from '../../src/server/sidebar/save-project';
import { ensureCustomGrids } from '../../src/sheets/grids/ensure';
import { markGridSheet } from '../../src/sheets/grids/read';
import { withDocumentLock } from '../../src/sheets/lock';
import { PARAMETER_NAMES } from '../../src/sheets/templates/parameters';
import { addSheet, assessmentRows, columnsOf, setUpWithProjects, sheet, workbookFake, type Fake, type Row } from '../helpers/workbook';
import { scriptToday } from '../helpers/today';

/**
 * The « Grilles » tab's endpoints (issue 14 §5): getGrids reads the grids users define and the
 * project's rows in each grid's sheet; saveGrid writes my row there with saveProject's rules (found by
 * key under the lock, created on the first save, conflicts returned, never overwritten).
 */
let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
});
afterEach(() => fake.done());

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// « Accueil » (levels 1–4, two groups « Équipe » and « Utilité », weights 2 / 1 / 1) is valid; « Cassée » repeats a criterion (row 6).
const DEFINITIONS = [
  ['Grille', 'Groupe', 'Critère', 'Poids', 'Niveau 1', 'Niveau 2', 'Niveau 3', 'Niveau 4'],
  ['Accueil', 'Équipe', 'Engagement', 2, 'Temps perdu', 'Temps partiel', 'Calendrier', 'Plein temps'],
  ['Accueil', 'Équipe', 'Compétences', 1, 'Absentes', 'Quelques-unes', 'Plan', 'Complètes'],
  ['Accueil', 'Utilité', 'Besoin', 1, 'Supposé', 'Décrit', 'Étayé', 'Confirmé'],
  ['Cassée', '', 'Qualité', '', 'a', 'b', 'c', 'd'],
  ['Cassée', '', 'qualité', '', 'a', 'b', 'c', 'd'],
];
const ENGAGEMENT = 'criterion:engagement';
const BESOIN = 'criterion:besoin';

/** A set-up workbook with 3 projects, the definitions, and « Accueil »'s sheet as the add-on marks it, holding `rows`. */
function workbook(rows: Row[] = []): { grid: CustomGrid; gridSheet: Sheet } {
  setUpWithProjects(fake, 3);
  const defs = fake.spreadsheet.insertSheet('Grilles personnalisées');
  defs.getRange(1, 1, DEFINITIONS.length, DEFINITIONS[0].length).setValues(DEFINITIONS);
  const grid = readGridDefinitions(DEFINITIONS).grids[0];
  const gridSheet = addSheet(fake, gridSheetSpec(grid), rows);
  markGridSheet(gridSheet, grid);
  return { grid, gridSheet };
}

const today = () => scriptToday();
const read = (id: string, reviewer = 'Claire', date = '') => getGrids({ id, reviewer, date }) as GridList;
const save = (id: string, changes: { field: string; before: string | number; after: string | number }[], reviewer = 'Claire', date = '') =>
  saveGrid({ id, reviewer, date, grid: 'Accueil', changes }) as SaveResult;

describe('getGrids', () => {
  test('the valid grids with their criteria, the refused one as a problem naming its cell, my row still to be made', () => {
    workbook([{ id: 'P-0001', name: 'Projet 1', reviewer: 'Idriss', date: '2026-11-02', [ENGAGEMENT]: 3, [BESOIN]: 4 }]);
    const list = read('P-0001');
    expect(list.grids.map((g) => g.grid.name)).toEqual(['Accueil']);
    const [accueil] = list.grids;
    expect(accueil.grid.levels).toEqual([1, 2, 3, 4]);
    expect(accueil.grid.groups).toEqual(['Équipe', 'Utilité']);
    expect(accueil.grid.criteria.map((c) => [c.label, c.weight, c.descriptors[0]])).toEqual([
      ['Engagement', 2, 'Temps perdu'],
      ['Compétences', 1, 'Absentes'],
      ['Besoin', 1, 'Supposé'],
    ]);
    expect(accueil.record).toMatchObject({ status: 'no-row', sheetName: 'Grille – Accueil' });
    // Idriss's row is someone else's: listed with its fields (no blind review).
    expect(accueil.others).toMatchObject([{ reviewer: 'Idriss', date: '2026-11-02', hidden: false, fields: { [ENGAGEMENT]: 3, [BESOIN]: 4 } }]);
    expect(list.blind).toBe(false);
    // The duplicate criterion of « Cassée » (row 6, column C), in both languages.
    expect(list.problems).toHaveLength(1);
    expect(list.problems[0].fr).toContain('cellule C6');
    expect(list.problems[0].en).toContain('cell C6');
    expect(list.sheetName).toBe('Grilles personnalisées');
  });

  test('a workbook without definitions: no grid, no problem; getContext says so when asked only', () => {
    setUpWithProjects(fake, 1);
    expect(read('P-0001')).toEqual({ grids: [], problems: [], sheetName: 'Grilles personnalisées', blind: false });
    const context = (request: unknown) => (getContext(request) as { ok: true; data: { grids?: boolean } }).data;
    expect(context({ grids: true }).grids).toBe(false);
    fake.spreadsheet.insertSheet('Grilles personnalisées');
    expect(context({ grids: true }).grids).toBe(true);
    // The poll does not ask: nothing more is read.
    expect(context({})).not.toHaveProperty('grids');
  });

  test('a grid whose sheet the add-on has not made yet: no-sheet, nothing else read', () => {
    setUpWithProjects(fake, 1);
    fake.spreadsheet.insertSheet('Grilles personnalisées').getRange(1, 1, 4, 8).setValues(DEFINITIONS.slice(0, 4));
    // A user's sheet with the grid's usual name is not the add-on's: never read nor written.
    fake.spreadsheet.insertSheet('Grille – Accueil');
    expect(read('P-0001').grids[0].record).toMatchObject({ status: 'no-sheet', sheetName: 'Grille – Accueil' });
    expect(() => save('P-0001', [{ field: ENGAGEMENT, before: '', after: 2 }])).toThrow(
      /rien n’a été enregistré\. Utilisez « Grilles personnalisées : créer \/ mettre à jour » dans le menu du module, puis/,
    );
  });
});

describe('saveGrid', () => {
  test('my first save makes my row, dated today with the key; the next one writes that row only', () => {
    const { gridSheet } = workbook([{ id: 'P-0002', name: 'Projet 2', reviewer: 'Idriss', date: '2026-11-02', [ENGAGEMENT]: 1 }]);
    const first = save('P-0002', [
      { field: ENGAGEMENT, before: '', after: 3 },
      { field: 'comment', before: '', after: '=HYPERLINK("x")' },
    ]);
    expect(first).toMatchObject({ status: 'saved', written: 2, date: today(), record: { status: 'ok' } });
    const again = save('P-0002', [{ field: BESOIN, before: '', after: 4 }], 'Claire', today());
    expect(again).toMatchObject({ status: 'saved', written: 1 });
    const rows = assessmentRows(gridSheet, gridSheetSpec(read('P-0002').grids[0].grid));
    expect(rows.map((r) => [r.id, r.name, r.reviewer, r.date, r[ENGAGEMENT], r[BESOIN], r.comment])).toEqual([
      ['P-0002', 'Projet 2', 'Idriss', '2026-11-02', 1, '', ''],
      // A comment stays text, never a formula.
      ['P-0002', 'Projet 2', 'Claire', today(), 3, 4, '=HYPERLINK("x")'],
    ]);
    expect(read('P-0002').grids[0].record).toMatchObject({ status: 'ok', fields: { [ENGAGEMENT]: 3, [BESOIN]: 4 } });
  });

  test('someone else changed my level since I read it: a conflict, nothing written', () => {
    const { gridSheet } = workbook([{ id: 'P-0001', name: 'Projet 1', reviewer: 'Claire', date: '2026-11-02', [ENGAGEMENT]: 2 }]);
    const loaded = read('P-0001').grids[0].record.fields[ENGAGEMENT] as number;
    expect(loaded).toBe(2);
    // A colleague edits my row in the sheet meanwhile: 2 → 4.
    gridSheet.getRange(2, columnsOf(gridSheet, gridSheetSpec(read('P-0001').grids[0].grid)).get(ENGAGEMENT)!).setValue(4);
    const result = save(
      'P-0001',
      [
        { field: ENGAGEMENT, before: loaded, after: 3 },
        { field: 'comment', before: '', after: 'Revu' },
      ],
      'Claire',
      '2026-11-02',
    );
    expect(result).toMatchObject({ status: 'conflict', conflicts: [{ field: ENGAGEMENT, before: 2, theirs: 4, mine: 3 }] });
    const rows = assessmentRows(gridSheet, gridSheetSpec(read('P-0001').grids[0].grid));
    expect(rows.map((r) => [r[ENGAGEMENT], r.comment])).toEqual([[4, '']]);
    // « 4 » typed as text by the colleague and my 4: the same level, agreement rather than conflict.
    gridSheet.getRange(2, columnsOf(gridSheet, gridSheetSpec(read('P-0001').grids[0].grid)).get(ENGAGEMENT)!).setValue('4');
    expect(save('P-0001', [{ field: ENGAGEMENT, before: 2, after: 4 }], 'Claire', '2026-11-02')).toMatchObject({ status: 'saved', written: 0 });
  });

  test('a level that is not the grid’s, a computed column or an unknown grid: refused with a message, nothing written', () => {
    const { gridSheet } = workbook();
    const before = gridSheet.getDataRange().getValues();
    expect(() => save('P-0001', [{ field: ENGAGEMENT, before: '', after: 5 }])).toThrow(
      '« Engagement » : « 5 » n’est pas un niveau de la grille « Accueil » (niveaux acceptés 1, 2, 3 ou 4). Rien n’a été enregistré.',
    );
    expect(() => save('P-0001', [{ field: 'total', before: '', after: 1 }])).toThrow(/n’est pas modifiable depuis le panneau/);
    expect(() => saveGrid({ id: 'P-0001', grid: 'Cassée', changes: [{ field: 'comment', before: '', after: 'x' }] })).toThrow(
      /n’est pas \(ou plus\) une grille valide/,
    );
    expect(gridSheet.getDataRange().getValues()).toEqual(before);
  });

  test('a malformed request is refused by its schema with a message', () => {
    workbook();
    const reply = (request: unknown) => saveGridReply(request) as { ok: boolean; error?: { kind: string; message: string } };
    const missing = reply({ id: 'P-0001', changes: [{ field: ENGAGEMENT, before: '', after: 2 }] });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(missing.error!.message).toMatch(/^Le panneau a envoyé une demande invalide à saveGrid — grid/);
    expect(reply({ id: 'P-0001', grid: 'Accueil', changes: [] })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(reply({ id: 'P-0001', grid: 'Accueil', changes: [{ field: 'criterion:<b>', before: '', after: 2 }] })).toMatchObject({ ok: false });
    expect(getGridsReply({ id: 'P-0001', grid: 'Accueil' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(getGridsReply({ id: 'P-0001', lang: 'en' })).toMatchObject({ ok: true });
  });
});

test('on the sheet the menu action lays out (the example grid): my level and comment saved, read back', () => {
  setUpWithProjects(fake, 2);
  withDocumentLock(() => ensureCustomGrids(fake.spreadsheet, 'fr'));
  const [example] = read('P-0001').grids;
  expect(example.grid.name).toBe('Entrée en incubation');
  const level = `criterion:${example.grid.criteria[0].id}`;
  const result = saveGrid({
    id: 'P-0001',
    reviewer: 'Claire',
    grid: 'entree en incubation',
    changes: [
      { field: level, before: '', after: 4 },
      { field: 'comment', before: '', after: 'Solide' },
    ],
  });
  expect(result).toMatchObject({ status: 'saved', written: 2 });
  expect(read('P-0001').grids[0].record).toMatchObject({ status: 'ok', fields: { [level]: 4, comment: 'Solide', name: 'Projet 1', reviewer: 'Claire' } });
});

test('« Terminée » and « Je me déporte » mark my row of each grid too, so the grid’s consensus leaves a recusal out', () => {
  const { gridSheet, grid } = workbook([{ id: 'P-0001', name: 'Projet 1', reviewer: 'Claire', date: '2026-11-02', [ENGAGEMENT]: 2 }]);
  setAssessmentState({ id: 'P-0001', reviewer: 'Claire', date: '2026-11-02', status: 'done' });
  // Recused from P-0002, where I have no grid row yet: the row is made, dated today, recused.
  const result = setAssessmentState({ id: 'P-0002', reviewer: 'Claire', date: '', recused: true, reason: 'Conflit' }) as { created: number };
  expect(result.created).toBeGreaterThan(0);
  const rows = assessmentRows(gridSheet, gridSheetSpec(grid));
  expect(rows.map((r) => [r.id, r.reviewer, r.date, r['review-status'], r.recused, r['recusal-reason']])).toEqual([
    ['P-0001', 'Claire', '2026-11-02', 'Terminée', '', ''],
    ['P-0002', 'Claire', today(), '', true, 'Conflit'],
  ]);
});

describe('blind review', () => {
  test('the others’ rows are hidden until my assessment is « Terminée »', () => {
    workbook([{ id: 'P-0001', name: 'Projet 1', reviewer: 'Idriss', date: '2026-11-02', [ENGAGEMENT]: 3, comment: 'Très engagés' }]);
    fake.spreadsheet.getRangeByName(PARAMETER_NAMES.blindReview)!.setValue('oui');
    const hidden = read('P-0001').grids[0].others[0];
    expect(hidden).toMatchObject({ reviewer: 'Idriss', hidden: true, fields: {} });
    expect(read('P-0001').blind).toBe(true);
    // Marked done from the panel (« Marquer comme terminée »): written in the instrument sheets.
    saveProject({ id: 'P-0001', sheet: 'ami', reviewer: 'Claire', changes: [{ field: 'level:caractere-collectif', before: '', after: 2 }] });
    setAssessmentState({ id: 'P-0001', reviewer: 'Claire', date: today(), status: 'done' });
    expect(read('P-0001', 'Claire', today()).grids[0].others[0]).toMatchObject({ hidden: false, fields: { [ENGAGEMENT]: 3, comment: 'Très engagés' } });
  });
});

test('the definitions are read once, and the grids’ sheets found by one metadata look-up', () => {
  const { gridSheet } = workbook([{ id: 'P-0001', name: 'Projet 1', reviewer: 'Idriss', date: '2026-11-02', [ENGAGEMENT]: 3 }]);
  expect(sheet(fake, 'Grille – Accueil')).toBe(gridSheet);
  fake.resetCalls();
  read('P-0001');
  expect(fake.calls.byMethod['Sheet.getDataRange']).toBe(1);
  expect(fake.calls.byMethod['Spreadsheet.createDeveloperMetadataFinder']).toBe(1);
  // (The fake does not count the calls made on a sheet reached through its metadata's location: the
  // grid sheet's reads, the ID column then the project's rows as every instrument sheet, are not here.)
});

describe('getContext in a grid’s sheet (the panel follows the cursor there)', () => {
  const context = (request: unknown = {}) => (getContext(request) as { ok: true; data: Context }).data;

  test('a row of the add-on’s grid sheet: its project and its grid, found by the mark, renamed or not', () => {
    const { gridSheet } = workbook([
      { id: 'P-0002', name: 'Projet 2', reviewer: 'Idriss', date: '2026-11-02' },
      { id: 'P-0003', name: 'Projet 3', reviewer: 'Claire', date: '2026-11-03' },
    ]);
    fake.select('Grille – Accueil', 'E3');
    expect(context()).toEqual({ lang: 'fr', projectId: 'P-0003', sheet: 'grid', grid: 'accueil' });
    // The header row: no project, still the grid (the panel shows its tab).
    fake.select('Grille – Accueil', 'B1');
    expect(context()).toEqual({ lang: 'fr', projectId: null, sheet: 'grid', grid: 'accueil' });
    // Renamed by a user, the sheet keeps its mark.
    gridSheet.setName('Accueil 2026');
    fake.select('Accueil 2026', 'A2');
    expect(context()).toEqual({ lang: 'fr', projectId: 'P-0002', sheet: 'grid', grid: 'accueil' });
  });

  test('a user’s sheet named like a grid’s, with an ID column, is not followed', () => {
    setUpWithProjects(fake, 2);
    const accueil = readGridDefinitions(DEFINITIONS).grids[0];
    addSheet(fake, gridSheetSpec(accueil), [{ id: 'P-0001', name: 'Projet 1', reviewer: 'Idriss' }]);
    fake.select('Grille – Accueil', 'A2');
    expect(context()).toEqual({ lang: 'fr', projectId: null, sheet: null });
  });

  test('the usual poll (Projets, an instrument) reads no metadata; a grid’s sheet adds its own metadata only', () => {
    workbook([{ id: 'P-0001', name: 'Projet 1', reviewer: 'Idriss', date: '2026-11-02' }]);
    fake.select('Projets', 'A2');
    fake.resetCalls();
    expect(context({ lang: 'fr' })).toEqual({ lang: 'fr', projectId: 'P-0001', sheet: 'projects' });
    const inProjets = fake.calls.total;
    expect(fake.calls.byMethod['Sheet.getDeveloperMetadata'] ?? 0).toBe(0);
    fake.select('Grille – Accueil', 'A2');
    fake.resetCalls();
    expect(context({ lang: 'fr' }).projectId).toBe('P-0001');
    // One metadata list of the active sheet, then its one mark's key and value: three calls, never the workbook-wide finder.
    expect(fake.calls.byMethod['Sheet.getDeveloperMetadata']).toBe(1);
    expect(fake.calls.byMethod['Spreadsheet.createDeveloperMetadataFinder'] ?? 0).toBe(0);
    expect(fake.calls.total).toBe(inProjets + 3);
  });
});
