import type { Lang, Text } from '../core/i18n';
import { parseNumber } from '../core/cells/number';
import { isBlank } from '../core/cells/text';
import { Problem, problem, quote } from '../core/problem';
import { netPresentValue, netSroiRatio, paybackMonths } from '../core/sroi/conventions';
import { investedAmount, investmentPresentValue, investmentPresentValues, readInstalments, type Investment } from '../core/sroi/flows';
import { EURO, OUTCOME_INPUTS, OUTCOME_READERS, readOptionalInput, readOutcome } from '../core/sroi/inputs';
import { ASSUMPTION_NAMES, oneAtATime, SENSITIVITY_ASSUMPTIONS, switchingValue } from '../core/sroi/sensitivity';
import { MAX_YEARS, presentValue, SROI_DEFAULTS, sroiRatio, yearPresentValues, type Outcome } from '../core/sroi/valuation';
import { located, WARNING } from './messages';
import { cells, type Column, column, LANG_PARAM, perRowOf } from './params';
import { CallError, CellProblem, cell, rowwise, type RowResult } from './rows';
import { fromGrid, toGrid, type Grid } from './shapes';
import { defineFunction, type ArgShape, type Call, type ParamSpec, type ParamType } from './spec';

// One parameter per input of core's OUTCOME_INPUTS, in that order: core reads each cell (readOutcome).
const PARAMS = [
  {
    name: 'quantity',
    type: column(),
    example: 'E2:E',
    column: { fr: 'quantité', en: 'quantity' },
    help: { fr: 'Quantité de l’effet (personnes, heures…), ≥ 0.', en: 'Quantity of the outcome (people, hours…), ≥ 0.' },
  },
  {
    name: 'proxy',
    type: column(),
    example: 'G2:G',
    column: { fr: 'proxy financier', en: 'financial proxy' },
    help: {
      fr: 'Proxy financier : valeur en € par unité et par an (négative pour un effet négatif).',
      en: 'Financial proxy: € per unit per year (negative for a negative outcome).',
    },
  },
  {
    name: 'deadweight',
    type: column(),
    example: 'I2:I',
    optional: true,
    column: { fr: 'point mort', en: 'deadweight' },
    help: {
      fr: 'Facultatif : point mort (ce qui serait arrivé de toute façon), 0–1 ou %. Par défaut 0.',
      en: 'Optional: deadweight (what would have happened anyway), 0–1 or %. Default 0.',
    },
  },
  {
    name: 'attribution',
    type: column(),
    example: 'J2:J',
    optional: true,
    column: { fr: 'attribution', en: 'attribution' },
    help: { fr: 'Facultatif : part due à d’autres acteurs, 0–1 ou %. Par défaut 0.', en: 'Optional: share due to other actors, 0–1 or %. Default 0.' },
  },
  {
    name: 'displacement',
    type: column(),
    example: 'K2:K',
    optional: true,
    column: { fr: 'déplacement', en: 'displacement' },
    help: {
      fr: 'Facultatif : part de valeur déplacée ailleurs, 0–1 ou %. Par défaut 0.',
      en: 'Optional: share of value displaced elsewhere, 0–1 or %. Default 0.',
    },
  },
  {
    name: 'dropoff',
    type: column(),
    example: 'L2:L',
    optional: true,
    column: { fr: 'érosion', en: 'drop-off' },
    help: { fr: 'Facultatif : érosion annuelle de l’effet, 0–1 ou %. Par défaut 0.', en: 'Optional: yearly drop-off of the outcome, 0–1 or %. Default 0.' },
  },
  {
    name: 'years',
    type: column(),
    example: 'M2:M',
    optional: true,
    column: { fr: 'durée (années)', en: 'duration (years)' },
    help: { fr: 'Facultatif : durée de l’effet en années, entier 1–50. Par défaut 1.', en: 'Optional: duration in years, whole number 1–50. Default 1.' },
  },
  {
    name: 'rate',
    type: column({ shared: true }),
    example: 'TAUX_ACTUALISATION',
    optional: true,
    column: { fr: 'taux d’actualisation', en: 'discount rate' },
    help: { fr: 'Facultatif : taux d’actualisation, 0–1 ou %. Par défaut 3,5 %.', en: 'Optional: discount rate, 0–1 or %. Default 3.5%.' },
  },
  {
    name: 'start',
    type: column(),
    example: '1',
    optional: true,
    column: { fr: 'début (années après l’action)', en: 'start (years after the activity)' },
    help: {
      fr: 'Facultatif : début de l’effet, en années entières après l’action (0 pendant l’action, 1 la période suivante). Par défaut 0. La durée compte à partir de ce début ; début + durée ≤ 50.',
      en: 'Optional: start of the outcome, in whole years after the activity (0 during it, 1 the period after). Default 0. The duration counts from the start; start + duration ≤ 50.',
    },
  },
] as const satisfies readonly (ParamSpec<Column> & { column: Text })[];

