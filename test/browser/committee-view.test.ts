import { cellText, screenshotPath, selectProject, until, useSession } from '../helpers/browser';

/**
 * Issue 11 in the page: the demo's disputed project (P-0001, three reviewers, 2 levels apart on
 * « Rupture avec l'existant ») as Projets and Comité show it, computed by the formula engine from the
 * assessment rows. Hand check (README « Plusieurs évaluateurs », demo): AMI totals 32, 30 and 31 →
 * consensus 93 / 3 = 31; 31 / 36 × 20 = 17,22 out of 20.
 */
const s = useSession();
const PROJECT = 'P-0001';

/** Scrolls the page's grid to a column of the project's row, then photographs the sheet area. */
async function shoot(sheet: string, header: string, name: string): Promise<void> {
  await cellText(s, sheet, PROJECT, header);
  const book = s.playground.book.fake.spreadsheet.getSheetByName(sheet)!;
  const headers = book.getRange(1, 1, 1, book.getLastColumn()).getDisplayValues()[0];
  await s.page
    .locator(`#grid thead th, #grid tbody tr td[data-col="${headers.indexOf(header) + 1}"]`)
    .last()
    .scrollIntoViewIfNeeded();
  await s.page.locator('.sheet-area').screenshot({ path: screenshotPath(name) });
}

test('Projets: the consensus of three assessments, their count and the disputed criterion', async () => {
  expect(await cellText(s, 'Projets', PROJECT, 'Évaluations')).toBe('3');
  expect(await cellText(s, 'Projets', PROJECT, 'Total AMI')).toBe('31');
  expect(await cellText(s, 'Projets', PROJECT, 'Écart max AMI')).toBe('2');
  expect(await cellText(s, 'Projets', PROJECT, 'Critère disputé')).toMatch(/^⚠ désaccord : Rupture avec l.existant$/);
  await shoot('Projets', 'Critère disputé', 'committee-projets');
});

test('Comité: rank, mark out of 20, the disputed criterion and the envelope', async () => {
  expect(await cellText(s, 'Comité', PROJECT, 'Évaluations')).toBe('3');
  expect(await cellText(s, 'Comité', PROJECT, 'Note /20')).toMatch(/^17[,.]22/);
  expect(await cellText(s, 'Comité', PROJECT, 'Rang')).toBe('2');
  expect(await cellText(s, 'Comité', PROJECT, 'Critère disputé')).toContain('Rupture avec l');
  await shoot('Comité', 'Note /20', 'committee-comite');
});

test('the panel, as the demo’s first reviewer: her level beside the two others on the disputed criterion', async () => {
  await selectProject(s, 'Projets', PROJECT);
  const others = s.sidebar.locator('section.panel:not([hidden]) .others');
  await until(async () => (await others.count()) > 0, 'the others’ assessments');
  const field = others.locator('.other-field', { hasText: 'Rupture avec l' }).first();
  const chips = await field.locator('.other-values li').allTextContents();
  // Mine (Claire Martin) and Idriss's and Sophie's, 2 levels apart at most: the spread Projets flags.
  expect(chips).toHaveLength(3);
  expect(chips.filter((c) => c.startsWith('moi '))).toHaveLength(1);
  expect(chips.some((c) => c.startsWith('Idriss Benali ('))).toBe(true);
  expect(chips.some((c) => c.startsWith('Sophie Lambert ('))).toBe(true);
  const levels = chips.map((c) => Number(/(\d) · /.exec(c)![1]));
  expect(Math.max(...levels) - Math.min(...levels)).toBe(2);
  await field.scrollIntoViewIfNeeded();
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('committee-sidebar') });
});
