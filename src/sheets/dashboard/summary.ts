import { equalWeights } from '../../core/ami/score';
import { aggregate, matchKey, type Method } from '../../core/assessments/aggregate';
import { toAssessmentValue } from '../../core/assessments/values';
import { isBlank } from '../../core/cells/text';
import { countedRows } from './counted';
import { overTimeSummary } from './figures/over-time';
import { reviewSummary } from './figures/review';
import { sroiSummary } from './figures/sroi';
import { gridFigure } from './figures/grids';
import type { CustomGrid } from '../../core/grids/definition';
import { INSTRUMENT_IDS, type InstrumentId } from '../../core/instruments';
import type { AssessmentCells } from '../progress';
import { KINDS } from '../../core/instruments/kinds';
import { SROI_DEFAULTS } from '../../core/sroi/valuation';
import { indexById, projectId, value, type Table } from '../table';
import { dashboardOrder, FIGURES, type PortfolioSummary, type ProjectRow } from './figures';

export type { PortfolioSummary } from './figures';

/**
 * The portfolio in numbers, computed from the sheets' input cells with the same core functions the
 * custom functions use, and counting a project exactly where its formula gives a result (a complete
 * AMI grid, a readable SRL checklist, a complete checklist…). Only projects listed in Projets count.
 * Each instrument computes its own part (figures/, one entry per instrument).
 */
export type SummaryInput = {
  projects: Table;
  amiWeights?: readonly number[];
  srlThreshold?: number;
  /** « Comité » and the settings its figures use (issue 11). */
  committee?: Table;
  disagreement?: number;
  envelope?: number | null;
  /** How a project's assessments combine (Paramètres METHODE_CONSENSUS), as Projets' formulas combine them. */
  consensusMethod?: Method;
  /** The day time in an SRL phase runs to (the dashboard's update). */
  today?: Date;
  /** Valorisation and Paramètres' TAUX_ACTUALISATION (issue 13: the SROI's sensitivity and stakeholders). */
  valuation?: Table;
  discountRate?: number;
  /** The valid grids users define, each with its sheet's table when it has one (issue 14 §5). */
  grids?: readonly { grid: CustomGrid; table?: Table }[];
} & Partial<Record<InstrumentId, Table>>;

/**
 * Each listed project as Projets computes it (issue 11): its one counted assessment's cells as they
 * are, or, with several, the consensus of them column by column — each reviewer's latest assessment,
 * recused rows left out (counted.ts, Projets' rule), core's aggregate with the Paramètres method,
 * values read as CONSENSUS reads them — so a chart's figure is the v1 function of that consensus,
 * exactly Projets' `fn(CONSENSUS(…))`. A value CONSENSUS refuses is passed on as written: the figure
 * then leaves the project out, as Projets shows its ⚠; so does a date that is no date.
 */
export function rowsOf(table: Table | undefined, ids: ReadonlySet<string>, method: Method): ProjectRow[] {
  if (!table) return [];
  const at = table.columns.get('id');
  if (at === undefined) return [];
  const byProject = new Map<string, number[]>();
  table.rows.forEach((row, i) => {
    const id = projectId(row[at]);
    if (!ids.has(id)) return;
    const list = byProject.get(id);
    if (list) list.push(i);
    else byProject.set(id, [i]);
  });
  return [...byProject].flatMap(([id, all]): ProjectRow[] => {
    const counted = countedRows(table, all);
    if (counted === undefined) return [{ id, cells: () => undefined }];
    const rows = counted.map((r) => table.rows[r]);
    if (!rows.length) return [];
    return [{ id, cells: (fields) => (rows.length === 1 ? cellsOf(table, rows[0], fields) : consensusOf(table, rows, fields, method)) }];
  });
}

/** An instrument table's rows as the progress rule reads them. */
function assessmentCells(table: Table | undefined): AssessmentCells[] {
  if (!table) return [];
  const at = (id: string, row: unknown[]) => value(table, row, id);
  return table.rows.map((row) => ({
    id: at('id', row),
    reviewer: at('reviewer', row),
    date: at('date', row),
    status: at('review-status', row),
    recused: at('recused', row),
  }));
}

function consensusOf(table: Table, rows: readonly unknown[][], fields: readonly string[], method: Method): unknown[] | undefined {
  const out: unknown[] = [];
  for (const field of fields) {
    const at = table.columns.get(field);
    if (at === undefined) return undefined;
    const cells = rows.map((row) => row[at]).filter((v) => !isBlank(v));
    // A declared checklist's answers are counted by their own value (0 non, 1 en partie, 2 oui), which
    // its figure reads back; every other input as CONSENSUS reads it.
    const read = table.spec.columns.find((c) => c.id === field)?.kind === 'choice' ? KINDS.choice.input!.read : toAssessmentValue;
    const bad = cells.find((v) => Number.isNaN(read(v)));
    out.push(bad !== undefined ? bad : cells.length ? aggregate(cells.map(read), method) : '');
  }
  return out;
}

function cellsOf(table: Table, row: unknown[], fields: readonly string[]): unknown[] | undefined {
  const out: unknown[] = [];
  for (const id of fields) {
    const at = table.columns.get(id);
    if (at === undefined) return undefined;
    out.push(row[at]);
  }
  return out;
}

export function portfolioSummary(input: SummaryInput): PortfolioSummary {
  const { projects } = input;
  const index = indexById(projects);
  const ids = new Set([...index.byId.keys()].filter((id) => !index.duplicates.has(id)));
  const nameAt = projects.columns.get('name');
  const name = (id: string) => (nameAt === undefined ? id : String(projects.rows[index.byId.get(id)!][nameAt] ?? '') || id);
  const settings = { amiWeights: input.amiWeights ?? equalWeights(), srlThreshold: input.srlThreshold ?? 1 };
  // Each part is typed by its figure (figures/index.ts Parts): together they make the summary.
  const summary: Record<string, unknown> = { projects: ids.size };
  for (const id of dashboardOrder())
    Object.assign(summary, FIGURES[id].summarize({ rows: rowsOf(input[id], ids, input.consensusMethod ?? 'mean'), name, settings }));
  // The reviewers' agreement reads every assessment row, not a project's first.
  const listed = new Set([...ids].map(matchKey));
  Object.assign(
    summary,
    reviewSummary({
      ami: input.ami,
      committee: input.committee,
      listed,
      disagreement: input.disagreement ?? 2,
      envelope: input.envelope ?? null,
      projects,
      assessments: INSTRUMENT_IDS.flatMap((id) => assessmentCells(input[id])),
    }),
  );
  // The portfolio over time reads every assessment row of the SRL sheet, with its date (issue 12).
  Object.assign(summary, overTimeSummary({ srl: input.srl, projects, ids, name, srlThreshold: settings.srlThreshold, today: input.today ?? new Date() }));
  // The SROI reads every Valorisation row and Projets' investments (issue 13).
  Object.assign(summary, sroiSummary({ valuation: input.valuation, projects, ids, discountRate: input.discountRate ?? SROI_DEFAULTS.rate }));
  // Each grid users define, by the same consensus of each project's assessments.
  summary.customGrids = (input.grids ?? []).map(({ grid, table }) => gridFigure(grid, rowsOf(table, ids, input.consensusMethod ?? 'mean')));
  return summary as unknown as PortfolioSummary;
}
