import { cellText, editAsSomeoneElse, screenshotPath, selectProject, until, useSession } from '../helpers/browser';
import { postJson } from '../helpers/playground';

/** Scoring a demo project in the real sidebar, with the mouse and with the keyboard only. */
const s = useSession();

const LEVEL = 'Caractère collectif du projet';
const COMMENT = 'Commentaire – Caractère collectif du projet';
const criterion = (n: number) => s.sidebar.locator('fieldset.choices').nth(n);

test('choose levels and comments, save: the table shows them and the totals follow', async () => {
  await selectProject(s, 'Grille AMI', 'P-0003');
  const totalBefore = await cellText(s, 'Grille AMI', 'P-0003', 'Total AMI');
  const live = s.sidebar.locator('.live .figure').filter({ hasText: 'Total' });
  const liveBefore = await live.textContent();

  await criterion(0)
    .getByLabel(/^0 · Inexistant/)
    .check();
  await criterion(1)
    .getByLabel(/^1 · Faible/)
    .check();
  await s.sidebar.getByLabel(`Commentaire – ${LEVEL}`).fill('Porté par une seule personne pour l’instant.');
  await until(async () => (await live.textContent()) !== liveBefore, 'the live total follows the choice');
  expect(await s.sidebar.locator('.save-bar .status').textContent()).toBe('3 modification(s) non enregistrée(s)');

  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(async () => /^Enregistré à \d+ h \d\d$/.test((await s.sidebar.locator('.save-bar .status').textContent()) ?? ''), 'saved');

  await until(async () => (await cellText(s, 'Grille AMI', 'P-0003', LEVEL)) === 'Inexistant', 'the table shows the level');
  expect(await cellText(s, 'Grille AMI', 'P-0003', COMMENT)).toBe('Porté par une seule personne pour l’instant.');
  const totalAfter = await cellText(s, 'Grille AMI', 'P-0003', 'Total AMI');
  expect(totalAfter).not.toBe(totalBefore);
  // The sheet's total (formula engine) and the sidebar's live total (same core code) agree.
  expect((await live.textContent())?.replace(/\s/g, '')).toContain(`${totalAfter}/`);
  expect(await cellText(s, 'Projets', 'P-0003', 'Total AMI')).toBe(totalAfter);
});

test('keyboard only: find a project, choose levels with the arrows, write a comment, save', async () => {
  const { page, sidebar } = s;
  await sidebar.locator('input[type="search"]').focus();
  await page.keyboard.type('P-0005');
  await page.keyboard.press('Enter');
  await until(async () => (await sidebar.locator('.project-id').textContent()) === 'P-0005', 'P-0005 opened');

  // Tab from the search box to the tabs, then into the first criterion's radio group.
  const focused = () => sidebar.locator(':focus');
  await sidebar.locator('input[type="search"]').focus();
  for (let i = 0; i < 30 && (await focused().getAttribute('role')) !== 'tab'; i++) await page.keyboard.press('Tab');
  expect(await focused().textContent()).toBe('Grille AMI');
  await page.keyboard.press('ArrowRight');
  expect(await focused().textContent()).toBe('SRL');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 30 && (await focused().getAttribute('type')) !== 'radio'; i++) await page.keyboard.press('Tab');
  const first = await focused().getAttribute('name');
  expect(first).toBe('ami-caractere-collectif');
  // Arrow keys move the choice inside a radio group; each move is a choice.
  await page.keyboard.press('Home');
  const before = await criterion(0).locator('input:checked').getAttribute('value');
  await page.keyboard.press(before === '2' ? 'ArrowUp' : 'ArrowDown');
  const chosen = await criterion(0).locator('input:checked').getAttribute('value');
  expect(chosen).not.toBe(before);
  for (let i = 0; i < 10 && (await focused().evaluate((e) => e.tagName)) !== 'TEXTAREA'; i++) await page.keyboard.press('Tab');
  await page.keyboard.type('Noté au clavier');
  await page.screenshot({ path: screenshotPath('keyboard-focus-page') });
  await focused().evaluate((e) => e.setAttribute('data-before-save', ''));
  await page.keyboard.press('Control+s');
  await until(async () => /^Enregistré/.test((await sidebar.locator('.save-bar .status').textContent()) ?? ''), 'saved with Ctrl+S');
  // Nobody else changed anything (only the computed totals did): the panel is not rebuilt, so the
  // focus is still in the very comment box being written.
  expect(await focused().evaluate((e) => e.tagName === 'TEXTAREA' && e.hasAttribute('data-before-save'))).toBe(true);
  expect(await cellText(s, 'Grille AMI', 'P-0005', COMMENT)).toBe('Noté au clavier');
  const labels = ['Inexistant', 'Faible', 'Intermédiaire', 'Fort'];
  expect(await cellText(s, 'Grille AMI', 'P-0005', LEVEL)).toBe(labels[Number(chosen)]);
});

