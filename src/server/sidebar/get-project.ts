import type { InstrumentId, Project, SheetRecord, ValuationBand, ValuationSummary } from '../../contract/endpoints';
import { toAmount } from '../../core/cells/number';
import { isBlank } from '../../core/cells/text';
import { Problem, problem } from '../../core/problem';
import { OUTCOME_INPUTS, readOutcome } from '../../core/sroi/inputs';
import { GUESSED_ASSUMPTIONS, sensitivityBand, SENSITIVITY_POINTS, sroiBand, sroiRatio, type Outcome } from '../../core/sroi/valuation';
import { readParameters } from '../../sheets/parameters-reader';
import { PROJECTS, VALUATION } from '../../sheets/schema';
import { readRows } from '../../sheets/table';
import { findSheet } from '../../sheets/workbook';
import { endpoint } from './endpoint';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../core/instruments';
import { readRecord } from './records';
import { readScoringSettings } from './scoring-settings';

/**
 * One project in every sheet: in each, the ID column then the project's row(s), so the cells moved
 * grow with the number of projects only by the ID columns.
 */
export const getProject = endpoint('getProject', ({ id }, lang): Project => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const details = readRecord(spreadsheet, PROJECTS, id, lang).record;
  const instruments = {} as Record<InstrumentId, SheetRecord>;
  for (const key of INSTRUMENT_IDS) {
    instruments[key] = readRecord(spreadsheet, INSTRUMENTS[key].sheet, id, lang).record;
  }
  const records = [details, ...Object.values(instruments)];
  if (!records.some((r) => r.rows.length > 0)) {
    throw problem(`Aucun projet n’a l’ID « ${id} » dans ce classeur.`, `No project has the ID "${id}" in this workbook.`, 'not-found');
  }
  const name = records.map((r) => r.fields.name).find((n) => n !== undefined && !isBlank(n));
  return {
    id,
    name: name === undefined ? '' : String(name),
    settings: readScoringSettings(spreadsheet),
    details,
    instruments,
    valuation: valuation(spreadsheet, id, details),
  };
});

/**
 * The project's SROI summary: Σ of Valorisation's computed present values over its investment, and
 * their sensitivity band. An outcome counts when the sheet shows a number for it and its inputs read
 * by SROI_VALUE's rules (core's readOutcome, the rate from Paramètres as the formula gets it): the
 * band is then computed by the same core code as the sheet's value, so it brackets presentValue.
 * Any other outcome row is `uncomputed` and left out of both.
 */
function valuation(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, id: string, details: SheetRecord): ValuationSummary {
  // The investment is an amount as everywhere (core rule): blank, unreadable or negative → not available.
  const read = toAmount(details.fields.investment);
  const investment = read === undefined || Number.isNaN(read) ? null : read;
  const sheet = findSheet(spreadsheet, VALUATION);
  if (!sheet) return { status: 'no-sheet', outcomes: 0, presentValue: null, uncomputed: 0, investment, sroi: null, band: null };
  // The project's outcome rows only, found by reading the ID column.
  const { table } = readRows(sheet, VALUATION, id, true);
  const valueColumn = table.columns.get('present-value');
  const rows = table.rows;
  // Read only when the project has outcomes (two service calls). A rate the formula rejects gives
  // errors in the sheet, so no outcome is computed whatever the fallback.
  const rate = rows.length ? readParameters(spreadsheet, ['discountRate']).parameters.discountRate : 0;
  const computed: Outcome[] = [];
  let total: number | null = null;
  for (const row of rows) {
    const pv = valueColumn === undefined ? NaN : row[valueColumn];
    const outcome = typeof pv === 'number' && Number.isFinite(pv) ? inputs(table.columns, row, rate) : undefined;
    if (!outcome) continue;
    computed.push(outcome);
    total = (total ?? 0) + (pv as number);
  }
  const sroi = total !== null && investment !== null && investment > 0 ? sroiRatio(total, investment) : null;
  return {
    status: 'ok',
    outcomes: rows.length,
    presentValue: total,
    uncomputed: rows.length - computed.length,
    investment,
    sroi,
    band: band(computed, sroi === null ? null : investment),
  };
}

/** One Valorisation row's outcome as SROI_VALUE reads it; undefined when incomplete or a cell is unreadable. */
function inputs(columns: ReadonlyMap<string, number>, row: readonly unknown[], rate: number): Outcome | undefined {
  const cells = OUTCOME_INPUTS.map((input) => {
    if (input === 'rate') return rate;
    const i = columns.get(input);
    return i === undefined ? '' : row[i];
  });
  try {
    return readOutcome(cells);
  } catch (e) {
    if (e instanceof Problem) return undefined;
    throw e;
  }
}

function band(outcomes: readonly Outcome[], investment: number | null): ValuationBand | null {
  if (!outcomes.length) return null;
  const values = sensitivityBand(outcomes, GUESSED_ASSUMPTIONS, SENSITIVITY_POINTS);
  const sroi = investment === null ? null : sroiBand(values, investment);
  return { low: values.low, high: values.high, sroiLow: sroi?.low ?? null, sroiHigh: sroi?.high ?? null };
}
