import { buildDashboard as build } from '../../sheets/dashboard/build';
import { DASHBOARD_SHEET } from '../../sheets/templates/dashboard-sheet';
import { runAction } from './run';

/** Menu « Mettre à jour le tableau de bord ». */
export function buildDashboard(): void {
  runAction((lang) => {
    const s = build(SpreadsheetApp.getActiveSpreadsheet(), lang);
    return {
      fr: `« ${DASHBOARD_SHEET.fr} » mis à jour : ${s.projects} projets, ${s.amiComplete} grilles AMI complètes, ${s.vcComplete} grilles de captation complètes.`,
      en: `"${DASHBOARD_SHEET.en}" updated: ${s.projects} projects, ${s.amiComplete} complete AMI grids, ${s.vcComplete} complete value-capture checklists.`,
    };
  });
}
