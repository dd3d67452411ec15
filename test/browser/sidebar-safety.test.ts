import { cellText, editAsSomeoneElse, failNextCall, screenshotPath, selectProject, until, useSession } from '../helpers/browser';

/** What must never go wrong: conflicts lose nothing, failures keep the edits, sheet text stays text. */
const s = useSession();

const LEVEL = 'Richesse du collectif';
const COMMENT = `Commentaire – ${LEVEL}`;
const status = () => s.sidebar.locator('.save-bar .status').textContent();
const save = () => s.sidebar.getByRole('button', { name: /^(Enregistrer|Réessayer)$/ }).click();
const richness = () => s.sidebar.locator('fieldset.choices').nth(1);

test('a save after someone else changed the same cell shows the conflict and loses nothing', async () => {
  await selectProject(s, 'Grille AMI', 'P-0004');
  await richness()
    .getByLabel(/^1 · Faible/)
    .check();
  await s.sidebar.getByLabel(COMMENT).fill('Mon commentaire');
  // Meanwhile, a colleague sets the same level in the sheet.
  await editAsSomeoneElse(s, 'Grille AMI', 'P-0004', 'level:richesse-collectif', 'Inexistant');

  await save();
  const conflicts = s.sidebar.locator('.conflicts');
  await conflicts.waitFor();
  expect(await conflicts.locator('.conflict-field').allTextContents()).toEqual([LEVEL]);
  expect(await conflicts.locator('.theirs').textContent()).toBe('0 · Inexistant');
  expect(await conflicts.locator('.mine').textContent()).toBe('1 · Faible');
  await s.page
    .frames()
    .find((f) => f.url().endsWith('/sidebar'))!
    .evaluate('window.scrollTo(0, 0)');
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('sidebar-conflict') });
  // Nothing was written: not the conflicting level, not the comment.
  expect(await cellText(s, 'Grille AMI', 'P-0004', LEVEL)).toBe('Inexistant');
  expect(await cellText(s, 'Grille AMI', 'P-0004', COMMENT)).toBe('');
  expect(await status()).toBe('2 modification(s) non enregistrée(s)');
  // The choice is required.
  await conflicts.getByRole('button', { name: 'Appliquer mes choix et enregistrer' }).click();
  expect(await conflicts.locator('[role="alert"]').textContent()).toBe('Choisissez une valeur pour chaque cellule.');

  await conflicts.getByLabel('Garder ma saisie').check();
  await conflicts.getByRole('button', { name: 'Appliquer mes choix et enregistrer' }).click();
  await until(async () => /^Enregistré/.test((await status()) ?? ''), 'saved after the choice');
  expect(await s.sidebar.locator('.conflicts').count()).toBe(0);
  expect(await cellText(s, 'Grille AMI', 'P-0004', LEVEL)).toBe('Faible');
  expect(await cellText(s, 'Grille AMI', 'P-0004', COMMENT)).toBe('Mon commentaire');
});

test('keeping their value drops my edit of that cell only', async () => {
  await selectProject(s, 'Grille AMI', 'P-0006');
  const labels = ['Inexistant', 'Faible', 'Intermédiaire', 'Fort'];
  const loaded = Number(await richness().locator('input:checked').getAttribute('value'));
  const [mine, theirs] = [(loaded + 1) % 4, (loaded + 2) % 4];
  await richness()
    .getByLabel(new RegExp(`^${mine} · `))
    .check();
  await s.sidebar.getByLabel(COMMENT).fill('Gardé');
  await editAsSomeoneElse(s, 'Grille AMI', 'P-0006', 'level:richesse-collectif', labels[theirs]);
  await save();
  await s.sidebar.locator('.conflicts').getByLabel('Garder la valeur de la feuille').check();
  await s.sidebar.getByRole('button', { name: 'Appliquer mes choix et enregistrer' }).click();
  await until(async () => /^Enregistré/.test((await status()) ?? ''), 'saved');
  expect(await cellText(s, 'Grille AMI', 'P-0006', LEVEL)).toBe(labels[theirs]);
  expect(await cellText(s, 'Grille AMI', 'P-0006', COMMENT)).toBe('Gardé');
  // The panel now shows their level.
  expect(await richness().locator('input:checked').getAttribute('value')).toBe(String(theirs));
});

