/**
 * The playground's saved workbook (dev/playground/workbook.ts): compact on disk, and written only
 * when something changed.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
