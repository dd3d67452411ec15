import { AMI_CRITERIA, AMI_GROUPS } from '../../core/ami/grid';
import { amiLevelField } from '../../core/instruments/ami';
import { srlEvidenceField } from '../../core/instruments/srl';
import { vcAnswerField, vcAmountField } from '../../core/instruments/value-capture';
import { siatItemField } from '../../core/instruments/siat';
import { amiMax } from '../../core/ami/maximum';
import { amiProfile, amiScore, equalWeights, groupIndices } from '../../core/ami/score';
import { toLevel } from '../../core/cells/level';
import { toAmount } from '../../core/cells/number';
import { parseCompletion } from '../../core/cells/proportion';
import { isBlank } from '../../core/cells/text';
import type { Text } from '../../core/i18n';
import { siatDimensionFromCells } from '../../core/siat/index';
import { SIAT_DIMENSIONS } from '../../core/siat/template';
import { srlFromChecklist, srlPhase, SRL_MAX } from '../../core/srl/level';
import { SRL_LEVELS, SRL_PHASES } from '../../core/srl/scale';
import { VC_FAMILIES, VC_POINTS } from '../../core/value-capture/checklist';
import { vcFragilities } from '../../core/value-capture/score';
import { indexById, projectId, type Table } from '../table';

/**
 * The portfolio in numbers, computed from the sheets' input cells with the same core functions the
 * custom functions use, and counting a project exactly where its formula gives a result (a complete
 * AMI grid, a readable SRL checklist, a complete checklist…). Only projects listed in Projets count.
 */
export interface PortfolioSummary {
  projects: number;
  /** Projects per SRL level 0–9. */
  srlLevels: number[];
  srlPhases: { label: Text; count: number }[];
  /** Mean level (0–3) of each AMI criterion over the complete grids. */
  amiCriteria: { label: Text; mean: number | null }[];
  amiComplete: number;
  /** Mean group score (as in Grille AMI's group columns) and its maximum with the current weights. */
  amiGroups: { label: Text; mean: number | null; max: number }[];
  /** Complete grids by AMI total, best first. */
  ranking: { name: string; total: number }[];
  /** Projects whose answer to each point is fragile (below Intermédiaire), over complete checklists. */
  vcFragilities: { label: Text; count: number }[];
  vcComplete: number;
  /** Total amounts captured by each family (€). */
  captureMix: { label: Text; amount: number }[];
  /** Mean score (1–5) of each SIAT dimension over the projects that scored it. */
  siatDimensions: { label: Text; mean: number | null }[];
}

