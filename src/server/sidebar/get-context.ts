import type { Context, ContextSheet } from '../../contract/endpoints';
import { projectUnderCursor } from '../../sheets/cursor';
import { endpoint } from './endpoint';

/**
 * The project under the cursor. The sidebar polls this every few seconds, so it reads only the
 * header row and one cell (about ten service calls), never whole tables.
 */
export const getContext = endpoint('getContext', (_request, lang): Context => {
  const { spec, projectId } = projectUnderCursor(SpreadsheetApp.getActiveSpreadsheet());
  return { lang, projectId, sheet: spec ? (spec.id as ContextSheet) : null };
});
