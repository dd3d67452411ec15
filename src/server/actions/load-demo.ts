import { loadDemo as load } from '../../sheets/demo';
import { runAction } from './run';

/** Menu « Charger l’exemple ». */
export function loadDemo(): void {
  runAction((lang) => {
    const { projects, outcomes } = load(SpreadsheetApp.getActiveSpreadsheet(), lang);
    return {
      fr: `Exemple chargé : ${projects} projets et ${outcomes} effets valorisés. Les données sont illustratives (scores, montants, statuts, quantités et effets inventés pour la démonstration) : remplacez-les par les vôtres, ou partez d’un nouveau classeur.`,
      en: `Example loaded: ${projects} projects and ${outcomes} valued outcomes. The data are illustrative (scores, amounts, statuses, quantities and outcomes made up for the demonstration): replace them with yours, or start from a new spreadsheet.`,
    };
  });
}
