/**
 * The bundle's entry. esbuild wraps it in one IIFE assigned to `GIS_` (the trailing underscore keeps
 * it private in Apps Script): the functions Apps Script calls (./index, each of which the build
 * declares at top level), and what the generated declarations, the build and the dev tools call
 * through `GIS_` and Apps Script must not see.
 * Nothing here may do work at load time: every custom-function call re-evaluates the whole file.
 */
import { CUSTOM_FUNCTIONS } from '../functions/registry';

export * from './index';
export { entryPoints } from './entry-points';

/** Runs a custom function for its generated wrapper: `function AMI_SCORE(levels, …) { return GIS_.run('AMI_SCORE', [levels, …]); }`. */
export function run(name: string, args: unknown[]): unknown {
  const spec = CUSTOM_FUNCTIONS.find((f) => f.name === name);
  if (!spec) throw new Error(`Unknown function ${name}`);
  return spec.run(...args);
}

/** The size of a custom function's result from its arguments' shapes (the formula-engine bridge). */
export function resultShape(name: string, args: { rows: number; columns: number }[]): { rows: number; columns: number } {
  const spec = CUSTOM_FUNCTIONS.find((f) => f.name === name);
  if (!spec) throw new Error(`Unknown function ${name}`);
  return spec.resultShape(args);
}
