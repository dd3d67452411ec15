import { amiLevelField, SRL_NOTES_FIELD, srlEvidenceField } from '../../src/contract/fields';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { SRL } from '../../src/sheets/schema';
import { postJson } from '../helpers/playground';
import { screenshotPath, selectProject, until, useSession } from '../helpers/browser';
import { scriptToday } from '../helpers/today';

/**
 * Issue 12 in the real sidebar: a project followed over time. Three dated assessments (two of mine,
 * one of a colleague's, made through the endpoints the panel calls), then « Nouvelle évaluation »
 * from the panel: the SRL over time as a chart, the list of assessments, what the next level asks;
 * an older assessment of mine opened and saved into deliberately.
 */
const s = useSession();
// The demo's project not reviewed yet (issue 11): its history is only what this test makes.
const PROJECT = 'P-0014';
const ME = 'Camille Roux';
const text = async (selector: string) => ((await s.sidebar.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const today = () => scriptToday();

/** One dated assessment saved through the real dist/Code.js, as the panel saves: `levels` SRL evidence done, every AMI criterion at `ami`. */
async function assess(reviewer: string, date: string, levels: number, ami: number, notes = ''): Promise<void> {
  const save = async (sheet: 'srl' | 'ami', changes: { field: string; before: string; after: string | number }[]) => {
    const res = await postJson(s.playground, '/api/run', { name: 'saveProject', args: [{ id: PROJECT, sheet, reviewer, date, changes }] });
    const reply = (await res.json()) as { ok: boolean; value?: { ok: boolean } };
    if (!reply.ok || !reply.value?.ok) throw new Error(`saveProject refused: ${JSON.stringify(reply)}`);
  };
  const evidence = Array.from({ length: levels }, (_, i) => ({ field: srlEvidenceField(i + 1), before: '', after: 1 }));
  await save('srl', notes ? [...evidence, { field: SRL_NOTES_FIELD, before: '', after: notes }] : evidence);
  await save(
    'ami',
    AMI_CRITERIA.map((c) => ({ field: amiLevelField(c.id), before: '', after: ami })),
  );
}

/** My rows of the SRL sheet: date (as a day) and how many levels have evidence. */
function srlRows(): [string, number][] {
  const sheet = s.playground.book.fake.spreadsheet.getSheetByName(SRL.name.fr)!;
  const values = sheet.getDataRange().getValues();
  const header = values[0].map(String);
  const at = (h: string) => header.indexOf(h);
  const evidence = header.flatMap((h, i) => (/^Preuve SRL/i.test(h) || /^SRL \d/.test(h) ? [i] : []));
  return values
    .filter((r) => r[0] === PROJECT && r[at('Évaluateur')] === ME)
    .map((r) => {
      const d = r[at('Date')] as Date | string;
      const day = typeof d === 'string' ? d : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return [day, evidence.filter((i) => r[i] === 1 || r[i] === true).length];
    });
}

test('a project’s history: three dated assessments, « Nouvelle évaluation » from mine, the chart, the list and the next level', async () => {
  await assess(ME, '2025-03-10', 2, 1);
  await assess(ME, '2025-10-02', 4, 2, 'Prototype testé avec 2 bailleurs ; reste la convention avec la mairie.');
  await assess('Idriss Benali', '2026-02-20', 3, 2);

  await selectProject(s, 'Projets', PROJECT);
  const change = s.sidebar.getByRole('button', { name: 'Changer le nom d’évaluateur' });
  if (await change.isVisible()) await change.click();
  await s.sidebar.getByLabel('Votre nom', { exact: true }).fill(ME);
  await s.sidebar.getByRole('button', { name: 'Valider' }).click();
  await until(async () => (await text('.reviewer-name')) === ME, 'my name');
  await until(async () => (await text('.my-assessment')).includes('du 02/10/2025'), 'my latest assessment is open');

  // « Nouvelle évaluation »: today's row from my latest (02/10/2025), said in the panel.
  const before = srlRows();
  await s.sidebar.getByRole('button', { name: 'Nouvelle évaluation' }).click();
  await until(async () => (await text('.message')).includes('créée à partir de votre évaluation du 02/10/2025'), 'the new assessment is said');
  const [y, m, d] = today().split('-');
  expect(await text('.my-assessment')).toContain(`du ${d}/${m}/${y}`);
  expect(srlRows()).toEqual([...before, [today(), 4]]);

  // Level 5 reached today: only what changed is edited.
  await s.sidebar.getByRole('tab', { name: 'SRL' }).click();
  await s.sidebar.locator('section.panel:not([hidden]) fieldset.evidence').nth(4).getByLabel('Preuve acquise').check();
  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(async () => /^Enregistré à/.test((await text('.save-bar .status')) ?? ''), 'saved');
  expect(srlRows()).toEqual([...before, [today(), 5]]);
  // A second click the same day makes nothing: said instead.
  await s.sidebar.getByRole('button', { name: 'Nouvelle évaluation' }).click();
  await until(async () => (await text('.message')).includes('déjà une évaluation de ce projet datée d’aujourd’hui'), 'today’s exists');
  expect(srlRows()).toHaveLength(before.length + 1);

  // The history: a point per dated assessment, newest first in the list, mine openable.
  const history = s.sidebar.locator('.history');
  await s.sidebar.getByRole('button', { name: 'Actualiser' }).click();
  await until(async () => (await history.locator('.history-list li').count()) >= 4, 'the list');
  const items = (await history.locator('.history-list li .history-line').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  // AMI totals with the workbook's weights (AMI_POIDS): all at 2, then all at 1 is half of it.
  const ami = /AMI (\d+) \/ (\d+)/;
  const [, two, max] = ami.exec(items[0])!;
  expect(Number(two) / Number(max)).toBeCloseTo(2 / 3);
  expect(items.slice(0, 4)).toEqual([
    `${d}/${m}/${y} · moi · SRL 5 · AMI ${two} / ${max}`,
    `20/02/2026 · Idriss Benali · SRL 3 · AMI ${two} / ${max}`,
    `02/10/2025 · moi · SRL 4 · AMI ${two} / ${max}`,
    `10/03/2025 · moi · SRL 2 · AMI ${Number(two) / 2} / ${max}`,
  ]);
  // Mine open by date (the open one marked), the colleague's readable only.
  const li = history.locator('.history-list > li');
  expect(await li.nth(0).textContent()).toContain('ouverte');
  expect(await li.nth(1).locator('button').count()).toBe(0);
  expect(await li.nth(1).locator('details summary').textContent()).toBe('Voir (lecture seule)');
  expect(await li.nth(2).getByRole('button', { name: 'Ouvrir mon évaluation du 02/10/2025' }).count()).toBe(1);
  expect(await history.locator('svg.srl-chart circle').count()).toBeGreaterThanOrEqual(4);
  expect(await history.locator('svg.srl-chart').getAttribute('aria-label')).toContain('10/03/2025 2, 02/10/2025 4, 20/02/2026 3');
  // What the next level asks: the scale's wording for SRL 6, the evidence still short, the notes of that assessment.
  const next = await text('.next-step');
  expect(next).toContain('SRL actuel : 5 · Prototypage des fonctions clés');
  expect(next).toContain('Préparation du démonstrateur');
  expect(next).toContain('Les conditions de mise en œuvre du démonstrateur sont réunies.');
  expect(next).toMatch(/SRL 6 · 0 %/);
  expect(next).toContain('reste la convention avec la mairie');

  await history
    .locator('summary')
    .first()
    .evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await s.page.locator('#sidebar').screenshot({ path: screenshotPath('history-sidebar') });

  // An older assessment of mine, opened deliberately: the panel says so, and saves go into that row.
  await history.getByRole('button', { name: 'Ouvrir mon évaluation du 10/03/2025' }).click();
  await until(async () => (await text('.my-assessment')).includes('du 10/03/2025'), 'the older one is open');
  expect(await text('.older-open')).toContain('pas la plus récente');
  await s.sidebar.locator('section.panel:not([hidden]) fieldset.evidence').nth(2).getByLabel('Preuve acquise').check();
  await s.sidebar.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await until(async () => /^Enregistré à/.test((await text('.save-bar .status')) ?? ''), 'saved');
  expect(srlRows()).toEqual([
    ['2025-03-10', 3],
    ['2025-10-02', 4],
    [today(), 5],
  ]);
  await s.sidebar.getByRole('button', { name: 'Revenir à la plus récente' }).click();
  await until(async () => (await text('.my-assessment')).includes(`du ${d}/${m}/${y}`), 'back to the latest');
});

test('in English: the history, its dates as written in the contract, the next level in the scale’s own French words', async () => {
  await s.sidebar.getByRole('button', { name: /Switch the panel to English/ }).click();
  await until(async () => (await text('.history summary')).startsWith('Follow-up over time'), 'English');
  const first = await text('.history-list li .history-line');
  expect(first).toMatch(/^\d{4}-\d{2}-\d{2} · me · SRL 5 · AMI \d+ \/ \d+$/);
  const next = await text('.next-step');
  expect(next).toContain('What the next level asks');
  expect(next).toContain('Current SRL: 5 · Key functions prototyped (Prototypage des fonctions clés)');
  expect(next).toContain('To reach level 6: Préparation du démonstrateur');
  expect(await text('.my-assessment')).toContain('New assessment');
  expect(await s.sidebar.locator('svg.srl-chart').getAttribute('aria-label')).toMatch(/^SRL over the assessments\. SRL by date: 2025-03-10 3, /);
  await s.sidebar.getByRole('button', { name: /Passer le panneau en français/ }).click();
  await until(async () => (await text('.history summary')).startsWith('Suivi dans le temps'), 'French again');
});
