import { MAX_LEVEL } from '../cells/level';

/**
 * The most the given criteria can score with these weights: every one of them at Fort
 * (MAX_LEVEL × Σ wᵢ), i.e. what weightedScore gives for a perfect grid. The dashboard's group maxima
 * and the sidebar's « / max » both read it, so they follow the weights of Paramètres alike.
 */
export function amiMax(weights: readonly number[], indices: readonly number[]): number {
  let weightSum = 0;
  for (const i of indices) weightSum += weights[i];
  return MAX_LEVEL * weightSum;
}
