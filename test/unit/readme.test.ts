/**
 * The README's formula table (between the functions:start/end markers) is generated from the
 * registry by scripts/readme-functions.mjs: this fails when they differ, with the fix in the message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { README_ONLY } from '../helpers/functions';

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
  expect(rows).toHaveLength(27); // 13 of contract v1, 4 of contract v2, READ_DATE (issue 12), 4 of the SROI method (issue 13), RND_VERDICT, GODIN_PROFILE and GRID_SCORE (issue 14), AMI_PROFILE_GAPS and AMI_PORTFOLIO (issue 10)
  for (const row of rows) {
    const example = /\| `(=[A-Z_]+\(.*\))` \|$/.exec(row)?.[1];
    expect(example).toBeDefined();
    expect(example).not.toMatch(/\w, /); // "," only as a decimal mark
  }
});

(existsSync(SPEC) ? test : test.skip)('every signature is the one formulas.md declares, or extends it with optional arguments at the end', () => {
  const spec = readFileSync(SPEC, 'utf8');
  for (const signature of table
    .split('\n')
    .slice(2)
    .map((row) => /^\| `([^`]+)`/.exec(row)![1])) {
    if (README_ONLY.includes(signature.slice(0, signature.indexOf('(')))) continue;
    // Users' formulas keep working: new arguments are optional and come last (SROI_VALUE's [start]).
    let declared = signature;
    while (!spec.includes(`\`${declared}\``) && /; \[[a-z_]+\]\)$/.test(declared)) declared = declared.replace(/; \[[a-z_]+\]\)$/, ')');
    expect(spec).toContain(`\`${declared}\``);
  }
});

test('the README’s menu table lists every item of the menu, with its top-level function', async () => {
  const { MENU } = await import('../../src/server/menu');
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const item of MENU) {
    if (item === 'separator') continue;
    expect(readme).toContain(`| ${item.caption.fr} | \`${item.action}\` |`);
  }
});

test('the README says how to try it, how to publish it, and why custom functions may show #NAME?', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  expect(readme).toMatch(/## Trying it on one spreadsheet[\s\S]*Extensions › Apps Script[\s\S]*`\.clasp\.json`[\s\S]*`npm run push`/);
  expect(readme).toMatch(
    /## Publishing it[\s\S]*\*\*standalone\*\*[\s\S]*\*\*standard Google Cloud project\*\*[\s\S]*\*\*OAuth consent screen\*\*[\s\S]*\*\*Google Workspace Marketplace SDK\*\*/,
  );
  expect(readme).toContain('no `addOns` section');
  for (const scope of manifest.oauthScopes) expect(readme).toContain(scope);
  expect(readme).toMatch(/`#NAME\?` until the add-on is enabled in the document/);
  expect(readme).toContain('« Utiliser dans ce document »');
  expect(readme).toMatch(/\*\*Copies of the workbook\*\*/);
  expect(readme).toMatch(/\*\*not recognised under Test deployments\*\*/);
});
