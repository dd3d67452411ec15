import { isOnDemand, type AssessmentSummary, type InstrumentId, type Project, type SheetRecord, type ValuationSummary } from '../../contract/endpoints';
import type { Lang } from '../../core/i18n';
import { once } from '../../core/lazy';
import { isBlank } from '../../core/cells/text';
import { Problem, problem } from '../../core/problem';
import { readableInstalments } from '../../core/sroi/flows';
import { outcomeOfRow } from '../../core/sroi/inputs';
import type { Outcome } from '../../core/sroi/valuation';
import { assessmentLabel, reviewerKey } from '../../sheets/assessments';
import { readParameters } from '../../sheets/parameters-reader';
import { PROJECTS, VALUATION } from '../../sheets/schema';
import { readRows, value, type KnownLayout } from '../../sheets/table';
import { knownLayouts } from '../../sheets/templates/fingerprint';
import { findSheet, namedSheet } from '../../sheets/workbook';
import {
  assessmentRecord,
  blindReview,
  hasScore,
  latestDay,
  readProjectRows,
  reasonOf,
  recusedOf,
  reviewerDay,
  rowsOf,
  statusOf,
  type ProjectRows,
} from './assessment-rows';
import { endpoint } from './endpoint';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../core/instruments';
import { fieldsOf, readRecord } from './records';

/**
 * The grids getProject reads, which the « Suivi » list and my date come from: the others are read
 * when their tab is first shown (getInstruments). A first save in one of those others anchors the
 * assessment it makes here (save-project.ts).
 */
export const readWithProject = once(() => INSTRUMENT_IDS.filter((key) => !isOnDemand(key)));

/**
 * One project in every sheet but the grids read on demand (ON_DEMAND_INSTRUMENTS, getInstruments):
 * in each, the ID column then the project's row(s), so the cells moved grow with the number of
 * projects only by the ID columns. In the instrument sheets every row of the ID is read (one per
 * assessment, issue 11): `instruments` holds the reviewer's latest assessment, `assessments` every one
 * of them (the others' values withheld under blind review until mine is done). My latest assessment
 * and the « Suivi » list are those of the grids read here: the same whichever tabs the panel opens.
 */
export const getProject = endpoint('getProject', ({ id, reviewer = '', date: asked = '' }, lang): Project => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // The sheets' layouts as setup left them: a getLastColumn spared per sheet (checked by readHead).
  const layouts = knownLayouts();
  const details = readRecord(spreadsheet, PROJECTS, id, lang, layouts.get(PROJECTS.id)).record;
  const found = readInstruments(spreadsheet, readWithProject(), id, layouts);
  if (!details.rows.length && ![...found.values()].some((r) => r.at.length)) {
    throw problem(`Aucun projet n’a l’ID « ${id} » dans ce classeur.`, `No project has the ID "${id}" in this workbook.`, 'not-found');
  }
  // One of my assessments asked for by its date (an older one, edited deliberately), else my latest.
  if (asked && ![...found.values()].some((rows) => rowsOf(rows, reviewer, asked).length))
    throw problem(
      `L’évaluation (${assessmentLabel({ id, reviewer, date: asked }, 'fr')}) n’existe pas ou plus : actualisez le panneau, puis ouvrez-en une de la liste « Suivi dans le temps ».`,
      `The assessment (${assessmentLabel({ id, reviewer, date: asked }, 'en')}) does not exist (any more): refresh the panel, then open one from the list "Follow-up over time".`,
      'not-found',
    );
  const date = asked || (latestDay([...found.values()], reviewer) ?? '');
  const instruments = {} as Record<InstrumentId, SheetRecord>;
  for (const key of INSTRUMENT_IDS)
    instruments[key] = isOnDemand(key)
      ? { status: 'on-demand', sheetName: INSTRUMENTS[key].sheet.name[lang], rows: [], fields: {}, missing: [] }
      : recordOf(found, key, reviewer, date, lang);
  const { assessments, blind } = assessmentsOf(spreadsheet, found, reviewer, date);
  const names = [details.fields.name, ...[...found.values()].flatMap((r) => r.table.rows.map((row) => value(r.table, row, 'name')))];
  const name = names.find((n) => n !== undefined && !isBlank(n));
  return {
    id,
    name: name === undefined ? '' : String(name),
    details,
    reviewer,
    date,
    instruments,
    assessments,
    blind,
    valuation: valuation(spreadsheet, id, details, layouts.get(VALUATION.id)),
  };
});

/** The project's rows in some instrument sheets (a missing sheet left out): five service calls a sheet at 10,000 projects. */
export function readInstruments(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  keys: readonly InstrumentId[],
  id: string,
  layouts: ReturnType<typeof knownLayouts>,
): Map<InstrumentId, ProjectRows> {
  const found = new Map<InstrumentId, ProjectRows>();
  for (const key of keys) {
    const spec = INSTRUMENTS[key].sheet;
    const sheet = namedSheet(spreadsheet, spec);
    if (sheet) found.set(key, readProjectRows(sheet.sheet, sheet.name, spec, id, layouts.get(spec.id)));
  }
  return found;
}

