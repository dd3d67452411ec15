// dist/Code.js: the server bundled into one IIFE (`GIS_`), then a real top-level declaration per
// entry point, since Apps Script only sees top-level functions. The entry points are what
// src/server/index.ts exports plus the registry's custom functions (src/server/entry-points.ts);
// `plugins` let a test build the same thing with one export more, without touching any list.
import { build } from 'esbuild';
import vm from 'node:vm';

export const GLOBAL = 'GIS_';

export async function serverCode({ plugins = [] } = {}) {
  const server = await build({
    entryPoints: ['src/server/bundle.ts'],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Readable stack traces in the Apps Script execution log matter more than bytes here.
    minify: false,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
    plugins,
  });
  const bundle = server.outputFiles[0].text;

  // The bundle lists its entry points itself: loading it in a bare context also proves its top
  // level needs no Apps Script service. A bad export stops the build here, with its message.
  const context = vm.createContext({});
  vm.runInContext(bundle, context, { filename: 'Code.js' });
  const entries = JSON.parse(JSON.stringify(vm.runInContext(`${GLOBAL}.entryPoints()`, context)));
  const names = new Set();
  const wrappers = entries.map(({ name, params, doc }) => {
    if (names.has(name)) throw new Error(`Entry point declared twice: ${name}`);
    names.add(name);
    const list = params.join(', ');
    const call = doc ? `${GLOBAL}.run('${name}', [${list}])` : `${GLOBAL}.${name}(${list})`;
    return `${doc ? `${doc}\n` : ''}function ${name}(${list}) {\n  return ${call};\n}\n`;
  });
  const header = `// Built by scripts/build.mjs from src/ — do not edit. Source: the project's repository.\n`;
  return { code: `${header}${bundle}\n${wrappers.join('\n')}`, entries };
}