test('after a save, someone else’s change to another field is shown', async () => {
  await selectProject(s, 'Grille AMI', 'P-0007');
  await s.sidebar.getByLabel(`Commentaire – ${LEVEL}`).fill('Le mien');
  await editAsSomeoneElse(s, 'Grille AMI', 'P-0007', 'comment:richesse-collectif', 'Le leur');
  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(async () => /^Enregistré/.test((await s.sidebar.locator('.save-bar .status').textContent()) ?? ''), 'saved');
  expect(await s.sidebar.getByLabel('Commentaire – Richesse du collectif').inputValue()).toBe('Le leur');
  expect(await s.sidebar.getByLabel(`Commentaire – ${LEVEL}`).inputValue()).toBe('Le mien');
});

test('the AMI tab offers the grid’s analysis questions; a SIAT item outside 1–5 leaves its dimension uncomputed', async () => {
  await selectProject(s, 'SIAT', 'P-0002');
  await s.sidebar.getByRole('tab', { name: 'Grille AMI' }).click();
  const help = s.sidebar.locator('details.help');
  expect(await help.locator('li').first().isVisible()).toBe(false);
  await help.locator('summary', { hasText: 'Questions pour analyser le projet' }).click();
  expect(await help.locator('li').count()).toBe(7);
  expect(await help.locator('li').first().textContent()).toBe('Quel besoin est concerné ? Est-il pas ou mal couvert ?');

  await editAsSomeoneElse(s, 'SIAT', 'P-0002', 'item:eco-1', 6);
  await s.sidebar.getByRole('button', { name: 'Actualiser', exact: true }).click();
  await s.sidebar.getByRole('tab', { name: 'SIAT' }).click();
  const live = s.sidebar.locator('#panel-siat .live');
  await until(async () => ((await live.textContent()) ?? '').includes('Un item n’est pas une note de 1 à 5 (Économique)'), 'the warning');
  expect(await live.locator('.figure').first().locator('.figure-value').textContent()).toBe('—');
  expect(await s.sidebar.locator('#panel-siat fieldset', { hasText: 'Valeur actuelle illisible' }).count()).toBe(1);
});

test('value capture: each point offers its own answers, says which end is fragile; « Fort » in the cell and my 3 agree', async () => {
  await selectProject(s, 'Captation de valeur', 'P-0004');
  await s.sidebar.getByRole('tab', { name: 'Captation' }).click();
  const panel = s.sidebar.locator('#panel-vc');
  expect(await panel.locator('p.scale').textContent()).toBe('0 = situation fragile, 3 = situation sécurisée.');
  const surEffort = panel.locator('fieldset.choices', { hasText: '2. Sur-effort' });
  expect(await surEffort.getByLabel(/^0 · Sur-effort ni identifié ni compensé/).count()).toBe(1);
  expect(await surEffort.getByText('Inexistant', { exact: true }).count()).toBe(0);

  // Someone else chooses « Fort » (a workbook's former word) while I choose 3: the same answer, no conflict.
  await editAsSomeoneElse(s, 'Captation de valeur', 'P-0004', 'answer:sur-effort', 'Fort');
  await surEffort.getByLabel(/^3 · Sur-effort absent ou compensé/).check();
  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(async () => /^Enregistré à /.test((await s.sidebar.locator('.save-bar .status').textContent()) ?? ''), 'saved without conflict');
  expect(await s.sidebar.locator('.conflict').count()).toBe(0);
  expect(await cellText(s, 'Captation de valeur', 'P-0004', 'Sur-effort')).toBe('Fort');

  // A new answer is written as the column's dropdown spells it.
  await surEffort.getByLabel(/^2 · Sur-effort en partie compensé/).check();
  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(
    async () => (await cellText(s, 'Captation de valeur', 'P-0004', 'Sur-effort')) === '2 – Sur-effort en partie compensé',
    'the answer in the sheet',
  );
});

test('previous / next walk the project list; a project under the cursor in any sheet is followed', async () => {
  await selectProject(s, 'SRL', 'P-0008');
  await s.sidebar.getByRole('button', { name: 'Projet suivant' }).click();
  await until(async () => (await s.sidebar.locator('.project-id').textContent()) === 'P-0009', 'next');
  expect(await s.sidebar.locator('.position').textContent()).toBe('Projet 9 sur 15');
  await s.sidebar.getByRole('button', { name: 'Projet précédent' }).click();
  await until(async () => (await s.sidebar.locator('.project-id').textContent()) === 'P-0008', 'previous');
  await selectProject(s, 'Valorisation', 'P-0001');
});

