/**
 * The README's formula table (between the functions:start/end markers) is generated from the
 * registry by scripts/readme-functions.mjs: this fails when they differ, with the fix in the message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const START = '<!-- functions:start -->';
const END = '<!-- functions:end -->';
const SPEC = path.resolve(ROOT, '../shared/spec/formulas.md');

function generated(): string {
  const run = spawnSync(process.execPath, ['scripts/readme-functions.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`scripts/readme-functions.mjs failed:\n${run.stderr}`);
  return run.stdout.trim();
}

const table = generated();

test('README.md has the formula table markers', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  expect(readme.indexOf(START)).toBeGreaterThanOrEqual(0);
  expect(readme.indexOf(END)).toBeGreaterThan(readme.indexOf(START));
});

test('the README table equals the registry (fix: node scripts/readme-functions.mjs --write)', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const current = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
  expect(current).toBe(table);
});

test('one row per function, with a French example using ";"', () => {
  const rows = table.split('\n').slice(2);
  expect(rows).toHaveLength(13);
  for (const row of rows) {
    const example = /\| `(=[A-Z_]+\(.*\))` \|$/.exec(row)?.[1];
    expect(example).toBeDefined();
    expect(example).not.toMatch(/\w, /); // "," only as a decimal mark
  }
});

(existsSync(SPEC) ? test : test.skip)('every signature is the one formulas.md declares', () => {
  const spec = readFileSync(SPEC, 'utf8');
  for (const signature of table.split('\n').slice(2).map((row) => /^\| `([^`]+)`/.exec(row)![1])) {
    expect(spec).toContain(`\`${signature}\``);
  }
});
