import { en as englishErrors, fr as frenchErrors } from 'zod/locales';
import type { EndpointName, RequestOf, ResponseOf } from '../../contract/endpoints';
import { requestSchemas } from '../../contract/schemas';
import type { Lang } from '../../core/i18n';
import { Problem } from '../../core/problem';
import { userLang } from '../../sheets/settings';

type Issue = { path: readonly PropertyKey[]; message: string };

/**
 * Wraps a sidebar endpoint: validates the request with its zod schema (the browser is not trusted),
 * and turns a Problem into an Error whose message is in the person's language — google.script.run
 * hands the sidebar only the message.
 */
export function endpoint<K extends EndpointName>(name: K, handle: (request: RequestOf<K>, lang: Lang) => ResponseOf<K>) {
  return (request: unknown): ResponseOf<K> => {
    const lang = (name === 'getContext' ? statedLang(request) : undefined) ?? userLang();
    const parsed = requestSchemas()[name].safeParse(request, { error: (lang === 'en' ? englishErrors : frenchErrors)().localeError });
    if (!parsed.success) throw new Error(invalidRequest(name, parsed.error.issues, lang));
    try {
      return handle(parsed.data, lang);
    } catch (e) {
      if (e instanceof Problem) throw new Error(e.render(lang));
      throw e;
    }
  };
}

/**
 * The person's language as getContext's polls state it (see ContextRequest), which spares a
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
