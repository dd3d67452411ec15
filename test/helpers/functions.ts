import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';

/** Calls a custom function of the registry by name, as the TypeScript sources run it (no bundle). */
export function call(fn: string, ...args: unknown[]): unknown {
  const spec = CUSTOM_FUNCTIONS.find((f) => f.name === fn);
  if (!spec) throw new Error(`no function ${fn}`);
  return spec.run(...args);
}
