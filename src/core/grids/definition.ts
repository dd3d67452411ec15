import { cellName } from '../cells/a1';
import { toNumber } from '../cells/number';
import { fold, headerKey, isBlank } from '../cells/text';
import type { Lang, Text } from '../i18n';
import { ASSESSMENT_STATE, ID_COLUMN, NAME_COLUMN, REVIEWER_COLUMN, ASSESSMENT_DATE_COLUMN } from '../instruments/columns';
import { WORKBOOK } from '../instruments/index';
import { Problem, quote } from '../problem';
import { GRID_LEVEL_MAX, GRID_LEVEL_MIN } from './levels';
import { once } from '../lazy';

export { GRID_LEVEL_MAX, GRID_LEVEL_MIN };

/**
 * Grids users define (issue 14 §5): a region or an incubator writes its own grid in the sheet
 * « Grilles personnalisées », one row per criterion, and gets a sheet template, formulas, a sidebar
 * tab and a dashboard profile for it. This module reads and checks those rows; a grid with any
 * problem is refused whole (the others stay usable), and every problem names its cell.
 */

/** One criterion of a custom grid, as its definition row says. */
export interface GridCriterion {
  /** Stable slug of the label (lower case, no accents, words joined by « - »): the sheet's column id is `criterion:<id>`. */
  id: string;
  /** As typed (trimmed): the assessment sheet's column header. */
  label: string;
  /** As typed (trimmed); '' when the criterion belongs to no group (it counts in the total only). */
  group: string;
  /** ≥ 0; 1 when the grid gives no weights. */
  weight: number;
  /** The descriptor of each level: index i ↔ grid.levels[i]. */
  descriptors: readonly string[];
  /** The definition row, 1-based as Sheets numbers rows (the header is row 1). */
  row: number;
}

export interface CustomGrid {
  /** As first typed (trimmed); rows are grouped by the name folded (case, accents, spaces). */
  name: string;
  /** The levels its criteria describe, consecutive and increasing (e.g. 1, 2, 3, 4). */
  levels: readonly number[];
  /** Its groups, in order of first appearance (criteria without a group are in none). */
  groups: readonly string[];
  criteria: readonly GridCriterion[];
}

/** The definition sheet: its names and the named range over it (the formulas read it whole). */
export const GRID_DEFINITIONS_SHEET: Text = { fr: 'Grilles personnalisées', en: 'Custom grids' };
export const GRID_DEFINITIONS_RANGE = 'GRILLES_PERSONNALISEES';

/** The definition sheet's columns, found by header (case, accents and punctuation ignored), never by letter. */
export interface DefinitionColumn {
  id: 'grid' | 'group' | 'criterion' | 'weight' | `level:${number}`;
  header: Text;
  aliases: readonly string[];
}

/** Built on first use: the bundle's top level builds nothing (it is evaluated on every custom-function call). */
export const definitionColumns = once((): readonly DefinitionColumn[] => [
  { id: 'grid', header: { fr: 'Grille', en: 'Grid' }, aliases: ['Nom de la grille', 'Grid name'] },
  { id: 'group', header: { fr: 'Groupe', en: 'Group' }, aliases: ['Bloc', 'Axe', 'Block'] },
  { id: 'criterion', header: { fr: 'Critère', en: 'Criterion' }, aliases: ['Critères', 'Indicateur', 'Criteria'] },
  { id: 'weight', header: { fr: 'Poids', en: 'Weight' }, aliases: ['Pondération', 'Coefficient', 'Coef'] },
  ...Array.from({ length: GRID_LEVEL_MAX - GRID_LEVEL_MIN + 1 }, (_, k): DefinitionColumn => {
    const n = GRID_LEVEL_MIN + k;
    return { id: `level:${n}`, header: { fr: `Niveau ${n}`, en: `Level ${n}` }, aliases: [`Niv ${n}`, `Note ${n}`] };
  }),
]);

/** The assessment sheet's name for a grid: « Grille – <Nom> ». */
export const gridSheetName = (name: string): Text => ({ fr: `Grille – ${name}`, en: `Grid – ${name}` });

