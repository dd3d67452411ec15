import { parseInteger, parseNumber } from '../cells/number';
import { parseProportion } from '../cells/proportion';
import { isBlank } from '../cells/text';
import { Problem, problem, quote } from '../problem';
import { DEFAULT_START } from './conventions';
import { MAX_YEARS, SROI_DEFAULTS, type Outcome } from './valuation';

/**
 * How an outcome's cells are read: the rules of SROI_VALUE's arguments, used by the formula
 * (src/functions/sroi.ts), by the sidebar's valuation summary (its sensitivity band) and by the
 * Paramètres reader (the discount rate), so that all three read a cell alike.
 */

/** The inputs in SROI_VALUE's argument order. */
export const OUTCOME_INPUTS = [
  'quantity',
  'proxy',
  'deadweight',
  'attribution',
  'displacement',
  'dropoff',
  'years',
  'rate',
] as const satisfies readonly (keyof Outcome)[];
export type OutcomeInput = (typeof OUTCOME_INPUTS)[number];

export const EURO = { fr: 'un montant en euros', en: 'an amount in euros' };

function nonNegative(v: unknown): number {
  const n = parseNumber(v);
  if (n < 0) throw problem(`${quote(v, 'fr')} est négatif : une quantité est positive ou nulle`, `${quote(v, 'en')} is negative: a quantity is zero or more`);
  return n;
}

function discountRate(v: unknown): number {
  const r = parseProportion(v);
  if (r >= 1)
    throw problem(`${quote(v, 'fr')} : le taux d’actualisation doit être inférieur à 100 %`, `${quote(v, 'en')}: the discount rate must be below 100%`);
  return r;
}

/** The rule for a filled cell of each input; each throws a Problem saying what is wrong. */
export const OUTCOME_READERS: { readonly [K in OutcomeInput]: (v: unknown) => number } = {
  quantity: nonNegative,
  proxy: (v) => parseNumber(v, EURO),
  deadweight: parseProportion,
  attribution: parseProportion,
  displacement: parseProportion,
  dropoff: parseProportion,
  years: (v) => parseInteger(v, 1, MAX_YEARS, { fr: 'la durée en années', en: 'the duration in years' }),
  rate: discountRate,
};

/**
 * The outcome's start (conventions.ts): whole years after the activity, 0 (blank) to MAX_YEARS − 1, and
 * the outcome must end within the calendar: start + years ≤ MAX_YEARS.
 */
export function readStart(value: unknown, years: number): number {
  if (isBlank(value)) return DEFAULT_START;
  const start = parseInteger(value, 0, MAX_YEARS - 1, {
    fr: 'le début de l’effet en années après l’action',
    en: 'the outcome’s start in years after the activity',
  });
  if (start + years > MAX_YEARS)
    throw problem(
      `${quote(value, 'fr')} : l’effet finirait après ${MAX_YEARS} ans (début ${start} + durée ${years}) ; raccourcissez la durée ou avancez le début`,
      `${quote(value, 'en')}: the outcome would end after ${MAX_YEARS} years (start ${start} + duration ${years}); shorten the duration or start earlier`,
    );
  return start;
}

/** An optional input's cell: blank is its default (3,5 % for the rate, 0 for a percentage, 1 year). */
export function readOptionalInput(input: keyof typeof SROI_DEFAULTS, value: unknown): number {
  return isBlank(value) ? SROI_DEFAULTS[input] : OUTCOME_READERS[input](value);
}

/**
 * One outcome from its cells (OUTCOME_INPUTS order, then the start when there is a 9th cell): undefined when quantity or proxy is blank
 * (incomplete: the formula's status); a bad filled cell throws its Problem. `parse` lets the caller
 * tag a rejection with its column (the formula's messages name it).
 */
export function readOutcome(
  cells: readonly unknown[],
  parse: (i: number, read: (v: unknown) => number) => number = (i, read) => read(cells[i]),
): Outcome | undefined {
  if (isBlank(cells[0]) || isBlank(cells[1])) return undefined;
  const read = (i: number): number => {
    const input = OUTCOME_INPUTS[i];
    return parse(i, input === 'quantity' || input === 'proxy' ? OUTCOME_READERS[input] : (v) => readOptionalInput(input, v));
  };
  const [quantity, proxy, deadweight, attribution, displacement, dropoff, years, rate] = OUTCOME_INPUTS.map((_, i) => read(i));
  const outcome: Outcome = { quantity, proxy, deadweight, attribution, displacement, dropoff, years, rate };
  if (cells.length > OUTCOME_INPUTS.length) outcome.start = parse(OUTCOME_INPUTS.length, (v) => readStart(v, years));
  return outcome;
}

/**
 * One Valorisation row's outcome as SROI_VALUE reads it, its cells got by column id (`get` gives
 * undefined for a column the sheet lacks): the inputs in OUTCOME_INPUTS order with the shared `rate`,
 * then the start when the sheet has that column. Undefined when incomplete; the Problem when a filled
 * cell is unreadable (the dashboard counts the project out, the panel leaves the outcome out).
 */
export function outcomeOfRow(get: (column: string) => unknown, rate: number): Outcome | undefined | Problem {
  const cells: unknown[] = OUTCOME_INPUTS.map((input) => (input === 'rate' ? rate : (get(input) ?? '')));
  const start = get('start');
  if (start !== undefined) cells.push(start);
  try {
    return readOutcome(cells);
  } catch (e) {
    if (e instanceof Problem) return e;
    throw e;
  }
}
