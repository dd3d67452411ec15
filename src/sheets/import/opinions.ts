import type { Refusal } from '../../core/import/dossiers';
import { OPINIONS, opinionKey, readOpinions } from '../../core/import/opinions';
import { sameValue } from '../../core/import/plan';
import type { Lang } from '../../core/i18n';
import { FORMATS } from '../../core/instruments/formats';
import { problem } from '../../core/problem';
import { writeCells } from '../literal';
import { PROJECTS } from '../schema';
import { projectId, readColumns, readTable } from '../table';
import { findSheet } from '../workbook';
import { appendRows, writeChanges } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface OpinionsReport {
  sheet: string;
  added: number;
  updated: number;
  unchanged: number;
  refused: Refusal[];
}

/**
 * Imports an export's `Avis` table into « Avis DS » (made at the end of the workbook the first
 * time), under the caller's lock: an opinion already there (same dossier, expert and date asked)
 * gets the cells that changed (an answer given since), a new one is appended; nothing is deleted,
 * and no other sheet is written. An opinion on a dossier Projets does not hold is refused: its
 * dossiers are imported first. Calls do not grow with the rows (Projets' two columns, the sheet in
 * one read, one write per run of columns).
 */
export function importOpinions(ss: Spreadsheet, header: readonly unknown[], rows: readonly (readonly unknown[])[], lang: Lang): OpinionsReport {
  const { opinions, refused } = readOpinions(header, rows);
  const projets = findSheet(ss, PROJECTS);
  const ids = new Map<string, string>();
  if (projets) {
    const { values } = readColumns(projets, PROJECTS, ['id', 'dossier']);
    const dossiers = values.get('dossier') ?? [];
    (values.get('id') ?? []).forEach((id, r) => {
      const number = projectId(dossiers[r]);
      if (number && !ids.has(number)) ids.set(number, projectId(id));
    });
  }
  const known = opinions.filter((o) => {
    if (ids.has(o.dossier)) return true;
    refused.push({
      row: o.row,
      number: o.dossier,
      reason: {
        fr: `le dossier n° ${o.dossier} n’est pas dans Projets : importez d’abord ses dossiers`,
        en: `application no. ${o.dossier} is not in Projects: import its applications first`,
      },
    });
    return false;
  });
  refused.sort((a, b) => a.row - b.row);

  const sheet = findSheet(ss, OPINIONS) ?? newOpinionsSheet(ss, lang);
  const table = readTable(sheet, OPINIONS);
  for (const id of ['id', 'dossier', 'expert', 'asked']) {
    if (!table.columns.has(id))
      throw problem(
        `La feuille « ${sheet.getName()} » n’a pas les en-têtes du module (ID, N° dossier, Expert, Demandé le…) en ligne 1 : renommez-la, le module en créera une nouvelle. Rien n’a été écrit.`,
        `The sheet "${sheet.getName()}" does not have the add-on's headers (ID, Application no., Expert, Asked on…) in row 1: rename it and the add-on will make a new one. Nothing was written.`,
      );
  }
  const at = (id: string) => table.columns.get(id)!;
  const existing = new Map<string, number>();
  table.rows.forEach((row, r) => {
    const key = opinionKey(projectId(row[at('dossier')]), row[at('expert')], row[at('asked')]);
    if (!existing.has(key)) existing.set(key, r);
  });
  const added: typeof known = [];
  const updates: { row: number; changes: Map<string, string | Date> }[] = [];
  let unchanged = 0;
  for (const o of known) {
    const values = { ...o.values, id: ids.get(o.dossier)! };
    const r = existing.get(opinionKey(o.dossier, o.values.expert, o.values.asked));
    if (r === undefined) {
      added.push({ ...o, values });
      continue;
    }
    const changes = new Map(Object.entries(values).filter(([id, v]) => table.columns.has(id) && !sameValue(table.rows[r][at(id)], v)));
    if (changes.size) updates.push({ row: r, changes });
    else unchanged++;
  }
  appendRows(table, added.length, new Map(OPINIONS.columns.map((c) => [c.id, added.map((o) => o.values[c.id])])));
  writeChanges(table, updates);
  return { sheet: sheet.getName(), added: added.length, updated: updates.length, unchanged, refused };
}

/** « Avis DS » at the end of the workbook: its headers in row 1 (frozen), its dates as dates. */
function newOpinionsSheet(ss: Spreadsheet, lang: Lang): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.insertSheet(OPINIONS.name[lang], ss.getNumSheets());
  const columns = OPINIONS.columns;
  writeCells(sheet.getRange(1, 1, 1, columns.length), [columns.map((c) => c.header[lang])], { noPlainText: true });
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  columns.forEach((c, i) => {
    if (c.kind === 'date') sheet.getRange(2, i + 1, rows, 1).setNumberFormat(FORMATS.date);
  });
  return sheet;
}
