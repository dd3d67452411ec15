import type { Text } from '../i18n';
import type { ColumnSpec } from './types';

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
