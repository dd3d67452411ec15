import * as vm from 'node:vm';
import { compactSnapshot, createGasFake, expandSnapshot, formatA1, parseA1, type GasFake } from '../../dev/gas-fake';
import { loadDemo } from '../../src/server/actions/load-demo';
import { workbookFake } from '../helpers/workbook';

type SS = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setup(opts?: Parameters<typeof createGasFake>[0]): { fake: GasFake; app: SS; sheet: Sheet } {
  const fake = createGasFake(opts);
  const app = fake.globals.SpreadsheetApp as SS;
  const sheet = app.getActiveSpreadsheet().getActiveSheet();
  fake.resetCalls();
  return { fake, app, sheet };
}

describe('A1 notation', () => {
  test('parseA1 handles cells, blocks, open-ended and whole-column ranges', () => {
    expect(parseA1('A1')).toMatchObject({ startRow: 1, startCol: 1, endRow: 1, endCol: 1, single: true });
    expect(parseA1('B2:D10')).toMatchObject({ startRow: 2, startCol: 2, endRow: 10, endCol: 4 });
    expect(parseA1('$B$2:$D$10')).toMatchObject({ startRow: 2, startCol: 2, endRow: 10, endCol: 4 });
    expect(parseA1('D10:B2')).toMatchObject({ startRow: 2, startCol: 2, endRow: 10, endCol: 4 });
    expect(parseA1('B2:D')).toMatchObject({ startRow: 2, startCol: 2, endRow: null, endCol: 4 });
    expect(parseA1('A:C')).toMatchObject({ startRow: null, startCol: 1, endRow: null, endCol: 3 });
    expect(parseA1('2:5')).toMatchObject({ startRow: 2, endRow: 5, startCol: null, endCol: null });
    expect(parseA1("'Mes projets'!AA1:AB2")).toMatchObject({ sheetName: 'Mes projets', startCol: 27, endCol: 28 });
    expect(parseA1('A')).toBeNull();
    expect(parseA1('A0')).toBeNull();
    expect(parseA1('1A')).toBeNull();
    expect(formatA1(2, 27, 3, 2)).toBe('AA2:AB4');
  });

  test('Sheet.getRange resolves open ends against the grid and gives A1 back like Sheets', () => {
    const { sheet } = setup();
    const open = sheet.getRange('B2:D');
    expect([open.getRow(), open.getColumn(), open.getNumRows(), open.getNumColumns()]).toEqual([2, 2, 999, 3]);
    expect(open.getA1Notation()).toBe('B2:D');
    const cols = sheet.getRange('A:C');
    expect([cols.getRow(), cols.getNumRows(), cols.getNumColumns(), cols.getLastRow()]).toEqual([1, 1000, 3, 1000]);
    expect(cols.getA1Notation()).toBe('A:C');
    expect(sheet.getRange(2, 3, 4, 5).getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange('c3').getA1Notation()).toBe('C3');
  });

  test('coordinates outside the sheet throw Sheets errors', () => {
    const { sheet } = setup();
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(0, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 0)).toThrow(outside);
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(outside);
    expect(() => sheet.getRange('A1:A1001')).toThrow(outside);
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange('nope')).toThrow('Range not found');
  });
});

