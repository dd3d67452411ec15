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
  /** A change with its sign: +1, -2, 0 (Projets' « Évolution » columns). */
  change: '+0;-0;0',
  changeRatio: '+0.00;-0.00;0',
  /**
   * Plain text. Not for the ID and text columns, which stay on Automatic: a leading apostrophe, the
   * only escape for `=…` on Automatic, may stay visible in a `@` cell (see literal.ts).
   */
  text: '@',
} as const;
