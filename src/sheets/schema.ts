import { INSTRUMENTS, type ColumnSpec, type SheetSpec } from '../core/instruments';
import { ID_COLUMN, NAME_COLUMN } from '../core/instruments/columns';
import { FORMATS } from './formats';

/**
 * The workbook's layout as data: which sheets exist and which columns each holds, by stable id.
 * Code finds every column by its header (French, English or an alias; see headers.ts), never by
 * position, so users may reorder columns and add their own. The template builder, the project sync
 * and the sidebar's endpoints all read this one description.
 *
 * The instrument sheets are declared with their frameworks in src/core/instruments/ (their columns
 * are built on first read of `columns`, never when the module loads — dist/Code.js is evaluated
 * again on every custom-function call, and those calls never need the workbook's layout). Projets
 * and Valorisation are sheets, not instruments: they are declared here.
 */
export type { ColumnKind, ColumnSpec, SheetId, SheetSpec } from '../core/instruments';

const ID = ID_COLUMN;
const NAME = NAME_COLUMN;

export const PROJECTS: SheetSpec = {
  id: 'projects',
  name: { fr: 'Projets', en: 'Projects' },
  namedRange: 'PROJETS',
  columns: [
    ID,
    NAME,
    { id: 'holder', header: { fr: 'Porteur', en: 'Holder' }, aliases: ['Porteur de projet', 'Structure', 'Structure porteuse', 'Project holder'], kind: 'text' },
    { id: 'territory', header: { fr: 'Territoire', en: 'Territory' }, aliases: ['Département', 'Commune', 'Lieu'], kind: 'text' },
    { id: 'status', header: { fr: 'Statut', en: 'Status' }, aliases: ['État', 'Etat', 'State'], kind: 'status' },
    { id: 'call', header: { fr: 'Appel / cohorte', en: 'Call / cohort' }, aliases: ['Appel', 'Cohorte', 'AMI', 'Call', 'Cohort'], kind: 'text' },
    { id: 'start', header: { fr: 'Date de début', en: 'Start date' }, aliases: ['Début', 'Date de dépôt', 'Start'], kind: 'date' },
    { id: 'end', header: { fr: 'Date de fin', en: 'End date' }, aliases: ['Fin', 'End'], kind: 'date' },
    { id: 'investment', header: { fr: 'Investissement (€)', en: 'Investment (€)' }, aliases: ['Investissement', 'Montant investi', 'Investment'], kind: 'amount' },
    { id: 'ami-total', header: { fr: 'Total AMI', en: 'AMI total' }, kind: 'computed' },
    { id: 'ami-portage', header: { fr: 'AMI Portage', en: 'AMI Project holders' }, kind: 'computed' },
    { id: 'ami-contenu', header: { fr: 'AMI Contenu', en: 'AMI Content' }, kind: 'computed' },
    { id: 'ami-contexte', header: { fr: 'AMI Contexte', en: 'AMI Context' }, kind: 'computed' },
    { id: 'srl', header: { fr: 'SRL', en: 'SRL' }, aliases: ['Niveau SRL'], kind: 'computed' },
    { id: 'srl-phase', header: { fr: 'Phase SRL', en: 'SRL phase' }, kind: 'computed' },
    { id: 'vc-score', header: { fr: 'Score captation', en: 'Capture score' }, kind: 'computed' },
    { id: 'vc-flags', header: { fr: 'Fragilités', en: 'Fragilities' }, kind: 'computed' },
    { id: 'siat-index', header: { fr: 'Indice SIAT', en: 'SIAT index' }, kind: 'computed' },
    { id: 'social-value', header: { fr: 'Valeur sociale (€)', en: 'Social value (€)' }, kind: 'computed', format: FORMATS.euro },
    { id: 'sroi', header: { fr: 'SROI', en: 'SROI' }, aliases: ['Ratio SROI'], kind: 'computed', format: FORMATS.ratio },
  ],
};

export const AMI: SheetSpec = INSTRUMENTS.ami.sheet;
export const SRL: SheetSpec = INSTRUMENTS.srl.sheet;
export const VALUE_CAPTURE: SheetSpec = INSTRUMENTS.vc.sheet;
export const SIAT: SheetSpec = INSTRUMENTS.siat.sheet;

export const VALUATION: SheetSpec = {
  id: 'valuation',
  name: { fr: 'Valorisation', en: 'Valuation' },
  namedRange: 'VALORISATION',
  columns: [
    { ...ID, header: { fr: 'ID projet', en: 'Project ID' }, aliases: ['ID', 'Projet', 'Project'] },
    { id: 'stakeholder', header: { fr: 'Partie prenante', en: 'Stakeholder' }, aliases: ['Parties prenantes', 'Bénéficiaires'], kind: 'text' },
    { id: 'outcome', header: { fr: 'Effet', en: 'Outcome' }, aliases: ['Changement', 'Impact'], kind: 'text' },
    { id: 'indicator', header: { fr: 'Indicateur', en: 'Indicator' }, kind: 'text' },
    { id: 'quantity', header: { fr: 'Quantité', en: 'Quantity' }, kind: 'number' },
    { id: 'unit', header: { fr: 'Unité', en: 'Unit' }, kind: 'text' },
    { id: 'proxy', header: { fr: 'Proxy financier (€/unité/an)', en: 'Financial proxy (€/unit/year)' }, aliases: ['Proxy', 'Proxy financier', 'Financial proxy'], kind: 'amount' },
    { id: 'proxy-source', header: { fr: 'Source du proxy', en: 'Proxy source' }, aliases: ['Source'], kind: 'text' },
    { id: 'deadweight', header: { fr: 'Point mort', en: 'Deadweight' }, kind: 'percent' },
    { id: 'attribution', header: { fr: 'Attribution', en: 'Attribution' }, kind: 'percent' },
    { id: 'displacement', header: { fr: 'Déplacement', en: 'Displacement' }, kind: 'percent' },
    { id: 'dropoff', header: { fr: 'Érosion annuelle', en: 'Drop-off' }, aliases: ['Érosion', 'Drop-off'], kind: 'percent' },
    { id: 'years', header: { fr: 'Durée (années)', en: 'Duration (years)' }, aliases: ['Durée', 'Duration'], kind: 'years' },
    { id: 'present-value', header: { fr: 'Valeur actualisée (€)', en: 'Present value (€)' }, kind: 'computed', format: FORMATS.euro },
  ],
};

/** Sheets made of one row per project, matched by ID to Projets by syncProjects and the sidebar. */
export const INSTRUMENT_SHEETS: readonly SheetSpec[] = [AMI, SRL, VALUE_CAPTURE, SIAT];

// Listed, not spread from INSTRUMENT_SHEETS: the top level builds nothing.
export const WORKBOOK: readonly SheetSpec[] = [PROJECTS, AMI, SRL, VALUE_CAPTURE, SIAT, VALUATION];

export function column(sheet: SheetSpec, id: string): ColumnSpec {
  const c = sheet.columns.find((x) => x.id === id);
  if (!c) throw new Error(`No column ${id} in sheet ${sheet.id}`);
  return c;
}
