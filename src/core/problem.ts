import type { Lang } from './i18n';

/**
 * What a Problem is about, for a caller that acts on it rather than only showing it (the sidebar's
 * endpoints answer it as data, src/contract/endpoints.ts): a refused value or a state of the
 * workbook to fix (`problem`), the document lock held by someone else (`busy`), a project or row
 * that is not there (`not-found`).
 */
export type ProblemKind = 'problem' | 'busy' | 'not-found';

/**
 * A value a user typed that the product cannot accept. It carries its message in both languages,
 * rendered only when shown, so callers add where the value is (function, row, column) in the
 * caller's language.
 */
export class Problem extends Error {
  constructor(
    readonly render: (lang: Lang) => string,
    readonly kind: ProblemKind = 'problem',
  ) {
    super(render('fr'));
    this.name = 'Problem';
  }
}

export function problem(fr: string, en: string, kind?: ProblemKind): Problem {
  return new Problem((lang) => (lang === 'en' ? en : fr), kind);
}

/** Shows a received value the way users typed it: « Trés fort » in French, "Trés fort" in English. */
export function quote(value: unknown, lang: Lang): string {
  const text = showValue(value, lang);
  return lang === 'en' ? `"${text}"` : `« ${text} »`;
}

function showValue(value: unknown, lang: Lang): string {
  if (typeof value === 'number') return showNumber(value, lang);
  if (typeof value === 'boolean') return lang === 'fr' ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  // An invalid date (a cell Sheets could not read as one) has no ISO form: toISOString would throw.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? (lang === 'fr' ? 'date invalide' : 'invalid date') : value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return lang === 'fr' ? 'une plage' : 'a range';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A message is read in a cell's tooltip: a very long value would hide the explanation.
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A number with the decimal mark of the language (messages only; cells keep their number formats). */
export function showNumber(n: number, lang: Lang): string {
  return lang === 'fr' ? String(n).replace('.', ',') : String(n);
}
