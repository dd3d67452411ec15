import type { Text } from '../../core/i18n';

/** `fix`: something the user must (or setup can) repair; `note`: worth knowing, nothing broken. */
export interface Finding {
  severity: 'fix' | 'note';
  text: Text;
}

/** What one sheet of the workbook shows, by the name it has in this workbook (the template's when missing). */
export interface SheetFindings {
  sheet: Text;
  findings: Finding[];
}

/**
 * A behaviour of real Google Sheets the offline tests could not observe, tried on a scratch sheet:
 * confirmed (it behaves as the add-on assumes), refuted (it does not), or pending (still computing,
 * or nothing computes formulas here).
 */
export type ProbeStatus = 'confirmed' | 'refuted' | 'pending';

export interface ProbeResult {
  claim: Text;
  status: ProbeStatus;
  /** What was read back, and what it means when refuted or pending. */
  detail: Text;
}

export interface Diagnosis {
  sheets: SheetFindings[];
  locale: Text;
  probes: ProbeResult[];
}
