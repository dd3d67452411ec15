import type { ColumnKind, ColumnSpec } from './schema';

/**
 * Number formats of the template. Patterns use Sheets' locale-neutral symbols (`,` grouping, `.`
 * decimal): a French spreadsheet shows `#,##0.00 "€"` as `4 525,85 €` and `0 %` as `25 %` (the
 * space before the unit is French typography). Cells nobody formatted read back as AUTOMATIC.
 */
export const FORMATS = {
  euro: '#,##0.00 "€"',
  percent: '0 %',
  ratio: '0.00',
  date: 'dd/mm/yyyy',
  integer: '0',
  /**
   * Plain text. Not for the ID and text columns, which stay on Automatic: a leading apostrophe, the
   * only escape for `=…` on Automatic, may stay visible in a `@` cell (see literal.ts).
   */
  text: '@',
} as const;

/** What getNumberFormat() gives for a cell left on "Automatic" (both forms seen in Sheets). */
export const AUTOMATIC_FORMATS: ReadonlySet<string> = new Set(['', '0.###############', 'General']);

/** The "Automatic" format as the add-on sets it (what Format › Number › Automatic records in a macro). */
export const AUTOMATIC_FORMAT = 'General';

// ID and text columns: Automatic (no entry), where literal.ts's apostrophe keeps text as typed.
const BY_KIND: Partial<Record<ColumnKind, string>> = {
  date: FORMATS.date,
  amount: FORMATS.euro,
  percent: FORMATS.percent,
  completion: FORMATS.percent,
  years: FORMATS.integer,
  srl: FORMATS.integer,
};

/** The data cells' format of a column, or undefined to leave Sheets' automatic format. */
export function numberFormatOf(column: ColumnSpec): string | undefined {
  return column.format ?? BY_KIND[column.kind];
}
