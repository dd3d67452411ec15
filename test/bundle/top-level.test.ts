import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CODE_PATH, loadAddon } from '../../dev/addon/load';
import { builtBundle } from '../helpers/bundle';
import { workbookFake } from '../helpers/workbook';

/**
 * Sheets evaluates the whole of dist/Code.js again for every custom-function call, so its top level
 * may only define things: functions, literals, closures (`once(…)`, `perRowOfFirst(…)`), and zod's
 * class definitions. Building data at load (`const X = LIST.map(…)`) would be paid by every cell.
 *
 * The check: the bundle is loaded in a vm whose own Array and Object built-ins count their calls.
 * Anything derived from a list at load goes through one of them; zod's class setup calls none.
 */
beforeAll(() => builtBundle());

const WATCHED = {
  'Array.prototype': [
    'map',
    'flatMap',
    'filter',
    'forEach',
    'reduce',
    'find',
    'findIndex',
    'some',
    'every',
    'sort',
    'join',
    'concat',
    'slice',
    'fill',
    'includes',
    'indexOf',
  ],
  Array: ['from', 'of'],
  Object: ['fromEntries', 'entries', 'keys', 'values', 'assign'],
};

// Runs inside the vm before the bundle: wraps each watched built-in of that realm (the one the
// bundle's arrays and objects belong to) to record its name and the line of Code.js that called it.
const INSTRUMENT = `
  globalThis.__calls = [];
  let busy = false;
  for (const [owner, names] of Object.entries(${JSON.stringify(WATCHED)})) {
    const target = owner === 'Array.prototype' ? Array.prototype : globalThis[owner];
    for (const name of names) {
      const original = target[name];
      Object.defineProperty(target, name, {
        configurable: true,
        writable: true,
        value: function (...args) {
          if (!busy) {
            busy = true; // the recording itself uses arrays
            try {
              const caller = String(new Error().stack).split('\\n')[2] || '';
              __calls.push(owner + '.' + name + ' ' + caller.trim());
            } finally {
              busy = false;
            }
          }
          return original.apply(this, args);
        },
      });
    }
  }
`;

function loadCounting(code: string): { context: vm.Context; calls: () => string[] } {
  const context = vm.createContext({});
  vm.runInContext(INSTRUMENT, context);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const calls = () => [...(context.__calls as string[])];
  return { context, calls };
}

const bundle = () => readFileSync(CODE_PATH, 'utf8');

test('loading dist/Code.js calls no array or object built-in: the top level builds nothing', () => {
  const { calls } = loadCounting(bundle());
  // On failure the list says which built-in and which line of dist/Code.js: make that value lazy.
  expect(calls()).toEqual([]);
});

test('the check catches a list built at top level, as a regression would add one', () => {
  const { calls } = loadCounting(`${bundle()}\nvar COLUMNS_ = ['a', 'b'].map(function (x) { return x + ':'; });`);
  expect(calls()).toHaveLength(1);
  expect(calls()[0]).toMatch(/^Array\.prototype\.map .*Code\.js:\d+/);
});

test('the counters stay live in the bundle’s realm: work done by a call is seen', () => {
  const { context, calls } = loadCounting(bundle());
  expect(calls()).toEqual([]);
  vm.runInContext(`GIS_.entryPoints()`, context);
  expect(calls().some((c) => c.startsWith('Array.prototype.map'))).toBe(true);
  // A custom function builds what it needs on its first call (the lazily built lists included).
  const before = calls().length;
  vm.runInContext(`AMI_SCORE([[3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]])`, context);
  expect(calls().length).toBeGreaterThan(before);
});

/** zod's module set-up leaves its global config behind (`globalThis.__zod_globalConfig`): a trace that it ran. */
const zodRan = (context: vm.Context): boolean => vm.runInContext('"__zod_globalConfig" in globalThis', context) as boolean;

test('zod’s module set-up runs on a sidebar call only: loading and custom functions never pay for it', () => {
  const { context } = loadCounting(bundle());
  expect(zodRan(context)).toBe(false);
  vm.runInContext(`AMI_SCORE([[3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]])`, context);
  expect(zodRan(context)).toBe(false);
  // A sidebar endpoint validates its request with zod: set up then, once.
  const fake = workbookFake();
  try {
    const addon = loadAddon(fake.createContext());
    expect(zodRan(addon.context)).toBe(false);
    expect(addon.fn('getContext')({})).toMatchObject({ ok: true });
    expect(zodRan(addon.context)).toBe(true);
  } finally {
    fake.done();
  }
});