/** Characters Sheets refuses in a sheet name. */
const FORBIDDEN = /[[\]*?:/\\]/;
/** Sheets' limit on a sheet name's length. */
const SHEET_NAME_MAX = 100;
// « Grille – » and « Grid – »: the longer one bounds a grid's name.
const PREFIX_LENGTH = 'Grille – '.length;

/** A label's stable slug: « Qualité de l’équipe » → qualite-de-l-equipe. */
export const slug = (text: string): string =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The assessment sheet's own column headers, which a criterion or group may not take: two columns with
 * one header would be ambiguous. Headers only, not aliases: an exact header wins over an alias
 * (sheets/headers.ts), so a group « Projet » (an alias of « Nom du projet ») is no clash.
 */
export const GRID_COMMENT_HEADER: Text = { fr: 'Commentaire', en: 'Comment' };
export const GRID_TOTAL_HEADER: Text = { fr: 'Score total', en: 'Total score' };
const reserved = (): Set<string> =>
  new Set(
    [ID_COLUMN, NAME_COLUMN, REVIEWER_COLUMN, ASSESSMENT_DATE_COLUMN, ...ASSESSMENT_STATE, { header: GRID_COMMENT_HEADER }, { header: GRID_TOTAL_HEADER }]
      .flatMap((c) => [c.header.fr, c.header.en])
      .map(headerKey),
  );

/** Where a problem is, in the definition sheet's name in each language. */
function at(sheet: Text, row: number, column: number | undefined): Text {
  const cell = column === undefined ? undefined : cellName(row, column);
  return cell
    ? { fr: `« ${sheet.fr} », cellule ${cell} : `, en: `"${sheet.en}", cell ${cell}: ` }
    : { fr: `« ${sheet.fr} », ligne ${row} : `, en: `"${sheet.en}", row ${row}: ` };
}

/** A problem of the definitions, located (« Grilles personnalisées », cellule F7 : …), with the grid it refuses if any. */
export interface DefinitionProblem {
  problem: Problem;
  /** The grid refused (its folded name), or undefined for a row that belongs to no grid / the whole sheet. */
  grid?: string;
  row?: number;
  cell?: string;
}

export interface GridDefinitions {
  grids: CustomGrid[];
  problems: Problem[];
  /** The same problems with the grid each one refuses and its cell (the action's report and the diagnostic group them). */
  located: DefinitionProblem[];
  /** The names of the grids refused, as typed. */
  refused: string[];
}

/**
 * Reads the definition sheet's values (row 0 is the header, row i is sheet row i + 1) into its
 * grids. `sheetName`: the sheet's name as the workbook has it (messages name it), default
 * « Grilles personnalisées ». Blank rows are skipped; rows of one grid need not be contiguous.
 */
