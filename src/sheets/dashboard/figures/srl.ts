import { parseCompletion } from '../../../core/cells/proportion';
import { isBlank } from '../../../core/cells/text';
import type { Text } from '../../../core/i18n';
import { srlEvidenceField } from '../../../core/instruments/srl';
import { SRL_MAX, srlFromChecklist, srlPhase } from '../../../core/srl/level';
import { SRL_LEVELS, SRL_PHASES } from '../../../core/srl/scale';
import { COUNT, type DashboardFigures, PROJECTS } from './figure';

export interface SrlPart {
  /** Projects per SRL level 0–9. */
  srlLevels: number[];
  srlPhases: { label: Text; count: number }[];
}

export const SRL_FIGURES: DashboardFigures<SrlPart> = {
  // Checklist mode; an empty cell in a filled row counts as 0, as in SRL_LEVEL.
  summarize({ rows, settings }) {
    const fields = SRL_LEVELS.map((l) => srlEvidenceField(l.level));
    const srlLevels: number[] = Array.from({ length: SRL_MAX + 1 }, () => 0);
    for (const row of rows) {
      const cells = row.cells(fields);
      if (!cells || cells.every(isBlank)) continue;
      try {
        srlLevels[
          srlFromChecklist(
            cells.map((c) => (isBlank(c) ? 0 : parseCompletion(c))),
            settings.srlThreshold,
          )
        ]++;
      } catch {
        // An unreadable cell: SRL_LEVEL shows a ⚠ message for this row, the dashboard leaves it out.
      }
    }
    return {
      srlLevels,
      srlPhases: SRL_PHASES.map((p) => ({ label: p.label, count: srlLevels.reduce((s, n, level) => s + (srlPhase(level).id === p.id ? n : 0), 0) })),
    };
  },
  tables(s, lang) {
    return [
      {
        kind: 'COLUMN',
        title: { fr: 'Projets par niveau SRL', en: 'Projects by SRL level' },
        header: [{ fr: 'Niveau SRL', en: 'SRL level' }, PROJECTS],
        rows: s.srlLevels.map((n, level) => [`SRL ${level}`, n]),
        format: COUNT,
      },
      {
        kind: 'PIE',
        title: { fr: 'Projets par phase SRL', en: 'Projects by SRL phase' },
        header: [{ fr: 'Phase', en: 'Phase' }, PROJECTS],
        rows: s.srlPhases.map((p) => [p.label[lang], p.count]),
        format: COUNT,
      },
    ];
  },
};
