import { screenshotPath, selectProject, until, useSession } from '../helpers/browser';

/**
 * Issue 12 §4 and §7 in the real sidebar, on the demo as « Charger l’exemple » loads it: a project
 * the demo follows over time, as its reviewer Claire Martin sees it. P-0011 steps back: SRL 4 on
 * 11/06/2024, 6 on 20/05/2025, 5 on 02/03/2026 (evidence in examples/demo-portfolio.json; SEUIL_SRL
 * 100 %); AMI totals 25, 28, 28 out of 36 (equal weights).
 */
const s = useSession();
const PROJECT = 'P-0011';
const text = async (selector: string) => ((await s.sidebar.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const history = () => s.sidebar.locator('.history');
/** The chart's text alternative after « SRL par date : » (French spacing before the colon). */
const srlByDate = async () => /SRL par date\s:\s(.*)\.$/.exec((await history().locator('svg.srl-chart').getAttribute('aria-label')) ?? '')?.[1];
const lines = async () => (await history().locator('.history-list li .history-line').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

test('a demo project followed over time: the SRL chart, the dated list, the next level, an older assessment opened', async () => {
  await selectProject(s, 'Projets', PROJECT);
  await until(async () => (await history().locator('.history-list li').count()) === 3, 'the three assessments');
  // Newest first, dates jj/mm/aaaa, mine (« moi »), SRL and AMI total as the sheets compute them.
  expect(await lines()).toEqual([
    '02/03/2026 · moi · SRL 5 · AMI 28 / 36 · Terminée',
    '20/05/2025 · moi · SRL 6 · AMI 28 / 36 · Terminée',
    '11/06/2024 · moi · SRL 4 · AMI 25 / 36 · Terminée',
  ]);
  const li = history().locator('.history-list > li');
  expect(await li.nth(0).textContent()).toContain('ouverte');
  // The chart: a point per assessment, in date order; the step back drawn lower than the point before it.
  const chart = history().locator('svg.srl-chart');
  expect(await srlByDate()).toBe('11/06/2024 4, 20/05/2025 6, 02/03/2026 5');
  expect(await chart.locator('circle').count()).toBe(3);
  const points = ((await chart.locator('polyline').getAttribute('points')) ?? '').split(' ').map((p) => p.split(',').map(Number));
  const [xs, ys] = [points.map(([x]) => x), points.map(([, y]) => y)];
  expect(xs[0] < xs[1] && xs[1] < xs[2]).toBe(true);
  expect(ys[1] < ys[0] && ys[1] < ys[2] && ys[2] < ys[0]).toBe(true);
  // What the next level asks, from the latest assessment: level 6 at 50 %, level 7 (the target) at 0 %.
  const next = await text('.next-step');
  expect(next).toContain('SRL actuel : 5 · Prototypage des fonctions clés');
  expect(next).toContain('Préparation du démonstrateur');
  expect(next).toMatch(/SRL 6 · 50 %/);
  expect(next).toMatch(/SRL 7 · 0 %/);
  expect(next).toContain('pilote de collecte non concluant');
  await history()
    .locator('summary')
    .first()
    .evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('demo-history-sidebar') });

  // The assessment before the step back, opened deliberately: said in the panel, its own values shown.
  await history().getByRole('button', { name: 'Ouvrir mon évaluation du 20/05/2025' }).click();
  await until(async () => (await text('.my-assessment')).includes('du 20/05/2025'), 'the older one is open');
  expect(await text('.older-open')).toContain('pas la plus récente');
  expect(await li.nth(1).textContent()).toContain('ouverte');
  await s.sidebar.getByRole('tab', { name: 'SRL' }).click();
  const notes = s.sidebar.locator('section.panel:not([hidden])').getByLabel('Preuves (notes)');
  expect(await notes.inputValue()).toMatch(/^Exemple illustratif : prototypes prêts et pilote de collecte en crèches municipales préparé/);
  await s.sidebar
    .locator('.older-open')
    .first()
    .evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('demo-history-older') });
  await s.sidebar.getByRole('button', { name: 'Revenir à la plus récente' }).click();
  await until(async () => (await text('.my-assessment')).includes('du 02/03/2026'), 'back to the latest');
});

test('the other followed projects in the panel: a steady progress, a stall, four assessments', async () => {
  const chartOf = async (id: string, n: number) => {
    await selectProject(s, 'Projets', id);
    await until(async () => (await history().locator('.history-list li').count()) === n, `${id}: ${n} assessments`);
    return srlByDate();
  };
  expect(await chartOf('P-0013', 3)).toBe('16/04/2024 3, 18/03/2025 5, 02/03/2026 7');
  expect((await lines()).map((l) => l.replace(/ · Terminée$/, ''))).toEqual([
    '02/03/2026 · moi · SRL 7 · AMI 23 / 36',
    '18/03/2025 · moi · SRL 5 · AMI 22 / 36',
    '16/04/2024 · moi · SRL 3 · AMI 18 / 36',
  ]);
  expect(await chartOf('P-0010', 3)).toBe('21/05/2024 4, 08/04/2025 4, 02/03/2026 4');
  expect(await chartOf('P-0015', 4)).toBe('13/02/2024 6, 08/10/2024 7, 17/06/2025 7, 02/03/2026 8');
});
