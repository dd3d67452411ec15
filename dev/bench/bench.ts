/**
 * `npm run bench`: times the add-on's operations on the BUILT dist/Code.js and prints a table
 * (task, rows, median ms, service calls); `--json` prints one JSON object per line instead.
 * Each timing is the median of RUNS runs after WARMUP runs. Tasks come from ./tasks/*.ts modules.
 */
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';

import { CODE_PATH } from '../addon/load';
import { FUNCTION_TASKS } from './tasks/functions';
import { WORKBOOK_TASKS } from './tasks/workbook';
import type { BenchTask } from './tasks/types';

const TASKS: readonly BenchTask[] = [...FUNCTION_TASKS, ...WORKBOOK_TASKS];

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
  bytes?: number;
  /** Set when the task failed (e.g. a custom function touched a service): its time is not a result. */
  error?: string;
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

function emit(row: Row): void {
  if (json) console.log(JSON.stringify({ ...row, ms: Math.round(row.ms * 1000) / 1000 }));
  else {
    const ms = row.error ? 'FAILED' : row.ms.toFixed(2);
    console.log(
      `${row.task.padEnd(28)} ${String(row.rows).padStart(7)} ${ms.padStart(10)} ${String(row.serviceCalls).padStart(13)}${row.error ? `  ${row.error}` : ''}`,
    );
  }
}

if (!json) {
  console.log(`${'task'.padEnd(28)} ${'rows'.padStart(7)} ${'median ms'.padStart(10)} ${'service calls'.padStart(13)}`);
  console.log('-'.repeat(61));
}

// What every custom-function call pays in Sheets: the whole file is evaluated in a fresh context.
const code = readFileSync(CODE_PATH, 'utf8');
const bytes = statSync(CODE_PATH).size;
emit({
  task: 'load dist/Code.js (fresh vm)',
  rows: 0,
  ms: time(() => vm.runInContext(code, vm.createContext({}), { filename: 'Code.js' })),
  serviceCalls: 0,
  bytes,
});

for (const task of TASKS) {
  if (only && !only.includes(task.name)) continue;
  for (const size of task.sizes) {
    const p = task.prepare(size);
    try {
      emit({ task: task.name, rows: size, ms: time(p.run, p.check), serviceCalls: p.serviceCalls() });
    } catch (e) {
      process.exitCode = 1;
      emit({ task: task.name, rows: size, ms: NaN, serviceCalls: p.serviceCalls(), error: e instanceof Error ? e.message : String(e) });
    }
  }
}

if (!json) console.log(`\ndist/Code.js: ${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes); median of ${RUNS} runs after ${WARMUP} warm-up runs`);