describe('values', () => {
  test('setValues/getValues round trip with copy semantics', () => {
    const { sheet } = setup();
    const d = new Date('2024-03-01T10:00:00Z');
    const data: unknown[][] = [
      ['a', 1, true],
      ['', 2.5, d],
    ];
    const range = sheet.getRange('B2:D3');
    range.setValues(data as never);
    data[0][0] = 'mutated';
    d.setFullYear(1999);
    const read = range.getValues();
    expect(read).toEqual([
      ['a', 1, true],
      ['', 2.5, new Date('2024-03-01T10:00:00Z')],
    ]);
    read[0][0] = 'changed';
    (read[1][2] as Date).setFullYear(1980);
    expect(range.getValues()[0][0]).toBe('a');
    expect((range.getValues()[1][2] as Date).getUTCFullYear()).toBe(2024);
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('D2').getDisplayValue()).toBe('TRUE');
  });

  test('setValue fills the range; null clears', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue(7);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    sheet.getRange('A1').setValue(null);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  test('dimension mismatch throws the Sheets message and writes nothing', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B2');
    expect(() => r.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      r.setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
    expect(() => r.setValues([1, 2] as never)).toThrow("don't match the method signature for SpreadsheetApp.Range.setValues");
    expect(sheet.getLastRow()).toBe(0);
  });

  test('a leading = makes a formula; a leading apostrophe stores literal text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['=HYPERLINK("http://evil")', "'=1+1", "'plain"]]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=HYPERLINK("http://evil")', '', '']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '=1+1', 'plain']]);
    sheet.getRange('D1').setValue('=SUM(1,2)');
    expect(sheet.getRange('D1').getFormula()).toBe('=SUM(1,2)');
    // Numbers-as-text are NOT converted (documented limitation).
    sheet.getRange('E1').setValue('12');
    expect(sheet.getRange('E1').getValue()).toBe('12');
    // Overwriting a formula with a value removes the formula.
    sheet.getRange('A1').setValue('ok');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  test('in a plain-text (@) cell a leading apostrophe stays in the value (visible); on any other format it is hidden; = is a formula on both', () => {
    const { sheet, app } = setup();
    sheet.getRange('A2:E3').setNumberFormat('@');
    sheet.getRange('C1').setNumberFormat('0.00');
    // setValues, on Automatic (row 1, A–B), another number format (C1) and plain text (row 2).
    sheet.getRange('A1:C2').setValues([
      ["'P-0001", '=1+1', "'x"],
      ["'P-0001", '=1+1', "'x"],
    ]);
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['P-0001', '', 'x'],
      ["'P-0001", '', "'x"],
    ]);
    expect(sheet.getRange('A1:C2').getFormulas()).toEqual([
      ['', '=1+1', ''],
      ['', '=1+1', ''],
    ]);
    // setValue on a range across both formats: each cell by its own format.
    sheet.getRange('D1:D2').setValue("'=x");
    expect(sheet.getRange('D1:D2').getValues()).toEqual([['=x'], ["'=x"]]);
    // appendRow writes row 3 (plain text), setFormula with a non-formula string is a value too.
    sheet.appendRow(["'a", '=2']);
    expect(sheet.getRange('A3:B3').getValues()).toEqual([["'a", '']]);
    expect(sheet.getRange('B3').getFormula()).toBe('=2');
    sheet.getRange('E3').setFormula("'b");
    expect(sheet.getRange('E3').getValue()).toBe("'b");
    // A stored value does not change when the format does (what a migration has to fix).
    sheet.getRange('A2').setNumberFormat('General');
    expect(sheet.getRange('A2').getValue()).toBe("'P-0001");
    sheet.getRange('A2').setValue("'P-0001");
    expect(sheet.getRange('A2').getValue()).toBe('P-0001');
    // With validations on the sheet, setValues takes its other path: same rule.
    sheet.getRange('F1').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange('E2').setValues([["'y"]]);
    expect(sheet.getRange('E2').getValue()).toBe("'y");
  });

  test('a formula engine writes results back; cellsWithFormulas lists formulas', () => {
    const { fake, sheet } = setup();
    sheet.getRange('B3').setFormula('=SRL_LEVEL(A1:A2)');
    expect(fake.cellsWithFormulas()).toEqual([{ sheet: 'Feuille 1', row: 3, col: 2, formula: '=SRL_LEVEL(A1:A2)' }]);
    fake.setComputedValue('Feuille 1', 3, 2, 4);
    expect(sheet.getRange('B3').getValue()).toBe(4);
    expect(sheet.getRange('B3').getFormula()).toBe('=SRL_LEVEL(A1:A2)');
    expect(fake.calls.byMethod['Range.getValue']).toBe(1);
  });

  test('getLastRow/getLastColumn count formulas and values; 0 when empty', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('A2').setValue('x');
    sheet.getRange('C7').setFormula('=A2');
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
    sheet.getRange('C7').clearContent();
    expect(sheet.getLastRow()).toBe(2);
  });

  test('a write that breaks a reject-input validation throws; checkboxes', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['Oui', 'Non'], true).setAllowInvalid(false).setHelpText('Oui ou Non').build();
    sheet.getRange('A1:A3').setDataValidation(rule);
    sheet.getRange('A1').setValue('Oui');
    expect(() => sheet.getRange('A2').setValue('Peut-être')).toThrow('The data you entered in cell A2 violates the data validation rules set on this cell.');
    const got = sheet.getRange('A1').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['Oui', 'Non'], true]);
    expect(got.getHelpText()).toBe('Oui ou Non');
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.copy().setAllowInvalid(true).build().getAllowInvalid()).toBe(true);
    expect(sheet.getRange('B1').getDataValidation()).toBeNull();

    sheet.getRange('C1:C2').insertCheckboxes();
    expect(sheet.getRange('C1:C2').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('C1').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    sheet.getRange('C1').setValue(true);
    expect(sheet.getRange('C1').getValue()).toBe(true);
  });
});

