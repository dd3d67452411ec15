/**
 * One Proxy gives every fake object its public face:
 *  - every method call is counted as `<Class>.<method>` (uniformly, no per-method bookkeeping);
 *  - a method the fake does not implement throws `TypeError: <Class>.<method> is not implemented by the fake`
 *    instead of silently returning undefined, so a missing feature shows up in tests;
 *  - internal state (fields/methods whose name starts with `_`) is never counted, and an unknown `_` name throws;
 *  - an optional guard refuses calls the current AuthMode forbids (see index.ts `setAuthMode`);
 *  - non-function properties (enums such as `SpreadsheetApp.BorderStyle`) are returned without counting.
 *
 * Methods run with `this` = the raw object, so internal calls between fake objects are not counted:
 * only calls made by the code under test are.
 */
import type { CallCounter } from './types';

/** Symbol giving access to the raw object behind a public proxy. */
export const RAW: unique symbol = Symbol('gas-fake.raw');

/** Base class of every fake GAS object: `_cls` is the Apps Script class name used in counts and errors. */
export abstract class GasObject {
  abstract get _cls(): string;
}

/**
 * Property names read by tooling (jest's matchers/pretty-printer, Promise resolution, JSON, Node's
 * inspect) that must behave like on a plain object instead of throwing "not implemented".
 */
const PASS_THROUGH = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'nodeName',
  'tagName',
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__proto__',
  'inspect',
  '_isMockFunction',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '@@__IMMUTABLE_KEYED__@@',
  '@@__IMMUTABLE_ORDERED__@@',
  '@@__IMMUTABLE_LIST__@@',
  '@@__IMMUTABLE_SET__@@',
  '@@__IMMUTABLE_MAP__@@',
  '@@__IMMUTABLE_STACK__@@',
]);

export function notImplemented(cls: string, prop: string): TypeError {
  return new TypeError(`${cls}.${prop} is not implemented by the fake`);
}

/**
 * What reading an unknown member returns: a function that throws when called, and that also throws
 * on any property access (so `SpreadsheetApp.Missing.X` fails loudly instead of giving undefined).
 */
export function missingMember(cls: string, prop: string): unknown {
  const fail = (): never => {
    throw notImplemented(cls, prop);
  };
  return new Proxy(fail, {
    get(target, p) {
      if (typeof p === 'symbol' || PASS_THROUGH.has(p) || p === 'name' || p === 'length') return Reflect.get(target, p);
      throw notImplemented(cls, prop);
    },
  });
}

export function createCallCounter(): CallCounter {
  return { total: 0, byMethod: {}, cells: 0, cellsByMethod: {} };
}

export function resetCallCounter(calls: CallCounter): void {
  calls.total = 0;
  calls.cells = 0;
  for (const k of Object.keys(calls.byMethod)) delete calls.byMethod[k];
  for (const k of Object.keys(calls.cellsByMethod)) delete calls.cellsByMethod[k];
}

export type Wrap = <T extends GasObject>(raw: T) => T;

/** Makes the `wrap` function of one fake instance (one counter, one proxy cache). */
export function createWrapper(calls: CallCounter, guard?: (cls: string, method: string) => void): Wrap {
  const cache = new WeakMap<object, object>();
  const wrap = <T extends GasObject>(obj: T): T => {
    const raw = unwrap(obj);
    let p = cache.get(raw);
    if (!p) {
      p = new Proxy(raw, handler);
      cache.set(raw, p);
    }
    return p as T;
  };
  const handler: ProxyHandler<GasObject> = {
    get(target, prop, receiver) {
      if (prop === RAW) return target;
      if (typeof prop === 'symbol' || PASS_THROUGH.has(prop)) return Reflect.get(target, prop);
      const cls = target._cls;
      const value: unknown = Reflect.get(target, prop);
      // `_` members are the fake's internals (never GAS API): readable for debugging/pretty-printing, not counted.
      if (prop.startsWith('_')) return value === undefined ? missingMember(cls, prop) : value;
      if (typeof value === 'function') {
        const key = `${cls}.${prop}`;
        const method = value as (...args: unknown[]) => unknown;
        return function counted(...args: unknown[]): unknown {
          calls.total++;
          calls.byMethod[key] = (calls.byMethod[key] ?? 0) + 1;
          guard?.(cls, prop);
          const result = method.apply(target, args);
          // Methods return raw objects (`return this` for chaining); callers only ever see proxies.
          const moved = cellsMoved(target, prop, args, result);
          if (moved > 0) {
            calls.cells += moved;
            calls.cellsByMethod[key] = (calls.cellsByMethod[key] ?? 0) + moved;
          }
          if (result === target) return receiver;
          if (result instanceof GasObject) return wrap(result);
          return result;
        };
      }
      if (value === undefined) return missingMember(cls, prop);
      return value;
    },
    set(target, prop) {
      // GAS objects have no writable fields; writing one is a bug in the caller.
      throw new TypeError(`Cannot set ${target._cls}.${String(prop)}: Apps Script objects have no writable properties`);
    },
  };
  return wrap;
}

/** Number of cells in a 2-D array (a grid read or written), or 0 when the value is not one. */
function gridCells(value: unknown): number {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) return 0;
  let n = 0;
  for (const row of value as unknown[][]) n += row.length;
  return n;
}

/**
 * Cells a call moves, uniformly for every method: a grid returned (getValues, getFormulas, getNotes,
 * getDataValidations, getBackgrounds…) or passed (setValues, setFormulas, setNumberFormats…) counts its
 * cells; a Range setter or clear taking one value for the whole range (setNumberFormat, setDataValidation,
 * clearContent…) counts the range's cells. Single-cell getters (getValue…) count one.
 */
function cellsMoved(target: GasObject, prop: string, args: unknown[], result: unknown): number {
  const read = gridCells(result);
  if (read > 0) return read;
  const written = gridCells(args[0]);
  if (written > 0) return written;
  if (target._cls === 'RangeList' && /^(set|clear)/.test(prop)) {
    return (target as unknown as { _ranges: { _nr: number; _nc: number }[] })._ranges.reduce((n, r) => n + r._nr * r._nc, 0);
  }
  if (target._cls !== 'Range') return 0;
  const r = target as unknown as { _nr: number; _nc: number };
  if (/^(set|clear)/.test(prop)) return r._nr * r._nc;
  if (/^get(Value|DisplayValue|Formula|NumberFormat|Note|DataValidation|Background)$/.test(prop)) return 1;
  return 0;
}

/** The raw object behind a public proxy (or the value itself when it is not one of ours). */
export function unwrap<T>(value: T): T {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    const raw = (value as { [RAW]?: T })[RAW];
    if (raw !== undefined) return raw;
  }
  return value;
}

/**
 * An enum such as `SpreadsheetApp.WrapStrategy`. Members are their own names as strings: GAS enum
 * values stringify to their name, and plain strings compare by identity, so
 * `e.authMode === ScriptApp.AuthMode.NONE` works with `{ authMode: 'NONE' }` test events.
 * Reading an unknown member throws (rather than giving undefined).
 */
export function enumOf<K extends string>(path: string, members: readonly K[]): { readonly [P in K]: P } {
  const obj: Record<string, string> = {};
  for (const m of members) obj[m] = m;
  Object.freeze(obj);
  return new Proxy(obj, {
    get(target, prop) {
      if (typeof prop === 'symbol' || PASS_THROUGH.has(prop) || prop in target) return Reflect.get(target, prop);
      throw new TypeError(`${path}.${prop} is not implemented by the fake`);
    },
  }) as { readonly [P in K]: P };
}
