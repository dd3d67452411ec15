import type { ProjectList, ProjectSummary } from '../../contract/endpoints';
import { isBlank } from '../../core/cells/text';
import { INSTRUMENTS } from '../../core/instruments';
import { PROJECTS } from '../../sheets/schema';
import { projectId, readColumns } from '../../sheets/table';
import { knownLayouts } from '../../sheets/templates/fingerprint';
import { findSheet } from '../../sheets/workbook';
import { endpoint } from './endpoint';
import { readWithProject } from './get-project';

/**
 * Every project, for the sidebar's search and previous / next: Projets' rows in their order, then
 * IDs that only the grids getProject reads hold (rows added there before a sync), so none listed is
 * unreachable; an ID that only a grid read on demand holds is no project getProject opens either
 * (issue 10: four sheets fewer, 39 calls → 23 and 181,000 cells → 101,000 at 10,000 projects): the sync
 * adds it to Projets.
 * The sheets' layouts as setup left them (fingerprint.ts, as getProject reads them) spare asking each
 * sheet its width: two calls for the property, one getLastColumn fewer per sheet (31 calls → 27 at
 * 10,000 projects); a sheet whose columns moved since is asked as before (table.ts readHead).
 */
export const listProjects = endpoint('listProjects', (): ProjectList => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const projects: ProjectSummary[] = [];
  const seen = new Map<string, ProjectSummary>();
  const layouts = knownLayouts();
  for (const spec of [PROJECTS, ...readWithProject().map((key) => INSTRUMENTS[key].sheet)]) {
    const sheet = findSheet(spreadsheet, spec);
    if (!sheet) continue;
    // The two columns shown, not the whole sheet.
    const { values } = readColumns(sheet, spec, ['id', 'name'], layouts.get(spec.id));
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
