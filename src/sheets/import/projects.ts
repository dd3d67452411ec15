import { COMMITTEE } from '../../core/instruments/committee';
import { IMPORTED_COLUMNS, readDossiers, type ImportedColumn, type Refusal } from '../../core/import/dossiers';
import { importField } from '../../core/import/fields';
import { locate, type Mapping } from '../../core/import/mapping';
import { planImport, type Existing } from '../../core/import/plan';
import { problem } from '../../core/problem';
import { menuItem } from '../menu-captions';
import { INSTRUMENT_SHEETS, PROJECTS, VALUATION, column } from '../schema';
import { nextIds } from '../sync';
import { ambiguityText, FIRST_DATA_ROW, projectId, readColumns, type Table } from '../table';
import { findSheet, readSheet } from '../workbook';
import { appendRows, writeChanges } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What an import did, dossier by dossier (rows are the export's). */
export interface ImportReport {
  added: { row: number; number: string; id: string }[];
  updated: { row: number; number: string; id: string; columns: ImportedColumn[] }[];
  unchanged: number;
  refused: Refusal[];
}

/**
 * Imports an export's Dossiers table into Projets, under the caller's document lock: a dossier whose
 * number Projets holds (« N° dossier ») updates that project's cells that the export fills and that
 * changed; a new number becomes a project with the next free P-xxxx ID (the ID every other sheet
 * knows a project by; the dossier number stays its own column, so a project typed by hand or from
 * another source fits beside). Nothing is deleted; the ID, scores, comments, decisions and every
 * column the import does not fill are never written. Bad rows are refused one by one (readDossiers).
 * Everything is read and checked before the first write; service calls do not grow with the rows:
 * Projets in one read, the other sheets' ID columns, new rows in one write per run of adjacent
 * columns, changed cells in one read of formulas and one write per run of adjacent columns.
 */
export function importIntoProjects(ss: Spreadsheet, header: readonly unknown[], rows: readonly (readonly unknown[])[], mapping: Mapping): ImportReport {
  const projects = readSheet(ss, PROJECTS);
  if (!projects) throw notSetUp('Projets');
  for (const id of ['id', 'dossier'] as const) {
    const at = projects.ambiguous?.get(id);
    if (at) throw problem(ambiguityText(projects, id, at).fr, ambiguityText(projects, id, at).en);
  }
  if (!projects.columns.has('id') || !projects.columns.has('dossier')) throw notSetUp('Projets');
  const located = locate(header, mapping);
  if (!located.columns.has('dossier')) {
    const label = importField('dossier').label;
    throw problem(
      `Aucune colonne de l’export n’est associée au « ${label.fr} » (« ID » dans un export de Démarches simplifiées) : sans lui, un dossier ne peut être retrouvé à la prochaine importation. Rien n’a été écrit.`,
      `No column of the export is mapped to the "${label.en}" ("ID" in a Démarches simplifiées export): without it an application cannot be found again at the next import. Nothing was written.`,
    );
  }
  const { dossiers, refused } = readDossiers(rows, located);
  const existing = existingByNumber(projects);
  // A number on two rows of Projets: which project it is, is the user's call.
  const kept = dossiers.filter((d) => {
    const rowsInProjects = existing.duplicates.get(d.number);
    if (!rowsInProjects) return true;
    refused.push({
      row: d.row,
      number: d.number,
      reason: {
        fr: `le n° ${d.number} est sur plusieurs lignes de Projets (${rowsInProjects.join(', ')}) : gardez-en une`,
        en: `no. ${d.number} is on several rows of Projects (${rowsInProjects.join(', ')}): keep one`,
      },
    });
    return false;
  });
  refused.sort((a, b) => a.row - b.row);
  const plan = planImport(existing.byNumber, kept);
  const idAt = projects.columns.get('id')!;
  const idOf = (row: number) => projectId(projects.rows[row][idAt]);
  const ids = plan.added.length ? nextIds(reservedIds(ss, projects), plan.added.length) : [];

  const added = new Map<string, unknown[]>([['id', ids]]);
  for (const c of IMPORTED_COLUMNS)
    if (plan.added.some((d) => d.values[c] !== undefined))
      added.set(
        c,
        plan.added.map((d) => d.values[c]),
      );
  appendRows(projects, plan.added.length, added);
  writeChanges(
    projects,
    plan.updated.map((u) => ({ row: u.row, changes: u.changes })),
  );
  return {
    added: plan.added.map((d, k) => ({ row: d.row, number: d.number, id: ids[k] })),
    updated: plan.updated.map((u) => ({ row: u.dossier.row, number: u.dossier.number, id: idOf(u.row), columns: [...u.changes.keys()] })),
    unchanged: plan.unchanged.length,
    refused,
  };
}

/** Projets' projects by dossier number, with the imported columns' cells, and the numbers on several rows. */
function existingByNumber(projects: Table): { byNumber: Map<string, Existing>; duplicates: Map<string, number[]> } {
  const at = projects.columns.get('dossier')!;
  const byNumber = new Map<string, Existing>();
  const seen = new Map<string, number[]>();
  projects.rows.forEach((row, r) => {
    const number = projectId(row[at]);
    if (!number) return;
    seen.set(number, [...(seen.get(number) ?? []), r + FIRST_DATA_ROW]);
    if (byNumber.has(number)) return;
    const cells: Existing['cells'] = {};
    for (const c of IMPORTED_COLUMNS) {
      const i = projects.columns.get(c);
      if (i !== undefined) cells[c] = row[i];
    }
    byNumber.set(number, { row: r, cells });
  });
  return { byNumber, duplicates: new Map([...seen].filter(([, rows]) => rows.length > 1)) };
}

/**
 * Every project ID in use (Projets, the instrument sheets, Comité, Valorisation): a new project
 * never takes the ID of a deleted one whose scores are still there (the sync's rule, sync.ts idsIn).
 */
function reservedIds(ss: Spreadsheet, projects: Table): string[] {
  const idAt = projects.columns.get('id')!;
  const ids = projects.rows.map((row) => projectId(row[idAt]));
  for (const spec of [...INSTRUMENT_SHEETS, COMMITTEE, VALUATION]) {
    const sheet = findSheet(ss, spec);
    if (!sheet) continue;
    for (const v of readColumns(sheet, spec, ['id']).values.get('id') ?? []) ids.push(projectId(v));
  }
  return ids;
}

function notSetUp(sheetName: string) {
  const header = column(PROJECTS, 'dossier').header;
  return problem(
    `La feuille « ${sheetName} » est introuvable ou n’a pas encore ses colonnes « ID » et « ${header.fr} ». Lancez d’abord ${menuItem('setupWorkbook', 'fr')} dans le menu du module : rien n’a été écrit.`,
    `The sheet "${sheetName}" is missing or does not have its "ID" and "${header.en}" columns yet. First run ${menuItem('setupWorkbook', 'en')} from the add-on's menu: nothing was written.`,
  );
}
