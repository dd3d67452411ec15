import type { Text } from '../i18n';
import type { ColumnSpec, SheetId, SheetSpec } from './types';

/** The two columns every sheet of one row per project starts with: the key, and the name copied from Projets. */
export const ID_COLUMN: ColumnSpec = { id: 'id', header: { fr: 'ID', en: 'ID' }, aliases: ['Identifiant', 'ID projet', 'Project ID', 'Code'], kind: 'id' };
export const NAME_COLUMN: ColumnSpec = {
  id: 'name',
  header: { fr: 'Nom du projet', en: 'Project name' },
  aliases: ['Nom', 'Projet', 'Name', 'Project', 'Intitulé'],
  kind: 'text',
};

/** The header of a comment column beside a scored one. */
export const commentHeader = (label: Text): Text => ({ fr: `Commentaire – ${label.fr}`, en: `Comment – ${label.en}` });

/**
 * A sheet whose columns are built on first read (`columns` is a thunk made with `once`): dist/Code.js
 * is evaluated again on every custom-function call, which never needs the workbook's layout.
 */
export function lazySheet<I extends SheetId>(id: I, name: Text, namedRange: string, columns: () => readonly ColumnSpec[]): SheetSpec & { id: I } {
  return {
    id,
    name,
    namedRange,
    get columns() {
      return columns();
    },
  };
}