test('every tab at 300 px, for review', async () => {
  await selectProject(s, 'Projets', 'P-0001');
  const panel = s.page.locator('#sidebar');
  expect((await panel.boundingBox())?.width).toBe(300);
  // Nothing may be wider than the panel (no horizontal scrolling in a 300 px sidebar).
  const overflow = () => s.sidebar.locator('body').evaluate((b) => b.scrollWidth - b.clientWidth);
  expect(await overflow()).toBe(0);

  // The SIAT tab's valuation (P-0001: one outcome, 400 foyers × 300 €, deadweight 20 %, attribution
  // 30 %, 2 years, 20 % drop-off, 3,5 %; 150 000 € invested): 115 113,07 €, SROI 0,77; its
  // sensitivity view is checked in sidebar-sroi.test.ts.
  await s.sidebar.getByRole('tab', { name: 'SIAT' }).click();
  const valuation = s.sidebar.locator('#panel-siat .valuation');
  const spaced = async (l: typeof valuation) => ((await l.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
  expect(await spaced(valuation.locator('.figure').first())).toMatch(/^Valeur sociale actualisée115 113,07 €/);
  expect(await valuation.locator('.tornado tbody tr').count()).toBe(8);
  expect(await spaced(valuation.locator('.figure', { hasText: /^SROI\d/ }).locator('.figure-value'))).toBe('0,77');
  expect(await overflow()).toBe(0);
  await valuation.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await panel.screenshot({ path: screenshotPath('sidebar-siat-valuation') });
  await valuation.evaluate((e) => e.ownerDocument.scrollingElement?.scrollTo(0, 0));
  for (const [tab, name] of [
    ['Grille AMI', 'ami'],
    ['SRL', 'srl'],
    ['Captation', 'value-capture'],
    ['SIAT', 'siat'],
  ] as const) {
    await s.sidebar.getByRole('tab', { name: tab }).click();
    await panel.screenshot({ path: screenshotPath(`sidebar-${name}`) });
    const frame = s.page.frames().find((f) => f.url().endsWith('/sidebar'))!;
    await frame.evaluate('window.scrollTo(0, 600)');
    await panel.screenshot({ path: screenshotPath(`sidebar-${name}-scrolled`) });
    await frame.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await panel.screenshot({ path: screenshotPath(`sidebar-${name}-end`) });
    await frame.evaluate('window.scrollTo(0, 0)');
  }
  await s.sidebar.getByRole('tab', { name: 'Grille AMI' }).click();
  await s.sidebar.getByRole('button', { name: /Switch the panel to English/ }).click();
  await until(async () => (await s.sidebar.getByRole('tab', { name: 'AMI grid' }).count()) === 1, 'English');
  await panel.screenshot({ path: screenshotPath('sidebar-ami-english') });
  await s.sidebar.getByRole('button', { name: /Passer le panneau en français/ }).click();
  await until(async () => (await s.sidebar.getByRole('tab', { name: 'Grille AMI' }).count()) === 1, 'back to French');
  await s.page.screenshot({ path: screenshotPath('playground') });
});

test('the panel’s polls of the cursor read no Properties: it sends the language it was told', async () => {
  const fake = s.playground.book.fake;
  // getContext is the only caller of getCurrentCell: each poll makes one call.
  const polls = () => fake.calls.byMethod['Spreadsheet.getCurrentCell'] ?? 0;
  fake.resetCalls();
  await until(() => polls() >= 3, 'three polls');
  expect(fake.calls.byMethod['PropertiesService.getUserProperties'] ?? 0).toBe(0);
});

test('AMI_POIDS changed in Paramètres while the panel is open: back from Paramètres, the live total is out of the new weights', async () => {
  const weights = s.playground.book.fake.spreadsheet.getRangeByName('AMI_POIDS')!;
  const before = weights.getValues();
  const live = s.sidebar.locator('.live .figure').filter({ hasText: 'Total' });
  const outOf = async () => ((await live.textContent()) ?? '').replace(/\s/g, '').replace(/.*\//, '');
  try {
    await selectProject(s, 'Grille AMI', 'P-0002');
    await until(async () => (await outOf()) === '36', 'the total out of 12 criteria × 3');
    // Someone doubles every weight in Paramètres, the cursor there; the panel reads them again once it is back.
    weights.setValues(before.map(() => [2]));
    const res = await postJson(s.playground, '/api/select', { sheet: 'Paramètres', row: 2, col: 2 });
    expect(res.ok).toBe(true);
    // Every poll asks for the active sheet (outside the project sheets, nothing more).
    const polls = () => s.playground.book.fake.calls.byMethod['Spreadsheet.getActiveSheet'] ?? 0;
    const seen = polls();
    await until(() => polls() > seen, 'a poll in Paramètres');
    await selectProject(s, 'Grille AMI', 'P-0002');
    await until(async () => (await outOf()) === '72', 'the total out of the new weights');
  } finally {
    weights.setValues(before);
  }
});
