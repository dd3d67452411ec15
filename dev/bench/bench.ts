/**
 * `npm run bench`: times the add-on's operations on the BUILT dist/Code.js and prints a table
 * (task, rows, median ms, service calls, of which builder calls, cells moved, estimated Apps Script time); `--json` prints one JSON object per line instead.
 * Each timing is the median of RUNS runs after WARMUP runs. Tasks come from ./tasks/*.ts modules.
 */
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';

import { CODE_PATH } from '../addon/load';
import { FUNCTION_TASKS } from './tasks/functions';
import { WORKBOOK_TASKS } from './tasks/workbook';
import { ENGINE_TASKS } from './tasks/engine';
import { IMPORT_TASKS } from './tasks/import';
import type { BenchTask, Prepared } from './tasks/types';
import { describeModel, estimate, kindOf } from './latency';

const TASKS: readonly BenchTask[] = [...FUNCTION_TASKS, ...WORKBOOK_TASKS, ...IMPORT_TASKS, ...ENGINE_TASKS];

const WARMUP = 2;
const RUNS = 7;
const json = process.argv.includes('--json');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

interface Row {
  task: string;
  rows: number;
  ms: number;
  serviceCalls: number;
  /** Cells moved by one run's reads and writes (workbook tasks). */
  cells?: number;
  /** Of serviceCalls, the builder calls (rules, charts): they assemble an object in the script and never reach the spreadsheet. */
  builders?: number;
  /** Estimated Apps Script ms, low and high (dev/bench/latency.ts). */
  estLowMs?: number;
  estHighMs?: number;
  bytes?: number;
  /** Service calls per method (JSON output only: what to cut when a count is over its goal). */
  byMethod?: Record<string, number>;
  /** Set when the task failed (e.g. a custom function touched a service): its time is not a result. */
  error?: string;
  note?: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(run: () => unknown, check?: (result: unknown) => void): number {
  for (let i = 0; i < WARMUP; i++) check ? check(run()) : run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Cells moved and the estimated Apps Script time of the last run, when the task counts them. */
function costs(p: Prepared): Pick<Row, 'cells' | 'builders' | 'estLowMs' | 'estHighMs' | 'byMethod'> {
  const c = p.counts?.();
  if (!c) return {};
  const e = estimate(c.byMethod, c.cells);
  const builders = Object.entries(c.byMethod).reduce((n, [m, k]) => n + (kindOf(m).name === 'builder' ? k : 0), 0);
  return { cells: c.cells, builders, estLowMs: Math.round(e.low), estHighMs: Math.round(e.high), ...(json ? { byMethod: c.byMethod } : {}) };
}

function emit(row: Row): void {
  if (json) console.log(JSON.stringify({ ...row, ms: Math.round(row.ms * 1000) / 1000 }));
  else {
    const ms = row.error ? 'FAILED' : row.ms.toFixed(2);
    const cells = row.cells === undefined ? '' : String(row.cells);
    const builders = row.builders ? String(row.builders) : '';
    const est = row.estLowMs === undefined ? '' : `${seconds(row.estLowMs)}–${seconds(row.estHighMs!)}`;
    console.log(
      `${row.task.padEnd(28)} ${String(row.rows).padStart(7)} ${ms.padStart(10)} ${String(row.serviceCalls).padStart(13)} ${builders.padStart(8)} ${cells.padStart(11)} ${est.padStart(16)}${row.error ? `  ${row.error}` : ''}${row.note ? `  ${row.note}` : ''}`,
    );
  }
}

if (!json) {
  console.log(
    `${'task'.padEnd(28)} ${'rows'.padStart(7)} ${'median ms'.padStart(10)} ${'service calls'.padStart(13)} ${'builders'.padStart(8)} ${'cells moved'.padStart(11)} ${'est. Apps Script'.padStart(16)}`,
  );
  console.log('-'.repeat(99));
}

// What every custom-function call pays in Sheets: the whole file is evaluated in a fresh context.
const code = readFileSync(CODE_PATH, 'utf8');
const bytes = statSync(CODE_PATH).size;
// A fresh source string each run (a unique trailing comment) defeats V8's compile cache, as in Sheets.
let evaluation = 0;
emit({
  task: 'load dist/Code.js (fresh vm)',
  rows: 0,
  ms: time(() => vm.runInContext(`${code}\n// run ${evaluation++}`, vm.createContext({}), { filename: 'Code.js' })),
  serviceCalls: 0,
  bytes,
});

// The same source each run, as the bench measured before issue 10 (its « about 6 ms »): V8 reuses the
// compiled code, so this is the top level's run alone. Kept beside the fresh figure so that the two
// ways of measuring are never compared with each other.
emit({
  task: 'load dist/Code.js (cached)',
  rows: 0,
  ms: time(() => vm.runInContext(code, vm.createContext({}), { filename: 'Code.js' })),
  serviceCalls: 0,
});

// zod's module set-up alone (src/contract/zod.ts, bundled as the build does): what a load would pay
// if zod were imported statically; the bundle requires it on a sidebar call's first use instead.
const zod = buildSync({
  entryPoints: ['src/contract/zod.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'ZOD_',
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'warning',
}).outputFiles[0].text;
emit({
  task: 'zod module set-up (fresh vm)',
  rows: 0,
  ms: time(() => vm.runInContext(`${zod}\n// run ${evaluation++}`, vm.createContext({}), { filename: 'zod.js' })),
  serviceCalls: 0,
});

for (const task of TASKS) {
  // `--only=setupWorkbook` runs every row whose task starts with that word (fresh, complete).
  if (only && !only.some((o) => task.name === o || task.name.startsWith(o))) continue;
  let previous: { size: number; ms: number } | undefined;
  for (const size of task.sizes) {
    const p = task.prepare(size);
    try {
      const ms = time(p.run, p.check);
      // Linear growth is what the engine must keep (issue 10): ×10 rows should cost about ×10 time.
      const growth = task.growth && previous ? `×${(ms / previous.ms).toFixed(1)} time for ×${size / previous.size} rows` : undefined;
      previous = { size, ms };
      emit({
        task: task.name,
        rows: size,
        ms,
        serviceCalls: p.serviceCalls(),
        ...costs(p),
        note: [p.note?.(), growth].filter(Boolean).join('; ') || undefined,
      });
    } catch (e) {
      process.exitCode = 1;
      emit({ task: task.name, rows: size, ms: NaN, serviceCalls: p.serviceCalls(), error: e instanceof Error ? e.message : String(e) });
    }
  }
}

if (!json) console.log(`\n${describeModel()}`);
if (!json) console.log(`\ndist/Code.js: ${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes); median of ${RUNS} runs after ${WARMUP} warm-up runs`);
