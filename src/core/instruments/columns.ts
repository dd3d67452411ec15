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

/**
 * An assessment's key beside the project ID: who assessed and when (the round it belongs to). A
 * project has 0, 1 or many rows in an instrument sheet, one per (ID, reviewer, date); rows without a
 * reviewer (workbooks made before reviewers existed, or the sync's empty row) are one assessment by
 * an unnamed reviewer. The date is the assessment's own, set when the row is created.
 */
export const REVIEWER_COLUMN: ColumnSpec = {
  id: 'reviewer',
  header: { fr: 'Évaluateur', en: 'Reviewer' },
  aliases: ['Évaluatrice', 'Évaluateur·rice', 'Evaluateur', 'Instructeur', 'Instructrice', 'Expert', 'Relecteur', 'Évaluateur / évaluatrice'],
  kind: 'reviewer',
  help: {
    fr: 'Qui a rempli cette évaluation (nom choisi dans le panneau). Vide : évaluation sans nom, comme avant l’arrivée des évaluateurs.',
    en: 'Who filled in this assessment (name chosen in the panel). Empty: an unnamed assessment, as before reviewers existed.',
  },
};
export const ASSESSMENT_DATE_COLUMN: ColumnSpec = {
  id: 'date',
  header: { fr: 'Date', en: 'Date' },
  aliases: ['Date d’évaluation', "Date d'évaluation", 'Date de l’évaluation', 'Assessment date'],
  kind: 'date',
  help: {
    fr: 'Date de l’évaluation (sa session ou son tour) : posée à la création de la ligne, elle ne change pas quand on modifie les notes.',
    en: 'Date of the assessment (its round): set when the row is created, it does not change when scores are edited.',
  },
};

/** Where the assessment stands, and whether its reviewer withdrew from it (conflict of interest). */
export const REVIEW_STATUS_COLUMN: ColumnSpec = {
  id: 'review-status',
  header: { fr: 'État de l’évaluation', en: 'Assessment status' },
  aliases: ["État de l'évaluation", 'Etat de l’évaluation', 'Statut de l’évaluation', 'Review status'],
  kind: 'review-status',
};
export const RECUSED_COLUMN: ColumnSpec = {
  id: 'recused',
  header: { fr: 'Déport', en: 'Recused' },
  aliases: ['Conflit d’intérêts', "Conflit d'intérêts", 'Déporté', 'Conflict of interest', 'Recusal'],
  kind: 'flag',
  help: {
    fr: 'Coché : l’évaluateur se déporte (conflit d’intérêts). L’évaluation est exclue de tout consensus et signalée au comité.',
    en: 'Ticked: the reviewer withdraws (conflict of interest). The assessment is left out of every consensus and shown to the committee.',
  },
};
export const RECUSAL_REASON_COLUMN: ColumnSpec = {
  id: 'recusal-reason',
  header: { fr: 'Motif du déport', en: 'Reason for recusal' },
  aliases: ['Motif du deport', 'Motif', 'Recusal reason'],
  kind: 'text',
};

/** The assessment columns that are not scores: kept out of the panel's fields (it has its own controls for them). */
export const ASSESSMENT_STATE: readonly ColumnSpec[] = [REVIEW_STATUS_COLUMN, RECUSED_COLUMN, RECUSAL_REASON_COLUMN];

/**
 * An instrument sheet's columns: the project ID and name, the assessment's key (reviewer, date), the
 * instrument's own input columns, the assessment's state, then the computed columns (kind
 * `computed`, kept last so that the inputs stay one block).
 */
export function assessmentColumns(own: readonly ColumnSpec[]): ColumnSpec[] {
  const computed = own.filter((c) => c.kind === 'computed');
  return [ID_COLUMN, NAME_COLUMN, REVIEWER_COLUMN, ASSESSMENT_DATE_COLUMN, ...own.filter((c) => c.kind !== 'computed'), ...ASSESSMENT_STATE, ...computed];
}

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
