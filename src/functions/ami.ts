import type { Lang } from '../core/i18n';
import { AMI_CRITERIA, AMI_GROUPS } from '../core/ami/grid';
import { AMI_COUNT, amiGaps, amiProfile, amiScore } from '../core/ami/score';
import { MAX_LEVEL, parseLevel } from '../core/cells/level';
import { parseNumber } from '../core/cells/number';
import { isBlank } from '../core/cells/text';
import { problem, quote, showNumber } from '../core/problem';
import { LIST_SEPARATOR } from './messages';
import { LANG_PARAM } from './params';
import { option, readLang, readWeights } from './options';
import { cell, readAll, requireWidth, rowwise, type RowResult } from './rows';
import { gridWidth, toGrid } from './shapes';
import { perRowOfFirst, type CustomFunctionSpec } from './spec';

const GRID_WIDTH = { fr: 'une par critère de la grille AMI', en: 'one per criterion of the AMI grid' };
const SCORED = { fr: 'critères notés', en: 'criteria scored' };

const criterionName = (i: number, lang: Lang) => AMI_CRITERIA[i].label[lang];

const readLevels = (cells: unknown[]) => readAll(cells, (v) => parseLevel(v), SCORED);

function readOutOf(fn: string, lang: Lang, value: unknown): number | undefined {
  return option(fn, lang, 'out_of', value, undefined, (v) => {
    const n = parseNumber(v);
    if (!(n > 0)) throw problem(`${quote(v, 'fr')} : doit être un nombre positif (20 pour une note sur 20, 100 pour un pourcentage)`, `${quote(v, 'en')}: must be a positive number (20 for a mark out of 20, 100 for a percentage)`);
    return n;
  });
}

const LEVELS_PARAM = {
  name: 'levels',
  example: 'C2:N',
  help: {
    fr: 'Les niveaux des 12 critères de la grille AMI, une ligne par projet (0–3 ou Inexistant, Faible, Intermédiaire, Fort).',
    en: 'The levels of the 12 AMI criteria, one row per project (0–3 or None, Weak, Intermediate, Strong).',
  },
};
const WEIGHTS_PARAM = {
  name: 'weights',
  example: 'AMI_POIDS',
  optional: true,
  help: { fr: 'Facultatif : 12 poids positifs (en ligne ou en colonne). Par défaut, tous égaux à 1.', en: 'Optional: 12 non-negative weights (row or column). Default: all 1.' },
};
const OUT_OF_PARAM = {
  name: 'out_of',
  example: '20',
  optional: true,
  help: { fr: 'Facultatif : ramène le score sur ce total (20 pour une note sur 20, 100 pour un pourcentage).', en: 'Optional: rescales the score to this total (20 for a mark out of 20, 100 for a percentage).' },
};

function scoring(fn: string, levels: unknown, weights: unknown, outOf: unknown) {
  const lang: Lang = 'fr';
  return {
    lang,
    table: requireWidth(fn, lang, 'levels', levels, [AMI_COUNT], GRID_WIDTH),
    weights: readWeights(fn, lang, weights, AMI_COUNT, { fr: 'un par critère de la grille AMI', en: GRID_WIDTH.en }, { fr: 'ce critère', en: 'this criterion' }),
    outOf: readOutOf(fn, lang, outOf),
  };
}

export const AMI_LEVEL: CustomFunctionSpec = {
  name: 'AMI_LEVEL',
  summary: {
    fr: 'Convertit des niveaux de la grille AMI (Inexistant, Faible, Intermédiaire, Fort) en nombres 0–3.',
    en: 'Converts AMI grid levels (None, Weak, Intermediate, Strong) to numbers 0–3.',
  },
  params: [{ name: 'values', example: 'C2:N', help: { fr: 'Des niveaux, en texte ou en nombre ; les cellules vides restent vides.', en: 'Levels, as text or numbers; empty cells stay empty.' } }],
  returns: { fr: 'Une plage de même taille : le nombre 0–3 de chaque niveau.', en: 'A range of the same size: the number 0–3 of each level.' },
  exampleSheet: 'ami',
  example: '=AMI_LEVEL(C2:N)',
  resultShape: (args) => args[0] ?? { rows: 1, columns: 1 },
  run(values: unknown) {
    const table = toGrid(values);
    const width = gridWidth(table);
    return rowwise({
      name: 'AMI_LEVEL',
      lang: 'fr',
      table,
      options: undefined,
      outWidth: width,
      columnName: (i) => (width === AMI_COUNT ? criterionName(i, 'fr') : `colonne ${i + 1}`),
      row: (cells) => cells.map((c, i) => (isBlank(c) ? '' : cell(cells, i, parseLevel))),
    });
  },
};

