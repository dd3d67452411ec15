import type { EndpointName, ErrorKind, ReplyOf, RequestOf, ResponseOf } from '../../contract/endpoints';
import { requestSchemas, zodMessages } from '../../contract/schemas';
import type { Lang } from '../../core/i18n';
import { Problem } from '../../core/problem';
import { userLang } from '../../sheets/settings';

type Issue = { path: readonly PropertyKey[]; message: string };

/** An endpoint's refusal: its kind, and its message in the person's language. */
export class Refusal extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

/**
 * Wraps a sidebar endpoint: validates the request with its zod schema (the browser is not trusted),
 * and turns a Problem into a Refusal whose message is in the person's language. What `reply` hands
 * google.script.run.
 */
export function endpoint<K extends EndpointName>(name: K, handle: (request: RequestOf<K>, lang: Lang) => ResponseOf<K>) {
  return (request: unknown): ResponseOf<K> => {
    const lang = (name === 'setLanguage' ? undefined : statedLang(request)) ?? userLang();
    const parsed = requestSchemas()[name].safeParse(request, { error: zodMessages(lang) });
    if (!parsed.success) throw new Refusal('invalid', invalidRequest(name, parsed.error.issues, lang));
    try {
      return handle(parsed.data, lang);
    } catch (e) {
      if (e instanceof Problem) throw new Refusal(e.kind, e.render(lang));
      throw e;
    }
  };
}

/**
 * An endpoint as the sidebar calls it (its top-level function): a Refusal comes back as data, typed
 * by the contract. Anything else is thrown on: a bug belongs in Apps Script's execution log, and the
 * sidebar shows it as unexpected.
 */
export function reply<K extends EndpointName>(handle: (request: unknown) => ResponseOf<K>) {
  return (request: unknown): ReplyOf<K> => {
    try {
      return { ok: true, data: handle(request) };
    } catch (e) {
      if (e instanceof Refusal) return { ok: false, error: { kind: e.kind, message: e.message } };
      throw e;
    }
  };
}

/**
 * The person's language as the panel states it with every request (StatedLang), which spares a
 * Properties read. (setLanguage's `lang` is a new choice, not the current language.) Anything but
 * "fr"/"en" is ignored here and refused by the schema.
 */
function statedLang(request: unknown): Lang | undefined {
  const lang = request !== null && typeof request === 'object' ? (request as { lang?: unknown }).lang : undefined;
  return lang === 'fr' || lang === 'en' ? lang : undefined;
}

function invalidRequest(name: string, issues: readonly Issue[], lang: Lang): string {
  const shown = issues.slice(0, 3).map((i) => {
    const where = i.path.length ? i.path.map(String).join('.') : lang === 'en' ? 'request' : 'requête';
    return `${where}${lang === 'en' ? ': ' : ' : '}${i.message}`;
  });
  const more = issues.length > 3 ? (lang === 'en' ? ` (and ${issues.length - 3} more)` : ` (et ${issues.length - 3} autres)`) : '';
  return lang === 'en'
    ? `The panel sent an invalid request to ${name}: ${shown.join('; ')}${more}. Nothing was written. Reload the panel; if this persists, report it.`
    : `Le panneau a envoyé une demande invalide à ${name} — ${shown.join(' ; ')}${more}. Rien n’a été écrit. Rechargez le panneau ; si le problème persiste, signalez-le.`;
}
