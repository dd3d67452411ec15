/** The two languages of the product. French is the default everywhere (the users work in French). */
export type Lang = 'fr' | 'en';

/** A text shown to users, in both languages. */
export interface Text {
  fr: string;
  en: string;
}

export const DEFAULT_LANG: Lang = 'fr';

export function tr(text: Text, lang: Lang): string {
  return text[lang];
}

/** The four texts of a 0–3 level scale (index = level). */
export type Four<T> = readonly [T, T, T, T];
