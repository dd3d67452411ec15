/**
 * The built artefact (dist/Code.js, what clasp pushes): every custom function called by its
 * top-level name on the golden projects, the generated JSDoc Sheets reads for autocomplete, and the
 * bundle's hygiene (no test-only code, nothing done at load time, no service needed to load).
 *
 * `npm test` builds first; run `npm run build` before `npx jest` on its own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

import { CODE_PATH, loadAddon, plain, type Addon } from '../../dev/addon/load';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { builtBundle } from '../helpers/bundle';
import { README_ONLY } from '../helpers/functions';
import { expectCells, thrownMessage } from '../helpers/expect';
import {
  GOLDEN,
  GOLDEN_CALLS,
  INVESTMENT,
  OUTCOMES,
  SROI_RATIO_EXPECTED,
  SROI_VALUE_CALL,
  expectedOf,
  inputRow,
  inputTable,
  multiRowCells,
  singleRowResult,
} from '../fixtures/golden';

const ROOT = path.resolve(__dirname, '../..');
const CODE = builtBundle();

/**
 * The 21 functions of the public contract: 13 of contract v1 and 4 of contract v2 (shared/spec/formulas.md),
 * and the 4 of issue 13's SROI method (the README's table).
 */
const CONTRACT_V1 = [
  'SRL_LEVEL',
  'SRL_PHASE',
  'SRL_LABEL',
  'AMI_LEVEL',
  'AMI_SCORE',
  'AMI_PROFILE',
  'AMI_GAPS',
  'VC_SCORE',
  'VC_FLAGS',
  'VC_MIX',
  'SIAT_INDEX',
  'SROI_VALUE',
  'SROI_RATIO',
];
const CONTRACT_V2 = ['CONSENSUS', 'REVIEW_SPREAD', 'LATEST', 'NORMALIZE_BY_REVIEWER'];
// The README's only: test/helpers/functions.ts.
const CONTRACT = [...CONTRACT_V1, ...CONTRACT_V2, ...README_ONLY];
const SERVICES = [
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'UrlFetchApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'HtmlService',
  'ScriptApp',
  'Session',
  'Utilities',
  'Logger',
  'CardService',
  'MailApp',
  'GmailApp',
];
const SPEC = path.resolve(ROOT, '../shared/spec/formulas.md');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}
if (newestSource(path.join(ROOT, 'src')) > statSync(CODE).mtimeMs) {
  console.warn(`${CODE_PATH} is older than src/: these tests check the last build; run \`npm run build\` (or \`npm test\`).`);
}

const code = readFileSync(CODE, 'utf8');
let addon: Addon;
beforeAll(() => {
  addon = loadAddon({}, CODE);
});

describe('the bundle', () => {
  test('loads in a bare context, with no Apps Script service and no console', () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext(code, context, { filename: 'Code.js' })).not.toThrow();
    for (const name of CONTRACT) expect(typeof context[name]).toBe('function');
  });

  test('its top level does no work: loading it touches no Apps Script service', () => {
    const touched: string[] = [];
    const sandbox: Record<string, unknown> = {};
    for (const service of SERVICES) {
      Object.defineProperty(sandbox, service, {
        get: () => {
          touched.push(service);
          return undefined;
        },
      });
    }
    vm.runInContext(code, vm.createContext(sandbox));
    expect(touched).toEqual([]);
  });

  test('contains no formula engine, no module syntax at top level and no require', () => {
    // HyperFormula (GPL) is recognised by its code, not by a comment that names it.
    for (const marker of ['gpl-v3', 'licenseKey', 'FunctionPlugin', 'class HyperFormula']) expect(code).not.toContain(marker);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/^\s*import[\s{*]/m);
    expect(code).not.toMatch(/^\s*export[\s{*]/m);
  });

  test('the custom functions are exactly the 25 of the contract (v1, v2, READ_DATE, the SROI method, GODIN_PROFILE, RND_VERDICT and GRID_SCORE)', () => {
    expect([...addon.customFunctionNames()].sort()).toEqual([...CONTRACT].sort());
    expect(CUSTOM_FUNCTIONS.map((f) => f.name).sort()).toEqual([...CONTRACT].sort());
    for (const name of CONTRACT) expect(addon.has(name)).toBe(true);
  });

  (existsSync(SPEC) ? test : test.skip)('…and formulas.md lists the same names, 13 in contract v1 and 4 in contract v2', () => {
    const [v1, v2] = readFileSync(SPEC, 'utf8').split(/^# Contract v2/m);
    const namesOf = (part: string) => [...new Set([...part.matchAll(/^\| `([A-Z_]+)\(/gm)].map((m) => m[1]))].sort();
    expect(namesOf(v1)).toEqual([...CONTRACT_V1].sort());
    expect(namesOf(v2 ?? '')).toEqual([...CONTRACT_V2].sort());
  });

  test('no top-level function name ends with "_" (Apps Script hides those)', () => {
    const names = addon.topLevelFunctions();
    expect(names.length).toBeGreaterThanOrEqual(CONTRACT.length);
    expect(names.filter((n) => n.endsWith('_'))).toEqual([]);
  });
});

/** `number`, `string`, `boolean`, `*`, a range `Array<Array<…>>` of those, or a union: what Sheets' autocomplete reads. */
const TYPE = '(?:number|string|boolean|\\*|Array<Array<(?:number|string|boolean|\\*)>>)';
const STANDARD_TYPES = new RegExp(`^${TYPE}(?:\\|${TYPE})*$`);

describe('the generated JSDoc', () => {
  /** `/** … *\/ function NAME(a, b) {` blocks of dist/Code.js. */
  const blocks = new Map<string, { doc: string; params: string[] }>();
  for (const m of code.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\nfunction ([A-Za-z_$][\w$]*)\(([^)]*)\)/g)) {
    blocks.set(m[2], {
      doc: m[1],
      params: m[3]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    });
  }

  test.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))('%s', (name, spec) => {
    const block = blocks.get(name);
    expect(block).toBeDefined();
    const { doc, params } = block!;
    const tags = doc
      .split('\n')
      .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''))
      .filter((l) => l.startsWith('@'));
    expect(tags.filter((t) => t === '@customfunction')).toHaveLength(1);
    // @param names identical to, and in the order of, the declared parameters and the registry
    const paramTags = tags.filter((t) => t.startsWith('@param'));
    const documented = paramTags.map((t) => /^@param \{[^}]*\} ([A-Za-z_$][\w$]*)/.exec(t)?.[1]);
    expect(documented).toEqual(params);
    // Google's standard types in the braces, the example in the description (never in the braces)
    paramTags.forEach((t, i) => {
      expect(/^@param \{([^}]*)\}/.exec(t)![1]).toMatch(STANDARD_TYPES);
      expect(t).toContain(`Exemple : ${spec.params[i].example}`);
    });
    expect(params).toEqual(spec.params.map((p) => p.name));
    expect(tags.filter((t) => t.startsWith('@return ')).length).toBe(1);
    // the help is the French text of the registry
    expect(doc).toContain(spec.summary.fr.replace(/\s+/g, ' ').trim());
    spec.params.forEach((p, i) => expect(paramTags[i]).toContain(p.help.fr.replace(/\s+/g, ' ').trim()));
    expect(tags.find((t) => t.startsWith('@return '))).toContain(spec.returns.fr.trim());
    expect(doc).toMatch(/[éèàêç]| de | la | les | des /);
    expect(doc).not.toContain(spec.summary.en);
    // examples use ";" as separator: never "," between arguments outside a decimal
    expect(spec.example).toMatch(new RegExp(`^=${name}\\(`));
    expect(spec.example).not.toMatch(/[A-Z]+\d*:[A-Z]+\d*,|\w,\s/);
  });
});

