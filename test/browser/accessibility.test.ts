import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { DASHBOARD_SHEET } from '../../src/sheets/templates/dashboard-sheet';
import { type Session, until, useSession } from '../helpers/browser';

/**
 * Issue 16 §6: the playground page and the real sidebar in it pass axe-core's audit (every rule of
 * WCAG 2.x A and AA, plus its best practices) with no serious or critical violation, in French and
 * in English, in the states a person meets: the panel's every tab and its import section, a
 * confirmation asked, a cell's dropdown open, the dashboard's charts drawn, the grids users define.
 */
const s = useSession();

/** The little of a panel or a <details> the test sets (the tests' TypeScript has no DOM types). */
type Shown = { hidden: boolean; open: boolean };

/** The violations axe finds on the page and in its frames (the sidebar), serious or critical only. */
async function audit(session: Session, what: string): Promise<string[]> {
  // Legacy mode: the harness's page has no context of its own for axe to open a blank page in.
  const { violations } = await new AxeBuilder({ page: session.page as never }).setLegacyMode(true).analyze();
  return violations
    .filter((v: Result) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${what}: ${v.id} (${v.impact}) at ${JSON.stringify(n.target)} — ${n.failureSummary}`));
}

/**
 * The states a person meets, audited in the language the page is in. One audit takes seconds (axe
 * checks the grid's thousand cells and the panel's frame), so states that can be seen together are
 * audited together: a dropdown open in the grid with every tab panel of the sidebar and its import
 * section revealed (they are all in its markup, hidden but one); then a confirmation asked; then the
 * dashboard's charts drawn, with the add-on's toast.
 */
async function auditAll(lang: 'fr' | 'en'): Promise<string[]> {
  const found: string[] = [];
  const { page, sidebar } = s;

  await showGrids(lang);
  await page.locator('#sheet-tabs button').first().click();
  await page.locator('#grid td.has-list[data-row="2"]').first().dblclick();
  await page.locator('#grid td.editor select').waitFor();
  // Revealed without a click in the panel: the grid's editor keeps the focus and stays open.
  const panels = await sidebar.locator('section[role="tabpanel"]').count();
  expect(panels).toBeGreaterThan(5);
  await sidebar.locator('body').evaluate((body) => {
    for (const p of body.querySelectorAll('section[role="tabpanel"]')) (p as unknown as Shown).hidden = false;
    (body.querySelector('details.import') as unknown as Shown).open = true;
    // The project's target social system (issue 14 §3): its actors' fields and its matrix.
    (body.querySelector('details.system') as unknown as Shown).open = true;
  });
  await sidebar.locator('details.system table.matrix').waitFor();
  found.push(...(await audit(s, `${lang}, a dropdown open in the grid, every panel tab, the import and target system sections`)));
  await page.keyboard.press('Escape');
  await sidebar.locator('body').evaluate((body) => {
    const tabs = [...body.querySelectorAll('section[role="tabpanel"]')] as unknown as Shown[];
    tabs.forEach((p, i) => {
      p.hidden = i > 0;
    });
    (body.querySelector('details.import') as unknown as Shown).open = false;
  });
  await sidebar.getByRole('tab').first().click();

  await page.locator('#reset').click();
  await page.locator('#confirm[open]').waitFor();
  found.push(...(await audit(s, `${lang}, the confirmation`)));
  await page.locator('#confirm button[value="cancel"]').click();
  await page.locator('#confirm:not([open])').waitFor({ state: 'attached' });

  // The demo workbook was set up in French: its sheets keep their names whatever the person's language.
  await page.locator('#menu button[data-action="buildDashboard"]').click();
  await until(async () => (await page.locator('#notices [role=status]').count()) > 0, 'the dashboard built, its toast shown');
  await page.locator(`#sheet-tabs button[data-sheet="${DASHBOARD_SHEET.fr}"]`).click();
  await page.locator('#charts canvas').first().waitFor();
  found.push(...(await audit(s, `${lang}, the dashboard's charts`)));
  await page.locator('#sheet-tabs button').first().click();
  return found;
}

/**
 * The « Grilles » tab (issue 14 §5) with its grids read (they are read when the tab is first shown):
 * the menu action makes the example grid when the demo has none, and the panel sees it at its next
 * polls while the cursor is in the definitions.
 */
async function showGrids(lang: 'fr' | 'en'): Promise<void> {
  const { page, sidebar } = s;
  const tab = sidebar.getByRole('tab', { name: lang === 'en' ? 'Grids' : 'Grilles', exact: true });
  if (!(await tab.count())) {
    const definitions = page.locator('#sheet-tabs button[data-sheet="Grilles personnalisées"]');
    await page.locator('#menu button[data-action="updateCustomGrids"]').click();
    await definitions.waitFor();
    await definitions.click();
    await page.locator('#grid td[data-row="2"][data-col="1"]').click();
    await until(async () => (await tab.count()) > 0, 'the grids tab shown');
  }
  await tab.click();
  await sidebar.locator('#panel-grids fieldset.choices').first().waitFor();
}

test('in French: no serious or critical violation', async () => {
  expect(await auditAll('fr')).toEqual([]);
}, 300_000);

test('in English: no serious or critical violation', async () => {
  await s.sidebar.getByRole('button', { name: /Switch the panel to English/ }).click();
  await until(async () => (await s.page.locator('html').getAttribute('lang')) === 'en', 'the page in English');
  expect(await auditAll('en')).toEqual([]);
}, 300_000);
