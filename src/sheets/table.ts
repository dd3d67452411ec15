import { isBlank } from '../core/cells/text';
import { problem, quote, type Problem } from '../core/problem';
import type { Text } from '../core/i18n';
import { locateColumns, matchColumns } from './headers';
import { withoutStrayApostrophe, writeCells, type CellInput } from './literal';
import { column, type SheetSpec } from './schema';
import { columnLetters } from './templates/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * One sheet's table read in one block: the header row, the data rows and where each known column
 * is. Row numbers are only valid until someone sorts or inserts rows: code keeps project IDs, and
 * looks a row up again by ID (under the lock) before writing to it.
 */
export interface Table {
  sheet: Sheet;
  spec: SheetSpec;
  header: unknown[];
  /** Data rows (sheet rows 2…), each as wide as the sheet's used columns; from readRows, only the project's row(s). */
  rows: unknown[][];
  /** 0-based column index by column id, for the columns found in the header. */
  columns: Map<string, number>;
  /** Columns several header cells answer to (0-based indices): found nowhere, never written. */
  ambiguous?: Map<string, number[]>;
}

export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

/**
 * Two service calls whatever the number of rows. A sheet whose headers are not in row 1 (a title
 * above them) or repeated below it is refused with a message saying what to fix: read as it is, its
 * header row would be taken for a project.
 */
export function readTable(sheet: Sheet, spec: SheetSpec): Table {
  const values = sheet.getDataRange().getValues();
  const misplaced = headerRowBelow(spec, values);
  if (misplaced) throw headerRowProblem(sheet.getName(), spec, values, misplaced);
  const [header = [], ...rows] = values;
  const { found, ambiguous } = matchColumns(spec, header);
  return { sheet, spec, header, rows, columns: found, ambiguous };
}

/**
 * A sheet's first rows (the header and up to four rows below it, read whole to refuse a misplaced
 * header as readTable does) and its size: what readRows and readColumns start from, so that what the
 * sidebar reads does not grow with the number of projects except by the columns it scans.
 */
interface Head {
  table: Table;
  /** Rows 1…HEADER_SEARCH_ROWS (or fewer), or the whole sheet when it is small, as read. */
  top: unknown[][];
  last: number;
  width: number;
}

/**
 * Up to this many cells a sheet is read whole, in one read instead of three (first rows, a column,
 * a row): a read costs as much as 5,000 to 10,000 cells moved (dev/bench/latency.ts), so the
 * workbooks of a few hundred projects keep their speed and larger ones move a bounded amount more.
 */
export const WHOLE_SHEET_CELLS = 5000;

/**
 * A sheet's layout as the last full setup left it (fingerprint.ts): its width, and where each column
 * of the spec was (0-based, in the spec's order).
 */
export interface KnownLayout {
  width: number;
  columns: readonly number[];
}

/**
 * `known`: the layout setup left, which spares asking the sheet its width (a service call). The first
 * rows are read that wide, and used only when every column is still where setup put it (a computed
 * one may show blank there: its header formula not evaluated yet); else (a column inserted, moved or
 * removed since, a version with new columns, a sheet narrower than that) the sheet is asked. Columns
 * users appended since are not read: for readers only (the panel's getProject), which use the spec's
 * columns; writers read the whole header under the lock, so a header appended since that makes a
 * column ambiguous still stops a save.
 */
function readHead(sheet: Sheet, spec: SheetSpec, known?: KnownLayout): Head {
  const last = sheet.getLastRow();
  if (known && last && known.columns.length === spec.columns.length) {
    let top: unknown[][] | undefined;
    try {
      top = sheet.getSheetValues(1, 1, headHeight(last, known.width), known.width);
    } catch {
      // Narrower than it was (columns deleted): the sheet is asked.
    }
    // Anything unusual (a misplaced header row too) is left to the read of the whole header.
    const head = top && !headerRowBelow(spec, top) ? headOf(sheet, spec, top, last, known.width) : undefined;
    if (head && asLaidOut(head.table, known)) return head;
  }
  const full = sheet.getLastColumn();
  const top = last && full ? sheet.getSheetValues(1, 1, headHeight(last, full), full) : [];
  const misplaced = headerRowBelow(spec, top);
  if (misplaced) throw headerRowProblem(sheet.getName(), spec, top, misplaced);
  return headOf(sheet, spec, top, last, full);
}

