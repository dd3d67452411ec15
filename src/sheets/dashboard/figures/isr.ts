import { isBlank } from '../../../core/cells/text';
import type { Text } from '../../../core/i18n';
import { INSTRUMENTS } from '../../../core/instruments';
import { countChoices } from '../../../core/instruments/kinds';
import { COUNT, type DashboardFigures, PROJECTS } from './figure';

export interface IsrPart {
  /** Projects per number of characteristics met (answered « oui »), 0 to 4, over the projects with at least one answer. */
  isrMet: number[];
  isrAnswered: number;
}

/** The sheet's choice columns and the computed column that counts the « oui » (its `counts`), from the declaration. */
function declared() {
  const columns = INSTRUMENTS.isr.sheet.columns;
  return { choices: columns.filter((c) => c.kind === 'choice').map((c) => c.id), met: columns.find((c) => c.id === 'met')! };
}

export const ISR_FIGURES: DashboardFigures<IsrPart> = {
  // A row with no answer yet is left out: its count (0) would read as « assessed, nothing met ».
  summarize({ rows }) {
    const { choices, met } = declared();
    const isrMet = Array.from({ length: choices.length + 1 }, () => 0);
    let isrAnswered = 0;
    for (const row of rows) {
      const cells = row.cells(choices);
      if (!cells || cells.every(isBlank)) continue;
      isrAnswered++;
      isrMet[countChoices(cells, met.counts!)]++;
    }
    return { isrMet, isrAnswered };
  },
  tables(s) {
    const { met } = declared();
    const title: Text = {
      fr: `Innovation sociale de rupture : projets par caractéristiques réunies (${s.isrAnswered} grilles renseignées)`,
      en: `Disruptive social innovation: projects by characteristics met (${s.isrAnswered} checklists answered)`,
    };
    return [
      {
        kind: 'COLUMN',
        title,
        header: [met.header, PROJECTS],
        rows: s.isrMet.map((n, k) => [`${k} / ${s.isrMet.length - 1}`, n]),
        format: COUNT,
      },
    ];
  },
};
