import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { cellText, gridCell, guideShot, selectProject, until, useSession } from '../helpers/browser';

/**
 * The pictures of the user guide (docs/guide.md, issue 16 §5), taken in the playground on the demo
 * workbook as the guide's tasks go: each test is one task, checks what the guide says the user sees,
 * then photographs it into docs/guide/images/. `npm test` rewrites them, so they never go stale;
 * test/unit/guide.test.ts checks that the guide links every picture and only those.
 * One session, one demo: the tasks follow each other as a user would do them.
 */
const s = useSession();
const PROJECT = 'P-0001';
/** The guide's AMI_SCORE(CONSENSUS(…)) example, word for word (docs/guide.md, « Analystes »). */
const CONSENSUS_EXAMPLE = `=AMI_SCORE(CONSENSUS(A2;'Grille AMI'!A2:A;'Grille AMI'!E2:P;"moyenne";'Grille AMI'!C2:C;'Grille AMI'!D2:D))`;

const tab = (name: string) => s.page.locator(`#sheet-tabs button[data-sheet="${name}"]`).click();
const menu = (action: string) => s.page.locator(`#menu button[data-action="${action}"]`).click();
const panel = () => s.page.locator('#sidebar');
/** The grid's column of a header in the sheet shown (1-based), read from the workbook. */
function columnOf(sheet: string, header: string): number {
  const book = s.playground.book.fake.spreadsheet.getSheetByName(sheet)!;
  const col = book.getRange(1, 1, 1, book.getLastColumn()).getDisplayValues()[0].indexOf(header) + 1;
  if (col < 1) throw new Error(`No column « ${header} » in ${sheet}`);
  return col;
}
/** The little of the page's DOM the scrolling reads (the tests' TypeScript has no DOM types). */
interface Box {
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
  querySelector(selector: string): { children: { offsetLeft: number; offsetWidth: number }[] } | null;
}
/**
 * Scrolls the grid of a sheet so that a column comes right after its frozen ones (ID, name), as one
 * would scroll in Sheets to read it beside the project's name.
 */
async function scrollTo(sheet: string, col: number): Promise<void> {
  const frozen = s.playground.book.fake.spreadsheet.getSheetByName(sheet)!.getFrozenColumns();
  // Scrolls, and says whether it was already there: a repaint after an edit may scroll the grid back,
  // so the picture waits until the scroll has held for one check.
  const scrolled = () =>
    s.page.locator('#grid .jss_content').evaluate(
      (node, [col, frozen]) => {
        const content = node as unknown as Box;
        // The column letters' row: its cell c is column c (cell 0 is the corner above the row numbers).
        const letters = content.querySelector('thead tr:last-child')!.children;
        // A frozen column is sticky: its offset moves with the scroll, so the scroll is taken off it.
        const edge = frozen ? letters[frozen].offsetLeft - content.scrollLeft + letters[frozen].offsetWidth : letters[1].offsetLeft;
        // As far as the grid goes when the column is among the last ones.
        const left = Math.min(letters[col].offsetLeft - edge, content.scrollWidth - content.clientWidth);
        const there = Math.abs(content.scrollLeft - left) < 2;
        content.scrollLeft = left;
        return there;
      },
      [col, frozen],
    );
  await until(scrolled, `${sheet} scrolled to its column ${col}`);
}
/** Runs a picture with a wider window, so that a sheet's columns the step is about fit beside its frozen ones. */
async function wide(shoot: () => Promise<void>): Promise<void> {
  await s.page.setViewportSize({ width: 1600, height: 900 });
  try {
    await shoot();
  } finally {
    await s.page.setViewportSize({ width: 1280, height: 900 });
  }
}
/** Scrolls the panel so that an element of it starts under the panel's tabs, which stay on top. */
async function panelTo(element: Locator): Promise<void> {
  await element.evaluate((e) => {
    e.scrollIntoView({ block: 'start' });
    for (const box of [e.ownerDocument.scrollingElement, e.closest('main')]) box?.scrollBy(0, -90);
  });
}
/** The grid's first rows, header included: what a sheet picture frames. */
const firstRows = (rows: number): Locator[] => [s.page.locator('#grid-tools'), s.page.locator(gridCell(rows, 1))];

test('the page and the menu: the workbook, the add-on’s menu, the panel on a project', async () => {
  await selectProject(s, 'Projets', PROJECT);
  expect(await s.page.locator('#menu button').allTextContents()).toEqual(expect.arrayContaining(['Ouvrir le panneau', 'Créer / compléter le classeur']));
  await guideShot(s.page, 'apercu');
  await guideShot(s.page.locator('header.bar'), 'menu');
});

