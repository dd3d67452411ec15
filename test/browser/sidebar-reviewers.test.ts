import { AMI } from '../../src/sheets/schema';
import { PARAMETER_NAMES } from '../../src/sheets/templates/parameters';
import { editAsSomeoneElse, screenshotPath, selectProject, until, useSession } from '../helpers/browser';

/**
 * Issue 11 in the real sidebar: two reviewers score the same project in turn (a name chosen in the
 * panel, each saving into their own row), each sees the other's levels and comments side by side
 * (as text), blind review hides them until one's own is « Terminée », « Mes dossiers » counts.
 */
// Reviewers of their own, not the demo's (who already scored every reviewed project): no name chosen yet.
const s = useSession(null);
const PROJECT = 'P-0003';
const criterion = (n: number) => s.sidebar.locator('section.panel:not([hidden]) fieldset.choices').nth(n);
const status = () => s.sidebar.locator('.save-bar .status').textContent();
const text = async (selector: string) => ((await s.sidebar.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function chooseName(name: string): Promise<void> {
  const change = s.sidebar.getByRole('button', { name: 'Changer le nom d’évaluateur' });
  if (await change.isVisible()) await change.click();
  await s.sidebar.getByLabel('Votre nom', { exact: true }).fill(name);
  await s.sidebar.getByRole('button', { name: 'Valider' }).click();
  await until(async () => (await text('.reviewer-name')) === name, `the panel says ${name}`);
  await until(async () => (await text('.project-id')) === PROJECT, 'the project opened again');
}

async function score(level: RegExp, comment: string): Promise<void> {
  await criterion(0).getByLabel(level).check();
  await s.sidebar.getByLabel('Commentaire – Caractère collectif du projet').fill(comment);
  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(async () => /^Enregistré à/.test((await status()) ?? ''), 'saved');
}

/** The project's rows of Grille AMI in the playground's workbook: reviewer, level, comment. */
function amiRows(): string[][] {
  const sheet = s.playground.book.fake.spreadsheet.getSheetByName(AMI.name.fr)!;
  const values = sheet.getDataRange().getValues();
  const header = values[0].map(String);
  const at = (h: string) => header.indexOf(h);
  return values
    .filter((r) => r[0] === PROJECT)
    .map((r) => [r[at('Évaluateur')], r[at('Caractère collectif du projet')], r[at('Commentaire – Caractère collectif du projet')]].map(String));
}

test('two reviewers score the same project: their own rows, each other’s levels and comments side by side', async () => {
  await editAsSomeoneElse(s, 'Projets', PROJECT, 'reviewers', 'Léa Dupont ; Marc Petit');
  // Léa's second project, her name written with other case and spaces (the same reviewer).
  await editAsSomeoneElse(s, 'Projets', 'P-0004', 'reviewers', 'claire martin ;  léa  DUPONT');
  await selectProject(s, 'Grille AMI', PROJECT);
  const before = amiRows();

  // No name yet: the panel asks for one (and works on the unnamed assessment meanwhile).
  expect(await text('.reviewer-form')).toContain('Votre nom d’évaluateur ou d’évaluatrice');
  await chooseName('Léa Dupont');
  expect(await text('.my-projects')).toContain('Mes dossiers : 0 / 2 évalués');
  expect(await text('.my-assessment')).toContain('Nouvelle : créée à votre premier enregistrement');
  await score(/^1 · Faible/, 'Avis de Léa : <b>gouvernance</b> à élargir');
  await s.sidebar.getByRole('button', { name: 'Marquer comme terminée' }).click();
  await until(async () => (await text('.mine-state')) === 'Terminée', 'mine is done');
  await until(async () => (await text('.my-projects')).includes('1 / 2'), 'my progress counts it');

  await chooseName('Marc Petit');
  expect(await text('.my-assessment')).toContain('Nouvelle');
  await score(/^3 · Fort/, 'Avis de Marc : collectif large');

  // Each saved into their own row; the project's earlier rows (the demo's Claire Martin) are untouched.
  const rows = amiRows();
  expect(rows).toHaveLength(before.length + 2);
  expect(rows.slice(0, before.length)).toEqual(before);
  expect(rows.slice(before.length)).toEqual([
    ['Léa Dupont', 'Faible', 'Avis de Léa : <b>gouvernance</b> à élargir'],
    ['Marc Petit', 'Fort', 'Avis de Marc : collectif large'],
  ]);

  // The others' assessments, per criterion: Léa's level beside mine, her comment as text.
  const others = s.sidebar.locator('section.panel:not([hidden]) .others');
  const first = others.locator('.other-field').first();
  expect(await first.locator('h3').textContent()).toBe('Caractère collectif du projet');
  const chips = await first.locator('.other-values li').allTextContents();
  expect(chips).toContain('moi 3 · Fort');
  expect(chips.some((c) => c.startsWith('Léa Dupont (') && c.endsWith('1 · Faible'))).toBe(true);
  // Her assessment's day as French readers write it (jj/mm/aaaa), not the contract's aaaa-mm-jj.
  expect(chips.find((c) => c.startsWith('Léa Dupont ('))).toMatch(/^Léa Dupont \(\d{2}\/\d{2}\/\d{4}\)/);
  expect(await first.locator('.other-texts').textContent()).toContain('Avis de Léa : <b>gouvernance</b> à élargir');
  expect(await others.locator('b').count()).toBe(0);
  expect(await text('section.panel:not([hidden]) .others .caveat')).toContain('pas une protection');
  // The panel scrolled to the others' assessments, for the closing note.
  await others.locator('h2').evaluate((e) => {
    e.scrollIntoView({ block: 'start' });
    // Below the sticky tabs.
    for (const box of [e.ownerDocument.scrollingElement, e.closest('main')]) box?.scrollBy(0, -60);
  });
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('reviewers-assessments') });
});

