import { toBoolean } from '../core/cells/proportion';
import { isBlank } from '../core/cells/text';
import { isDoneStatus } from '../core/status';
import { dayOf, reviewerKey } from './assessments';
import { projectId } from './table';

/**
 * Who must review what, and what is done (issue 11): one rule for the reviewer's « Mes dossiers :
 * 3 / 7 évalués » in the panel and the committee's view of every reviewer on the dashboard.
 */

/** The names of Projets' « Évaluateurs » cell, as compared: `;`-separated, case and spaces ignored. */
export const assignedTo = (cell: unknown): string[] => (isBlank(cell) ? [] : String(cell).split(';').map(reviewerKey).filter(Boolean));

/** One assessment row's cells this rule reads (any instrument sheet). */
export interface AssessmentCells {
  id: unknown;
  reviewer: unknown;
  date: unknown;
  status: unknown;
  recused: unknown;
}

/**
 * Per (reviewer, project): whether the reviewer's latest assessment of it (by day) is « Terminée » or
 * recused, in any instrument sheet. Keys: `reviewerKey \u0000 project ID`.
 */
export function doneAssessments(rows: Iterable<AssessmentCells>): Map<string, boolean> {
  const latest = new Map<string, { day: string; done: boolean }>();
  for (const row of rows) {
    const id = projectId(row.id);
    const who = reviewerKey(row.reviewer);
    if (!id || !who) continue;
    const key = `${who}\u0000${id}`;
    const day = dayOf(row.date);
    const done = isDoneStatus(row.status) || toBoolean(row.recused) === true;
    const known = latest.get(key);
    if (!known || day > known.day) latest.set(key, { day, done });
    else if (day === known.day) known.done ||= done;
  }
  return new Map([...latest].map(([key, { done }]) => [key, done]));
}

export const progressKey = (reviewer: string, id: string): string => `${reviewerKey(reviewer)}\u0000${id}`;
