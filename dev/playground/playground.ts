import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { pageState } from './view';
import { GOOGLE_SCRIPT_SHIM } from './shim';
import { PlaygroundWorkbook } from './workbook';

export interface PlaygroundOptions {
  /** 0 = any free port. */
  port: number;
  /** Where the workbook is kept between runs (git-ignored .playground/ by default). */
  dataDir: string;
  host?: string;
  /** Repository root (dist/ and dev/playground/public/ are read from there). */
  root?: string;
  /**
   * Serves the /api/test/* hooks (make the next call fail, edit a cell as someone else). For the
   * test harnesses only: `npm start` never sets it.
   */
  testHooks?: boolean;
  /** How many following ports to try when `port` is in use (npm start: another playground is running). */
  nextPorts?: number;
  /** Told each port found in use before the next one is tried. */
  onPortInUse?: (port: number) => void;
}

export interface Playground {
  url: string;
  book: PlaygroundWorkbook;
  close(): Promise<void>;
}

const STATIC: Record<string, [file: string, type: string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/page.css': ['page.css', 'text/css; charset=utf-8'],
};

/** The page's script, bundled with its grid and chart libraries by scripts/build.mjs. */
const PAGE_BUNDLE = join('.build', 'playground-page.js');
const PAGE_STYLES = join('.build', 'playground-page.css');

const MAX_BODY = 1_000_000;

/** The grid's requests, checked before anything is written (a bad one is a 400 with zod's message). */
const position = z.number().int().min(1);
const GRID = {
  edit: z.object({
    sheet: z.string(),
    edits: z
      .array(z.object({ row: position, col: position, text: z.string().max(50_000) }))
      .min(1)
      .max(10_000),
    confirmed: z.boolean().default(false),
  }),
  sort: z.object({ sheet: z.string(), col: position, ascending: z.boolean().default(true) }),
  insert: z.object({ sheet: z.string(), dimension: z.enum(['row', 'column']), at: position }),
};

/** Host names this server answers to: it runs the add-on for this machine's browser only. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `localhost:8080` → `localhost`, `[::1]:8080` → `[::1]`. */
function hostName(host: string): string {
  const m = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(host);
  return m ? m[1].toLowerCase() : '';
}

/**
 * Why a request is refused, or undefined. Any website open in the same browser can send requests to
 * localhost, and the API runs the add-on and writes the workbook: it answers only requests addressed
 * to localhost by name (another Host is DNS rebinding) and, when the browser says which page a
 * request comes from, only the playground's own pages (same Origin).
 */
function refusal(req: IncomingMessage): string | undefined {
  const host = req.headers.host ?? '';
  if (!LOCAL_HOSTS.has(hostName(host))) return `Host ${JSON.stringify(host)} refused: open the playground at http://localhost.`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return `Origin ${JSON.stringify(origin)} refused: only the playground's own pages may call it.`;
  return undefined;
}

/**
 * POST bodies must be declared JSON: other sites can send text/plain, form or multipart bodies
 * without the browser asking the server first (CORS preflight); a JSON content type needs that
 * preflight, which this server never grants.
 */
function isJson(req: IncomingMessage): boolean {
  return /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '');
}

