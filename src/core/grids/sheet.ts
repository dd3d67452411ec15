import type { Lang, Text } from '../i18n';
import { assessmentColumns } from '../instruments/columns';
import { FORMATS } from '../instruments/formats';
import type { ColumnSpec, SheetSpec } from '../instruments/types';
import { type CustomGrid, GRID_COMMENT_HEADER, GRID_TOTAL_HEADER, type GridCriterion, gridSheetName, slug } from './definition';

/**
 * The assessment sheet of a grid users define, « Grille – <Nom> »: one row per assessment (ID,
 * project name, reviewer, date, as every instrument sheet), a level column per criterion (its header
 * the criterion's label, its help the criterion's descriptors), one « Commentaire » (a grid may have
 * many criteria: one comment per criterion would double the sheet's width), the assessment's state,
 * then a score column per group and « Score total », filled by one GRID_SCORE in the first one's header.
 * Column ids: `criterion:<id>`, `comment`, `group:<i>`, `total`, and the assessment key columns, so
 * that the readers of instrument sheets (src/sheets/table.ts, the sidebar's) read it as they read them.
 */
export const gridLevelField = (criterionId: string) => `criterion:${criterionId}`;
export const gridGroupField = (index: number) => `group:${index}`;
export const GRID_COMMENT_FIELD = 'comment';
export const GRID_TOTAL_FIELD = 'total';

/** A criterion's help: its label and each level's descriptor, « 1 : … ». */
export function criterionHelp(grid: CustomGrid, criterion: GridCriterion, lang: Lang): string {
  const levels = criterion.descriptors.map((d, i) => `${grid.levels[i]} : ${d}`).join('\n');
  const group = criterion.group ? ` (${criterion.group})` : '';
  return `${criterion.label}${group}\n${levels}\n${OURS[lang]}`;
}

const OURS: Text = {
  fr: 'Grille définie dans « Grilles personnalisées » ; le score (part du chemin du niveau le plus bas au plus haut, pondérée) est la règle du module.',
  en: 'Grid defined in "Custom grids"; the score (weighted share of the way from the lowest level to the highest) is the add-on’s rule.',
};

/** The named range over a grid's sheet: GRILLE_ + its name's slug (letters, digits, _). */
export const gridNamedRange = (grid: Pick<CustomGrid, 'name'>) => `GRILLE_${slug(grid.name).replace(/-/g, '_').toUpperCase()}`;

export function gridSheetSpec(grid: CustomGrid): SheetSpec & { id: 'grid' } {
  const levels: ColumnSpec[] = grid.criteria.map((c) => ({
    id: gridLevelField(c.id),
    header: { fr: c.label, en: c.label },
    kind: 'grid-level',
    ref: c.id,
    levels: grid.levels,
    help: { fr: criterionHelp(grid, c, 'fr'), en: criterionHelp(grid, c, 'en') },
  }));
  const scores: ColumnSpec[] = [
    ...grid.groups.map((g, i): ColumnSpec => ({ id: gridGroupField(i), header: { fr: g, en: g }, kind: 'computed', format: FORMATS.percent })),
    { id: GRID_TOTAL_FIELD, header: GRID_TOTAL_HEADER, kind: 'computed', format: FORMATS.percent },
  ];
  return {
    id: 'grid',
    name: gridSheetName(grid.name),
    namedRange: gridNamedRange(grid),
    columns: assessmentColumns([
      ...levels,
      { id: GRID_COMMENT_FIELD, header: GRID_COMMENT_HEADER, aliases: ['Commentaires', 'Remarques', 'Comments'], kind: 'text' },
      ...scores,
    ]),
  };
}

/** The level columns of a grid's sheet, in the grid's order (GRID_SCORE's `levels`). */
export const gridLevelFields = (grid: CustomGrid) => grid.criteria.map((c) => gridLevelField(c.id));

/** The score columns, in GRID_SCORE's order: the groups, then the total. */
export const gridScoreFields = (grid: CustomGrid) => [...grid.groups.map((_, i) => gridGroupField(i)), GRID_TOTAL_FIELD];
