import { problem, quote, showNumber } from '../problem';
import { toNumber } from './number';
import { fold } from './text';

const PERCENT = /^(.*?)[ \u00a0\u202f]*%$/;

const YES = new Set(['true', 'vrai', 'oui', 'yes', 'x', '✓', '✔', 'o', 'y']);
const NO = new Set(['false', 'faux', 'non', 'no', 'n']);

/** TRUE/FALSE, oui/non, vrai/faux, yes/no, x, ✓, ✔ — or undefined when the value is none of those. */
export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const key = fold(value);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

const ACCEPTED_FR = 'une proportion de 0 à 1 (0,25) ou un pourcentage (25 %)';
const ACCEPTED_EN = 'a proportion from 0 to 1 (0.25) or a percentage (25%)';

/**
 * A proportion in [0, 1]: a number in [0, 1], or text `0,25`, `25%`, `25 %`, `25,5 %`.
 * A bare number above 1 (`80`) is refused rather than guessed: 80 % and 0,8 % differ too much.
 */
export function parseProportion(value: unknown): number {
  const { n, percent } = readProportion(value);
  if (Number.isNaN(n)) throw problem(`${quote(value, 'fr')} n'est pas ${ACCEPTED_FR}`, `${quote(value, 'en')} is not ${ACCEPTED_EN}`);
  if (!percent && n > 1) {
    throw problem(
      `${quote(value, 'fr')} est ambigu : écrivez ${showNumber(n, 'fr')} % ou ${showNumber(n / 100, 'fr')} (${ACCEPTED_FR})`,
      `${quote(value, 'en')} is ambiguous: write ${showNumber(n, 'en')}% or ${showNumber(n / 100, 'en')} (${ACCEPTED_EN})`,
    );
  }
  if (n < 0 || n > 1) throw problem(`${quote(value, 'fr')} n'est pas compris entre 0 et 100 %`, `${quote(value, 'en')} is not between 0% and 100%`);
  return n;
}

/** A percentage typed as text (`80 %`, `25,5%`) as a share (0,8), or NaN when the value is no percentage. */
export function toPercent(value: unknown): number {
  const { n, percent } = readProportion(value);
  return percent ? n : NaN;
}

function readProportion(value: unknown): { n: number; percent: boolean } {
  const match = typeof value === 'string' ? PERCENT.exec(value.trim()) : null;
  return match ? { n: toNumber(match[1]) / 100, percent: true } : { n: toNumber(value), percent: false };
}

/** A level of completion: a boolean (done / not done) or a proportion. */
export function parseCompletion(value: unknown): number {
  const b = toBoolean(value);
  if (b !== undefined) return b ? 1 : 0;
  if (Number.isNaN(readProportion(value).n)) {
    throw problem(
      `${quote(value, 'fr')} n'est pas un état d'avancement (case cochée, oui/non, x, ou ${ACCEPTED_FR})`,
      `${quote(value, 'en')} is not a completion (checkbox, yes/no, x, or ${ACCEPTED_EN})`,
    );
  }
  return parseProportion(value);
}
