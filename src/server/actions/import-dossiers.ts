import type { ImportFileRequest, ImportFileResult } from '../../contract/endpoints';
import { IMPORT_FIELDS } from '../../core/import/fields';
import { locate, proposeMapping, type Mapping } from '../../core/import/mapping';
import type { Lang, Text } from '../../core/i18n';
import { problem } from '../../core/problem';
import { column, PROJECTS } from '../../sheets/schema';
import { loadMapping, saveMapping } from '../../sheets/import/mapping-store';
import { importIntoProjects, type ImportReport } from '../../sheets/import/projects';
import { importOpinions, type OpinionsReport } from '../../sheets/import/opinions';
import { isOpinionsHeader, OPINIONS } from '../../core/import/opinions';
import type { Refusal } from '../../core/import/dossiers';
import { MENU_CAPTIONS, menuItem } from '../../sheets/menu-captions';
import { userLang } from '../../sheets/settings';
import { withDocumentLock } from '../../sheets/lock';
import { specOfSheetName } from '../../sheets/workbook';
import { counted, joinTexts, runShowing } from './run';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Menu « Importer des dossiers (Démarches simplifiées) »: the export the user brought in with
 * Fichier › Importer (CSV, or the XLSX's « Dossiers » sheet) is read from the sheet they name (the
 * active one by default); the proposed mapping from its columns to Projets' is shown, and the
 * import runs only once confirmed, under the document lock; the report says what changed.
 */
