import type { EndpointError, EndpointName, ReplyOf, RequestOf, ResponseOf } from '../src/contract/endpoints';
import { statedLang } from './lang';

/** An endpoint's refusal (the contract's EndpointError), as a call's rejection. */
export class Refused extends Error {
  constructor(readonly error: EndpointError) {
    super(error.message);
    this.name = 'Refused';
  }
}

/**
 * google.script.run as typed promises (gas-client style): `call('getProject', { id })` resolves with
 * the contract's response type; it rejects with Refused when the server answers a refusal, and with
 * the transport's Error (only a message) when the call itself failed. Every request but setLanguage's
 * states the language once the panel knows it (StatedLang): the server then reads no user property for it.
 */
export function call<K extends EndpointName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => {
        const reply = value as ReplyOf<K>;
        if (reply.ok) resolve(reply.data);
        else reject(new Refused(reply.error));
      })
      .withFailureHandler((error: unknown) => reject(error instanceof Error ? error : new Error(String((error as { message?: unknown })?.message ?? error))));
    const lang = name === 'setLanguage' ? undefined : statedLang();
    runner[name]((lang ? { ...request, lang } : request) as google.script.Parameter);
  });
}
