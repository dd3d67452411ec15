import { isBlankCell, type CellJson } from '../src/contract/cells';
import { toLevel, type LevelScale } from '../src/core/cells/level';
import { toNumber } from '../src/core/cells/number';
import { parseCompletion } from '../src/core/cells/proportion';
import { toSrlLevel } from '../src/core/srl/level';

/**
 * Reading cells with the same rules as the formulas (src/core): a level typed « Fort » or 3, a
 * completion ticked, typed 50 % or 0,5. `undefined` = blank; NaN = unreadable (shown to the reviewer).
 */
export type Reading = number | undefined;

export function readLevel(value: CellJson, scale: LevelScale): Reading {
  return isBlankCell(value) ? undefined : toLevel(value, scale);
}

export function readCompletion(value: CellJson): Reading {
  if (isBlankCell(value)) return undefined;
  try {
    return parseCompletion(value);
  } catch {
    return NaN;
  }
}

export function readSrl(value: CellJson): Reading {
  return isBlankCell(value) ? undefined : toSrlLevel(value, 1);
}

export function readScore(value: CellJson, min: number, max: number): Reading {
  if (isBlankCell(value)) return undefined;
  const n = toNumber(value);
  return n >= min && n <= max ? n : NaN;
}

export function readAmount(value: CellJson): Reading {
  if (isBlankCell(value)) return undefined;
  const n = toNumber(value);
  return n >= 0 ? n : NaN;
}

