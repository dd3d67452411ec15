import { DEFAULT_LANG, type Lang, type Text } from '../core/i18n';
import { fold, isBlank } from '../core/cells/text';
import { Problem, problem, quote } from '../core/problem';
import { parseWeights } from '../core/weights';
import { CallError } from './rows';
import { toVector } from './shapes';

/** Reads an option argument once per call; a rejection makes the whole call invalid. */
export function option<T>(fn: string, lang: Lang, param: string, value: unknown, fallback: T, parse: (v: unknown) => T): T {
  if (isBlank(value)) return fallback;
  try {
    return parse(value);
  } catch (e) {
    if (e instanceof Problem) throw new CallError(fn, lang, { fr: `${param} : ${e.render('fr')}`, en: `${param}: ${e.render('en')}` });
    throw e;
  }
}

const LANGS: Record<string, Lang> = { fr: 'fr', francais: 'fr', french: 'fr', en: 'en', anglais: 'en', english: 'en' };

export function readLang(fn: string, value: unknown): Lang {
  return option(fn, DEFAULT_LANG, 'lang', value, DEFAULT_LANG, (v) => {
    const key = typeof v === 'string' ? fold(v) : '';
    // Own keys only: "constructor" must not resolve to Object.prototype's.
    const lang = Object.prototype.hasOwnProperty.call(LANGS, key) ? LANGS[key] : undefined;
    if (!lang) throw problem(`${quote(v, 'fr')} n'est pas une langue (« fr » ou « en »)`, `${quote(v, 'en')} is not a language ("fr" or "en")`);
    return lang;
  });
}

/**
 * Weights: `count` non-negative numbers in a row or a column, not all zero. The message names the
 * first bad weight by its position so users find it in their Paramètres sheet. `what` says what the
 * weights go with (« un par critère… »), `one` names one weighted thing (« ce critère », « cette
 * dimension »), so the message fits the function.
 */
export function readWeights(fn: string, lang: Lang, value: unknown, count: number, what: Text, one: Text): readonly number[] | undefined {
  if (isBlank(value)) return undefined;
  const fail = (message: Text): never => {
    throw new CallError(fn, lang, { fr: `weights : ${message.fr}`, en: `weights: ${message.en}` });
  };
  const vector = toVector(value);
  if (!vector || vector.length !== count) {
    fail({
      fr: `il faut ${count} poids (${what.fr}), en ligne ou en colonne`,
      en: `${count} weights are needed (${what.en}), in a row or a column`,
    });
  }
  try {
    return parseWeights(vector!, one);
  } catch (e) {
    if (e instanceof Problem) fail({ fr: e.render('fr'), en: e.render('en') });
    throw e;
  }
}