function asLaidOut({ spec, header, columns, ambiguous }: Table, known: KnownLayout): boolean {
  if (ambiguous?.size) return false;
  return spec.columns.every((c, k) => {
    const at = known.columns[k];
    const found = columns.get(c.id);
    return at >= 0 && (found === at || (found === undefined && c.kind === 'computed' && isBlank(header[at])));
  });
}

/** How many first rows are read: all of a small sheet, else the rows a header may be found in. */
const headHeight = (last: number, width: number) => (last * width <= WHOLE_SHEET_CELLS ? last : Math.min(last, HEADER_SEARCH_ROWS));

function headOf(sheet: Sheet, spec: SheetSpec, top: unknown[][], last: number, width: number): Head {
  const { found, ambiguous } = matchColumns(spec, top[0] ?? []);
  return { table: { sheet, spec, header: top[0] ?? [], rows: [], columns: found, ambiguous }, top, last, width };
}

/** Data rows first…last of one column range (0-based columns), from the first rows already read when they hold them. */
function readBlock(head: Head, first: number, count: number, column: number, columns: number): unknown[][] {
  if (first + count - 1 <= head.top.length) return head.top.slice(first - 1, first - 1 + count).map((r) => r.slice(column, column + columns));
  return head.table.sheet.getSheetValues(first, column + 1, count, columns);
}

/**
 * Some columns of every data row, by column id (adjacent columns in one read; absent columns left out).
 * `known`: as readHead's, for readers only.
 */
export function readColumns(sheet: Sheet, spec: SheetSpec, ids: readonly string[], known?: KnownLayout): { table: Table; values: Map<string, unknown[]> } {
  const head = readHead(sheet, spec, known);
  return { table: head.table, values: columnsOf(head, ids) };
}

function columnsOf(head: Head, ids: readonly string[]): Map<string, unknown[]> {
  const values = new Map<string, unknown[]>();
  const count = head.last - FIRST_DATA_ROW + 1;
  const at = ids.flatMap((id) => {
    const i = head.table.columns.get(id);
    return i === undefined ? [] : [{ id, i }];
  });
  at.sort((a, b) => a.i - b.i);
  for (const [first, last] of runs(at.map((c) => c.i))) {
    const block = count > 0 ? readBlock(head, FIRST_DATA_ROW, count, first, last - first + 1) : [];
    for (const c of at)
      if (c.i >= first && c.i <= last)
        values.set(
          c.id,
          block.map((r) => r[c.i - first]),
        );
  }
  return values;
}

/** Sorted distinct numbers as runs of consecutive ones: [first, last] each. */
function runs(sorted: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const run = out[out.length - 1];
    if (run && n <= run[1] + 1) run[1] = Math.max(run[1], n);
    else out.push([n, n]);
  }
  return out;
}

/**
 * The rows holding one project ID, found by reading the ID column only: `at` lists their sheet rows
 * (in sheet order, all of them, so duplicates are seen) and `table.rows` holds the values of the
 * first one, or of all of them with `all`. Cells moved: the first rows, the ID column and those rows,
 * whatever the number of projects. Row numbers are valid only under the lock that reads them.
 */
export function readRows(sheet: Sheet, spec: SheetSpec, id: string, all = false, known?: KnownLayout): { table: Table; at: number[]; lastId: number } {
  const head = readHead(sheet, spec, known);
  const at: number[] = [];
  // The last row holding any ID (the header row when none): where a new row may go (one per assessment, issue 11).
  let lastId = HEADER_ROW;
  (columnsOf(head, ['id']).get('id') ?? []).forEach((v, i) => {
    const read = projectId(v);
    if (read === id) at.push(i + FIRST_DATA_ROW);
    if (read) lastId = i + FIRST_DATA_ROW;
  });
  for (const [first, last] of runs(all ? at : at.slice(0, 1))) head.table.rows.push(...readBlock(head, first, last - first + 1, 0, head.width));
  return { table: head.table, at, lastId };
}

