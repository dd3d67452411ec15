import { AMI_CRITERIA } from '../../../core/ami/grid';
import { aggregate, matchKey } from '../../../core/assessments/aggregate';
import { toAssessmentValue } from '../../../core/assessments/values';
import { toAmount } from '../../../core/cells/number';
import { isBlank } from '../../../core/cells/text';
import type { Text } from '../../../core/i18n';
import { amiLevelFields } from '../../../core/instruments/ami';
import { DECISIONS } from '../../../core/status';
import { FORMATS } from '../../formats';
import { type ChartTable, MEAN, mean, or } from './figure';
import { reviewerKey } from '../../assessments';
import { assignedTo, doneAssessments, progressKey, type AssessmentCells } from '../../progress';
import { projectId } from '../../table';
import { countedRows } from '../counted';

/**
 * The committee's part of the dashboard (issue 11): how far reviewers agree on each AMI criterion
 * across the portfolio, and the decisions against the envelope. Read from every assessment row of
 * « Grille AMI » (each reviewer's latest, recused ones left out) and from « Comité », with the functions behind CONSENSUS and
 * REVIEW_SPREAD (core/assessments), so that the dashboard and Projets agree.
 */
export interface ReviewPart {
  /** Per AMI criterion: mean spread (max − min, in levels) over the projects it has two values or more for, and how many reach the flagged spread. */
  agreement: { label: Text; spread: number | null; disputed: number }[];
  /** Projects with two assessments or more (each reviewer's latest, not recused). */
  multiReviewed: number;
  disagreement: number;
  /** Per decision: projects and amount granted; then the projects with an amount but no decision. */
  decisions: { label: Text; projects: number; granted: number }[];
  granted: number;
  envelope: number | null;
  /** Per reviewer named in Projets « Évaluateurs »: projects assigned, and done (latest assessment « Terminée » or recused), most assigned first. */
  reviewers: { name: string; assigned: number; done: number }[];
}

/** The reviewers the dashboard lists (a fixed size, so the block keeps its place from one update to the next). */
export const REVIEWERS_SHOWN = 10;

/** A sheet's rows and its columns by id (src/sheets/table.ts Table, without the sheet). */
interface Rows {
  rows: readonly unknown[][];
  columns: ReadonlyMap<string, number>;
}

export interface ReviewInput {
  /** Every row of « Grille AMI »: one per assessment. */
  ami?: Rows;
  committee?: Rows;
  /** The projects listed in Projets (their IDs as matchKey reads them). */
  listed: ReadonlySet<string>;
  disagreement: number;
  envelope: number | null;
  /** Projets (its « Évaluateurs » column) and every assessment row of the instrument sheets. */
  projects?: Rows;
  assessments?: readonly AssessmentCells[];
}

const cell = (t: Rows, row: readonly unknown[], id: string) => (t.columns.has(id) ? row[t.columns.get(id)!] : '');

export function reviewSummary({ ami, committee, listed, disagreement, envelope, projects, assessments }: ReviewInput): ReviewPart {
  const fields = amiLevelFields();
  // Per project, per criterion: the levels of the assessments Projets' REVIEW_SPREAD compares (each
  // reviewer's latest, not recused: counted.ts); a project with a date that is no date is left out.
  const byProject = new Map<string, number[]>();
  (ami && fields.every((f) => ami.columns.has(f)) ? ami.rows : []).forEach((row, i) => {
    const id = matchKey(cell(ami!, row, 'id'));
    if (!listed.has(id)) return;
    const list = byProject.get(id);
    if (list) list.push(i);
    else byProject.set(id, [i]);
  });
  const levels = new Map<string, number[][]>();
  const assessed = new Map<string, number>();
  for (const [id, rows] of byProject)
    for (const r of countedRows(ami!, rows) ?? []) {
      const values = fields.map((f) => toAssessmentValue(cell(ami!, ami!.rows[r], f)));
      if (!values.some((v) => !Number.isNaN(v))) continue;
      assessed.set(id, (assessed.get(id) ?? 0) + 1);
      const columns = levels.get(id) ?? fields.map(() => []);
      levels.set(id, columns);
      values.forEach((v, c) => !Number.isNaN(v) && columns[c].push(v));
    }
  const spreads = AMI_CRITERIA.map(() => [] as number[]);
  for (const columns of levels.values())
    columns.forEach((values, c) => values.length >= 2 && spreads[c].push(aggregate(values, 'max') - aggregate(values, 'min')));

  const decisions = DECISIONS.map((label) => ({ label, projects: 0, granted: 0 }));
  let granted = 0;
  for (const row of committee?.rows ?? []) {
    if (!listed.has(matchKey(cell(committee!, row, 'id')))) continue;
    const amount = toAmount(cell(committee!, row, 'granted'));
    // Comité's total adds every amount granted (SUM): a text amount is left out there too.
    if (amount !== undefined && !Number.isNaN(amount)) granted += amount;
    const word = cell(committee!, row, 'decision');
    const d = isBlank(word) ? undefined : decisions.find((x) => [x.label.fr, x.label.en].includes(String(word).trim()));
    if (!d) continue;
    d.projects++;
    if (amount !== undefined && !Number.isNaN(amount)) d.granted += amount;
  }
  return {
    agreement: AMI_CRITERIA.map((c, i) => ({ label: c.label, spread: mean(spreads[i]), disputed: spreads[i].filter((s) => s >= disagreement).length })),
    multiReviewed: [...assessed.values()].filter((n) => n >= 2).length,
    disagreement,
    decisions,
    granted,
    envelope,
    reviewers: progressOf(projects, assessments ?? [], listed),
  };
}