/** My assessment's record in one instrument sheet (`no-sheet` when the workbook lacks it). */
export function recordOf(found: ReadonlyMap<InstrumentId, ProjectRows>, key: InstrumentId, reviewer: string, date: string, lang: Lang): SheetRecord {
  const rows = found.get(key);
  return rows
    ? assessmentRecord(rows, rowsOf(rows, reviewer, date))
    : { status: 'no-sheet', sheetName: INSTRUMENTS[key].sheet.name[lang], rows: [], fields: {}, missing: [] };
}

/**
 * The project's assessments: its rows of every instrument sheet grouped by (reviewer, date), the
 * reviewer compared as everywhere (reviewerKey). Under blind review (read only when someone else
 * assessed the project) the others' values are not sent until mine is « Terminée »: in `found`, or
 * where `doneElsewhere` looks (asked only then).
 */
export function assessmentsOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  found: ReadonlyMap<InstrumentId, ProjectRows>,
  reviewer: string,
  date: string,
  doneElsewhere: () => boolean = () => false,
): { assessments: AssessmentSummary[]; blind: boolean } {
  const byKey = new Map<string, AssessmentSummary>();
  const filled = new Set<AssessmentSummary>();
  for (const [sheetId, rows] of found) {
    rows.keys.forEach((k, i) => {
      const key = reviewerDay(k.reviewer, k.date);
      let a = byKey.get(key);
      if (!a) {
        const mine = key === reviewerDay(reviewer, date);
        const own = reviewerKey(k.reviewer) === reviewerKey(reviewer);
        a = { reviewer: k.reviewer, date: k.date, mine, own, status: 'in-progress', recused: false, reason: '', hidden: false, instruments: {} };
        byKey.set(key, a);
      }
      const row = rows.table.rows[i];
      if (statusOf(rows.table, row) === 'done') a.status = 'done';
      if (recusedOf(rows.table, row)) a.recused = true;
      a.reason ||= reasonOf(rows.table, row);
      // A key on two rows of a sheet: the first one is shown (the sidebar's own record says duplicate).
      a.instruments[sheetId] ??= fieldsOf(rows.table, row);
      if (!filled.has(a) && (a.status === 'done' || a.recused || hasScore(rows.table, row))) filled.add(a);
    });
  }
  // An empty unnamed row (the sync gives every project one) is nobody's assessment yet: not listed, unless it is mine.
  for (const [key, a] of byKey) if (!a.mine && !a.reviewer && !filled.has(a)) byKey.delete(key);
  const assessments = [...byKey.values()].sort((a, b) => (a.date === b.date ? a.reviewer.localeCompare(b.reviewer, 'fr') : a.date < b.date ? -1 : 1));
  // My own earlier assessments are mine to see: blind review hides only the other reviewers'.
  const others = assessments.filter((a) => !a.own);
  const blind = others.length > 0 && blindReview(spreadsheet);
  const mineDone = assessments.some((a) => a.mine && a.status === 'done');
  if (blind && !mineDone && !doneElsewhere())
    for (const a of others) {
      a.hidden = true;
      a.reason = '';
      a.instruments = {};
    }
  return { assessments, blind };
}

/**
 * The project's valuation: Σ of Valorisation's computed present values, its investment, and the
 * inputs of those outcomes. An outcome counts when the sheet shows a number for it and its inputs read
 * by SROI_VALUE's rules (core's readOutcome, the rate from Paramètres as the formula gets it): the
 * panel's figures and sensitivity are then computed by the same core code as the sheet's value. Any
 * other outcome row is `uncomputed` and left out of both.
 */
function valuation(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, id: string, details: SheetRecord, known?: KnownLayout): ValuationSummary {
  const { investment, instalments } = investmentOf(details);
  const sheet = findSheet(spreadsheet, VALUATION);
  if (!sheet) return { status: 'no-sheet', outcomes: 0, presentValue: null, uncomputed: 0, investment, instalments, computed: [], rate: 0 };
  // The project's outcome rows only, found by reading the ID column.
  const { table } = readRows(sheet, VALUATION, id, true, known);
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
  return { status: 'ok', outcomes: rows.length, presentValue: total, uncomputed: rows.length - computed.length, investment, instalments, computed, rate };
}

/** Projets' later instalments: its amount columns `investment-2`, `investment-3`… (issue 13), in column order. */
const INSTALMENT = /^investment-\d+$/;

/**
 * The investment as amounts per year, read by core's rule (readInstalments: the sheet's SROI formulas
 * and the dashboard read it alike): nothing entered, or an unreadable or negative amount → not available.
 */
function investmentOf(details: SheetRecord): { investment: number | null; instalments: number[] } {
  const cells = [details.fields.investment, ...PROJECTS.columns.filter((c) => INSTALMENT.test(c.id)).map((c) => details.fields[c.id])];
  const amounts = readableInstalments(cells);
  return amounts ? { investment: amounts[0], instalments: amounts.slice(1) } : { investment: null, instalments: [] };
}

/** One Valorisation row's outcome as SROI_VALUE reads it (core's outcomeOfRow); undefined when incomplete or a cell is unreadable. */
function inputs(columns: ReadonlyMap<string, number>, row: readonly unknown[], rate: number): Outcome | undefined {
  const outcome = outcomeOfRow((column) => {
    const i = columns.get(column);
    return i === undefined ? undefined : row[i];
  }, rate);
  return outcome instanceof Problem ? undefined : outcome;
}