export const AMI_SCORE: CustomFunctionSpec = {
  name: 'AMI_SCORE',
  summary: {
    fr: 'Score AMI de chaque projet : somme des niveaux pondérés (0–36 avec les poids par défaut), ou ramené sur out_of.',
    en: 'AMI score of each project: sum of weighted levels (0–36 with default weights), or rescaled to out_of.',
  },
  params: [LEVELS_PARAM, WEIGHTS_PARAM, OUT_OF_PARAM],
  returns: { fr: 'Une colonne : le score de chaque projet.', en: 'One column: each project’s score.' },
  exampleSheet: 'ami',
  example: '=AMI_SCORE(C2:N; AMI_POIDS; 20)',
  resultShape: perRowOfFirst(1),
  run(levels: unknown, weights?: unknown, out_of?: unknown) {
    const s = scoring('AMI_SCORE', levels, weights, out_of);
    return rowwise({
      name: 'AMI_SCORE',
      lang: s.lang,
      table: s.table,
      options: s,
      outWidth: 1,
      columnName: criterionName,
      row: (cells): RowResult => {
        const l = readLevels(cells);
        return Array.isArray(l) ? [amiScore(l, s.weights, s.outOf)] : l;
      },
    });
  },
};

export const AMI_PROFILE: CustomFunctionSpec = {
  name: 'AMI_PROFILE',
  summary: {
    fr: 'Profil AMI de chaque projet : scores Portage, Contenu, Contexte et Total (4 colonnes).',
    en: 'AMI profile of each project: Portage, Content, Context and Total scores (4 columns).',
  },
  params: [LEVELS_PARAM, WEIGHTS_PARAM, { ...OUT_OF_PARAM, help: { fr: 'Facultatif : ramène chaque groupe sur ce total, à partir de son propre maximum.', en: 'Optional: rescales each group to this total, from its own maximum.' } }],
  returns: { fr: '4 colonnes : Portage, Contenu, Contexte, Total.', en: '4 columns: Portage, Content, Context, Total.' },
  exampleSheet: 'ami',
  example: '=AMI_PROFILE(C2:N; AMI_POIDS; 100)',
  resultShape: perRowOfFirst(4),
  run(levels: unknown, weights?: unknown, out_of?: unknown) {
    const s = scoring('AMI_PROFILE', levels, weights, out_of);
    return rowwise({
      name: 'AMI_PROFILE',
      lang: s.lang,
      table: s.table,
      options: s,
      outWidth: AMI_GROUPS.length + 1,
      columnName: criterionName,
      row: (cells): RowResult => {
        const l = readLevels(cells);
        if (!Array.isArray(l)) return l;
        const p = amiProfile(l, s.weights, s.outOf);
        return [p.portage, p.contenu, p.contexte, p.total];
      },
    });
  },
};

export const AMI_GAPS: CustomFunctionSpec = {
  name: 'AMI_GAPS',
  summary: {
    fr: 'Les axes de progrès : critères sous le niveau cible, du plus faible au plus fort.',
    en: 'Room for progress: criteria below the target level, lowest first.',
  },
  params: [
    LEVELS_PARAM,
    { name: 'target', example: '"Fort"', optional: true, help: { fr: 'Facultatif : niveau cible (0–3 ou un libellé). Par défaut 3, Fort.', en: 'Optional: target level (0–3 or a label). Default 3, Strong.' } },
    LANG_PARAM,
  ],
  returns: { fr: 'Une colonne de texte, p. ex. « Ouverture à la recherche (0→3) ; Viabilité économique (1→3) ».', en: 'A text column, e.g. "Openness to research (0→3); Economic viability (1→3)".' },
  exampleSheet: 'ami',
  example: '=AMI_GAPS(C2:N; "Fort")',
  resultShape: perRowOfFirst(1),
  run(levels: unknown, target?: unknown, lang?: unknown) {
    const l = readLang('AMI_GAPS', lang);
    const table = requireWidth('AMI_GAPS', l, 'levels', levels, [AMI_COUNT], GRID_WIDTH);
    const goal = option('AMI_GAPS', l, 'target', target, MAX_LEVEL, (v) => parseLevel(v));
    return rowwise({
      name: 'AMI_GAPS',
      lang: l,
      table,
      options: goal,
      outWidth: 1,
      columnName: criterionName,
      row: (cells): RowResult => {
        const levelsRow = readLevels(cells);
        if (!Array.isArray(levelsRow)) return levelsRow;
        const text = amiGaps(levelsRow, goal)
          .map((g) => `${criterionName(g.index, l)} (${showNumber(g.level, l)}→${showNumber(goal, l)})`)
          .join(LIST_SEPARATOR);
        return [text];
      },
    });
  },
};
