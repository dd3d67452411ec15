import { diagnose, reportHtml } from '../../sheets/diagnostic/report';
import { MENU_CAPTIONS } from '../../sheets/menu-captions';
import { runShowing } from './run';

/**
 * Menu « Diagnostic du classeur »: what is wrong in the workbook and how to fix it, and how this
 * spreadsheet really behaves where the offline tests could only assume, in a dialog (text only).
 */
export function checkWorkbook(): void {
  runShowing(
    () => diagnose(SpreadsheetApp.getActiveSpreadsheet()),
    (diagnosis, lang) => {
      const html = HtmlService.createHtmlOutput(reportHtml(diagnosis, lang)).setWidth(640).setHeight(560);
      SpreadsheetApp.getUi().showModalDialog(html, MENU_CAPTIONS.checkWorkbook[lang]);
    },
  );
}