/**
 * The playground's HTTP server: the page, the real dist/Sidebar.html with its google.script.run
 * shim, and a small JSON API (state, run a top-level function, select a cell, reset), plus test
 * hooks (make the next call fail, edit a cell as someone else) when started with `testHooks`.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const root = options.root ?? process.cwd();
  const book = new PlaygroundWorkbook(options.dataDir);
  let failNext: string | null = null;

  const routes: Record<string, (body: Record<string, unknown>) => unknown> = {
    'GET /api/state': () => pageState(book),
    'POST /api/run': (body) => {
      if (failNext !== null) {
        const message = failNext;
        failNext = null;
        return { ok: false, message };
      }
      const result = book.run(String(body.name), Array.isArray(body.args) ? body.args : []);
      // The page asks for the workbook with its menu actions; the sidebar's shim does not wait for it.
      return body.withState ? { ...result, state: pageState(book) } : result;
    },
    'POST /api/select': (body) => {
      book.select({ sheet: String(body.sheet), row: Number(body.row), col: Number(body.col) });
      return pageState(book);
    },
    'POST /api/reset': () => {
      book.reset();
      return pageState(book);
    },
    'POST /api/new': () => {
      book.newWorkbook();
      return pageState(book);
    },
    // The grid: what a person does in Sheets' cells (typed as in the fr_FR locale, see typed-input.ts).
    'POST /api/edit': (body) => {
      const edits = (Array.isArray(body.edits) ? body.edits : []).map((e: Record<string, unknown>) => ({
        row: Number(e.row),
        col: Number(e.col),
        text: String(e.text ?? ''),
      }));
      const reply = book.edit(String(body.sheet), edits, body.confirmed === true);
      return { ...reply, state: pageState(book) };
    },
    'POST /api/sort': (body) => {
      book.sort(String(body.sheet), Number(body.col), body.ascending !== false);
      return pageState(book);
    },
    'POST /api/insert': (body) => {
      book.insert(String(body.sheet), body.dimension === 'column' ? 'column' : 'row', Number(body.at));
      return pageState(book);
    },
    'POST /api/undo': () => {
      book.undo();
      return pageState(book);
    },
  };
  if (options.testHooks) {
    routes['POST /api/test/fail-next'] = (body) => {
      failNext = typeof body.message === 'string' ? body.message : 'NetworkError: connexion perdue (simulée)';
      return { ok: true };
    };
    routes['POST /api/test/edit'] = (body) => {
      book.editAsSomeoneElse(String(body.sheet), String(body.id), String(body.field), body.value as string | number | boolean);
      return pageState(book);
    };
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, 'text/plain; charset=utf-8', String((e as Error)?.message ?? e)));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refused = refusal(req);
    if (refused) return send(res, 403, 'text/plain; charset=utf-8', refused);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const key = `${req.method} ${path}`;
    const route = Object.prototype.hasOwnProperty.call(routes, key) ? routes[key] : undefined;
    if (route) {
      if (req.method === 'POST' && !isJson(req)) return send(res, 415, 'text/plain; charset=utf-8', 'POST bodies must be sent as application/json.');
      const body = req.method === 'POST' ? await readJson(req) : {};
      try {
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(route(body)));
      } catch (e) {
        if (e instanceof z.ZodError)
          return send(res, 400, 'text/plain; charset=utf-8', `Requête refusée : ${e.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(' ; ')}`);
        throw e;
      }
    }
    if (req.method === 'GET' && path === '/sidebar') {
      // Read at each request: a rebuild (npm run build) shows up on the next panel reload.
      const html = readFileSync(join(root, 'dist', 'Sidebar.html'), 'utf8');
      return send(res, 200, 'text/html; charset=utf-8', html.split('<head>').join(`<head>${GOOGLE_SCRIPT_SHIM}`));
    }
    if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (req.method === 'GET' && (path === '/page.js' || path === '/libraries.css')) {
      const file = join(root, path === '/page.js' ? PAGE_BUNDLE : PAGE_STYLES);
      if (!existsSync(file)) return send(res, 500, 'text/plain; charset=utf-8', `${file} manque : lancez npm run build (ou npm start).`);
      return send(res, 200, path === '/page.js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8', readFileSync(file));
    }
    const file = req.method === 'GET' ? STATIC[path] : undefined;
    if (file) return send(res, 200, file[1], readFileSync(join(root, 'dev', 'playground', 'public', file[0])));
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  // Node's server drops an idle connection after 5 s, while fetch (undici) may reuse it at that very
  // moment: « other side closed » in the browser tests on a loaded machine. Idle connections stay longer.
  server.keepAliveTimeout = 60_000;
  for (let port = options.port; ; port++) {
    try {
      await listen(server, port, options.host ?? '127.0.0.1');
      break;
    } catch (e) {
      const inUse = (e as NodeJS.ErrnoException).code === 'EADDRINUSE' && options.port !== 0;
      if (!inUse || port >= options.port + (options.nextPorts ?? 0)) {
        book.close();
        throw e;
      }
      options.onPortInUse?.(port);
    }
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    book,
    close: async () => {
      await closeServer(server);
      book.close();
    },
  };
}

/** Listens on a port; a port in use is a rejected promise (the caller tries the next), not an uncaught event. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('Request too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
}
