import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/**
 * Loads the built dist/Code.js the way Apps Script does: one global scope, our fakes as the only
 * services. What runs here is the artefact clasp pushes, not the TypeScript sources.
 */
export interface Addon {
  context: vm.Context;
  /** A top-level function of dist/Code.js, by name (menu action, endpoint, custom function). */
  fn(name: string): (...args: unknown[]) => unknown;
  has(name: string): boolean;
  /** The names of every top-level function declared by dist/Code.js. */
  topLevelFunctions(): string[];
  resultShape(name: string, args: { rows: number; columns: number }[]): { rows: number; columns: number };
  customFunctionNames(): string[];
}

export const CODE_PATH = 'dist/Code.js';

/**
 * `services` is either plain globals, or a ready vm context — pass `fake.createContext()` so the
 * arrays and dates the fake returns belong to the bundle's realm, as they do in Apps Script.
 */
export function loadAddon(services: Record<string, unknown> | vm.Context = {}, file = CODE_PATH): Addon {
  const code = readFileSync(file, 'utf8');
  const context = vm.isContext(services) ? services : vm.createContext({ console, ...services });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const lib = context.GIS_ as {
    resultShape: Addon['resultShape'];
    entryPoints(): { name: string; doc?: string }[];
  };
  return {
    context,
    fn(name) {
      const f = context[name];
      if (typeof f !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
      return f as (...args: unknown[]) => unknown;
    },
    has: (name) => typeof context[name] === 'function',
    topLevelFunctions: () => [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]),
    resultShape: (name, args) => lib.resultShape(name, args),
    customFunctionNames: () =>
      lib
        .entryPoints()
        .filter((e) => e.doc?.includes('@customfunction'))
        .map((e) => e.name),
  };
}

/**
 * Values cross the vm boundary as they cross Apps Script's: arrays made in the context are not
 * `instanceof Array` here, so tests compare through a JSON round trip.
 */
export function plain<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
