import { sensitivitySentence } from '../../src/core/sroi/explain';
import { oneAtATime, SENSITIVITY_ASSUMPTIONS, switchingValue, type SensitivityAssumption, type SwitchingValue } from '../../src/core/sroi/sensitivity';
import type { Outcome } from '../../src/core/sroi/valuation';
import { editAsSomeoneElse, screenshotPath, selectProject, until, useSession } from '../helpers/browser';

/**
 * Issue 13 in the sidebar: a demo project's valuation in the SIAT tab — ratio, NPV, net SROI, payback,
 * the one-at-a-time sensitivity and the switching values — checked against figures computed by hand
 * and against core computed here from the demo's inputs (examples/demo-portfolio.json).
 */
const s = useSession();

/** Text as read, with the no-break spaces of French typography as plain spaces. */
const spaced = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const fr2 = (n: number) => spaced(new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n));
const valuation = () => s.sidebar.locator('#panel-siat .valuation');
const figureValue = async (label: RegExp) => spaced(await valuation().locator('.figure', { hasText: label }).locator('.figure-value').textContent());
const figureText = async (label: RegExp) => spaced(await valuation().locator('.figure', { hasText: label }).textContent());

/** The valuation block at the top of the visible panel (below the sticky tabs), for a screenshot. */
async function screenshotValuation(name: string): Promise<void> {
  await valuation().evaluate((e) => {
    e.scrollIntoView({ block: 'start' });
    e.ownerDocument.scrollingElement?.scrollBy(0, -48);
  });
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath(name) });
}

async function openSiat(id: string): Promise<void> {
  await selectProject(s, 'Projets', id);
  await s.sidebar.getByRole('tab', { name: 'SIAT' }).click();
  await valuation().waitFor();
}

// P-0002 in the demo: 20 people × 8 000 €, deadweight 30 %, attribution 40 %, displacement 10 %,
// drop-off 30 %, 3 years, rate 3,5 % (Paramètres); 80 000 € invested.
const P2: Outcome = { quantity: 20, proxy: 8000, deadweight: 0.3, attribution: 0.4, displacement: 0.1, dropoff: 0.3, years: 3, rate: 0.035 };
const INV = { amounts: [80000], rate: 0.035 };

test('a demo project’s ratio, NPV, net SROI and payback, beside its present value', async () => {
  await openSiat('P-0002');
  // Year 1: 20 × 8 000 × 0,7 × 0,6 × 0,9 = 60 480; year 2: × 0,7 = 42 336; year 3: 29 635,20.
  // Present value: 60 480 / 1,035 + 42 336 / 1,035² + 29 635,20 / 1,035³
  //   = 58 434,78 + 39 521,11 + 26 729,25 = 124 685,14 €.
  expect(await figureValue(/^Valeur sociale actualisée/)).toBe('124 685,14 €');
  expect(await figureValue(/^Investissement/)).toBe('80 000,00 €');
  // 124 685,14 / 80 000 = 1,5586; NPV 124 685,14 − 80 000 = 44 685,14; net SROI 0,5586.
  expect(await figureValue(/^SROI\d/)).toBe('1,56');
  expect(await figureValue(/^Valeur actuelle nette/)).toBe('44 685,14 €');
  expect(await figureValue(/^SROI net/)).toBe('0,56');
  // Payback: year 1 brings 58 434,78 of the 80 000; the rest, 21 565,22, is 0,5457 of year 2's
  // 39 521,11: 1,5457 years × 12 = 18,5 months.
  expect(await figureValue(/^Délai de récupération/)).toBe('18,5 mois');
  await screenshotValuation('sidebar-sroi-figures');
});

test('the sensitivity view: each assumption’s low and high ratio as core computes them, the sentence, the switching values', async () => {
  await openSiat('P-0002');
  const rows = oneAtATime([P2], INV);
  const switching = Object.fromEntries(SENSITIVITY_ASSUMPTIONS.map((a) => [a, switchingValue([P2], INV, a)])) as Record<SensitivityAssumption, SwitchingValue>;
  const view = valuation().locator('.sensitivity');
  // Widest range first (a tornado): the duration, 2 years 1,22 to 4 years 1,78.
  const shown = await view.locator('.tornado tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-assumption')));
  const bySwing = [...rows].sort((a, b) => b.high - b.low - (a.high - a.low)).map((r) => r.assumption);
  expect(shown).toEqual(bySwing);
  expect(shown[0]).toBe('years');
  for (const r of rows) {
    const cells = view.locator(`.tornado tr[data-assumption="${r.assumption}"] td.num`);
    expect(spaced(await cells.nth(0).textContent())).toBe(fr2(r.low));
    expect(spaced(await cells.nth(1).textContent())).toBe(fr2(r.high));
  }
  expect(spaced(await view.locator('.tornado tr[data-assumption="years"] th').textContent())).toBe('Durée±1 an');
  expect(spaced(await view.locator('caption').textContent())).toContain('(base 1,56, trait pointillé : 1:1)');
  // The sentence is core's, word for word.
  expect(spaced(await view.locator('.sentence').textContent())).toBe(spaced(sensitivitySentence(rows, switching, 'fr')));
  expect(spaced(await view.locator('.sentence').textContent())).toBe(
    'Le ratio SROI dépend surtout de la durée : de 1,22 à 1,78 pour ±1 an ; la valeur de basculement la plus proche est une baisse de 2 ans de la durée, qui ferait passer le ratio de 1,56 à 0,73.',
  );
  const switch_ = async (a: SensitivityAssumption) => spaced(await view.locator(`.switching li[data-assumption="${a}"]`).textContent());
  // Duration: 2 years give 1,22 (still above 1:1); 1 year: 58 434,78 / 80 000 = 0,73.
  expect(await switch_('years')).toBe('Durée : devrait passer de 3 ans à 1 an (ratio 0,73)');
  // Quantity: 1,5586 × (1 + c) = 1 → c = −35,8 %.
  expect(await switch_('quantity')).toBe('Quantité : devrait baisser de 35,8 %');
  // Deadweight: 124 685,14 × (1 − d) / 0,7 = 80 000 → 1 − d = 0,4491, d = 55,1 %.
  expect(await switch_('deadweight')).toBe('Point mort : devrait passer de 30 % à 55,1 %');
  await view
    .locator('h3')
    .first()
    .evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('sidebar-sroi-sensitivity') });
  await view.locator('.switching').evaluate((e) => e.scrollIntoView({ block: 'end' }));
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('sidebar-sroi-switching') });
});

