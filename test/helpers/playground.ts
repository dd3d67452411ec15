import { request } from 'node:http';
import type { Playground } from '../../dev/playground/playground';

/**
 * A POST to the playground's API, which takes JSON bodies only, on a connection of its own. The
 * server runs in the test's own process, whose event loop the formula engine holds for seconds at a
 * time: a pooled keep-alive socket the server closes just as fetch reuses it fails the request
 * (« other side closed », ECONNRESET under load), so no socket is reused.
 */
export function postJson(p: Playground, path: string, body: unknown): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(`${p.url}${path}`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers: res.headers as Record<string, string> })));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}
