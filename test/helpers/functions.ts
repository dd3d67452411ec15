import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';

/** Calls a custom function of the registry by name, as the TypeScript sources run it (no bundle). */
export function call(fn: string, ...args: unknown[]): unknown {
  const spec = CUSTOM_FUNCTIONS.find((f) => f.name === fn);
  if (!spec) throw new Error(`no function ${fn}`);
  return spec.run(...args);
}

/**
 * The functions documented in the README only (../shared/spec/formulas.md holds contracts v1 and v2):
 * READ_DATE (issue 12, dates read by LATEST's rule for Projets' follow-up flag), the rest of the SROI
 * method (issue 13), the Godin markers' profile, the social R&D verdict and users' grids (issue 14), and
 * issue 10's two runs per AMI edit (Grille AMI's, Projets').
 */
export const README_ONLY = [
  'READ_DATE',
  'SROI_YEARS',
  'SROI_NPV',
  'SROI_PAYBACK',
  'SROI_SWITCH',
  'RND_VERDICT',
  'GODIN_PROFILE',
  'GRID_SCORE',
  'AMI_PROFILE_GAPS',
  'AMI_PORTFOLIO',
];
