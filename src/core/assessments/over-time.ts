import { isBlank } from '../cells/text';
import type { Text } from '../i18n';
import { srlPhase } from '../srl/level';
import { SRL_PHASES } from '../srl/scale';
import { latestFirst, toDateKey } from './aggregate';

/**
 * The portfolio over time (issue 12 §5): from each project's dated SRL levels, the SRL distribution
 * per period, the progress between the last two assessments, and the time each project has spent in
 * its current SRL phase. Dates and « latest » are read by LATEST's own rules (aggregate.ts toDateKey
 * and latestFirst), so the dashboard orders a project's assessments exactly as Projets' « now / last
 * time » columns do. Pure: the caller reads the sheet and says which rows are assessments.
 */

/** One assessment of a project: its date cell as written and the SRL level its evidence gives. */
export interface DatedLevel {
  /** The project, already matched by key (one string per project). */
  project: string;
  /** The date cell: a Date, text jj/mm/aaaa or aaaa-mm-jj, or blank (undated). */
  date: unknown;
  level: number;
}

/** A project's assessments, oldest first (LATEST's order reversed); `date` is a day key (ms, UTC calendar), undefined when undated. */
export interface Timeline {
  project: string;
  entries: { date: number | undefined; level: number }[];
}

export interface Timelines {
  timelines: Timeline[];
  /** Projects left out because one of their dates is not a date (Projets' LATEST shows ⚠ for them). */
  unreadable: string[];
}

/**
 * Groups `assessments` (in sheet row order) by project and orders each project's by LATEST's rule:
 * dated ones by date (equal dates: the lower row is the more recent), undated ones older than every
 * dated one. A project with a date that is no date is left out whole, as LATEST refuses it.
 */
export function timelinesOf(assessments: readonly DatedLevel[]): Timelines {
  const byProject = new Map<string, { rows: number[]; dates: (number | undefined)[]; bad: boolean }>();
  assessments.forEach((a, row) => {
    const p = byProject.get(a.project) ?? { rows: [], dates: [], bad: false };
    byProject.set(a.project, p);
    const key = isBlank(a.date) ? undefined : toDateKey(a.date);
    if (key !== undefined && Number.isNaN(key)) p.bad = true;
    p.rows.push(row);
    p.dates.push(key);
  });
  const timelines: Timeline[] = [];
  const unreadable: string[] = [];
  for (const [project, p] of byProject) {
    if (p.bad) {
      unreadable.push(project);
      continue;
    }
    const dateOf = new Map(p.rows.map((r, i) => [r, p.dates[i]]));
    const entries = latestFirst(p.rows, p.dates)
      .reverse()
      .map((r) => ({ date: dateOf.get(r) === undefined ? undefined : dayKey(dateOf.get(r)!), level: assessments[r].level }));
    timelines.push({ project, entries });
  }
  return { timelines, unreadable };
}

/** A date key's calendar day (its time of day dropped): durations count whole days. */
const dayKey = (t: number) => Math.floor(t / DAY) * DAY;
const DAY = 86_400_000;

/** Per SRL phase (core/srl/scale.ts order), a count. */
export type PhaseCounts = number[];

const phaseIndex = (level: number) => SRL_PHASES.findIndex((p) => p.id === srlPhase(level).id);
const noCounts = (): PhaseCounts => SRL_PHASES.map(() => 0);

export interface Period {
  /** « T3 2026 » (Q3 2026), or the cohort as written in Projets. */
  label: Text;
  phases: PhaseCounts;
}

export interface Distribution {
  by: 'quarter' | 'cohort';
  /** Oldest first: consecutive quarters (an empty one included, so the time axis is even), or cohorts in natural order. */
  periods: Period[];
  /** Undated assessments (quarters) or projects without a cohort: counted apart, never in a period. */
  apart: PhaseCounts;
}

/** A day key's calendar quarter as a number that counts quarters (year × 4 + 0–3). */
const quarterOf = (day: number) => {
  const d = new Date(day);
  return d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3);
};
export const quarterLabel = (q: number): Text => ({ fr: `T${(q % 4) + 1} ${Math.floor(q / 4)}`, en: `Q${(q % 4) + 1} ${Math.floor(q / 4)}` });

/**
 * The SRL distribution per period. By calendar quarter of the assessment date: in each quarter, each
 * project counted once, with its latest assessment in that quarter (LATEST restricted to the quarter);
 * the last `shown` quarters up to the latest one assessed. Undated assessments go apart (each project
 * once, its latest undated one). With `cohorts` (Projets « Appel / cohorte », by project), when they
 * split the assessed projects into two cohorts or more: per cohort instead, each project once with its
 * latest assessment; one call for every project says nothing about time, so quarters are kept then.
 */
