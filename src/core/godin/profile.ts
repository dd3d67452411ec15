import type { GodinBlockId } from './markers';
import { GODIN_BLOCKS, GODIN_MARKERS } from './markers';

/**
 * The module's profile of the Godin markers (ours, see markers.ts GODIN_SCALE): per block, the mean
 * level of its markers (0–3, so that a block of two markers compares with one of three), and the
 * total, the sum of the nine levels (0–27). One implementation for GODIN_PROFILE, the sidebar and
 * the dashboard.
 */
export interface GodinProfile {
  blocks: Record<GodinBlockId, number>;
  total: number;
}

/** Marker indices (0-based, grid order) of a block. */
export function godinBlockIndices(block: GodinBlockId): number[] {
  const out: number[] = [];
  GODIN_MARKERS.forEach((m, i) => {
    if (m.block === block) out.push(i);
  });
  return out;
}

/** `levels`: the nine markers' levels, grid order, each 0–3 (a reviewers' mean may be fractional). */
export function godinProfile(levels: readonly number[]): GodinProfile {
  const blocks = {} as Record<GodinBlockId, number>;
  for (const b of GODIN_BLOCKS) {
    const at = godinBlockIndices(b.id);
    blocks[b.id] = at.reduce((sum, i) => sum + levels[i], 0) / at.length;
  }
  return { blocks, total: levels.reduce((a, b) => a + b, 0) };
}
