import type { InstrumentId, Project, SheetRecord, ValuationSummary } from '../../contract/endpoints';
import { toAmount } from '../../core/cells/number';
import { isBlank } from '../../core/cells/text';
import { problem } from '../../core/problem';
import { sroiRatio } from '../../core/sroi/valuation';
import { PROJECTS, VALUATION, type SheetSpec } from '../../sheets/schema';
import { projectId, readTable } from '../../sheets/table';
import { findSheet } from '../../sheets/workbook';
import { endpoint } from './endpoint';
import { INSTRUMENT_SPECS } from './instruments';
import { readRecord } from './records';
import { readScoringSettings } from './scoring-settings';

/** One project in every sheet, read in one block per sheet (about a dozen service calls in all). */
export const getProject = endpoint('getProject', ({ id }, lang): Project => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const details = readRecord(spreadsheet, PROJECTS, id, lang).record;
  const instruments = {} as Record<InstrumentId, SheetRecord>;
  for (const [key, spec] of Object.entries(INSTRUMENT_SPECS) as [InstrumentId, SheetSpec][]) {
    instruments[key] = readRecord(spreadsheet, spec, id, lang).record;
  }
  const records = [details, ...Object.values(instruments)];
  if (!records.some((r) => r.rows.length > 0)) {
    throw problem(`Aucun projet n’a l’ID « ${id} » dans ce classeur.`, `No project has the ID "${id}" in this workbook.`);
  }
  const name = records.map((r) => r.fields.name).find((n) => n !== undefined && !isBlank(n));
  return { id, name: name === undefined ? '' : String(name), settings: readScoringSettings(spreadsheet), details, instruments, valuation: valuation(spreadsheet, id, details) };
});

/** The project's SROI summary: Σ of Valorisation's computed present values over its investment. */
function valuation(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, id: string, details: SheetRecord): ValuationSummary {
  // The investment is an amount as everywhere (core rule): blank, unreadable or negative → not available.
  const read = toAmount(details.fields.investment);
  const investment = read === undefined || Number.isNaN(read) ? null : read;
  const sheet = findSheet(spreadsheet, VALUATION);
  if (!sheet) return { status: 'no-sheet', outcomes: 0, presentValue: null, uncomputed: 0, investment, sroi: null };
  const table = readTable(sheet, VALUATION);
  const idColumn = table.columns.get('id');
  const valueColumn = table.columns.get('present-value');
  let outcomes = 0;
  let uncomputed = 0;
  let total: number | null = null;
  for (const row of table.rows) {
    if (idColumn === undefined || projectId(row[idColumn]) !== id) continue;
    outcomes++;
    const pv = valueColumn === undefined ? NaN : row[valueColumn];
    if (typeof pv === 'number' && Number.isFinite(pv)) total = (total ?? 0) + pv;
    else uncomputed++;
  }
  const sroi = total !== null && investment !== null && investment > 0 ? sroiRatio(total, investment) : null;
  return { status: 'ok', outcomes, presentValue: total, uncomputed, investment, sroi };
}
