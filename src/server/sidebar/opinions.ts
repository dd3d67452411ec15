import type { OpinionList } from '../../contract/endpoints';
import { OPINIONS } from '../../core/import/opinions';
import { isBlank } from '../../core/cells/text';
import { dayOf } from '../../sheets/assessments';
import { readRows, value } from '../../sheets/table';
import { findSheet } from '../../sheets/workbook';
import { endpoint } from './endpoint';

/**
 * The experts' opinions on one project (« Avis DS », issue 15), for the panel's list beside the
 * reviewers' assessments: asked for only when the person opens that list, so that getProject, which
 * every project change calls, reads nothing more. Read by ID: the ID column, then the project's rows.
 */
export const getOpinions = endpoint('getOpinions', ({ id }): OpinionList => {
  const sheet = findSheet(SpreadsheetApp.getActiveSpreadsheet(), OPINIONS);
  if (!sheet || sheet.getLastRow() < 2) return { opinions: [] };
  const { table } = readRows(sheet, OPINIONS, id, true);
  const text = (row: unknown[], column: string) => {
    const v = value(table, row, column);
    return isBlank(v) ? '' : String(v).trim();
  };
  return {
    opinions: table.rows.map((row) => ({
      expert: text(row, 'expert'),
      asked: dayOf(value(table, row, 'asked')),
      introduction: text(row, 'introduction'),
      answer: text(row, 'answer'),
      question: text(row, 'question'),
      yesNo: text(row, 'yes-no'),
      answered: dayOf(value(table, row, 'answered')),
    })),
  };
});
