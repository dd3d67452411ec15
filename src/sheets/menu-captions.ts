import type { Lang, Text } from '../core/i18n';

/**
 * The add-on menu's captions, by action (the top-level function of dist/Code.js each item runs).
 * src/server/menu.ts builds the menu from them, and every message that tells users which item to
 * click quotes them from here: a message cannot name an item the menu does not have, nor spell it
 * differently. (Here rather than in src/server/ because src/sheets/ messages quote them too.)
 */
export const MENU_CAPTIONS = {
  showSidebar: { fr: 'Ouvrir le panneau', en: 'Open the panel' },
  setupWorkbook: { fr: 'Créer / compléter le classeur', en: 'Create / complete the workbook' },
  syncProjects: { fr: 'Synchroniser les projets', en: 'Synchronise projects' },
  buildDashboard: { fr: 'Mettre à jour le tableau de bord', en: 'Update the dashboard' },
  buildRestitution: { fr: 'Fiche de restitution du projet', en: 'Feedback sheet of the project' },
  buildRestitutions: { fr: 'Restitutions de l’appel', en: 'Feedback for the whole call' },
  updateCustomGrids: { fr: 'Grilles personnalisées : créer / mettre à jour', en: 'Custom grids: create / update' },
  loadDemo: { fr: 'Charger l’exemple', en: 'Load the example' },
  importDossiers: { fr: 'Importer des dossiers (Démarches simplifiées)', en: 'Import applications (Démarches simplifiées)' },
  showFormulaHelp: { fr: 'Aide : les formules', en: 'Help: the formulas' },
  checkWorkbook: { fr: 'Diagnostic du classeur', en: 'Workbook check' },
} as const satisfies Record<string, Text>;

/**
 * The add-on's name, under which Sheets lists its menu (Extensions › …): the Marketplace listing's
 * name, and the Apps Script project's title when trying it bound to one spreadsheet (README).
 */
export const ADDON_NAME = 'Grilles d’innovation sociale';

export type MenuAction = keyof typeof MENU_CAPTIONS;

/** A menu item's caption quoted the way each language quotes: « Synchroniser les projets » / "Synchronise projects". */
export function menuItem(action: MenuAction, lang: Lang): string {
  const caption = MENU_CAPTIONS[action][lang];
  return lang === 'en' ? `"${caption}"` : `« ${caption} »`;
}
