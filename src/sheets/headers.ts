import { headerKey } from '../core/cells/text';
import type { ColumnSpec, SheetSpec } from './schema';

// In core since the import's column matching (src/core/import/mapping.ts) compares names by the same rule.
export { headerKey };

function keysOf(column: ColumnSpec): string[] {
  return [column.header.fr, column.header.en, ...(column.aliases ?? [])].map(headerKey);
}

/** Where each column of a spec is in a header row, and the columns several headers could be. */
export interface ColumnMatch {
  /** 0-based index by column id, for the columns found in exactly one cell. */
  found: Map<string, number>;
  /** Columns two or more cells answer to equally well: none of them is taken (0-based indices). */
  ambiguous: Map<string, number[]>;
}

/**
 * Finds each column of `spec` in a header row. A header cell holding an array formula
 * (`={"Total AMI"; …}`) shows its first value, the header. An exact header (fr or en) wins over an
 * alias; each header cell serves one column only; a column two cells answer to equally well (two
 * exact headers, or no exact header and two aliases) is ambiguous and found nowhere, so nothing
 * writes into a column that may be a user's own (a reviewer's « Nom » beside a renamed « Projet »).
 */
export function matchColumns(spec: SheetSpec, headerRow: readonly unknown[]): ColumnMatch {
  const cells = headerRow.map(headerKey);
  const found = new Map<string, number>();
  const ambiguous = new Map<string, number[]>();
  const taken = new Set<number>();
  const claim = (column: ColumnSpec, keys: string[]) => {
    if (found.has(column.id) || ambiguous.has(column.id)) return;
    const matches = cells.flatMap((c, i) => (c !== '' && !taken.has(i) && keys.includes(c) ? [i] : []));
    if (matches.length === 1) found.set(column.id, matches[0]);
    else if (matches.length > 1) ambiguous.set(column.id, matches);
    for (const i of matches) taken.add(i);
  };
  for (const c of spec.columns) claim(c, [headerKey(c.header.fr), headerKey(c.header.en)]);
  for (const c of spec.columns) claim(c, keysOf(c));
  return { found, ambiguous };
}

/** The columns of `spec` found in a header row (0-based index by column id); ambiguous ones are left out. */
export function locateColumns(spec: SheetSpec, headerRow: readonly unknown[]): Map<string, number> {
  return matchColumns(spec, headerRow).found;
}
