import type { Lang } from '../core/i18n';

/** The user property holding the choice (exported for the playground, which shows its page in it). */
export const LANG_KEY = 'lang';

/** The interface language is a person's choice (made in the sidebar), kept in their user properties. */
export function userLang(): Lang {
  return PropertiesService.getUserProperties().getProperty(LANG_KEY) === 'en' ? 'en' : 'fr';
}

/**
 * The language when Properties may be unreadable (onOpen before the add-on is authorised in this
 * document, a failing service): French, the default, rather than no menu at all.
 */
export function userLangOrFrench(): Lang {
  try {
    return userLang();
  } catch {
    return 'fr';
  }
}

export function setUserLang(lang: Lang): void {
  PropertiesService.getUserProperties().setProperty(LANG_KEY, lang);
}