test('a server failure keeps the edits and offers a retry; the multi-account failure is explained', async () => {
  await selectProject(s, 'Grille AMI', 'P-0007');
  await s.sidebar.getByLabel(COMMENT).fill('Texte à ne pas perdre');
  await failNextCall(s, 'NetworkError: connection lost');
  await save();
  const alert = s.sidebar.locator('.save-bar [role="alert"]');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('La connexion avec Google Sheets a été interrompue');
  expect(await alert.textContent()).toContain('Vos saisies sont conservées dans le panneau.');
  expect(await s.sidebar.getByLabel(COMMENT).inputValue()).toBe('Texte à ne pas perdre');
  expect(await status()).toBe('1 modification(s) non enregistrée(s)');
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('sidebar-failure') });

  await failNextCall(s, "ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.");
  await s.sidebar.getByRole('button', { name: 'Réessayer' }).click();
  await until(
    async () => ((await alert.textContent()) ?? '').includes('utilisez un seul compte Google ou une fenêtre de navigation privée'),
    'multi-account message',
  );
  expect(await cellText(s, 'Grille AMI', 'P-0007', COMMENT)).toBe('');

  await s.sidebar.getByRole('button', { name: 'Réessayer' }).click();
  await until(async () => /^Enregistré/.test((await status()) ?? ''), 'saved on retry');
  expect(await s.sidebar.locator('.save-bar [role="alert"]').count()).toBe(0);
  expect(await cellText(s, 'Grille AMI', 'P-0007', COMMENT)).toBe('Texte à ne pas perdre');
});

test('markup in a project name and a formula in a comment round-trip as plain text', async () => {
  const name = '<img src=x onerror=alert(1)>';
  const formula = '=IMPORTXML("http://x";"//a")';
  for (const sheet of ['Projets', 'Grille AMI']) await editAsSomeoneElse(s, sheet, 'P-0002', 'name', name);
  await s.page.reload();
  await s.sidebar.locator('.project-name').waitFor();
  // The table shows the characters.
  expect(await cellText(s, 'Projets', 'P-0002', 'Nom du projet')).toBe(name);
  expect(await s.page.locator('#grid img').count()).toBe(0);

  await selectProject(s, 'Grille AMI', 'P-0002');
  expect(await s.sidebar.locator('.project-name').textContent()).toBe(name);
  // Found by search too, shown as text in the results.
  await s.sidebar.locator('input[type="search"]').fill('onerror');
  expect(await s.sidebar.locator('.results .result').first().textContent()).toBe(`P-0002 ${name}`);
  await s.sidebar.locator('input[type="search"]').fill('');
  expect(await s.sidebar.locator('img').count()).toBe(0);

  await s.sidebar.getByLabel(COMMENT).fill(formula);
  await save();
  await until(async () => /^Enregistré/.test((await status()) ?? ''), 'saved');
  expect(await cellText(s, 'Grille AMI', 'P-0002', COMMENT)).toBe(formula);
  // No cell of the workbook holds a formula with that text: it was written as literal text.
  expect(s.playground.book.fake.cellsWithFormulas().filter((c) => c.formula.includes('IMPORTXML'))).toEqual([]);
  await s.sidebar.getByRole('button', { name: 'Actualiser' }).click();
  await until(async () => (await s.sidebar.getByLabel(COMMENT).inputValue()) === formula, 'the comment reads back as text');
  await s.page.waitForTimeout(500);
  expect(s.dialogs).toEqual([]);
});
