/**
 * Societal Readiness Level (SRL) — the Ellyx – Université de Poitiers – CNRS scale, 9 levels.
 *
 * Source: seed 003_76984837247e84db.txt, « Comprendre les dynamiques et les besoins liés aux démarches
 * d'innovation sociale — 11 études de cas » (Ellyx, programme TRAJETS), table « Échelle Societal
 * Readiness Level », and its concept page « La Societal Readiness Level (SRL) » for the phases.
 *
 * The scale is licensed CC BY-ND 4.0: verbatim reuse with attribution, no derivatives. So the French
 * titles and descriptions are the seed's words exactly (the seed sets the titles in capitals as a layout
 * device; they are stored here in sentence case, e.g. "Prototypage des fonctions clés", with no other
 * change), always shown with the credit line in SRL_SOURCE.licence. English users see short level names
 * of this project's own (`shortEn`) next to the French text — never a translation of it.
 *
 * Data only: no logic, no top-level computation.
 */
import type { Source, SrlLevel, SrlPhase } from '../frameworks';
import type { Text } from '../i18n';

export const SRL_SOURCE: Source = {
  citation:
    "Échelle Societal Readiness Level (SRL), Ellyx – Université de Poitiers – CNRS, Laboratoire Commun ANR Destins ; reproduite dans « Comprendre les dynamiques et les besoins liés aux démarches d'innovation sociale — 11 études de cas » (Ellyx, programme TRAJETS)",
  licence:
    'Échelle SRL Ellyx-Université de Poitiers-CNRS conçue dans le cadre du Laboratoire Commun ANR Destins, CC-BY-ND 4.0 2023, O. Palluault, J. Omer, M.T. Pontois, P. Bendjebbar',
};

/** The 9 levels, in order (index = level − 1). */
export const SRL_LEVELS: readonly SrlLevel[] = [
  {
    level: 1,
    title: 'Besoins et problématisation',
    description: "Approche originale d'un enjeu sociétal. Les besoins sont décrits.",
    shortEn: 'Needs and problem framing',
  },
  {
    level: 2,
    title: 'Formulation du concept',
    description: 'Le concept et ses applications générales sont décrits et caractérisés.',
    shortEn: 'Concept formulated',
  },
  {
    level: 3,
    title: 'Validation du concept',
    description: 'Les applications sociétales du concept sont identifiées, les parties prenantes comprennent et acceptent le concept.',
    shortEn: 'Concept validated',
  },
  {
    level: 4,
    title: 'Modélisation du système et identification des fonctions clés',
    description: 'Les applications du concept et leur combinaison dans le système sont décrites et détaillées.',
    shortEn: 'System modelled, key functions identified',
  },
  {
    level: 5,
    title: 'Prototypage des fonctions clés',
    description: 'Les fonctions du système sont mises en test in situ en contexte dégradé.',
    shortEn: 'Key functions prototyped',
  },
  {
    level: 6,
    title: 'Préparation du démonstrateur',
    description: 'Les conditions de mise en œuvre du démonstrateur sont réunies.',
    shortEn: 'Demonstrator being prepared',
  },
  {
    level: 7,
    title: 'Fonctionnement opérationnel du démonstrateur',
    description: "Le système est expérimenté et déployé dans l'environnement réel ; son impact est évalué et objectivé.",
    shortEn: 'Demonstrator in real operation',
  },
  {
    level: 8,
    title: 'Conditions de normalisation du système',
    description: 'Les processus de normalisation sont qualifiés et évalués.',
    shortEn: 'Conditions for normalisation',
  },
  {
    level: 9,
    title: 'Intégration au sein de la société dans son ensemble',
    description: 'Le système est qualifié et testé, disponible et normalisé.',
    shortEn: 'Integrated in society',
  },
];

/**
 * The three phases. The seed says concept "de 1 à 4", pilote "de 4 à 7", institutionnalisation "de 7 à 9";
 * since a project's level is the highest level reached, levels 4 and 7 close the first two phases
 * (formulas.md): 1–4, 5–7, 8–9.
 */
export const SRL_PHASES: readonly SrlPhase[] = [
  { id: 'concept', label: { fr: 'Concept', en: 'Concept' }, from: 1, to: 4 },
  { id: 'pilote', label: { fr: 'Pilote expérimental', en: 'Experimental pilot' }, from: 5, to: 7 },
  {
    id: 'institutionnalisation',
    label: { fr: 'Institutionnalisation', en: 'Institutionalisation' },
    from: 8,
    to: 9,
  },
];

/** Label of level 0 (level 1 not reached). */
export const SRL_NONE: Text = { fr: 'Aucun niveau atteint', en: 'No level reached' };

// No SRL_PHASE_NEEDS: the seed only says that each phase has "leurs besoins spécifiques d'accompagnement
// et de financement"; it does not describe those needs phase by phase.
