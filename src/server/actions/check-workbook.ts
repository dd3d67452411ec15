import { diagnose, hasFixes, reportHtml } from '../../sheets/diagnostic/report';
import { forgetComplete } from '../../sheets/templates/fingerprint';
import { MENU_CAPTIONS } from '../../sheets/menu-captions';
import { runShowing } from './run';

/**
 * Menu « Diagnostic du classeur »: what is wrong in the workbook and how to fix it, and how this
 * spreadsheet really behaves where the offline tests could only assume, in a dialog (text only).
 * When there is something to fix, the next « Créer / compléter le classeur » runs in full (it would
 * otherwise find row 1 of each sheet unchanged and stop there, see fingerprint.ts).
 */
export function checkWorkbook(): void {
  runShowing(
    () => {
      const diagnosis = diagnose(SpreadsheetApp.getActiveSpreadsheet());
      if (hasFixes(diagnosis)) forgetComplete();
      return diagnosis;
    },
    (diagnosis, lang) => {
      const html = HtmlService.createHtmlOutput(reportHtml(diagnosis, lang)).setWidth(640).setHeight(560);
      SpreadsheetApp.getUi().showModalDialog(html, MENU_CAPTIONS.checkWorkbook[lang]);
    },
  );
}
