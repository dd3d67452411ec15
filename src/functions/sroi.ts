import type { Text } from '../core/i18n';
import { parseNumber } from '../core/cells/number';
import { isBlank } from '../core/cells/text';
import { problem, quote } from '../core/problem';
import { EURO, readOutcome } from '../core/sroi/inputs';
import { presentValue, sroiRatio } from '../core/sroi/valuation';
import { cells, Column, column, perRowOf } from './params';
import { cell, rowwise, type RowResult } from './rows';
import type { Grid } from './shapes';
import { defineFunction, type ArgShape, type ParamSpec } from './spec';

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
] as const satisfies readonly (ParamSpec<Column> & { column: Text })[];

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
  resultShape: (args: readonly ArgShape[]) => ({ rows: Math.max(1, ...args.map((a) => (a.columns === 1 ? a.rows : 1))), columns: 1 }),
  body(call, ...inputs) {
    // Arguments that are one cell apply to every row; the runner checked that the columns share one height.
    const height = Math.max(1, ...inputs.map((c) => (c.shared ? 1 : c.values.length)));
    const table: Grid = Array.from({ length: height }, (_, r) => inputs.map((c) => c.at(r)));
    const columns = inputs.map((c) => !c.shared);
    const anyColumn = columns.some(Boolean);
    return rowwise({
      ...call,
      table,
      outWidth: 1,
      columnName: (i, l) => PARAMS[i].column[l],
      // A row is blank when its own cells are: broadcast scalars (a shared rate) do not make it a project.
      isBlankRow: (cells) => cells.every((c, i) => (anyColumn && !columns[i]) || isBlank(c)),
      row: (cells): RowResult => {
        const outcome = readOutcome(cells, (i, read) => cell(cells, i, read));
        if (!outcome) return { status: { fr: 'incomplet : quantité et proxy requis', en: 'incomplete: quantity and proxy required' } };
        return [presentValue(outcome)];
      },
    });
  },
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
      example: 'S2:S',
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
  example: '=SROI_RATIO(S2:S; I2:I)',
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