describe('what an array literal shows in its own row (array-literals.ts)', () => {
  test('its top row of texts: the first in its cell, the others spilled right; the rows below blank until an engine runs', () => {
    const { fake, sheet } = setup();
    sheet.getRange('B1').setFormula('={HSTACK("Portage";"Contenu";"Total AMI");AMI_PROFILE(E2:P)}');
    sheet.getRange('F1').setFormula('={"Écarts";AMI_GAPS(E2:P)}');
    expect(sheet.getRange('A1:G2').getValues()).toEqual([
      ['', 'Portage', 'Contenu', 'Total AMI', '', 'Écarts', ''],
      ['', '', '', '', '', '', ''],
    ]);
    expect(sheet.getRange('C1').getValue()).toBe('Contenu');
    expect(sheet.getRange('C1').getFormula()).toBe('');
    expect(sheet.getLastColumn()).toBe(6);
    // An engine's result stands as it is, and spilled results never block a spill.
    fake.setComputedValue(sheet.getName(), 1, 6, 'Écarts au niveau Fort');
    expect(sheet.getRange('F1').getValue()).toBe('Écarts au niveau Fort');
    // The earlier versions' `{"a","b";…}` too; numbers or a function in the top row are not modelled.
    sheet.getRange('H1').setFormula('={"x","y";1,2}');
    sheet.getRange('K1').setFormula('={1;2}');
    expect(sheet.getRange('H1:K1').getValues()).toEqual([['x', 'y', '', '']]);
  });

  test('data in the way: #REF! in its cell, nothing spilled; typed over or cleared: nothing shown', () => {
    const { sheet } = setup();
    const block = sheet.getRange('B1');
    block.setFormula('={HSTACK("A";"B";"C");E2:G}');
    sheet.getRange('D1').setValue('mine');
    expect(sheet.getRange('B1:D1').getValues()).toEqual([['#REF!', '', 'mine']]);
    sheet.getRange('D1').setFormula('=1+1');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('#REF!');
    sheet.getRange('D1').clearContent();
    expect(sheet.getRange('B1:D1').getDisplayValues()).toEqual([['A', 'B', 'C']]);
    block.setValue('A');
    expect(sheet.getRange('B1:D1').getValues()).toEqual([['A', '', '']]);
    block.clearContent();
    expect(sheet.getRange('B1:D1').getValues()).toEqual([['', '', '']]);
    expect(sheet.getLastColumn()).toBe(0);
  });
});

