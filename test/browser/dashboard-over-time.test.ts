import { srlEvidenceField } from '../../src/core/instruments/srl';
import { PROJECTS, SRL } from '../../src/sheets/schema';
import { locateColumns } from '../../src/sheets/headers';
import { screenshotPath, useSession } from '../helpers/browser';

/**
 * Issue 12 §5 in the page: « Mettre à jour le tableau de bord » on a workbook whose SRL sheet holds a
 * dated history of its own (the demo's SRL rows replaced, so the figures are this test's), and the
 * portfolio over time as « Tableau de bord » shows it. Dates are set from today, so that the times in
 * a phase read the same whatever the day: the 1st of a month N months ago is N whole months ago.
 */
const s = useSession();

const ago = (months: number) => {
  const t = new Date();
  return new Date(t.getFullYear(), t.getMonth() - months, 1);
};
const daysAgo = (days: number) => {
  const t = new Date();
  return new Date(t.getFullYear(), t.getMonth(), t.getDate() - days);
};
const fr = (d: Date) => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
const quarter = (d: Date) => d.getFullYear() * 4 + Math.floor(d.getMonth() / 3);
const quarterText = (q: number) => `T${(q % 4) + 1} ${Math.floor(q / 4)}`;

test('the portfolio over time: SRL per quarter, progress since last time, projects per phase with their time in it', async () => {
  const book = s.playground.book;
  const ss = book.fake.spreadsheet;
  const names = ss.getSheetByName(PROJECTS.name.fr)!.getRange(2, 1, 3, 2).getValues() as [string, string][];
  const [[a, nameA], [b, nameB], [c, nameC]] = names;

  // A: 3 thirteen months ago, 5 four months ago, 6 a month ago (up; in the pilot phase for 4 months).
  // B: 6 four months ago, 4 ten days ago (down; back in Concept for 10 days). C: 8 two and a half
  // years ago, once: older than the 8 quarters shown whatever today is.
  const rows: [string, Date, number][] = [
    [a, ago(13), 3],
    [a, ago(4), 5],
    [a, ago(1), 6],
    [b, ago(4), 6],
    [b, daysAgo(10), 4],
    [c, ago(30), 8],
  ];
  const srl = ss.getSheetByName(SRL.name.fr)!;
  const at = locateColumns(SRL, srl.getRange(1, 1, 1, srl.getLastColumn()).getValues()[0]);
  srl.deleteRows(2, srl.getLastRow() - 1);
  rows.forEach(([id, date, level], k) => {
    srl.getRange(2 + k, at.get('id')! + 1).setValue(id);
    srl.getRange(2 + k, at.get('reviewer')! + 1).setValue('Claire Martin');
    srl.getRange(2 + k, at.get('date')! + 1).setValue(date);
    for (let l = 1; l <= level; l++) srl.getRange(2 + k, at.get(srlEvidenceField(l))! + 1).setValue(true);
  });
  book.recompute();

  // The menu action, run as the page's /api/run runs it (called in-process: the recompute above held
  // the event loop long enough for the server to drop an idle keep-alive connection).
  expect(book.run('buildDashboard', [])).toEqual({ ok: true, value: null });
  await s.page.evaluate('window.playground.refresh()');
  await s.page.locator('#sheet-tabs button[data-sheet="Tableau de bord"]').click();

  const grid = s.page.locator('#grid tbody tr');
  const shown = async (first: string, n: number) => {
    const all = await grid.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td[data-col]')].slice(0, 4).map((td) => (td.textContent ?? '').trim())),
    );
    const i = all.findIndex((r) => r[0] === first);
    expect(i).toBeGreaterThanOrEqual(0);
    return all.slice(i + 1, i + 1 + n);
  };

  // The last 8 quarters up to B's latest; C's assessment is older than them.
  const last = quarter(daysAgo(10));
  const quarters = await shown('Trimestre', 9);
  expect(quarters.map((r) => r[0])).toEqual([...Array.from({ length: 8 }, (_, i) => quarterText(last - 7 + i)), 'Sans date (à part)']);
  // Each project once per quarter: A 3 times, B twice (each one's assessments are 3 months apart or
  // more, so in distinct quarters, all within the 8 shown), C not at all.
  const total = quarters.slice(0, 8).reduce((n, r) => n + Number(r[1]) + Number(r[2]) + Number(r[3]), 0);
  expect(total).toBe(5);

  expect(await shown('SRL depuis la dernière fois', 4)).toEqual([
    ['↑ En progression', '1', '', ''],
    ['= Stable', '0', '', ''],
    ['↓ En recul', '1', '', ''],
    ['Une seule évaluation (à part)', '1', '', ''],
  ]);
  expect(await shown('Phase et projet', 6)).toEqual([
    ['Concept : 1 projet', '', '', ''],
    [`${nameB} · SRL 4`, fr(daysAgo(10)), '10 jours', ''],
    ['Pilote expérimental : 1 projet', '', '', ''],
    [`${nameA} · SRL 6`, fr(ago(4)), '4 mois', ''],
    ['Institutionnalisation : 1 projet', '', '', ''],
    [`${nameC} · SRL 8`, fr(ago(30)), '2 ans et 6 mois', ''],
  ]);

  // From the per-quarter table's header down to the phases' table (the charts are drawn by Sheets only).
  await grid
    .filter({ has: s.page.locator('td', { hasText: /^Trimestre$/ }) })
    .first()
    .evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await s.page.locator('.sheet-area').screenshot({ path: screenshotPath('dashboard-over-time') });
});
