/**
 * The portfolio over time (issue 12 §5), golden values computed by hand. Phases (scale.ts): Concept
 * 0–4, Pilote expérimental 5–7, Institutionnalisation 8–9 (level 0 counts in Concept, as the
 * dashboard's phase chart counts it).
 */
import { nthLatest } from '../../src/core/assessments/aggregate';
import { distribution, durationText, progress, timeInPhase, timelinesOf, type DatedLevel } from '../../src/core/assessments/over-time';

const a = (project: string, date: unknown, level: number): DatedLevel => ({ project, date, level });

// Sheet row order as written, deliberately not chronological.
const ROWS: DatedLevel[] = [
  a('A', '2025-11-20', 3), // 0
  a('A', new Date(2026, 1, 10), 5), // 1: 10/02/2026
  a('A', '15/05/2026', 6), // 2
  a('B', '2026-04-01', 6), // 3
  a('B', '2026-06-30', 4), // 4: a step back
  a('C', '', 2), // 5: undated, older than C's dated one
  a('C', '2026-05-02', 2), // 6
  a('D', '2026-02-01', 8), // 7: a single assessment
  a('E', '2026-04-10', 5), // 8
  a('E', '2026-04-10', 7), // 9: same day, the lower row is the more recent
  a('F', '31/02/2026', 5), // 10: no such day: F is left out, as LATEST refuses it
  a('B', '2026-04-15', 6), // 11: B's second of Q2, later than row 3
];
const TODAY = new Date(2026, 6, 1); // 01/07/2026

test('timelines: LATEST’s order (equal dates: the lower row is more recent; undated oldest), bad dates left out', () => {
  const { timelines, unreadable } = timelinesOf(ROWS);
  expect(unreadable).toEqual(['F']);
  const levels = Object.fromEntries(timelines.map((t) => [t.project, t.entries.map((e) => e.level)]));
  expect(levels).toEqual({ A: [3, 5, 6], B: [6, 6, 4], C: [2, 2], D: [8], E: [5, 7] });
  // The same order as LATEST's ranks: E's rank 1 is row 9 (level 7), rank 2 row 8.
  const eDates = [toKey('2026-04-10'), toKey('2026-04-10')];
  expect(nthLatest([8, 9], eDates, 1)).toBe(9);
  expect(timelines.find((t) => t.project === 'C')!.entries[0].date).toBeUndefined();
});

const toKey = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));

test('distribution per quarter: each project once per quarter with its latest there, undated apart', () => {
  const { timelines } = timelinesOf(ROWS);
  const d = distribution(timelines, 8);
  expect(d.by).toBe('quarter');
  // T4 2025: A 3 (Concept). T1 2026: A 5 (Pilote), D 8 (Institutionnalisation).
  // T2 2026: A 6 (15/05), B 4 (30/06 is later than 15/04 and 01/04), C 2, E 7 (row 9) → Concept 2, Pilote 2.
  // Undated: C's first row, level 2 → Concept 1.
  expect(d.periods.map((p) => [p.label.fr, ...p.phases])).toEqual([
    ['T4 2025', 1, 0, 0],
    ['T1 2026', 0, 1, 1],
    ['T2 2026', 2, 2, 0],
  ]);
  expect(d.periods[1].label.en).toBe('Q1 2026');
  expect(d.apart).toEqual([1, 0, 0]);
  // Only the last two quarters kept.
  expect(distribution(timelines, 2).periods.map((p) => p.label.fr)).toEqual(['T1 2026', 'T2 2026']);
});

test('a quarter without assessment between two is shown empty: the time axis stays even', () => {
  const { timelines } = timelinesOf([a('A', '2025-01-15', 1), a('A', '2025-08-01', 2)]);
  expect(distribution(timelines, 8).periods.map((p) => [p.label.fr, ...p.phases])).toEqual([
    ['T1 2025', 1, 0, 0],
    ['T2 2025', 0, 0, 0],
    ['T3 2025', 1, 0, 0],
  ]);
});

