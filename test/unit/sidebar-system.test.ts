import type { SaveSystemResult, SystemActorJson } from '../../src/contract/endpoints';
import { SYSTEM } from '../../src/sheets/schema';
import { SYSTEM_ROLES } from '../../src/core/system/target-system';
import { Refusal } from '../../src/server/sidebar/endpoint';
import { getSystem, saveSystem } from '../../src/server/sidebar/system';
import { columnsOf, setUpWithProjects, sheet, workbookFake, type Fake } from '../helpers/workbook';

/**
 * Issue 14 §3: the panel's section « Système social cible » reads a project's actors (getSystem) and
 * saves its edits (saveSystem) under the lock, rows found by (ID, actor, category), never by row number.
 */
let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
  setUpWithProjects(fake, 2);
  const s = sheet(fake, SYSTEM.name.fr);
  const at = columnsOf(s, SYSTEM);
  // Rows 2–6: two projects' actors interleaved, and a blank row 5 (an actor removed earlier).
  const rows = [
    ['P-0001', 'Association porteuse', 'Expérimentation', ROLE(0), ''],
    ['P-0002', 'Université', 'Modélisation', ROLE(0), ''],
    ['P-0001', 'Mairie', 'Coopération', 'Conduite partagée', 'convention 2025'],
    ['', '', '', '', ''],
    ['P-0001', 'CAF', 'Financement', ROLE(2), ''],
  ];
  rows.forEach((r, k) => {
    (['id', 'actor', 'category', 'role', 'comment'] as const).forEach((id, c) => s.getRange(k + 2, at.get(id)!).setValue(r[c]));
  });
});
afterEach(() => fake.done());

const ROLE = (i: number) => SYSTEM_ROLES[i].label.fr;
const actor = (name: string, category: string, role: string, comment = ''): SystemActorJson => ({ actor: name, category, role, comment });
const cells = () => {
  const s = sheet(fake, SYSTEM.name.fr);
  const at = columnsOf(s, SYSTEM);
  return s
    .getDataRange()
    .getValues()
    .slice(1)
    .map((r) => [r[at.get('id')! - 1], r[at.get('actor')! - 1], r[at.get('category')! - 1], r[at.get('role')! - 1], r[at.get('comment')! - 1]]);
};
const MAIRIE = actor('Mairie', 'Coopération', 'Conduite partagée', 'convention 2025');

test('getSystem reads the project’s rows only, texts as written (an unreadable category kept for the panel to show)', () => {
  expect(getSystem({ id: 'P-0001', lang: 'fr' })).toEqual({
    sheetName: 'Système social cible',
    actors: [actor('Association porteuse', 'Expérimentation', ROLE(0)), MAIRIE, actor('CAF', 'Financement', ROLE(2))],
  });
  expect(getSystem({ id: 'P-0009', lang: 'fr' }).actors).toEqual([]);
});

test('saveSystem changes, removes and adds by key: the role as the seed’s sentence, the removed row blanked, the new one in the first free row below the last ID', () => {
  const result = saveSystem({
    id: 'P-0001',
    lang: 'fr',
    changes: [
      { before: MAIRIE, after: { ...MAIRIE, role: 'rôle-clé' } },
      { before: actor('CAF', 'Financement', ROLE(2)) },
      { after: actor('  Collectif national ', 'plaidoyer', 'Rôle marginal', 'réseau') },
    ],
  }) as SaveSystemResult;
  expect(result.status).toBe('saved');
  expect(cells()).toEqual([
    ['P-0001', 'Association porteuse', 'Expérimentation', ROLE(0), ''],
    ['P-0002', 'Université', 'Modélisation', ROLE(0), ''],
    ['P-0001', 'Mairie', 'Coopération', ROLE(0), 'convention 2025'],
    ['', '', '', '', ''],
    ['', '', '', '', ''],
    ['P-0001', 'Collectif national', 'Plaidoyer', ROLE(2), 'réseau'],
  ]);
  expect(result.table.actors.map((a) => a.actor)).toEqual(['Association porteuse', 'Mairie', 'Collectif national']);
  expect(getSystem({ id: 'P-0001', lang: 'fr' }).actors).toEqual(result.table.actors);
});