test('set up: « Créer / compléter le classeur » on the demo adds nothing twice and says so', async () => {
  const before = await s.page.locator('#sheet-tabs button').allTextContents();
  await menu('setupWorkbook');
  const said = s.page.locator('#notices .notice').last();
  await said.waitFor();
  expect(await s.page.locator('#sheet-tabs button').allTextContents()).toEqual(before);
  await guideShot(s.page, 'creer-classeur', [s.page.locator('header.bar'), s.page.locator('#notices')]);
});

test('score as a reviewer: the AMI tab, one criterion’s four levels with their descriptors', async () => {
  await s.sidebar.getByRole('tab', { name: 'Grille AMI' }).click();
  const first = s.sidebar.locator('section.panel:not([hidden]) fieldset.choices').first();
  await first.waitFor();
  expect(await first.locator('input[type="radio"]').count()).toBe(4);
  await panelTo(first);
  await guideShot(panel(), 'panneau-ami');
});

test('several reviewers: each one’s level beside mine on the disputed criterion', async () => {
  const others = s.sidebar.locator('section.panel:not([hidden]) .others');
  await until(async () => (await others.count()) > 0, 'the others’ assessments');
  const field = others.locator('.other-field', { hasText: 'Rupture avec l' }).first();
  expect(await field.locator('.other-values li').count()).toBe(3);
  await field.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await guideShot(panel(), 'plusieurs-evaluateurs');
  await s.sidebar.locator('body').evaluate((b) => b.ownerDocument.scrollingElement?.scrollTo(0, 0));
});

test('Projets: the consensus of the assessments and the disputed criterion', async () => {
  // Hand check (README « Plusieurs évaluateurs »): totals 32, 30, 31 → consensus 93 / 3 = 31.
  expect(await cellText(s, 'Projets', PROJECT, 'Total AMI')).toBe('31');
  expect(await cellText(s, 'Projets', PROJECT, 'Critère disputé')).toMatch(/^⚠ désaccord : Rupture avec l.existant$/);
  await wide(async () => {
    await scrollTo('Projets', columnOf('Projets', 'Évaluations'));
    await guideShot(s.page, 'projets-consensus', firstRows(8));
  });
});

test('the committee: rank, mark out of 20, envelope and decision in Comité', async () => {
  // 31 / 36 × 20 = 17,22 out of 20, second of the call (committee-view.test.ts).
  expect(await cellText(s, 'Comité', PROJECT, 'Note /20')).toMatch(/^17[,.]22/);
  expect(await cellText(s, 'Comité', PROJECT, 'Rang')).toBe('2');
  await wide(async () => {
    await scrollTo('Comité', columnOf('Comité', 'Décision'));
    await guideShot(s.page, 'comite', firstRows(10));
  });
});

test('follow a portfolio: Projets’ « SRL actuel », « SRL précédent » and the target; the panel’s « Suivi dans le temps »', async () => {
  // P-0011, followed since 2024 in the demo (demo-history.test.ts): SRL 6 on 20/05/2025, 5 on 02/03/2026.
  expect(await cellText(s, 'Projets', 'P-0011', 'SRL actuel')).toBe('5');
  expect(await cellText(s, 'Projets', 'P-0011', 'SRL précédent')).toBe('6');
  await wide(async () => {
    await scrollTo('Projets', columnOf('Projets', 'SRL visé'));
    await guideShot(s.page, 'projets-suivi', firstRows(12));
  });

  await selectProject(s, 'Projets', 'P-0011');
  const history = s.sidebar.locator('details.history');
  await until(async () => (await history.locator('.history-list li').count()) === 3, 'the three assessments');
  await panelTo(history);
  await guideShot(panel(), 'suivi-dans-le-temps');
});

test('the dashboard: « Mettre à jour le tableau de bord », its charts drawn', async () => {
  await menu('buildDashboard');
  await tab('Tableau de bord');
  const charts = s.page.locator('#charts figure');
  await until(async () => (await charts.count()) > 0, 'the charts are drawn');
  await s.page.locator('#charts').evaluate((el) => {
    el.style.maxHeight = 'none';
  });
  const chart = (title: string) => s.page.locator('#charts figure', { has: s.page.locator(`canvas[aria-label="${title}"]`) });
  const srl = chart('Projets par niveau SRL');
  await srl.scrollIntoViewIfNeeded();
  await guideShot(s.page, 'tableau-de-bord', [srl, chart('Profil AMI moyen par groupe')]);
  const committee = chart('Décisions du comité et enveloppe (€)');
  await committee.scrollIntoViewIfNeeded();
  await guideShot(committee, 'comite-enveloppe');
  const quarters = chart('Répartition des SRL par trimestre');
  await quarters.scrollIntoViewIfNeeded();
  await guideShot(s.page, 'portefeuille-dans-le-temps', [quarters, chart('Progression depuis la dernière évaluation')]);
});

