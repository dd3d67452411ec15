import type { Text } from '../../../core/i18n';
import { siatItemField } from '../../../core/instruments/siat';
import { siatDimensionFromCells } from '../../../core/siat/index';
import { SIAT_DIMENSIONS } from '../../../core/siat/template';
import { type DashboardFigures, MEAN, MEAN_SCORE, mean, or } from './figure';

export interface SiatPart {
  /** Mean score (1–5) of each SIAT dimension over the projects that scored it. */
  siatDimensions: { label: Text; mean: number | null }[];
}

export const SIAT_FIGURES: DashboardFigures<SiatPart> = {
  // Each dimension by the core rule the sidebar shows too (the sheet's formula, items within 1–5).
  summarize({ rows }) {
    const scores = SIAT_DIMENSIONS.map(() => [] as number[]);
    for (const row of rows) {
      SIAT_DIMENSIONS.forEach((d, k) => {
        const cells = row.cells(d.items.map((i) => siatItemField(i.id)));
        const score = cells && siatDimensionFromCells(cells).score;
        if (score !== undefined) scores[k].push(score);
      });
    }
    return { siatDimensions: SIAT_DIMENSIONS.map((d, k) => ({ label: d.label, mean: mean(scores[k]) })) };
  },
  tables(s, lang) {
    return [
      {
        kind: 'COLUMN',
        title: { fr: 'Dimensions SIAT (score moyen 1–5)', en: 'SIAT dimensions (mean score 1–5)' },
        header: [{ fr: 'Dimension', en: 'Dimension' }, MEAN_SCORE],
        rows: s.siatDimensions.map((d) => [d.label[lang], or(d.mean)]),
        format: MEAN,
      },
    ];
  },
};
