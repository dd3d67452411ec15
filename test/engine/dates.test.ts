/**
 * Dates through the formula engine as Sheets passes them (issue 12): a date cell reaches a custom
 * function as a Date, a date typed as text as text, a number as a number, and a Date a custom function
 * returns reads back as a date. On the add-on's own « SRL » sheet, LATEST ranks real Date cells and
 * text dates `jj/mm/aaaa` and `aaaa-mm-jj` by one rule, and a bad date gets a ⚠ naming its row.
 * Needs a built dist/Code.js (npm run build).
 */
import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook } from '../../dev/engine/workbook';
import { srlEvidenceField } from '../../src/core/instruments/srl';
import { SRL } from '../../src/sheets/schema';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { columnLetters, sheetPrefix } from '../../src/sheets/templates/a1';
import { columnsOf, sheet, workbookFake } from '../helpers/workbook';

/** SRL evidence for levels 1–9: complete up to `level`, nothing above. */
const evidence = (level: number) => Array.from({ length: 9 }, (_, i) => (i < level ? 1 : 0));

// A project ID, its date cell as written (a Date, text, or a number), its SRL level.
const ROWS: [string, unknown, number][] = [
  ['P-0001', new Date(2025, 0, 15), 3], // SRL row 1
  ['P-0001', new Date(2025, 11, 1), 6], // row 2: the latest, although not the lowest row
  ['P-0001', new Date(2025, 5, 10), 4], // row 3: the one before
  ['P-0002', '15/03/2025', 2], // row 4: text jj/mm/aaaa
  ['P-0002', new Date(2025, 0, 2), 1], // row 5: a Date, older than both texts
  ['P-0002', '2025-09-20', 5], // row 6: text aaaa-mm-jj, the latest
  ['P-0003', new Date(2025, 3, 1), 2], // row 7
  ['P-0003', '31/02/2025', 3], // row 8: no such day
  ['P-0004', 45000, 2], // row 9: a number is no date (the contract refuses serial numbers)
];

function evaluated() {
  const fake = workbookFake();
  try {
    setupWorkbook();
    const srl = sheet(fake, SRL.name.fr);
    const at = columnsOf(srl, SRL);
    const [id, date, first] = [at.get('id')!, at.get('date')!, at.get(srlEvidenceField(1))!];
    ROWS.forEach(([project, day, level], i) => {
      srl.getRange(i + 2, id).setValue(project);
      srl.getRange(i + 2, date).setValue(day);
      srl.getRange(i + 2, first, 1, 9).setValues([evidence(level)]);
    });
    const p = sheetPrefix(SRL.name.fr);
    const col = (c: number) => `${p}${columnLetters(c - 1)}2:${columnLetters(c - 1)}`;
    const values = `${p}${columnLetters(first - 1)}2:${columnLetters(first + 7)}`;
    const args = `A2:A5;${col(id)};${col(date)}`;
    const suivi = fake.spreadsheet.insertSheet('Suivi');
    suivi.getRange('A2:A5').setValues([['P-0001'], ['P-0002'], ['P-0003'], ['P-0004']]);
    suivi.getRange('B2').setFormula(`=SRL_LEVEL(LATEST(${args};${values};1))`);
    suivi.getRange('C2').setFormula(`=SRL_LEVEL(LATEST(${args};${values};2))`);
    suivi.getRange('D2').setFormula(`=ARRAYFORMULA(SRL_LEVEL(LATEST(${args};${values};1)) - SRL_LEVEL(LATEST(${args};${values};2)))`);
    suivi.getRange('E2').setFormula(`=LATEST(${args};${col(date)};1)`);
    const { errors } = evaluateWorkbook(fake, loadAddon({}));
    return { errors, values: suivi.getRange('B2:E5').getValues() };
  } finally {
    fake.done();
  }
}

const notADate = (row: number, value: string) =>
  `⚠ LATEST : ${row}e ligne de la plage, « dates » : « ${value} » n'est pas une date (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj)`;

test('LATEST on the SRL sheet: Date cells and text dates ranked by one rule, rank 1 and 2, the progress between them', () => {
  const { errors, values } = evaluated();
  // Only the bad rows' differences fail (see below).
  expect(errors.filter((e) => e.row < 4)).toEqual([]);
  // Rank 1, rank 2, SRL_LEVEL(rank 1) − SRL_LEVEL(rank 2), and the latest assessment's date as the cell holds it.
  expect(values.slice(0, 2)).toEqual([
    [6, 4, 2, new Date(2025, 11, 1)],
    [5, 2, 3, '2025-09-20'],
  ]);
});

test('a bad date, or a number in the date column, gets a ⚠ naming its row in the range', () => {
  const { values } = evaluated();
  expect(values[2].slice(0, 2)).toEqual([notADate(8, '31/02/2025'), notADate(8, '31/02/2025')]);
  expect(values[3].slice(0, 2)).toEqual([notADate(9, '45000'), notADate(9, '45000')]);
  // A ⚠ is text: subtracting it is an error, as in Sheets.
  expect([values[2][2], values[3][2]]).toEqual(['#VALUE!', '#VALUE!']);
});

test('the latest date comes back as a real date cell (a Date, not a serial number)', () => {
  const latest = evaluated().values[0][3];
  expect(Object.prototype.toString.call(latest)).toBe('[object Date]');
  expect([(latest as Date).getFullYear(), (latest as Date).getMonth() + 1, (latest as Date).getDate()]).toEqual([2025, 12, 1]);
});
