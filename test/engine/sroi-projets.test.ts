/**
 * Issue 13 §1: Valorisation's « Début » column and Projets' NPV, net SROI, SROI and payback, live,
 * evaluated by the formula engine on the BUILT dist/Code.js (npm run build). Figures by hand below.
 */
import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook, runsAfterEdit } from '../../dev/engine/workbook';
import { projectFigures } from '../../src/core/sroi/flows';
import { loadDemo } from '../../src/server/actions/load-demo';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { getProject } from '../../src/server/sidebar/get-project';
import { PROJECTS, VALUATION, type SheetSpec } from '../../src/sheets/schema';
import { columnsOf, sheet, workbookFake, type Fake, type Row } from '../helpers/workbook';

// TAUX_ACTUALISATION 10 % (typed in Paramètres), so that the discount factors are 1/1.1 and 1/1.21.
const PROJECTS_ROWS: Row[] = [
  // P-0001: 10 000 € today, 5 500 € in year 2 (present value 5 500/1.1 = 5 000): invested 15 000.
  { id: 'P-0001', name: 'Deux versements', investment: 10000, 'investment-2': 5500 },
  { id: 'P-0002', name: 'Sans investissement' },
  { id: 'P-0003', name: 'Sans effet', investment: 8000 },
  { id: 'P-0004', name: 'Jamais remboursé', investment: 5000 },
  { id: 'P-0005', name: 'Effet invalide', investment: 1000 },
  // P-0006: nothing paid today, 11 000 € in year 2 (a grant paid from year 2 on): invested 11 000/1.1 = 10 000.
  { id: 'P-0006', name: 'Versé en année 2', 'investment-2': 11000 },
];

const OUTCOMES: Row[] = [
  // 11 × 1 000 = 11 000 € a year for 2 years from year 1: 11 000/1.1 = 10 000, 11 000/1.21 = 9 090.909…
  { id: 'P-0001', stakeholder: 'Bénéficiaires', quantity: 11, proxy: 1000, years: 2 },
  // 1 210 € in year 2 only (starts 1 year after the activity): 1 210/1.21 = 1 000.
  { id: 'P-0001', stakeholder: 'Familles', quantity: 1, proxy: 1210, years: 1, start: 1 },
  { id: 'P-0002', stakeholder: 'Bénéficiaires', quantity: 1, proxy: 1100 },
  // 1 100/1.1 = 1 000 against 5 000.
  { id: 'P-0004', stakeholder: 'Bénéficiaires', quantity: 1, proxy: 1100 },
  // Start 49 + duration 2 ends after the 50-year calendar.
  { id: 'P-0005', stakeholder: 'Bénéficiaires', quantity: 1, proxy: 100, years: 2, start: 49 },
  // 22 000 € in year 1: 22 000/1.1 = 20 000.
  { id: 'P-0006', stakeholder: 'Bénéficiaires', quantity: 1, proxy: 22000 },
];

function write(fake: Fake, spec: SheetSpec, rows: Row[]) {
  const s = sheet(fake, spec.name.fr);
  const at = columnsOf(s, spec);
  rows.forEach((row, k) => {
    for (const [id, value] of Object.entries(row)) if (value !== undefined) s.getRange(2 + k, at.get(id)!).setValue(value);
  });
}

function filled(fake: Fake, lang?: 'en') {
  setupWorkbook();
  write(fake, PROJECTS, PROJECTS_ROWS);
  write(fake, VALUATION, OUTCOMES);
  fake.spreadsheet.getRangeByName('TAUX_ACTUALISATION')!.setValue(0.1);
  if (lang) fake.spreadsheet.getRangeByName('LANGUE')!.setValue(lang);
}

function evaluated(lang?: 'en') {
  const fake = workbookFake();
  try {
    filled(fake, lang);
    const { errors } = evaluateWorkbook(fake, loadAddon({}));
    const projets = sheet(fake, PROJECTS.name.fr);
    const at = columnsOf(projets, PROJECTS);
    const value = (id: string, column: string) => projets.getRange(2 + PROJECTS_ROWS.findIndex((p) => p.id === id), at.get(column)!).getValue();
    const valuation = sheet(fake, VALUATION.name.fr);
    const presentValue = (k: number) => valuation.getRange(2 + k, columnsOf(valuation, VALUATION).get('present-value')!).getValue();
    return { errors, value, presentValue };
  } finally {
    fake.done();
  }
}