describe('sheets and structure', () => {
  test('insertSheet rejects duplicate names like Sheets (case-insensitive)', () => {
    const { app } = setup();
    const ss = app.getActiveSpreadsheet();
    const s = ss.insertSheet('Projets');
    expect(ss.getActiveSheet().getName()).toBe('Projets');
    expect(() => ss.insertSheet('Projets')).toThrow('A sheet with the name "Projets" already exists. Please enter another name.');
    expect(() => ss.insertSheet('projets')).toThrow('already exists');
    ss.insertSheet('Premier', 0);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Premier', 'Feuille 1', 'Projets']);
    expect(s.getIndex()).toBe(3);
    expect(ss.getSheetByName('Projets')!.getSheetId()).toBe(s.getSheetId());
    expect(ss.getSheetByName('Absent')).toBeNull();
    ss.deleteSheet(s);
    expect(ss.getNumSheets()).toBe(2);
  });

  test('writes outside the grid throw; appendRow and insertRowsAfter grow it', () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['appended', '=A1']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 2).getFormulas()).toEqual([['', '=A1']]);
    sheet.insertRowsAfter(1001, 9);
    expect(sheet.getMaxRows()).toBe(1010);
    sheet.appendRow(new Array(30).fill('x'));
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getLastRow()).toBe(1002);
    expect(() => sheet.getRange(1011, 1)).toThrow('outside the dimensions');
  });

  test('inserting and deleting rows moves cells and named ranges', () => {
    const { app, sheet } = setup();
    const ss = app.getActiveSpreadsheet();
    sheet.getRange('A1:A3').setValues([['h'], ['r2'], ['r3']]);
    ss.setNamedRange('Data', sheet.getRange('A2:A3'));
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A4:A5').getValues()).toEqual([['r2'], ['r3']]);
    expect(ss.getRangeByName('Data')!.getA1Notation()).toBe('A4:A5');
    sheet.deleteRows(1, 3);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['r2'], ['r3']]);
    expect(ss.getRangeByName('Data')!.getA1Notation()).toBe('A1:A2');
    expect(sheet.getMaxRows()).toBe(999);
  });

  test('sort by column moves whole rows, keeps the frozen header, blanks last', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C5').setValues([
      ['Nom', 'Score', 'Note'],
      ['b', 2, 'x'],
      ['a', '', 'y'],
      ['c', 1, 'z'],
      ['d', 10, 'w'],
    ]);
    sheet.getRange('C2').setNote('note of b');
    sheet.setFrozenRows(1);
    sheet.sort(2);
    expect(sheet.getRange('A1:C5').getValues()).toEqual([
      ['Nom', 'Score', 'Note'],
      ['c', 1, 'z'],
      ['b', 2, 'x'],
      ['d', 10, 'w'],
      ['a', '', 'y'],
    ]);
    expect(sheet.getRange('C3').getNote()).toBe('note of b');
    sheet.sort(1, false);
    expect(sheet.getRange('A2:A5').getValues().flat()).toEqual(['d', 'c', 'b', 'a']);
    sheet.getRange('A2:B5').sort({ column: 2, ascending: true });
    expect(sheet.getRange('A2:C5').getValues()).toEqual([
      ['c', 1, 'w'], // only the range's columns move: column C keeps its order
      ['b', 2, 'z'],
      ['d', 10, 'x'],
      ['a', '', 'y'],
    ]);
  });
});

describe('call counting and strictness', () => {
  test('a RangeList sets every range in one counted call, the cells of all its ranges moved', () => {
    const { fake, app } = setup();
    const sheet = app.getActiveSpreadsheet().getSheetByName('Feuille 1')!;
    fake.resetCalls();
    const list = sheet.getRangeList(['A2:B5', 'D2:D5']);
    list.setNumberFormat('0.00').setNote('n').setBackground('#eeeeee').setFontWeight('bold');
    expect(fake.calls.byMethod).toEqual({
      'Sheet.getRangeList': 1,
      'RangeList.setNumberFormat': 1,
      'RangeList.setNote': 1,
      'RangeList.setBackground': 1,
      'RangeList.setFontWeight': 1,
    });
    expect(fake.calls.cells).toBe(4 * 12);
    expect(
      sheet
        .getRange('A2:D5')
        .getNumberFormats()
        .map((r) => r.map((f) => f === '0.00')),
    ).toEqual(Array.from({ length: 4 }, () => [true, true, false, true]));
    expect(sheet.getRange('D5').getFontWeight()).toBe('bold');
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:B5', 'D2:D5']);
  });

  test('every method call counts once per Class.method; enums do not; reset works', () => {
    const { fake, app } = setup();
    const ss = app.getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Feuille 1')!;
    const r = sheet.getRange(1, 1, 2, 2);
    r.setValues([
      [1, 2],
      [3, 4],
    ]);
    r.getValues();
    r.getValues();
    void app.BorderStyle.SOLID;
    void (fake.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).AuthMode.NONE;
    expect(fake.calls.byMethod).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
      'Range.getValues': 2,
    });
    expect(fake.calls.total).toBe(6);
    fake.resetCalls();
    expect(fake.calls.total).toBe(0);
    expect(fake.calls.byMethod).toEqual({});
    app.flush();
    expect(fake.calls.byMethod).toEqual({ 'SpreadsheetApp.flush': 1 });
  });

  test('every read and write counts the cells it moves, per method, next to the call count', () => {
    const { fake, sheet } = setup();
    const r = sheet.getRange(1, 1, 10, 3);
    r.setValues(Array.from({ length: 10 }, () => ['a', 1, 2]));
    r.getValues();
    r.getFormulas();
    r.setNumberFormat('0');
    r.clearContent();
    sheet.getRange('A1').getValue();
    expect(fake.calls.cellsByMethod).toEqual({
      'Range.setValues': 30,
      'Range.getValues': 30,
      'Range.getFormulas': 30,
      'Range.setNumberFormat': 30,
      'Range.clearContent': 30,
      'Range.getValue': 1,
    });
    expect(fake.calls.cells).toBe(151);
    fake.resetCalls();
    expect(fake.calls.cells).toBe(0);
    expect(fake.calls.cellsByMethod).toEqual({});
  });

  test('unimplemented methods, enum members and internals throw instead of doing nothing', () => {
    const { fake, app, sheet } = setup();
    const range = sheet.getRange('A1') as unknown as Record<string, () => unknown>;
    expect(() => range.merge()).toThrow(new TypeError('Range.merge is not implemented by the fake'));
    expect(() => (app as unknown as Record<string, () => unknown>).openByUrl()).toThrow('SpreadsheetApp.openByUrl is not implemented by the fake');
    expect(() => (app.BorderStyle as unknown as Record<string, unknown>).WAVY).toThrow('SpreadsheetApp.BorderStyle.WAVY is not implemented by the fake');
    expect(() => (range._values as unknown as () => unknown)()).toThrow('Range._values is not implemented by the fake');
    expect(() => fake.restore('{"version":99}')).toThrow('Not a gas-fake workbook snapshot');
    expect(() => (app as unknown as Record<string, Record<string, unknown>>).ChartType.BAR).toThrow('SpreadsheetApp.ChartType is not implemented');
  });
});

