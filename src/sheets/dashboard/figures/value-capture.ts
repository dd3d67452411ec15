import { toLevel } from '../../../core/cells/level';
import { toAmount } from '../../../core/cells/number';
import type { Text } from '../../../core/i18n';
import { vcAmountField, vcAnswerField } from '../../../core/instruments/value-capture';
import { VC_FAMILIES, VC_POINTS } from '../../../core/value-capture/checklist';
import { vcFragilities } from '../../../core/value-capture/score';
import { FORMATS } from '../../formats';
import { COUNT, type DashboardFigures, readAll } from './figure';

export interface VcPart {
  /** Projects whose answer to each point is fragile (below Intermédiaire), over complete checklists. */
  vcFragilities: { label: Text; count: number }[];
  vcComplete: number;
  /** Total amounts captured by each family (€). */
  captureMix: { label: Text; amount: number }[];
}

export const VC_FIGURES: DashboardFigures<VcPart> = {
  // Fragilities over complete checklists, amounts over readable rows.
  summarize({ rows }) {
    const answerIds = VC_POINTS.map((p) => vcAnswerField(p.id));
    const amountIds = VC_FAMILIES.map((f) => vcAmountField(f.id));
    const fragile = VC_POINTS.map(() => 0);
    const captured = VC_FAMILIES.map(() => 0);
    let vcComplete = 0;
    for (const row of rows) {
      const answers = readAll(row.cells(answerIds), (v) => toLevel(v, 'checklist'));
      if (answers) {
        vcComplete++;
        for (const i of vcFragilities(answers)) fragile[i]++;
      }
      // A blank amount is 0; an unreadable or negative one (NaN) leaves the row out, as VC_MIX refuses it.
      const amounts = row.cells(amountIds)?.map((c) => toAmount(c) ?? 0);
      if (amounts && !amounts.some(Number.isNaN)) amounts.forEach((a, i) => (captured[i] += a));
    }
    return {
      vcFragilities: VC_POINTS.map((p, i) => ({ label: p.label, count: fragile[i] })),
      vcComplete,
      captureMix: VC_FAMILIES.map((f, i) => ({ label: f.label, amount: captured[i] })),
    };
  },
  tables(s, lang) {
    return [
      {
        kind: 'BAR',
        title: {
          fr: `Fragilités de captation de valeur (${s.vcComplete} grilles complètes)`,
          en: `Value-capture fragilities (${s.vcComplete} complete checklists)`,
        },
        header: [
          { fr: 'Point d’attention', en: 'Point of attention' },
          { fr: 'Projets fragiles', en: 'Fragile projects' },
        ],
        rows: s.vcFragilities.map((f) => [f.label[lang], f.count]),
        format: COUNT,
      },
      {
        kind: 'PIE',
        title: { fr: 'Mix des familles de captation (€)', en: 'Mix of capture families (€)' },
        header: [
          { fr: 'Famille', en: 'Family' },
          { fr: 'Montant (€)', en: 'Amount (€)' },
        ],
        rows: s.captureMix.map((m) => [m.label[lang], m.amount]),
        format: FORMATS.euro,
      },
    ];
  },
};
