import type { Progress } from '../../contract/endpoints';
import { isBlank } from '../../core/cells/text';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../core/instruments';
import { dayOf, reviewerKey } from '../../sheets/assessments';
import { PROJECTS } from '../../sheets/schema';
import { projectId, readColumns } from '../../sheets/table';
import { namedSheet } from '../../sheets/workbook';
import { toBoolean } from '../../core/cells/proportion';
import { fold } from '../../core/cells/text';
import { REVIEW_STATUSES } from '../../core/status';
import { endpoint } from './endpoint';

/** The names of Projets' « Évaluateurs » cell, as compared: `;`-separated, case and spaces ignored. */
export const assignedTo = (cell: unknown): string[] => (isBlank(cell) ? [] : String(cell).split(';').map(reviewerKey).filter(Boolean));

const DONE = new Set([fold(REVIEW_STATUSES[1].fr), fold(REVIEW_STATUSES[1].en)]);

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

  // Per project: my latest day, and whether my assessment of that day is done or recused.
  const latest = new Map<string, { day: string; done: boolean }>();
  for (const key of INSTRUMENT_IDS) {
    const spec = INSTRUMENTS[key].sheet;
    const found = mine.length ? namedSheet(spreadsheet, spec) : undefined;
    if (!found) continue;
    const read = readColumns(found.sheet, spec, ['id', 'reviewer', 'date', 'review-status', 'recused']).values;
    const column = (id: string) => read.get(id) ?? [];
    column('id').forEach((cell, r) => {
      const id = projectId(cell);
      if (!seen.has(id) || reviewerKey(column('reviewer')[r]) !== me) return;
      const day = dayOf(column('date')[r]);
      const status = column('review-status')[r];
      const done = (typeof status === 'string' && DONE.has(fold(status))) || toBoolean(column('recused')[r]) === true;
      const known = latest.get(id);
      if (!known || day > known.day) latest.set(id, { day, done });
      else if (day === known.day) known.done ||= done;
    });
  }
  const projects = mine.map((p) => ({ ...p, done: latest.get(p.id)?.done ?? false }));
  return { column: true, projects, done: projects.filter((p) => p.done).length, total: projects.length };
});