/** Which header cells answer to one column, and what to do: the add-on writes into none of them. */
export function ambiguityText(table: Pick<Table, 'sheet' | 'spec' | 'header'>, id: string, at: readonly number[], added = false): Text {
  const name = table.sheet.getName();
  const header = column(table.spec, id).header;
  const cells = (lang: 'fr' | 'en') => at.map((i) => `${columnLetters(i)} (${quote(table.header[i], lang)})`).join(lang === 'fr' ? ' et ' : ' and ');
  if (added) {
    return {
      fr: `Dans « ${name} », les colonnes ${cells('fr')} répondent toutes à « ${header.fr} » : le module n’écrit dans aucune et a ajouté sa propre colonne « ${header.fr} » en fin de feuille.`,
      en: `In "${name}", columns ${cells('en')} all answer to "${header.en}": the add-on writes into none of them and added its own "${header.en}" column at the end of the sheet.`,
    };
  }
  return {
    fr: `Dans « ${name} », les colonnes ${cells('fr')} répondent toutes à « ${header.fr} » : le module n’écrit dans aucune. Donnez l’en-tête « ${header.fr} » à celle du module et un autre nom aux vôtres.`,
    en: `In "${name}", columns ${cells('en')} all answer to "${header.en}": the add-on writes into none of them. Give the add-on's column the header "${header.en}" and your own ones another name.`,
  };
}

/** How far down a header row is looked for: a title, a subtitle and a blank line above it, say. */
export const HEADER_SEARCH_ROWS = 5;

/**
 * The 1-based row among rows 2–5 that holds the spec's headers, or 0: the ID column's header, at
 * least one other, and headers for at least half of its filled cells — the way a header row reads
 * and a project's row does not (its ID cell holds an ID; a value that happens to be a header, such
 * as a unit « Projet » or a stakeholder « Bénéficiaires », is one cell among many). Everything reads
 * the headers in row 1 and the projects from row 2: such a sheet is refused, never misread (sync
 * would make a project of that row).
 */
export function headerRowBelow(spec: SheetSpec, firstRows: readonly (readonly unknown[])[]): number {
  for (let r = 1; r < Math.min(firstRows.length, HEADER_SEARCH_ROWS); r++) {
    const found = locateColumns(spec, firstRows[r]);
    const filled = firstRows[r].filter((v) => !isBlank(v)).length;
    if (found.has('id') && found.size >= 2 && found.size * 2 >= filled) return r + 1;
  }
  return 0;
}

/** Refuses a sheet whose header row is not row 1 (see headerRowBelow), reading its first rows only. */
export function checkHeaderRow(sheet: Sheet, spec: SheetSpec): void {
  const height = Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS);
  if (height < 2) return;
  const firstRows = sheet.getRange(1, 1, height, sheet.getLastColumn()).getValues();
  const row = headerRowBelow(spec, firstRows);
  if (row) throw headerRowProblem(sheet.getName(), spec, firstRows, row);
}

