import { buildDashboard as build } from '../../sheets/dashboard/build';
import { counted, joinTexts, runAction } from './run';

/** Menu « Mettre à jour le tableau de bord ». */
export function buildDashboard(): void {
  runAction((lang) => {
    const { summary: s, problems, sheetName, leftAlone } = build(SpreadsheetApp.getActiveSpreadsheet(), lang);
    const projects = counted(s.projects, { fr: ['projet', 'projets'], en: ['project', 'projects'] });
    const ami = counted(s.amiComplete, { fr: ['grille AMI complète', 'grilles AMI complètes'], en: ['complete AMI grid', 'complete AMI grids'] });
    const vc = counted(s.vcComplete, {
      fr: ['grille de captation complète', 'grilles de captation complètes'],
      en: ['complete value-capture checklist', 'complete value-capture checklists'],
    });
    return joinTexts([
      {
        fr: `« ${sheetName} » mis à jour : ${projects.fr}, ${ami.fr}, ${vc.fr}.`,
        en: `"${sheetName}" updated: ${projects.en}, ${ami.en}, ${vc.en}.`,
      },
      leftAlone,
      // Settings the formulas reject: the dashboard used their defaults, as the user must know.
      ...problems,
    ]);
  });
}
