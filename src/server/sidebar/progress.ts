import type { Progress } from '../../contract/endpoints';
import { isBlank } from '../../core/cells/text';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../core/instruments';
import { reviewerKey } from '../../sheets/assessments';
import { assignedTo, doneAssessments, progressKey, type AssessmentCells } from '../../sheets/progress';
import { PROJECTS } from '../../sheets/schema';
import { projectId, readColumns } from '../../sheets/table';
import { namedSheet } from '../../sheets/workbook';
import { endpoint } from './endpoint';

/**
 * « Mes dossiers : 3 / 7 évalués »: the projects whose « Évaluateurs » name me, in Projets order,
 * each done when my latest assessment of it is « Terminée » or recused (in any instrument sheet).
 * Reads Projets' ID, name and Évaluateurs columns, and five columns of each instrument sheet.
 */
export const getProgress = endpoint('getProgress', ({ reviewer }): Progress => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const me = reviewerKey(reviewer);
  const projets = namedSheet(spreadsheet, PROJECTS);
  if (!projets) return { column: false, projects: [], done: 0, total: 0 };
  const { table, values } = readColumns(projets.sheet, PROJECTS, ['id', 'name', 'reviewers']);
  if (!table.columns.has('reviewers')) return { column: false, projects: [], done: 0, total: 0 };
  const ids = values.get('id') ?? [];
  const names = values.get('name') ?? [];
  const mine: { id: string; name: string }[] = [];
  const seen = new Set<string>();
  (values.get('reviewers') ?? []).forEach((cell, r) => {
    const id = projectId(ids[r]);
    if (!id || seen.has(id) || !assignedTo(cell).includes(me)) return;
    seen.add(id);
    mine.push({ id, name: isBlank(names[r]) ? '' : String(names[r]) });
  });

  // Per project: whether my latest assessment of it is done or recused (in any instrument sheet).
  const rows: AssessmentCells[] = [];
  for (const key of INSTRUMENT_IDS) {
    const spec = INSTRUMENTS[key].sheet;
    const found = mine.length ? namedSheet(spreadsheet, spec) : undefined;
    if (!found) continue;
    const read = readColumns(found.sheet, spec, ['id', 'reviewer', 'date', 'review-status', 'recused']).values;
    const column = (id: string) => read.get(id) ?? [];
    column('id').forEach((id, r) => {
      if (seen.has(projectId(id)) && reviewerKey(column('reviewer')[r]) === me)
        rows.push({ id, reviewer: column('reviewer')[r], date: column('date')[r], status: column('review-status')[r], recused: column('recused')[r] });
    });
  }
  const done = doneAssessments(rows);
  const projects = mine.map((p) => ({ ...p, done: done.get(progressKey(me, p.id)) ?? false }));
  return { column: true, projects, done: projects.filter((p) => p.done).length, total: projects.length };
});