/** The rows of the outcome columns (one cell applies to every row), and which arguments are columns. */
function outcomeTable(inputs: readonly Column[]): { table: Grid; isBlankRow: (cells: unknown[]) => boolean } {
  // Arguments that are one cell apply to every row; the runner checked that the columns share one height.
  const height = Math.max(1, ...inputs.map((c) => (c.shared ? 1 : c.values.length)));
  const table: Grid = Array.from({ length: height }, (_, r) => inputs.map((c) => c.at(r)));
  const columns = inputs.map((c) => !c.shared);
  const anyColumn = columns.some(Boolean);
  // A row is blank when its own cells are: broadcast scalars (a shared rate) do not make it a project.
  return { table, isBlankRow: (cells) => cells.every((c, i) => (anyColumn && !columns[i]) || isBlank(c)) };
}

const INCOMPLETE_OUTCOME: Text = { fr: 'incomplet : quantité et proxy requis', en: 'incomplete: quantity and proxy required' };

/** One result row per outcome row, from the outcome core reads (readOutcome), through the one adapter. */
function perOutcome(call: Call, inputs: readonly Column[], outWidth: number, result: (o: Outcome) => unknown[]): unknown {
  return rowwise({
    ...call,
    ...outcomeTable(inputs),
    outWidth,
    columnName: (i, l) => PARAMS[i].column[l],
    row: (cells): RowResult => {
      const outcome = readOutcome(cells, (i, read) => cell(cells, i, read));
      return outcome ? result(outcome) : { status: INCOMPLETE_OUTCOME };
    },
  });
}

const outcomeRows = (args: readonly ArgShape[]) => Math.max(1, ...args.map((a) => (a.columns === 1 ? a.rows : 1)));

export const SROI_VALUE = defineFunction({
  name: 'SROI_VALUE',
  summary: {
    fr: 'Valeur sociale actualisée d’un effet (méthode SROI) : quantité × proxy, nette du point mort, de l’attribution et du déplacement, avec érosion et actualisation sur la durée.',
    en: 'Present social value of an outcome (SROI method): quantity × proxy net of deadweight, attribution and displacement, with drop-off and discounting over the duration.',
  },
  params: PARAMS,
  returns: { fr: 'Une colonne : la valeur actualisée en € de chaque effet.', en: 'One column: each outcome’s present value in €.' },
  exampleSheet: 'valuation',
  example: '=SROI_VALUE(E2:E; G2:G; I2:I; J2:J; K2:K; L2:L; M2:M; TAUX_ACTUALISATION)',
  resultShape: (args: readonly ArgShape[]) => ({ rows: outcomeRows(args), columns: 1 }),
  body: (call, ...inputs) => perOutcome(call, inputs, 1, (o) => [presentValue(o)]),
});

export const SROI_YEARS = defineFunction({
  name: 'SROI_YEARS',
  summary: {
    fr: 'Valeur actualisée de chaque année d’un effet (méthode SROI) : une colonne par année après l’action, 0 avant le début de l’effet, vide après sa fin.',
    en: 'Present value of each year of an outcome (SROI method): one column per year after the activity, 0 before the outcome starts, empty after it ends.',
  },
  params: PARAMS,
  returns: {
    fr: `${MAX_YEARS} colonnes par effet : la valeur actualisée en € des années 1 à ${MAX_YEARS} (leur somme est SROI_VALUE).`,
    en: `${MAX_YEARS} columns per outcome: the present value in € of years 1 to ${MAX_YEARS} (their sum is SROI_VALUE).`,
  },
  exampleSheet: 'valuation',
  example: '=SROI_YEARS(E2:E; G2:G; I2:I; J2:J; K2:K; L2:L; M2:M; TAUX_ACTUALISATION)',
  resultShape: (args: readonly ArgShape[]) => ({ rows: outcomeRows(args), columns: MAX_YEARS }),
  body: (call, ...inputs) =>
    perOutcome(call, inputs, MAX_YEARS, (o) => {
      const years: unknown[] = yearPresentValues(o);
      while (years.length < MAX_YEARS) years.push('');
      return years;
    }),
});

