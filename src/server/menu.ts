import type { Lang, Text } from '../core/i18n';
import { MENU_CAPTIONS, type MenuAction } from '../sheets/menu-captions';
import { userLangOrFrench } from '../sheets/settings';

/** One item of the add-on menu; `action` is the name of a top-level function of dist/Code.js. */
export type MenuItem = { caption: Text; action: MenuAction } | 'separator';

// Captions come from src/sheets/menu-captions.ts, which the messages naming an item quote too.
export const MENU: readonly MenuItem[] = [
  { caption: MENU_CAPTIONS.showSidebar, action: 'showSidebar' },
  'separator',
  { caption: MENU_CAPTIONS.setupWorkbook, action: 'setupWorkbook' },
  { caption: MENU_CAPTIONS.syncProjects, action: 'syncProjects' },
  { caption: MENU_CAPTIONS.importDossiers, action: 'importDossiers' },
  { caption: MENU_CAPTIONS.buildDashboard, action: 'buildDashboard' },
  { caption: MENU_CAPTIONS.buildRestitution, action: 'buildRestitution' },
  { caption: MENU_CAPTIONS.buildRestitutions, action: 'buildRestitutions' },
  { caption: MENU_CAPTIONS.updateCustomGrids, action: 'updateCustomGrids' },
  { caption: MENU_CAPTIONS.loadDemo, action: 'loadDemo' },
  'separator',
  { caption: MENU_CAPTIONS.checkWorkbook, action: 'checkWorkbook' },
  { caption: MENU_CAPTIONS.showFormulaHelp, action: 'showFormulaHelp' },
];

/**
 * Builds the add-on menu. In AuthMode.NONE (add-on installed but not yet used in this document)
 * only menu items may be added: reading properties there throws and the menu would not appear. In
 * other modes a failed read falls back to French: the menu always appears.
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
  return !e || e.authMode === ScriptApp.AuthMode.NONE ? 'fr' : userLangOrFrench();
}