test('not computable: « — » and why (no investment; a ratio under 1:1 never paid back; no outcome)', async () => {
  // P-0001: 400 × 300 € × 0,8 × 0,7 = 67 200 then 53 760; 115 113,07 € for 150 000 €: ratio 0,77,
  // NPV −34 886,93 €, never paid back within its 2 years.
  await openSiat('P-0001');
  expect(await figureValue(/^SROI\d/)).toBe('0,77');
  expect(await figureValue(/^Valeur actuelle nette/)).toBe(spaced(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(-34886.93)));
  expect(await figureValue(/^Délai de récupération/)).toBe('— non atteint pendant la durée des effets');
  // Deadweight at 0 % still leaves 0,96: none reaches 1:1.
  expect(spaced(await valuation().locator('.switching li[data-assumption="deadweight"]').textContent())).toBe(
    'Point mort : aucune valeur ne ramène le ratio à 1:1',
  );
  await screenshotValuation('sidebar-sroi-not-paid-back');

  // No investment in Projets: the present value stays, the ratio's figures say why they are missing.
  await editAsSomeoneElse(s, 'Projets', 'P-0003', 'investment', '');
  await openSiat('P-0003');
  await s.sidebar.getByRole('button', { name: 'Actualiser' }).click();
  const why = valuation().locator('.why');
  await until(async () => (await why.count()) === 1, 'the panel reads the blank investment');
  expect(spaced(await why.textContent())).toBe(
    '— : non calculé, investissement non renseigné ou illisible dans Projets. La sensibilité du ratio se calcule quand le projet a un investissement et au moins un effet calculé.',
  );
  expect(await figureText(/^Investissement/)).toBe('Investissement—non renseigné ou illisible dans Projets');
  for (const label of [/^SROI—/, /^Valeur actuelle nette/, /^SROI net/, /^Délai/]) expect(await figureValue(label)).toBe('—');
  expect(await figureValue(/^Valeur sociale actualisée/)).toMatch(/ €$/);
  expect(await valuation().locator('.sensitivity').count()).toBe(0);
  await screenshotValuation('sidebar-sroi-no-investment');

  // No outcome valued (P-0004 has none in the demo).
  await openSiat('P-0004');
  expect(await valuation().textContent()).toContain('Aucun effet valorisé pour ce projet');
});

test('a value typed over the formula in Valorisation is pointed out; English', async () => {
  await editAsSomeoneElse(s, 'Valorisation', 'P-0006', 'present-value', 99999);
  await openSiat('P-0006');
  await s.sidebar.getByRole('button', { name: 'Actualiser' }).click();
  await until(async () => (await valuation().locator('.warning').count()) === 1, 'the sheet’s total is compared');
  expect(spaced(await valuation().locator('.warning').textContent())).toContain('totalise 99 999,00 € pour ce projet');

  await s.sidebar.getByRole('button', { name: /Switch the panel to English/ }).click();
  await until(async () => (await s.sidebar.getByRole('tab', { name: 'SIAT' }).getAttribute('aria-selected')) === 'true', 'English, SIAT tab');
  await until(async () => /^The SROI ratio depends most on /.test((await valuation().locator('.sentence').textContent()) ?? ''), 'the sentence in English');
  expect(
    await valuation()
      .locator('th', { hasText: /^Assumption$/ })
      .count(),
  ).toBe(1);
  await valuation()
    .locator('.sensitivity')
    .evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('sidebar-sroi-english') });
  await s.sidebar.getByRole('button', { name: /Passer le panneau en français/ }).click();
  await until(async () => (await s.sidebar.getByRole('tab', { name: 'Grille AMI' }).count()) === 1, 'back to French');
});
