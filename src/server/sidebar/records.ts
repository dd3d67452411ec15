import type { Lang } from '../../core/i18n';
import type { CellJson } from '../../contract/cells';
import type { SheetRecord } from '../../contract/endpoints';
import { isEditable } from '../../core/instruments';
import type { SheetSpec } from '../../sheets/schema';
import { indexById, FIRST_DATA_ROW, type Table } from '../../sheets/table';
import { readSheet } from '../../sheets/workbook';

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
  /** 0-based data-row index of the project's (first) row. */
  index?: number;
}

export function locate(table: Table, id: string): Located {
  const { byId, duplicates } = indexById(table);
  const index = byId.get(id);
  const sheetName = table.sheet.getName();
  if (index === undefined) return { table, record: { status: 'no-row', sheetName, rows: [], fields: {}, missing: missingEditable(table) } };
  const rows = duplicates.get(id) ?? [index + FIRST_DATA_ROW];
  return {
    table,
    index,
    record: { status: rows.length > 1 ? 'duplicate' : 'ok', sheetName, rows, fields: fieldsOf(table, table.rows[index]), missing: missingEditable(table) },
  };
}

/** Reads one sheet in one block and locates the project in it. */
export function readRecord(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec, id: string, lang: Lang): Located {
  const table = readSheet(spreadsheet, spec);
  if (!table) return { record: { status: 'no-sheet', sheetName: spec.name[lang], rows: [], fields: {}, missing: [] } };
  return locate(table, id);
}
