// Prints the README's formula table (Markdown) from the custom-function registry, so the README
// never drifts from the functions' declared parameters, help and examples.
//
//   node scripts/readme-functions.mjs          print the table
//   node scripts/readme-functions.mjs --write  replace the table between the markers in README.md
//   node scripts/readme-functions.mjs --check  exit 1 when README.md's table differs
//
// The registry is read from the TypeScript sources, bundled in memory with esbuild (nothing written).
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const START = '<!-- functions:start -->';
export const END = '<!-- functions:end -->';
const README = path.join(ROOT, 'README.md');

async function registry() {
  const out = await build({
    // The registry, and the sheet names its examples are written for.
    stdin: {
      contents: "export { CUSTOM_FUNCTIONS } from './src/functions/registry'; export { exampleSheetSpec } from './src/sheets/schema';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const module = { exports: {} };
  vm.runInNewContext(out.outputFiles[0].text, { module, exports: module.exports, require: createRequire(import.meta.url) });
  const { CUSTOM_FUNCTIONS, exampleSheetSpec } = module.exports;
  return CUSTOM_FUNCTIONS.map((spec) => ({ ...spec, exampleSheetName: exampleSheetSpec(spec.exampleSheet).name.fr }));
}

const cell = (text) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** `AMI_SCORE(levels; [weights]; [out_of])`: `;` as in every example, optional arguments in brackets. */
export function signature(spec) {
  return `${spec.name}(${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join('; ')})`;
}

export function table(specs) {
  const lines = ['| Function | What it computes | Sheet of the example | Example |', '|---|---|---|---|'];
  for (const spec of specs) lines.push(`| \`${signature(spec)}\` | ${cell(spec.summary.fr)} | ${spec.exampleSheetName} | \`${cell(spec.example)}\` |`);
  return lines.join('\n');
}

/** The README's table between the markers, or undefined when the markers are missing. */
export function readmeTable(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return text.slice(start + START.length, end).trim();
}

const generated = table(await registry());
if (process.argv.includes('--write')) {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  writeFileSync(README, `${text.slice(0, start + START.length)}\n${generated}\n${text.slice(end)}`);
  console.log('README.md: formula table updated');
} else if (process.argv.includes('--check')) {
  const current = readmeTable(readFileSync(README, 'utf8'));
  if (current !== generated) {
    console.error('README.md: the formula table differs from the registry; run `node scripts/readme-functions.mjs --write`');
    process.exit(1);
  }
} else {
  console.log(generated);
}