const FIGURES = ['social-value', 'npv', 'net-sroi', 'sroi', 'payback'];

test('NPV, net SROI, SROI and payback of a project with two instalments and an outcome that starts a year later', () => {
  const { errors, value, presentValue } = evaluated();
  expect(errors).toEqual([]);
  expect(presentValue(1)).toBeCloseTo(1000, 9); // 1 210/1.1² : the start moves it to year 2
  const [social, npv, net, sroi, payback] = FIGURES.map((c) => value('P-0001', c) as number);
  // PV = 10 000 + 9 090.909… + 1 000 = 20 090.909…; invested 10 000 + 5 500/1.1 = 15 000.
  expect(social).toBeCloseTo(20090.909091, 5);
  expect(npv).toBeCloseTo(5090.909091, 5); // 20 090.909… − 15 000
  expect(net).toBeCloseTo(0.339394, 6); // 5 090.909… / 15 000
  expect(sroi).toBeCloseTo(1.339394, 6); // 20 090.909… / 15 000: every year of the investment counts
  // Balance −10 000; year 1 brings 10 000 (0 at the end of year 1), then −5 000 invested; year 2
  // brings 9 090.909… + 1 000 = 10 090.909…: paid back 5 000/10 090.909… = 0.4955 into year 2,
  // 12 × 1.4955 = 17.946 months.
  expect(payback).toBeCloseTo(12 * (1 + 5000 / (111000 / 11)), 9);
});

test('no investment, no outcome, never paid back, a ⚠ outcome: statuses and blanks, never #VALUE!', () => {
  const { value } = evaluated();
  // Valued but no investment: SROI_NPV and SROI_PAYBACK say so; SROI_RATIO too.
  expect(FIGURES.slice(1).map((c) => value('P-0002', c))).toEqual([
    '⚠ incomplet : investissement manquant',
    '',
    '⚠ incomplet : investissement manquant',
    '⚠ incomplet : investissement manquant',
  ]);
  // An investment without any valued outcome: no figure at all (not an NPV of −8 000).
  expect(FIGURES.map((c) => value('P-0003', c))).toEqual(['', '', '', '', '']);
  // 1 000 against 5 000: NPV −4 000, net −0.8, SROI 0.2, not paid back within the outcome's year.
  const [npv, net, sroi, payback] = FIGURES.slice(1).map((c) => value('P-0004', c));
  expect([npv, net, sroi].map((v) => Number((v as number).toFixed(9)))).toEqual([-4000, -0.8, 0.2]);
  expect(payback).toBe('non remboursé sur la durée des effets');
  // A start that ends the outcome after 50 years: ⚠ in Valorisation, the warning in « Valeur sociale »
  // and « SROI » (as before), and no NPV or payback computed from the other outcomes.
  const social = value('P-0005', 'social-value');
  expect(social).toMatch(/^⚠ Valorisation : un effet de ce projet n’est pas valide/);
  expect(value('P-0005', 'sroi')).toBe(social);
  expect(['npv', 'net-sroi', 'payback'].map((c) => value('P-0005', c))).toEqual(['', '', '']);
});

test('an investment paid from year 2 only: the sheet and the panel read it alike (core readInstalments)', () => {
  const { errors, value } = evaluated();
  expect(errors).toEqual([]);
  // PV 20 000 against 10 000 invested: NPV 10 000, net SROI 1, SROI 2.
  const [social, npv, net, sroi] = FIGURES.slice(0, 4).map((c) => value('P-0006', c) as number);
  expect([social, npv, net, sroi].map((v) => Number(v.toFixed(9)))).toEqual([20000, 10000, 1, 2]);
  const fake = workbookFake();
  try {
    filled(fake);
    evaluateWorkbook(fake, loadAddon({}));
    // The panel: 0 € the first year, 11 000 € the second (it said « no investment » before), the same ratio.
    const v = getProject({ id: 'P-0006' }).valuation;
    expect([v.investment, ...v.instalments]).toEqual([0, 11000, 0]);
    const panel = projectFigures(v.computed, { amounts: [v.investment!, ...v.instalments], rate: v.rate });
    expect(panel.netPresentValue).toBeCloseTo(npv, 6);
    expect(panel.netRatio).toBeCloseTo(net, 9);
  } finally {
    fake.done();
  }
});

test('a start that ends the outcome after 50 years is named in Valorisation, with what to change', () => {
  const { presentValue } = evaluated();
  expect(presentValue(4)).toMatch(/« 49 » : l’effet finirait après 50 ans \(début 49 \+ durée 2\) ; raccourcissez la durée ou avancez le début/);
});

