import { buildDashboard as build } from '../../sheets/dashboard/build';
import { DASHBOARD_SHEET } from '../../sheets/templates/dashboard-sheet';
import { counted, joinTexts, runAction } from './run';

/** Menu « Mettre à jour le tableau de bord ». */
export function buildDashboard(): void {
  runAction((lang) => {
    const { summary: s, problems } = build(SpreadsheetApp.getActiveSpreadsheet(), lang);
    const projects = counted(s.projects, { fr: ['projet', 'projets'], en: ['project', 'projects'] });
    const ami = counted(s.amiComplete, { fr: ['grille AMI complète', 'grilles AMI complètes'], en: ['complete AMI grid', 'complete AMI grids'] });
    const vc = counted(s.vcComplete, {
      fr: ['grille de captation complète', 'grilles de captation complètes'],
      en: ['complete value-capture checklist', 'complete value-capture checklists'],
    });
    return joinTexts([
      {
        fr: `« ${DASHBOARD_SHEET.fr} » mis à jour : ${projects.fr}, ${ami.fr}, ${vc.fr}.`,
        en: `"${DASHBOARD_SHEET.en}" updated: ${projects.en}, ${ami.en}, ${vc.en}.`,
      },
      // Settings the formulas reject: the dashboard used their defaults, as the user must know.
      ...problems,
    ]);
  });
}
