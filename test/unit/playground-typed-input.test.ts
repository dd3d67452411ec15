import { frenchNumber, inputText, typedInput } from '../../dev/playground/typed-input';

/** What typing gives in a French-locale cell (the playground's reading of Sheets' input rules). */
test('French numbers, percentages, euros, booleans and dates; the rest stays text', () => {
  expect(typedInput('12,5', null)).toBe(12.5);
  expect(typedInput('1 234,5', null)).toBe(1234.5);
  expect(typedInput('-3', null)).toBe(-3);
  // 12,5 % is stored as 0,125; 150 000 € as 150000.
  expect(typedInput('12,5 %', null)).toBe(0.125);
  expect(typedInput('150 000 €', null)).toBe(150000);
  expect(typedInput('VRAI', null)).toBe(true);
  expect(typedInput('faux', null)).toBe(false);
  expect(typedInput('01/12/2025', null)).toEqual(new Date(2025, 11, 1));
  expect(typedInput('2025-12-01', null)).toEqual(new Date(2025, 11, 1));
  // Not a day: text. 12.5: the dot is not the decimal separator in French.
  expect(typedInput('31/02/2025', null)).toBe('31/02/2025');
  expect(typedInput('12.5', null)).toBe('12.5');
  expect(typedInput('P-0001', null)).toBe('P-0001');
  // Formulas and the apostrophe are the fake's input rules (setValue): passed as typed.
  expect(typedInput('=SRL_LEVEL(E2:M2;8/10)', null)).toBe('=SRL_LEVEL(E2:M2;8/10)');
  expect(typedInput("'12,5", null)).toBe("'12,5");
  // A plain-text cell keeps what is typed.
  expect(typedInput('12,5', '@')).toBe('12,5');
  expect(frenchNumber('1 2,5')).toBeUndefined();
});

test('the formula bar shows a value as it would be typed', () => {
  expect(inputText(12.5, null)).toBe('12,5');
  expect(inputText(0.125, '0.0%')).toBe('12,5 %');
  expect(inputText(true, null)).toBe('VRAI');
  expect(inputText(new Date(2025, 11, 1), null)).toBe('01/12/2025');
  expect(inputText('texte', null)).toBe('texte');
  for (const typed of ['12,5', '12,5 %', 'VRAI', '01/12/2025']) {
    const format = typed.endsWith('%') ? '0.0%' : null;
    expect(inputText(typedInput(typed, format), format)).toBe(typed);
  }
});
