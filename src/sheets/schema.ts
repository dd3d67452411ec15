import { exampleGrid } from '../core/grids/example';
import { gridSheetSpec } from '../core/grids/sheet';
import { INSTRUMENTS, WORKBOOK as SHEETS, type ColumnSpec, type SheetId, type SheetSpec } from '../core/instruments';

/**
 * The workbook's layout as data: which sheets exist and which columns each holds, by stable id.
 * Code finds every column by its header (French, English or an alias; see headers.ts), never by
 * position, so users may reorder columns and add their own. The template builder, the project sync
 * and the sidebar's endpoints all read this one description.
 *
 * The sheets are declared in src/core/instruments/: each instrument with its framework
 * (INSTRUMENTS), Projets and Valorisation in sheets.ts. Their columns are built on first read of
 * `columns`, never when the module loads — dist/Code.js is evaluated again on every custom-function
 * call, and those calls never need the workbook's layout.
 */
export type { ColumnKind, ColumnSpec, SheetId, SheetSpec } from '../core/instruments';
export { INSTRUMENT_SHEETS, WORKBOOK } from '../core/instruments';
export { PROJECTS, VALUATION } from '../core/instruments/sheets';

/** The instruments' sheets by their former names (the schema's, used across src/sheets and the tests). */
export const AMI: SheetSpec = INSTRUMENTS.ami.sheet;
export const SRL: SheetSpec = INSTRUMENTS.srl.sheet;
export const VALUE_CAPTURE: SheetSpec = INSTRUMENTS.vc.sheet;
export const SIAT: SheetSpec = INSTRUMENTS.siat.sheet;

export function column(sheet: SheetSpec, id: string): ColumnSpec {
  const c = sheet.columns.find((x) => x.id === id);
  if (!c) throw new Error(`No column ${id} in sheet ${sheet.id}`);
  return c;
}

/**
 * The sheet a formula's help example is written for: a template sheet, or (`grid`) the sheet of the
 * example grid « Entrée en incubation » that « Grilles personnalisées » starts with and the demo loads.
 */
export function exampleSheetSpec(id: SheetId): SheetSpec {
  return id === 'grid' ? gridSheetSpec(exampleGrid()) : SHEETS.find((s) => s.id === id)!;
}
