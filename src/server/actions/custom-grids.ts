import { ensureCustomGrids, gridsMessage } from '../../sheets/grids/ensure';
import { runShowing } from './run';

/**
 * Menu « Grilles personnalisées : créer / mettre à jour » (issue 14 §5). Its report may list several
 * problems, each naming its cell: an alert shows them whole, where a toast would cut them.
 */
export function updateCustomGrids(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  runShowing(
    (lang) => gridsMessage(ensureCustomGrids(spreadsheet, lang), lang),
    (message, lang) =>
      SpreadsheetApp.getUi().alert(lang === 'en' ? 'Custom grids' : 'Grilles personnalisées', message[lang], SpreadsheetApp.getUi().ButtonSet.OK),
  );
}
