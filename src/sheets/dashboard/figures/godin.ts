import { toLevel } from '../../../core/cells/level';
import { godinMarkerFields } from '../../../core/instruments/godin';
import { GODIN_BLOCKS } from '../../../core/godin/markers';
import { godinProfile } from '../../../core/godin/profile';
import type { Text } from '../../../core/i18n';
import { type DashboardFigures, MEAN, mean, or, readAll } from './figure';

export interface GodinPart {
  /** Mean level (0–3) of each block over the projects whose nine markers are all scored (GODIN_PROFILE's rule). */
  godinBlocks: { label: Text; mean: number | null }[];
  godinScored: number;
}

export const GODIN_FIGURES: DashboardFigures<GodinPart> = {
  summarize({ rows }) {
    const profiles = rows.flatMap((row) => {
      const levels = readAll(row.cells(godinMarkerFields()), (v) => toLevel(v, 'grid'));
      return levels ? [godinProfile(levels)] : [];
    });
    return {
      godinBlocks: GODIN_BLOCKS.map((b) => ({ label: b.label, mean: mean(profiles.map((p) => p.blocks[b.id])) })),
      godinScored: profiles.length,
    };
  },
  tables(s, lang) {
    return [
      {
        kind: 'COLUMN',
        title: {
          fr: `Marqueurs Godin : niveau moyen par bloc, 0–3 (${s.godinScored} grilles complètes)`,
          en: `Godin markers: mean level per block, 0–3 (${s.godinScored} complete grids)`,
        },
        header: [
          { fr: 'Bloc', en: 'Block' },
          { fr: 'Niveau moyen', en: 'Mean level' },
        ],
        rows: s.godinBlocks.map((b) => [b.label[lang], or(b.mean)]),
        format: MEAN,
      },
    ];
  },
};
