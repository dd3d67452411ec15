import { projectFigures } from '../../src/core/sroi/flows';
import { AMI, PROJECTS, SRL, VALUATION } from '../../src/sheets/schema';
import { getContext } from '../../src/server/sidebar/get-context';
import { getProject } from '../../src/server/sidebar/get-project';
import { listProjects } from '../../src/server/sidebar/list-projects';
import { addSheet, workbookFake, type Fake } from '../helpers/workbook';

let fake: Fake;

beforeEach(() => {
  fake = workbookFake();
  addSheet(fake, PROJECTS, [
    { id: 'P-0001', name: 'Épicerie solidaire', investment: 20000, start: new Date('2024-03-01T00:00:00Z') },
    { id: 'P-0002', name: '<img src=x onerror=alert(1)>', investment: '' },
  ]);
  addSheet(fake, AMI, [
    { id: 'P-0002', name: '<img src=x onerror=alert(1)>', 'level:caractere-collectif': 'Fort' },
    { id: 'P-0001', name: 'Épicerie solidaire', 'level:caractere-collectif': 1 },
    { id: 'P-0007', name: 'Pas encore synchronisé' },
  ]);
  addSheet(fake, SRL, [{ id: 'P-0001', name: 'Épicerie solidaire', 'evidence:1': 1, 'evidence:2': 0.5 }], ['id', 'name', 'evidence:1', 'evidence:2']);
  // The discount rate the Valorisation formula passes (TAUX_ACTUALISATION): 0 %, for round numbers.
  const parametres = fake.spreadsheet.insertSheet('Paramètres');
  parametres.getRange('B16').setValue('0 %');
  fake.spreadsheet.setNamedRange('TAUX_ACTUALISATION', parametres.getRange('B16'));
  // The present values are what SROI_VALUE gives for the inputs (the fake evaluates no formula).
  addSheet(fake, VALUATION, [
    // 10 × 3 000 × (1 − 0,2) × (1 − 0,25) = 18 000
    { id: 'P-0001', outcome: 'Emplois', quantity: 10, proxy: 3000, deadweight: 0.2, attribution: 0.25, years: 1, 'present-value': 18000 },
    // 1 × 999 = 999
    { id: 'P-0002', outcome: 'Autre', quantity: 1, proxy: 999, 'present-value': 999 },
    // Text as users type it. Year 1: 5 × 2 000 × (1 − 0) × (1 − 0,1) = 9 000; year 2 (50 % drop-off): 4 500; Σ 13 500
    { id: 'P-0001', outcome: 'Santé', quantity: '5', proxy: '2 000 €', attribution: '10 %', dropoff: 0.5, years: 2, 'present-value': 13500 },
    { id: 'P-0001', outcome: 'Incomplet', proxy: 100, 'present-value': '⚠ incomplet : quantité et proxy requis' },
    // A number the inputs cannot give (typed over the formula's result): not counted as computed.
    { id: 'P-0001', outcome: 'Illisible', quantity: 3, proxy: 'beaucoup', 'present-value': 1234 },
    { id: 'P-0007', outcome: 'Pas prêt', quantity: 2, 'present-value': '⚠ incomplet : quantité et proxy requis' },
  ]);
});
afterEach(() => fake.done());
const sheetOf = (name: string) => fake.spreadsheet.getSheetByName(name)!;

describe('getContext', () => {
  test('the project under the cursor, in Projets or an instrument sheet, found by its ID column', () => {
    fake.select('Grille AMI', 'D3');
    expect(getContext({})).toEqual({ lang: 'fr', projectId: 'P-0001', sheet: 'ami' });
    fake.select('Projets', 'B3');
    expect(getContext(undefined)).toEqual({ lang: 'fr', projectId: 'P-0002', sheet: 'projects' });
  });

  test('no project on the header row, on an empty row or in another sheet', () => {
    fake.select('Grille AMI', 'C1');
    expect(getContext({}).projectId).toBeNull();
    fake.select('Grille AMI', 'C40');
    expect(getContext({}).projectId).toBeNull();
    fake.select('Feuille 1', 'A2');
    expect(getContext({})).toEqual({ lang: 'fr', projectId: null, sheet: null });
  });

  test('reads the header and one cell, never whole tables (it is polled)', () => {
    fake.select('Grille AMI', 'D3');
    fake.resetCalls();
    getContext({});
    expect((fake.calls.byMethod['Range.getValues'] ?? 0) + (fake.calls.byMethod['Sheet.getSheetValues'] ?? 0)).toBe(1);
    expect(fake.calls.byMethod['Sheet.getDataRange'] ?? 0).toBe(0);
    expect(fake.calls.total).toBeLessThanOrEqual(12);
  });
});

describe('listProjects', () => {
  test('Projets in order, then IDs only found in instrument sheets', () => {
    expect(listProjects({}).projects).toEqual([
      { id: 'P-0001', name: 'Épicerie solidaire' },
      { id: 'P-0002', name: '<img src=x onerror=alert(1)>' },
      { id: 'P-0007', name: 'Pas encore synchronisé' },
    ]);
  });
});

