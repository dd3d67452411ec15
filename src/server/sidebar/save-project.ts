import type { Conflict, SaveResult } from '../../contract/endpoints';
import { problem, quote } from '../../core/problem';
import { withDocumentLock } from '../../sheets/lock';
import type { ColumnSpec, SheetSpec } from '../../sheets/schema';
import { readRows, writeRowCells } from '../../sheets/table';
import { namedSheet } from '../../sheets/workbook';
import { cellInput, sameValue } from './cell-input';
import { endpoint } from './endpoint';
import { INSTRUMENTS } from '../../core/instruments';
import { menuHint } from './menu-hint';
import { fieldsOf, isEditable, locate, toCellJson } from './records';

/**
 * Saves a reviewer's edits to one project's row of one sheet. The row is found by ID now, under the
 * document lock (rows may have been sorted or inserted since the sidebar loaded them). A cell that
 * changed since then (`before` ≠ what the sheet holds) is a conflict: nothing at all is written and
 * the sidebar shows theirs and mine. Otherwise only the changed cells are written.
 */
export const saveProject = endpoint('saveProject', ({ id, sheet: sheetId, changes }): SaveResult => {
  const spec = INSTRUMENTS[sheetId].sheet;
  const columns = changes.map((c) => editableColumn(spec, c.field));
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated)
    throw problem(
      `La colonne « ${repeated.header.fr} » apparaît deux fois dans la demande.`,
      `The column "${repeated.header.en}" appears twice in the request.`,
    );

  return withDocumentLock((): SaveResult => {
    const found = namedSheet(SpreadsheetApp.getActiveSpreadsheet(), spec);
    if (!found)
      throw problem(
        `La feuille « ${spec.name.fr} » est absente du classeur : ${menuHint('setupWorkbook', 'fr')}.`,
        `The sheet "${spec.name.en}" is missing from the workbook: ${menuHint('setupWorkbook', 'en')}.`,
      );
    // The ID column, then the project's row as it is now: what the conflict check compares against.
    const { sheet } = found;
    const { table, record, sheetRow } = locate(readRows(sheet, spec, id), found.name);
    const name = record.sheetName;
    if (sheetRow === undefined || !table)
      throw problem(
        `Le projet ${id} n’a pas de ligne dans la feuille « ${name} » : ${menuHint('syncProjects', 'fr')}.`,
        `Project ${id} has no row in the sheet "${name}": ${menuHint('syncProjects', 'en')}.`,
        'not-found',
      );
    if (record.status === 'duplicate')
      throw problem(
        `L’ID ${id} figure sur plusieurs lignes de la feuille « ${name} » (lignes ${record.rows.join(', ')}) : supprimez le doublon, puis enregistrez à nouveau.`,
        `The ID ${id} is on several rows of the sheet "${name}" (rows ${record.rows.join(', ')}): remove the duplicate, then save again.`,
      );

    const row = table.rows[0];
    const positions = columns.map((c) => {
      const at = table.columns.get(c.id);
      if (at === undefined)
        throw problem(
          `La colonne « ${c.header.fr} » est absente de la feuille « ${name} » : rien n’a été enregistré.`,
          `The column "${c.header.en}" is missing from the sheet "${name}": nothing was saved.`,
        );
      return at;
    });
    const theirs = positions.map((at) => toCellJson(row[at]));
    const conflicts: Conflict[] = [];
    changes.forEach((c, i) => {
      // Values are compared by meaning (« Fort » in the cell, 3 from the panel): someone else
      // choosing the very value I chose is agreement, not a conflict.
      const column = columns[i];
      if (!sameValue(column, theirs[i], c.before) && !sameValue(column, theirs[i], c.after))
        conflicts.push({ field: c.field, before: c.before, theirs: theirs[i], mine: c.after });
    });
    if (conflicts.length) return { status: 'conflict', conflicts, record };

    const writes = changes
      .map((c, i) => ({ change: c, column: columns[i], at: positions[i] }))
      .filter((w, i) => !sameValue(w.column, theirs[i], w.change.after));
    if (!writes.length) return { status: 'saved', written: 0, record };
    const rules = writes.some((w) => w.column.kind !== 'text') ? sheet.getRange(sheetRow, 1, 1, table.header.length).getDataValidations()[0] : [];
    const cells = new Map(writes.map((w) => [w.at, cellInput(w.column, w.change.after, rules[w.at] ?? null)]));
    writeRowCells(sheet, sheetRow, cells);
    const fresh = sheet.getSheetValues(sheetRow, 1, 1, table.header.length)[0];
    return { status: 'saved', written: cells.size, record: { ...record, fields: fieldsOf(table, fresh) } };
  });
});

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