function positiveInvestment(v: unknown): number {
  const n = parseNumber(v, EURO);
  if (!(n > 0)) throw problem(`${quote(v, 'fr')} : l’investissement doit être supérieur à 0 €`, `${quote(v, 'en')}: the investment must be above €0`);
  return n;
}

export const SROI_RATIO = defineFunction({
  name: 'SROI_RATIO',
  summary: {
    fr: 'Ratio SROI : somme des valeurs actualisées ÷ investissement (cellules vides ignorées).',
    en: 'SROI ratio: sum of present values ÷ investment (empty cells ignored).',
  },
  params: [
    {
      name: 'present_values',
      type: cells(),
      example: 'AA2:AA',
      help: { fr: 'Les valeurs actualisées (p. ex. le résultat de SROI_VALUE).', en: 'The present values (e.g. the result of SROI_VALUE).' },
    },
    {
      name: 'investment',
      type: perRowOf('present_values', positiveInvestment, { fr: 'un montant > 0 €', en: 'an amount > €0' }),
      example: 'I2:I',
      help: {
        fr: 'L’investissement en € (> 0). Une cellule : un ratio pour toute la plage ; une colonne de même hauteur : un ratio par ligne.',
        en: 'The investment in € (> 0). One cell: one ratio for the whole range; a column of the same height: one ratio per row.',
      },
    },
  ],
  returns: { fr: 'Le ratio SROI (p. ex. 3,2 € de valeur sociale par euro investi).', en: 'The SROI ratio (e.g. €3.2 of social value per euro invested).' },
  exampleSheet: 'projects',
  example: '=SROI_RATIO(AA2:AA; I2:I)',
  resultShape: (args) => (args[1] && args[1].rows > 1 ? { rows: args[1].rows, columns: 1 } : { rows: 1, columns: 1 }),
  body(call, values, investment) {
    const sum = (row: readonly unknown[]) => row.reduce<number>((acc, c, i) => acc + (isBlank(c) ? 0 : cell(row, i, (v) => parseNumber(v, EURO))), 0);
    if (investment.shared) {
      const inv = investment.values[0] as number;
      // One ratio for the whole range: every row is part of it, so treat it as a single-row call.
      return rowwise({
        ...call,
        table: [values.flat()],
        outWidth: 1,
        columnName: (i, l) => (l === 'en' ? `value #${i + 1}` : `valeur n° ${i + 1}`),
        isBlankRow: () => false,
        row: (cells): RowResult => [sroiRatio(sum(cells), inv)],
      });
    }
    const width = values[0].length;
    return rowwise({
      ...call,
      table: values.map((row, r) => [...row, investment.at(r)]),
      outWidth: 1,
      columnName: (i, l) => (i === width ? (l === 'en' ? 'investment' : 'investissement') : l === 'en' ? `value #${i + 1}` : `valeur n° ${i + 1}`),
      row: (cells): RowResult => {
        if (isBlank(cells[width])) return { status: { fr: 'incomplet : investissement manquant', en: 'incomplete: investment missing' } };
        return [sroiRatio(sum(cells.slice(0, width)), cell(cells, width, positiveInvestment))];
      },
    });
  },
});

// ---- Issue 13: the rest of the SROI method (NPV, payback, sensitivity) --------------------------------

/** A discount rate option: blank is SROI_VALUE's default (3,5 %). */
const RATE: ParamType<number> = { name: 'rate', kind: 'option', jsdoc: 'number', parse: OUTCOME_READERS.rate };

const RATE_PARAM = {
  name: 'rate',
  type: RATE,
  example: 'TAUX_ACTUALISATION',
  optional: true,
  default: SROI_DEFAULTS.rate,
  help: {
    fr: 'Facultatif : taux d’actualisation des montants investis les années suivantes, 0–1 ou %. Par défaut 3,5 %.',
    en: 'Optional: discount rate of the amounts invested in later years, 0–1 or %. Default 3.5%.',
  },
} as const satisfies ParamSpec<number>;

/** Investment amounts: one row for the whole range, or one row per row of `of` (a range as tall). */
interface Amounts {
  rows: Grid;
  perRow: boolean;
}

