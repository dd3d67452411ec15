import type { EndpointName, RequestOf, ResponseOf } from '../src/contract/endpoints';

/**
 * google.script.run as typed promises (gas-client style): `call('getProject', { id })` resolves with
 * the contract's response type, and rejects with the server's Error (whose message is all the
 * sidebar gets from Apps Script).
 */
export function call<K extends EndpointName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => resolve(value as ResponseOf<K>))
      .withFailureHandler((error: unknown) => reject(error instanceof Error ? error : new Error(String((error as { message?: unknown })?.message ?? error))));
    runner[name](request as google.script.Parameter);
  });
}