test('in English with LANGUE = en', () => {
  const { value } = evaluated('en');
  expect(value('P-0004', 'payback')).toBe('not paid back within the outcomes’ duration');
  // SROI_PAYBACK takes LANGUE; SROI_NPV and SROI_RATIO have no language argument (part 1's contract).
  expect(value('P-0002', 'payback')).toBe('⚠ incomplete: investment missing');
});

test('custom-function runs per Valorisation edit: SROI_VALUE, then SROI_NPV, SROI_YEARS and SROI_PAYBACK once each', () => {
  const fake = workbookFake();
  try {
    filled(fake);
    const valuation = sheet(fake, VALUATION.name.fr);
    const runs = runsAfterEdit(fake, loadAddon({}), VALUATION.name.fr, 2, columnsOf(valuation, VALUATION).get('proxy')!);
    expect(runs).toEqual({ SROI_VALUE: 1, SROI_RATIO: 1, SROI_NPV: 1, SROI_YEARS: 1, SROI_PAYBACK: 1 });
  } finally {
    fake.done();
  }
});

test('the demo: an outcome that starts a year later (La Collective) and an investment over three years (Lustrac)', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    const projets = sheet(fake, PROJECTS.name.fr);
    const at = columnsOf(projets, PROJECTS);
    const ids = projets
      .getRange(2, at.get('id')!, projets.getLastRow() - 1, 1)
      .getValues()
      .flat();
    const figures = (id: string) => FIGURES.map((c) => projets.getRange(2 + ids.indexOf(id), at.get(c)!).getValue());
    // P-0003: 4 × 15 000 € × 0.7 × 0.7 = 29 400 € from year 2 (start 1), −10 %/year over 5 years, at 3.5 %:
    // 29 400/1.035² (27 445.21) + 26 460/1.035³ (23 865.40) + 23 814/1.035⁴ (20 752.53)
    // + 21 432.6/1.035⁵ (18 045.67) + 19 289.34/1.035⁶ (15 691.89) = 105 800.71 €; invested 60 000 €:
    // NPV 45 800.71, net 0.7633, SROI 1.7633. Payback: nothing in year 1, 51 310.61 after year 3,
    // (60 000 − 51 310.61)/20 752.53 = 0.4187 into year 4: 3.4187 years = 41.02 months.
    const [social, npv, net, sroi, payback] = figures('P-0003') as number[];
    expect(social).toBeCloseTo(105800.71, 2);
    expect(npv).toBeCloseTo(45800.71, 2);
    expect(net).toBeCloseTo(0.76335, 5);
    expect(sroi).toBeCloseTo(1.76335, 5);
    expect(payback).toBeCloseTo(41.0246, 3);
    // P-0007: 6 × 4 000 € × 0.9 × 0.6 = 12 960 € a year over years 2–11 (start 1, 10 years):
    // 12 960 × (1 − 1.035⁻¹⁰)/0.035 / 1.035 = 12 960 × 8.035367 = 104 138.36 €; invested 200 000 +
    // 100 000/1.035 (96 618.36) + 50 000/1.035² (46 675.53) = 343 293.89 €: NPV −239 155.53,
    // net −0.6966, SROI 0.3034, never paid back within the 11 years.
    const lustrac = figures('P-0007');
    expect(lustrac[0]).toBeCloseTo(104138.36, 2);
    expect(lustrac[1]).toBeCloseTo(-239155.53, 2);
    expect(lustrac[2]).toBeCloseTo(-0.69665, 5);
    expect(lustrac[3]).toBeCloseTo(0.30335, 5);
    expect(lustrac[4]).toBe('non remboursé sur la durée des effets');
    // The panel shows the same figures: what getProject sends, computed by core as the panel does (to the
    // cent: the formula engine rounds its results to about ten significant digits).
    for (const id of ['P-0003', 'P-0007']) {
      const v = getProject({ id }).valuation;
      const panel = projectFigures(v.computed, { amounts: [v.investment!, ...v.instalments], rate: v.rate });
      const [sheetValue, sheetNpv, sheetNet] = figures(id) as number[];
      expect(panel.presentValue).toBeCloseTo(sheetValue, 2);
      expect(panel.netPresentValue).toBeCloseTo(sheetNpv, 2);
      expect(panel.netRatio).toBeCloseTo(sheetNet, 8);
    }
  } finally {
    fake.done();
  }
});
