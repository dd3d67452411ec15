import type { InstrumentRecords, OnDemandInstrumentId, SheetRecord } from '../../contract/endpoints';
import { knownLayouts } from '../../sheets/templates/fingerprint';
import { readWithProject, assessmentsOf, readInstruments, recordOf } from './get-project';
import { rowsOf, statusOf } from './assessment-rows';
import { endpoint } from './endpoint';

/**
 * The grids getProject leaves out (ON_DEMAND_INSTRUMENTS), read when the panel first shows one of
 * their tabs for a project: my assessment's record in each, found by the key getProject answered
 * (its date as sent back, never resolved again: the date does not depend on the tabs opened), and the
 * project's assessments in those grids, blind review applied as getProject applies it. Under blind
 * review the others' values are sent only when mine is « Terminée »: in the grids read here, else in
 * the grids getProject reads (read then, and only then: « Terminée » is written only where my rows
 * are, and the request's word is never taken for it). Cells moved as getProject's: each sheet's ID
 * column and the project's rows.
 */
export const getInstruments = endpoint('getInstruments', ({ id, reviewer = '', date = '', instruments: asked }, lang): InstrumentRecords => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const keys = [...new Set(asked)];
  const layouts = knownLayouts();
  const found = readInstruments(spreadsheet, keys, id, layouts);
  const instruments: Partial<Record<OnDemandInstrumentId, SheetRecord>> = {};
  for (const key of keys) instruments[key] = recordOf(found, key, reviewer, date, lang);
  const doneInKeyGrids = () =>
    [...readInstruments(spreadsheet, readWithProject(), id, layouts).values()].some((rows) =>
      rowsOf(rows, reviewer, date).some((i) => statusOf(rows.table, rows.table.rows[i]) === 'done'),
    );
  const { assessments } = assessmentsOf(spreadsheet, found, reviewer, date, doneInKeyGrids);
  return { id, reviewer, date, instruments, assessments };
});
