import type { SaveResult } from '../../src/contract/endpoints';
import { AMI, SRL } from '../../src/sheets/schema';
import { cellInput } from '../../src/server/sidebar/cell-input';
import { saveProject } from '../../src/server/sidebar/save-project';
import { addSheet, workbookFake, type Fake, type Row } from '../helpers/workbook';

let fake: Fake;

beforeEach(() => {
  fake = workbookFake();
});
afterEach(() => fake.done());

const amiRows = (): Row[] => [
  { id: 'P-0001', name: 'Épicerie solidaire', 'level:caractere-collectif': 1, 'comment:caractere-collectif': 'Collectif restreint' },
  { id: 'P-0002', name: 'Tiers-lieu rural', 'level:caractere-collectif': 'Fort' },
  { id: 'P-0003', name: 'Recyclerie', 'level:caractere-collectif': '' },
];

const cellOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet, id: string, header: string) => {
  const values = sheet.getDataRange().getValues();
  const col = values[0].indexOf(header);
  const row = values.findIndex((r) => r[0] === id);
  return values[row][col];
};
const LEVEL = AMI.columns.find((c) => c.id === 'level:caractere-collectif')!.header.fr;
const COMMENT = AMI.columns.find((c) => c.id === 'comment:caractere-collectif')!.header.fr;

