/**
 * Issue 10: the engine is kept from one evaluation of a workbook to the next (dev/engine/workbook.ts),
 * and a value typed over a value is only set in it, HyperFormula recomputing what depends on it, as
 * Sheets does after an edit. What it shows must be what a new engine shows for the same workbook.
 */
import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook } from '../../dev/engine/workbook';
import { createGasFake, type GasFake } from '../../dev/gas-fake';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { amiLevelField } from '../../src/core/instruments/ami';
import { srlEvidenceField } from '../../src/core/instruments/srl';
import { loadDemo } from '../../src/server/actions/load-demo';
import { AMI, SRL } from '../../src/sheets/schema';
import { columnsOf, sheet, workbookFake } from '../helpers/workbook';

/** Every value of every sheet, as the add-on and the sidebar would read them. */
const shown = (fake: GasFake) => fake.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]);

test('values typed one after another: the kept engine recomputes them as a new engine computes the workbook', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const addon = loadAddon({});
    expect(evaluateWorkbook(fake, addon)).toMatchObject({ engine: 'new', errors: [] });
    const ami = sheet(fake, AMI.name.fr);
    const amiCols = columnsOf(ami, AMI);
    const srl = sheet(fake, SRL.name.fr);
    const srlCols = columnsOf(srl, SRL);
    // A reviewer's level on two criteria of the first AMI row, a typo in another row's level (an
    // error the functions name), an SRL proof ticked: each evaluated on its own, as the playground does.
    const edits: [GoogleAppsScript.Spreadsheet.Sheet, number, number, unknown][] = [
      [ami, 2, amiCols.get(amiLevelField(AMI_CRITERIA[0].id))!, 4],
      [ami, 2, amiCols.get(amiLevelField(AMI_CRITERIA[5].id))!, 1],
      [ami, 3, amiCols.get(amiLevelField(AMI_CRITERIA[2].id))!, 'fortt'],
      [srl, 2, srlCols.get(srlEvidenceField(6))!, true],
    ];
    const before = JSON.stringify(shown(fake));
    for (const [s, row, col, value] of edits) {
      s.getRange(row, col).setValue(value);
      expect(evaluateWorkbook(fake, addon).engine).toBe('kept');
    }
    const kept = shown(fake);
    expect(JSON.stringify(kept)).not.toBe(before);
    // The same workbook in a new fake: a new engine.
    const again = createGasFake({ snapshot: fake.snapshot() });
    const fresh = evaluateWorkbook(again, loadAddon({}));
    expect(fresh.engine).toBe('new');
    expect(kept).toEqual(shown(again));
  } finally {
    fake.done();
  }
});

test('a formula written, a cell emptied, another add-on: a new engine', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const addon = loadAddon({});
    evaluateWorkbook(fake, addon);
    const ami = sheet(fake, AMI.name.fr);
    const level = columnsOf(ami, AMI).get(amiLevelField(AMI_CRITERIA[0].id))!;
    ami.getRange(2, level).setFormula('=1+1');
    expect(evaluateWorkbook(fake, addon).engine).toBe('new');
    ami.getRange(2, level).setValue(3);
    expect(evaluateWorkbook(fake, addon).engine).toBe('new');
    ami.getRange(2, level).setValue(2);
    expect(evaluateWorkbook(fake, addon).engine).toBe('kept');
    ami.getRange(2, level).clearContent();
    expect(evaluateWorkbook(fake, addon).engine).toBe('new');
    expect(evaluateWorkbook(fake, loadAddon({})).engine).toBe('new');
  } finally {
    fake.done();
  }
});