/** Each assigned reviewer's progress, by the rule of the panel's « Mes dossiers » (src/sheets/progress.ts). */
function progressOf(projects: Rows | undefined, assessments: readonly AssessmentCells[], listed: ReadonlySet<string>): ReviewPart['reviewers'] {
  const done = doneAssessments(assessments);
  const byReviewer = new Map<string, { name: string; assigned: number; done: number }>();
  for (const row of projects?.columns.has('reviewers') ? projects.rows : []) {
    const id = projectId(cell(projects!, row, 'id'));
    if (!listed.has(matchKey(id))) continue;
    const written = String(cell(projects!, row, 'reviewers') ?? '').split(';');
    assignedTo(cell(projects!, row, 'reviewers')).forEach((who) => {
      const entry = byReviewer.get(who) ?? { name: written.map((w) => w.trim()).find((w) => reviewerKey(w) === who) ?? who, assigned: 0, done: 0 };
      byReviewer.set(who, entry);
      entry.assigned++;
      if (done.get(progressKey(who, id))) entry.done++;
    });
  }
  return [...byReviewer.values()].sort((a, b) => b.assigned - a.assigned || a.name.localeCompare(b.name));
}

export function reviewTables(s: ReviewPart, lang: 'fr' | 'en'): ChartTable[] {
  const disputed = s.agreement.reduce((n, a) => n + a.disputed, 0);
  const remaining =
    s.envelope === null
      ? []
      : [
          [lang === 'en' ? 'Envelope' : 'Enveloppe', s.envelope],
          [
            s.granted > s.envelope ? (lang === 'en' ? '⚠ Exceeded by' : '⚠ Dépassement') : lang === 'en' ? 'Remaining' : 'Reste',
            Math.abs(s.envelope - s.granted),
          ],
        ];
  return [
    {
      kind: 'BAR',
      title: {
        fr: `Accord entre évaluateurs : écart moyen par critère AMI (${s.multiReviewed} projets à plusieurs évaluations ; ${disputed} écarts ≥ ${s.disagreement})`,
        en: `Agreement between reviewers: mean spread by AMI criterion (${s.multiReviewed} projects with several assessments; ${disputed} spreads ≥ ${s.disagreement})`,
      },
      header: [
        { fr: 'Critère', en: 'Criterion' },
        { fr: 'Écart moyen (niveaux)', en: 'Mean spread (levels)' },
      ],
      rows: s.agreement.map((a) => [a.label[lang], or(a.spread)]),
      format: MEAN,
    },
    {
      kind: 'COLUMN',
      title: { fr: 'Décisions du comité et enveloppe (€)', en: 'Committee decisions and envelope (€)' },
      header: [
        { fr: 'Décision', en: 'Decision' },
        { fr: 'Montant accordé (€)', en: 'Amount granted (€)' },
      ],
      rows: [
        ...s.decisions.map((d) => [`${d.label[lang]} (${d.projects})`, d.granted]),
        [lang === 'en' ? 'Total granted' : 'Total accordé', s.granted],
        ...(remaining.length
          ? remaining
          : [
              ['', ''],
              ['', ''],
            ]),
      ],
      used: s.decisions.length + 1 + remaining.length,
      format: FORMATS.euro,
    },
    {
      kind: 'BAR',
      title: { fr: 'Avancement des évaluateurs : dossiers évalués (sur assignés)', en: 'Reviewers’ progress: projects reviewed (of assigned)' },
      header: [
        { fr: 'Évaluateur', en: 'Reviewer' },
        { fr: 'Évalués', en: 'Reviewed' },
      ],
      rows: Array.from({ length: REVIEWERS_SHOWN }, (_, i) => {
        const r = s.reviewers[i];
        return r ? [`${r.name} (${r.done} / ${r.assigned})`, r.done] : ['', ''];
      }),
      used: Math.min(s.reviewers.length, REVIEWERS_SHOWN),
      format: FORMATS.integer,
    },
  ];
}
