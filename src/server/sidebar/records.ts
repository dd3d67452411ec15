import type { Lang } from '../../core/i18n';
import type { CellJson } from '../../contract/cells';
import type { SheetRecord } from '../../contract/endpoints';
import { isEditable } from '../../core/instruments';
import type { SheetSpec } from '../../sheets/schema';
import { readRows, type KnownLayout, type Table } from '../../sheets/table';
import { namedSheet } from '../../sheets/workbook';

export { isEditable } from '../../core/instruments';

/** A cell as it crosses google.script.run: dates as ISO text (the bridge refuses Date objects). */
export function toCellJson(value: unknown): CellJson {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  // Values from another realm (the playground's vm) fail instanceof: recognise dates by their method.
  if (value && typeof (value as Date).toISOString === 'function') return toCellJson(new Date((value as Date).getTime()));
  return value === null || value === undefined ? '' : String(value);
}

export function fieldsOf(table: Table, row: readonly unknown[]): Record<string, CellJson> {
  const fields: Record<string, CellJson> = {};
  for (const [id, i] of table.columns) fields[id] = toCellJson(row[i]);
  return fields;
}

export function missingEditable(table: Table): string[] {
  return table.spec.columns.filter((c) => isEditable(c) && !table.columns.has(c.id)).map((c) => c.id);
}

/** A project's row located in a sheet's table (status says what stands in the way of saving). */
export interface Located {
  record: SheetRecord;
  table?: Table;
  /** The sheet row of the project's (first) row, whose values are table.rows[0]. */
  sheetRow?: number;
}

/** The project's rows of one sheet as readRows found them (by ID, reading the ID column only). */
export function locate(found: { table: Table; at: number[] }, sheetName: string): Located {
  const { table, at } = found;
  if (!at.length) return { table, record: { status: 'no-row', sheetName, rows: [], fields: {}, missing: missingEditable(table) } };
  return {
    table,
    sheetRow: at[0],
    record: { status: at.length > 1 ? 'duplicate' : 'ok', sheetName, rows: at, fields: fieldsOf(table, table.rows[0]), missing: missingEditable(table) },
  };
}

/** Finds the project's row in one sheet and reads it (cells moved: the ID column and that row). */
export function readRecord(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec, id: string, lang: Lang, known?: KnownLayout): Located {
  const found = namedSheet(spreadsheet, spec);
  if (!found) return { record: { status: 'no-sheet', sheetName: spec.name[lang], rows: [], fields: {}, missing: [] } };
  return locate(readRows(found.sheet, spec, id, false, known), found.name);
}
