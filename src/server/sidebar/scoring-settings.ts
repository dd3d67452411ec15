import type { ScoringSettings } from '../../contract/endpoints';
import { AMI_COUNT } from '../../core/ami/score';
import { toNumber } from '../../core/cells/number';
import { SIAT_DIMENSION_COUNT } from '../../core/siat/index';
import { PARAMETER_NAMES } from '../../sheets/templates/parameters';

/**
 * The Paramètres values the formulas use, read through their named ranges. A missing or unreadable
 * block falls back to the formulas' own defaults (equal weights, threshold 100 %), as the formulas'
 * messages would flag it in the sheet anyway.
 */
export function readScoringSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ScoringSettings {
  const numbers = (name: string): number[] | undefined => {
    const range = spreadsheet.getRangeByName(name);
    return range ? range.getValues().flat().map(toNumber) : undefined;
  };
  const weights = (name: string, count: number): number[] => {
    const w = numbers(name);
    return w && w.length === count && w.every((x) => x >= 0) && w.some((x) => x > 0) ? w : Array.from({ length: count }, () => 1);
  };
  const threshold = numbers(PARAMETER_NAMES.srlThreshold)?.[0];
  return {
    amiWeights: weights(PARAMETER_NAMES.amiWeights, AMI_COUNT),
    srlThreshold: threshold !== undefined && threshold > 0 && threshold <= 1 ? threshold : 1,
    siatWeights: weights(PARAMETER_NAMES.siatWeights, SIAT_DIMENSION_COUNT),
  };
}
