import type { Text } from '../core/i18n';
import { once } from '../core/lazy';
import { AMI_CRITERIA } from '../core/ami/grid';
import { SRL_LEVELS } from '../core/srl/scale';
import { VC_FAMILIES, VC_POINTS } from '../core/value-capture/checklist';
import { SIAT_DIMENSIONS } from '../core/siat/template';
import { FORMATS } from './formats';

/**
 * The workbook's layout as data: which sheets exist and which columns each holds, by stable id.
 * Code finds every column by its header (French, English or an alias; see headers.ts), never by
 * position, so users may reorder columns and add their own. The template builder, the project sync
 * and the sidebar's endpoints all read this one description.
 *
 * The instrument sheets' columns derive from the frameworks' data: they are built on first read of
 * `columns` (a getter), never when the module loads — dist/Code.js is evaluated again on every
 * custom-function call, and those calls never need the workbook's layout.
 */
export type ColumnKind =
  | 'id' // project ID (P-0001): the key every instrument sheet matches on
  | 'text' // free text written by users: always written as literal text
  | 'status' // project status dropdown
  | 'date'
  | 'level' // 0–3 AMI level dropdown (Inexistant … Fort)
  | 'answer' // 0–3 value-capture answer dropdown
  | 'completion' // SRL evidence of one level: 0–100 %
  | 'srl' // a declared SRL 1–9 (target)
  | 'siat' // a SIAT item answer 1–5
  | 'amount' // euros
  | 'number'
  | 'percent' // a proportion 0–1 shown as %
  | 'years'
  | 'computed'; // filled by a formula in the header cell: never written by the add-on's actions

export interface ColumnSpec {
  id: string;
  header: Text;
  aliases?: readonly string[];
  kind: ColumnKind;
  /** Help shown in the data validation and the header's note. */
  help?: Text;
  /** The framework element this column holds (criterion id, SRL level, point id, item id, family id). */
  ref?: string;
  /** Number format of the data cells when the kind's default does not fit (see formats.ts). */
  format?: string;
}

export type SheetId = 'projects' | 'ami' | 'srl' | 'vc' | 'siat' | 'valuation';

export interface SheetSpec {
  id: SheetId;
  name: Text;
  columns: readonly ColumnSpec[];
  /** The named range that covers the table (users' formulas and the dashboard refer to it). */
  namedRange: string;
}

const ID: ColumnSpec = { id: 'id', header: { fr: 'ID', en: 'ID' }, aliases: ['Identifiant', 'ID projet', 'Project ID', 'Code'], kind: 'id' };
const NAME: ColumnSpec = {
  id: 'name',
  header: { fr: 'Nom du projet', en: 'Project name' },
  aliases: ['Nom', 'Projet', 'Name', 'Project', 'Intitulé'],
  kind: 'text',
};
const note = (label: Text): Text => ({ fr: `Commentaire – ${label.fr}`, en: `Comment – ${label.en}` });

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

const amiColumns = once((): readonly ColumnSpec[] => [
  ID,
  NAME,
  // The 12 levels side by side, so that the natural range works as typed (`=AMI_SCORE(C2:N)`), then
  // a comment per criterion as a block: the seed's workshop asks reviewers to justify each level.
  ...AMI_CRITERIA.map((c): ColumnSpec => ({ id: `level:${c.id}`, header: c.label, aliases: c.aliases, kind: 'level', ref: c.id })),
  ...AMI_CRITERIA.map((c): ColumnSpec => ({ id: `comment:${c.id}`, header: note(c.label), kind: 'text', ref: c.id })),
  { id: 'improvements', header: { fr: 'Axes d’amélioration', en: 'Improvement areas' }, aliases: ["Axes d'amélioration", 'Axes de progrès'], kind: 'text' },
  { id: 'portage', header: { fr: 'Portage', en: 'Project holders' }, kind: 'computed' },
  { id: 'contenu', header: { fr: 'Contenu', en: 'Content' }, kind: 'computed' },
  { id: 'contexte', header: { fr: 'Contexte', en: 'Context' }, kind: 'computed' },
  { id: 'total', header: { fr: 'Total AMI', en: 'AMI total' }, kind: 'computed' },
  { id: 'gaps', header: { fr: 'Écarts au niveau Fort', en: 'Gaps to Strong' }, aliases: ['Écarts', 'Gaps'], kind: 'computed' },
]);

export const AMI: SheetSpec = {
  id: 'ami',
  name: { fr: 'Grille AMI', en: 'AMI grid' },
  namedRange: 'GRILLE_AMI',
  get columns() {
    return amiColumns();
  },
};

