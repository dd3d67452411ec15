import type { Four, Text } from './i18n';

/**
 * Shapes of the frameworks' data. Each framework's content lives in its own module
 * (ami/grid.ts, srl/scale.ts, value-capture/checklist.ts, siat/template.ts) with its source named there.
 */

/** Where a framework's wording comes from, shown in help and templates. */
export interface Source {
  /** Human-readable citation (title, author, year). */
  citation: string;
  /** Licence or reuse note when the text is not ours. */
  licence?: string;
}

// ---- AMI grid (Région Nouvelle-Aquitaine) -------------------------------------------------------

export type AmiGroupId = 'portage' | 'contenu' | 'contexte';

export interface AmiGroup {
  id: AmiGroupId;
  label: Text;
}

export interface AmiCriterion {
  /** Stable identifier used in code and sheet metadata (kebab-case, never shown). */
  id: string;
  group: AmiGroupId;
  /** Column header and display name. fr = the seed's wording. */
  label: Text;
  /** Other names accepted as column headers (the Région's public page wording, short forms). */
  aliases: readonly string[];
  /** What each level 0 Inexistant … 3 Fort means for this criterion. fr verbatim from the seed. */
  descriptors: { fr: Four<string>; en: Four<string> };
}

// ---- Societal Readiness Level (Ellyx – Université de Poitiers – CNRS) ----------------------------

export type SrlPhaseId = 'concept' | 'pilote' | 'institutionnalisation';

export interface SrlPhase {
  id: SrlPhaseId;
  label: Text;
  /** Levels in this phase, inclusive (see formulas.md: 1–4, 5–7, 8–9). */
  from: number;
  to: number;
}

export interface SrlLevel {
  level: number;
  /** The seed's title, verbatim (CC BY-ND: no derivative wording). */
  title: string;
  /** The seed's one-sentence description, verbatim. */
  description: string;
  /** A short English name of the project's own (not a translation of the licensed text). */
  shortEn: string;
}

// ---- Value-capture checklist (seed 003, chapter OUVERTURE) ---------------------------------------

export type VcPointId = 'risque' | 'sur-effort' | 'co-benefices' | 'perennite' | 'elasticite';

export interface VcPoint {
  id: VcPointId;
  label: Text;
  /** The seed's question(s) for this point, verbatim in fr; our translation in en. */
  question: Text;
  /** Level descriptors, 3 = the secure situation. */
  descriptors: { fr: Four<string>; en: Four<string> };
  /**
   * Short answers 0–3, the dropdown's words (the descriptor is their help). Each point has its own:
   * the AMI levels (Inexistant…Fort) read backwards here (« Sur-effort : Inexistant » sounds secure).
   * Distinct across all points, so a cell's words give one level whatever its column.
   */
  answers: { fr: Four<string>; en: Four<string> };
}

export type VcFamilyId = 'marche' | 'redistribution' | 'communaute' | 'tiers';

export interface VcFamily {
  id: VcFamilyId;
  label: Text;
  /** The seed's definition (fr verbatim), with its examples when it gives some. */
  definition: Text;
}

// ---- SIAT (H2020 SMARTCHAIN Social Innovation Assessment Template) -------------------------------

export type SiatDimensionId = 'economique' | 'environnementale' | 'socio-culturelle' | 'gouvernance' | 'influence';

export interface SiatItem {
  id: string;
  /** A statement answered on a 1–5 scale (1 = not at all, 5 = fully). Starter set written by this project: the « circuits courts » wording. */
  label: Text;
  /** The same statement for any sector (issue 14 §6, ours too), where the short-supply-chain wording does not fit; absent: `label` fits every sector. */
  general?: Text;
}

export interface SiatDimension {
  id: SiatDimensionId;
  label: Text;
  description: Text;
  /** The description for any sector, where `description` speaks of a supply chain. */
  generalDescription?: Text;
  items: readonly SiatItem[];
}
