import type { Lang } from '../i18n';
import { AMI_LEVEL_LABELS } from '../ami/grid';
import { once } from '../lazy';
import { VC_POINTS } from '../value-capture/checklist';
import { problem, quote, showNumber } from '../problem';
import { toNumber } from './number';
import { fold } from './text';

/**
 * The 0–3 level scale shared by the AMI grid and the value-capture checklist. Its labels (0 Inexistant ·
 * 1 Faible · 2 Intermédiaire · 3 Fort) are the grid's column headers; the checklist shows its own
 * answers per point (value-capture/answers.ts) and still reads these words in older workbooks.
 */
export const LEVEL_LABELS = AMI_LEVEL_LABELS;

export const MAX_LEVEL = 3;

/** Which words a scale accepts besides numbers: the checklist also reads yes/no answers. */
export type LevelScale = 'grid' | 'checklist';

// Keys are folded (see fold): lower case, no accents, single spaces.
const GRID_WORDS: Record<string, number> = {
  inexistant: 0,
  inexistante: 0,
  none: 0,
  absent: 0,
  absente: 0,
  faible: 1,
  weak: 1,
  low: 1,
  intermediaire: 2,
  moyen: 2,
  moyenne: 2,
  intermediate: 2,
  medium: 2,
  fort: 3,
  forte: 3,
  strong: 3,
  high: 3,
};
// The checklist reads its own answers (« Sur-effort en partie compensé », en too), and still the grid's
// words and yes/no that workbooks made before them hold. Built on first use: the bundle's top level does no work.
const checklistWords = once((): Record<string, number> => {
  const words: Record<string, number> = { ...GRID_WORDS, non: 0, 'plutot non': 1, 'plutot oui': 2, oui: 3 };
  for (const p of VC_POINTS) {
    for (const lang of ['fr', 'en'] as const) p.answers[lang].forEach((answer, level) => (words[fold(answer)] = level));
  }
  return words;
});

// "2 - Intermédiaire", "3 – Fort": a number and its label together, as dropdowns of other tools write them.
const NUMBERED = /^([0-3])\s*[-–—:.)]\s*(.+)$/;

const own = Object.prototype.hasOwnProperty;

function wordLevel(key: string, scale: LevelScale): number | undefined {
  const words = scale === 'checklist' ? checklistWords() : GRID_WORDS;
  // Own keys only: "constructor" or "__proto__" typed in a cell must not read Object.prototype.
  return own.call(words, key) ? words[key] : undefined;
}

/** Level 0–3 (fractional allowed: averages of several reviewers), or NaN when unreadable. */
export function toLevel(value: unknown, scale: LevelScale = 'grid'): number {
  if (typeof value === 'number') return value >= 0 && value <= MAX_LEVEL ? value : NaN;
  if (typeof value !== 'string') return NaN;
  // Labels repeat down a column: read each distinct text once per scale (bounded memo).
  const memo = scale === 'checklist' ? CHECKLIST_MEMO : GRID_MEMO;
  let level = memo.get(value);
  if (level === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    level = textLevel(value, scale);
    memo.set(value, level);
  }
  return level;
}

const GRID_MEMO = new Map<string, number>();
const CHECKLIST_MEMO = new Map<string, number>();
const MEMO_MAX = 4096;

function textLevel(value: string, scale: LevelScale): number {
  const key = fold(value);
  const word = wordLevel(key, scale);
  if (word !== undefined) return word;
  // Numbers first: "2.5" is a decimal, not the level 2 followed by the label "5".
  const n = toNumber(key);
  if (!Number.isNaN(n)) return n >= 0 && n <= MAX_LEVEL ? n : NaN;
  const numbered = NUMBERED.exec(key);
  if (numbered) {
    const level = Number(numbered[1]);
    return wordLevel(numbered[2], scale) === level ? level : NaN;
  }
  return NaN;
}

export function acceptedLevels(lang: Lang, scale: LevelScale = 'grid'): string {
  const labels = LEVEL_LABELS.map((l) => l[lang]).join(', ');
  const yesNo = scale === 'checklist' ? (lang === 'en' ? ', or non / plutôt non / plutôt oui / oui' : ', ou non, plutôt non, plutôt oui, oui') : '';
  return `0–3, ${labels}${yesNo}`;
}

export function parseLevel(value: unknown, scale: LevelScale = 'grid'): number {
  const level = toLevel(value, scale);
  if (Number.isNaN(level)) {
    throw problem(
      `${quote(value, 'fr')} n'est pas un niveau (${acceptedLevels('fr', scale)})`,
      `${quote(value, 'en')} is not a level (${acceptedLevels('en', scale)})`,
    );
  }
  return level;
}

/**
 * The label of a whole level, e.g. 2 → Intermédiaire. Fractional levels (averages of reviewers)
 * are shown as numbers with the language's decimal mark (2,5). The sidebar names levels with it.
 */
export function levelLabel(level: number, lang: Lang): string {
  return Number.isInteger(level) && level >= 0 && level <= MAX_LEVEL ? LEVEL_LABELS[level][lang] : showNumber(level, lang);
}
