import { KINDS } from '../core/instruments/kinds';
import type { ColumnSpec } from './schema';

export { FORMATS } from '../core/instruments/formats';

/** What getNumberFormat() gives for a cell left on "Automatic" (both forms seen in Sheets). */
export const AUTOMATIC_FORMATS: ReadonlySet<string> = new Set(['', '0.###############', 'General']);

/** The "Automatic" format as the add-on sets it (what Format › Number › Automatic records in a macro). */
export const AUTOMATIC_FORMAT = 'General';

/** The data cells' format of a column, or undefined to leave Sheets' automatic format (ID and text columns: see literal.ts). */
export function numberFormatOf(column: ColumnSpec): string | undefined {
  return column.format ?? KINDS[column.kind].format;
}
