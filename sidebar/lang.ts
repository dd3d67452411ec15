import { DEFAULT_LANG, type Lang, type Text } from '../src/core/i18n';

/** The sidebar's current language: French until the server says the person chose English. */
let current: Lang = DEFAULT_LANG;

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
}

export function t(text: Text): string {
  return text[current];
}
