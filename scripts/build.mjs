// Builds what clasp pushes (dist/Code.js, dist/Sidebar.html, dist/appsscript.json) and, with --dev,
// the local tools (playground, bench) into .build/. One script so that `npm test`, `npm start` and
// `npm run push` all build the same way.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { serverCode } from './server-code.mjs';

const dev = process.argv.includes('--dev');

await rm('dist', { recursive: true, force: true });
await mkdir('dist', { recursive: true });

// ---- Server: one IIFE, then a real top-level declaration per entry point -----------------------
const server = await serverCode();
await writeFile('dist/Code.js', server.code);

// ---- Sidebar: one self-contained page (Apps Script serves no separate JS or CSS files) ---------
if (existsSync('sidebar/index.html')) {
  const page = await build({
    entryPoints: ['sidebar/main.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  // HtmlService mangles `://` in inline scripts (skaut/shared-drive-mover 24e0122), and `</script`
  // inside the code would end the tag early.
  const js = page.outputFiles[0].text.replace(/<\/script/gi, '<\\/script').replace(/:\/\//g, ':\\/\\/');
  const css = await readFile('sidebar/style.css', 'utf8');
  const html = await readFile('sidebar/index.html', 'utf8');
  // split/join, not String.replace: `$&` sequences in minified code would be expanded by replace.
  const out = html.split('/*STYLE*/').join(css).split('/*SCRIPT*/').join(js);
  await writeFile('dist/Sidebar.html', out);
}

await copyFile('appsscript.json', 'dist/appsscript.json');

// ---- The playground's page (local only, never pushed): its script with the grid (jspreadsheet CE)
// and chart (Chart.js) libraries, and their styles, into .build/. Built by every build, not only
// --dev: the browser tests of `npm test` serve it.
if (existsSync('dev/playground/page/main.js')) {
  await mkdir('.build', { recursive: true });
  await build({
    entryPoints: { 'playground-page': 'dev/playground/page/main.js' },
    outdir: '.build',
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'eof', // the libraries' MIT notices stay with their code
    logLevel: 'warning',
  });
}

// ---- Local tools (not pushed): the playground and the benchmark run the built add-on in Node ---
if (dev) {
  await mkdir('.build', { recursive: true });
  const tools = ['dev/playground/server.ts', 'dev/bench/bench.ts'].filter((f) => existsSync(f));
  await build({
    entryPoints: Object.fromEntries(tools.map((f) => [f.includes('playground') ? 'playground' : 'bench', f])),
    outdir: '.build',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

const size = async (f) => (existsSync(f) ? `${((await stat(f)).size / 1024).toFixed(1)} KiB` : 'absent');
console.log(
  `built dist/Code.js (${await size('dist/Code.js')}, ${server.entries.length} entry points), dist/Sidebar.html (${await size('dist/Sidebar.html')}), dist/appsscript.json`,
);
