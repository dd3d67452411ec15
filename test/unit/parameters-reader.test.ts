import { parseThreshold } from '../../src/core/srl/level';
import { parseCountedWeights } from '../../src/core/weights';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { buildDashboard } from '../../src/server/actions/build-dashboard';
import { loadDemo } from '../../src/server/actions/load-demo';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { getSettings, readScoringSettings } from '../../src/server/sidebar/scoring-settings';
import { ALL_PARAMETERS, readParameters } from '../../src/sheets/parameters-reader';
import { thrownMessage } from '../helpers/expect';
import { call } from '../helpers/functions';
import { sheet, workbookFake, type Fake } from '../helpers/workbook';

/**
 * One reader of the Paramètres settings (sidebar and dashboard), with the formulas' rules: a value
 * the formulas accept is read as they read it; one they reject falls back to its default, reported.
 */
let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
  setupWorkbook();
});
afterEach(() => fake.done());

const run = (fn: string, ...args: unknown[]) => CUSTOM_FUNCTIONS.find((f) => f.name === fn)!.run(...args);
const accepts = (call: () => unknown) => {
  try {
    call();
    return true;
  } catch {
    return false;
  }
};
const setRange = (name: string, values: unknown[]) => fake.spreadsheet.getRangeByName(name)!.setValues(values.map((v) => [v]) as never);

describe('the SRL threshold is read as SRL_LEVEL reads its threshold', () => {
  test.each<[unknown, number | 'rejected']>([
    ['80 %', 0.8],
    ['0,8', 0.8],
    [0.8, 0.8],
    [1, 1],
    ['', 1], // blank: the default, as an omitted argument
    [0, 'rejected'], // SRL_LEVEL refuses 0 (every level would count as reached)
    ['0 %', 'rejected'],
    [80, 'rejected'], // ambiguous: 80 % or 0,8 %?
    ['150 %', 'rejected'],
    ['beaucoup', 'rejected'],
  ])('%p → %p', (value, expected) => {
    const evidence = [[1, 1, 1, 1, 1, 1, 1, 1, 1]];
    expect(accepts(() => run('SRL_LEVEL', evidence, value))).toBe(expected !== 'rejected');
    setRange('SEUIL_SRL', [value]);
    const { parameters, problems } = readParameters(fake.spreadsheet, ['srlThreshold']);
    expect(parameters.srlThreshold).toBe(expected === 'rejected' ? 1 : expected);
    expect(problems).toHaveLength(expected === 'rejected' ? 1 : 0);
  });
});

describe('the discount rate is read as SROI_VALUE reads its rate', () => {
  test.each<[unknown, number | 'rejected']>([
    ['3,5 %', 0.035],
    [0.05, 0.05],
    ['0,02', 0.02],
    [0, 0],
    ['', 0.035], // blank: the default, as an omitted argument
    [1, 'rejected'], // SROI_VALUE refuses 100 % and more
    ['100 %', 'rejected'],
    [5, 'rejected'], // ambiguous: 5 % or 500 %?
    ['élevé', 'rejected'],
  ])('%p → %p', (value, expected) => {
    expect(accepts(() => run('SROI_VALUE', 1, 100, '', '', '', '', '', value))).toBe(expected !== 'rejected');
    setRange('TAUX_ACTUALISATION', [value]);
    const { parameters, problems } = readParameters(fake.spreadsheet, ['discountRate']);
    expect(parameters.discountRate).toBe(expected === 'rejected' ? 0.035 : expected);
    expect(problems).toHaveLength(expected === 'rejected' ? 1 : 0);
    if (expected === 'rejected') expect(problems[0].fr).toMatch(/^Paramètres, taux d’actualisation : .* ; le taux par défaut \(3,5 %\) est utilisé\.$/);
  });
});

describe('the reassessment period is a whole number of months from 1, as Projets « Suivi » compares it', () => {
  test.each<[unknown, number | 'rejected']>([
    [6, 6],
    [12, 12],
    ['9', 9],
    ['', 6], // blank: the default
    [0, 'rejected'],
    [2.5, 'rejected'],
    [-3, 'rejected'],
    ['six', 'rejected'],
  ])('%p → %p', (value, expected) => {
    setRange('DELAI_REEVALUATION', [value]);
    const { parameters, problems } = readParameters(fake.spreadsheet, ['reassessMonths']);
    expect(parameters.reassessMonths).toBe(expected === 'rejected' ? 6 : expected);
    expect(problems).toHaveLength(expected === 'rejected' ? 1 : 0);
    if (expected === 'rejected') expect(problems[0].fr).toMatch(/^Paramètres, délai de réévaluation : .* ; le délai par défaut \(6 mois\) est utilisé\.$/);
  });
});

