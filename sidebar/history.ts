import { isBlankCell, type CellJson } from '../src/contract/cells';
import type { AssessmentSummary, Project, ScoringSettings } from '../src/contract/endpoints';
import { amiLevelField, SRL_NOTES_FIELD, SRL_TARGET_FIELD, srlEvidenceField } from '../src/contract/fields';
import { AMI_CRITERIA } from '../src/core/ami/grid';
import { amiScore } from '../src/core/ami/score';
import { srlFromChecklist, srlNext } from '../src/core/srl/level';
import { SRL_LEVELS } from '../src/core/srl/scale';
import { readCompletion, readLevel, readSrl, type Reading } from './cells';

/**
 * The project over time (issue 12), from the assessments getProject sends: each one's SRL and AMI
 * total computed by core from its cells, exactly as the sheet's SRL_LEVEL(…; SEUIL_SRL) and
 * AMI_SCORE(…; AMI_POIDS) read that row. Null where the sheet shows no number: a row without any
 * evidence (SRL_LEVEL leaves it blank), an unreadable cell (⚠), an AMI grid not fully scored, an
 * assessment hidden by blind review. No DOM here: sidebar/history-view.ts draws it.
 */
export interface HistoryPoint {
  assessment: AssessmentSummary;
  srl: number | null;
  ami: number | null;
}

const known = (x: Reading): x is number => x !== undefined && !Number.isNaN(x);
const fieldsOf = (a: AssessmentSummary, sheet: 'ami' | 'srl'): Record<string, CellJson> | undefined => (a.hidden ? undefined : a.instruments[sheet]);

/** Completion of each level's evidence (undefined: blank; NaN: unreadable), level order. */
function completions(fields: Record<string, CellJson>): Reading[] {
  return SRL_LEVELS.map((s) => readCompletion(fields[srlEvidenceField(s.level)] ?? ''));
}

/** SRL_LEVEL in checklist mode: blank row → none; an unreadable cell → none (⚠ in the sheet); a blank level → not reached. */
export function srlOf(fields: Record<string, CellJson> | undefined, threshold: number): number | null {
  if (!fields) return null;
  const c = completions(fields);
  if (c.every((x) => x === undefined) || c.some((x) => x !== undefined && Number.isNaN(x))) return null;
  return srlFromChecklist(
    c.map((x) => x ?? 0),
    threshold,
  );
}

/** AMI_SCORE: a number only when the twelve criteria are scored and readable. */
export function amiTotalOf(fields: Record<string, CellJson> | undefined, weights: readonly number[]): number | null {
  if (!fields) return null;
  const levels = AMI_CRITERIA.map((c) => readLevel(fields[amiLevelField(c.id)] ?? '', 'grid'));
  return levels.every(known) ? amiScore(levels, weights) : null;
}

/** Every assessment of the project, oldest first (getProject's order: by date, then reviewer). */
export function historyOf(project: Project, { srlThreshold, amiWeights }: ScoringSettings): HistoryPoint[] {
  return project.assessments.map((a) => ({
    assessment: a,
    srl: srlOf(fieldsOf(a, 'srl'), srlThreshold),
    ami: amiTotalOf(fieldsOf(a, 'ami'), amiWeights),
  }));
}

/** One level's evidence below the threshold: its completion (0 when blank). */
export interface MissingEvidence {
  level: number;
  title: string;
  completion: number;
}

/** What the next level asks, from the project's current SRL (issue 12, point 6). */
export interface NextStep {
  /** The assessment the current SRL comes from: the latest with an SRL, a recused one left out. */
  from: HistoryPoint & { srl: number };
  /** The next level's title and description from core's scale (verbatim); undefined at the top. */
  next?: { level: number; title: string; description: string };
  /** Evidence still below the threshold, from the next level up to the target when the target is higher. */
  missing: MissingEvidence[];
  /** The target set in that assessment (SRL sheet), when readable. */
  target: number | null;
  /** The evidence notes of that assessment. */
  notes: string;
}

export function nextStep(project: Project, settings: ScoringSettings, history = historyOf(project, settings)): NextStep | null {
  const from = [...history].reverse().find((p): p is HistoryPoint & { srl: number } => p.srl !== null && !p.assessment.recused);
  if (!from) return null;
  const fields = from.assessment.instruments.srl ?? {};
  const c = completions(fields);
  const goal = readSrl(fields[SRL_TARGET_FIELD] ?? '');
  const target = known(goal) ? goal : null;
  const next = srlNext(from.srl);
  const last = Math.max(next?.level ?? 0, target ?? 0);
  const missing = SRL_LEVELS.filter((s) => s.level > from.srl && s.level <= last)
    .map((s) => ({ level: s.level, title: s.title, completion: c[s.level - 1] ?? 0 }))
    .filter((m) => m.completion < settings.srlThreshold);
  const notes = fields[SRL_NOTES_FIELD];
  return { from, next, missing, target, notes: isBlankCell(notes) ? '' : String(notes) };
}
