import { toNumber } from '../cells/number';
import { isBlank } from '../cells/text';
import type { Lang, Text } from '../i18n';
import { type Problem, problem, quote, showNumber } from '../problem';
import type { CustomGrid } from './definition';

/**
 * The score of a custom grid (the add-on's own rule, not the grid author's: said in the help and the
 * README). Per group and for the whole grid, the weighted share of the way from the lowest level to
 * the highest:
 *
 *   score = Σ wᵢ × (levelᵢ − min) / (Σ wᵢ × (max − min))
 *
 * over the group's criteria (all criteria for the total), a proportion 0–1 shown as a percentage: a
 * grid scored 1 to 4 and one scored 0 to 3 compare, and a group of two criteria with one of five.
 * A group whose weights are all 0 has no score (blank). One implementation for GRID_SCORE, the
 * sidebar and the dashboard.
 */
export interface GridProfile {
  /** ok: every level read; incomplete: some blank (scoring in progress); invalid: a value that is no level. */
  status: 'ok' | 'incomplete' | 'invalid';
  /** Each group's score (grid.groups order), null when not ok or when the group weighs nothing. */
  groups: (number | null)[];
  total: number | null;
  /** incomplete: « incomplet : 3/6 critères notés »; invalid: what the value is and the levels accepted. */
  message?: Text;
  /** invalid: the criterion (0-based, grid order) whose value is no level. */
  criterion?: number;
}

/** The levels a grid accepts, in words: « 1, 2, 3 ou 4 ». */
export function acceptedGridLevels(grid: CustomGrid, lang: Lang): string {
  const l = grid.levels.map(String);
  return `${l.slice(0, -1).join(', ')} ${lang === 'en' ? 'or' : 'ou'} ${l[l.length - 1]}`;
}

/**
 * A level as a cell holds it: a number between the grid's lowest and highest level (a reviewers'
 * mean may fall between two levels, as CONSENSUS gives it), or the same typed as text (« 2 », « 2,5 »,
 * which a dropdown of numbers may write). NaN for anything else.
 */
export function toGridLevel(grid: CustomGrid, value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? toNumber(value.trim()) : NaN;
  return n >= grid.levels[0] && n <= grid.levels[grid.levels.length - 1] ? n : NaN;
}

/** What to say of a cell that is no level of the grid: the value and the levels accepted. */
export function notAGridLevel(grid: CustomGrid, value: unknown): Problem {
  return problem(
    `${quote(value, 'fr')} n’est pas un niveau de la grille « ${grid.name} » (niveaux acceptés : ${acceptedGridLevels(grid, 'fr')})`,
    `${quote(value, 'en')} is not a level of the grid "${grid.name}" (accepted levels: ${acceptedGridLevels(grid, 'en')})`,
  );
}

/** `levels`: one cell per criterion, in the grid's order. */
export function gridProfile(grid: CustomGrid, levels: readonly unknown[]): GridProfile {
  const none = { groups: grid.groups.map(() => null), total: null };
  const read: number[] = [];
  let filled = 0;
  for (let i = 0; i < grid.criteria.length; i++) {
    const cell = levels[i];
    if (isBlank(cell)) continue;
    const level = toGridLevel(grid, cell);
    if (Number.isNaN(level)) {
      const label = grid.criteria[i].label;
      const why = notAGridLevel(grid, cell);
      return {
        status: 'invalid',
        ...none,
        criterion: i,
        message: { fr: `« ${label} » : ${why.render('fr')}`, en: `"${label}": ${why.render('en')}` },
      };
    }
    read[i] = level;
    filled++;
  }
  if (filled < grid.criteria.length) {
    return {
      status: 'incomplete',
      ...none,
      message: {
        fr: `incomplet : ${filled}/${grid.criteria.length} critères notés`,
        en: `incomplete: ${filled}/${grid.criteria.length} criteria scored`,
      },
    };
  }
  const min = grid.levels[0];
  const span = grid.levels[grid.levels.length - 1] - min;
  const share = (keep: (group: string) => boolean): number | null => {
    let got = 0;
    let most = 0;
    grid.criteria.forEach((c, i) => {
      if (!keep(c.group)) return;
      got += c.weight * (read[i] - min);
      most += c.weight * span;
    });
    return most > 0 ? got / most : null;
  };
  return { status: 'ok', groups: grid.groups.map((g) => share((x) => x === g)), total: share(() => true) };
}

/** A score as users read it: « 62,5 % ». */
export const showScore = (score: number, lang: Lang): string => `${showNumber(Math.round(score * 1000) / 10, lang)}${lang === 'en' ? '%' : ' %'}`;
