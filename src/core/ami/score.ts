import type { AmiGroupId } from '../frameworks';
import { MAX_LEVEL } from '../cells/level';
import { once } from '../lazy';
import { AMI_CRITERIA, AMI_GROUPS } from './grid';

/** Derived from the grid (a property read: the top level still builds nothing). */
export const AMI_COUNT = AMI_CRITERIA.length;

/** Criterion indices (0-based, grid order) of each group, derived once from the grid data. */
export function groupIndices(group: AmiGroupId): number[] {
  const out: number[] = [];
  AMI_CRITERIA.forEach((c, i) => {
    if (c.group === group) out.push(i);
  });
  return out;
}

/**
 * One weight of 1 per criterion, built on first use: dist/Code.js is evaluated on every
 * custom-function call, so its top level holds literals only.
 */
export const equalWeights = once((): readonly number[] => AMI_CRITERIA.map(() => 1));

/**
 * Σ wᵢ·levelᵢ over the given criteria; with outOf > 0, rescaled to that criteria's maximum
 * (Σ wᵢ·levelᵢ / (3·Σ wᵢ) × outOf). A group whose weights are all zero scores 0.
 */
export function weightedScore(levels: readonly number[], weights: readonly number[], indices: readonly number[], outOf?: number): number {
  let sum = 0;
  let weightSum = 0;
  for (const i of indices) {
    sum += weights[i] * levels[i];
    weightSum += weights[i];
  }
  if (!outOf) return sum;
  return weightSum === 0 ? 0 : (sum / (MAX_LEVEL * weightSum)) * outOf;
}

/** Every criterion's index, built on first use (see equalWeights). */
const allIndices = once(() => AMI_CRITERIA.map((_, i) => i));

export function amiScore(levels: readonly number[], weights: readonly number[] = equalWeights(), outOf?: number): number {
  return weightedScore(levels, weights, allIndices(), outOf);
}

export interface AmiProfile {
  portage: number;
  contenu: number;
  contexte: number;
  total: number;
}

export function amiProfile(levels: readonly number[], weights: readonly number[] = equalWeights(), outOf?: number): AmiProfile {
  const [portage, contenu, contexte] = AMI_GROUPS.map((g) => weightedScore(levels, weights, groupIndices(g.id), outOf));
  return { portage, contenu, contexte, total: amiScore(levels, weights, outOf) };
}

export interface AmiGap {
  index: number;
  level: number;
}

/** Criteria below target, lowest level first, ties in grid order (the order reviewers read the grid). */
export function amiGaps(levels: readonly number[], target: number = MAX_LEVEL): AmiGap[] {
  return levels
    .map((level, index) => ({ index, level }))
    .filter((g) => g.level < target)
    .sort((a, b) => a.level - b.level || a.index - b.index);
}
