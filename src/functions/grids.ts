import { fold } from '../core/cells/text';
import { findGrid, readGridDefinitions } from '../core/grids/definition';
import { gridProfile, notAGridLevel } from '../core/grids/score';
import { cells, LANG_PARAM } from './params';
import { CallError, CellProblem, rowwise, type RowResult } from './rows';
import { gridWidth, toGrid } from './shapes';
import { defineFunction, type ParamType } from './spec';

/**
 * The grid's name, as typed in « Grilles personnalisées » (case, accents and spaces ignored): one
 * value, typed or read from one cell. Data rather than an option: a blank name is not a default but a
 * grid the body says it cannot find.
 */
const GRID_NAME: ParamType<string> = {
  name: 'grid-name',
  kind: 'data',
  jsdoc: 'string',
  read(arg, { fail }) {
    const grid = toGrid(arg ?? '');
    if (grid.length !== 1 || grid[0].length !== 1)
      fail({ fr: 'l’argument grid doit être un nom de grille, une seule cellule', en: 'grid must be a grid name, a single cell' });
    return String(grid[0][0] ?? '').trim();
  },
};

/**
 * The score of a grid users define (core/grids/score.ts, the add-on's rule): per row of levels,
 * each group's score then the total, proportions 0–1. The definitions are read from the range on
 * every call, so a grid edited in « Grilles personnalisées » is scored by its new definition at once.
 * Like AMI_PROFILE, a row still being scored shows its status in the first column.
 */
export const GRID_SCORE = defineFunction({
  name: 'GRID_SCORE',
  summary: {
    fr: 'Score d’une grille personnalisée (feuille « Grilles personnalisées ») : pour chaque ligne de niveaux, le score de chaque groupe puis le score total, de 0 à 100 % — Σ poids × (niveau − niveau le plus bas) / (Σ poids × (niveau le plus haut − le plus bas)), règle du module.',
    en: 'Score of a custom grid ("Custom grids" sheet): for each row of levels, each group’s score then the total score, 0 to 100% — Σ weight × (level − lowest level) / (Σ weight × (highest − lowest level)), the add-on’s rule.',
  },
  params: [
    {
      name: 'definitions',
      type: cells(),
      example: 'GRILLES_PERSONNALISEES',
      help: {
        fr: 'La feuille « Grilles personnalisées » entière, ligne d’en-tête comprise (plage nommée GRILLES_PERSONNALISEES).',
        en: 'The whole "Custom grids" sheet, header row included (named range GRILLES_PERSONNALISEES).',
      },
    },
    {
      name: 'grid',
      type: GRID_NAME,
      example: '"Entrée en incubation"',
      help: { fr: 'Le nom de la grille, comme dans la colonne « Grille ».', en: 'The grid’s name, as in the column "Grid".' },
    },
    {
      name: 'levels',
      type: cells(),
      example: 'E2:J',
      help: {
        fr: 'Les niveaux, une colonne par critère dans l’ordre de la grille, une ligne par évaluation (ou le consensus CONSENSUS(…) de plusieurs évaluations).',
        en: 'The levels, one column per criterion in the grid’s order, one row per assessment (or the consensus CONSENSUS(…) of several assessments).',
      },
    },
    LANG_PARAM,
  ],
  returns: {
    fr: 'Une colonne par groupe de la grille (dans l’ordre des groupes), puis le score total ; des proportions 0–1 à afficher en %. Une ligne incomplète montre son état dans la première colonne.',
    en: 'One column per group of the grid (in the groups’ order), then the total score; proportions 0–1 to show as %. An incomplete row shows its status in the first column.',
  },
  exampleSheet: 'grid',
  example: '=GRID_SCORE(GRILLES_PERSONNALISEES;"Entrée en incubation";E2:J)',
  // The width depends on the grid's groups, which the shapes do not tell: at most one group per
  // criterion, plus the total. Sheets spills what the function returns; the formula engine of the
  // tests sizes the result from here (the columns past the grid's groups stay empty).
  resultShape: (args) => ({ rows: args[2]?.rows ?? 1, columns: (args[2]?.columns ?? 1) + 1 }),
  body(call, definitions, name, levels) {
    const { grids, located } = readGridDefinitions(definitions);
    const grid = name ? findGrid(grids, name) : undefined;
    if (!grid) {
      const refusal = located.find((p) => p.grid !== undefined && name !== undefined && p.grid === fold(name));
      if (refusal) throw new CallError(call.name, call.lang, { fr: refusal.problem.render('fr'), en: refusal.problem.render('en') });
      const list = grids.map((g) => `« ${g.name} »`).join(', ') || (call.lang === 'en' ? 'none' : 'aucune');
      throw new CallError(call.name, call.lang, {
        fr: `la grille « ${name} » n’est pas définie dans les définitions reçues (grilles valides : ${list})`,
        en: `the grid "${name}" is not defined in the definitions received (valid grids: ${list})`,
      });
    }
    const width = gridWidth(levels);
    if (width !== grid.criteria.length)
      throw new CallError(call.name, call.lang, {
        fr: `la plage levels doit avoir ${grid.criteria.length} colonnes (une par critère de la grille « ${grid.name} ») ; elle en a ${width}`,
        en: `the range levels must have ${grid.criteria.length} columns (one per criterion of the grid "${grid.name}"); it has ${width}`,
      });
    return rowwise({
      ...call,
      table: levels,
      outWidth: grid.groups.length + 1,
      columnName: (i) => grid.criteria[i].label,
      row: (cellsOfRow): RowResult => {
        const p = gridProfile(grid, cellsOfRow);
        if (p.status === 'invalid') throw new CellProblem(p.criterion!, notAGridLevel(grid, cellsOfRow[p.criterion!]));
        if (p.status === 'incomplete') return { status: p.message! };
        return [...p.groups.map((g) => g ?? ''), p.total ?? ''];
      },
    });
  },
});
