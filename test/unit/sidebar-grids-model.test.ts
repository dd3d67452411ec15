import type { GridList, SheetRecord } from '../../src/contract/endpoints';
import { readGridDefinitions } from '../../src/core/grids/definition';
import { GridsModel } from '../../sidebar/grids-model';

/** The « Grilles » tab's state (issue 14 §5): edits per grid, dropped only by a save or a discard, as the instruments'. */
const { grids } = readGridDefinitions([
  ['Grille', 'Critère', 'Niveau 0', 'Niveau 1', 'Niveau 2'],
  ['Accueil', 'Engagement', 'faible', 'moyen', 'fort'],
  ['Suivi', 'Jalons', 'aucun', 'quelques-uns', 'tous'],
]);
const record = (fields: Record<string, string | number>, status: SheetRecord['status'] = 'ok'): SheetRecord => ({
  status,
  sheetName: 'x',
  rows: [2],
  fields,
  missing: [],
});
const list = (accueil: Record<string, string | number>, suivi: SheetRecord = record({}, 'no-sheet')): GridList => ({
  grids: [
    { grid: grids[0], record: record(accueil), others: [] },
    { grid: grids[1], record: suivi, others: [] },
  ],
  problems: [],
  sheetName: 'Grilles personnalisées',
  blind: false,
});
const LEVEL = 'criterion:engagement';

test('edits are kept per grid, with the loaded value as before; a grid without its sheet is not editable', () => {
  const m = new GridsModel(list({ [LEVEL]: 1 }));
  m.set('Accueil', LEVEL, 2);
  m.set('Accueil', 'comment', 'Revu');
  expect(m.editCount()).toBe(2);
  expect(m.dirtyGrids()).toEqual(['Accueil']);
  expect(m.changes('Accueil')).toEqual([
    { field: LEVEL, before: 1, after: 2 },
    { field: 'comment', before: '', after: 'Revu' },
  ]);
  m.set('Accueil', LEVEL, 1);
  expect(m.editCount()).toBe(1);
  expect(m.editable('Accueil', LEVEL)).toBe(true);
  expect(m.editable('Suivi', 'criterion:jalons')).toBe(false);
});

test('a save makes the fresh row the baseline; an edit typed meanwhile stays, against its old baseline', () => {
  const m = new GridsModel(list({ [LEVEL]: 1, comment: '' }));
  m.set('Accueil', LEVEL, 2);
  const sent = m.changes('Accueil');
  m.set('Accueil', 'comment', 'tapé pendant l’enregistrement');
  m.saved('Accueil', sent, record({ [LEVEL]: 2, comment: 'quelqu’un d’autre' }));
  expect(m.value('Accueil', LEVEL)).toBe(2);
  expect(m.changes('Accueil')).toEqual([{ field: 'comment', before: '', after: 'tapé pendant l’enregistrement' }]);
});

test('a conflict keeps the edit until a choice; « theirs » drops it, « mine » keeps it against their value', () => {
  const m = new GridsModel(list({ [LEVEL]: 1, comment: '' }));
  m.set('Accueil', LEVEL, 2);
  m.set('Accueil', 'comment', 'le mien');
  m.conflicted('Accueil', [
    { field: LEVEL, before: 1, theirs: 0, mine: 2 },
    { field: 'comment', before: '', theirs: 'le leur', mine: 'le mien' },
  ]);
  expect(m.applyChoices()).toBe(false);
  m.choose(m.conflicts[0], 'theirs');
  m.choose(m.conflicts[1], 'mine');
  expect(m.applyChoices()).toBe(true);
  expect(m.value('Accueil', LEVEL)).toBe(0);
  expect(m.changes('Accueil')).toEqual([{ field: 'comment', before: 'le leur', after: 'le mien' }]);
});

test('a reload keeps my edits against their old baseline, takes the rest, drops a grid that is gone; discard drops all', () => {
  const m = new GridsModel(list({ [LEVEL]: 1, comment: 'a' }));
  m.set('Accueil', LEVEL, 2);
  m.reloaded(list({ [LEVEL]: 0, comment: 'b' }));
  expect(m.value('Accueil', 'comment')).toBe('b');
  // Changed meanwhile to 0: still sent with before = 1, so the server reports the conflict.
  expect(m.changes('Accueil')).toEqual([{ field: LEVEL, before: 1, after: 2 }]);
  m.reloaded({ ...list({}), grids: [] });
  expect(m.editCount()).toBe(0);
  const n = new GridsModel(list({}));
  n.set('Accueil', LEVEL, 2);
  n.discard();
  expect(n.editCount()).toBe(0);
});
