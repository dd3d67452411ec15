import { shiftReferences, type Shift } from '../../dev/playground/shift-references';

/** The playground's reference shifting on insert/delete (Sheets' behaviour, which the fake does not model). */
const column = (sheet: string, at: number, count = 1): Shift => ({ sheet, dimension: 'column', at, count });
const row = (sheet: string, at: number, count = 1): Shift => ({ sheet, dimension: 'row', at, count });

test('a column inserted before E moves E and after, on that sheet only, open ranges and absolute references included', () => {
  expect(shiftReferences('={"SRL";SRL_LEVEL(E2:M;SEUIL_SRL)}', 'SRL', column('SRL', 5))).toBe('={"SRL";SRL_LEVEL(F2:N;SEUIL_SRL)}');
  // D is before the insertion: unchanged; $P$3 moves (absolute references move on insertion too).
  expect(shiftReferences('=D2+$P$3+A:A', 'SRL', column('SRL', 5))).toBe('=D2+$Q$3+A:A');
  // Another sheet's formula: only references naming the sheet move, quoted or not.
  expect(shiftReferences("=COUNTIF('Grille AMI'!AE2:AE;A2:A)+SRL!Z1", 'Projets', column('Grille AMI', 30))).toBe("=COUNTIF('Grille AMI'!AF2:AF;A2:A)+SRL!Z1");
  expect(shiftReferences('=Z9', 'Projets', column('Grille AMI', 1))).toBe('=Z9');
  // Z → AA across the letter boundary.
  expect(shiftReferences('=Z1', 'S', column('S', 26))).toBe('=AA1');
});

test('text, function names and named ranges that look like references stay as they are', () => {
  const formula = '=IF(LANGUE="en";"A1 B2:C3";LOG10(E2)+TRUE()+AMI_POIDS+ATAN2(1;2)+3)';
  expect(shiftReferences(formula, 'S', column('S', 1))).toBe('=IF(LANGUE="en";"A1 B2:C3";LOG10(F2)+TRUE()+AMI_POIDS+ATAN2(1;2)+3)');
  expect(shiftReferences('="il a dit ""E5"""&E5', 'S', column('S', 5))).toBe('="il a dit ""E5"""&F5');
});

test('rows: inserted above row 3 moves row 3 and below; deleting it moves them back', () => {
  expect(shiftReferences('=SUM(A2:A10)+B3+4:4', 'S', row('S', 3))).toBe('=SUM(A2:A11)+B4+5:5');
  expect(shiftReferences('=SUM(A2:A11)+B4+5:5', 'S', row('S', 3, -1))).toBe('=SUM(A2:A10)+B3+4:4');
  expect(shiftReferences('=F2:N', 'SRL', column('SRL', 5, -1))).toBe('=E2:M');
});