const srlColumns = once((): readonly ColumnSpec[] => [
  ID,
  NAME,
  ...SRL_LEVELS.map((l): ColumnSpec => ({
    id: `evidence:${l.level}`,
    header: { fr: `SRL ${l.level}`, en: `SRL ${l.level}` },
    aliases: [`Niveau ${l.level}`, `Level ${l.level}`],
    kind: 'completion',
    ref: String(l.level),
    help: { fr: `${l.title} — ${l.description}`, en: `${l.shortEn} — ${l.title}` },
  })),
  { id: 'evidence-notes', header: { fr: 'Preuves', en: 'Evidence' }, aliases: ['Notes de preuve', 'Justificatifs', 'Evidence notes'], kind: 'text' },
  { id: 'target', header: { fr: 'SRL visé', en: 'Target SRL' }, aliases: ['SRL cible', 'Cible'], kind: 'srl' },
  { id: 'level', header: { fr: 'SRL atteint', en: 'SRL reached' }, aliases: ['Niveau atteint'], kind: 'computed' },
  { id: 'phase', header: { fr: 'Phase', en: 'Phase' }, kind: 'computed' },
  { id: 'label', header: { fr: 'Intitulé du niveau', en: 'Level title' }, kind: 'computed' },
  { id: 'gap', header: { fr: 'Écart à la cible', en: 'Gap to target' }, kind: 'computed' },
]);

export const SRL: SheetSpec = {
  id: 'srl',
  name: { fr: 'SRL', en: 'SRL' },
  namedRange: 'SRL_PREUVES',
  get columns() {
    return srlColumns();
  },
};

const valueCaptureColumns = once((): readonly ColumnSpec[] => [
  ID,
  NAME,
  // The 5 answers side by side (`=VC_SCORE(C2:G)` as typed), then their notes as a block.
  ...VC_POINTS.map((p): ColumnSpec => ({ id: `answer:${p.id}`, header: p.label, kind: 'answer', ref: p.id, help: p.question })),
  ...VC_POINTS.map((p): ColumnSpec => ({ id: `note:${p.id}`, header: { fr: `Note – ${p.label.fr}`, en: `Note – ${p.label.en}` }, kind: 'text', ref: p.id })),
  ...VC_FAMILIES.map((f): ColumnSpec => ({
    id: `amount:${f.id}`,
    header: { fr: `${f.label.fr} (€)`, en: `${f.label.en} (€)` },
    aliases: [f.label.fr, f.label.en],
    kind: 'amount',
    ref: f.id,
  })),
  { id: 'score', header: { fr: 'Score captation', en: 'Capture score' }, kind: 'computed' },
  { id: 'flags', header: { fr: 'Fragilités', en: 'Fragilities' }, kind: 'computed' },
  { id: 'dominant', header: { fr: 'Famille dominante', en: 'Dominant family' }, kind: 'computed' },
  { id: 'hybridity', header: { fr: 'Hybridité', en: 'Hybridity' }, kind: 'computed', format: FORMATS.ratio },
  { id: 'dominant-share', header: { fr: 'Part dominante', en: 'Dominant share' }, kind: 'computed', format: FORMATS.percent },
]);

export const VALUE_CAPTURE: SheetSpec = {
  id: 'vc',
  name: { fr: 'Captation de valeur', en: 'Value capture' },
  namedRange: 'CAPTATION',
  get columns() {
    return valueCaptureColumns();
  },
};

const siatColumns = once((): readonly ColumnSpec[] => [
  ID,
  NAME,
  ...SIAT_DIMENSIONS.flatMap((d) =>
    d.items.map((item, i): ColumnSpec => ({
      id: `item:${item.id}`,
      header: { fr: `${d.label.fr} ${i + 1}`, en: `${d.label.en} ${i + 1}` },
      kind: 'siat',
      ref: item.id,
      help: item.label,
    })),
  ),
  ...SIAT_DIMENSIONS.map((d): ColumnSpec => ({ id: `dimension:${d.id}`, header: { fr: `Score ${d.label.fr}`, en: `${d.label.en} score` }, kind: 'computed', ref: d.id })),
  { id: 'index', header: { fr: 'Indice SIAT', en: 'SIAT index' }, kind: 'computed' },
]);

export const SIAT: SheetSpec = {
  id: 'siat',
  name: { fr: 'SIAT', en: 'SIAT' },
  namedRange: 'SIAT',
  get columns() {
    return siatColumns();
  },
};

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