describe('every top-level custom function on the golden projects', () => {
  test.each(GOLDEN_CALLS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const f = addon.fn(c.fn);
    const result = plain(f(inputTable(c.input), ...c.args)) as unknown[][];
    expect(result).toHaveLength(GOLDEN.length);
    GOLDEN.forEach((p, i) => {
      const e = expectedOf(c, p);
      if (!e) return;
      expectCells(result[i], multiRowCells(c, e, i + 1), `${c.id} row ${i + 1} (${p.name})`);
      const row = inputRow(p, c.input);
      const want = singleRowResult(c, e);
      const single = () => plain(f(row.length === 1 ? row[0] : [row], ...c.args));
      if ('throws' in want) expect(thrownMessage(single)).toBe(want.throws);
      else expectCells(single(), want.value, `${c.id} single (${p.name})`);
    });
  });

  test('SROI_VALUE and SROI_RATIO on the golden outcomes', () => {
    const columns = Array.from({ length: 8 }, (_, k) => OUTCOMES.map((o) => [o.cells[k]]));
    const values = plain(addon.fn('SROI_VALUE')(...columns)) as unknown[][];
    OUTCOMES.forEach((o, i) => expectCells(values[i], multiRowCells(SROI_VALUE_CALL, o.expected, i + 1), o.name));
    expectCells(plain(addon.fn('SROI_RATIO')(values.slice(0, 5), INVESTMENT)), SROI_RATIO_EXPECTED);
    // NPV = Σ − 60 000, net SROI = ratio − 1 (functions.golden.test.ts has the arithmetic)
    const [[npv, net]] = plain(addon.fn('SROI_NPV')(values.slice(0, 5), INVESTMENT)) as number[][];
    expectCells(net, SROI_RATIO_EXPECTED - 1);
    expectCells(npv, (SROI_RATIO_EXPECTED - 1) * 60000);
    const years = plain(addon.fn('SROI_YEARS')(...columns.map((c) => c.slice(0, 5)))) as unknown[][];
    expect(typeof plain(addon.fn('SROI_PAYBACK')(years, INVESTMENT))).toBe('number');
    const table = plain(addon.fn('SROI_SWITCH')(INVESTMENT, ...columns.map((c) => c.slice(0, 5)))) as unknown[][];
    expect(table.map((r) => r.length)).toEqual([5, 5, 5, 5, 5, 5, 5, 5]);
    expectCells(table[0][2], SROI_RATIO_EXPECTED);
  });

  test('a shape error crosses the vm boundary as an Error with its message', () => {
    expect(thrownMessage(() => addon.fn('AMI_SCORE')([[1, 2, 3]]))).toBe(
      'AMI_SCORE : la plage levels doit avoir 12 colonnes (une par critère de la grille AMI) ; elle en a 3',
    );
  });
});
