import { INSTRUMENTS } from '../../src/core/instruments';
import { cellText, selectProject, until, useSession } from '../helpers/browser';

/**
 * Issue 10: the grids getProject leaves out (ISR, R&D sociale, Godin, Protocole) are read when their
 * tab is first shown (getInstruments). Shown, edited and saved like any tab; an answer for a project
 * the panel has left meanwhile is dropped (held here by intercepting the google.script.run shim's request).
 */
const s = useSession();
const GODIN = INSTRUMENTS.godin;
const COMMENT = GODIN.sheet.columns.find((c) => c.id === 'comment:finalite')!.header.fr;

test('the Godin tab: read when shown, saved to the sheet; a late answer for the project left is ignored', async () => {
  await selectProject(s, 'Grille AMI', 'P-0002');
  await s.sidebar.getByRole('tab', { name: GODIN.tab.short.fr }).click();
  const comment = s.sidebar.locator('#panel-godin textarea').first();
  await comment.waitFor();
  await comment.fill('Finalité de P-0002');
  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(async () => (await cellText(s, GODIN.sheet.name.fr, 'P-0002', COMMENT)) === 'Finalité de P-0002', 'the sheet shows the comment');

  // The next getInstruments (P-0002's Godin read again by « Actualiser ») is held until P-0003 is shown.
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  let answered = false;
  let holding = false;
  await s.page.route('**/api/run', async (route) => {
    const body = route.request().postDataJSON() as { name: string; args: { id?: string }[] };
    if (body.name === 'getInstruments' && body.args[0]?.id === 'P-0002' && !holding) {
      holding = true;
      await held;
      await route.continue();
      answered = true;
      return;
    }
    await route.continue();
  });
  await s.sidebar.locator('.project-facts .link-button').click();
  await until(() => holding, 'P-0002’s Godin read again, held');
  await selectProject(s, 'Grille AMI', 'P-0003');
  await until(async () => (await s.sidebar.locator('#panel-godin textarea').count()) > 0, 'P-0003’s Godin tab read');
  expect(await s.sidebar.locator('#panel-godin textarea').first().inputValue()).toBe('');
  release();
  await until(() => answered, 'the held answer delivered');
  // Time for the panel to handle it: it must be dropped, P-0003 still shown with its own (blank) comment.
  await new Promise((r) => setTimeout(r, 1000));
  expect(await s.sidebar.locator('.project-id').textContent()).toBe('P-0003');
  expect(await s.sidebar.locator('#panel-godin textarea').first().inputValue()).toBe('');
  await s.page.unroute('**/api/run');
});
