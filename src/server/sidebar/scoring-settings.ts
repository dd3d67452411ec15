import type { ScoringSettings } from '../../contract/endpoints';
import { readParameters, type ParameterKey } from '../../sheets/parameters-reader';
import { endpoint } from './endpoint';

/**
 * The Paramètres values the formulas use, read by the same reader as the dashboard, with the
 * formulas' own rules: the sidebar's live figures are the sheet's. A setting the formulas reject
 * falls back to its default here; the problem itself shows in the sheet, as the formulas' error in
 * the cells that use it (the sidebar's contract has no place for it).
 */
export function readScoringSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ScoringSettings {
  // Listed, not ALL_PARAMETERS: the discount rate is the server's (getProject's valuation band).
  const keys: readonly (ParameterKey & keyof ScoringSettings)[] = ['amiWeights', 'srlThreshold', 'siatWeights', 'siatVariant'];
  return readParameters(spreadsheet, keys).parameters;
}

/** The scoring settings alone: the panel reads them once, not with every project (ScoringSettings). */
export const getSettings = endpoint('getSettings', (): ScoringSettings => readScoringSettings(SpreadsheetApp.getActiveSpreadsheet()));