describe('getProject', () => {
  test('every sheet’s fields by column id, plain JSON (dates as ISO text)', () => {
    const p = getProject({ id: 'P-0001' });
    expect(p.name).toBe('Épicerie solidaire');
    expect(p.details.fields.start).toBe('2024-03-01T00:00:00.000Z');
    expect(p.instruments.ami).toMatchObject({ status: 'ok', sheetName: 'Grille AMI', rows: [3] });
    expect(p.instruments.ami.fields['level:caractere-collectif']).toBe(1);
    expect(p.instruments.srl.fields).toMatchObject({ 'evidence:1': 1, 'evidence:2': 0.5 });
    // SRL lacks the other evidence columns: the sidebar disables them.
    expect(p.instruments.srl.missing).toEqual(expect.arrayContaining(['evidence:3', 'evidence-notes', 'target']));
    expect(p.instruments.vc).toMatchObject({ status: 'no-sheet', rows: [] });
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  test('the valuation summary: Σ present values computed in Valorisation, the investment, the computed outcomes’ inputs', () => {
    const v = getProject({ id: 'P-0001' }).valuation;
    expect(v).toEqual({
      status: 'ok',
      outcomes: 4,
      presentValue: 31500,
      uncomputed: 2,
      investment: 20000,
      // Projets' later instalment columns (« Investissement année 2 / 3 »), blank: nothing more invested.
      instalments: [0, 0],
      // Emplois, then Santé read from the text users typed ('5', '2 000 €', '10 %'); blanks are SROI_VALUE's defaults.
      computed: [
        { quantity: 10, proxy: 3000, deadweight: 0.2, attribution: 0.25, displacement: 0, dropoff: 0, years: 1, rate: 0, start: 0 },
        { quantity: 5, proxy: 2000, deadweight: 0, attribution: 0.1, displacement: 0, dropoff: 0.5, years: 2, rate: 0, start: 0 },
      ],
      rate: 0,
    });
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    expect(getProject({ id: 'P-0002' }).valuation).toMatchObject({ presentValue: 999, investment: null, computed: [expect.objectContaining({ proxy: 999 })] });
  });

  test('core computes the sheet’s figures from the computed outcomes (what the panel shows)', () => {
    const v = getProject({ id: 'P-0001' }).valuation;
    const figures = projectFigures(v.computed, { amounts: [v.investment!], rate: v.rate });
    // Σ 18 000 + 13 500 = 31 500 (the sheet's); ratio 31 500 / 20 000 = 1,575; NPV 11 500; net SROI 0,575.
    // Payback: year 1 brings 18 000 + 9 000 = 27 000 ≥ 20 000, evenly: 20 000 / 27 000 × 12 = 8,89 months.
    expect(figures).toEqual({
      presentValue: 31500,
      investment: 20000,
      netPresentValue: 11500,
      ratio: 1.575,
      netRatio: 0.575,
      paybackMonths: expect.closeTo((20000 / 27000) * 12, 9),
    });
  });

  test('a later instalment and a delayed outcome (issue 13): sent as the sheet holds them, counted by core', () => {
    const projets = sheetOf('Projets');
    const header = projets.getRange(1, 1, 1, projets.getLastColumn()).getValues()[0];
    projets.getRange(2, header.indexOf('Investissement année 2 (€)') + 1).setValue('10 000 €');
    const valorisation = sheetOf('Valorisation');
    const vHeader = valorisation.getRange(1, 1, 1, valorisation.getLastColumn()).getValues()[0];
    valorisation.getRange(2, vHeader.findIndex((h) => String(h).startsWith('Début')) + 1).setValue(1);
    const v = getProject({ id: 'P-0001' }).valuation;
    expect(v.instalments).toEqual([10000, 0]);
    expect(v.computed.map((o) => o.start)).toEqual([1, 0]);
    // At 0 %, neither the delay nor the instalment is discounted: 31 500 against 20 000 + 10 000 = 30 000,
    // ratio 1,05, NPV 1 500, net SROI 0,05.
    const figures = projectFigures(v.computed, { amounts: [v.investment!, ...v.instalments], rate: v.rate });
    expect(figures).toMatchObject({ presentValue: 31500, investment: 30000, netPresentValue: 1500 });
    expect(figures.ratio).toBeCloseTo(1.05, 12);
  });

  test('no computed outcome: none sent, and the rate is not read without outcome rows', () => {
    expect(getProject({ id: 'P-0007' }).valuation).toMatchObject({ outcomes: 1, presentValue: null, uncomputed: 1, computed: [] });
    sheetOf('Valorisation').deleteRows(2, 5);
    expect(getProject({ id: 'P-0001' }).valuation).toMatchObject({ outcomes: 0, presentValue: null, computed: [], rate: 0 });
  });

  test('an unknown ID is explained', () => {
    expect(() => getProject({ id: 'P-0404' })).toThrow('Aucun projet n’a l’ID « P-0404 » dans ce classeur.');
  });
});
