import { equalWeights } from '../../core/ami/score';
import { matchKey } from '../../core/assessments/aggregate';
import { reviewSummary } from './figures/review';
import type { InstrumentId } from '../../core/instruments';
import { indexById, projectId, type Table } from '../table';
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
} & Partial<Record<InstrumentId, Table>>;

/** Each listed project's row of an instrument table (first occurrence of its ID). */
function rowsOf(table: Table | undefined, ids: ReadonlySet<string>): ProjectRow[] {
  if (!table) return [];
  const at = table.columns.get('id');
  if (at === undefined) return [];
  const seen = new Set<string>();
  const rows: ProjectRow[] = [];
  for (const row of table.rows) {
    const id = projectId(row[at]);
    if (!ids.has(id) || seen.has(id)) continue;
    seen.add(id);
    rows.push({ id, cells: (fields) => cellsOf(table, row, fields) });
  }
  return rows;
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
  for (const id of dashboardOrder()) Object.assign(summary, FIGURES[id].summarize({ rows: rowsOf(input[id], ids), name, settings }));
  // The reviewers' agreement reads every assessment row, not a project's first.
  const listed = new Set([...ids].map(matchKey));
  Object.assign(
    summary,
    reviewSummary({ ami: input.ami, committee: input.committee, listed, disagreement: input.disagreement ?? 2, envelope: input.envelope ?? null }),
  );
  return summary as unknown as PortfolioSummary;
}