test('an analyst’s formulas typed in cells: =SRL_LEVEL(E2:M2;SEUIL_SRL) gives the sheet’s own level, AMI_SCORE(CONSENSUS(…)) the consensus', async () => {
  // The guide quotes both formulas as they are typed here.
  const guide = readFileSync('docs/guide.md', 'utf8');
  expect(guide).toContain('`=SRL_LEVEL(E2:M2;SEUIL_SRL)`');
  expect(guide).toContain(`\`${CONSENSUS_EXAMPLE}\``);
  await tab('SRL');
  const own = columnOf('SRL', 'SRL atteint');
  const free = s.playground.book.fake.spreadsheet.getSheetByName('SRL')!.getLastColumn() + 1;
  const level = ((await s.page.locator(gridCell(2, own)).textContent()) ?? '').trim();
  expect(level).toMatch(/^\d$/);
  await s.page.locator(gridCell(2, free)).click();
  await s.page.keyboard.type('=SRL_LEVEL(E2:M2;SEUIL_SRL)');
  await s.page.keyboard.press('Enter');
  await until(async () => ((await s.page.locator(gridCell(2, free)).textContent()) ?? '').trim() === level, 'the formula computed');
  // The guide's second example, typed beside it as in one's own sheet, reading Grille AMI: P-0001's
  // consensus total, 31 (its three reviewers' totals 32, 30 and 31 → 93 / 3).
  expect(((await s.page.locator(gridCell(2, 1)).textContent()) ?? '').trim()).toBe(PROJECT);
  // Through the formula bar, as one pastes a long formula.
  await s.page.locator(gridCell(2, free + 1)).click();
  await s.page.locator('#formula-bar').fill(CONSENSUS_EXAMPLE);
  await s.page.locator('#formula-bar').press('Enter');
  await until(async () => ((await s.page.locator(gridCell(2, free + 1)).textContent()) ?? '').trim() === '31', 'the consensus total computed');
  await s.page.locator(gridCell(2, free)).click();
  await until(async () => (await s.page.locator('#formula-bar').inputValue()) === '=SRL_LEVEL(E2:M2;SEUIL_SRL)', 'the formula bar shows the first one');
  await wide(async () => {
    await scrollTo('SRL', own);
    await guideShot(s.page, 'formule', [s.page.locator('.formula-line .fx'), s.page.locator('#grid thead td').first(), s.page.locator(gridCell(5, free + 1))]);
  });
});

test('the import panel: a Démarches simplifiées export, its columns matched by name before anything is written', async () => {
  const projects = s.playground.book.fake.spreadsheet.getSheetByName('Projets')!.getLastRow();
  const details = s.sidebar.locator('details.import');
  await details.locator('summary').click();
  await details.locator('input[type="file"]').setInputFiles({
    name: 'dossiers-2024-03-20.csv',
    mimeType: 'text/csv',
    buffer: readFileSync('test/fixtures/demarches/dossiers-2024-03-20.csv'),
  });
  const fields = details.locator('.import-field');
  await until(async () => (await fields.count()) > 0, 'the proposed mapping');
  expect(await details.getByRole('button', { name: 'Importer dans Projets' }).count()).toBe(1);
  expect(s.playground.book.fake.spreadsheet.getSheetByName('Projets')!.getLastRow()).toBe(projects);
  await details.evaluate((e) => e.scrollIntoView({ block: 'end' }));
  await guideShot(panel(), 'import');
  await details.locator('summary').click();
});

test('feedback to applicants: « Fiche de restitution du projet », without any reviewer’s name', async () => {
  await selectProject(s, 'Projets', PROJECT);
  await menu('buildRestitution');
  const sheet = s.page.locator('#sheet-tabs button[data-sheet="Fiche de restitution"]');
  await until(async () => (await sheet.count()) > 0, 'the feedback sheet’s tab');
  await sheet.click();
  await until(async () => (await s.page.locator(gridCell(1, 1)).textContent()) === 'Fiche de restitution', 'the feedback sheet drawn');
  const shown = (await s.page.locator('#grid tbody').textContent()) ?? '';
  for (const name of ['Claire Martin', 'Idriss Benali', 'Sophie Lambert']) expect(shown).not.toContain(name);
  await guideShot(s.page, 'restitution', firstRows(16));
});
