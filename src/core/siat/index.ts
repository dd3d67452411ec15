export const SIAT_DIMENSION_COUNT = 5;
export const SIAT_MIN = 1;
export const SIAT_MAX = 5;

/** A dimension's score: the mean of its answered items (1–5); undefined when none is answered. */
export function siatDimensionScore(items: readonly (number | undefined)[]): number | undefined {
  const answered = items.filter((x): x is number => x !== undefined);
  return answered.length ? answered.reduce((a, b) => a + b, 0) / answered.length : undefined;
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
