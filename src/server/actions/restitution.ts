import type { Text } from '../../core/i18n';
import { problem } from '../../core/problem';
import { projectUnderCursor } from '../../sheets/cursor';
import { menuItem } from '../../sheets/menu-captions';
import { type RestitutionReport, writeRestitutions } from '../../sheets/feedback/restitutions';
import { counted, joinTexts, runAction } from './run';

/** Menu « Fiche de restitution du projet »: the project under the cursor, on one printable sheet. */
export function buildRestitution(): void {
  runAction((lang) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { projectId } = projectUnderCursor(ss);
    if (!projectId) {
      throw problem(
        `Placez le curseur sur la ligne d’un projet (dans Projets, Comité ou une grille), puis relancez ${menuItem('buildRestitution', 'fr')}. Pour tous les projets à la fois : ${menuItem('buildRestitutions', 'fr')}.`,
        `Put the cursor on a project’s row (in Projects, Committee or a grid), then run ${menuItem('buildRestitution', 'en')} again. For every project at once: ${menuItem('buildRestitutions', 'en')}.`,
      );
    }
    return told(writeRestitutions(ss, lang, projectId), { fr: `Fiche de restitution de ${projectId}`, en: `Feedback sheet of ${projectId}` });
  });
}

/** Menu « Restitutions de l’appel »: a block per project of Projets, on one sheet rewritten at each run. */
export function buildRestitutions(): void {
  runAction((lang) => {
    const report = writeRestitutions(SpreadsheetApp.getActiveSpreadsheet(), lang);
    const n = counted(report.projects, { fr: ['projet', 'projets'], en: ['project', 'projects'] });
    return told(report, { fr: `Restitutions (${n.fr})`, en: `Feedback (${n.en})` });
  });
}

function told(report: RestitutionReport, what: Text): Text {
  return joinTexts([
    {
      fr: `${what.fr} écrites dans « ${report.sheetName} ». Seuls les commentaires des évaluations cochées « Commentaires partageables » y figurent, sans nom d’évaluateur.`,
      en: `${what.en} written into "${report.sheetName}". Only the comments of assessments ticked "Shareable comments" appear, without reviewers’ names.`,
    },
    report.leftAlone,
    ...report.problems,
  ]);
}
