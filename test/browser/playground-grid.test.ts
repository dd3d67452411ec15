import { cellText, gridCell, screenshotPath, selectProject, until, useSession, type Session } from '../helpers/browser';

/**
 * The playground's grid (issue 16 §1–§3): cells typed as in Sheets (fr_FR) and computed by the formula
 * engine, a refused value, sorting, inserting and undoing, the dropdowns, colours, frozen panes, notes,
 * protections and charts Sheets would show, and the empty workbook beside the demo.
 */
const s = useSession();

const tab = (name: string) => s.page.locator(`#sheet-tabs button[data-sheet="${name}"]`).click();
const cell = (row: number, col: number) => s.page.locator(gridCell(row, col));
const text = async (row: number, col: number) => ((await cell(row, col).textContent()) ?? '').trim();
const value = (sheet: string, row: number, col: number) => s.playground.book.fake.spreadsheet.getSheetByName(sheet)!.getRange(row, col).getValue();
const ids = async (rows: number) => Promise.all(Array.from({ length: rows }, (_, i) => text(i + 2, 1)));

/** Types into a cell as a person does: select it, type, Enter; waits for the server's state to come back. */
async function type(row: number, col: number, input: string, shown: (t: string) => boolean): Promise<void> {
  await cell(row, col).click();
  await s.page.keyboard.type(input);
  await s.page.keyboard.press('Enter');
  await until(async () => shown(await text(row, col)), `the cell ${row},${col} shows what « ${input} » gives`);
}

async function gridTool(name: string | RegExp): Promise<void> {
  await s.page.locator('#grid-tools').getByRole('button', { name }).click();
}

/** The little of a canvas the test reads (the tests' TypeScript has no DOM types). */
interface Canvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
type Styles = { getComputedStyle(e: unknown): { backgroundColor: string } };

