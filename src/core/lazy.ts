/**
 * A value built on first use, then kept. dist/Code.js is evaluated again on every custom-function
 * call, so module top levels hold literals only: anything derived from data (a column list built
 * with map, a table of formulas) sits behind `once` and is built by the calls that need it.
 */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
