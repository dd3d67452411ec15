import { toBoolean } from '../../../core/cells/proportion';
import { isBlank } from '../../../core/cells/text';
import type { Lang, Text } from '../../../core/i18n';
import {
  type DatedLevel,
  type Distribution,
  distribution,
  durationText,
  type Progress,
  progress,
  timeInPhase,
  timelinesOf,
} from '../../../core/assessments/over-time';
import { keyAsDate } from '../../../core/assessments/dates';
import { SRL_PHASES } from '../../../core/srl/scale';
import { FORMATS } from '../../formats';
import { projectId, type Table } from '../../table';
import { COUNT, type ChartTable, PROJECTS } from './figure';
import { SRL_EVIDENCE_FIELDS, srlOfEvidence } from './srl';

/**
 * The portfolio over time (issue 12 §5), read from every row of the SRL sheet: one row is one dated
 * assessment, its SRL the level its own evidence gives (SRL_LEVEL, as the row's « SRL atteint »
 * column), ordered by LATEST's rules (core/assessments/over-time.ts), as Projets' « now / last time »
 * columns order them. Which rows count, decided once here:
 * - a recused row is no assessment (consensus rule: CONSENSUS and the panel leave it out);
 * - a row with no evidence at all is no assessment either (SRL_LEVEL gives it no level; the « Projets
 *   par niveau SRL » chart leaves it out), whether dated or not;
 * - an undated row with evidence is one, older than every dated one (LATEST's rule): it counts in
 *   the progress and in the phase's run, and « Sans date » in the per-quarter chart;
 * - a project with a date that is no date, or an unreadable evidence cell, is left out of these
 *   figures and counted (Projets shows its ⚠ for it).
 */
export interface OverTimePart {
  overTime: {
    distribution: Distribution;
    progress: Progress;
    /** Per SRL phase: its projects, longest in the phase first, the first IN_PHASE_SHOWN of them. */
    phases: { count: number; shown: { name: string; level: number; since: Date | ''; duration: Text }[] }[];
    /** Projects left out: a date that is no date or an unreadable evidence cell. */
    unreadable: number;
  };
}

/** Periods the chart shows (two years of quarters), and projects listed per phase: the block keeps a fixed size. */
export const PERIODS_SHOWN = 8;
export const IN_PHASE_SHOWN = 5;

export interface OverTimeInput {
  srl?: Table;
  projects: Table;
  /** Projects listed in Projets (IDs as projectId reads them, duplicates left out). */
  ids: ReadonlySet<string>;
  name(id: string): string;
  srlThreshold: number;
  today: Date;
}

const UNKNOWN: Text = { fr: 'date inconnue', en: 'date unknown' };

export function overTimeSummary({ srl, projects, ids, name, srlThreshold, today }: OverTimeInput): OverTimePart {
  const assessments: DatedLevel[] = [];
  const bad = new Set<string>();
  const fields = SRL_EVIDENCE_FIELDS();
  const at = srl?.columns.get('id');
  const evidence = fields.map((f) => srl?.columns.get(f));
  if (srl && at !== undefined && evidence.every((i) => i !== undefined)) {
    const dateAt = srl.columns.get('date');
    const recusedAt = srl.columns.get('recused');
    for (const row of srl.rows) {
      const id = projectId(row[at]);
      if (!ids.has(id) || (recusedAt !== undefined && toBoolean(row[recusedAt]) === true)) continue;
      const level = srlOfEvidence(
        evidence.map((i) => row[i!]),
        srlThreshold,
      );
      if (level === null) continue;
      if (Number.isNaN(level)) bad.add(id);
      else assessments.push({ project: id, date: dateAt === undefined ? '' : row[dateAt], level });
    }
  }
  const read = timelinesOf(assessments);
  for (const id of read.unreadable) bad.add(id);
  const timelines = read.timelines.filter((t) => !bad.has(t.project));
  const callAt = projects.columns.get('call');
  const cohorts = new Map<string, string>();
  if (callAt !== undefined)
    for (const row of projects.rows) {
      const id = projectId(row[projects.columns.get('id')!]);
      if (ids.has(id) && !cohorts.has(id)) cohorts.set(id, isBlank(row[callAt]) ? '' : String(row[callAt]));
    }
  return {
    overTime: {
      distribution: distribution(timelines, PERIODS_SHOWN, cohorts),
      progress: progress(timelines),
      phases: timeInPhase(timelines, today).map((list) => ({
        count: list.length,
        shown: list.slice(0, IN_PHASE_SHOWN).map((p) => ({
          name: name(p.project),
          level: p.level,
          since: p.since === undefined ? '' : keyAsDate(p.since),
          duration: p.since === undefined ? UNKNOWN : durationText(p.since, today),
        })),
      })),
      unreadable: bad.size,
    },
  };
}