function amountsBeside(of: string): ParamType<Amounts> {
  return {
    name: `amounts(${of})`,
    kind: 'data',
    jsdoc: 'number|Array<Array<*>>',
    read(arg, { param, earlier, fail }) {
      const grid = toGrid(arg);
      if (grid.length === 1 && grid[0].every(isBlank))
        fail({ fr: `l’argument ${param} est requis (un montant > 0 €)`, en: `${param} is required (an amount > €0)` });
      const rows = (earlier.get(of) as Grid).length;
      if (grid.length !== 1 && grid.length !== rows) {
        fail({
          fr: `l’argument ${param} doit être une ligne de montants (un par année), ou une plage de ${rows} lignes comme ${of}`,
          en: `${param} must be one row of amounts (one per year), or a range of ${rows} rows like ${of}`,
        });
      }
      return { rows: grid, perRow: grid.length > 1 };
    },
  };
}

const INVESTMENT_HELP: Text = {
  fr: 'L’investissement en € : un montant, ou une ligne de montants par année (le premier aujourd’hui, les suivants actualisés). Une ligne : un résultat pour toute la plage ; une plage de même hauteur : un résultat par ligne.',
  en: 'The investment in €: one amount, or a row of amounts per year (the first today, the next ones discounted). One row: one result for the whole range; a range of the same height: one result per row.',
};

const INVESTMENT_MISSING: Text = { fr: 'incomplet : investissement manquant', en: 'incomplete: investment missing' };

/**
 * The investment of a row whose amounts are cells `from`… of `cells` (blank: 0): its present value by
 * core's convention, a status when every amount is blank, a Problem when it is not above 0 €.
 */
function readInvestment(cells: readonly unknown[], from: number, rate: number): Investment | { status: Text } {
  const raw = cells.slice(from);
  const amounts = readInstalments(raw, (_, i) => cell(cells, from + i, investedAmount));
  if (!amounts) return { status: INVESTMENT_MISSING };
  const inv = { amounts, rate };
  if (!(investmentPresentValue(inv) > 0)) cell(cells, from, () => positiveInvestment(raw.length === 1 ? raw[0] : 0));
  return inv;
}

const amountName = (i: number, l: Lang) => (l === 'en' ? `investment, amount #${i + 1}` : `investissement, montant n° ${i + 1}`);

/** The table rowwise reads: one row of every value then the amounts (whole range), or row by row. */
function withAmounts(values: Grid, inv: Amounts): { table: Grid; width: number } {
  if (!inv.perRow) return { table: [[...values.flat(), ...inv.rows[0]]], width: values.flat().length };
  return { table: values.map((row, r) => [...row, ...inv.rows[r]]), width: values[0].length };
}

const oneOrPerRow = (columns: number) => (args: readonly ArgShape[]) => ({ rows: args[1] && args[1].rows > 1 ? args[1].rows : 1, columns });

export const SROI_NPV = defineFunction({
  name: 'SROI_NPV',
  summary: {
    fr: 'Valeur actuelle nette (valeurs actualisées − investissement actualisé) et ratio SROI net (VAN ÷ investissement).',
    en: 'Net present value (present values − discounted investment) and net SROI ratio (NPV ÷ investment).',
  },
  params: [
    {
      name: 'present_values',
      type: cells(),
      example: 'AA2:AA',
      help: {
        fr: 'Les valeurs actualisées (p. ex. le résultat de SROI_VALUE) ; cellules vides ignorées.',
        en: 'The present values (e.g. the result of SROI_VALUE); empty cells ignored.',
      },
    },
    { name: 'investment', type: amountsBeside('present_values'), example: 'I2:I', help: INVESTMENT_HELP },
    RATE_PARAM,
  ],
  returns: { fr: '2 colonnes : la VAN en € et le ratio SROI net.', en: '2 columns: the NPV in € and the net SROI ratio.' },
  exampleSheet: 'projects',
  example: '=SROI_NPV(AA2:AA; I2:I; TAUX_ACTUALISATION)',
  resultShape: oneOrPerRow(2),
  body(call, values, investment, rate) {
    const { table, width } = withAmounts(values, investment);
    return rowwise({
      ...call,
      table,
      outWidth: 2,
      columnName: (i, l) => (i >= width ? amountName(i - width, l) : l === 'en' ? `value #${i + 1}` : `valeur n° ${i + 1}`),
      isBlankRow: investment.perRow ? undefined : () => false,
      row: (cells): RowResult => {
        const pv = cells.slice(0, width).reduce<number>((acc, c, i) => acc + (isBlank(c) ? 0 : cell(cells, i, (v) => parseNumber(v, EURO))), 0);
        const inv = readInvestment(cells, width, rate);
        if ('status' in inv) return inv;
        const invested = investmentPresentValue(inv);
        return [netPresentValue(pv, invested), netSroiRatio(pv, invested)];
      },
    });
  },
});

