import { isBlankCell, type CellJson } from '../src/contract/cells';
import { toLevel, type LevelScale } from '../src/core/cells/level';
import { KINDS } from '../src/core/instruments/kinds';
import { toSrlLevel } from '../src/core/srl/level';

/**
 * Reading cells with the same rules as the formulas (src/core): a level typed « Fort » or 3, a
 * completion ticked, typed 50 % or 0,5. `undefined` = blank; NaN = unreadable (shown to the reviewer).
 * Amounts and SIAT items are read by core directly (toAmount, toSiatScore), with the same convention.
 */
export type Reading = number | undefined;

export function readLevel(value: CellJson, scale: LevelScale): Reading {
  return isBlankCell(value) ? undefined : toLevel(value, scale);
}

export function readCompletion(value: CellJson): Reading {
  return isBlankCell(value) ? undefined : KINDS.completion.input!.read(value);
}

export function readSrl(value: CellJson): Reading {
  return isBlankCell(value) ? undefined : toSrlLevel(value, 1);
}
