import { writeColumnChanges } from '../../src/sheets/blocks';
import { workbookFake, type Fake } from '../helpers/workbook';

let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
});
afterEach(() => fake.done());

describe('writeColumnChanges', () => {
  test('writes one block per run of changed rows and never rewrites the cells between runs', () => {
    const sheet = fake.spreadsheet.insertSheet('Feuille');
    sheet.getRange(1, 1, 9, 2).setValues([['ID', 'Nom'], ...Array.from({ length: 8 }, (_, i) => [`P-${i + 1}`, `Projet ${i + 1}`])]);
    // Read earlier by the caller; since then someone edited a row in between and put a formula in another.
    sheet.getRange(4, 2).setValue('Modifié entre-temps');
    sheet.getRange(5, 2).setFormula('=A5');
    fake.resetCalls();

    // Data rows 0, 1 and 5 (sheet rows 2, 3 and 7): two runs.
    writeColumnChanges(
      sheet,
      1,
      new Map<number, unknown>([
        [5, 'Nouveau 6'],
        [0, 'Nouveau 1'],
        [1, '=SUM(1;1)'],
      ]),
    );
    // Two writes, no read (nothing is written back from an earlier read).
    expect(fake.calls.byMethod['Range.setValues']).toBe(2);
    expect(fake.calls.byMethod['Range.getFormulas'] ?? 0).toBe(0);
    expect(fake.calls.byMethod['Range.getValues'] ?? 0).toBe(0);

    expect(
      sheet
        .getRange(2, 2, 7, 1)
        .getValues()
        .map((r) => r[0]),
    ).toEqual(['Nouveau 1', '=SUM(1;1)', 'Modifié entre-temps', '', 'Projet 5', 'Nouveau 6', 'Projet 7']);
    expect(sheet.getRange(5, 2).getFormula()).toBe('=A5');
    // Text is written literally: a value starting with = is no formula.
    expect(sheet.getRange(3, 2).getFormula()).toBe('');
  });

  test('no change, no call', () => {
    const sheet = fake.spreadsheet.insertSheet('Feuille');
    fake.resetCalls();
    writeColumnChanges(sheet, 0, new Map());
    expect(fake.calls.total).toBe(0);
  });
});