/** Says which row holds what, and what to do, before anything is written. */
export function headerRowProblem(sheetName: string, spec: SheetSpec, firstRows: readonly (readonly unknown[])[], row: number): Problem {
  const cells = (r: readonly unknown[] = []) => r.filter((v) => !isBlank(v)).slice(0, 3);
  const headers = cells(firstRows[row - 1]);
  const list = (lang: 'fr' | 'en') => headers.map((v) => quote(v, lang)).join(', ');
  if (locateColumns(spec, firstRows[0] ?? []).has('id')) {
    return problem(
      `Dans « ${sheetName} », la ligne ${row} répète les en-têtes de la ligne 1 (${list('fr')}…) : le module la lirait comme un projet. Supprimez la ligne ${row}, puis relancez l’action.`,
      `In "${sheetName}", row ${row} repeats the headers of row 1 (${list('en')}…): the add-on would read it as a project. Delete row ${row}, then run the action again.`,
    );
  }
  const shown = Array.from({ length: row - 1 }, (_, r) => cells(firstRows[r])).flat();
  const one = row === 2;
  const above = (lang: 'fr' | 'en') => {
    if (shown.length) return `${lang === 'fr' ? (one ? 'contient' : 'contiennent') : one ? 'holds' : 'hold'} ${shown.map((v) => quote(v, lang)).join(', ')}`;
    return lang === 'fr' ? (one ? 'est vide' : 'sont vides') : one ? 'is empty' : 'are empty';
  };
  const rows = (lang: 'fr' | 'en') => (one ? (lang === 'fr' ? 'la ligne 1' : 'row 1') : lang === 'fr' ? `les lignes 1 à ${row - 1}` : `rows 1 to ${row - 1}`);
  return problem(
    `Dans « ${sheetName} », les en-têtes (${list('fr')}…) sont en ligne ${row} et ${rows('fr')} au-dessus ${above('fr')} : le module lit toujours les en-têtes en ligne 1 et les projets à partir de la ligne 2. Supprimez ${rows('fr')} (un titre peut aller dans le nom de la feuille), puis relancez l’action.`,
    `In "${sheetName}", the headers (${list('en')}…) are in row ${row} and ${rows('en')} above ${above('en')}: the add-on always reads headers in row 1 and projects from row 2. Delete ${rows('en')} (a title can go in the sheet's name), then run the action again.`,
  );
}

export function value(table: Table, row: unknown[], columnId: string): unknown {
  const i = table.columns.get(columnId);
  return i === undefined ? undefined : row[i];
}

/**
 * A project ID as read from a cell. `'P-0001` is P-0001: an earlier version wrote IDs with an
 * apostrophe into plain-text cells, where Sheets may show it (literal.ts); the ID generator and every
 * match by ID read IDs through here, so such a row never counts as another project.
 */
export function projectId(value: unknown): string {
  return isBlank(value) ? '' : String(withoutStrayApostrophe(String(value).trim())).trim();
}

export interface IdIndex {
  /** 0-based data-row index by project ID (first occurrence). */
  byId: Map<string, number>;
  /** IDs found on more than one row, with their sheet row numbers. */
  duplicates: Map<string, number[]>;
  /** Sheet row numbers of rows that have content but no ID. */
  missing: number[];
}

/**
 * `missing` counts rows with something typed in them but no ID: what the computed columns spill (a
 * header formula's results, Comité's envelope block beside its rows) is no content of a row.
 */
export function indexById(table: Pick<Table, 'rows' | 'columns'> & { spec?: SheetSpec }, idColumn = 'id'): IdIndex {
  const col = table.columns.get(idColumn);
  const byId = new Map<string, number>();
  const seen = new Map<string, number[]>();
  const missing: number[] = [];
  if (col === undefined) return { byId, duplicates: new Map(), missing };
  const computed = new Set((table.spec?.columns ?? []).filter((c) => c.kind === 'computed').map((c) => table.columns.get(c.id)));
  table.rows.forEach((row, r) => {
    const id = projectId(row[col]);
    const sheetRow = r + FIRST_DATA_ROW;
    if (!id) {
      if (row.some((v, c) => !computed.has(c) && !isBlank(v))) missing.push(sheetRow);
      return;
    }
    if (!byId.has(id)) byId.set(id, r);
    seen.set(id, [...(seen.get(id) ?? []), sheetRow]);
  });
  const duplicates = new Map([...seen].filter(([, rows]) => rows.length > 1));
  return { byId, duplicates, missing };
}

/**
 * Writes single cells of one row, grouping adjacent columns into one write (text stays text:
 * literal.ts). Only the given cells are touched: computed columns (spilled array formulas) and other people's cells in the
 * same row are left alone.
 */
export function writeRowCells(sheet: Sheet, sheetRow: number, cells: ReadonlyMap<number, CellInput>): void {
  const columns = [...cells.keys()].sort((a, b) => a - b);
  let start = 0;
  while (start < columns.length) {
    let end = start;
    while (end + 1 < columns.length && columns[end + 1] === columns[end] + 1) end++;
    const run = columns.slice(start, end + 1).map((c) => cells.get(c));
    writeCells(sheet.getRange(sheetRow, columns[start] + 1, 1, run.length), [run]);
    start = end + 1;
  }
}
