import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlayground } from '../../dev/playground/playground';

/** `npm start` twice: the second playground takes the next free port instead of failing (issue 16 §3). */
jest.setTimeout(120_000);

let dir: string;
let busy: Server;
let port: number;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'playground-'));
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  port = (busy.address() as { port: number }).port;
});
afterEach(async () => {
  await new Promise((resolve) => busy.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

test('a port in use: the next one is tried, and the caller told', async () => {
  const told: number[] = [];
  const p = await startPlayground({ port, dataDir: dir, nextPorts: 5, onPortInUse: (n) => told.push(n) });
  try {
    expect(told).toEqual([port]);
    expect(Number(new URL(p.url).port)).toBeGreaterThan(port);
    expect((await fetch(`${p.url}/api/state`)).status).toBe(200);
  } finally {
    await p.close();
  }
});

test('no next port allowed: the error is EADDRINUSE for the caller (server.ts words it in French), not an uncaught event', async () => {
  await expect(startPlayground({ port, dataDir: dir })).rejects.toMatchObject({ code: 'EADDRINUSE' });
});
