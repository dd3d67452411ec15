import { AMI, VALUE_CAPTURE, WORKBOOK } from '../../src/sheets/schema';
import { buildDashboard } from '../../src/server/actions/build-dashboard';
import { loadDemo } from '../../src/server/actions/load-demo';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { syncProjects } from '../../src/server/actions/sync-projects';
import { saveProject } from '../../src/server/sidebar/save-project';
import { headerFormula, headersOfFormula, parseHeaderFormula, sameFormula } from '../../src/sheets/templates/a1';
import { formulasOf, localeProblems, localeViolations } from '../helpers/formula-syntax';
import { columnsOf, interleavedLayout, sheet, sheetWithHeaders, workbookFake, type Fake } from '../helpers/workbook';

/**
 * Issue 8, §1: every formula the add-on writes parses the same in an English and a French
 * spreadsheet — `;` between arguments, no `{a,b}` / `{a\b}`, no decimal literal.
 */
describe('the locale scanner', () => {
  test.each([
    ['=IF(A2="";"";B2)'],
    ['={"Total AMI";AMI_SCORE(C2:N;AMI_POIDS)}'],
    ['={HSTACK("Famille dominante";"Hybridité";"Part dominante");VC_MIX(H2:K;LANGUE)}'],
    ['=IF(A2="a, b \\ c";"il dit ""1,5"" puis ""2.5""";1)'],
    ["=VLOOKUP(A2:A;'Grille, AMI'!A2:AE;2;0)"],
    ["=SUM('l''AMI, 2.5'!C2:C)"],
    ['=SRL_LEVEL(C2:K;8/10)'],
    ['=AMI_SCORE(HSTACK(C2:C;E2:E);{1;0;1})'],
    ['=SUM(Sheet1!A1:A10)*LOG10(100)'],
  ])('accepts %s', (formula) => {
    expect(localeProblems(formula)).toEqual([]);
  });

  test.each([
    ['=IF(A2="","",B2)', '","'],
    ['={"a","b";VC_MIX(H2:K)}', '","'],
    ['=AMI_SCORE({C2:C,E2:E};AMI_POIDS)', '","'],
    ['=AMI_SCORE({C2:C\\E2:E};AMI_POIDS)', '"\\"'],
    ['=SRL_LEVEL(C2:K;0.8)', 'decimal literal 0.8'],
    ['=SRL_LEVEL(C2:K;.8)', 'decimal literal .8'],
    ['=SRL_LEVEL(C2:K;0,8)', '","'],
    ['=IF(A2="x"",y";1,2)', '","'],
    ["=SUM('Grille AMI'!C2:C,1)", '","'],
    ['=IF(A2="open;1)', 'unterminated string'],
  ])('refuses %s', (formula, problem) => {
    expect(localeProblems(formula).join(' | ')).toContain(problem);
  });

  test('reads gradient points as typed: a whole number or a formula, never "1.5"', () => {
    const point = (value: string) => ({ color: '#fff', type: 'NUMBER', value });
    const snap = {
      sheets: [
        {
          name: 'S',
          formulas: null,
          validations: [[{ criteria: 'CUSTOM_FORMULA', args: ['=AND(A1>0,A1<1)'], helpText: null, allowInvalid: true }]],
          conditionalFormats: [{ ranges: [], boolean: null, gradient: { min: point('0'), mid: point('1.5'), max: point('=3/2') } }],
        },
      ],
    } as never;
    expect(formulasOf(snap).map((f) => f.formula)).toEqual(['=AND(A1>0,A1<1)', '=0', '1.5', '=3/2']);
    expect(localeViolations(snap).map((v) => v.problems[0])).toEqual(['"," at 9', 'not a number nor a formula: "1.5"']);
  });
});