test('blind review hides the others until mine is « Terminée »; « Je me déporte » with a reason', async () => {
  s.playground.book.fake.spreadsheet.getRangeByName(PARAMETER_NAMES.blindReview)!.setValue('oui');
  await s.sidebar.getByRole('button', { name: 'Actualiser' }).click();
  const others = s.sidebar.locator('section.panel:not([hidden]) .others');
  await until(async () => (await others.locator('.notice').count()) > 0, 'blind review notice');
  expect(await text('section.panel:not([hidden]) .others .notice')).toMatch(
    /^Évaluation à l’aveugle : les 2 autre\(s\) évaluation\(s\) s’afficheront quand vous aurez marqué la vôtre/,
  );
  expect(await others.textContent()).not.toContain('Avis de Léa');
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('reviewers-blind') });

  await s.sidebar.getByRole('button', { name: 'Marquer comme terminée' }).click();
  await until(async () => (await others.textContent())?.includes('Avis de Léa') ?? false, 'revealed once mine is done');

  await s.sidebar.getByRole('button', { name: 'Je me déporte' }).click();
  await s.sidebar.getByLabel('Motif du déport (facultatif)').fill('Membre du bureau de l’association');
  await s.sidebar.getByRole('button', { name: 'Confirmer le déport' }).click();
  await until(async () => (await text('.mine-state')) === 'Déport', 'recused');
  expect(await text('.my-assessment')).toContain('Motif : Membre du bureau de l’association');
  const recused = amiRows().find((r) => r[0] === 'Marc Petit');
  expect(recused).toBeDefined();
  const sheet = s.playground.book.fake.spreadsheet.getSheetByName(AMI.name.fr)!;
  const values = sheet.getDataRange().getValues();
  const row = values.find((r) => r[0] === PROJECT && r[values[0].indexOf('Évaluateur')] === 'Marc Petit')!;
  expect(row[values[0].indexOf('Déport')]).toBe(true);
  expect(row[values[0].indexOf('Motif du déport')]).toBe('Membre du bureau de l’association');
  s.playground.book.fake.spreadsheet.getRangeByName(PARAMETER_NAMES.blindReview)!.setValue('non');
});
