import type { CellJson } from '../../contract/cells';
import type { Conflict, FieldChange, SaveResult } from '../../contract/endpoints';
import type { CellInput } from '../../sheets/literal';
import { problem, quote } from '../../core/problem';
import { withDocumentLock } from '../../sheets/lock';
import type { ColumnSpec, SheetSpec } from '../../sheets/schema';
import { namedSheet } from '../../sheets/workbook';
import { cellInput, sameValue } from './cell-input';
import { endpoint } from './endpoint';
import { INSTRUMENTS } from '../../core/instruments';
import { menuHint } from './menu-hint';
import { fieldsOf, isEditable, toCellJson } from './records';
import { assessmentRecord, assessmentRow, keyCells, latestDay, newDay, projectName, readProjectRows, rowsOf, writeAssessmentRow } from './assessment-rows';
import { isOnDemand } from '../../contract/endpoints';
import { readWithProject } from './get-project';

/**
 * Saves a reviewer's edits to their own assessment of one project in one sheet: the row keyed by
 * (ID, reviewer, date), found again under the document lock (rows may have been sorted, inserted or
 * deleted since the sidebar loaded them); no such row yet, a new one is appended with the key and the
 * edits in one write. Only that row is ever written: two reviewers saving the same project never
 * touch each other's rows. A key on two rows is refused, never merged. A cell that changed since
 * loading (`before` ≠ what the sheet holds) is a conflict: nothing at all is written and the sidebar
 * shows theirs and mine. Otherwise only the changed cells are written.
 */
export const saveProject = endpoint('saveProject', ({ id, sheet: sheetId, reviewer = '', date = '', changes }): SaveResult => {
  const spec = INSTRUMENTS[sheetId].sheet;
  const columns = editedColumns(spec, changes);
  return withDocumentLock((): SaveResult => {
    const found = namedSheet(SpreadsheetApp.getActiveSpreadsheet(), spec);
    if (!found)
      throw problem(
        `La feuille « ${spec.name.fr} » est absente du classeur : ${menuHint('setupWorkbook', 'fr')}.`,
        `The sheet "${spec.name.en}" is missing from the workbook: ${menuHint('setupWorkbook', 'en')}.`,
      );
    return saveAssessment(found, spec, columns, { id, reviewer, date, changes });
  });
});

/** How a sheet's cells compare and are written: the kinds' rules (cell-input.ts), or a grid's own levels (grids.ts). */
export interface CellRules {
  same(column: ColumnSpec, a: CellJson | undefined, b: CellJson | undefined): boolean;
  input(column: ColumnSpec, after: CellJson, rule: GoogleAppsScript.Spreadsheet.DataValidation | null): CellInput;
}

const KIND_RULES: CellRules = { same: sameValue, input: cellInput };

/** A request's changes checked against the sheet's declaration, before the lock: each names an editable column, none twice. */
export function editedColumns(spec: SheetSpec, changes: readonly FieldChange[]): ColumnSpec[] {
  const columns = changes.map((c) => editableColumn(spec, c.field));
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated)
    throw problem(
      `La colonne « ${repeated.header.fr} » apparaît deux fois dans la demande.`,
      `The column "${repeated.header.en}" appears twice in the request.`,
    );
  return columns;
}

/**
 * The save itself, for any assessment sheet whose declaration `spec` is (an instrument's, or a grid's
 * users define, built from its definition): under the caller's document lock, in `found`, the sheet
 * as it is now. `columns` are editedColumns(spec, changes).
 */