export function distribution(timelines: readonly Timeline[], shown: number, cohorts?: ReadonlyMap<string, string>): Distribution {
  const named = timelines.map((t) => cohorts?.get(t.project)?.trim() ?? '');
  const distinct = [...new Set(named.filter((c) => c !== ''))];
  if (distinct.length >= 2) {
    distinct.sort((a, b) => a.localeCompare(b, 'fr', { numeric: true, sensitivity: 'base' }));
    const kept = distinct.slice(-shown);
    const periods = kept.map((c): Period => ({ label: { fr: c, en: c }, phases: noCounts() }));
    const apart = noCounts();
    timelines.forEach((t, i) => {
      const level = t.entries[t.entries.length - 1].level;
      const at = kept.indexOf(named[i]);
      // A cohort older than the `shown` kept is not drawn: its projects are not « without a cohort » either.
      if (at >= 0) periods[at].phases[phaseIndex(level)]++;
      else if (named[i] === '') apart[phaseIndex(level)]++;
    });
    return { by: 'cohort', periods, apart };
  }
  const perQuarter = new Map<number, PhaseCounts>();
  const apart = noCounts();
  for (const t of timelines) {
    // Oldest first: the last entry seen in a quarter is the project's latest there.
    const latestIn = new Map<number | 'undated', number>();
    for (const e of t.entries) latestIn.set(e.date === undefined ? 'undated' : quarterOf(e.date), e.level);
    for (const [q, level] of latestIn) {
      if (q === 'undated') apart[phaseIndex(level)]++;
      else {
        const counts = perQuarter.get(q) ?? noCounts();
        perQuarter.set(q, counts);
        counts[phaseIndex(level)]++;
      }
    }
  }
  if (perQuarter.size === 0) return { by: 'quarter', periods: [], apart };
  const last = Math.max(...perQuarter.keys());
  const first = Math.max(Math.min(...perQuarter.keys()), last - shown + 1);
  const periods: Period[] = [];
  for (let q = first; q <= last; q++) periods.push({ label: quarterLabel(q), phases: perQuarter.get(q) ?? noCounts() });
  return { by: 'quarter', periods, apart };
}

export interface Progress {
  up: number;
  same: number;
  down: number;
  /** Projects with a single assessment: no « last time » to compare with. */
  single: number;
}

/** Between each project's last two assessments (LATEST ranks 1 and 2): SRL up, the same, or down. */
export function progress(timelines: readonly Timeline[]): Progress {
  const out: Progress = { up: 0, same: 0, down: 0, single: 0 };
  for (const { entries } of timelines) {
    if (entries.length < 2) {
      out.single++;
      continue;
    }
    const change = entries[entries.length - 1].level - entries[entries.length - 2].level;
    if (change > 0) out.up++;
    else if (change < 0) out.down++;
    else out.same++;
  }
  return out;
}

export interface InPhase {
  project: string;
  level: number;
  /** The day the project's current run in the phase began (day key), undefined when no assessment of the run is dated. */
  since: number | undefined;
  /** Whole days from `since` to today (0 when `since` is later than today); undefined with `since`. */
  days: number | undefined;
}

/**
 * Per SRL phase (scale.ts order), the projects whose latest assessment is in it, longest there first
 * (then by project), each with the start of its current uninterrupted run in the phase: the first
 * assessment of the run, going back from the latest while the phase stays the same. Undated
 * assessments are the oldest (LATEST's rule) and give no day: the run starts at its first dated one,
 * and a run with none has no start.
 */
export function timeInPhase(timelines: readonly Timeline[], today: Date): InPhase[][] {
  const now = dayKey(toDateKey(today));
  const phases: InPhase[][] = SRL_PHASES.map(() => []);
  for (const { project, entries } of timelines) {
    const level = entries[entries.length - 1].level;
    const phase = phaseIndex(level);
    let since: number | undefined;
    for (let i = entries.length - 1; i >= 0 && phaseIndex(entries[i].level) === phase; i--) if (entries[i].date !== undefined) since = entries[i].date;
    phases[phase].push({ project, level, since, days: since === undefined ? undefined : Math.max(0, Math.round((now - since) / DAY)) });
  }
  for (const list of phases) list.sort((a, b) => (b.days ?? -1) - (a.days ?? -1) || a.project.localeCompare(b.project));
  return phases;
}

/**
 * A duration in words, from a day to another: under a month in days (« 12 jours »), under a year in
 * whole calendar months (« 5 mois »), then years and months (« 1 an et 3 mois », « 2 ans »). A month
 * is complete when the day of the month is reached again (15/01 → 14/02 is 30 jours, → 15/02 1 mois).
 */
export function durationText(since: number, until: Date): Text {
  const end = dayKey(toDateKey(until));
  if (end <= since) return { fr: '0 jour', en: '0 days' };
  const a = new Date(since);
  const b = new Date(end);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() - (b.getUTCDate() < a.getUTCDate() ? 1 : 0);
  if (months < 1) {
    const days = Math.round((end - since) / DAY);
    return { fr: `${days} jour${days > 1 ? 's' : ''}`, en: `${days} day${days > 1 ? 's' : ''}` };
  }
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const fr = [years ? `${years} an${years > 1 ? 's' : ''}` : '', rest ? `${rest} mois` : ''].filter(Boolean).join(' et ');
  const en = [years ? `${years} year${years > 1 ? 's' : ''}` : '', rest ? `${rest} month${rest > 1 ? 's' : ''}` : ''].filter(Boolean).join(' and ');
  return { fr, en };
}