describe('every formula the add-on writes follows the locale rule', () => {
  const everyAction = (fake: Fake) => {
    loadDemo();
    setupWorkbook();
    const projets = sheet(fake, 'Projets');
    projets.getRange(projets.getLastRow() + 1, 2).setValue('Nouveau projet');
    syncProjects();
    buildDashboard();
    const grid = sheet(fake, 'Grille AMI');
    const id = String(grid.getRange(2, 1).getValue());
    const comment = columnsOf(grid, AMI).get('comment:caractere-collectif')!;
    const before = grid.getRange(2, comment).getValue();
    saveProject({ id, sheet: 'ami', changes: [{ field: 'comment:caractere-collectif', before, after: 'Revu, à 2.5 près' }] });
  };

  test('setup, demo, sync, dashboard and a sidebar save on a new workbook (French)', () => {
    const fake = workbookFake();
    try {
      everyAction(fake);
      const all = formulasOf(fake.snapshot());
      // The scan saw the header formulas of every sheet that has computed columns (issue 14's « Protocole » and
      // « Système social cible » have none) and the colour scales' points.
      for (const spec of WORKBOOK.filter((s) => s.columns.some((c) => c.kind === 'computed')))
        expect(all.some((f) => f.where.startsWith(`${spec.name.fr}!R1C`))).toBe(true);
      expect(all.some((f) => f.where.endsWith('midpoint') && f.formula === '=3/2')).toBe(true);
      expect(all.some((f) => f.where.endsWith('midpoint') && f.formula === '=1/2')).toBe(true);
      expect(localeViolations(fake.snapshot())).toEqual([]);
    } finally {
      fake.done();
    }
  });

  test('in English, on a workbook laid out the old way (comments and notes interleaved): HSTACK, never {a,b}', () => {
    const fake = workbookFake({ locale: 'en' });
    try {
      fake.userProperties.set('lang', 'en');
      sheetWithHeaders(fake, AMI, interleavedLayout(AMI), AMI.name.en);
      sheetWithHeaders(fake, VALUE_CAPTURE, interleavedLayout(VALUE_CAPTURE), VALUE_CAPTURE.name.en);
      setupWorkbook();
      const formulas = fake.cellsWithFormulas().map((f) => f.formula);
      expect(formulas.some((f) => f.includes('AMI_PROFILE_GAPS(HSTACK(C2:C;E2:E;G2:G;'))).toBe(true);
      expect(formulas.some((f) => f.includes('VC_SCORE(HSTACK(C2:C;E2:E;G2:G;I2:I;K2:K))'))).toBe(true);
      expect(localeViolations(fake.snapshot())).toEqual([]);
    } finally {
      fake.done();
    }
  });
});

describe('header formulas, read back in every form', () => {
  test('headerFormula writes one header as a text, a block’s headers side by side with HSTACK', () => {
    expect(headerFormula(['Total AMI'], 'AMI_SCORE(C2:N;AMI_POIDS)')).toBe('={"Total AMI";AMI_SCORE(C2:N;AMI_POIDS)}');
    expect(headerFormula(['a', 'b "c"'], 'VC_MIX(M2:P;LANGUE)')).toBe('={HSTACK("a";"b ""c""");VC_MIX(M2:P;LANGUE)}');
  });

  test.each([
    ['={"Total AMI";AMI_SCORE(C2:N;AMI_POIDS)}', ['Total AMI'], 'AMI_SCORE(C2:N;AMI_POIDS)'],
    [
      '={HSTACK("Famille dominante";"Hybridité";"Part dominante");VC_MIX(M2:P;LANGUE)}',
      ['Famille dominante', 'Hybridité', 'Part dominante'],
      'VC_MIX(M2:P;LANGUE)',
    ],
    // Written by earlier versions, still in existing workbooks; and HSTACK shown back in English form.
    ['={"Famille dominante","Hybridité","Part dominante";VC_MIX(H2:K,LANGUE)}', ['Famille dominante', 'Hybridité', 'Part dominante'], 'VC_MIX(H2:K,LANGUE)'],
    ['= { hstack("a", "b""x") ; VC_MIX(M2:P) }', ['a', 'b"x'], 'VC_MIX(M2:P)'],
  ])('%s', (formula, headers, body) => {
    expect(parseHeaderFormula(formula)).toEqual({ headers, body });
    expect(headersOfFormula(formula)).toEqual(headers);
  });

  test('a formula that is not a header formula has no headers', () => {
    for (const f of ['=SUM(A2:A)', '={1;2}', 'Total AMI', '={"a";B2:B']) expect(headersOfFormula(f)).toEqual([]);
  });

  test('sameFormula: separators read by role, whitespace and case ignored; anything else differs', () => {
    const ours = '={"Total AMI";ARRAYFORMULA(IF(A2:A="";"";VLOOKUP(A2:A;\'Grille AMI\'!A2:AE;31;0)))}';
    expect(sameFormula(ours, '={"Total AMI";arrayformula(IF(A2:A="", "", VLOOKUP(A2:A,\'Grille AMI\'!A2:AE,31,0)))}')).toBe(true);
    expect(sameFormula('={HSTACK("a";"b");X(C2:C)}', '={HSTACK("a","b");X(C2:C)}')).toBe(true);
    // Sheets may drop the quotes of a sheet name that needs none, and absolute markers do not change the range.
    expect(sameFormula("=SUM('SRL'!C2:C;'l''AMI'!A1)", "=SUM(srl!$C$2:$C,'l''AMI'!A1)")).toBe(true);
    expect(sameFormula("=SUM('SRL'!C2:C)", "=SUM('SIAT'!C2:C)")).toBe(false);
    expect(sameFormula('=AMI_SCORE(HSTACK(C2:C;E2:E))', '=AMI_SCORE({C2:C,E2:E})')).toBe(false);
    expect(sameFormula('={1;2}', '={1,2}')).toBe(false);
    expect(sameFormula('={"a;b";X(1)}', '={"a,b";X(1)}')).toBe(false);
    expect(sameFormula(ours, ours.replace('AE', 'AF'))).toBe(false);
    expect(sameFormula(ours, '')).toBe(false);
  });
});
