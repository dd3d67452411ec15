import { toNumber } from './cells/number';
import { isBlank } from './cells/text';
import type { Text } from './i18n';
import { problem, quote } from './problem';

/**
 * The weights rule shared by AMI_SCORE / SIAT_INDEX and the Paramètres reader: every weight a
 * non-negative number (an empty one is named, so users put 0 on purpose), not all zero. `one`
 * names one weighted thing (« ce critère », « cette dimension »). Counting them is the caller's.
 */
export function parseWeights(values: readonly unknown[], one: Text): number[] {
  const weights = values.map((v, i) => {
    if (isBlank(v)) throw problem(`le poids n° ${i + 1} est vide (mettez 0 pour ignorer ${one.fr})`, `weight #${i + 1} is empty (put 0 to ignore ${one.en})`);
    const n = toNumber(v);
    if (!(n >= 0)) {
      throw problem(
        `le poids n° ${i + 1} (${quote(v, 'fr')}) doit être un nombre positif ou nul`,
        `weight #${i + 1} (${quote(v, 'en')}) must be a non-negative number`,
      );
    }
    return n;
  });
  if (weights.every((w) => w === 0)) throw problem('les poids ne peuvent pas être tous nuls', 'the weights cannot all be zero');
  return weights;
}

/**
 * Weights counted first: as many as the framework weighs (AMI_SCORE / SIAT_INDEX's `weights` and
 * the Paramètres reader both apply it). `where` follows the rule's words in the message: what the
 * caller knows of the values it got (« (un par critère…), en ligne ou en colonne », « , la plage a
 * 5 cellules »). undefined: the values were not a row or a column.
 */
export function parseCountedWeights(values: readonly unknown[] | undefined, count: number, one: Text, where: Text): number[] {
  if (!values || values.length !== count) throw problem(`il faut ${count} poids${where.fr}`, `${count} weights are needed${where.en}`);
  return parseWeights(values, one);
}
