import type { Text } from '../../core/i18n';
import { ensureWorkbook, foundComplete, nothingAdded, type SetupReport } from '../../sheets/templates/setup';
import { joinTexts, runAction } from './run';
import { menuItem } from '../../sheets/menu-captions';

/**
 * Menu « Créer / compléter le classeur ». A workbook found exactly as the last setup left it is only
 * read (fingerprint.ts): nothing is written, so that check takes no lock; anything else is laid out
 * under the lock by the full setup, which reads everything again itself.
 */
export function setupWorkbook(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  runAction((lang) => setupMessage(ensureWorkbook(spreadsheet, lang).report), {
    spreadsheet,
    unlocked: () => (foundComplete(spreadsheet) ? setupMessage(nothingAdded()) : undefined),
  });
}

export function setupMessage(report: SetupReport): Text {
  const created = report.createdSheets.join(', ');
  const added = report.addedColumns.map((a) => `${a.sheet} (${a.headers.join(', ')})`).join(' ; ');
  const restored = report.restoredFormulas.map((a) => `${a.sheet} (${a.headers.join(', ')})`).join(' ; ');
  return joinTexts([
    created ? { fr: `Feuilles créées : ${created}.`, en: `Sheets created: ${created}.` } : undefined,
    added
      ? {
          fr: `En-têtes introuvables, colonnes ajoutées en fin de feuille : ${added}. Vos colonnes et vos données n’ont pas bougé.`,
          en: `Headers not found, columns added at the end of the sheet: ${added}. Your columns and data did not move.`,
        }
      : undefined,
    report.toAssessments.length
      ? {
          fr: `Une ligne par évaluation dans ${report.toAssessments.join(', ')} : chaque ligne existante est désormais l’évaluation d’un évaluateur sans nom, ses notes et ses résultats sont inchangés. Les évaluateurs ajoutent chacun la leur depuis le panneau.`,
          en: `One row per assessment in ${report.toAssessments.join(', ')}: each existing row is now an assessment by an unnamed reviewer, its scores and results unchanged. Reviewers each add their own from the panel.`,
        }
      : undefined,
    restored
      ? {
          fr: `Formule rétablie dans l’en-tête des colonnes calculées : ${restored}. Elle avait été effacée, remplacée ou écrite par une version antérieure ; les colonnes calculées se remplissent de nouveau.`,
          en: `Formula restored in the header of the computed columns: ${restored}. It had been erased, replaced or written by an earlier version; the computed columns fill again.`,
        }
      : undefined,
    ...report.problems,
    !created && !added && !restored && !report.problems.length
      ? {
          // Setup's check of a complete workbook reads row 1's values only (fingerprint.ts): a header
          // formula typed over with its own header is the diagnostic's to find.
          fr: `Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? ${menuItem('checkWorkbook', 'fr')} dit pourquoi.`,
          en: `The workbook is complete: nothing to add. A computed column empty or frozen? ${menuItem('checkWorkbook', 'en')} says why.`,
        }
      : undefined,
  ]);
}
