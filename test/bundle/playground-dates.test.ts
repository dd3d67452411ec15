/**
 * The playground shows a date cell as the day it holds, jj/mm/aaaa, wherever the browser is (issue 12:
 * dates are real dates, French display). The page (dev/playground/public/page.js) reads the value
 * in the browser's zone, so the server sends the cell's day and time without a zone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageState } from '../../dev/playground/view';
import { PlaygroundWorkbook } from '../../dev/playground/workbook';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'playground-dates-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

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
