import { isBlank } from '../../../core/cells/text';
import type { Text } from '../../../core/i18n';
import { rndCriterionFields } from '../../../core/instruments/rnd';
import { RND_CRITERIA } from '../../../core/rnd/criteria';
import { readRndAnswer, rndState } from '../../../core/rnd/verdict';
import { COUNT, type DashboardFigures, PROJECTS } from './figure';

export interface RndPart {
  /** Per criterion, the projects whose answer meets it (RND_VERDICT's rule), over the projects with every answer given. */
  rndMet: number[];
  /** Projects meeting all five criteria. */
  rndQualified: number;
  rndAnswered: number;
}

function answers(cells: unknown[] | undefined): number[] | undefined {
  if (!cells || cells.some(isBlank)) return undefined;
  try {
    return cells.map(readRndAnswer);
  } catch {
    return undefined;
  }
}

export const RND_FIGURES: DashboardFigures<RndPart> = {
  // A checklist not fully answered gives no verdict (RND_VERDICT shows « incomplet »): left out.
  summarize({ rows }) {
    const rndMet = RND_CRITERIA.map(() => 0);
    let [rndQualified, rndAnswered] = [0, 0];
    for (const row of rows) {
      const a = answers(row.cells(rndCriterionFields()));
      if (!a) continue;
      rndAnswered++;
      const met = a.map((v) => rndState(v) === 'met');
      met.forEach((m, i) => {
        if (m) rndMet[i]++;
      });
      if (met.every(Boolean)) rndQualified++;
    }
    return { rndMet, rndQualified, rndAnswered };
  },
  tables(s, lang) {
    const title: Text = {
      fr: `R&D sociale : projets par critère réuni (${s.rndQualified} sur ${s.rndAnswered} réunissent les 5 critères)`,
      en: `Social R&D: projects per criterion met (${s.rndQualified} of ${s.rndAnswered} meet all 5)`,
    };
    return [
      {
        kind: 'BAR',
        title,
        header: [{ fr: 'Critère', en: 'Criterion' }, PROJECTS],
        rows: RND_CRITERIA.map((c, i) => [c.label[lang], s.rndMet[i]]),
        format: COUNT,
      },
    ];
  },
};
