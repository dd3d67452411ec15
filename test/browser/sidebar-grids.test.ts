import { cellText, screenshotPath, selectProject, until, useSession } from '../helpers/browser';

/**
 * Issue 14 §5 in the panel: the « Grilles » tab of the grids users define shows once the workbook has
 * « Grilles personnalisées » (the menu action makes it with its example grid; a no-op when the demo has
 * it already), reads the grids when opened, and saves a level into my row of the grid's sheet.
 */
const s = useSession();
const DEFINITIONS = 'Grilles personnalisées';
const SHEET = 'Grille – Entrée en incubation';

test('the « Grilles » tab: a level chosen by its descriptor, the live score, saved into my row of the grid’s sheet; a conflict shown, never overwritten', async () => {
  const { page, sidebar } = s;
  await page.locator('#menu button[data-action="updateCustomGrids"]').click();
  await until(async () => (await page.locator(`#sheet-tabs button[data-sheet="${SHEET}"]`).count()) > 0, 'the grid’s sheet made');
  // The panel asks about the grids while the cursor is outside the project sheets (here, in the definitions).
  await page.locator(`#sheet-tabs button[data-sheet="${DEFINITIONS}"]`).click();
  await page.locator('#grid td[data-row="2"][data-col="1"]').click();
  const tab = sidebar.getByRole('tab', { name: 'Grilles' });
  await until(async () => (await tab.count()) > 0, 'the « Grilles » tab shown');
  await selectProject(s, 'Projets', 'P-0002');
  await tab.click();
  const criterion = sidebar.locator('#panel-grids fieldset.choices').filter({ hasText: 'Engagement des porteurs' });
  await criterion.waitFor();
  // Each level with its descriptor, as text.
  expect(await criterion.textContent()).toContain('Porteurs à plein temps, calendrier tenu');
  await criterion.locator('input[value="3"]').check();
  expect(await sidebar.locator('.save-bar .status').textContent()).toMatch(/1 modification/);
  await sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(async () => (await cellText(s, SHEET, 'P-0002', 'Engagement des porteurs')) === '3', 'my row of the grid’s sheet holds the level');
  await until(async () => /Enregistré à/.test((await sidebar.locator('.save-bar .status').textContent()) ?? ''), 'the panel says it is saved');
  // My row is made: the notice that said it would be is gone.
  expect(await sidebar.locator('#panel-grids').textContent()).not.toContain('votre ligne sera créée');
  // The live profile (gridProfile, GRID_SCORE's code) says what is still to score.
  const live = sidebar.locator('#panel-grids .live');
  expect(await live.textContent()).toMatch(/provisoire\s: 1 sur 6 renseignés/);
  // The screenshot shows the tab from its live profile down (the tests' TypeScript has no DOM types).
  await live.evaluate((e) => (e as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'center' }));
  await page.locator('#sidebar').screenshot({ path: screenshotPath('sidebar-grids') });

  // Someone else sets my level to 1 in the sheet meanwhile, and I choose 4: a conflict, shown with
  // the levels' words, nothing written; keeping mine writes it.
  const book = s.playground.book.fake.spreadsheet.getSheetByName(SHEET)!;
  const values = book.getDataRange().getValues();
  const [col, by] = [values[0].indexOf('Engagement des porteurs'), values[0].indexOf('Évaluateur')];
  const row = values.findIndex((r) => r[0] === 'P-0002' && r[by] === 'Claire Martin');
  book.getRange(row + 1, col + 1).setValue(1);
  await criterion.locator('input[value="4"]').check();
  await sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  const conflicts = sidebar.locator('#panel-grids .conflicts');
  await conflicts.waitFor();
  expect(await conflicts.textContent()).toContain('1 · Projet porté à temps perdu');
  expect(await cellText(s, SHEET, 'P-0002', 'Engagement des porteurs')).toBe('1');
  await conflicts.getByLabel('Garder ma saisie').check();
  await conflicts.getByRole('button', { name: 'Appliquer mes choix et enregistrer' }).click();
  await until(async () => (await cellText(s, SHEET, 'P-0002', 'Engagement des porteurs')) === '4', 'my choice kept and saved');

  // The panel follows the cursor into the grid's sheet (known by its mark) as into an instrument's:
  // from another project and tab, a row of the grid's sheet brings P-0002 back with « Grilles » shown.
  await selectProject(s, 'Projets', 'P-0001');
  await sidebar.locator('#tab-ami').click();
  await selectProject(s, SHEET, 'P-0002');
  await until(async () => (await tab.getAttribute('aria-selected')) === 'true', 'the « Grilles » tab shown by the cursor');
  expect(await sidebar.locator('#panel-grids').isVisible()).toBe(true);
}, 120_000);