/** How many pixels of a chart's canvas are painted (not transparent). */
function paintedPixels(session: Session, index: number): Promise<number> {
  return session.page
    .locator('#charts canvas')
    .nth(index)
    .evaluate((node) => {
      const canvas = node as unknown as Canvas;
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
}

test('a formula typed in a cell is computed by the engine, the add-on’s functions included; numbers typed the French way are numbers', async () => {
  await tab('SRL');
  // S « SRL atteint » is the add-on's own SRL_LEVEL over E:M; W is free.
  const own = await text(2, 19);
  expect(own).toMatch(/^\d$/);
  await type(2, 23, '=SRL_LEVEL(E2:M2;SEUIL_SRL)', (t) => t === own);
  expect(s.playground.book.fake.spreadsheet.getSheetByName('SRL')!.getRange(2, 23).getFormula()).toBe('=SRL_LEVEL(E2:M2;SEUIL_SRL)');
  // The formula bar shows the formula of the cell under the cursor, as Sheets does.
  await cell(2, 23).click();
  await until(async () => (await s.page.locator('#formula-bar').inputValue()) === '=SRL_LEVEL(E2:M2;SEUIL_SRL)', 'the formula bar shows the formula');
  expect(await s.page.locator('#name-box').textContent()).toBe('W2');

  await type(3, 23, '12,5', (t) => t === '12,5');
  expect(value('SRL', 3, 23)).toBe(12.5);
  await type(4, 23, '=W3*2', (t) => t === '25');
  // The formula bar writes too: a usual Sheets function over the column.
  await cell(5, 23).click();
  await s.page.locator('#formula-bar').fill('=SUM(W3:W4)');
  await s.page.locator('#formula-bar').press('Enter');
  await until(async () => (await text(5, 23)) === '37,5', 'SUM computed');
  // 12.5 is not a number in French: it stays text, as in Sheets with a French locale.
  await type(6, 23, '12.5', (t) => t === '12.5');
  expect(value('SRL', 6, 23)).toBe('12.5');
  await s.page.locator('.sheet-area').screenshot({ path: screenshotPath('grid-formula') });
});

test('replies that come back out of order: a state older than the one shown never replaces it (a typed value stays)', async () => {
  // The panel's calls refresh the page while an edit is on its way: here the refresh's reply, made
  // before the edit, is held back until the edit's reply has been shown.
  type Page = { playground: { refresh(): Promise<void> }; stale?: Promise<void> };
  await tab('SRL');
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  let asked = false;
  await s.page.route('**/api/state', async (route) => {
    asked = true;
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  try {
    await s.page.evaluate(() => {
      const page = globalThis as unknown as Page;
      page.stale = page.playground.refresh();
    });
    await until(() => asked, 'the refresh asked for the workbook');
    await type(8, 23, 'tardif', (t) => t === 'tardif');
    release();
    await s.page.evaluate(() => (globalThis as unknown as Page).stale);
    expect(await text(8, 23)).toBe('tardif');
  } finally {
    release();
    await s.page.unroute('**/api/state');
  }
  expect(value('SRL', 8, 23)).toBe('tardif');
});

test('a value the validation refuses is refused with a French message naming the cell, the value and the list; nothing is written', async () => {
  await tab('Paramètres');
  // « Consensus des évaluations » (column B of its row, found by its label: Paramètres grows with the
  // frameworks): a list that rejects other values (allowInvalid false).
  const row = Array.from({ length: 60 }, (_, i) => i + 1).find((r) => String(value('Paramètres', r, 1)).startsWith('Consensus des évaluations'))!;
  expect(row).toBeGreaterThan(1);
  const before = value('Paramètres', row, 2);
  await cell(row, 2).click();
  await s.page.keyboard.type('au hasard');
  await s.page.keyboard.press('Enter');
  const alert = s.page.locator('.notice.alert', { hasText: 'Valeur refusée' });
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(
    new RegExp(
      `^Valeur refusée en Paramètres!B${row} : « au hasard » ne respecte pas la validation des données de la cellule\\. Acceptée : une valeur de la liste « moyenne », « médiane ».*Rien n’a été écrit\\.$`,
    ),
  );
  expect(value('Paramètres', row, 2)).toBe(before);
  expect(await text(row, 2)).toBe(before);

  // A level outside the AMI list is accepted with a warning (the add-on's rule), and marked as in Sheets.
  await tab('Grille AMI');
  await type(3, 5, 'Très fort', (t) => t === 'Très fort');
  expect(await cell(3, 5).getAttribute('class')).toContain('invalid');
  expect(await cell(3, 5).getAttribute('title')).toContain('hors de la liste');
  await s.page.locator('.sheet-area').screenshot({ path: screenshotPath('grid-bad-value') });
  await gridTool(/Annuler/);
  await until(async () => (await text(3, 5)) !== 'Très fort', 'undo puts the level back');
});

test('sorting a sheet keeps the header; the sidebar then saves to the right project (rows found by ID)', async () => {
  await tab('Grille AMI');
  const before = await ids(6);
  // Sort by « Nom du projet », Z → A: the IDs come in another order, the header stays.
  await cell(2, 2).click();
  await gridTool('Trier Z → A');
  await until(async () => JSON.stringify(await ids(6)) !== JSON.stringify(before), 'the rows move');
  expect(await text(1, 1)).toBe('ID');
  const names = await Promise.all([2, 3, 4, 5].map((r) => text(r, 2)));
  expect([...names].sort((a, b) => b.localeCompare(a, 'fr'))).toEqual(names);

  await selectProject(s, 'Grille AMI', 'P-0003');
  const comment = 'Commentaire – Richesse du collectif';
  await s.sidebar.getByLabel(comment).fill('Écrit après le tri');
  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(async () => /^Enregistré/.test((await s.sidebar.locator('.save-bar .status').textContent()) ?? ''), 'saved');
  expect(await cellText(s, 'Grille AMI', 'P-0003', comment)).toBe('Écrit après le tri');
  // Only that row got it.
  const sheet = s.playground.book.fake.spreadsheet.getSheetByName('Grille AMI')!;
  const rows = sheet.getDataRange().getValues();
  const col = rows[0].indexOf(comment);
  expect(rows.filter((r) => r[col] === 'Écrit après le tri').map((r) => [r[0], r[2]])).toEqual([['P-0003', 'Claire Martin']]);
  await s.page.locator('.sheet-area').screenshot({ path: screenshotPath('grid-sorted') });
});

test('inserting a row and a column moves the cells; « Annuler » takes each back', async () => {
  await tab('Projets');
  const second = await text(3, 1);
  await cell(3, 1).click();
  await gridTool('Insérer une ligne au-dessus');
  await until(async () => (await text(4, 1)) === second, 'the project moves down a row');
  expect(await text(3, 1)).toBe('');
  await gridTool(/Annuler/);
  await until(async () => (await text(3, 1)) === second, 'undo takes the row back');

  // A column inserted before the first AMI criterion (E): the add-on's formulas follow it, as in
  // Sheets (AMI_PROFILE_GAPS(E2:P…) becomes F2:Q), so the totals stay right.
  await tab('Grille AMI');
  // Where « Total AMI » and the AMI_PROFILE_GAPS formula are, found by header and formula (the sheet gains
  // columns with the issues: no letter is pinned here).
  const grid = s.playground.book.fake.spreadsheet.getSheetByName('Grille AMI')!;
  const row1 = grid.getRange(1, 1, 1, grid.getLastColumn());
  const totalAt = row1.getDisplayValues()[0].indexOf('Total AMI') + 1;
  const profileAt = row1.getFormulas()[0].findIndex((f) => f.includes('AMI_PROFILE_GAPS(')) + 1;
  expect(totalAt).toBeGreaterThan(5);
  expect(profileAt).toBeGreaterThan(5);
  const header = await text(1, 5);
  const total = await text(2, totalAt);
  expect(await text(1, totalAt)).toBe('Total AMI');
  await cell(1, 5).click();
  await gridTool('Insérer une colonne à gauche');
  await until(async () => (await text(1, 6)) === header, 'the column moves right');
  expect(await text(1, 5)).toBe('');
  await until(async () => (await text(1, totalAt + 1)) === 'Total AMI' && (await text(2, totalAt + 1)) === total, 'the total, one column right, unchanged');
  expect(grid.getRange(1, profileAt + 1).getFormula()).toContain('AMI_PROFILE_GAPS(F2:Q;');
  await s.page.keyboard.press('Control+z');
  await until(async () => (await text(1, 5)) === header && (await text(2, totalAt)) === total, 'Ctrl+Z takes the column back');
  expect(grid.getRange(1, profileAt).getFormula()).toContain('AMI_PROFILE_GAPS(E2:P;');
});

test('a dropdown from the data validation: pick a value', async () => {
  await tab('Projets');
  // E « Statut » of P-0012 is empty in the demo; its validation lists the statuses.
  expect(await text(13, 1)).toBe('P-0012');
  expect(await cell(13, 5).getAttribute('class')).toContain('has-list');
  await cell(13, 5).dblclick();
  const select = cell(13, 5).locator('select');
  await select.waitFor();
  expect(await select.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Accompagné']));
  await select.selectOption('Accompagné');
  await until(async () => (await text(13, 5)) === 'Accompagné', 'the choice is written');
  expect(value('Projets', 13, 5)).toBe('Accompagné');
});

test('what Sheets shows: colour scales, notes, frozen header and ID columns, protected computed columns (asked before editing)', async () => {
  await tab('Grille AMI');
  // Colour scale on the levels: « Fort » and « Faible » get different colours.
  const levels = s.page.locator('#grid td.has-list[data-col="5"], #grid td.has-list[data-col="14"]');
  const colours = new Set(await levels.evaluateAll((tds) => tds.map((td) => (globalThis as unknown as Styles).getComputedStyle(td).backgroundColor)));
  expect(colours.size).toBeGreaterThan(2);
  // Headers carry the add-on's notes, shown on hover.
  expect(await cell(1, 5).getAttribute('title')).toBeTruthy();
  expect(await cell(1, 5).getAttribute('class')).toContain('has-note');
  // The computed Total AMI is protected (warning only): marked, and editing it asks first.
  const total = await text(2, 36);
  expect(await cell(2, 36).getAttribute('class')).toContain('protected');
  await cell(2, 36).click();
  await s.page.keyboard.type('99');
  await s.page.keyboard.press('Enter');
  const ask = s.page.locator('#confirm');
  await ask.waitFor();
  expect(await s.page.locator('#confirm-text').textContent()).toMatch(/^Attention : Grille AMI!AJ2 est dans une plage protégée/);
  await ask.getByRole('button', { name: 'Annuler' }).click();
  expect(await text(2, 36)).toBe(total);

  // Frozen: after scrolling down and right, the header row and the ID column are still in view.
  const content = s.page.locator('#grid .jss_content');
  await content.evaluate((el) => {
    el.scrollTop = 400;
    el.scrollLeft = 900;
  });
  const box = (await content.boundingBox())!;
  const header = (await cell(1, 5).boundingBox())!;
  const id = (await cell(12, 1).boundingBox())!;
  expect(header.y).toBeGreaterThanOrEqual(box.y);
  expect(header.y).toBeLessThan(box.y + 60);
  expect(id.x).toBeGreaterThanOrEqual(box.x);
  expect(id.x).toBeLessThan(box.x + 120);
  await s.page.locator('.sheet-area').screenshot({ path: screenshotPath('grid-what-sheets-shows') });
  await content.evaluate((el) => {
    el.scrollTop = 0;
    el.scrollLeft = 0;
  });
});

test('the dashboard’s charts are drawn from their recorded specifications', async () => {
  await s.page.locator('#menu button[data-action="buildDashboard"]').click();
  await tab('Tableau de bord');
  const charts = s.page.locator('#charts figure');
  await until(async () => (await charts.count()) > 0, 'the charts are drawn');
  const recorded = s.playground.book.fake.spreadsheet.getSheetByName('Tableau de bord')!.getCharts();
  expect(await charts.count()).toBe(recorded.length);
  const canvases = await s.page.locator('#charts canvas').count();
  expect(canvases).toBe(
    recorded.filter((c) => c.getOptions().get('title') !== null).length - (await s.page.locator('#charts figure[data-type="TABLE"]').count()),
  );
  for (let i = 0; i < canvases; i++) expect(await paintedPixels(s, i)).toBeGreaterThan(1000);
  // Same titles as in Sheets, in the canvas's accessible name.
  const titles = await s.page.locator('#charts canvas').evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label')));
  expect(titles).toContain('Projets par niveau SRL');
  await s.page.locator('#charts').evaluate((el) => {
    el.style.maxHeight = 'none';
  });
  await s.page.locator('#charts').screenshot({ path: screenshotPath('grid-charts') });
});

test('a new empty workbook (asked first), then « Charger l’exemple » fills it; « Réinitialiser » asks before bringing the demo back', async () => {
  await s.page.locator('#new-workbook').click();
  await s.page.locator('#confirm').waitFor();
  await s.page.locator('#confirm').getByRole('button', { name: 'Annuler' }).click();
  expect(await s.page.locator('#sheet-tabs button').count()).toBeGreaterThan(5);

  await s.page.locator('#new-workbook').click();
  await s.page.locator('#confirm').getByRole('button', { name: 'Créer le classeur vide' }).click();
  await until(async () => (await s.page.locator('#sheet-tabs button').allTextContents()).join() === 'Feuille 1', 'one empty sheet');
  expect(await text(1, 1)).toBe('');
  await s.page.locator('.sheet-area').screenshot({ path: screenshotPath('grid-empty-workbook') });

  await s.page.locator('#menu button[data-action="loadDemo"]').click();
  await until(async () => (await s.page.locator('#sheet-tabs button').allTextContents()).includes('Projets'), 'the demo sheets');
  await tab('Projets');
  expect(await text(2, 1)).toBe('P-0001');
  await s.page.locator('.notice', { hasText: 'Exemple chargé' }).waitFor();

  // The demo loaded into the new workbook is edited, then « Réinitialiser la démo » asks, and restores.
  await type(2, 2, 'Nom changé', (t) => t === 'Nom changé');
  await s.page.locator('#reset').click();
  await s.page.locator('#confirm').getByRole('button', { name: 'Revenir à l’exemple' }).click();
  await until(async () => (await text(2, 2)) !== 'Nom changé', 'the demo is back');
  await s.sidebar.locator('.project-name').waitFor();
});
