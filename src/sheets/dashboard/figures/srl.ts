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

/** The SRL evidence columns, levels 1 to 9 in order. */
export const SRL_EVIDENCE_FIELDS = (): string[] => SRL_LEVELS.map((l) => srlEvidenceField(l.level));

/**
 * A row's SRL as SRL_LEVEL gives it from its evidence cells (checklist mode; an empty cell in a filled
 * row counts as 0): null when the row has no evidence at all (or lacks the columns), NaN when a cell
 * is unreadable (SRL_LEVEL's ⚠).
 */
export function srlOfEvidence(cells: unknown[] | undefined, threshold: number): number | null {
  if (!cells || cells.every(isBlank)) return null;
  try {
    return srlFromChecklist(
      cells.map((c) => (isBlank(c) ? 0 : parseCompletion(c))),
      threshold,
    );
  } catch {
    return NaN;
  }
}

export const SRL_FIGURES: DashboardFigures<SrlPart> = {
  // Checklist mode; an empty cell in a filled row counts as 0, as in SRL_LEVEL.
  summarize({ rows, settings }) {
    const fields = SRL_EVIDENCE_FIELDS();
    const srlLevels: number[] = Array.from({ length: SRL_MAX + 1 }, () => 0);
    for (const row of rows) {
      const level = srlOfEvidence(row.cells(fields), settings.srlThreshold);
      // An unreadable cell: SRL_LEVEL shows a ⚠ message for this row, the dashboard leaves it out.
      if (level !== null && !Number.isNaN(level)) srlLevels[level]++;
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
