import { DEFAULT_LANG, type Lang, type Text } from '../src/core/i18n';

/** The sidebar's current language: French until the server says the person chose English. */
let current: Lang = DEFAULT_LANG;
/** Whether the server has said it (getContext's first answer, or a switch): only then is it stated in requests. */
let known = false;

export function lang(): Lang {
  return current;
}

/** The language to state in a request (StatedLang), once the server has said it. */
export function statedLang(): Lang | undefined {
  return known ? current : undefined;
}

export function setLang(next: Lang): void {
  current = next;
  known = true;
  document.documentElement.lang = next;
}

export function t(text: Text): string {
  return text[current];
}
