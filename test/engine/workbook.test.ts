import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook } from '../../dev/engine/workbook';
import { createGasFake } from '../../dev/gas-fake';

/** The evaluator the playground and the workbook tests rely on: header idiom, open ranges, spills. */
describe('evaluateWorkbook', () => {
  const levels = (n: number) => Array.from({ length: 12 }, () => n);

  function workbook() {
    const fake = createGasFake();
    const addon = loadAddon(fake.createContext());
    const sheet = fake.spreadsheet.getSheets()[0];
    sheet.getRange(1, 1, 1, 13).setValues([['ID', ...levels(0).map((_, i) => `C${i + 1}`)]]);
    sheet.getRange(2, 1, 3, 13).setValues([
      ['P-1', ...levels(3)],
      ['P-2', ...levels(1)],
      ['P-3', 'Fort', ...levels(2).slice(1)],
    ]);
    sheet.getRange('N1').setFormula('={"Total AMI"; AMI_SCORE(B2:M)}');
    sheet.getRange('O1').setFormula('={"Portage","Contenu","Contexte","Total"; AMI_PROFILE(B2:M)}');
    sheet.getRange('S2').setFormula('=SUM(N2:N4)');
    return { fake, addon, sheet };
  }

  test('header formulas show their header and spill their results below, marked as computed', () => {
    const { fake, addon, sheet } = workbook();
    const result = evaluateWorkbook(fake, addon);
    expect(result.errors).toEqual([]);
    expect(sheet.getRange('N1:N5').getValues()).toEqual([['Total AMI'], [36], [12], [25], ['']]);
    expect(sheet.getRange('O1:R2').getValues()).toEqual([
      ['Portage', 'Contenu', 'Contexte', 'Total'],
      [12, 9, 15, 36],
    ]);
    expect(sheet.getRange('S2').getValue()).toBe(73);
    expect(sheet.getRange('N1').getFormula()).toBe('={"Total AMI"; AMI_SCORE(B2:M)}');
    expect(fake.computedCells()).toContainEqual({ sheet: sheet.getName(), row: 2, col: 14 });
  });

  test('a second evaluation follows edits and clears a spill that shrank', () => {
    const { fake, addon, sheet } = workbook();
    evaluateWorkbook(fake, addon);
    sheet.getRange(3, 2).setValue('Inexistant');
    sheet.getRange(4, 1, 1, 13).clearContent();
    evaluateWorkbook(fake, addon);
    expect(sheet.getRange('N2:N4').getValues()).toEqual([[36], [11], ['']]);
  });

  test('errors come back as #ERROR! with the add-on’s message', () => {
    const { fake, addon, sheet } = workbook();
    sheet.getRange('U1').setFormula('=AMI_SCORE(B2:L2)');
    const { errors } = evaluateWorkbook(fake, addon);
    expect(sheet.getRange('U1').getValue()).toBe('#ERROR!');
    expect(errors).toEqual([expect.objectContaining({ row: 1, col: 21, message: expect.stringContaining('doit avoir 12 colonnes') })]);
  });
});

test('user text that looks like a formula stays text through the engine', () => {
  const fake = createGasFake();
  const addon = loadAddon(fake.createContext());
  const sheet = fake.spreadsheet.getSheets()[0];
  sheet.getRange(1, 1, 1, 3).setValues([['\'=IMPORTXML("http://x";"//a")', "'+33 6", "'-"]]);
  evaluateWorkbook(fake, addon);
  expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([['=IMPORTXML("http://x";"//a")', '+33 6', '-']]);
  expect(sheet.getRange(1, 1, 1, 3).getFormulas()).toEqual([['', '', '']]);
});
