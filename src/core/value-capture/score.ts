import type { VcFamilyId } from '../frameworks';
import { VC_FAMILIES, VC_POINTS } from './checklist';

export const VC_POINT_COUNT = VC_POINTS.length;
export const VC_FAMILY_COUNT = VC_FAMILIES.length;
export const VC_MAX = 15;

export function vcScore(answers: readonly number[]): number {
  return answers.reduce((a, b) => a + b, 0);
}

/**
 * The fragile points: answered 0 or 1 (0 = situation fragile, 3 = situation sécurisée). Averages of
 * several reviewers are fractional, so "below 2" is the rule (1,5 is still closer to 1 than to a secure answer).
 */
export function vcFragilities(answers: readonly number[]): number[] {
  const out: number[] = [];
  answers.forEach((a, i) => {
    if (a < 2) out.push(i);
  });
  return out;
}

export interface VcMix {
  dominant: VcFamilyId[];
  /** H = (1 − Σ sᵢ²) / (1 − 1/4): 0 = one family only, 1 = four equal shares. */
  hybridity: number;
  dominantShare: number;
  shares: number[];
}

/** The capture mix of non-negative amounts; undefined when they sum to zero (no share exists). */
export function vcMix(amounts: readonly number[]): VcMix | undefined {
  // Shares are computed on amounts scaled by the largest one, so that huge amounts cannot overflow the total.
  const largest = amounts.reduce((a, b) => (b > a ? b : a), 0);
  if (!(largest > 0 && Number.isFinite(largest))) return undefined;
  const scaled = amounts.map((a) => a / largest);
  const total = scaled.reduce((a, b) => a + b, 0);
  const shares = scaled.map((a) => a / total);
  const max = Math.max(...shares);
  // Shares are compared with a tolerance: 1/3 + 1/3 + 1/3 in floating point must still tie.
  const dominant = VC_FAMILIES.filter((_, i) => max - shares[i] < 1e-12).map((f) => f.id);
  const concentration = shares.reduce((a, s) => a + s * s, 0);
  const hybridity = Math.min(1, Math.max(0, (1 - concentration) / (1 - 1 / VC_FAMILY_COUNT)));
  return { dominant, hybridity, dominantShare: max, shares };
}
