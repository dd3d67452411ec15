import type { Lang } from '../core/i18n';
import { AMI_CRITERIA, AMI_GROUPS } from '../core/ami/grid';
import { amiGaps, amiProfile, amiScore } from '../core/ami/score';
import { MAX_LEVEL, parseLevel } from '../core/cells/level';
import { showNumber } from '../core/problem';
import { LIST_SEPARATOR } from './messages';
import { cells, LANG_PARAM, LEVEL, OUT_OF, table, weights } from './params';
import { eachCell, readAll, rowwise, type RowResult } from './rows';
import { fromGrid, gridWidth, toGrid } from './shapes';
import { defineFunction, perRowOfFirst, type Call, type ParamSpec } from './spec';
import type { Grid } from './shapes';

const GRID_WIDTH = { fr: 'une par critère de la grille AMI', en: 'one per criterion of the AMI grid' };
const SCORED = { fr: 'critères notés', en: 'criteria scored' };

const criterionName = (i: number, lang: Lang) => AMI_CRITERIA[i].label[lang];

const readLevels = (cells: unknown[]) => readAll(cells, (v) => parseLevel(v), SCORED);

export const LEVELS_PARAM: ParamSpec<Grid> = {
  name: 'levels',
  type: table([AMI_CRITERIA.length], GRID_WIDTH),
  example: 'E2:P',
  help: {
    fr: `Les niveaux des ${AMI_CRITERIA.length} critères de la grille AMI, une ligne par projet (0–${MAX_LEVEL} ou Inexistant, Faible, Intermédiaire, Fort).`,
    en: `The levels of the ${AMI_CRITERIA.length} AMI criteria, one row per project (0–${MAX_LEVEL} or None, Weak, Intermediate, Strong).`,
  },
};
export const WEIGHTS_PARAM: ParamSpec<readonly number[] | undefined> = {
  name: 'weights',
  type: weights(AMI_CRITERIA.length, { fr: 'un par critère de la grille AMI', en: GRID_WIDTH.en }, { fr: 'ce critère', en: 'this criterion' }),
  example: 'AMI_POIDS',
  optional: true,
  help: {
    fr: `Facultatif : ${AMI_CRITERIA.length} poids positifs (en ligne ou en colonne). Par défaut, tous égaux à 1.`,
    en: `Optional: ${AMI_CRITERIA.length} non-negative weights (row or column). Default: all 1.`,
  },
};
const OUT_OF_PARAM: ParamSpec<number | undefined> = {
  name: 'out_of',
  type: OUT_OF,
  example: '20',
  optional: true,
  help: {
    fr: 'Facultatif : ramène le score sur ce total (20 pour une note sur 20, 100 pour un pourcentage).',
    en: 'Optional: rescales the score to this total (20 for a mark out of 20, 100 for a percentage).',
  },
};

/** A row function over one row of levels: `figures` of the levels read, or the row's status (incomplete) as it is. */
const ofLevels =
  (figures: (levels: number[]) => unknown[]) =>
  (cells: unknown[]): RowResult => {
    const l = readLevels(cells);
    return Array.isArray(l) ? figures(l) : l;
  };

/** `row` over each row of a grid's levels, `outWidth` results a row, the criteria named in messages. */
const perGridRow = (call: Call, levels: Grid, outWidth: number, row: (cells: unknown[]) => RowResult): unknown =>
  rowwise({ ...call, table: levels, outWidth, columnName: criterionName, row });

/** AMI_PROFILE's row: the four scores of one row of levels, or its status. */
export const profileRow = (weights: readonly number[] | undefined, outOf?: number) =>
  ofLevels((l) => {
    const p = amiProfile(l, weights, outOf);
    return [p.portage, p.contenu, p.contexte, p.total];
  });

/** AMI_PROFILE's body: per row, the four scores, or the row's status in the first cell. */
export function profileOf(call: Call, levels: Grid, weights: readonly number[] | undefined, outOf: number | undefined): unknown {
  return perGridRow(call, levels, AMI_GROUPS.length + 1, profileRow(weights, outOf));
}

/** AMI_GAPS's body: per row, the criteria below `goal` as text, or the row's status. */
function gapsOf(call: Call, levels: Grid, goal: number, lang: Lang): unknown {
  return perGridRow(
    call,
    levels,
    1,
    ofLevels((l) => [
      amiGaps(l, goal)
        .map((g) => `${criterionName(g.index, lang)} (${showNumber(g.level, lang)}→${showNumber(goal, lang)})`)
        .join(LIST_SEPARATOR),
    ]),
  );
}

const TARGET_PARAM: ParamSpec<number> = {
  name: 'target',
  type: LEVEL,
  example: '"Fort"',
  optional: true,
  default: MAX_LEVEL,
  help: {
    fr: `Facultatif : niveau cible (0–${MAX_LEVEL} ou un libellé). Par défaut ${MAX_LEVEL}, Fort.`,
    en: `Optional: target level (0–${MAX_LEVEL} or a label). Default ${MAX_LEVEL}, Strong.`,
  },
};

export const AMI_LEVEL = defineFunction({
  name: 'AMI_LEVEL',
  summary: {
    fr: `Convertit des niveaux de la grille AMI (Inexistant, Faible, Intermédiaire, Fort) en nombres 0–${MAX_LEVEL}.`,
    en: `Converts AMI grid levels (None, Weak, Intermediate, Strong) to numbers 0–${MAX_LEVEL}.`,
  },
  params: [
    {
      name: 'values',
      type: cells(),
      example: 'E2:P',
      help: { fr: 'Des niveaux, en texte ou en nombre ; les cellules vides restent vides.', en: 'Levels, as text or numbers; empty cells stay empty.' },
    },
  ],
  returns: {
    fr: `Une plage de même taille : le nombre 0–${MAX_LEVEL} de chaque niveau.`,
    en: `A range of the same size: the number 0–${MAX_LEVEL} of each level.`,
  },
  exampleSheet: 'ami',
  example: '=AMI_LEVEL(E2:P)',
  resultShape: (args) => args[0] ?? { rows: 1, columns: 1 },
  body(call, values) {
    const width = gridWidth(values);
    return rowwise({
      ...call,
      table: values,
      outWidth: width,
      columnName: (i) => (width === AMI_CRITERIA.length ? criterionName(i, 'fr') : `colonne ${i + 1}`),
      row: eachCell(parseLevel),
    });
  },
});

