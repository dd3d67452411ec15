import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook } from '../../dev/engine/workbook';
import { INSTRUMENTS } from '../../src/core/instruments';
import { ISR_CHARACTERISTICS } from '../../src/core/isr/characteristics';
import { loadDemo } from '../../src/server/actions/load-demo';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { PROJECTS } from '../../src/sheets/schema';
import { columnsOf, sheet, workbookFake } from '../helpers/workbook';

/**
 * Issue 9 §7: the ISR (seed 003's four characteristics of a disruptive social innovation) added as
 * one declaration. Needs a built dist/Code.js (npm run build).
 */
const ISR = INSTRUMENTS.isr.sheet;

test('setup lays out « Innovation de rupture »: one oui / en partie / non dropdown per characteristic, the seed’s wording as help', () => {
  const fake = workbookFake();
  try {
    setupWorkbook();
    const s = sheet(fake, 'Innovation de rupture');
    const at = columnsOf(s, ISR);
    ISR_CHARACTERISTICS.forEach((c) => {
      const column = at.get(`isr:${c.id}`)!;
      expect(s.getRange(1, column).getValue()).toBe(c.label.fr);
      const rule = s.getRange(2, column).getDataValidation()!;
      expect(rule.getCriteriaValues()[0]).toEqual(['oui', 'en partie', 'non']);
      expect(rule.getHelpText()).toBe(c.description.fr);
    });
    expect(fake.spreadsheet.getRangeByName('ISR')).not.toBeNull();
    expect(s.getRange(1, at.get('met')!).getFormula()).toMatch(/^=\{"Caractéristiques réunies";ARRAYFORMULA\(IF\(A2:A="";"";/);
  } finally {
    fake.done();
  }
});

test('the demo’s illustrative answers give, in the ISR sheet and in Projets, the number of characteristics met', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const s = sheet(fake, 'Innovation de rupture');
    const row = (id: string) =>
      s
        .getRange(2, 1, s.getLastRow() - 1, s.getLastColumn())
        .getValues()
        .find((r) => r[0] === id)!;
    const at = columnsOf(s, ISR);
    expect(row('P-0001')[at.get('isr:cooperation')! - 1]).toBe('oui');
    expect(String(row('P-0001')[at.get('comment:cooperation')! - 1])).toMatch(/^Illustratif/);
    // A partial answer, typed as a user would, in English.
    const p2 =
      s
        .getRange(2, 1, s.getLastRow() - 1, 1)
        .getValues()
        .findIndex((r) => r[0] === 'P-0002') + 2;
    s.getRange(p2, at.get('isr:echelles')!).setValue('partly');
    const evaluation = evaluateWorkbook(fake, loadAddon({}));
    expect(evaluation.errors).toEqual([]);
    expect(row('P-0001')[at.get('met')! - 1]).toBe(4);
    expect(row('P-0002')[at.get('met')! - 1]).toBe(1);
    expect(row('P-0002')[at.get('partly')! - 1]).toBe(1);
    expect(row('P-0003')[at.get('met')! - 1]).toBe(0);
    const projets = sheet(fake, 'Projets');
    const p = columnsOf(projets, PROJECTS);
    const values = projets.getRange(2, 1, projets.getLastRow() - 1, projets.getLastColumn()).getValues();
    expect(values.find((r) => r[0] === 'P-0001')![p.get('isr-met')! - 1]).toBe(4);
    expect(values.find((r) => r[0] === 'P-0002')![p.get('isr-met')! - 1]).toBe(1);
  } finally {
    fake.done();
  }
});
