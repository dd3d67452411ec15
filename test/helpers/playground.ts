import type { Playground } from '../../dev/playground/playground';

/** A POST to the playground's API, which takes JSON bodies only. */
export function postJson(p: Playground, path: string, body: unknown): Promise<Response> {
  return fetch(`${p.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
