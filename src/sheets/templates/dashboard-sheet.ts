import type { Lang, Text } from '../../core/i18n';
import { DASHBOARD_TITLE, INTRO } from '../dashboard/block';
import { withoutStrayApostrophe, writeCells } from '../literal';
import { MENU_CAPTIONS } from '../menu-captions';
import { listSheets } from '../workbook';
import { createOwnSheet, ownSheet, type CreatedSheet, type OwnedKnown, type OwnedSheet } from '../owned';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DASHBOARD_SHEET: Text = { fr: 'Tableau de bord', en: 'Dashboard' };

// Captions quoted from the menu's own (template literals only: the top level calls nothing).
const HINT: Text = {
  fr: `Le menu du module (Extensions) › « ${MENU_CAPTIONS.buildDashboard.fr} » dessine ici les graphiques du portefeuille.`,
  en: `The add-on’s menu (Extensions) › "${MENU_CAPTIONS.buildDashboard.en}" draws the portfolio charts here.`,
};

const texts = (t: Text) => [t.fr, t.en];

/**
 * The dashboard sheet as the add-on's own. An earlier version's, unmarked, is recognised by what it
 * wrote in A1:A2: the setup's hint alone, or the data block's title above its notice. A user's sheet
 * merely called « Tableau de bord » has neither.
 */
export const DASHBOARD: OwnedSheet = {
  role: 'dashboard',
  name: DASHBOARD_SHEET,
  madeByEarlierVersion(sheet: Sheet): boolean {
    // Its second dashboard update wrote '… into the `@` cells of the first: under the strict reading A1:A2 show the apostrophe.
    const [[a1], [a2]] = sheet
      .getRange(1, 1, 2, 1)
      .getValues()
      .map((r) => r.map((v) => String(withoutStrayApostrophe(v)).trim()));
    if (texts(HINT).includes(a1)) return a2 === '';
    return texts(DASHBOARD_TITLE).includes(a1) && texts(INTRO).includes(a2);
  },
};

/**
 * Creates the add-on's (empty) dashboard sheet with a hint, unless it has one; buildDashboard fills
 * it. `known`: what the caller's run has read (owned.ts).
 */
export function ensureDashboardSheet(ss: Spreadsheet, lang: Lang, known: OwnedKnown = { sheets: listSheets(ss) }): CreatedSheet | null {
  if (ownSheet(ss, DASHBOARD, known)) return null;
  const created = createOwnSheet(ss, DASHBOARD, lang, known);
  writeCells(created.sheet.getRange(1, 1), [[HINT[lang]]], { noPlainText: true });
  return created;
}