export const AMI_SCORE = defineFunction({
  name: 'AMI_SCORE',
  summary: {
    fr: `Score AMI de chaque projet : somme des niveaux pondérés (0–${AMI_CRITERIA.length * MAX_LEVEL} avec les poids par défaut), ou ramené sur out_of.`,
    en: `AMI score of each project: sum of weighted levels (0–${AMI_CRITERIA.length * MAX_LEVEL} with default weights), or rescaled to out_of.`,
  },
  params: [LEVELS_PARAM, WEIGHTS_PARAM, OUT_OF_PARAM],
  returns: { fr: 'Une colonne : le score de chaque projet.', en: 'One column: each project’s score.' },
  exampleSheet: 'ami',
  example: '=AMI_SCORE(E2:P; AMI_POIDS; 20)',
  resultShape: perRowOfFirst(1),
  body(call, levels, weights, outOf) {
    return perGridRow(
      call,
      levels,
      1,
      ofLevels((l) => [amiScore(l, weights, outOf)]),
    );
  },
});

export const AMI_PROFILE = defineFunction({
  name: 'AMI_PROFILE',
  summary: {
    fr: `Profil AMI de chaque projet : scores Portage, Contenu, Contexte et Total (${AMI_GROUPS.length + 1} colonnes).`,
    en: `AMI profile of each project: Portage, Content, Context and Total scores (${AMI_GROUPS.length + 1} columns).`,
  },
  params: [
    LEVELS_PARAM,
    WEIGHTS_PARAM,
    {
      ...OUT_OF_PARAM,
      help: {
        fr: 'Facultatif : ramène chaque groupe sur ce total, à partir de son propre maximum.',
        en: 'Optional: rescales each group to this total, from its own maximum.',
      },
    },
  ],
  returns: {
    fr: `${AMI_GROUPS.length + 1} colonnes : Portage, Contenu, Contexte, Total.`,
    en: `${AMI_GROUPS.length + 1} columns: Portage, Content, Context, Total.`,
  },
  exampleSheet: 'ami',
  example: '=AMI_PROFILE(E2:P; AMI_POIDS; 100)',
  resultShape: perRowOfFirst(AMI_GROUPS.length + 1),
  body: profileOf,
});

export const AMI_GAPS = defineFunction({
  name: 'AMI_GAPS',
  summary: {
    fr: 'Les axes de progrès : critères sous le niveau cible, du plus faible au plus fort.',
    en: 'Room for progress: criteria below the target level, lowest first.',
  },
  params: [LEVELS_PARAM, TARGET_PARAM, LANG_PARAM],
  returns: {
    fr: 'Une colonne de texte, p. ex. « Ouverture à la recherche (0→3) ; Viabilité économique (1→3) ».',
    en: 'A text column, e.g. "Openness to research (0→3); Economic viability (1→3)".',
  },
  exampleSheet: 'ami',
  example: '=AMI_GAPS(E2:P; "Fort")',
  resultShape: perRowOfFirst(1),
  body: (call, levels, goal, lang) => gapsOf(call, levels, goal, lang),
});

/**
 * AMI_PROFILE's four columns then AMI_GAPS's text, side by side: Grille AMI's five computed columns
 * in one custom-function run per edit instead of two (issue 10). The two functions' own bodies run
 * on the same levels, so every cell is theirs (an incomplete row's status in Portage and in the gaps,
 * a bad level's « ⚠ » in both, naming this function); a single-row call throws the profile's error.
 */
export const AMI_PROFILE_GAPS = defineFunction({
  name: 'AMI_PROFILE_GAPS',
  summary: {
    fr: `Profil AMI et axes de progrès de chaque projet en un seul calcul : les ${AMI_GROUPS.length + 1} colonnes d’AMI_PROFILE (Portage, Contenu, Contexte, Total) puis le texte d’AMI_GAPS.`,
    en: `AMI profile and room for progress of each project in one computation: AMI_PROFILE’s ${AMI_GROUPS.length + 1} columns (Portage, Content, Context, Total) then AMI_GAPS’s text.`,
  },
  params: [LEVELS_PARAM, WEIGHTS_PARAM, TARGET_PARAM, LANG_PARAM],
  returns: {
    fr: `${AMI_GROUPS.length + 2} colonnes : Portage, Contenu, Contexte, Total, puis les critères sous le niveau cible.`,
    en: `${AMI_GROUPS.length + 2} columns: Portage, Content, Context, Total, then the criteria below the target level.`,
  },
  exampleSheet: 'ami',
  example: '=AMI_PROFILE_GAPS(E2:P; AMI_POIDS; "Fort")',
  resultShape: perRowOfFirst(AMI_GROUPS.length + 2),
  body(call, levels, weights, goal, lang) {
    // Computed in the same order as the two calls would be: a single-row call's error is the profile's.
    const profile = toGrid(profileOf(call, levels, weights, undefined));
    const gaps = toGrid(gapsOf(call, levels, goal, lang));
    return fromGrid(profile.map((row, i) => [...row, ...gaps[i]]));
  },
});
