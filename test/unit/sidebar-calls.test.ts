import type { EndpointError } from '../../src/contract/endpoints';
import { S } from '../../sidebar/strings';

// Required, not imported: these modules reach google.script.run's and the DOM's types, which only
// the sidebar's program (sidebar/tsconfig.json) has, and `npm run typecheck` checks them there.
const { friendlyError } = jest.requireActual('../../sidebar/errors') as { friendlyError(error: unknown): string };
const { call, Refused } = jest.requireActual('../../sidebar/server') as {
  call(name: string, request: unknown): Promise<unknown>;
  Refused: new (error: EndpointError) => Error & { error: EndpointError };
};

/**
 * The panel's side of the contract, google.script.run stubbed as skaut/shared-drive-mover's
 * frontend tests do: a Reply's data resolves the call, its refusal rejects it typed (shown as the
 * server wrote it, whatever words it uses), and only a failed call is read from its message.
 */
type Outcome = { success: unknown } | { failure: Error };
let next: Outcome;
/** What each call sent: the endpoint and its request. */
let sent: [string, unknown][] = [];
beforeEach(() => {
  sent = [];
  const runner = (ok?: (value: unknown) => void, fail?: (error: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get: (_, prop) => {
          if (prop === 'withSuccessHandler') return (f: typeof ok) => runner(f, fail);
          if (prop === 'withFailureHandler') return (f: typeof fail) => runner(ok, f);
          return (request: unknown) => {
            sent.push([String(prop), request]);
            queueMicrotask(() => ('success' in next ? ok?.(next.success) : fail?.(next.failure)));
          };
        },
      },
    );
  (globalThis as { google?: unknown }).google = { script: { run: runner() } };
});
afterEach(() => delete (globalThis as { google?: unknown }).google);

test('a reply’s data resolves the call', async () => {
  next = { success: { ok: true, data: { lang: 'fr', projectId: null, sheet: null } } };
  await expect(call('getContext', {})).resolves.toEqual({ lang: 'fr', projectId: null, sheet: null });
});

test('a refusal rejects the call typed, and is shown as the server wrote it, even when it speaks of a connection', async () => {
  // Worded like a transport failure on purpose: its kind, not its words, decides.
  const message = 'La connexion au projet P-0404 a échoué : aucun projet n’a cet ID.';
  next = { success: { ok: false, error: { kind: 'not-found', message } } };
  const refused = await call('getProject', { id: 'P-0404' }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(Refused);
  expect((refused as InstanceType<typeof Refused>).error).toEqual({ kind: 'not-found', message });
  expect(friendlyError(refused)).toBe(message);
});

test('a failed call is recognised from its message: network, several accounts, a bug', async () => {
  next = { failure: new Error('NetworkError: connection lost') };
  const lost = await call('getContext', {}).catch((e: unknown) => e);
  expect(friendlyError(lost)).toBe(S.network.fr);
  expect(friendlyError(new Error("ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED."))).toBe(
    S.multiAccount.fr,
  );
  expect(friendlyError(new Error('TypeError: x is not a function'))).toBe(S.unexpected.fr.replace('{message}', 'TypeError: x is not a function'));
});

test('once the server has said the language, every request states it (no Properties read), except setLanguage’s new choice', async () => {
  const { setLang } = jest.requireActual('../../sidebar/lang') as { setLang(lang: 'fr' | 'en'): void };
  next = { success: { ok: true, data: { lang: 'en', projectId: null, sheet: null } } };
  await call('getContext', {});
  (globalThis as { document?: unknown }).document = { documentElement: {} };
  try {
    setLang('en');
    await call('getProject', { id: 'P-0001' });
    await call('setLanguage', { lang: 'fr' });
  } finally {
    delete (globalThis as { document?: unknown }).document;
  }
  expect(sent).toEqual([
    ['getContext', {}],
    ['getProject', { id: 'P-0001', lang: 'en' }],
    ['setLanguage', { lang: 'fr' }],
  ]);
});
