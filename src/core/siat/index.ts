import { notBetween, parseNumberIn, toNumber } from '../cells/number';
import { isBlank } from '../cells/text';
import type { Problem } from '../problem';
import { SIAT_DIMENSIONS } from './template';

export const SIAT_DIMENSION_COUNT = SIAT_DIMENSIONS.length;
export const SIAT_MIN = 1;
export const SIAT_MAX = 5;

/** A dimension's score: the mean of its answered items (1–5); undefined when none is answered. */
export function siatDimensionScore(items: readonly (number | undefined)[]): number | undefined {
  const answered = items.filter((x): x is number => x !== undefined);
  return answered.length ? answered.reduce((a, b) => a + b, 0) / answered.length : undefined;
}

const SCALE = { fr: 'l’échelle 1–5', en: 'the 1–5 scale' };

/** A dimension score or an item answer on the 1–5 scale (SIAT_INDEX's rule), or a Problem naming the value. */
export function parseSiatScore(value: unknown): number {
  return parseNumberIn(value, SIAT_MIN, SIAT_MAX, SCALE);
}

/**
 * What is said of a number outside 1–5, the same words as parseSiatScore's: the SIAT sheet's
 * dimension formula writes them for an item outside the scale, so that the dimension and the index
 * name the item and its value instead of counting the dimension as not scored.
 */
export function siatOutOfScale(value: unknown): Problem {
  return notBetween(value, SIAT_MIN, SIAT_MAX, SCALE, { fr: '', en: '' });
}

/** One item's answer: undefined when blank, NaN when not a number or outside 1–5. */
export function toSiatScore(value: unknown): number | undefined {
  if (isBlank(value)) return undefined;
  const n = toNumber(value);
  return n >= SIAT_MIN && n <= SIAT_MAX ? n : NaN;
}

export interface SiatDimensionReading {
  /** The mean of the answered items; undefined when none is answered or when one is wrong. */
  score: number | undefined;
  /** Items not blank. */
  answered: number;
  /** Why answered items give no score: one is not a number, or one is a number outside 1–5. */
  problem?: 'unreadable' | 'out-of-range';
}

/**
 * A dimension's score from its item cells, the one rule of the sidebar and the dashboard. It is the
 * sheet's formula (Grille SIAT's dimension columns: Σ items ÷ number of non-blank items, blank
 * when none is answered or when one is not a number), plus a 1–5 check on each item: a 6 typed in
 * the sheet gives no score rather than a mean that hides it (SIAT_INDEX would refuse a dimension
 * outside 1–5 anyway, but not a mean brought back inside by other items).
 */
export function siatDimensionFromCells(cells: readonly unknown[]): SiatDimensionReading {
  const items = cells.map(toSiatScore);
  const answered = items.filter((x) => x !== undefined).length;
  if (items.some((x) => x !== undefined && Number.isNaN(x))) {
    const unreadable = cells.some((c) => !isBlank(c) && Number.isNaN(toNumber(c)));
    return { score: undefined, answered, problem: unreadable ? 'unreadable' : 'out-of-range' };
  }
  return { score: siatDimensionScore(items), answered };
}

/** The weighted mean of the five dimension scores. Weights are non-negative and not all zero. */
export function siatIndex(scores: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  let weightSum = 0;
  scores.forEach((s, i) => {
    sum += s * weights[i];
    weightSum += weights[i];
  });
  return sum / weightSum;
}
