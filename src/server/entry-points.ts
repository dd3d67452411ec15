import { CUSTOM_FUNCTIONS } from '../functions/registry';
import * as appsScript from './index';
import { customFunctionJsDoc } from './jsdoc';

/**
 * Every function Apps Script calls by name: the exports of src/server/index.ts (triggers, menu
 * actions, sidebar endpoints) and the registry's custom functions. The build turns this list into
 * top-level `function` declarations in dist/Code.js (Apps Script only sees top-level declarations),
 * each delegating to the bundle. Nothing lists them by hand: exporting a function is declaring it.
 */
export interface EntryPoint {
  name: string;
  params: readonly string[];
  /** JSDoc to write above the declaration (custom functions: Sheets' autocomplete). */
  doc?: string;
}

/** Built at call time (the build calls it once): the bundle's top level does no work. */
export function entryPoints(): EntryPoint[] {
  return [
    ...exportedEntryPoints(appsScript, 'src/server/index.ts'),
    ...CUSTOM_FUNCTIONS.map((f) => checked({ name: f.name, params: f.params.map((p) => p.name), doc: customFunctionJsDoc(f) }, 'src/functions/registry.ts')),
  ];
}

/**
 * One entry point per export of a module, its parameters read from the function itself. Throws,
 * which stops the build, on anything Apps Script could not call as declared.
 */
export function exportedEntryPoints(module: Readonly<Record<string, unknown>>, from: string): EntryPoint[] {
  return Object.keys(module).map((name) => {
    const value = module[name];
    if (typeof value !== 'function') {
      throw new Error(
        `${from} exports « ${name} », which is not a function (${typeof value}): every export of this module becomes a top-level function of dist/Code.js. Export it from another module.`,
      );
    }
    return checked({ name, params: parameterNames(value as (...args: never[]) => unknown, name, from) }, from);
  });
}

function checked(entry: EntryPoint, from: string): EntryPoint {
  // Apps Script hides names ending with `_` from google.script.run, menus and triggers.
  if (entry.name.endsWith('_')) {
    throw new Error(`${from}: « ${entry.name} » ends with « _ », so Apps Script would hide it (private function): rename it, or stop exporting it.`);
  }
  return entry;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The parameter names of a function, from its source (the bundle is not minified, so they are the
 * TypeScript names, unless esbuild suffixed one that clashes with another module's: `id2`):
 * `function onOpen(e) {…}`, `(request) => …`, `request => …`.
 */
function parameterNames(fn: (...args: never[]) => unknown, name: string, from: string): string[] {
  const source = Function.prototype.toString.call(fn);
  const list = /^(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(source)?.[1] ?? /^[^(]*\(([^)]*)\)/.exec(source)?.[1] ?? '';
  const params = list
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  // A default, a destructured or a rest parameter cannot be passed on by name; length catches the
  // rest (bound or native functions show no source).
  if (!params.every((p) => IDENTIFIER.test(p)) || params.length !== fn.length) {
    throw new Error(
      `${from}: the parameters of « ${name} » (${list.trim() || fn.length}) cannot be declared in dist/Code.js: give it plain named parameters, without default, destructuring or rest.`,
    );
  }
  return params;
}