const NOT_PAID_BACK: Text = { fr: 'non remboursé sur la durée des effets', en: 'not paid back within the outcomes’ duration' };

export const SROI_PAYBACK = defineFunction({
  name: 'SROI_PAYBACK',
  summary: {
    fr: 'Délai de récupération en mois : quand la somme des valeurs actualisées année par année atteint l’investissement actualisé (et ne repasse plus en dessous).',
    en: 'Payback period in months: when the running sum of present values, year by year, reaches the discounted investment (and stays there).',
  },
  params: [
    {
      name: 'year_values',
      type: cells(),
      example: 'SROI_YEARS(E2:E; G2:G; I2:I; J2:J; K2:K; L2:L; M2:M)',
      help: {
        fr: 'Les valeurs actualisées par année, une colonne par année (le résultat de SROI_VALUE par année : SROI_YEARS).',
        en: 'The present values per year, one column per year (the yearly result: SROI_YEARS).',
      },
    },
    { name: 'investment', type: amountsBeside('year_values'), example: '60000', help: INVESTMENT_HELP },
    RATE_PARAM,
    LANG_PARAM,
  ],
  returns: {
    fr: 'Le délai en mois (p. ex. 30 pour deux ans et demi), ou « non remboursé sur la durée des effets ».',
    en: 'The period in months (e.g. 30 for two and a half years), or "not paid back within the outcomes’ duration".',
  },
  exampleSheet: 'valuation',
  example: '=SROI_PAYBACK(SROI_YEARS(E2:E; G2:G; I2:I; J2:J; K2:K; L2:L; M2:M; TAUX_ACTUALISATION); 60000; TAUX_ACTUALISATION)',
  resultShape: oneOrPerRow(1),
  body(call, values, investment, rate) {
    const years = values[0].length;
    const { table, width } = withAmounts(values, investment);
    return rowwise({
      ...call,
      table,
      outWidth: 1,
      columnName: (i, l) => (i >= width ? amountName(i - width, l) : l === 'en' ? `year ${(i % years) + 1}` : `année ${(i % years) + 1}`),
      isBlankRow: investment.perRow ? undefined : () => false,
      row: (cells): RowResult => {
        // Each year's total over the rows of the range (one row in per-row mode).
        const yearly = new Array<number>(years).fill(0);
        for (let i = 0; i < width; i++) if (!isBlank(cells[i])) yearly[i % years] += cell(cells, i, (v) => parseNumber(v, EURO));
        const inv = readInvestment(cells, width, rate);
        if ('status' in inv) return inv;
        const months = paybackMonths(yearly, investmentPresentValues(inv));
        return [months === null ? NOT_PAID_BACK[call.lang] : months];
      },
    });
  },
});

const NO_SWITCH: Text = { fr: 'aucune : le ratio n’atteint pas 1:1', en: 'none: the ratio never reaches 1:1' };
const NO_OUTCOME: Text = { fr: 'aucun effet valorisé', en: 'no outcome valued' };

/** The project's investment for SROI_SWITCH: one amount, or one row of amounts per year. */
const PROJECT_INVESTMENT: ParamType<unknown[]> = {
  name: 'amount-row',
  kind: 'data',
  jsdoc: 'number|Array<Array<*>>',
  read(arg, { param, fail }) {
    const grid = toGrid(arg);
    if (grid.length !== 1)
      fail({
        fr: `l’argument ${param} doit être un montant, ou une ligne de montants (un par année)`,
        en: `${param} must be one amount, or one row of amounts (one per year)`,
      });
    return grid[0];
  },
};

