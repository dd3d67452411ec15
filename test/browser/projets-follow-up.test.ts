import { columnsOf } from '../helpers/workbook';
import { INSTRUMENTS } from '../../src/core/instruments';
import { PROJECTS } from '../../src/sheets/schema';
import { srlEvidenceField } from '../../src/core/instruments/srl';
import { cellText, screenshotPath, useSession } from '../helpers/browser';

/**
 * Issue 12 §2 in the page: Projets' « now / last time / change » columns on the demo, computed by the
 * formula engine. The demo's reviewer assessed P-0001 on 02/03/2026 (SRL evidence complete up to level
 * 6, 0,8 on level 7 under the 100 % threshold: SRL 6). An earlier assessment is typed into « SRL »
 * as a user would (15/09/2025, complete up to level 4: SRL 4): the latest SRL is 6, the one before 4,
 * the change 6 − 4 = 2; « Dernière évaluation » is the 02/03/2026 assessment's date.
 */
const s = useSession();
const PROJECT = 'P-0001';

/** The earlier SRL assessment of P-0001, written below the demo's rows as a user would type it. */
function addEarlierAssessment(): void {
  const book = s.playground.book;
  const srl = book.fake.spreadsheet.getSheetByName('SRL')!;
  const at = columnsOf(srl, INSTRUMENTS.srl.sheet);
  const row = srl.getLastRow() + 1;
  srl.getRange(row, at.get('id')!).setValue(PROJECT);
  srl.getRange(row, at.get('reviewer')!).setValue('Claire Martin');
  srl.getRange(row, at.get('date')!).setValue(new Date(2025, 8, 15));
  for (let level = 1; level <= 9; level++) srl.getRange(row, at.get(srlEvidenceField(level))!).setValue(level <= 4 ? 1 : 0);
  book.recompute();
}

test('Projets: the date of the latest SRL assessment, the SRL now and the time before, and the change', async () => {
  addEarlierAssessment();
  expect(await cellText(s, 'Projets', PROJECT, 'Dernière évaluation')).toBe('02/03/2026');
  expect(await cellText(s, 'Projets', PROJECT, 'SRL actuel')).toBe('6');
  expect(await cellText(s, 'Projets', PROJECT, 'SRL précédent')).toBe('4');
  expect(await cellText(s, 'Projets', PROJECT, 'Évolution SRL')).toBe('2');
  // The demo's targets (illustrative): SRL 8 for P-0001 by 02/09/2026, six months after the review:
  // passed short of it (6 < 8), and the 02/03/2026 assessment is more than 6 months old (the months
  // grow with the day the test runs).
  expect(await cellText(s, 'Projets', PROJECT, 'SRL visé')).toBe('8');
  expect(await cellText(s, 'Projets', PROJECT, 'Date visée')).toBe('02/09/2026');
  expect(await cellText(s, 'Projets', PROJECT, 'Suivi')).toMatch(/^⚠ date visée dépassée \(SRL 6 < 8\) ⚠ pas évalué depuis \d+ mois$/);
  // The follow-up columns in view, from « SRL visé » on: the target, « Suivi », the date, then now /
  // last time / change.
  const book = s.playground.book.fake.spreadsheet.getSheetByName('Projets')!;
  const first = columnsOf(book, PROJECTS).get('target-srl')!;
  await s.page
    .locator(`#grid tbody tr td[data-col="${first}"]`)
    .first()
    .evaluate((cell) => cell.scrollIntoView({ inline: 'start', block: 'nearest' }));
  await s.page.locator('.sheet-area').screenshot({ path: screenshotPath('projets-now-last-change') });
});