export function readGridDefinitions(values: unknown[][], options: { sheetName?: string } = {}): GridDefinitions {
  const sheet: Text = options.sheetName ? { fr: options.sheetName, en: options.sheetName } : GRID_DEFINITIONS_SHEET;
  const located: DefinitionProblem[] = [];
  const report = (row: number, column: number | undefined, text: Text, grid?: string) => {
    const where = at(sheet, row, column);
    located.push({
      problem: new Problem((lang) => where[lang] + text[lang]),
      grid,
      row,
      cell: column === undefined ? undefined : cellName(row, column),
    });
  };
  const [header = [], ...rows] = values;
  const columns = locate(header);
  const levelColumns = definitionColumns()
    .filter((c) => c.id.startsWith('level:') && columns.has(c.id))
    .map((c) => ({
      level: Number(c.id.slice('level:'.length)),
      at: columns.get(c.id)!,
    }));
  const missing = (['grid', 'criterion'] as const).filter((id) => !columns.has(id));
  if (missing.length || levelColumns.length < 2) {
    const names = definitionColumns()
      .filter((c) => missing.includes(c.id as 'grid'))
      .map((c) => c.header);
    const list = (lang: Lang) => names.map((n) => quote(n[lang], lang)).join(', ');
    report(1, undefined, {
      fr: `la ligne d’en-tête doit nommer les colonnes « Grille », « Critère » et au moins deux colonnes « Niveau 0 » à « Niveau 5 »${names.length ? ` (il manque ${list('fr')})` : ' (il y en a moins de deux)'} ; « Groupe » et « Poids » sont facultatives.`,
      en: `the header row must name the columns "Grid", "Criterion" and at least two of "Level 0" to "Level 5"${names.length ? ` (missing: ${list('en')})` : ' (fewer than two)'}; "Group" and "Weight" are optional.`,
    });
    return finish([], located);
  }
  const cellOf = (row: unknown[], id: string) => (columns.has(id) ? row[columns.get(id)!] : undefined);
  const text = (v: unknown) => (isBlank(v) ? '' : String(v).trim());
  const names = new Map<string, { name: string; rows: { row: number; cells: unknown[] }[] }>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    const known = [...columns.values()].map((c) => cells[c]);
    if (known.every(isBlank)) return;
    const name = text(cellOf(cells, 'grid'));
    const label = text(cellOf(cells, 'criterion'));
    if (!name) {
      report(row, columns.get('grid'), {
        fr: `${label ? `le critère ${quote(label, 'fr')}` : 'cette ligne'} n’a pas de nom de grille. Écrivez dans la colonne « Grille » le nom de la grille à laquelle il appartient.`,
        en: `${label ? `the criterion ${quote(label, 'en')}` : 'this row'} has no grid name. Write in the column "Grid" the name of the grid it belongs to.`,
      });
      return;
    }
    const key = fold(name);
    const entry = names.get(key) ?? { name, rows: [] };
    entry.rows.push({ row, cells });
    names.set(key, entry);
  });

  const grids: CustomGrid[] = [];
  const bySlug = new Map<string, string>();
  const taken = new Map(WORKBOOK.flatMap((s) => [s.name.fr, s.name.en]).map((n) => [headerKey(n), n]));
  for (const name of [GRID_DEFINITIONS_SHEET.fr, GRID_DEFINITIONS_SHEET.en]) taken.set(headerKey(name), name);
  const reservedNames = reserved();
  for (const [key, { name, rows: gridRows }] of names) {
    const before = located.length;
    const first = gridRows[0].row;
    const problemAt = (row: number, column: number | undefined, message: Text) => report(row, column, message, key);
    const nameColumn = columns.get('grid');

    // Its name: a sheet name once prefixed, and no other grid's nor one of the add-on's sheets'.
    if (FORBIDDEN.test(name))
      problemAt(first, nameColumn, {
        fr: `le nom de grille ${quote(name, 'fr')} contient un caractère qu’un nom de feuille ne peut pas avoir ([ ] * ? : / \\). Renommez la grille sans ces caractères.`,
        en: `the grid name ${quote(name, 'en')} holds a character a sheet name cannot have ([ ] * ? : / \\). Rename the grid without them.`,
      });
    else if (name.length + PREFIX_LENGTH > SHEET_NAME_MAX)
      problemAt(first, nameColumn, {
        fr: `le nom de grille ${quote(name, 'fr')} a ${name.length} caractères : sa feuille « Grille – … » dépasserait les ${SHEET_NAME_MAX} caractères d’un nom de feuille. Raccourcissez-le à ${SHEET_NAME_MAX - PREFIX_LENGTH} caractères au plus.`,
        en: `the grid name ${quote(name, 'en')} has ${name.length} characters: its sheet "Grid – …" would exceed a sheet name's ${SHEET_NAME_MAX} characters. Shorten it to ${SHEET_NAME_MAX - PREFIX_LENGTH} characters at most.`,
      });
    const gridSlug = slug(name);
    const sheetKey = headerKey(gridSheetName(name).fr);
    const sameSlug = bySlug.get(gridSlug);
    if (!gridSlug)
      problemAt(first, nameColumn, {
        fr: `le nom de grille ${quote(name, 'fr')} n’a ni lettre ni chiffre. Donnez à la grille un nom avec des lettres.`,
        en: `the grid name ${quote(name, 'en')} has no letter nor digit. Give the grid a name with letters.`,
      });
    else if (sameSlug)
      problemAt(first, nameColumn, {
        fr: `le nom de grille ${quote(name, 'fr')} ne se distingue de ${quote(sameSlug, 'fr')} que par la ponctuation : leurs feuilles se confondraient. Donnez-leur des noms différents (ou le même, pour une seule grille).`,
        en: `the grid name ${quote(name, 'en')} differs from ${quote(sameSlug, 'en')} by punctuation only: their sheets would be confused. Give them different names (or the same one, for a single grid).`,
      });
    else if (taken.has(sheetKey))
      problemAt(first, nameColumn, {
        fr: `la feuille de la grille ${quote(name, 'fr')} se confondrait avec la feuille ${quote(taken.get(sheetKey)!, 'fr')} du module. Renommez la grille.`,
        en: `the sheet of the grid ${quote(name, 'en')} would be confused with the add-on's sheet ${quote(taken.get(sheetKey)!, 'en')}. Rename the grid.`,
      });
    if (gridSlug && !sameSlug) bySlug.set(gridSlug, name);

    // Its criteria: a label, distinct within the grid, not one of the sheet's own column names.
    const criteria: (Omit<GridCriterion, 'weight' | 'descriptors'> & { cells: unknown[]; filled: Map<number, string> })[] = [];
    const seen = new Map<string, number>();
    for (const { row, cells } of gridRows) {
      const label = text(cellOf(cells, 'criterion'));
      const criterionColumn = columns.get('criterion');
      if (!label) {
        problemAt(row, criterionColumn, {
          fr: `cette ligne de la grille ${quote(name, 'fr')} n’a pas de critère. Écrivez l’intitulé du critère, ou videz la ligne.`,
          en: `this row of the grid ${quote(name, 'en')} has no criterion. Write the criterion's label, or clear the row.`,
        });
        continue;
      }
      const id = slug(label);
      if (seen.has(id)) {
        problemAt(row, criterionColumn, {
          fr: `le critère ${quote(label, 'fr')} figure déjà dans la grille ${quote(name, 'fr')} (ligne ${seen.get(id)}, majuscules, accents et ponctuation ignorés). Chaque critère d’une grille doit avoir un intitulé distinct.`,
          en: `the criterion ${quote(label, 'en')} is already in the grid ${quote(name, 'en')} (row ${seen.get(id)}, case, accents and punctuation ignored). Each criterion of a grid needs its own label.`,
        });
        continue;
      }
      seen.set(id, row);
      if (!id || reservedNames.has(headerKey(label))) {
        problemAt(row, criterionColumn, {
          fr: `${quote(label, 'fr')} ne peut pas être un critère : c’est le nom d’une colonne de la feuille d’évaluation (ID, Nom du projet, Évaluateur, Date, État de l’évaluation, Déport, Motif du déport, Commentaire, Score total). Renommez le critère.`,
          en: `${quote(label, 'en')} cannot be a criterion: it is the name of a column of the assessment sheet (ID, Project name, Reviewer, Date, Assessment status, Recused, Reason for recusal, Comment, Total score). Rename the criterion.`,
        });
        continue;
      }
      const filled = new Map<number, string>();
      for (const l of levelColumns) {
        const d = text(cells[l.at]);
        if (d) filled.set(l.level, d);
      }
      if (!filled.size) {
        problemAt(row, criterionColumn, {
          fr: `le critère ${quote(label, 'fr')} n’a aucun descripteur de niveau. Décrivez dans les colonnes « Niveau … » ce que vaut chaque niveau de la grille pour ce critère.`,
          en: `the criterion ${quote(label, 'en')} has no level descriptor. Describe in the "Level …" columns what each level of the grid means for this criterion.`,
        });
        continue;
      }
      criteria.push({ id, label, group: text(cellOf(cells, 'group')), row, cells, filled });
    }

    // Its levels: those its criteria describe, consecutive; each criterion describes every one.
    const described = [...new Set(criteria.flatMap((c) => [...c.filled.keys()]))].sort((a, b) => a - b);
    const levels = described.length ? range(described[0], described[described.length - 1]) : [];
    const levelAt = new Map(levelColumns.map((l) => [l.level, l.at]));
    const span = (lang: Lang) => (levels.length ? `${levels[0]} ${lang === 'en' ? 'to' : 'à'} ${levels[levels.length - 1]}` : '');
    if (criteria.length && levels.length < 2)
      problemAt(criteria[0].row, levelAt.get(levels[0]), {
        fr: `la grille ${quote(name, 'fr')} ne décrit qu’un niveau (${levels[0]}) : il en faut au moins deux (par exemple « Niveau 1 » à « Niveau 4 ») pour noter.`,
        en: `the grid ${quote(name, 'en')} describes one level only (${levels[0]}): scoring needs at least two (for example "Level 1" to "Level 4").`,
      });
    else {
      for (const level of levels.filter((l) => !described.includes(l))) {
        if (!levelAt.has(level)) {
          problemAt(first, undefined, {
            fr: `la grille ${quote(name, 'fr')} décrit les niveaux ${span('fr')} mais la feuille n’a pas de colonne « Niveau ${level} ». Ajoutez-la et décrivez ce niveau pour chaque critère.`,
            en: `the grid ${quote(name, 'en')} describes levels ${span('en')} but the sheet has no column "Level ${level}". Add it and describe that level for each criterion.`,
          });
          continue;
        }
        problemAt(criteria[0].row, levelAt.get(level), {
          fr: `la grille ${quote(name, 'fr')} saute le niveau ${level} (aucun critère ne le décrit, alors qu’elle va de ${span('fr')}). Décrivez le niveau ${level} pour chaque critère : les niveaux d’une grille se suivent.`,
          en: `the grid ${quote(name, 'en')} skips level ${level} (no criterion describes it, while it goes from ${span('en')}). Describe level ${level} for each criterion: a grid's levels follow one another.`,
        });
      }
      for (const c of criteria)
        for (const level of described.filter((l) => !c.filled.has(l)))
          problemAt(c.row, levelAt.get(level), {
            fr: `le critère ${quote(c.label, 'fr')} ne décrit pas le niveau ${level}, que d’autres critères de la grille ${quote(name, 'fr')} décrivent. Chaque critère décrit chaque niveau de la grille (${span('fr')}).`,
            en: `the criterion ${quote(c.label, 'en')} does not describe level ${level}, which other criteria of the grid ${quote(name, 'en')} describe. Each criterion describes every level of the grid (${span('en')}).`,
          });
    }

    // Its groups: not one of the sheet's own column names, nor a criterion's (the computed columns are named after them).
    const groups: string[] = [];
    const clashing = new Set<string>();
    for (const c of criteria) {
      if (!c.group || groups.some((g) => fold(g) === fold(c.group)) || clashing.has(fold(c.group))) continue;
      const clash = reservedNames.has(headerKey(c.group)) || criteria.some((x) => headerKey(x.label) === headerKey(c.group));
      if (clash) {
        clashing.add(fold(c.group));
        problemAt(c.row, columns.get('group'), {
          fr: `le groupe ${quote(c.group, 'fr')} porte le nom d’un critère ou d’une colonne de la feuille d’évaluation : sa colonne de score se confondrait avec elle. Renommez le groupe.`,
          en: `the group ${quote(c.group, 'en')} has the name of a criterion or of a column of the assessment sheet: its score column would be confused with it. Rename the group.`,
        });
        continue;
      }
      groups.push(c.group);
    }
    const groupOf = (g: string) => (g ? (groups.find((x) => fold(x) === fold(g)) ?? g) : '');

    // Its weights: all blank (each 1), or all numbers ≥ 0, not all 0.
    const weightColumn = columns.get('weight');
    const typed = criteria.map((c) => cellOf(c.cells, 'weight'));
    const weights = typed.map((w) => (isBlank(w) ? undefined : toNumber(w)));
    const given = criteria.findIndex((_, i) => weights[i] !== undefined);
    weights.forEach((w, i) => {
      const row = criteria[i].row;
      if (w === undefined) {
        if (given >= 0)
          problemAt(row, weightColumn, {
            fr: `le critère ${quote(criteria[i].label, 'fr')} n’a pas de poids alors que d’autres critères de la grille ${quote(name, 'fr')} en ont un (cellule ${cellName(criteria[given].row, weightColumn!)}) : un poids vide vaut 1 seulement quand aucun critère n’en a. Donnez un poids à chaque critère, ou à aucun.`,
            en: `the criterion ${quote(criteria[i].label, 'en')} has no weight while other criteria of the grid ${quote(name, 'en')} have one (cell ${cellName(criteria[given].row, weightColumn!)}): a blank weight counts as 1 only when no criterion has one. Give every criterion a weight, or none.`,
          });
      } else if (Number.isNaN(w) || w < 0)
        problemAt(row, weightColumn, {
          fr: `le poids ${quote(typed[i], 'fr')} du critère ${quote(criteria[i].label, 'fr')} n’est pas ${Number.isNaN(w) ? 'un nombre' : 'positif ou nul'}. Un poids est un nombre ≥ 0 (2, 1,5…), ou vide pour tous les critères (chacun vaut alors 1).`,
          en: `the weight ${quote(typed[i], 'en')} of the criterion ${quote(criteria[i].label, 'en')} is not ${Number.isNaN(w) ? 'a number' : 'zero or more'}. A weight is a number ≥ 0 (2, 1.5…), or blank for every criterion (each then counts 1).`,
        });
    });
    if (criteria.length && given >= 0 && weights.every((w) => w === 0))
      problemAt(criteria[0].row, weightColumn, {
        fr: `tous les poids de la grille ${quote(name, 'fr')} valent 0 : aucun score ne peut être calculé. Donnez un poids positif à au moins un critère.`,
        en: `every weight of the grid ${quote(name, 'en')} is 0: no score can be computed. Give at least one criterion a positive weight.`,
      });

    if (!criteria.length && located.length === before)
      problemAt(first, nameColumn, {
        fr: `la grille ${quote(name, 'fr')} n’a aucun critère utilisable.`,
        en: `the grid ${quote(name, 'en')} has no usable criterion.`,
      });
    if (located.length > before) continue;
    grids.push({
      name,
      levels,
      groups,
      criteria: criteria.map((c, i) => ({
        id: c.id,
        label: c.label,
        group: groupOf(c.group),
        weight: weights[i] ?? 1,
        descriptors: levels.map((l) => c.filled.get(l)!),
        row: c.row,
      })),
    });
  }
  return finish(
    grids,
    located,
    [...names.values()].filter((n) => located.some((p) => p.grid === fold(n.name))).map((n) => n.name),
  );
}

function finish(grids: CustomGrid[], located: DefinitionProblem[], refused: string[] = []): GridDefinitions {
  return { grids, problems: located.map((p) => p.problem), located, refused };
}

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** Each definition column's 0-based index in the header row: an exact header (fr or en) wins over an alias. */
function locate(header: readonly unknown[]): Map<string, number> {
  const cells = header.map(headerKey);
  const found = new Map<string, number>();
  const claim = (c: DefinitionColumn, keys: string[]) => {
    if (found.has(c.id)) return;
    const i = cells.findIndex((cell, k) => cell !== '' && keys.includes(cell) && ![...found.values()].includes(k));
    if (i >= 0) found.set(c.id, i);
  };
  for (const c of definitionColumns()) claim(c, [headerKey(c.header.fr), headerKey(c.header.en)]);
  for (const c of definitionColumns()) claim(c, c.aliases.map(headerKey));
  return found;
}

/** A grid of a list by its name as typed anywhere (case, accents and spaces ignored). */
export function findGrid(grids: readonly CustomGrid[], name: unknown): CustomGrid | undefined {
  const key = fold(String(name ?? ''));
  return grids.find((g) => fold(g.name) === key);
}
