/**
 * The playground's saved workbook (dev/playground/workbook.ts): compact on disk, and written only
 * when something changed; and what the page is sent of its dates (dev/playground/view.ts).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageState } from '../../dev/playground/view';
import { PlaygroundWorkbook } from '../../dev/playground/workbook';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'playground-save-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the demo workbook is saved compact, rewritten only when it changed, and comes back the same', () => {
  const book = new PlaygroundWorkbook(dir);
  book.close();
  const file = join(dir, 'workbook.json');
  // 25 MB when every cell of a validated column carried its own copy of the rule.
  expect(statSync(file).size).toBeLessThan(2_000_000);

  const again = new PlaygroundWorkbook(dir);
  expect(JSON.stringify(again.fake.snapshot())).toBe(JSON.stringify(book.fake.snapshot()));
  // Nothing changed since it was loaded and written: no write.
  expect(again.persist()).toBe(false);
  again.select({ sheet: 'Projets', row: 3, col: 2 });
  expect(again.persist()).toBe(true);
  expect(again.persist()).toBe(false);
  again.close();
});

// Issue 12: dates are real dates, shown jj/mm/aaaa. The page (dev/playground/public/page.js) reads the
// value in the browser's zone, so the server sends the cell's day and time without a zone.
test('a date cell reaches the page as its day and time without a zone, shown jj/mm/aaaa', () => {
  const book = new PlaygroundWorkbook(dir);
  try {
    book.fake.spreadsheet
      .insertSheet('Suivi')
      .getRange('A1')
      .setValue(new Date(2025, 11, 1));
    const cell = pageState(book).sheets.find((s) => s.name === 'Suivi')!.rows[0][0];
    // A "Z" time would be read back in the browser's zone: a day earlier west of the server.
    expect(cell.v).toBe('2025-12-01T00:00:00.000');
    expect(new Date(cell.v as string).toLocaleDateString('fr-FR')).toBe('01/12/2025');
  } finally {
    book.close();
  }
});
