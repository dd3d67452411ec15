import { fold } from '../core/cells/text';
import type { ColumnSpec, SheetSpec } from './schema';

/** Header comparison ignores case, accents, spaces and punctuation: "Total AMI" = "total-ami". */
export function headerKey(text: unknown): string {
  return fold(String(text ?? '')).replace(/[^a-z0-9€%]+/g, '');
}

function keysOf(column: ColumnSpec): string[] {
  return [column.header.fr, column.header.en, ...(column.aliases ?? [])].map(headerKey);
}

/**
 * Finds each column of `spec` in a header row: 0-based index by column id, for the columns present.
 * A header cell holding an array formula (`={"Total AMI"; …}`) shows its first value, the header.
 * An exact header (fr or en) wins over an alias, and each header cell serves one column only.
 */
export function locateColumns(spec: SheetSpec, headerRow: readonly unknown[]): Map<string, number> {
  const cells = headerRow.map(headerKey);
  const found = new Map<string, number>();
  const taken = new Set<number>();
  const claim = (column: ColumnSpec, keys: string[]) => {
    if (found.has(column.id)) return;
    const index = cells.findIndex((c, i) => c !== '' && !taken.has(i) && keys.includes(c));
    if (index >= 0) {
      found.set(column.id, index);
      taken.add(index);
    }
  };
  for (const c of spec.columns) claim(c, [headerKey(c.header.fr), headerKey(c.header.en)]);
  for (const c of spec.columns) claim(c, keysOf(c));
  return found;
}
