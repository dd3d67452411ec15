import { ADDON_NAME, MENU_CAPTIONS } from '../../src/sheets/menu-captions';
import { column, PROJECTS } from '../../src/sheets/schema';
import { screenshotPath, until, useSession } from '../helpers/browser';

/**
 * Issue 16 §4: the panel's language switch turns the whole playground to English — the add-on's
 * menu (built again by the real onOpen), the page's own labels, a new workbook's sheets and headers
 * (the real setup in the person's language) and the add-on's alerts and toasts.
 */
const s = useSession();

const menu = () => s.page.locator('#menu');
const notices = () => s.page.locator('#notices');

test('the menu bears the add-on’s name, as under Extensions in Sheets, in French by default', async () => {
  await expect(menu().locator('.menu-name').textContent()).resolves.toBe(`Extensions › ${ADDON_NAME} :`);
  await expect(menu().getByRole('button', { name: MENU_CAPTIONS.setupWorkbook.fr, exact: true }).count()).resolves.toBe(1);
  await expect(s.page.locator('html').getAttribute('lang')).resolves.toBe('fr');
});

test('switching the panel to English turns the menu and the page’s labels to English', async () => {
  await s.sidebar.getByRole('button', { name: /Switch the panel to English/ }).click();
  await until(async () => (await menu().getByRole('button', { name: MENU_CAPTIONS.setupWorkbook.en, exact: true }).count()) === 1, 'the English menu');
  await expect(menu().locator('.menu-name').textContent()).resolves.toBe(`Extensions › ${ADDON_NAME}:`);
  await expect(menu().getByRole('button', { name: MENU_CAPTIONS.setupWorkbook.fr }).count()).resolves.toBe(0);
  await expect(s.page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await expect(s.page.locator('#reset').textContent()).resolves.toBe('Reset the demo');
  await expect(s.page.locator('#new-workbook').textContent()).resolves.toBe('New empty workbook');
  await expect(s.page.locator('#undo').textContent()).resolves.toBe('↶ Undo');
  await expect(s.page.getByLabel('Formula bar').count()).resolves.toBe(1);
  await expect(s.page.title()).resolves.toMatch(/ — playground$/);
  // The panel's import section, built once, is built again in English.
  await expect(s.sidebar.locator('details.import summary').textContent()).resolves.toBe('Import applications (Démarches simplifiées)');
});

test('in English, a new workbook is set up with English sheets and headers; the add-on’s toast and alert are in English', async () => {
  await s.page.locator('#new-workbook').click();
  // The confirmation quotes the menu as it is now, in English.
  await expect(s.page.locator('#confirm-text').textContent()).resolves.toBe(
    `Start from an empty workbook? The current workbook and all your changes will be erased. The add-on’s menu stays: "${MENU_CAPTIONS.setupWorkbook.en}" then "${MENU_CAPTIONS.loadDemo.en}" fill it.`,
  );
  await s.page.locator('#confirm-ok').click();
  await until(async () => (await s.page.locator('#sheet-tabs button').count()) === 1, 'the empty workbook');

  await menu().getByRole('button', { name: MENU_CAPTIONS.setupWorkbook.en, exact: true }).click();
  await until(async () => (await s.page.locator(`#sheet-tabs button[data-sheet="${PROJECTS.name.en}"]`).count()) === 1, 'the Projects sheet');
  await expect(s.page.locator(`#sheet-tabs button[data-sheet="${PROJECTS.name.fr}"]`).count()).resolves.toBe(0);
  const sheet = s.playground.book.fake.spreadsheet.getSheetByName(PROJECTS.name.en)!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getDisplayValues()[0];
  for (const id of ['id', 'name', 'dossier']) expect(header).toContain(column(PROJECTS, id).header.en);
  // Shown in the page: the header row of the grid.
  await s.page.locator(`#sheet-tabs button[data-sheet="${PROJECTS.name.en}"]`).click();
  await expect(s.page.locator('#grid td[data-row="1"][data-col="1"]').textContent()).resolves.toBe(column(PROJECTS, 'id').header.en);

  await menu().getByRole('button', { name: MENU_CAPTIONS.loadDemo.en, exact: true }).click();
  await until(async () => (await notices().locator('[role=status]').count()) > 0, 'the toast');
  expect(await notices().locator('[role=status]').last().textContent()).toMatch(/^Example loaded: \d+ projects/);

  // A second load is refused: the add-on's alert, in English.
  await menu().getByRole('button', { name: MENU_CAPTIONS.loadDemo.en, exact: true }).click();
  await until(async () => (await notices().locator('[role=alert]').count()) > 0, 'the alert');
  expect(await notices().locator('[role=alert]').last().textContent()).toMatch(/^Social innovation — The workbook already holds projects \(sheet "Projects"\)/);
  // The panel, opened again on the new workbook in English, is in English from its first render,
  // under the title the add-on gives it in English.
  await expect(s.page.locator('#panel-title').textContent()).resolves.toBe('Project scoring');
  await expect(s.sidebar.locator('.navigator > label').textContent()).resolves.toMatch(/^Find a project/);
  await expect(s.sidebar.locator('details.import summary').textContent()).resolves.toBe('Import applications (Démarches simplifiées)');
  await s.page.screenshot({ path: screenshotPath('playground-english') });
});