export function saveAssessment(
  found: { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string },
  spec: SheetSpec,
  columns: readonly ColumnSpec[],
  { id, reviewer, date, changes }: { id: string; reviewer: string; date: string; changes: readonly FieldChange[] },
  cells: CellRules = KIND_RULES,
): SaveResult {
  // The ID column, then the project's rows as they are now: what the key and the conflict check read.
  const { sheet, name } = found;
  const rows = readProjectRows(sheet, name, spec, id);
  const day = date || (latestDay([rows], reviewer) ?? '');
  const own = assessmentRow(rows, reviewer, day);
  const mine = own === undefined ? [] : [own];
  const { table } = rows;
  const positions = columns.map((c) => {
    const at = table.columns.get(c.id);
    if (at === undefined)
      throw problem(
        `La colonne « ${c.header.fr} » est absente de la feuille « ${name} » : rien n’a été enregistré.`,
        `The column "${c.header.en}" is missing from the sheet "${name}": nothing was saved.`,
      );
    return at;
  });
  // A new assessment starts blank: the conflict check compares against blank cells.
  const row = mine.length ? table.rows[mine[0]] : [];
  const record = assessmentRecord(rows, mine);
  const theirs = positions.map((at) => toCellJson(row[at]));
  const conflicts: Conflict[] = [];
  changes.forEach((c, i) => {
    // Values are compared by meaning (« Fort » in the cell, 3 from the panel): someone else
    // choosing the very value I chose is agreement, not a conflict.
    const column = columns[i];
    if (!cells.same(column, theirs[i], c.before) && !cells.same(column, theirs[i], c.after))
      conflicts.push({ field: c.field, before: c.before, theirs: theirs[i], mine: c.after });
  });
  if (conflicts.length) return { status: 'conflict', conflicts, record };

  const writes = changes
    .map((c, i) => ({ change: c, column: columns[i], at: positions[i] }))
    .filter((w, i) => !cells.same(w.column, theirs[i], w.change.after));
  if (!writes.length) return { status: 'saved', written: 0, record, date: day };
  // Everything checked before the first write: a refused value leaves no half-made row behind.
  // Today's date is asked for only when a row is made (two service calls).
  const newDate = mine.length ? day : newDay(day);
  const key = mine.length ? undefined : keyCells(rows, id, reviewer, newDate, () => projectName(rows, id));
  const anchor = !mine.length && !date && isOnDemand(spec.id) ? anchorRow(id, reviewer, newDate) : undefined;
  const sheetRow = writeAssessmentRow(rows, mine.length ? rows.at[mine[0]] : undefined, key, (target) => {
    const rules = writes.some((w) => w.column.kind !== 'text') ? sheet.getRange(target, 1, 1, table.header.length).getDataValidations()[0] : [];
    return new Map(writes.map((w) => [w.at, cells.input(w.column, w.change.after, rules[w.at] ?? null)]));
  });
  const fresh = sheet.getSheetValues(sheetRow, 1, 1, table.header.length)[0];
  // After this grid's row: a value refused there (cellInput) leaves no anchor behind.
  anchor?.();
  return { status: 'saved', written: writes.length, record: { ...record, status: 'ok', rows: [sheetRow], fields: fieldsOf(table, fresh) }, date: newDate };
}

/**
 * The column a change is for. Messages name a column by its header in the user's language, never by
 * its internal id (`level:caractere-collectif`); a field that is no column at all (only a broken or
 * forged request sends one) is quoted as received.
 */
function editableColumn(spec: SheetSpec, field: string): ColumnSpec {
  const column = spec.columns.find((c) => c.id === field);
  if (!column) {
    throw problem(
      `La feuille « ${spec.name.fr} » n’a pas de colonne ${quote(field, 'fr')} : rien n’a été enregistré.`,
      `The sheet "${spec.name.en}" has no column ${quote(field, 'en')}: nothing was saved.`,
    );
  }
  if (!isEditable(column)) {
    throw problem(
      `La colonne « ${column.header.fr} » de la feuille « ${spec.name.fr} » n’est pas modifiable depuis le panneau (elle est calculée ou recopiée de Projets).`,
      `The column "${column.header.en}" of the sheet "${spec.name.en}" cannot be edited from the panel (it is computed or copied from Projects).`,
    );
  }
  return column;
}

/**
 * A first save in a grid read on demand makes my assessment there (the panel had none: no date):
 * its key is written in the first grid getProject reads too (key cells only, no value), so that the
 * « Suivi » list and my date, read from those grids alone, show it. Nothing when that grid already
 * holds the key. Prepared (read, key cells checked) before anything is written; under the caller's lock.
 */
function anchorRow(id: string, reviewer: string, date: string): (() => void) | undefined {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  for (const key of readWithProject()) {
    const spec = INSTRUMENTS[key].sheet;
    const found = namedSheet(spreadsheet, spec);
    if (!found) continue;
    const rows = readProjectRows(found.sheet, found.name, spec, id);
    if (rowsOf(rows, reviewer, date).length) return undefined;
    const cells = keyCells(rows, id, reviewer, date, () => projectName(rows, id));
    return () => void writeAssessmentRow(rows, undefined, cells, () => new Map());
  }
  return undefined;
}
