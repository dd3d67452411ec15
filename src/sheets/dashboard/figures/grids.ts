import type { CustomGrid } from '../../../core/grids/definition';
import { gridProfile } from '../../../core/grids/score';
import { gridLevelFields } from '../../../core/grids/sheet';
import type { Lang } from '../../../core/i18n';
import { FORMATS } from '../../formats';
import { type ChartTable, mean, or, type ProjectRow } from './figure';

/**
 * The grids users define (issue 14 §5), one chart each: the portfolio's mean score per group and in
 * total, over the projects whose grid is complete (each project's consensus of its reviewers' latest
 * assessments, recused ones left out, as for every instrument: summary.ts rowsOf), scored by core's
 * gridProfile, GRID_SCORE's rule. No grid, no chart.
 */
export interface GridFigure {
  name: string;
  groups: { label: string; mean: number | null }[];
  total: number | null;
  scored: number;
}

export function gridFigure(grid: CustomGrid, rows: readonly ProjectRow[]): GridFigure {
  const fields = gridLevelFields(grid);
  const profiles = rows.flatMap((row) => {
    const cells = row.cells(fields);
    const p = cells ? gridProfile(grid, cells) : undefined;
    return p?.status === 'ok' ? [p] : [];
  });
  const of = (pick: (p: (typeof profiles)[number]) => number | null) => mean(profiles.flatMap((p) => (pick(p) === null ? [] : [pick(p)!])));
  return {
    name: grid.name,
    groups: grid.groups.map((label, i) => ({ label, mean: of((p) => p.groups[i]) })),
    total: of((p) => p.total),
    scored: profiles.length,
  };
}

export function gridTables(figures: readonly GridFigure[], lang: Lang): ChartTable[] {
  return figures.map((f) => ({
    kind: 'COLUMN',
    title: {
      fr: `${f.name} : score moyen par groupe, 0–100 % (${f.scored} grille${f.scored > 1 ? 's' : ''} complète${f.scored > 1 ? 's' : ''})`,
      en: `${f.name}: mean score per group, 0–100% (${f.scored} complete grid${f.scored === 1 ? '' : 's'})`,
    },
    header: [
      { fr: 'Groupe', en: 'Group' },
      { fr: 'Score moyen', en: 'Mean score' },
    ],
    rows: [...f.groups.map((g) => [g.label, or(g.mean)]), [lang === 'en' ? 'Total score' : 'Score total', or(f.total)]],
    format: FORMATS.percent,
  }));
}
