import type { Text } from '../i18n';

/**
 * What « Importer des dossiers » reads from a Démarches simplifiées export, field by field: the
 * Projets column it fills (by column id, src/core/instruments/sheets.ts) and the export's column
 * names that hold it. Names come from ../shared/notes/demarches-simplifiees-export.md (the platform's
 * fixed columns) and from the labels calls for projects usually give their own fields (« Nom du
 * projet », « Besoin social identifié »…): a démarche's fields are named by whoever wrote it, so the
 * proposal is only a proposal, shown before anything is written, and the user's choice is saved.
 * Matching is by name (headerKey: case, accents, spaces and punctuation ignored), never by position:
 * the export's columns move when the démarche is republished.
 */
export interface ImportField {
  /** The Projets column it fills; `person` fills none (see holder). */
  id: ImportFieldId;
  label: Text;
  /** Export column names, best first: the first one found is proposed. */
  names: readonly string[];
  /** Export column names ending with one of these (normalised) also answer: a commune field's « Territoire (Département) ». */
  suffixes?: readonly string[];
}

export const IMPORT_FIELD_IDS = [
  'dossier',
  'name',
  'holder',
  'person',
  'siret',
  'territory',
  'requested',
  'need',
  'response',
  'publics',
  'status',
  'filed',
] as const;
export type ImportFieldId = (typeof IMPORT_FIELD_IDS)[number];

export const IMPORT_FIELDS: readonly ImportField[] = [
  { id: 'dossier', label: { fr: 'N° dossier', en: 'Application no.' }, names: ['ID', 'Numéro de dossier', 'N° dossier', 'Dossier ID', 'Numéro', 'Dossier'] },
  {
    id: 'name',
    label: { fr: 'Nom du projet', en: 'Project name' },
    names: ['Nom du projet', 'Titre du projet', 'Intitulé du projet', 'Nom de l’action', 'Intitulé de l’action', 'Projet', 'Titre'],
  },
  {
    id: 'holder',
    label: { fr: 'Structure (porteur)', en: 'Structure (holder)' },
    // A company's or an association's dossier: the platform's identity columns; a démarche may also ask for it.
    names: ['Structure porteuse', 'Nom de la structure', 'Structure', 'Association titre', 'Entreprise raison sociale', 'Porteur de projet'],
  },
  {
    // An individual's dossier has no structure: its holder is the person (« Prénom Nom »), from the identity columns.
    id: 'person',
    label: { fr: 'Porteur (personne physique)', en: 'Holder (individual)' },
    names: ['Prénom', 'Nom'],
  },
  { id: 'siret', label: { fr: 'SIRET', en: 'SIRET' }, names: ['Établissement SIRET', 'SIRET', 'Numéro SIRET', 'N° SIRET'] },
  {
    id: 'territory',
    label: { fr: 'Territoire', en: 'Territory' },
    names: ['Territoire', 'Territoire d’intervention', 'Territoire concerné', 'Département', 'Commune'],
    suffixes: ['(Département)'],
  },
  {
    id: 'requested',
    label: { fr: 'Montant demandé', en: 'Amount requested' },
    names: ['Montant demandé', 'Montant de la subvention demandée', 'Montant sollicité', 'Subvention demandée'],
  },
  {
    id: 'need',
    label: { fr: 'Besoin social', en: 'Social need' },
    names: ['Besoin social identifié', 'Besoin social', 'Besoin social adressé', 'Besoin identifié', 'Problématique'],
  },
  {
    id: 'response',
    label: { fr: 'Réponse proposée / ce qui est nouveau', en: 'Response proposed / what is new' },
    names: ['Réponse proposée', 'Solution proposée', 'En quoi le projet est-il innovant', 'Caractère innovant', 'Ce qui est nouveau', 'Innovation'],
  },
  {
    id: 'publics',
    label: { fr: 'Publics prioritaires', en: 'Priority publics' },
    names: ['Publics prioritaires', 'Publics cibles', 'Public cible', 'Publics visés', 'Bénéficiaires'],
  },
  { id: 'status', label: { fr: 'État du dossier', en: 'Application state' }, names: ['État du dossier', 'Statut du dossier', 'État'] },
  { id: 'filed', label: { fr: 'Déposé le', en: 'Filed on' }, names: ['Déposé le', 'Date de dépôt'] },
];

/**
 * Fields read from several columns: the person's first name and name, joined (both needed); the
 * holder, the first of its columns that is filled (an association's title, else a company's name:
 * one démarche receives both). The others read one column.
 */
export const JOINED_FIELDS: ReadonlySet<ImportFieldId> = new Set(['person']);
export const FIRST_FILLED_FIELDS: ReadonlySet<ImportFieldId> = new Set(['holder']);

export const importField = (id: ImportFieldId): ImportField => IMPORT_FIELDS.find((f) => f.id === id)!;
