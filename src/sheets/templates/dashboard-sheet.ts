import type { Lang, Text } from '../../core/i18n';
import { writeCell } from '../literal';
import { MENU_CAPTIONS } from '../menu-captions';
import { findSheet } from '../workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const DASHBOARD_SHEET: Text = { fr: 'Tableau de bord', en: 'Dashboard' };

// Captions quoted from the menu's own (template literals only: the top level calls nothing).
const HINT: Text = {
  fr: `Le menu du module (Extensions) › « ${MENU_CAPTIONS.buildDashboard.fr} » dessine ici les graphiques du portefeuille.`,
  en: `The add-on’s menu (Extensions) › "${MENU_CAPTIONS.buildDashboard.en}" draws the portfolio charts here.`,
};

/** Creates the (empty) Tableau de bord sheet with a hint; buildDashboard fills it. True when created. */
export function ensureDashboardSheet(ss: Spreadsheet, lang: Lang): boolean {
  if (findSheet(ss, { name: DASHBOARD_SHEET })) return false;
  const sheet = ss.insertSheet(DASHBOARD_SHEET[lang], ss.getNumSheets());
  writeCell(sheet.getRange(1, 1), HINT[lang]);
  return true;
}