export const SROI_SWITCH = defineFunction({
  name: 'SROI_SWITCH',
  summary: {
    fr: 'Sensibilité du ratio SROI, une hypothèse à la fois : ratio bas, de base et haut, et valeur de bascule (l’écart qui ramène le ratio à 1:1).',
    en: 'Sensitivity of the SROI ratio, one assumption at a time: low, base and high ratio, and switching value (the change that brings the ratio to 1:1).',
  },
  params: [
    {
      name: 'investment',
      type: PROJECT_INVESTMENT,
      example: '60000',
      help: {
        fr: 'L’investissement du projet en € : un montant, ou une ligne de montants par année (le premier aujourd’hui, les suivants actualisés au taux des effets).',
        en: 'The project’s investment in €: one amount, or a row of amounts per year (the first today, the next ones discounted at the outcomes’ rate).',
      },
    },
    ...PARAMS,
    LANG_PARAM,
  ],
  returns: {
    fr: '8 lignes (quantité, proxy, point mort, attribution, déplacement, érosion, durée, taux) × 5 colonnes : hypothèse, ratio bas, ratio de base, ratio haut, valeur de bascule (écart relatif pour la quantité et le proxy, en points pour les pourcentages, en années pour la durée).',
    en: '8 rows (quantity, proxy, deadweight, attribution, displacement, drop-off, duration, rate) × 5 columns: assumption, low ratio, base ratio, high ratio, switching value (relative change for quantity and proxy, points for percentages, years for the duration).',
  },
  exampleSheet: 'valuation',
  example: '=SROI_SWITCH(60000; E2:E; G2:G; I2:I; J2:J; K2:K; L2:L; M2:M; TAUX_ACTUALISATION)',
  resultShape: () => ({ rows: SENSITIVITY_ASSUMPTIONS.length, columns: 5 }),
  body(call, amounts, ...rest) {
    const inputs = rest.slice(0, PARAMS.length) as Column[];
    const { lang, name } = call;
    // One result for the whole range, so a bad value throws (as in a single-row call), naming its row and column.
    const read = <T>(where: { row?: number; column?: string }, parse: () => T): T => {
      try {
        return parse();
      } catch (e) {
        if (e instanceof CellProblem) throw new Error(located(name, lang, { ...where, column: PARAMS[e.column].column[lang] }, e.problem.render(lang)));
        if (e instanceof Problem) throw new Error(located(name, lang, where, e.render(lang)));
        throw e;
      }
    };
    const status = (message: string) => fromGrid(SENSITIVITY_ASSUMPTIONS.map((_, i) => [i === 0 ? WARNING + message : '', '', '', '', '']));
    // The later instalments are discounted at the outcomes' rate when it is one cell (TAUX_ACTUALISATION).
    const rateAt = OUTCOME_INPUTS.indexOf('rate');
    const rateColumn = inputs[rateAt];
    if (!rateColumn.shared && amounts.length > 1) {
      throw new CallError(name, lang, {
        fr: 'avec un taux par effet, donnez l’investissement en un seul montant (sa valeur actualisée)',
        en: 'with a rate per outcome, give the investment as one amount (its present value)',
      });
    }
    const rate = rateColumn.shared ? read({ column: PARAMS[rateAt].column[lang] }, () => readOptionalInput('rate', rateColumn.values[0])) : SROI_DEFAULTS.rate;
    const paid = read({ column: lang === 'en' ? 'investment' : 'investissement' }, () => readInstalments(amounts));
    if (!paid) return status(INVESTMENT_MISSING[lang]);
    const inv: Investment = read({ column: lang === 'en' ? 'investment' : 'investissement' }, () => {
      const invested = { amounts: paid, rate };
      if (!(investmentPresentValue(invested) > 0)) positiveInvestment(amounts.length === 1 ? amounts[0] : 0);
      return invested;
    });
    const { table, isBlankRow } = outcomeTable(inputs);
    const outcomes: Outcome[] = [];
    for (let r = 0; r < table.length; r++) {
      const cells = table[r];
      if (isBlankRow(cells)) continue;
      const where = { row: table.length === 1 ? undefined : r + 1 };
      const outcome = read(where, () => readOutcome(cells, (i, parse) => cell(cells, i, parse)));
      if (!outcome) return status(located(name, lang, where, INCOMPLETE_OUTCOME[lang]));
      outcomes.push(outcome);
    }
    if (outcomes.length === 0) return status(NO_OUTCOME[lang]);
    return oneAtATime(outcomes, inv).map((row) => {
      const s = switchingValue(outcomes, inv, row.assumption);
      return [ASSUMPTION_NAMES[row.assumption].name[lang], row.low, row.base, row.high, s.status === 'found' ? s.change : NO_SWITCH[lang]];
    });
  },
});
