import { isBlank } from '../../../core/cells/text';
import type { Text } from '../../../core/i18n';
import { protocolStepFields } from '../../../core/instruments/protocol';
import { readStepStatus, srlEvidence } from '../../../core/protocol/evidence';
import { STEP_STATUSES, type StepStatus } from '../../../core/protocol/steps';
import { COUNT, type DashboardFigures, PROJECTS } from './figure';

export interface ProtocolPart {
  /** Per SRL level the protocol evidences (4 to 7), the projects whose protocol evidences it (every linked step done). */
  protocolLevels: { level: number; projects: number }[];
  /** Projects with at least one step recorded. */
  protocolStarted: number;
}

/**
 * A project's statuses, or undefined when none is recorded or one is unreadable (the sheet's dropdown
 * shows it). Several assessments of a project come as the consensus of their statuses' positions (0 à
 * faire, 1 en cours, 2 fait): a step counts as done only when every assessment counted says « fait ».
 */
function statuses(cells: unknown[] | undefined): StepStatus[] | undefined {
  if (!cells || cells.every(isBlank)) return undefined;
  try {
    return cells.map((c) => (typeof c === 'number' ? STEP_STATUSES[c >= 2 ? 2 : c >= 1 ? 1 : 0].id : readStepStatus(c)));
  } catch {
    return undefined;
  }
}

export const PROTOCOL_FIGURES: DashboardFigures<ProtocolPart> = {
  summarize({ rows }) {
    const levels = srlEvidence([]).map((l) => ({ level: l.level, projects: 0 }));
    let protocolStarted = 0;
    for (const row of rows) {
      const s = statuses(row.cells(protocolStepFields()));
      if (!s) continue;
      protocolStarted++;
      srlEvidence(s).forEach((l, i) => {
        if (!l.open.length) levels[i].projects++;
      });
    }
    return { protocolLevels: levels, protocolStarted };
  },
  tables(s) {
    const title: Text = {
      fr: `Protocole d’expérimentation : projets par niveau SRL étayé (${s.protocolStarted} ${s.protocolStarted > 1 ? 'protocoles renseignés' : 'protocole renseigné'})`,
      en: `Experimentation protocol: projects per SRL level evidenced (${s.protocolStarted} protocols recorded)`,
    };
    return [
      {
        kind: 'BAR',
        title,
        header: [{ fr: 'Niveau SRL', en: 'SRL level' }, PROJECTS],
        rows: s.protocolLevels.map((l) => [`SRL ${l.level}`, l.projects]),
        format: COUNT,
      },
    ];
  },
};