test('distribution per cohort when Projets’ cohorts split the projects; one call for all keeps quarters', () => {
  const { timelines } = timelinesOf(ROWS);
  const cohorts = new Map([
    ['A', 'Promo 10'],
    ['B', 'Promo 2'],
    ['C', ' Promo 2 '],
    ['D', ''],
  ]);
  const d = distribution(timelines, 8, cohorts);
  expect(d.by).toBe('cohort');
  // Natural order: Promo 2 (B latest 4, C latest 2 → Concept 2), Promo 10 (A latest 6 → Pilote 1).
  // Without a cohort: D 8 (Institutionnalisation), E 7 (Pilote).
  expect(d.periods.map((p) => [p.label.fr, ...p.phases])).toEqual([
    ['Promo 2', 2, 0, 0],
    ['Promo 10', 0, 1, 0],
  ]);
  expect(d.apart).toEqual([0, 1, 1]);
  expect(distribution(timelines, 8, new Map([...timelines.map((t) => [t.project, 'AMI 2026'] as [string, string])])).by).toBe('quarter');
});

test('progress between the last two assessments; single assessments counted apart', () => {
  const { timelines } = timelinesOf(ROWS);
  // A 5 → 6 up, B 6 → 4 down, C 2 → 2 same, E 5 → 7 up, D single.
  expect(progress(timelines)).toEqual({ up: 2, same: 1, down: 1, single: 1 });
});

test('time in phase: since the first assessment of the current uninterrupted run, up to today', () => {
  const { timelines } = timelinesOf(ROWS);
  const phases = timeInPhase(timelines, TODAY);
  const show = (i: number) => phases[i].map((p) => [p.project, p.level, p.days]);
  // Concept: B back to 4 on 30/06/2026 → 1 day; C at 2 since its undated row then 02/05/2026: the run's
  // first dated one, 02/05 → 01/07 = 29 + 30 = 60 days. Longest first.
  expect(show(0)).toEqual([
    ['C', 2, 60],
    ['B', 4, 1],
  ]);
  // Pilote: A 5 since 10/02/2026 (5 then 6, same phase): 18 + 31 + 30 + 31 + 30 + 1 = 141 days;
  // E 5 then 7 since 10/04/2026: 20 + 31 + 30 + 1 = 82 days.
  expect(show(1)).toEqual([
    ['A', 6, 141],
    ['E', 7, 82],
  ]);
  // Institutionnalisation: D since 01/02/2026: 27 + 31 + 30 + 31 + 30 + 1 = 150 days.
  expect(show(2)).toEqual([['D', 8, 150]]);
  expect(phases[1][0].since).toBe(toKey('2026-02-10'));
});

test('time in phase: a run with no dated assessment has no start', () => {
  const { timelines } = timelinesOf([a('X', '', 3), a('X', '', 4)]);
  expect(timeInPhase(timelines, TODAY)[0]).toEqual([{ project: 'X', level: 4, since: undefined, days: undefined }]);
});

test('durations in French and English words', () => {
  const at = (s: string) => toKey(s);
  expect(durationText(at('2026-06-30'), TODAY)).toEqual({ fr: '1 jour', en: '1 day' });
  expect(durationText(at('2026-06-02'), TODAY)).toEqual({ fr: '29 jours', en: '29 days' });
  // 01/06 → 01/07: the day of the month is reached again, one whole month.
  expect(durationText(at('2026-06-01'), TODAY)).toEqual({ fr: '1 mois', en: '1 month' });
  // 10/02 → 01/07: 4 whole months (10/06 reached, 10/07 not yet).
  expect(durationText(at('2026-02-10'), TODAY)).toEqual({ fr: '4 mois', en: '4 months' });
  expect(durationText(at('2025-04-01'), TODAY)).toEqual({ fr: '1 an et 3 mois', en: '1 year and 3 months' });
  expect(durationText(at('2024-07-01'), TODAY)).toEqual({ fr: '2 ans', en: '2 years' });
  // A date after today (a typing slip) gives no negative duration.
  expect(durationText(at('2026-09-01'), TODAY)).toEqual({ fr: '0 jour', en: '0 days' });
});