// French: 0 and 1 take the singular; English: only 1.
const count = (n: number, lang: Lang) => (lang === 'en' ? `${n} project${n === 1 ? '' : 's'}` : `${n} projet${n > 1 ? 's' : ''}`);

export function overTimeTables({ overTime: o }: OverTimePart, lang: Lang): ChartTable[] {
  const { distribution: d, progress: p } = o;
  const quarters = d.by === 'quarter';
  const phaseRows = o.phases.flatMap((ph, i) => [
    [`${SRL_PHASES[i].label[lang]}${lang === 'en' ? ':' : ' :'} ${count(ph.count, lang)}`, '', ''],
    ...ph.shown.map((s) => [`${s.name} · SRL ${s.level}`, s.since, s.duration[lang]]),
  ]);
  const phaseSize = SRL_PHASES.length * (1 + IN_PHASE_SHOWN);
  return [
    {
      kind: 'COLUMN',
      stacked: true,
      title: quarters
        ? { fr: 'Répartition des SRL par trimestre', en: 'SRL distribution by quarter' }
        : { fr: 'Répartition des SRL par cohorte', en: 'SRL distribution by cohort' },
      header: [quarters ? { fr: 'Trimestre', en: 'Quarter' } : { fr: 'Cohorte', en: 'Cohort' }, ...SRL_PHASES.map((ph) => ph.label)],
      rows: [
        ...Array.from({ length: PERIODS_SHOWN }, (_, i) => {
          const period = d.periods[i];
          return period ? [period.label[lang], ...period.phases] : ['', ...SRL_PHASES.map(() => '')];
        }),
        // Counted apart, below the rows the chart reads.
        [quarters ? (lang === 'en' ? 'Undated (apart)' : 'Sans date (à part)') : lang === 'en' ? 'No cohort (apart)' : 'Sans cohorte (à part)', ...d.apart],
      ],
      used: d.periods.length,
      format: COUNT,
    },
    {
      kind: 'BAR',
      title: { fr: 'Progression depuis la dernière évaluation', en: 'Progress since the last assessment' },
      header: [{ fr: 'SRL depuis la dernière fois', en: 'SRL since last time' }, PROJECTS],
      rows: [
        [lang === 'en' ? '↑ Moved up' : '↑ En progression', p.up],
        [lang === 'en' ? '= Stayed' : '= Stable', p.same],
        [lang === 'en' ? '↓ Moved down' : '↓ En recul', p.down],
        [lang === 'en' ? 'Single assessment (apart)' : 'Une seule évaluation (à part)', p.single],
        [lang === 'en' ? 'Left out: unreadable date or evidence (⚠ in Projects)' : 'Écartés : date ou preuve illisible (⚠ dans Projets)', o.unreadable],
      ],
      used: 3,
      format: COUNT,
    },
    {
      kind: 'TABLE',
      title: {
        fr: `Projets par phase SRL et temps dans la phase (les ${IN_PHASE_SHOWN} plus anciens de chaque phase)`,
        en: `Projects by SRL phase and time in the phase (the ${IN_PHASE_SHOWN} longest of each phase)`,
      },
      header: [
        { fr: 'Phase et projet', en: 'Phase and project' },
        { fr: 'Dans la phase depuis le', en: 'In the phase since' },
        { fr: 'Temps dans la phase', en: 'Time in the phase' },
      ],
      rows: [...phaseRows, ...Array.from({ length: phaseSize - phaseRows.length }, () => ['', '', ''])],
      used: phaseRows.length,
      format: FORMATS.date,
    },
  ];
}