export interface SummaryInput {
  projects: Table;
  ami?: Table;
  srl?: Table;
  vc?: Table;
  siat?: Table;
  amiWeights?: readonly number[];
  srlThreshold?: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Each listed project's row of an instrument table (first occurrence of its ID). */
function rowsOf(table: Table | undefined, ids: ReadonlySet<string>): unknown[][] {
  if (!table) return [];
  const at = table.columns.get('id');
  if (at === undefined) return [];
  const seen = new Set<string>();
  return table.rows.filter((row) => {
    const id = projectId(row[at]);
    if (!ids.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function cellsOf(table: Table, row: unknown[], ids: readonly string[]): unknown[] | undefined {
  const out: unknown[] = [];
  for (const id of ids) {
    const at = table.columns.get(id);
    if (at === undefined) return undefined;
    out.push(row[at]);
  }
  return out;
}

/** Every value read, or undefined when one is blank or unreadable (the formula gives no number). */
function readAll(cells: unknown[] | undefined, read: (v: unknown) => number): number[] | undefined {
  if (!cells) return undefined;
  const out = cells.map((c) => (isBlank(c) ? NaN : read(c)));
  return out.some(Number.isNaN) ? undefined : out;
}

export function portfolioSummary(input: SummaryInput): PortfolioSummary {
  const { projects } = input;
  const weights = input.amiWeights ?? equalWeights();
  const index = indexById(projects);
  const ids = new Set([...index.byId.keys()].filter((id) => !index.duplicates.has(id)));
  const nameAt = projects.columns.get('name');
  const nameOf = new Map([...ids].map((id) => [id, nameAt === undefined ? id : String(projects.rows[index.byId.get(id)!][nameAt] ?? '') || id]));

  // AMI: complete grids only, as AMI_SCORE gives a number only then.
  const amiIds = AMI_CRITERIA.map((c) => amiLevelField(c.id));
  const grids: { id: string; levels: number[] }[] = [];
  for (const row of rowsOf(input.ami, ids)) {
    const levels = readAll(cellsOf(input.ami!, row, amiIds), (v) => toLevel(v, 'grid'));
    if (levels) grids.push({ id: projectId(row[input.ami!.columns.get('id')!]), levels });
  }
  const profiles = grids.map((g) => amiProfile(g.levels, weights));

  // SRL: checklist mode; an empty cell in a filled row counts as 0, as in SRL_LEVEL.
  const threshold = input.srlThreshold ?? 1;
  const srlIds = SRL_LEVELS.map((l) => srlEvidenceField(l.level));
  const srlLevels: number[] = Array.from({ length: SRL_MAX + 1 }, () => 0);
  for (const row of rowsOf(input.srl, ids)) {
    const cells = cellsOf(input.srl!, row, srlIds);
    if (!cells || cells.every(isBlank)) continue;
    try {
      srlLevels[
        srlFromChecklist(
          cells.map((c) => (isBlank(c) ? 0 : parseCompletion(c))),
          threshold,
        )
      ]++;
    } catch {
      // An unreadable cell: SRL_LEVEL shows a ⚠ message for this row, the dashboard leaves it out.
    }
  }

  // Value capture: fragilities over complete checklists, amounts over readable rows.
  const answerIds = VC_POINTS.map((p) => vcAnswerField(p.id));
  const amountIds = VC_FAMILIES.map((f) => vcAmountField(f.id));
  const fragile = VC_POINTS.map(() => 0);
  const captured = VC_FAMILIES.map(() => 0);
  let vcComplete = 0;
  for (const row of rowsOf(input.vc, ids)) {
    const answers = readAll(cellsOf(input.vc!, row, answerIds), (v) => toLevel(v, 'checklist'));
    if (answers) {
      vcComplete++;
      for (const i of vcFragilities(answers)) fragile[i]++;
    }
    // A blank amount is 0; an unreadable or negative one (NaN) leaves the row out, as VC_MIX refuses it.
    const amounts = cellsOf(input.vc!, row, amountIds)?.map((c) => toAmount(c) ?? 0);
    if (amounts && !amounts.some(Number.isNaN)) amounts.forEach((a, i) => (captured[i] += a));
  }

  // SIAT: each dimension by the core rule the sidebar shows too (the sheet's formula, items within 1–5).
  const dimensionScores = SIAT_DIMENSIONS.map(() => [] as number[]);
  for (const row of rowsOf(input.siat, ids)) {
    SIAT_DIMENSIONS.forEach((d, k) => {
      const cells = cellsOf(
        input.siat!,
        row,
        d.items.map((i) => siatItemField(i.id)),
      );
      const score = cells && siatDimensionFromCells(cells).score;
      if (score !== undefined) dimensionScores[k].push(score);
    });
  }

  return {
    projects: ids.size,
    srlLevels,
    srlPhases: SRL_PHASES.map((p) => ({ label: p.label, count: srlLevels.reduce((s, n, level) => s + (srlPhase(level).id === p.id ? n : 0), 0) })),
    amiCriteria: AMI_CRITERIA.map((c, i) => ({ label: c.label, mean: mean(grids.map((g) => g.levels[i])) })),
    amiComplete: grids.length,
    amiGroups: AMI_GROUPS.map((g) => ({ label: g.label, mean: mean(profiles.map((p) => p[g.id])), max: amiMax(weights, groupIndices(g.id)) })),
    ranking: grids
      .map((g) => ({ name: nameOf.get(g.id)!, total: amiScore(g.levels, weights) }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
    vcFragilities: VC_POINTS.map((p, i) => ({ label: p.label, count: fragile[i] })),
    vcComplete,
    captureMix: VC_FAMILIES.map((f, i) => ({ label: f.label, amount: captured[i] })),
    siatDimensions: SIAT_DIMENSIONS.map((d, k) => ({ label: d.label, mean: mean(dimensionScores[k]) })),
  };
}
