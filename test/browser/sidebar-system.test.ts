import { SRL_LEVELS } from '../../src/core/srl/scale';
import { cellText, screenshotPath, selectProject, until, useSession } from '../helpers/browser';

/**
 * Issue 14 §3–§4 in the real sidebar: the section « Système social cible » (P-0001's five demo actors,
 * one added, the matrix following, saved into the sheet by key), then, in « Protocole » (steps 1–4
 * done), « Enregistrer comme preuve SRL 4 »: an unsaved edit of the SRL tab, saved with the others.
 */
const s = useSession();

test('the actors edited and saved, the matrix live; the protocol’s SRL 4 evidence recorded through the SRL save', async () => {
  await selectProject(s, 'Projets', 'P-0001');
  const section = s.sidebar.locator('details.system');
  await section.locator('summary').click();
  await until(async () => (await section.locator('fieldset.actor-row').count()) === 5, 'the five demo actors');
  const cell = (category: string, role: number) =>
    section
      .locator('table.matrix tbody tr', { has: s.sidebar.locator(`th:text-is("${category}")`) })
      .locator('td')
      .nth(role);
  expect(await cell('Plaidoyer', 0).textContent()).toBe('Collectif national');
  expect(await cell('Plaidoyer', 1).textContent()).toBe('— vide');
  expect(await section.locator('.verdict').textContent()).toBe('4/12 cases remplies ; sans rôle-clé : Coopération, Modélisation');

  await section.getByRole('button', { name: 'Ajouter un acteur' }).click();
  const added = section.locator('fieldset.actor-row').last();
  await added.getByLabel('Acteur', { exact: true }).fill('Fondation <b>locale</b>');
  await added.getByLabel('Catégorie d’innovation').selectOption({ label: 'Modélisation' });
  await added.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Rôle-clé' });
  // The seed's sentence under the short name; the matrix and its line follow before any save; markup stays text.
  expect(await added.locator('.field p').textContent()).toBe("L'acteur concerné a un rôle-clé dans la conduite de l'innovation");
  expect(await cell('Modélisation', 0).textContent()).toBe('Fondation <b>locale</b>');
  expect(await section.locator('.verdict').textContent()).toBe('5/12 cases remplies ; sans rôle-clé : Coopération');
  await section.locator('.system-matrix').screenshot({ path: screenshotPath('sidebar-system-matrix') });

  await section.getByRole('button', { name: 'Enregistrer les acteurs' }).click();
  await section.getByText('Acteurs enregistrés.').waitFor();
  const rows = s.playground.book.fake.spreadsheet.getSheetByName('Système social cible')!.getDataRange().getValues();
  expect(rows.find((r) => r[1] === 'Fondation <b>locale</b>')?.slice(0, 4)).toEqual([
    'P-0001',
    'Fondation <b>locale</b>',
    'Modélisation',
    "L'acteur concerné a un rôle-clé dans la conduite de l'innovation",
  ]);

  // The protocol: steps 1–4 done evidence SRL 4 and 5; SRL 4 is already 100 % in the demo, so the line goes to « Preuves ».
  await s.sidebar.getByRole('tab', { name: 'Protocole' }).click();
  await s.sidebar.getByRole('button', { name: 'Enregistrer comme preuve SRL 4' }).click();
  await s.sidebar.getByText(/Preuve de SRL 4 reportée dans l’onglet SRL/).waitFor();
  await s.sidebar.getByRole('tab', { name: 'SRL' }).click();
  const notes = s.sidebar.getByLabel('Preuves (notes)');
  expect(await notes.inputValue()).toMatch(
    /\nSRL 4 — protocole : étape 1 « Formuler et prioriser ce que l'on va tester \(fonctions clés\) » \(preuve : Illustratif/,
  );
  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(async () => (await cellText(s, 'SRL', 'P-0001', 'Preuves')).includes('SRL 4 — protocole : étape 1'), 'the SRL sheet’s evidence');
  expect(await cellText(s, 'SRL', 'P-0001', `SRL ${SRL_LEVELS[3].level}`)).toMatch(/^100\s%$/);
  await s.sidebar.getByRole('tab', { name: 'Protocole' }).click();
  await s.sidebar.getByText('Preuve de SRL 4 enregistrée dans votre évaluation SRL.').waitFor();
}, 60_000);
