import type { ProjectList, ProjectSummary } from '../../contract/endpoints';
import { isBlank } from '../../core/cells/text';
import { INSTRUMENT_SHEETS, PROJECTS } from '../../sheets/schema';
import { projectId, readColumns } from '../../sheets/table';
import { findSheet } from '../../sheets/workbook';
import { endpoint } from './endpoint';

/**
 * Every project, for the sidebar's search and previous / next: Projets' rows in their order, then
 * IDs that only instrument sheets hold (rows added there before a sync), so none is unreachable.
 */
export const listProjects = endpoint('listProjects', (): ProjectList => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const projects: ProjectSummary[] = [];
  const seen = new Map<string, ProjectSummary>();
  for (const spec of [PROJECTS, ...INSTRUMENT_SHEETS]) {
    const sheet = findSheet(spreadsheet, spec);
    if (!sheet) continue;
    // The two columns shown, not the whole sheet.
    const { values } = readColumns(sheet, spec, ['id', 'name']);
    const names = values.get('name') ?? [];
    (values.get('id') ?? []).forEach((cell, r) => {
      const id = projectId(cell);
      if (!id) return;
      const name = names[r];
      const known = seen.get(id);
      if (!known) {
        const entry = { id, name: isBlank(name) ? '' : String(name) };
        seen.set(id, entry);
        projects.push(entry);
      } else if (!known.name && !isBlank(name)) {
        known.name = String(name);
      }
    });
  }
  return { projects };
});
