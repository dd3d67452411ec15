import type { Text } from '../core/i18n';
import { isBlank } from '../core/cells/text';
import { problem, type Problem } from '../core/problem';
import { lastUsedRow, writeColumnChanges, writeColumns } from './blocks';
import { repeatedAssessments, type AssessmentKey } from './assessments';
import { PROJECT_ID_PATTERN } from './literal';
import { menuItem } from './menu-captions';
import { COMMITTEE } from '../core/instruments/committee';
import { INSTRUMENT_SHEETS, PROJECTS, VALUATION, type SheetSpec } from './schema';
import { ambiguityText, FIRST_DATA_ROW, indexById, projectId, readTable, type Table } from './table';
import { findSheet, readSheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the sync did or found, for the message to the user. */
export interface SyncReport {
  projects: number;
  /** IDs given to Projets rows that had content but no ID. */
  generated: { row: number; id: string }[];
  /** IDs found on several rows of Projets: those projects are left out until fixed. */
  duplicates: { sheet: string; id: string; rows: number[] }[];
  /**
   * Rows of an instrument sheet holding the same assessment (same project, same reviewer by
   * reviewerKey, same day): reported with their rows, never merged. Several rows of one project are
   * normal (one per assessment): only a repeated key is.
   */
  sameAssessment: { sheet: string; key: AssessmentKey; rows: number[] }[];
  /** Rows with content but no ID in an instrument sheet (left as they are). */
  unidentified: { sheet: string; rows: number[] }[];
  added: { sheet: string; count: number }[];
  renamed: { sheet: string; count: number }[];
  /** Projects (distinct IDs) of an instrument sheet that Projets no longer lists (rows kept: scores are never deleted). */
  orphans: { sheet: string; count: number }[];
  /** Name columns several headers answer to: no name was written there (see matchColumns). */
  ambiguous: Text[];
}

/** A sync that found and did nothing (filled in by syncProjects). */
export const emptySyncReport = (): SyncReport => ({
  projects: 0,
  generated: [],
  duplicates: [],
  sameAssessment: [],
  unidentified: [],
  added: [],
  renamed: [],
  orphans: [],
  ambiguous: [],
});

/** The next free IDs after the highest `P-nnnn` in use, zero-padded to 4 digits like the demo's. */
export function nextIds(used: Iterable<string>, count: number): string[] {
  let max = 0;
  for (const id of used) {
    const m = PROJECT_ID_PATTERN.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Array.from({ length: count }, (_, k) => `P-${String(max + k + 1).padStart(4, '0')}`);
}

const notSetUp = (what: Text): Problem =>
  problem(
    `${what.fr} Lancez d’abord ${menuItem('setupWorkbook', 'fr')} dans le menu du module.`,
    `${what.en} First run ${menuItem('setupWorkbook', 'en')} from the add-on's menu.`,
  );

function tableOf(ss: Spreadsheet, spec: SheetSpec): Table {
  const table = readSheet(ss, spec);
  if (!table) throw notSetUp({ fr: `La feuille « ${spec.name.fr} » est introuvable.`, en: `The sheet "${spec.name.en}" is missing.` });
  const sheet = table.sheet;
  const ids = table.ambiguous?.get('id');
  if (ids) throw problem(ambiguityText(table, 'id', ids).fr, ambiguityText(table, 'id', ids).en);
  if (!table.columns.has('id')) {
    throw notSetUp({ fr: `La feuille « ${sheet.getName()} » n’a pas de colonne ID.`, en: `The sheet "${sheet.getName()}" has no ID column.` });
  }
  return table;
}

const shown = (v: unknown) => (isBlank(v) ? '' : String(v).trim());

/** An instrument sheet's rows by project ID (0-based data rows, in sheet order): one per assessment. */
function rowsByProject(table: Table): Map<string, number[]> {
  const at = table.columns.get('id')!;
  const rows = new Map<string, number[]>();
  table.rows.forEach((row, r) => {
    const id = projectId(row[at]);
    if (id) rows.set(id, [...(rows.get(id) ?? []), r]);
  });
  return rows;
}

/**
 * Every project ID a row of these tables holds. A project deleted from Projets keeps its rows in the
 * instrument sheets and Valorisation (scores are never deleted): its ID is not free, or a new
 * project given it would silently inherit the deleted one's scores.
 */
function idsIn(tables: readonly Table[]): string[] {
  return tables.flatMap((table) => {
    const at = table.columns.get('id');
    return at === undefined ? [] : table.rows.map((row) => projectId(row[at]));
  });
}

/**
 * Gives every project of Projets a row (ID and name; no reviewer, no date) in each instrument sheet
 * where it has none, and copies its name into all its rows there. An instrument sheet holds one row
 * per assessment (issue 11): a project has 0, 1 or many rows, found by ID, so sorting or filtering any
 * sheet never moves a score to another project; a second row with the same key (ID, reviewer, day) is
 * reported, never merged, since which one holds the assessment is the user's call. Each sheet is
 * read in one block; new rows are written in one block, changed IDs and names one run of adjacent
 * rows at a time (only the changed cells); every read and check happens before the first write.
 * The caller holds the document lock.
 */
export function syncProjects(ss: Spreadsheet): SyncReport {
  const projects = tableOf(ss, PROJECTS);
  // Comité (issue 11) is one row per project like the instrument sheets were; a workbook set up before it has none yet.
  const instruments = [...INSTRUMENT_SHEETS, ...(findSheet(ss, COMMITTEE) ? [COMMITTEE] : [])].map((spec) => tableOf(ss, spec));
  const report = emptySyncReport();
  // Names are copied only into the add-on's own name column: one that several headers answer to
  // (its own and a user's « Projet », say) is left alone and reported, in Projets as elsewhere.
  for (const table of [projects, ...instruments]) {
    const at = table.ambiguous?.get('name');
    if (at) report.ambiguous.push(ambiguityText(table, 'name', at));
  }

  const index = indexById(projects);
  const idAt = projects.columns.get('id')!;
  // Without a name column in Projets the names are unknown: instrument sheets' names are kept.
  const nameAt = projects.columns.get('name');
  // Valorisation is read only when IDs are to be given (it is not synced, and may be absent).
  const valuation = index.missing.length ? findSheet(ss, VALUATION) : null;
  const reserved = index.missing.length ? idsIn([projects, ...instruments, ...(valuation ? [readTable(valuation, VALUATION)] : [])]) : [];
  const newIds = nextIds(reserved, index.missing.length);
  const idChanges = new Map(index.missing.map((row, k) => [row - FIRST_DATA_ROW, newIds[k]]));
  report.generated = index.missing.map((row, k) => ({ row, id: newIds[k] }));
  for (const [id, rows] of index.duplicates) report.duplicates.push({ sheet: projects.sheet.getName(), id, rows });

  // The projects to give a row, in Projets order: one per ID, duplicates left out.
  const wanted: { id: string; name: unknown }[] = [];
  projects.rows.forEach((row, r) => {
    const id = idChanges.get(r) ?? projectId(row[idAt]);
    if (!id || index.duplicates.has(id)) return;
    wanted.push({ id, name: nameAt === undefined ? '' : row[nameAt] });
  });
  report.projects = wanted.length;

  const plans = instruments.map((table) => {
    const sheetName = table.sheet.getName();
    const rowsById = rowsByProject(table);
    for (const { key, rows } of repeatedAssessments(table, table.rows)) report.sameAssessment.push({ sheet: sheetName, key, rows });
    const missing = indexById(table).missing;
    if (missing.length) report.unidentified.push({ sheet: sheetName, rows: missing });
    const tableNameAt = table.columns.get('name');
    const renames = new Map<number, unknown>();
    let renamed = 0; // projects, whatever their number of rows
    const appended = wanted.filter((p) => {
      const rows = rowsById.get(p.id);
      if (!rows) return true;
      if (nameAt === undefined || tableNameAt === undefined) return false;
      const stale = rows.filter((r) => shown(table.rows[r][tableNameAt]) !== shown(p.name));
      for (const r of stale) renames.set(r, p.name);
      if (stale.length) renamed++;
      return false;
    });
    const listed = new Set(wanted.map((p) => p.id));
    const orphans = [...rowsById.keys()].filter((id) => !listed.has(id) && !index.duplicates.has(id)).length;
    if (orphans) report.orphans.push({ sheet: sheetName, count: orphans });
    if (appended.length) report.added.push({ sheet: sheetName, count: appended.length });
    if (renamed) report.renamed.push({ sheet: sheetName, count: renamed });
    const firstRow = FIRST_DATA_ROW + lastUsedRow(table) + 1;
    return { table, renames, appended, firstRow, maxRows: appended.length ? table.sheet.getMaxRows() : 0 };
  });

  writeColumnChanges(projects.sheet, idAt, idChanges);
  for (const { table, renames, appended, firstRow, maxRows } of plans) {
    if (renames.size) writeColumnChanges(table.sheet, table.columns.get('name')!, renames);
    if (!appended.length) continue;
    const lastRow = firstRow + appended.length - 1;
    if (lastRow > maxRows) table.sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    const cells = new Map<number, unknown[]>([[table.columns.get('id')!, appended.map((p) => p.id)]]);
    const tableNameAt = table.columns.get('name');
    if (nameAt !== undefined && tableNameAt !== undefined)
      cells.set(
        tableNameAt,
        appended.map((p) => p.name),
      );
    writeColumns(table.sheet, firstRow, cells);
  }
  return report;
}
