import { DEFAULT_LANG, type Lang, type Text } from '../core/i18n';
import { isBlank } from '../core/cells/text';
import { fold } from '../core/cells/text';
import { toNumber } from '../core/cells/number';
import { Problem, problem, quote } from '../core/problem';
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
  const weights = vector!.map((v, i) => {
    const n = isBlank(v) ? NaN : toNumber(v);
    if (isBlank(v)) fail({ fr: `le poids n° ${i + 1} est vide (mettez 0 pour ignorer ${one.fr})`, en: `weight #${i + 1} is empty (put 0 to ignore ${one.en})` });
    if (!(n >= 0)) {
      fail({
        fr: `le poids n° ${i + 1} (${quote(v, 'fr')}) doit être un nombre positif ou nul`,
        en: `weight #${i + 1} (${quote(v, 'en')}) must be a non-negative number`,
      });
    }
    return n;
  });
  if (weights.every((w) => w === 0)) fail({ fr: 'les poids ne peuvent pas être tous nuls', en: 'the weights cannot all be zero' });
  return weights;
}