describe('weights are read as AMI_SCORE and SIAT_INDEX read their weights', () => {
  const ones = (n: number) => Array.from({ length: n }, () => 1);
  test.each<[string, unknown[], number[] | 'rejected']>([
    ['all 1', ones(12), ones(12)],
    ['text numbers and a 0', ['2,5', 0, ...ones(10)], [2.5, 0, ...ones(10)]],
    ['a blank weight', ['', ...ones(11)], 'rejected'],
    ['a negative weight', [-1, ...ones(11)], 'rejected'],
    ['a word', ['lourd', ...ones(11)], 'rejected'],
    ['all zero', Array(12).fill(0), 'rejected'],
  ])('AMI: %s', (_, weights, expected) => {
    expect(
      accepts(() =>
        run(
          'AMI_SCORE',
          [Array(12).fill(2)],
          weights.map((w) => [w]),
        ),
      ),
    ).toBe(expected !== 'rejected');
    setRange('AMI_POIDS', weights);
    const { parameters, problems } = readParameters(fake.spreadsheet, ['amiWeights']);
    expect(parameters.amiWeights).toEqual(expected === 'rejected' ? ones(12) : expected);
    expect(problems).toHaveLength(expected === 'rejected' ? 1 : 0);
  });

  test('SIAT: the message names a dimension, and equal weights are used', () => {
    setRange('SIAT_POIDS', [1, '', 1, 1, 1]);
    expect(accepts(() => run('SIAT_INDEX', [[3, 3, 3, 3, 3]], [[1], [''], [1], [1], [1]]))).toBe(false);
    const { parameters, problems } = readParameters(fake.spreadsheet, ALL_PARAMETERS);
    expect(parameters.siatWeights).toEqual([1, 1, 1, 1, 1]);
    expect(problems).toEqual([
      {
        fr: 'Paramètres, poids SIAT : le poids n° 2 est vide (mettez 0 pour ignorer cette dimension) ; des poids égaux sont utilisés.',
        en: 'Settings, SIAT weights: weight #2 is empty (put 0 to ignore this dimension); equal weights are used.',
      },
    ]);
  });

  test('a missing named range: defaults, and the message says how to get it back', () => {
    fake.spreadsheet.removeNamedRange('AMI_POIDS');
    const { parameters, problems } = readParameters(fake.spreadsheet, ['amiWeights']);
    expect(parameters.amiWeights).toEqual(ones(12));
    expect(problems[0].fr).toBe(
      'Paramètres, poids AMI : la plage nommée AMI_POIDS est introuvable (« Diagnostic du classeur » puis « Créer / compléter le classeur » la recréent) ; des poids égaux sont utilisés.',
    );
  });
});

test('the sidebar reads « 80 % » as 80 %, as the formulas do (it used to fall back to 100 %)', () => {
  setRange('SEUIL_SRL', ['80 %']);
  setRange('AMI_POIDS', ['2', ...Array(11).fill(1)]);
  expect(readScoringSettings(fake.spreadsheet)).toEqual({
    amiWeights: [2, ...Array(11).fill(1)],
    srlThreshold: 0.8,
    siatWeights: [1, 1, 1, 1, 1],
    siatVariant: 'general',
  });
  // The panel's endpoint (read once per panel, not with each project): the same reading.
  expect(getSettings({ lang: 'fr' })).toEqual(readScoringSettings(fake.spreadsheet));
});

test('the dashboard refuses a threshold of 0 as SRL_LEVEL does: default used, and the toast says so', () => {
  fake.done();
  fake = workbookFake();
  loadDemo();
  const levels = () => {
    const block = sheet(fake, 'Tableau de bord').getRange(1, 1, 80, 3).getValues();
    return block
      .slice(block.findIndex((r) => r[0] === 'Niveau SRL') + 1)
      .slice(0, 10)
      .map((r) => r[1]);
  };
  buildDashboard();
  const byDefault = levels();
  fake.spreadsheet.getRangeByName('SEUIL_SRL')!.setValue(0);
  buildDashboard();
  expect(levels()).toEqual(byDefault);
  expect(fake.ui.toasts.at(-1)!.message).toContain(
    'Paramètres, seuil SRL : « 0 » doit être supérieur à 0 (jusqu’à 1, soit 100 %) ; le seuil par défaut (100 %) est utilisé.',
  );
});

describe('each rule is written once in core, with its own words; only the lead-in differs between the function and the reader', () => {
  // The rule's words as core says them, without any caller's lead-in.
  const words = (rule: () => unknown) => thrownMessage(rule);

  test('the SRL threshold: parseThreshold (core/srl/level.ts)', () => {
    const rule = words(() => parseThreshold(0, () => ''));
    expect(rule).toBe('doit être supérieur à 0 (jusqu’à 1, soit 100 %)');
    expect(thrownMessage(() => call('SRL_LEVEL', [[1, 1, 1, 1, 1, 1, 1, 1, 1]], 0))).toBe(`SRL_LEVEL : threshold : « 0 » : ${rule}`);
    setRange('SEUIL_SRL', [0]);
    expect(readParameters(fake.spreadsheet, ['srlThreshold']).problems[0].fr).toBe(
      `Paramètres, seuil SRL : « 0 » ${rule} ; le seuil par défaut (100 %) est utilisé.`,
    );
  });

  test('the number of weights: parseCountedWeights (core/weights.ts)', () => {
    const rule = words(() => parseCountedWeights([1], 12, { fr: 'ce critère', en: 'this criterion' }, { fr: '', en: '' }));
    expect(rule).toBe('il faut 12 poids');
    expect(thrownMessage(() => call('AMI_SCORE', [[3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]], [[1, 1]]))).toBe(
      `AMI_SCORE : weights : ${rule} (un par critère de la grille AMI), en ligne ou en colonne`,
    );
    // A range one row short (as a workbook made before a 13th criterion would be).
    fake.spreadsheet.setNamedRange('AMI_POIDS', fake.spreadsheet.getRangeByName('AMI_POIDS')!.offset(0, 0, 11, 1));
    expect(readParameters(fake.spreadsheet, ['amiWeights']).problems[0].fr).toBe(
      `Paramètres, poids AMI : ${rule}, la plage a 11 cellules ; des poids égaux sont utilisés.`,
    );
  });
});