export function importDossiers(): void {
  const ui = SpreadsheetApp.getUi();
  const lang = userLang();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const activeName = ss.getActiveSheet().getName();
  const title = MENU_CAPTIONS.importDossiers[lang];
  const asked = ui.prompt(
    title,
    lang === 'en'
      ? `Which sheet holds the Démarches simplifiées export (imported with File › Import)? Leave blank for the active sheet, "${activeName}".`
      : `Quelle feuille contient l’export de Démarches simplifiées (importé par Fichier › Importer) ? Laissez vide pour la feuille active, « ${activeName} ».`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (asked.getSelectedButton() !== ui.Button.OK) return;
  const name = asked.getResponseText().trim() || activeName;
  let table: { header: unknown[]; rows: unknown[][] };
  try {
    table = exportSheet(ss, name);
  } catch (e) {
    ui.alert(title, (e as { render?: (l: Lang) => string }).render?.(lang) ?? String(e), ui.ButtonSet.OK);
    return;
  }
  if (isOpinionsHeader(table.header)) {
    const asked = ui.alert(title, opinionsText(table.rows.length, lang), ui.ButtonSet.YES_NO);
    if (asked !== ui.Button.YES) return;
    runShowing(
      (l) => opinionsMessage(importOpinions(ss, table.header, table.rows, l)),
      (message, l) => ui.alert(title, message[l], ui.ButtonSet.OK),
    );
    return;
  }
  const mapping = proposeMapping(table.header, loadMapping());
  const confirmed = ui.alert(title, mappingText(table.header, mapping, table.rows.length, lang), ui.ButtonSet.YES_NO);
  if (confirmed !== ui.Button.YES) return;
  runShowing(
    () => runImport(ss, table.header, table.rows, mapping),
    (message, l) => ui.alert(title, message[l], ui.ButtonSet.OK),
  );
}

/** The import itself, under the caller's lock, shared by the menu and the panel's file: the report, and the mapping kept for next time. */
export function runImport(ss: Spreadsheet, header: readonly unknown[], rows: readonly (readonly unknown[])[], mapping: Mapping): Text {
  const report = importIntoProjects(ss, header, rows, mapping);
  saveMapping(mapping);
  return importMessage(report);
}

/** The export's table from a sheet of the workbook, refusing the add-on's own sheets and an empty one. */
function exportSheet(ss: Spreadsheet, name: string): { header: unknown[]; rows: unknown[][] } {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw problem(`La feuille « ${name} » est introuvable dans ce classeur.`, `The sheet "${name}" is not in this spreadsheet.`);
  if (specOfSheetName(name))
    throw problem(
      `« ${name} » est une feuille du module, pas un export : importez d’abord le fichier de Démarches simplifiées avec Fichier › Importer (« Insérer une ou plusieurs feuilles »), puis relancez ${menuItem('importDossiers', 'fr')} depuis cette feuille.`,
      `"${name}" is one of the add-on's sheets, not an export: first bring the Démarches simplifiées file in with File › Import ("Insert new sheet(s)"), then run ${menuItem('importDossiers', 'en')} from that sheet.`,
    );
  // Fichier › Importer turns an applicant's `=HYPERLINK(…)` into a formula (its default « convert text
  // to numbers, dates and formulas »): the text they typed is the formula's, imported as text.
  const range = sheet.getDataRange();
  const formulas = range.getFormulas();
  const [header = [], ...rows] = range.getValues().map((row, r) => row.map((v, c) => formulas[r][c] || v));
  if (!rows.length)
    throw problem(
      `La feuille « ${name} » ne contient aucun dossier (en-têtes en ligne 1, un dossier par ligne).`,
      `The sheet "${name}" holds no application (headers in row 1, one application per row).`,
    );
  return { header, rows };
}

/** The mapping as the user confirms it: each Projets field and the export column(s) it reads, then the columns left aside. */
export function mappingText(header: readonly unknown[], mapping: Mapping, rows: number, lang: Lang): string {
  const located = locate(header, mapping);
  const none = lang === 'en' ? '(none)' : '(aucune)';
  const lines = IMPORT_FIELDS.map((f) => {
    const names = mapping[f.id];
    const shown = names?.length ? names.map((n) => (lang === 'en' ? `"${n}"` : `« ${n} »`)).join(' + ') : none;
    return `• ${f.label[lang]} ← ${shown}`;
  });
  const unused = located.unused.length ? located.unused.slice(0, 12).join(', ') + (located.unused.length > 12 ? ', …' : '') : none;
  const dossier = column(PROJECTS, 'dossier').header[lang];
  return lang === 'en'
    ? `${counted(rows, { fr: ['ligne', 'lignes'], en: ['row', 'rows'] }).en} to import into Projects, columns matched by name:\n${lines.join('\n')}\nColumns not imported: ${unused}.\n\nAn application already in Projects (same "${dossier}") is updated; the others are added. Nothing is deleted; scores, comments and decisions are not touched. The mapping is kept for the next export. Import?`
    : `${counted(rows, { fr: ['ligne', 'lignes'], en: ['row', 'rows'] }).fr} à importer dans Projets, colonnes reconnues par leur nom :\n${lines.join('\n')}\nColonnes non importées : ${unused}.\n\nUn dossier déjà dans Projets (même « ${dossier} ») est mis à jour ; les autres sont ajoutés. Rien n’est supprimé ; notes, commentaires et décisions ne sont pas touchés. L’association est gardée pour le prochain export. Importer ?`;
}

const LISTED = 10;
const cut = <T>(items: readonly T[], show: (item: T) => string, separator: string): string =>
  items.slice(0, LISTED).map(show).join(separator) + (items.length > LISTED ? `${separator}… (+${items.length - LISTED})` : '');

/** What changed, dossier by dossier: added (with their new ID), updated (which fields), unchanged, refused with the row and reason. */
export function importMessage(r: ImportReport): Text {
  const label = (c: string, lang: Lang) => column(PROJECTS, c).header[lang];
  return joinTexts(
    [
      {
        fr: `Ajoutés : ${r.added.length}${r.added.length ? ` (${cut(r.added, (a) => `n° ${a.number} → ${a.id}`, ', ')})` : ''}.`,
        en: `Added: ${r.added.length}${r.added.length ? ` (${cut(r.added, (a) => `no. ${a.number} → ${a.id}`, ', ')})` : ''}.`,
      },
      {
        fr: `Mis à jour : ${r.updated.length}${r.updated.length ? ` (${cut(r.updated, (u) => `${u.id} : ${u.columns.map((c) => label(c, 'fr')).join(', ')}`, ' ; ')})` : ''}.`,
        en: `Updated: ${r.updated.length}${r.updated.length ? ` (${cut(r.updated, (u) => `${u.id}: ${u.columns.map((c) => label(c, 'en')).join(', ')}`, '; ')})` : ''}.`,
      },
      { fr: `Inchangés : ${r.unchanged}.`, en: `Unchanged: ${r.unchanged}.` },
      refusedText(r.refused),
      r.added.length
        ? {
            fr: `Lancez ${menuItem('syncProjects', 'fr')} pour donner aux nouveaux projets leur ligne dans chaque grille.`,
            en: `Run ${menuItem('syncProjects', 'en')} to give the new projects their row in every grid.`,
          }
        : undefined,
    ],
    '\n',
  );
}

/**
 * The panel's file (endpoint importDossiersFile): parsed with Utilities.parseCsv, the separator read
 * from the header line (`;` in the platform's French CSV, `,` otherwise). Without `confirm` only the
 * proposed mapping is answered (nothing written, no lock); with it, the import runs under the lock
 * with the mapping the person confirmed.
 */
export function importDossiersFile(request: ImportFileRequest, lang: Lang): ImportFileResult {
  const [header = [], ...rows] = parseExport(request.text);
  const records = rows.filter((r) => r.some((v) => v.trim() !== ''));
  if (!header.length || !records.length)
    throw problem(
      'Le fichier ne contient aucun dossier : un export CSV de Démarches simplifiées a ses en-têtes en première ligne, puis un dossier par ligne.',
      'The file holds no application: a Démarches simplifiées CSV export has its headers on the first line, then one application per line.',
    );
  const mapping = request.mapping ?? proposeMapping(header, loadMapping());
  const result: ImportFileResult = {
    rows: records.length,
    columns: header.map((h) => h.trim()),
    mapping: IMPORT_FIELDS.map((f) => ({ field: f.id, label: f.label[lang], columns: mapping[f.id] ?? [] })),
  };
  if (!request.confirm) return result;
  const message = withDocumentLock(() => runImport(SpreadsheetApp.getActiveSpreadsheet(), header, rows, mapping));
  return { ...result, report: message[lang] };
}

/** The CSV's records: a byte-order mark dropped, the separator the header line uses most. */
function parseExport(text: string): string[][] {
  const csv = text.replace(/^\uFEFF/, '');
  const firstLine = csv.slice(0, csv.search(/\r|\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return Utilities.parseCsv(csv, delimiter);
  } catch {
    throw problem(
      `Le fichier n’a pas pu être lu comme un CSV (séparateur « ${delimiter} ») : un guillemet n’est sans doute pas refermé. Exportez-le à nouveau depuis Démarches simplifiées, au format CSV.`,
      `The file could not be read as CSV (separator "${delimiter}"): a quote is probably left open. Export it again from Démarches simplifiées, as CSV.`,
    );
  }
}

/** The refused rows, one a line with the row, the dossier number and the reason, and what to do. */
function refusedText(refused: readonly Refusal[]): Text {
  if (!refused.length) return { fr: 'Refusés : 0.', en: 'Refused: 0.' };
  return {
    fr: `Refusés : ${refused.length}, non importés :\n${cut(refused, (x) => `– ligne ${x.row}${x.number ? ` (n° ${x.number})` : ''} : ${x.reason.fr}`, '\n')}\nCorrigez-les dans l’export puis relancez : les autres dossiers ne bougeront pas.`,
    en: `Refused: ${refused.length}, not imported:\n${cut(refused, (x) => `– row ${x.row}${x.number ? ` (no. ${x.number})` : ''}: ${x.reason.en}`, '\n')}\nFix them in the export and run again: the other applications will not move.`,
  };
}

/** The confirmation of an `Avis` sheet: where the opinions go, and that they never count in a score. */
function opinionsText(rows: number, lang: Lang): string {
  const sheet = OPINIONS.name[lang];
  return lang === 'en'
    ? `This sheet is the export's experts' opinions (Avis): ${counted(rows, { fr: ['ligne', 'lignes'], en: ['row', 'rows'] }).en} to import into "${sheet}", beside the reviewers' assessments and never counted in their scores. An opinion already there (same application, expert and date) is updated; nothing is deleted. Import?`
    : `Cette feuille contient les avis d’experts de l’export (Avis) : ${counted(rows, { fr: ['ligne', 'lignes'], en: ['row', 'rows'] }).fr} à importer dans « ${sheet} », à côté des évaluations, jamais comptés dans leurs notes. Un avis déjà importé (même dossier, même expert, même date) est mis à jour ; rien n’est supprimé. Importer ?`;
}

export function opinionsMessage(r: OpinionsReport): Text {
  return joinTexts(
    [
      {
        fr: `« ${r.sheet} » : ajoutés : ${r.added}, mis à jour : ${r.updated}, inchangés : ${r.unchanged}.`,
        en: `"${r.sheet}": added: ${r.added}, updated: ${r.updated}, unchanged: ${r.unchanged}.`,
      },
      refusedText(r.refused),
    ],
    '\n',
  );
}
