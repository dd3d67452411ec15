import { spawnSync } from 'node:child_process';
import vm from 'node:vm';

/**
 * The build declares every export of src/server/index.ts at top level, with its parameters, and
 * nothing lists them by hand: here the real build (scripts/server-code.mjs) runs on the sources
 * with one line appended to src/server/index.ts, as a developer adding an action would.
 */
jest.setTimeout(60_000);

function buildWith(appended: string): { status: number | null; code: string; stderr: string } {
  const script = `
    import { readFileSync } from 'node:fs';
    import { serverCode } from './scripts/server-code.mjs';
    const appended = process.argv[1];
    const plugin = { name: 'one-more-export', setup(b) {
      b.onLoad({ filter: /src[\\\\/]server[\\\\/]index\\.ts$/ }, (a) => ({ contents: readFileSync(a.path, 'utf8') + '\\n' + appended, loader: 'ts' }));
    } };
    const { code } = await serverCode({ plugins: [plugin] });
    process.stdout.write(code);
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, appended], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, code: run.stdout, stderr: run.stderr };
}

test('a new export of src/server/index.ts becomes a top-level function with its parameters, and runs', () => {
  const { status, code, stderr } = buildWith("export function archiveProject(archivedId: string, why?: string): string { return archivedId + ':' + why; }");
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(code).toContain('function archiveProject(archivedId, why) {\n  return GIS_.archiveProject(archivedId, why);\n}');
  const context = vm.createContext({});
  vm.runInContext(code, context);
  expect(vm.runInContext(`archiveProject('P-0001', 'fini')`, context)).toBe('P-0001:fini');
  // The existing entry points are all still declared beside it.
  for (const name of ['onOpen', 'getProject', 'setupWorkbook', 'AMI_SCORE']) expect(typeof context[name]).toBe('function');
});

test('the build stops, naming the export, when one is not a function', () => {
  const { status, stderr } = buildWith('export const ARCHIVE_LIMIT = 3;');
  expect(status).not.toBe(0);
  expect(stderr).toContain('src/server/index.ts exports « ARCHIVE_LIMIT », which is not a function (number)');
});

test('the build stops when an export’s name ends with _, which Apps Script would hide', () => {
  const { status, stderr } = buildWith('export function archive_(): void {}');
  expect(status).not.toBe(0);
  expect(stderr).toContain('« archive_ » ends with « _ », so Apps Script would hide it');
});

test('the build stops on a parameter it cannot declare (a default value)', () => {
  const { status, stderr } = buildWith("export function archiveProject(projectId: string, reason = 'fini'): string { return projectId + reason; }");
  expect(status).not.toBe(0);
  expect(stderr).toContain('the parameters of « archiveProject »');
});
