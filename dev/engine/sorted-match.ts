/**
 * MATCH with a sorted mode (1 or -1) over a computed array, as Sheets searches sorted data: a binary
 * search for the last value not past the key. HyperFormula finds the same value (the last of equal
 * ones) but by a linear scan from the end, after normalizing the whole array, at every call. Comité's
 * rank is one such MATCH a row over the sorted marks (src/sheets/templates/formulas.ts, rankFormula):
 * at 10,000 projects that was 10⁸ steps, 5.6 s of a 28 s recompute, the only quadratic cost left.
 *
 * Only numbers searched among numbers take this path (what the rank searches); a range of cells (a
 * binary search or the column index already), an exact match (0), text or mixed values keep
 * HyperFormula's own search.
 */
import { HyperFormula, type SimpleRangeValue } from 'hyperformula';

/** HyperFormula's LookupPlugin, whose doMatch(key, values, type) MATCH calls once per cell. */
interface LookupPluginClass {
  new (...args: never[]): { match(ast: unknown, state: unknown): unknown; doMatch(key: unknown, values: SimpleRangeValue, type: number): unknown };
  implementedFunctions: Record<string, unknown>;
}

/** A value as a plain number (HyperFormula wraps dates and percentages), or undefined. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const wrapped = value as { val?: unknown } | null;
  return typeof wrapped === 'object' && wrapped !== null && typeof wrapped.val === 'number' ? wrapped.val : undefined;
}

/**
 * The numbers of a one-column or one-row array, read once per array: the arguments of a vectorized
 * MATCH are evaluated once, so its 10,000 calls share one array object. null: not all numbers.
 */
const numbersRead = new WeakMap<SimpleRangeValue, number[] | null>();
function numbersIn(values: SimpleRangeValue): number[] | null {
  let found = numbersRead.get(values);
  if (found === undefined) {
    const line = values.width() === 1 ? values.data.map((row) => row[0]) : values.height() === 1 ? values.data[0] : [];
    const read = line.map(numberOf);
    found = read.length > 0 && read.every((n) => n !== undefined) ? (read as number[]) : null;
    numbersRead.set(values, found);
  }
  return found;
}

/**
 * The 0-based index of the last value ≤ key in ascending data (type 1), or of the last value ≥ key
 * in descending data (type -1): the largest (smallest) value not past the key, the last of its equals.
 * -1 when none.
 */
export function lastNotPast(sorted: readonly number[], key: number, type: 1 | -1): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (type === 1 ? sorted[mid] <= key : sorted[mid] >= key) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** A MATCH plugin to register over HyperFormula's own (once per process, before building engines). */
export function sortedMatchPlugin(): unknown {
  const Lookup = HyperFormula.getFunctionPlugin('MATCH') as unknown as LookupPluginClass;
  return class SortedMatch extends Lookup {
    static implementedFunctions = { MATCH: Lookup.implementedFunctions.MATCH };

    // HyperFormula looks for a function's method on the plugin's own prototype, not an inherited one.
    match(ast: unknown, state: unknown): unknown {
      return super.match(ast, state);
    }

    doMatch(key: unknown, values: SimpleRangeValue, type: number): unknown {
      const sorted = (type === 1 || type === -1) && typeof key === 'number' && values.range === undefined ? numbersIn(values) : null;
      const index = sorted ? lastNotPast(sorted, key as number, type as 1 | -1) : -1;
      // Not found, or not this case: HyperFormula's answer (its error, or its own search).
      return index >= 0 ? index + 1 : super.doMatch(key, values, type);
    }
  };
}
