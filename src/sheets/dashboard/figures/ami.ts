import { AMI_CRITERIA, AMI_GROUPS } from '../../../core/ami/grid';
import { amiMax } from '../../../core/ami/maximum';
import { amiProfile, amiScore, groupIndices } from '../../../core/ami/score';
import { toLevel } from '../../../core/cells/level';
import type { Text } from '../../../core/i18n';
import { amiLevelField } from '../../../core/instruments/ami';
import { type DashboardFigures, MEAN, MEAN_SCORE, mean, or, readAll } from './figure';

/** Rows kept in the ranking's table: its size never depends on the number of projects. */
export const RANKING_SIZE = 15;

export interface AmiPart {
  /** Mean level (0–3) of each AMI criterion over the complete grids. */
  amiCriteria: { label: Text; mean: number | null }[];
  amiComplete: number;
  /** Mean group score (as in Grille AMI's group columns) and its maximum with the current weights. */
  amiGroups: { label: Text; mean: number | null; max: number }[];
  /** Complete grids by AMI total, best first. */
  ranking: { name: string; total: number }[];
}

export const AMI_FIGURES: DashboardFigures<AmiPart> = {
  // Complete grids only, as AMI_SCORE gives a number only then.
  summarize({ rows, name, settings }) {
    const weights = settings.amiWeights;
    const fields = AMI_CRITERIA.map((c) => amiLevelField(c.id));
    const grids: { id: string; levels: number[] }[] = [];
    for (const row of rows) {
      const levels = readAll(row.cells(fields), (v) => toLevel(v, 'grid'));
      if (levels) grids.push({ id: row.id, levels });
    }
    const profiles = grids.map((g) => amiProfile(g.levels, weights));
    return {
      amiCriteria: AMI_CRITERIA.map((c, i) => ({ label: c.label, mean: mean(grids.map((g) => g.levels[i])) })),
      amiComplete: grids.length,
      amiGroups: AMI_GROUPS.map((g) => ({ label: g.label, mean: mean(profiles.map((p) => p[g.id])), max: amiMax(weights, groupIndices(g.id)) })),
      ranking: grids.map((g) => ({ name: name(g.id), total: amiScore(g.levels, weights) })).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
    };
  },
  tables(s, lang) {
    const ranking = s.ranking.slice(0, RANKING_SIZE);
    return [
      {
        kind: 'BAR',
        title: {
          fr: `Profil AMI moyen par critère (${s.amiComplete} grilles complètes)`,
          en: `Mean AMI profile by criterion (${s.amiComplete} complete grids)`,
        },
        header: [
          { fr: 'Critère', en: 'Criterion' },
          { fr: 'Niveau moyen (0–3)', en: 'Mean level (0–3)' },
        ],
        rows: s.amiCriteria.map((c) => [c.label[lang], or(c.mean)]),
        format: MEAN,
      },
      {
        kind: 'COLUMN',
        title: { fr: 'Profil AMI moyen par groupe', en: 'Mean AMI profile by group' },
        header: [{ fr: 'Groupe', en: 'Group' }, MEAN_SCORE, { fr: 'Maximum', en: 'Maximum' }],
        rows: s.amiGroups.map((g) => [g.label[lang], or(g.mean), g.max]),
        format: MEAN,
      },
      {
        kind: 'BAR',
        title: { fr: `Classement par total AMI (${ranking.length} premiers)`, en: `Ranking by AMI total (top ${ranking.length})` },
        header: [
          { fr: 'Projet', en: 'Project' },
          { fr: 'Total AMI', en: 'AMI total' },
        ],
        rows: Array.from({ length: RANKING_SIZE }, (_, i) => (ranking[i] ? [ranking[i].name, ranking[i].total] : ['', ''])),
        used: ranking.length,
        format: MEAN,
      },
    ];
  },
};