describe('saveProject', () => {
  test('writes only the changed cells of the project row, found by ID', () => {
    const sheet = addSheet(fake, AMI, amiRows());
    fake.resetCalls();
    const result = saveProject({
      id: 'P-0002',
      sheet: 'ami',
      changes: [
        { field: 'level:caractere-collectif', before: 'Fort', after: 2 },
        { field: 'comment:caractere-collectif', before: '', after: 'Gouvernance à élargir' },
      ],
    }) as SaveResult;
    expect(result.status).toBe('saved');
    expect(cellOf(sheet, 'P-0002', LEVEL)).toBe(2);
    expect(cellOf(sheet, 'P-0002', COMMENT)).toBe('Gouvernance à élargir');
    expect(cellOf(sheet, 'P-0001', LEVEL)).toBe(1);
    // The answer carries the row as it is now, the sidebar's new baseline.
    expect(result.record.fields['level:caractere-collectif']).toBe(2);
    // One write per run of adjacent changed cells (the level and its comment are in separate blocks),
    // nothing else in the row.
    expect(fake.calls.byMethod['Range.setValues']).toBe(2);
  });

  test('finds the row by ID after the rows were sorted and a row inserted above', () => {
    const sheet = addSheet(fake, AMI, amiRows());
    sheet.getRange(2, 1, 3, sheet.getLastColumn()).sort({ column: 2, ascending: true });
    sheet.insertRowsBefore(2, 1);
    sheet.getRange(2, 1, 1, 2).setValues([['P-0009', 'Nouveau projet']]);
    saveProject({ id: 'P-0001', sheet: 'ami', changes: [{ field: 'comment:caractere-collectif', before: 'Collectif restreint', after: 'Revu' }] });
    expect(cellOf(sheet, 'P-0001', COMMENT)).toBe('Revu');
    expect(cellOf(sheet, 'P-0009', COMMENT)).toBe('');
    expect(cellOf(sheet, 'P-0003', COMMENT)).toBe('');
  });

  test('a cell changed since loading is a conflict: nothing at all is written', () => {
    const sheet = addSheet(fake, AMI, amiRows());
    sheet.getRange(2, 5).setValue(3); // someone else: P-0001's level 1 → 3
    fake.resetCalls();
    const result = saveProject({
      id: 'P-0001',
      sheet: 'ami',
      changes: [
        { field: 'comment:caractere-collectif', before: 'Collectif restreint', after: 'Mon commentaire' },
        { field: 'level:caractere-collectif', before: 1, after: 2 },
      ],
    }) as SaveResult;
    expect(result).toMatchObject({ status: 'conflict', conflicts: [{ field: 'level:caractere-collectif', before: 1, theirs: 3, mine: 2 }] });
    expect(fake.calls.byMethod['Range.setValues'] ?? 0).toBe(0);
    expect(fake.calls.byMethod['Range.setValue'] ?? 0).toBe(0);
    expect(cellOf(sheet, 'P-0001', COMMENT)).toBe('Collectif restreint');
  });

  test('someone else typing the same value is no conflict; keeping mine sends theirs as before', () => {
    const sheet = addSheet(fake, AMI, amiRows());
    sheet.getRange(2, 5).setValue(2);
    expect(saveProject({ id: 'P-0001', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: 1, after: 2 }] })).toMatchObject({
      status: 'saved',
      written: 0,
    });
    sheet.getRange(2, 5).setValue(0);
    expect(saveProject({ id: 'P-0001', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: 0, after: 3 }] })).toMatchObject({
      status: 'saved',
      written: 1,
    });
    expect(cellOf(sheet, 'P-0001', LEVEL)).toBe(3);
  });

  test('values are compared by meaning: « Fort » in the cell and 3 from the panel are the same level', () => {
    const sheet = addSheet(fake, AMI, amiRows());
    // P-0002's cell holds « Fort »; the panel read it as 3 (or a reviewer chose 3 at the same time).
    expect(saveProject({ id: 'P-0002', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: 3, after: 1 }] })).toMatchObject({
      status: 'saved',
      written: 1,
    });
    expect(cellOf(sheet, 'P-0002', LEVEL)).toBe(1);
    // Someone else chose « Fort » while I chose 3: agreement, nothing to write.
    sheet.getRange(3, 5).setValue('Fort');
    expect(saveProject({ id: 'P-0002', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: 1, after: 3 }] })).toMatchObject({
      status: 'saved',
      written: 0,
    });
    expect(cellOf(sheet, 'P-0002', LEVEL)).toBe('Fort');
    // A real change is still a conflict: the cell says « Fort » (3), I had read 1 and chose 2.
    expect(saveProject({ id: 'P-0002', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: 1, after: 2 }] })).toMatchObject({
      status: 'conflict',
      conflicts: [{ field: 'level:caractere-collectif', before: 1, theirs: 'Fort', mine: 2 }],
    });
    // An unreadable text never equals a number by accident.
    sheet.getRange(3, 5).setValue('bof');
    expect(saveProject({ id: 'P-0002', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: 3, after: 2 }] })).toMatchObject({
      status: 'conflict',
    });
  });

  test('SRL evidence typed « 50 % » and the panel’s 0,5 are the same completion', () => {
    const sheet = addSheet(fake, SRL, [{ id: 'P-0001', name: 'Épicerie solidaire', 'evidence:1': '50 %' }]);
    expect(saveProject({ id: 'P-0001', sheet: 'srl', changes: [{ field: 'evidence:1', before: 0.5, after: 1 }] })).toMatchObject({
      status: 'saved',
      written: 1,
    });
    expect(sheet.getRange(2, 5).getValue()).toBe(1);
  });

  test('user text is written as literal text: a comment starting with = stays text, no formula', () => {
    const sheet = addSheet(fake, AMI, amiRows());
    const injection = '=IMPORTXML("http://x";"//a")';
    saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'comment:caractere-collectif', before: '', after: injection }] });
    expect(cellOf(sheet, 'P-0003', COMMENT)).toBe(injection);
    expect(fake.cellsWithFormulas()).toEqual([]);
  });

  test('a held document lock gives a friendly error and writes nothing', () => {
    const sheet = addSheet(fake, AMI, amiRows());
    fake.locks.holdDocumentLock();
    expect(() => saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: '', after: 2 }] })).toThrow(
      /en cours de modification par une autre personne.*vos saisies sont conservées/,
    );
    expect(cellOf(sheet, 'P-0003', LEVEL)).toBe('');
  });

  test('answers in English once the person chose English', () => {
    addSheet(fake, AMI, amiRows());
    fake.userProperties.set('lang', 'en');
    fake.locks.holdDocumentLock();
    expect(() => saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: '', after: 2 }] })).toThrow(
      /being changed by someone else/,
    );
  });

  test('a level is written as the column dropdown spells it', () => {
    const sheet = addSheet(fake, AMI, amiRows());
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['0 - Inexistant', '1 - Faible', '2 - Intermédiaire', '3 - Fort'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange(2, 5, 3, 1).setDataValidation(rule);
    saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: '', after: 2 }] });
    expect(cellOf(sheet, 'P-0003', LEVEL)).toBe('2 - Intermédiaire');
  });

  test('dropdown items and custom checkbox values from the sheet’s rules are written as literal text', () => {
    const sheet = addSheet(fake, SRL, [{ id: 'P-0001', name: 'Épicerie solidaire' }]);
    // Whoever edits the sheet sets its rules: a checked value that reads like a formula stays text.
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox('=HYPERLINK("http://x";"oui")', 'non').build();
    sheet.getRange(2, 5, 1, 2).setDataValidation(checkbox);
    saveProject({
      id: 'P-0001',
      sheet: 'srl',
      changes: [
        { field: 'evidence:1', before: '', after: 1 },
        { field: 'evidence:2', before: '', after: 0 },
      ],
    });
    expect(sheet.getRange(2, 5, 1, 2).getValues()).toEqual([['=HYPERLINK("http://x";"oui")', 'non']]);
    expect(fake.cellsWithFormulas()).toEqual([]);

    const amiSheet = addSheet(fake, AMI, amiRows());
    amiSheet.getRange(2, 5, 3, 1).setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['0', '1', '+2']).build());
    const rule = amiSheet.getRange(4, 5).getDataValidation();
    const level = AMI.columns.find((c) => c.id === 'level:caractere-collectif')!;
    // cellInput is what saveProject writes: the item as it is; the writer keeps it text (literal.ts),
    // where Sheets would read `+2` as a formula or a number.
    expect(cellInput(level, 2, rule)).toBe('+2');
    expect(cellInput(level, 1, rule)).toBe('1');
    expect(cellInput(level, 3, rule)).toBe(3); // no item reads as 3: the number itself
    saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: '', after: 2 }] });
    expect(cellOf(amiSheet, 'P-0003', LEVEL)).toBe('+2');
  });

  test('SRL evidence in a checkbox column: done is a tick, a partial completion is refused', () => {
    const sheet = addSheet(fake, SRL, [{ id: 'P-0001', name: 'Épicerie solidaire' }]);
    sheet.getRange(2, 5, 1, 9).insertCheckboxes();
    saveProject({ id: 'P-0001', sheet: 'srl', changes: [{ field: 'evidence:1', before: false, after: 1 }] });
    expect(sheet.getRange(2, 5).getValue()).toBe(true);
    expect(() => saveProject({ id: 'P-0001', sheet: 'srl', changes: [{ field: 'evidence:2', before: false, after: 0.5 }] })).toThrow(/cases à cocher/);
  });

  test('refuses values out of a column’s scale, and fields the sidebar may not edit', () => {
    addSheet(fake, AMI, amiRows());
    expect(() => saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: '', after: 7 }] })).toThrow(
      /« Caractère collectif du projet » : « 7 » n’est pas un niveau de 0 à 3/,
    );
    expect(() => saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: '', after: 'beaucoup' }] })).toThrow(
      /« Caractère collectif du projet » : « beaucoup » n’est pas un niveau de 0 à 3\./,
    );
    // Columns are named by their header in the user's language, never by their internal id.
    expect(() => saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'total', before: '', after: 7 }] })).toThrow(
      /^La colonne « Total AMI » de la feuille « Grille AMI » n’est pas modifiable depuis le panneau/,
    );
    expect(() => saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'name', before: '', after: 'x' }] })).toThrow(
      /La colonne « Nom du projet » .*n’est pas modifiable/,
    );
    expect(() => saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'nope', before: '', after: 'x' }] })).toThrow(
      /^La feuille « Grille AMI » n’a pas de colonne « nope » : rien n’a été enregistré\.$/,
    );
    const twice = [
      { field: 'level:caractere-collectif', before: '', after: 1 },
      { field: 'level:caractere-collectif', before: '', after: 2 },
    ];
    expect(() => saveProject({ id: 'P-0003', sheet: 'ami', changes: twice })).toThrow(
      /^La colonne « Caractère collectif du projet » apparaît deux fois dans la demande\.$/,
    );
    fake.userProperties.set('lang', 'en');
    expect(() => saveProject({ id: 'P-0003', sheet: 'ami', changes: twice })).toThrow(
      /^The column "Collective nature of the project" appears twice in the request\.$/,
    );
    expect(() => saveProject({ id: 'P-0003', sheet: 'ami', changes: [{ field: 'total', before: '', after: 7 }] })).toThrow(
      /^The column "AMI total" of the sheet "AMI grid" cannot be edited/,
    );
  });

  test('explains an unknown project, a duplicated assessment and a missing sheet', () => {
    addSheet(fake, AMI, [...amiRows(), { id: 'P-0002', name: 'Doublon' }]);
    const change = [{ field: 'comment:caractere-collectif', before: '', after: 'x' }];
    // Issue 11: a project without a row gets one on first save, but an ID no sheet knows gets none.
    expect(() => saveProject({ id: 'P-0404', sheet: 'ami', changes: change })).toThrow(
      /Aucun projet n’a l’ID P-0404 dans Projets ni dans la feuille « Grille AMI » : rien n’a été enregistré\./,
    );
    expect(() => saveProject({ id: 'P-0002', sheet: 'ami', changes: change })).toThrow(/plusieurs lignes .*lignes 3, 5/);
    expect(() => saveProject({ id: 'P-0002', sheet: 'srl', changes: [{ field: 'evidence-notes', before: '', after: 'x' }] })).toThrow(
      /La feuille « SRL » est absente/,
    );
  });
});
