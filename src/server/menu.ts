import type { Lang, Text } from '../core/i18n';
import { userLang } from '../sheets/settings';

/** One item of the add-on menu; `action` is the name of a top-level function of dist/Code.js. */
export type MenuItem = { caption: Text; action: string } | 'separator';

export const MENU: readonly MenuItem[] = [
  { caption: { fr: 'Ouvrir le panneau', en: 'Open the panel' }, action: 'showSidebar' },
  'separator',
  { caption: { fr: 'Créer / compléter le classeur', en: 'Create / complete the workbook' }, action: 'setupWorkbook' },
  { caption: { fr: 'Synchroniser les projets', en: 'Synchronise projects' }, action: 'syncProjects' },
  { caption: { fr: 'Mettre à jour le tableau de bord', en: 'Update the dashboard' }, action: 'buildDashboard' },
  { caption: { fr: "Charger l'exemple", en: 'Load the example' }, action: 'loadDemo' },
  'separator',
  { caption: { fr: 'Aide : les formules', en: 'Help: the formulas' }, action: 'showFormulaHelp' },
];

/**
 * Builds the add-on menu. In AuthMode.NONE (add-on installed but not yet used in this document)
 * only menu items may be added: reading properties there throws and the menu would not appear.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang: Lang = menuLang(e);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.caption[lang], item.action);
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

function menuLang(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): Lang {
  return !e || e.authMode === ScriptApp.AuthMode.NONE ? 'fr' : userLang();
}
