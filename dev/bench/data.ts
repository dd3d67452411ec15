/**
 * Realistic generated data for the benchmark: the mix of labels, averages, text numbers, checkboxes
 * and euros that the golden fixtures show, drawn from a seeded generator so every run times the same input.
 */
export type Cell = string | number | boolean;

/** Mulberry32: small, fast, deterministic. */
export function random(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

const LEVELS: readonly Cell[] = [
  'Inexistant',
  'Faible',
  'Intermédiaire',
  'Fort',
  'intermediaire',
  'fort',
  'Weak',
  'Strong',
  '2 - Intermédiaire',
  0,
  1,
  2,
  3,
  1.5,
  2.5,
  '2,5',
  '3',
];
const ANSWERS: readonly Cell[] = ['non', 'plutôt non', 'plutôt oui', 'oui', 0, 1, 2, 3, 'Faible', 'Fort', 2.5];
const EVIDENCE: readonly Cell[] = [true, 'oui', 'x', '✓', 1, '100 %'];
const PARTIAL: readonly Cell[] = ['80 %', '0,5', 0.9, '75%', false, 'non', ''];

function rows<T>(n: number, seed: number, row: (rnd: () => number, i: number) => T): T[] {
  const rnd = random(seed);
  return Array.from({ length: n }, (_, i) => row(rnd, i));
}

export const amiRows = (n: number) => rows(n, 1, (rnd) => Array.from({ length: 12 }, () => pick(rnd, LEVELS)));

/** A prefix of completed levels, then partial evidence and blanks. */
export const srlRows = (n: number) =>
  rows(n, 2, (rnd) => {
    const done = Math.floor(rnd() * 10);
    return Array.from({ length: 9 }, (_, k): Cell => (k < done ? pick(rnd, EVIDENCE) : k === done ? pick(rnd, PARTIAL) : ''));
  });

export const declaredRows = (n: number) => rows(n, 3, (rnd): Cell[] => [pick(rnd, [1, 2, 3, 4, 5, 6, 7, 8, 9, 'SRL 5', 'niveau 3', '7'])]);
export const levelRows = (n: number) => rows(n, 4, (rnd): Cell[] => [Math.floor(rnd() * 10)]);
export const answerRows = (n: number) => rows(n, 5, (rnd) => Array.from({ length: 5 }, () => pick(rnd, ANSWERS)));

const euros = (x: number) =>
  `${Math.round(x)
    .toLocaleString('fr-FR')
    .replace(/\u202f/g, ' ')} €`;
export const amountRows = (n: number) =>
  rows(n, 6, (rnd) => Array.from({ length: 4 }, (): Cell => (rnd() < 0.3 ? '' : rnd() < 0.5 ? euros(rnd() * 80000) : Math.round(rnd() * 50000))));

export const siatRows = (n: number) =>
  rows(n, 7, (rnd) => Array.from({ length: 5 }, (): Cell => (rnd() < 0.7 ? 1 + Math.round(rnd() * 8) / 2 : `${1 + Math.floor(rnd() * 4)},5`)));

/** The eight SROI_VALUE columns (each n × 1). */
export function outcomeColumns(n: number): Cell[][][] {
  const r = rows(n, 8, (rnd): Cell[] => [
    Math.round(rnd() * 500),
    rnd() < 0.5 ? euros(rnd() * 20000) : Math.round(rnd() * 2000 - 200),
    `${Math.round(rnd() * 40)} %`,
    rnd() < 0.5 ? '' : Math.round(rnd() * 50) / 100,
    rnd() < 0.7 ? '' : '5 %',
    rnd() < 0.5 ? '' : `${Math.round(rnd() * 30)}%`,
    1 + Math.floor(rnd() * 10),
    rnd() < 0.8 ? '' : '4 %',
  ]);
  return Array.from({ length: 8 }, (_, k) => r.map((row) => [row[k]]));
}

export const presentValueRows = (n: number) => rows(n, 9, (rnd): Cell[] => [rnd() < 0.1 ? '' : Math.round(rnd() * 1e6) / 100]);

/** Contract v2: each project assessed by this many reviewers (a call for projects' usual panel). */
export const REVIEWERS_PER_PROJECT = 3;

/** The IDs of n projects, one a row (`P-0001`…), as Projets holds them. */
export const projectIdRows = (n: number): Cell[][] => Array.from({ length: n }, (_, i) => [`P-${String(i + 1).padStart(4, '0')}`]);

/**
 * The assessment rows of n projects, REVIEWERS_PER_PROJECT each, in an order mixed like a shared sheet
 * (rounds appended): ID (some typed in lower case with spaces), reviewer, date, 12 AMI levels.
 */
export function assessmentRows(n: number): { ids: Cell[][]; reviewers: Cell[][]; dates: Cell[][]; levels: Cell[][]; scores: Cell[][] } {
  const rnd = random(11);
  const count = n * REVIEWERS_PER_PROJECT;
  const ids: Cell[][] = [];
  const reviewers: Cell[][] = [];
  const dates: Cell[][] = [];
  for (let i = 0; i < count; i++) {
    const id = `P-${String((i % n) + 1).padStart(4, '0')}`;
    ids.push([rnd() < 0.1 ? ` ${id.toLowerCase()} ` : id]);
    reviewers.push([pick(rnd, ['Marie Dupont', 'marie dupont ', 'Karim B.', 'Lucie M.', 'Jean R.', ''])]);
    dates.push([rnd() < 0.1 ? '' : `${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}/0${1 + Math.floor(rnd() * 9)}/2025`]);
  }
  const levels = amiRows(count);
  const scores = rows(count, 12, (r): Cell[] => [r() < 0.05 ? '' : Math.round(r() * 360) / 10]);
  return { ids, reviewers, dates, levels, scores };
}
