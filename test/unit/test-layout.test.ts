/**
 * Issue 9 §6: the tests' shared code lives in one folder, test/helpers/, with one shape per helper;
 * test/fixtures/ holds data; every other file under test/ is a test of its layer, and a test that
 * starts the playground server belongs to the browser layer. `npm test` ends with the lint.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TEST = path.resolve(__dirname, '..');
const files = (readdirSync(TEST, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/'));
const layer = (f: string) => f.split('/')[0];

test('every .ts under test/ outside helpers/ and fixtures/ is a test file', () => {
  expect(files.filter((f) => !['helpers', 'fixtures'].includes(layer(f)) && !f.endsWith('.test.ts'))).toEqual([]);
});

test('no test file defines its own call() or workbookFake(): they come from test/helpers/', () => {
  const own = files.filter(
    (f) => f.endsWith('.test.ts') && /^(export )?(function|const) (call|workbookFake)\b/m.test(readFileSync(path.join(TEST, f), 'utf8')),
  );
  expect(own).toEqual([]);
});

test('only the browser layer starts the playground server', () => {
  const starters = files.filter((f) => layer(f) !== 'helpers' && /\bawait startPlayground\(/.test(readFileSync(path.join(TEST, f), 'utf8')));
  expect(starters.map(layer)).toEqual(starters.map(() => 'browser'));
  expect(starters.length).toBeGreaterThan(0);
});

test('npm test runs the formatter and linter check', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(TEST, '../package.json'), 'utf8'));
  expect(scripts.lint).toMatch(/^biome (check|ci) \.$/);
  expect(scripts.test).toMatch(/&& npm run lint$/);
});
