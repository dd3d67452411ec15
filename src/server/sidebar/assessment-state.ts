import type { AssessmentStatus, StateResult } from '../../contract/endpoints';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../core/instruments';
import { problem } from '../../core/problem';
import { REVIEW_STATUSES } from '../../core/status';
import type { CellInput } from '../../sheets/literal';
import { withDocumentLock } from '../../sheets/lock';
import { namedSheet } from '../../sheets/workbook';
import { assessmentRow, keyCells, latestDay, newDay, projectName, readProjectRows, writeAssessmentRow, type ProjectRows } from './assessment-rows';
import { endpoint } from './endpoint';
import { gridProjectRows } from './grids';
import { menuHint } from './menu-hint';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation | null;

/**
 * Marks my assessment of a project « Terminée » (or back « En cours »), or declares a conflict of
 * interest (« Je me déporte », with an optional reason): written into my rows of that assessment in
 * every instrument sheet and every grid users define, under the document lock, so that every consensus formula leaves it out.
 * A recusal creates my row where I have none (an empty assessment that says I withdrew); a status
 * only marks the rows I have. Every row is found again by key; a key on two rows is refused before
 * anything is written.
 */
export const setAssessmentState = endpoint('setAssessmentState', ({ id, reviewer, date, status, recused, reason }): StateResult => {
  if (status === undefined && recused === undefined && reason === undefined)
    throw problem('La demande ne dit rien à changer (état, déport ou motif).', 'The request states nothing to change (status, recusal or reason).');
  return withDocumentLock((): StateResult => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = [
      ...INSTRUMENT_IDS.flatMap((key) => {
        const spec = INSTRUMENTS[key].sheet;
        const found = namedSheet(spreadsheet, spec);
        return found ? [readProjectRows(found.sheet, found.name, spec, id)] : [];
      }),
      // The grids users define are sheets of the same assessment (issue 14 §5): done or recused there too.
      ...gridProjectRows(spreadsheet, id),
    ];
    const day = date || (latestDay(sheets, reviewer) ?? '');
    const plans = sheets.map((rows) => {
      const mine = assessmentRow(rows, reviewer, day);
      return { rows, at: mine === undefined ? undefined : rows.at[mine] };
    });
    const create = recused === true;
    if (!create && plans.every((p) => p.at === undefined))
      throw problem(
        `Vous n’avez pas encore d’évaluation du projet ${id}${day ? ` datée du ${day}` : ''} : notez-le d’abord, puis marquez-la.`,
        `You have no assessment of project ${id}${day ? ` dated ${day}` : ''} yet: score it first, then mark it.`,
        'not-found',
      );
    const newDate = plans.some((p) => p.at === undefined) && create ? newDay(day) : day;
    // Every key cell and column checked before the first write.
    const writes = plans.flatMap(({ rows, at }) => {
      if (at === undefined && !create) return [];
      const key = at === undefined ? keyCells(rows, id, reviewer, newDate, () => projectName(rows, id)) : undefined;
      return [{ rows, at, key }];
    });
    let created = 0;
    for (const w of writes) {
      writeAssessmentRow(w.rows, w.at, w.key, (sheetRow) => stateCells(w.rows, sheetRow, status, recused, reason));
      if (w.key) created++;
    }
    return { date: newDate, written: writes.length, created };
  });
});

/** The state cells of one row, spelled as the sheet's own dropdown and checkbox expect. */
function stateCells(rows: ProjectRows, sheetRow: number, status?: AssessmentStatus, recused?: boolean, reason?: string): Map<number, CellInput> {
  const { table, sheet, sheetName } = rows;
  const at = (column: string, fr: string, en: string) => {
    const i = table.columns.get(column);
    if (i === undefined)
      throw problem(
        `La feuille « ${sheetName} » n’a pas de colonne « ${fr} » : rien n’a été écrit dans cette feuille ni les suivantes : ${menuHint('setupWorkbook', 'fr')}.`,
        `The sheet "${sheetName}" has no "${en}" column: nothing was written to it or the sheets after it: ${menuHint('setupWorkbook', 'en')}.`,
      );
    return i;
  };
  const cells = new Map<number, CellInput>();
  const rules = status !== undefined || recused !== undefined ? sheet.getRange(sheetRow, 1, 1, table.header.length).getDataValidations()[0] : [];
  if (status !== undefined) {
    const i = at('review-status', 'État de l’évaluation', 'Assessment status');
    cells.set(i, statusWord(rules[i] ?? null, status));
  }
  if (recused !== undefined) {
    const i = at('recused', 'Déport', 'Recused');
    cells.set(i, checkbox(rules[i] ?? null, recused));
  }
  if (reason !== undefined) cells.set(at('recusal-reason', 'Motif du déport', 'Reason for recusal'), reason.trim());
  return cells;
}

/** « Terminée » / « En cours » in the language of the sheet's dropdown (French when it has none). */
function statusWord(rule: Rule, status: AssessmentStatus): string {
  const word = REVIEW_STATUSES[status === 'done' ? 1 : 0];
  const items = rule && String(rule.getCriteriaType()) === 'VALUE_IN_LIST' ? rule.getCriteriaValues()[0] : undefined;
  return Array.isArray(items) && items.includes(word.en) && !items.includes(word.fr) ? word.en : word.fr;
}

/** A checkbox's ticked / unticked value (its custom values when the rule has some). */
function checkbox(rule: Rule, ticked: boolean): CellInput {
  const args = rule && String(rule.getCriteriaType()) === 'CHECKBOX' ? rule.getCriteriaValues() : [];
  if (!args.length) return ticked;
  return (ticked ? args[0] : (args[1] ?? '')) as CellInput;
}