test('a row changed or removed by someone else since the read is a conflict: nothing written, the table as it is now', () => {
  const s = sheet(fake, SYSTEM.name.fr);
  const at = columnsOf(s, SYSTEM);
  // Someone sorts the sheet and changes the Mairie's comment meanwhile; the CAF's row is gone.
  s.getRange(4, at.get('comment')!).setValue('convention 2026');
  s.getRange(6, 1, 1, 5).clearContent();
  s.insertRowsBefore(2, 1);
  const before = JSON.stringify(cells());
  const result = saveSystem({
    id: 'P-0001',
    lang: 'fr',
    changes: [
      { before: MAIRIE, after: { ...MAIRIE, comment: 'convention signée' } },
      { before: actor('CAF', 'Financement', ROLE(2)), after: actor('CAF', 'Coopération', ROLE(2)) },
      { after: actor('Région', 'Coopération', ROLE(1)) },
    ],
  }) as SaveSystemResult;
  expect(result).toMatchObject({
    status: 'conflict',
    conflicts: [
      { before: MAIRIE, theirs: { ...MAIRIE, comment: 'convention 2026' } },
      { before: actor('CAF', 'Financement', ROLE(2)), theirs: null },
    ],
  });
  expect(JSON.stringify(cells())).toBe(before);
  // The row is found by its key wherever it now is: the same edit against the new comment goes in.
  const again = saveSystem({
    id: 'P-0001',
    lang: 'fr',
    changes: [{ before: { ...MAIRIE, comment: 'convention 2026' }, after: { ...MAIRIE, comment: 'convention signée' } }],
  });
  expect(again.status).toBe('saved');
  expect(cells()[3]).toEqual(['P-0001', 'Mairie', 'Coopération', 'Conduite partagée', 'convention signée']);
});

test('refused, nothing written: a new actor already there for the project and category (named with its row), a bad category or role, a request the schema refuses', () => {
  const before = JSON.stringify(cells());
  const refusal = (changes: unknown) => {
    try {
      saveSystem({ id: 'P-0001', lang: 'fr', changes });
    } catch (e) {
      expect(e).toBeInstanceOf(Refusal);
      return e as Refusal;
    }
    throw new Error('not refused');
  };
  expect(refusal([{ after: actor('mairie ', 'coopération', ROLE(2)) }]).message).toBe(
    '« mairie » figure déjà pour P-0001 en « Coopération » (« Système social cible », ligne 4) : un rôle par acteur et par catégorie. Rien n’a été enregistré : modifiez plutôt cette ligne.',
  );
  // The same actor in another category is another row: no refusal for that; two adds of one key are.
  expect(refusal([{ after: actor('Région', 'Plaidoyer', ROLE(1)) }, { after: actor('région', 'Plaidoyer', ROLE(2)) }]).message).toMatch(
    /^« région » est ajouté deux fois pour P-0001 en « Plaidoyer »/,
  );
  expect(refusal([{ after: actor('Région', 'Financement', ROLE(1)) }]).message).toBe(
    'Acteur « Région », « Catégorie d’innovation » : « Financement » n’est pas une catégorie d’innovation : Expérimentation, Coopération, Modélisation ou Plaidoyer',
  );
  expect(refusal([{ after: actor('Région', 'Plaidoyer', 'chef') }]).message).toMatch(/^Acteur « Région », « Rôle » : « chef » n’est pas un rôle/);
  expect(refusal([{ after: actor(' ', 'Plaidoyer', ROLE(0)) }]).message).toMatch(/^Un acteur sans nom/);
  const invalid = refusal([{}]);
  expect(invalid.kind).toBe('invalid');
  expect(refusal([{ after: { actor: 'X', category: 'Plaidoyer', role: ROLE(0) } }]).kind).toBe('invalid');
  expect(refusal([]).kind).toBe('invalid');
  expect(JSON.stringify(cells())).toBe(before);
});
