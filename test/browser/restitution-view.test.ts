import { AMI_SHARE_FIELD } from '../../src/core/instruments/ami';
import { AMI } from '../../src/sheets/schema';
import { gridCell, screenshotPath, selectProject, until, useSession } from '../helpers/browser';
import { columnsOf } from '../helpers/workbook';

/**
 * Issue 15 §2 in the page: the demo's P-0001 feedback sheet as the menu makes it, seen as a user sees it
 * (test/unit/restitution.test.ts checks it cell by cell). Claire Martin shares her assessment's comments;
 * no reviewer's name may appear anywhere in the sheet.
 */
const s = useSession();

test('« Fiche de restitution du projet » from the menu: the project’s sheet, without any reviewer’s name', async () => {
  const book = s.playground.book.fake.spreadsheet;
  const grid = book.getSheetByName(AMI.name.fr)!;
  const at = columnsOf(grid, AMI);
  const rows = grid.getRange(2, 1, grid.getLastRow() - 1, grid.getLastColumn()).getValues();
  const claire = rows.findIndex((r) => r[at.get('id')! - 1] === 'P-0001' && r[at.get('reviewer')! - 1] === 'Claire Martin');
  expect(claire).toBeGreaterThanOrEqual(0);
  grid.getRange(2 + claire, at.get(AMI_SHARE_FIELD)!).setValue(true);

  await selectProject(s, 'Projets', 'P-0001');
  await s.page.locator('#menu button[data-action="buildRestitution"]').click();
  const tab = s.page.locator('#sheet-tabs button[data-sheet="Fiche de restitution"]');
  await until(async () => (await tab.count()) > 0, 'the feedback sheet’s tab');
  await tab.click();
  const firstCell = s.page.locator(gridCell(1, 1));
  await until(async () => (await firstCell.textContent()) === 'Fiche de restitution', 'the feedback sheet drawn');
  const shown = (await s.page.locator('#grid tbody').textContent()) ?? '';
  expect(shown).toContain("Sécurité sociale de l'alimentation en Gironde");
  expect(shown).toContain('Axes d’amélioration');
  for (const name of ['Claire Martin', 'Idriss Benali', 'Sophie Lambert']) expect(shown).not.toContain(name);
  await s.page.locator('.sheet-area').screenshot({ path: screenshotPath('restitution-sheet') });
});
