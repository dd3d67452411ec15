import type { AssessmentSource, NewAssessmentResult } from '../../contract/endpoints';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../core/instruments';
import { isBlank } from '../../core/cells/text';
import { problem } from '../../core/problem';
import { today } from '../../sheets/assessments';
import type { CellInput } from '../../sheets/literal';
import { withDocumentLock } from '../../sheets/lock';
import { namedSheet } from '../../sheets/workbook';
import {
  assessmentRow,
  blindReview,
  hasScore,
  keyCells,
  latestDay,
  projectName,
  readProjectRows,
  recusedOf,
  rowsOf,
  writeAssessmentRow,
  type ProjectRows,
} from './assessment-rows';
import { endpoint } from './endpoint';
import { menuHint } from './menu-hint';
import { isEditable } from './records';

/**
 * « Nouvelle évaluation » (issue 12): my new row dated today in every instrument sheet, holding the
 * values of the project's latest assessment so that only what changed is edited: my own latest when
 * I have one, else the project's latest by date (a recused or empty one left out). Under blind
 * review the others' values are not copied (I could not see them): without an assessment of my own
 * the new one starts blank. Under the document lock; rows found by key; every existing row is only
 * read, never written. I already have an assessment dated today: said, nothing made (its key would
 * repeat). Every key cell is prepared before the first write: a sheet that cannot hold it (no
 * reviewer or date column) stops everything.
 */
export const newAssessment = endpoint(
  'newAssessment',
  ({ id, reviewer }): NewAssessmentResult =>
    withDocumentLock((): NewAssessmentResult => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const sheets = INSTRUMENT_IDS.flatMap((key) => {
        const spec = INSTRUMENTS[key].sheet;
        const found = namedSheet(spreadsheet, spec);
        return found ? [readProjectRows(found.sheet, found.name, spec, id)] : [];
      });
      if (!sheets.length)
        throw problem(
          `Le classeur n’a aucune grille d’évaluation : ${menuHint('setupWorkbook', 'fr')}.`,
          `The workbook has no assessment grid: ${menuHint('setupWorkbook', 'en')}.`,
        );
      const day = today();
      if (sheets.some((rows) => rowsOf(rows, reviewer, day).length)) return { status: 'exists', date: day };
      const mine = latestDay(sheets, reviewer);
      const blind = mine === undefined && blindReview(spreadsheet);
      const from: AssessmentSource | null = mine !== undefined ? { reviewer, date: mine, mine: true } : blind ? null : projectLatest(sheets);
      const plans = sheets.map((rows) => {
        const source = from ? assessmentRow(rows, from.reviewer, from.date) : undefined;
        return { rows, source, key: keyCells(rows, id, reviewer, day, () => projectName(rows, id)) };
      });
      for (const { rows, source, key } of plans) writeAssessmentRow(rows, undefined, key, () => copied(rows, source));
      return { status: 'created', date: day, created: plans.length, from, blind };
    }),
);

/**
 * The project's latest assessment by date over every sheet, as LATEST ranks rows (an undated row is
 * older than every dated one; equal days: the lower row, then the later sheet): one with a score,
 * not recused. Null when the project has none.
 */
function projectLatest(sheets: readonly ProjectRows[]): AssessmentSource | null {
  let best: { reviewer: string; date: string } | undefined;
  for (const rows of sheets)
    rows.keys.forEach((k, i) => {
      const row = rows.table.rows[i];
      if (recusedOf(rows.table, row) || !hasScore(rows.table, row)) return;
      if (!best || (k.date || '0') >= (best.date || '0')) best = k;
    });
  return best ? { reviewer: best.reviewer, date: best.date, mine: false } : null;
}

/** The source row's scores, comments and answers (the editable columns: never its state, key or computed cells). */
function copied(rows: ProjectRows, source: number | undefined): Map<number, CellInput> {
  const cells = new Map<number, CellInput>();
  if (source === undefined) return cells;
  const { table } = rows;
  const row = table.rows[source];
  for (const column of table.spec.columns) {
    const at = table.columns.get(column.id);
    if (at === undefined || !isEditable(column) || isBlank(row[at])) continue;
    cells.set(at, row[at] as CellInput);
  }
  return cells;
}