describe('selection, rules and hooks', () => {
  test('activate / select drive the active sheet, range and current cell', () => {
    const { fake, app } = setup();
    const ss = app.getActiveSpreadsheet();
    const other = ss.insertSheet('Autre');
    expect(app.getActiveSheet().getName()).toBe('Autre');
    ss.getSheetByName('Feuille 1')!.getRange('B2:C4').activate();
    expect(ss.getActiveSheet().getName()).toBe('Feuille 1');
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B2:C4');
    expect(ss.getCurrentCell()!.getA1Notation()).toBe('B2');
    fake.select('Autre', 'D5:D9');
    expect(app.getActiveRange()!.getSheet().getName()).toBe('Autre');
    expect(app.getActiveRange()!.getA1Notation()).toBe('D5:D9');
    expect(other.getRange('A1').offset(2, 1, 3).getA1Notation()).toBe('B3:B5');
    expect(ss.getSheets()[1]).toBe(other);
  });

  test('conditional format rules keep their condition and ranges', () => {
    const { app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenTextStartsWith('Erreur')
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setRanges([sheet.getRange('A2:A')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const got = sheet.getConditionalFormatRules()[0];
    const cond = got.getBooleanCondition()!;
    expect([String(cond.getCriteriaType()), cond.getCriteriaValues(), cond.getBackground()]).toEqual(['TEXT_STARTS_WITH', ['Erreur'], '#f4cccc']);
    expect(got.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:A1000']);
    sheet.deleteRows(1, 1);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A1:A999');
  });

  test('protections are recorded (not enforced); sheet protection is unique', () => {
    const { app, sheet } = setup();
    const p = sheet.getRange('A1:C1').protect().setDescription('En-têtes').setWarningOnly(true);
    expect(sheet.getProtections(app.ProtectionType.RANGE).length).toBe(1);
    sheet.getRange('A1').setValue('still writable');
    const whole = sheet.protect();
    expect(sheet.protect().getProtectionType()).toBe(whole.getProtectionType());
    expect(app.getActiveSpreadsheet().getProtections(app.ProtectionType.SHEET).length).toBe(1);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });

  test('onCellsChanged / onFlush hooks fire for a formula engine', () => {
    const { fake, app, sheet } = setup();
    const events: string[] = [];
    fake.hooks.onCellsChanged = (e) => events.push(`${e.sheet}!${e.row},${e.col},${e.numRows}x${e.numCols}`);
    fake.hooks.onFlush = () => events.push('flush');
    sheet.getRange('B2:C3').setValues([
      [1, 2],
      [3, '=B2+C2'],
    ]);
    app.flush();
    fake.setComputedValue('Feuille 1', 3, 3, 3);
    expect(events).toEqual(['Feuille 1!2,2,2x2', 'flush']);
  });

  test('inserting or deleting rows and columns keeps a spilled result computed (only a write over it makes it data)', () => {
    const { fake, sheet } = setup();
    fake.setComputedValue('Feuille 1', 2, 2, 7);
    sheet.insertColumnsAfter(3, 2);
    sheet.insertRowsBefore(1, 1);
    sheet.deleteColumns(1, 1);
    expect(fake.computedCells()).toEqual([{ sheet: 'Feuille 1', row: 3, col: 1 }]);
    sheet.getRange(3, 1).setValue(7);
    expect(fake.computedCells()).toEqual([]);
  });

  test('AuthMode NONE only allows menus; CUSTOM_FUNCTION makes the sheet read-only', () => {
    const { fake, app, sheet } = setup();
    fake.setAuthMode('NONE');
    app.getUi().createAddonMenu().addItem('Ouvrir', 'showSidebar').addToUi();
    expect(() => (fake.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties()).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(() => app.getActiveSpreadsheet()).toThrow('You do not have permission');
    fake.setAuthMode('CUSTOM_FUNCTION');
    expect(sheet.getRange('A1').getValues()).toEqual([['']]);
    expect(() => sheet.getRange('A1').setValue(1)).toThrow('You do not have permission to call Range.setValue');
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    fake.setAuthMode('FULL');
    sheet.getRange('A1').setValue(1);
    expect(fake.ui.menus).toHaveLength(1);
  });
});

describe('other services', () => {
  test('tryLock is false and waitLock times out while another execution holds the lock', () => {
    const { fake } = setup();
    const LockService = fake.globals.LockService as GoogleAppsScript.Lock.LockService;
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(10)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    fake.locks.holdDocumentLock();
    expect(LockService.getDocumentLock().tryLock(10_000)).toBe(false);
    expect(() => LockService.getDocumentLock().waitLock(10_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(LockService.getScriptLock().tryLock(10)).toBe(true);
    fake.locks.release();
    expect(LockService.getDocumentLock().tryLock(10)).toBe(true);
    expect(fake.locks.log.filter((l) => l.op === 'tryLock').map((l) => l.ok)).toEqual([true, false, true, true]);
  });

  test('createAddonMenu is recorded as data', () => {
    const { fake, app } = setup();
    const ui = app.getUi();
    const sub = ui.createMenu('Aide').addItem('À propos', 'showAbout');
    ui.createAddonMenu().addItem('Ouvrir', 'showSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(fake.ui.menus).toEqual([
      {
        name: 'Add-on',
        addon: true,
        items: [
          { caption: 'Ouvrir', functionName: 'showSidebar' },
          { separator: true },
          { submenu: { name: 'Aide', addon: false, items: [{ caption: 'À propos', functionName: 'showAbout' }] } },
        ],
      },
    ]);
    fake.ui.alertResponse = String(ui.Button.NO);
    expect(ui.alert('Titre', 'Sûr ?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(fake.ui.alerts).toEqual([{ title: 'Titre', prompt: 'Sûr ?', buttons: 'YES_NO' }]);
    fake.ui.available = false;
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('HtmlService outputs and sidebars are recorded', () => {
    const { fake, app } = setup({ files: { Sidebar: '<p>hi</p>' } });
    const HtmlService = fake.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    const out = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Grilles').setWidth(300);
    expect(out.getContent()).toBe('<p>hi</p>');
    app.getUi().showSidebar(out);
    expect(fake.ui.sidebars).toMatchObject([{ file: 'Sidebar', title: 'Grilles', width: 300, content: '<p>hi</p>' }]);
    expect(HtmlService.createHtmlOutputFromFile('Other').getContent()).toBe('');
    expect(fake.ui.htmlFiles).toEqual(['Sidebar', 'Other']);
    expect(() => HtmlService.createTemplateFromFile('Sidebar')).toThrow('not supported by the fake');
    app.getActiveSpreadsheet().toast('Fini', 'Grilles', 3);
    expect(fake.ui.toasts).toEqual([{ message: 'Fini', title: 'Grilles', timeoutSeconds: 3 }]);
  });

  test('properties are strings; document properties belong to the workbook', () => {
    const { fake } = setup();
    const PS = fake.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    const doc = PS.getDocumentProperties();
    doc.setProperty('n', 3 as unknown as string).setProperties({ a: 'x', b: true as unknown as string });
    expect(doc.getProperty('n')).toBe('3');
    expect(PS.getDocumentProperties().getProperties()).toEqual({ n: '3', a: 'x', b: 'true' });
    expect(doc.getProperty('absent')).toBeNull();
    expect(PS.getUserProperties().getKeys()).toEqual([]);
    doc.deleteProperty('n');
    expect(doc.getKeys().sort()).toEqual(['a', 'b']);
    expect(() => doc.setProperty('big', 'x'.repeat(10_000))).toThrow('Argument too large: value');
    expect(fake.snapshot().documentProperties).toEqual({ a: 'x', b: 'true' });
  });

  test('Session, ScriptApp and Utilities', () => {
    const { fake } = setup();
    const Session = fake.globals.Session as GoogleAppsScript.Base.Session;
    expect(Session.getActiveUserLocale()).toBe('fr');
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe('');
    const Utilities = fake.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    expect(Utilities.formatDate(new Date('2024-07-01T22:30:05Z'), 'Europe/Paris', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2024-07-02T00:30:05');
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    const ScriptApp = fake.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    expect(ScriptApp.AuthMode.NONE).toBe('NONE');
    expect(fake.spreadsheet.getSpreadsheetLocale()).toBe('fr_FR');
    expect(createGasFake({ locale: 'en', emailVisible: true, user: 'a@b.c' }).spreadsheet.getSheets()[0].getName()).toBe('Sheet1');
  });

  test('install() puts the globals on globalThis and restores them', () => {
    const fake = createGasFake();
    const g = globalThis as unknown as Record<string, unknown>;
    const uninstall = fake.install();
    try {
      expect(SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Classeur sans titre');
      expect(fake.calls.byMethod['SpreadsheetApp.getActiveSpreadsheet']).toBe(1);
    } finally {
      uninstall();
    }
    expect('SpreadsheetApp' in g).toBe(false);
  });

  test('the globals run built code in a vm context with arrays/dates of that realm', () => {
    const fake = createGasFake();
    const ctx = fake.createContext();
    const result = vm.runInContext(
      `var s = SpreadsheetApp.getActiveSheet();
       s.getRange('A1:B1').setValues([[new Date(0), 'x']]);
       var v = s.getRange('A1:B1').getValues();
       [v instanceof Array, v[0] instanceof Array, v[0][0] instanceof Date, typeof onOpen]`,
      ctx,
    ) as unknown[];
    expect([...result]).toEqual([true, true, true, 'undefined']);
    expect(fake.calls.byMethod['Range.getValues']).toBe(1);
  });
});

describe('snapshot / restore', () => {
  test('the compact snapshot (runs of identical cells, each value once) restores the exact workbook, per-cell rules included', () => {
    const fake = workbookFake();
    try {
      loadDemo();
      const projets = fake.spreadsheet.getSheetByName('Projets')!;
      // Cells that differ from their column: one format, one rule, one note, a date, a formula.
      projets.getRange('C5').setNumberFormat('0.000').setNote('vérifié');
      projets.getRange('D7').setDataValidation((fake.globals.SpreadsheetApp as SS).newDataValidation().requireNumberBetween(1, 9).build());
      projets.getRange('E40').setValue(new Date('2024-05-06T00:00:00Z'));
      projets.getRange('F41').setFormula('=1+1');
      const json = JSON.stringify(fake.snapshot());
      const compact = JSON.stringify(compactSnapshot(fake.snapshot()));
      // 15 projects: a dense snapshot holds a validation object per cell of every validated column.
      expect(compact.length).toBeLessThan(json.length / 10);

      const other = createGasFake();
      other.restore(expandSnapshot(JSON.parse(compact)));
      expect(JSON.stringify(other.snapshot())).toBe(json);
      const p2 = other.spreadsheet.getSheetByName('Projets')!;
      expect(p2.getRange('C5').getNumberFormat()).toBe('0.000');
      expect(p2.getRange('C6').getNumberFormat()).toBe(projets.getRange('C6').getNumberFormat());
      expect(p2.getRange('C5').getNote()).toBe('vérifié');
      expect(p2.getRange('D7').getDataValidation()!.getCriteriaType()).toBe('NUMBER_BETWEEN');
      expect(p2.getRange('D8').getDataValidation()?.getCriteriaType()).toBe(projets.getRange('D8').getDataValidation()?.getCriteriaType());
      expect(p2.getRange('E40').getValue()).toEqual(new Date('2024-05-06T00:00:00Z'));
      expect(p2.getRange('F41').getFormula()).toBe('=1+1');
    } finally {
      fake.done();
    }
  });

  test('round trip through JSON keeps the whole workbook', () => {
    const { fake, app } = setup();
    const ss = app.getActiveSpreadsheet();
    const sheet = ss.insertSheet('Projets');
    sheet.getRange('A1:D2').setValues([
      ['Nom', 'Date', 'Oui', 'F'],
      ["'=texte", new Date('2024-01-02T03:04:05Z'), true, '=A2'],
    ]);
    sheet.getRange('B2').setNumberFormat('dd/MM/yyyy').setNote('une note');
    sheet.getRange('C2').insertCheckboxes();
    sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#eeeeee');
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(1);
    ss.setNamedRange('Tableau', sheet.getRange('A1:D2'));
    sheet.getRange('A1:D1').protect().setDescription('En-têtes').setWarningOnly(true);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .setGradientMinpointWithValue('#ffffff', app.InterpolationType.NUMBER, '0')
        .setGradientMaxpointWithValue('#00ff00', app.InterpolationType.NUMBER, '4')
        .setRanges([sheet.getRange('D2:D')])
        .build(),
    ]);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType((fake.globals.Charts as GoogleAppsScript.Charts.Charts).ChartType.BAR)
        .addRange(sheet.getRange('A1:B2'))
        .setPosition(5, 5, 0, 0)
        .setOption('title', 'Niveaux')
        .build(),
    );
    ss.getSheetByName('Feuille 1')!.activate();
    PropertiesServiceOf(fake).getDocumentProperties().setProperty('config', '{"v":1}');

    const json = JSON.stringify(fake.snapshot());
    const other = createGasFake();
    other.restore(json);
    expect(JSON.stringify(other.snapshot())).toBe(json);

    const ss2 = other.spreadsheet;
    const s2 = ss2.getSheetByName('Projets')!;
    expect(ss2.getActiveSheet().getName()).toBe('Feuille 1');
    expect(s2.getRange('A2:D2').getValues()).toEqual([['=texte', new Date('2024-01-02T03:04:05Z'), false, '']]);
    expect(s2.getRange('D2').getFormula()).toBe('=A2');
    expect(s2.getRange('B2').getNumberFormat()).toBe('dd/MM/yyyy');
    expect(s2.getRange('B2').getNote()).toBe('une note');
    expect(s2.getRange('C2').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(s2.getRange('A1').getFontWeight()).toBe('bold');
    expect([s2.getFrozenRows(), s2.getFrozenColumns()]).toEqual([1, 1]);
    expect(ss2.getRangeByName('Tableau')!.getA1Notation()).toBe('A1:D2');
    const prot = s2.getProtections(app.ProtectionType.RANGE)[0];
    expect([prot.getDescription(), prot.isWarningOnly(), prot.getRange().getA1Notation()]).toEqual(['En-têtes', true, 'A1:D1']);
    const rule = s2.getConditionalFormatRules()[0];
    expect(rule.getRanges()[0].getA1Notation()).toBe('D2:D1000');
    expect(rule.getGradientCondition()!.getMaxValue()).toBe('4');
    const chart = s2.getCharts()[0];
    expect(chart.getOptions().get('title')).toBe('Niveaux');
    expect(chart.getRanges()[0].getA1Notation()).toBe('A1:B2');
    expect(chart.modify().getChartType()).toBe('BAR');
    expect(PropertiesServiceOf(other).getDocumentProperties().getProperty('config')).toBe('{"v":1}');
  });

  test('charts can be modified and removed', () => {
    const { app, sheet } = setup();
    const chart = sheet.newChart().asPieChart().addRange(sheet.getRange('A1:B3')).setPosition(1, 4, 0, 0).build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const inserted = sheet.getCharts()[0];
    expect(inserted.getChartId()).not.toBeNull();
    sheet.updateChart(inserted.modify().setOption('title', 'T').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('T');
    sheet.removeChart(inserted);
    expect(sheet.getCharts()).toEqual([]);
    void app;
  });
});

function PropertiesServiceOf(fake: GasFake): GoogleAppsScript.Properties.PropertiesService {
  return fake.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
}

describe('performance', () => {
  test('10,000 × 30 block write + read stays well under 1 s', () => {
    const { fake, sheet } = setup();
    const rows = 10_000;
    const cols = 30;
    const data = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (j % 3 === 0 ? `t${i}` : i * cols + j)));
    sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows() + 1);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
    const t0 = performance.now();
    const range = sheet.getRange(2, 1, rows, cols);
    range.setValues(data);
    const back = range.getValues();
    const ms = performance.now() - t0;
    expect(back[9_999][29]).toBe(9_999 * 30 + 29);
    expect(back[123][0]).toBe('t123');
    expect(sheet.getLastRow()).toBe(rows + 1);
    expect(ms).toBeLessThan(1000);
    expect(fake.calls.byMethod['Range.setValues']).toBe(1);
  });
});
