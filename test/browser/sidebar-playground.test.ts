import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlayground, type Playground } from '../../dev/playground/playground';
import { postJson } from '../helpers/playground';

/** The playground server without a browser: the sidebar's calls, persistence, reset and test hooks. */
jest.setTimeout(60_000);

let dir: string;
let running: Playground | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'playground-'));
});
afterEach(async () => {
  await running?.close();
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function start(testHooks = true): Promise<Playground> {
  running = await startPlayground({ port: 0, dataDir: dir, testHooks });
  return running;
}

async function post<T>(p: Playground, path: string, body: unknown): Promise<T> {
  const res = await postJson(p, path, body);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

type Run = { ok: boolean; value?: any; message?: string };
const COMMENT = 'comment:caractere-collectif';
// The demo's first reviewer scored every reviewed project (issue 11): her assessment is the one edited.
const ME = { id: 'P-0001', reviewer: 'Claire Martin' };

test('google.script.run calls reach dist/Code.js; edits survive a restart; reset brings the demo back', async () => {
  let p = await start();
  const context = await post<Run>(p, '/api/run', { name: 'getContext', args: [{}] });
  expect(context).toMatchObject({ ok: true, value: { ok: true, data: { lang: 'fr', projectId: 'P-0001', sheet: 'projects' } } });
  const project = (await post<Run>(p, '/api/run', { name: 'getProject', args: [ME] })).value.data;
  const saved = await post<Run>(p, '/api/run', {
    name: 'saveProject',
    args: [{ ...ME, date: project.date, sheet: 'ami', changes: [{ field: COMMENT, before: project.instruments.ami.fields[COMMENT], after: 'Persisté' }] }],
  });
  expect(saved).toMatchObject({ ok: true, value: { ok: true, data: { status: 'saved', written: 1 } } });
  await post(p, '/api/select', { sheet: 'Grille AMI', row: 4, col: 2 });
  await p.close();

  p = await start();
  const again = (await post<Run>(p, '/api/run', { name: 'getProject', args: [ME] })).value.data;
  expect(again.instruments.ami.fields[COMMENT]).toBe('Persisté');
  expect((await post<Run>(p, '/api/run', { name: 'getContext', args: [{}] })).value.data).toMatchObject({ sheet: 'ami', projectId: 'P-0003' });

  await post(p, '/api/reset', {});
  const fresh = (await post<Run>(p, '/api/run', { name: 'getProject', args: [ME] })).value.data;
  expect(fresh.instruments.ami.fields[COMMENT]).toBe(project.instruments.ami.fields[COMMENT]);
});

test('refusals come back as typed replies, failures with their message; the test hooks fail a call and edit as someone else', async () => {
  const p = await start();
  expect(await post<Run>(p, '/api/run', { name: 'getProject', args: [{ id: 42 }] })).toMatchObject({
    ok: true,
    value: { ok: false, error: { kind: 'invalid', message: expect.stringContaining('demande invalide à getProject') } },
  });
  expect(await post<Run>(p, '/api/run', { name: 'nope', args: [] })).toMatchObject({
    ok: false,
    message: expect.stringContaining('Script function not found: nope'),
  });
  await post(p, '/api/test/fail-next', { message: 'NetworkError: simulée' });
  expect(await post<Run>(p, '/api/run', { name: 'getContext', args: [{}] })).toEqual({ ok: false, message: 'NetworkError: simulée' });
  expect(await post<Run>(p, '/api/run', { name: 'getContext', args: [{}] })).toMatchObject({ ok: true });

  await post(p, '/api/test/edit', { sheet: 'Grille AMI', id: 'P-0002', field: COMMENT, value: '=1+1' });
  const project = (await post<Run>(p, '/api/run', { name: 'getProject', args: [{ id: 'P-0002' }] })).value.data;
  // The hook types like a person in Sheets: `=1+1` is a formula there (the engine computes it).
  expect(p.book.fake.cellsWithFormulas().some((c) => c.formula === '=1+1')).toBe(true);
  expect(project.instruments.ami.fields[COMMENT]).not.toBe('=1+1');
});

test('the page and the sidebar are served, the sidebar with its google.script.run shim', async () => {
  const p = await start();
  const page = await (await fetch(p.url)).text();
  expect(page).toContain('<iframe id="sidebar"');
  const sidebar = await (await fetch(`${p.url}/sidebar`)).text();
  expect(sidebar.indexOf('window.google = { script:')).toBeGreaterThan(0);
  expect(sidebar.indexOf('window.google = { script:')).toBeLessThan(sidebar.indexOf('<div id="app"'));
  const state = (await (await fetch(`${p.url}/api/state`)).json()) as { menus: { items: { caption?: string }[] }[]; sheets: { name: string }[] };
  expect(state.menus[0].items.map((i) => i.caption)).toContain('Ouvrir le panneau');
  expect(state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Projets', 'Grille AMI', 'SRL', 'Captation de valeur', 'SIAT', 'Valorisation']));
  expect((await fetch(`${p.url}/../../package.json`)).status).toBe(404);
});

/** A raw request, with the Host and Origin headers a browser would send for another site. */
function raw(p: Playground, method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; text: string }> {
  const { port } = new URL(p.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: Number(port), method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('only this machine’s playground pages can drive the server', () => {
  const run = JSON.stringify({ name: 'saveProject', args: [{ ...ME, sheet: 'ami', changes: [{ field: COMMENT, before: '', after: 'x' }] }] });

  test('a request addressed to another host name (DNS rebinding) is refused', async () => {
    const p = await start();
    const host = `evil.example:${new URL(p.url).port}`;
    expect((await raw(p, 'GET', '/api/state', { host })).status).toBe(403);
    expect((await raw(p, 'GET', '/', { host })).status).toBe(403);
    expect((await raw(p, 'GET', '/api/state', { host: `127.0.0.1:${new URL(p.url).port}` })).status).toBe(200);
  });

  test('a request from another site’s page (foreign Origin) is refused; the playground’s own origin is served', async () => {
    const p = await start();
    const host = `localhost:${new URL(p.url).port}`;
    const json = { host, 'content-type': 'application/json' };
    expect((await raw(p, 'POST', '/api/run', { ...json, origin: 'http://evil.example' }, run)).status).toBe(403);
    expect((await raw(p, 'POST', '/api/reset', { ...json, origin: `http://localhost:1` }, '{}')).status).toBe(403);
    expect((await raw(p, 'POST', '/api/run', { ...json, origin: `http://${host}` }, JSON.stringify({ name: 'getContext', args: [{}] }))).status).toBe(200);
  });

  test('POST bodies must be JSON: text/plain (what a cross-site form or simple fetch sends) is refused, nothing runs', async () => {
    const p = await start();
    const host = `localhost:${new URL(p.url).port}`;
    expect((await raw(p, 'POST', '/api/run', { host, 'content-type': 'text/plain;charset=UTF-8' }, run)).status).toBe(415);
    expect((await raw(p, 'POST', '/api/run', { host }, run)).status).toBe(415);
    const project = (await post<Run>(p, '/api/run', { name: 'getProject', args: [ME] })).value.data;
    expect(project.instruments.ami.fields[COMMENT]).not.toBe('x');
  });

  test('the test hooks exist only when the server is started for tests', async () => {
    const p = await start(false);
    const res = await fetch(`${p.url}/api/test/fail-next`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(404);
    expect(await post<Run>(p, '/api/run', { name: 'getContext', args: [{}] })).toMatchObject({ ok: true });
  });
});
