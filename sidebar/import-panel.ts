import { MAX_IMPORT_CHARS, type ImportFileRequest, type ImportFileResult } from '../src/contract/endpoints';
import type { Text } from '../src/core/i18n';
import { notice } from './controls';
import { el, fill, uid } from './dom';
import { friendlyError } from './errors';
import { t } from './lang';
import { call } from './server';
import { format, frenchSpacing } from './strings';

const text = (fr: string, en: string): Text => ({ fr: frenchSpacing(fr), en });

const I = {
  title: text('Importer des dossiers (Démarches simplifiées)', 'Import applications (Démarches simplifiées)'),
  intro: text(
    'Choisissez l’export CSV des dossiers : le module propose à quelle colonne de Projets va chaque colonne de l’export, vous vérifiez, puis il importe. Un dossier déjà importé (même n° de dossier) est mis à jour, jamais supprimé ; notes et commentaires ne sont pas touchés.',
    'Choose the applications’ CSV export: the add-on proposes which Projects column each export column goes to, you check, then it imports. An application already imported (same number) is updated, never deleted; scores and comments are not touched.',
  ),
  file: text('Fichier CSV de l’export', 'CSV file of the export'),
  reading: text('Lecture du fichier…', 'Reading the file…'),
  tooBig: text(
    '« {name} » pèse {size} caractères : le panneau en envoie {max} au plus. Importez-le plutôt par Fichier › Importer, puis le menu « Importer des dossiers (Démarches simplifiées) ».',
    '"{name}" is {size} characters long: the panel sends {max} at most. Import it with File › Import instead, then the menu "Import applications (Démarches simplifiées)".',
  ),
  rows: text('{rows} ligne(s) dans le fichier. Colonnes reconnues par leur nom :', '{rows} row(s) in the file. Columns matched by name:'),
  none: text('(aucune)', '(none)'),
  confirm: text('Importer dans Projets', 'Import into Projects'),
  importing: text('Importation…', 'Importing…'),
};

/**
 * The panel's « Importer des dossiers »: a CSV export read in the browser (FileReader) and sent as
 * text; the server parses it (Utilities.parseCsv) and answers the proposed mapping, shown with one
 * choice per field among the file's columns; « Importer dans Projets » sends the mapping as left.
 * Everything from the file is shown as text (textContent), never as HTML. `imported`: the project
 * list to read again.
 */
export function importPanel(imported: () => void): HTMLElement {
  const body = el('div', { class: 'import-body' });
  const inputId = uid('import-file');
  const input = el('input', { id: inputId, type: 'file', accept: '.csv,text/csv' });
  const status = el('div', { 'aria-live': 'polite' });
  let sent: string | null = null;

  const show = (result: ImportFileResult) => {
    const selects = result.mapping.map((m) => {
      const id = uid('import-field');
      // A field read from several columns (the person's first name and name) keeps them as proposed.
      const select = el('select', { id, disabled: m.columns.length > 1 }, el('option', { value: '' }, t(I.none)));
      for (const c of result.columns) select.append(el('option', { value: c, selected: m.columns[0] === c }, c));
      if (m.columns.length > 1) select.append(el('option', { value: m.columns.join(' + '), selected: true }, m.columns.join(' + ')));
      return { m, select, row: el('div', { class: 'import-field' }, el('label', { for: id }, m.label), select) };
    });
    const button = el('button', { type: 'button' }, t(I.confirm));
    button.addEventListener('click', () => {
      const mapping: NonNullable<ImportFileRequest['mapping']> = {};
      for (const { m, select } of selects) {
        const columns = m.columns.length > 1 ? m.columns : select.value ? [select.value] : [];
        if (columns.length) mapping[m.field] = columns;
      }
      void send({ confirm: true, mapping }, button);
    });
    fill(status, el('p', {}, format(t(I.rows), { rows: result.rows })), ...selects.map((s) => s.row), button);
  };

  const send = async (extra: Pick<ImportFileRequest, 'confirm' | 'mapping'>, button?: HTMLButtonElement) => {
    if (sent === null) return;
    if (button) button.disabled = true;
    if (extra.confirm) status.append(el('p', { class: 'gray' }, t(I.importing)));
    try {
      const result = await call('importDossiersFile', { text: sent, ...extra });
      if (result.report) {
        fill(status, el('p', { class: 'import-report' }, result.report));
        imported();
      } else show(result);
    } catch (e) {
      fill(status, notice(friendlyError(e), 'error'));
    }
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    sent = null;
    fill(status, el('p', { class: 'gray' }, t(I.reading)));
    const reader = new FileReader();
    reader.onload = () => {
      const content = String(reader.result ?? '');
      if (content.length > MAX_IMPORT_CHARS) {
        fill(status, notice(format(t(I.tooBig), { name: file.name, size: content.length.toLocaleString(), max: MAX_IMPORT_CHARS.toLocaleString() }), 'error'));
        return;
      }
      sent = content;
      void send({});
    };
    reader.onerror = () => fill(status, notice(friendlyError(reader.error), 'error'));
    reader.readAsText(file, 'UTF-8');
  });

  fill(body, el('p', { class: 'gray' }, t(I.intro)), el('label', { for: inputId }, t(I.file)), input, status);
  return el('details', { class: 'import' }, el('summary', {}, t(I.title)), body);
}
