import type { Source } from '../frameworks';
import type { Text } from '../i18n';

/**
 * The target social system (« Modélisation du système cible », seed 003): the actors of a project,
 * each placed in one of « Les 4 catégories d'innovations » with one of « Les 3 rôles possibles dans
 * la dynamique d'innovation ». The categories' names and descriptions and the roles' sentences are the
 * seed's, verbatim; the roles' short names (what a matrix's column heads say) are ours
 * (SYSTEM_SHORT_NOTE says so). English translations are ours.
 *
 * The table is kept per project, not per assessment: it describes the project's actors (who they are
 * is a fact the project states), not a reviewer's judgement, so a project has one set of rows, one per
 * actor and category, that anyone updates.
 *
 * Data only: no logic, no top-level computation.
 */
export const SYSTEM_SOURCE: Source = {
  citation:
    "« Comprendre les dynamiques et les besoins liés aux démarches d'innovation sociale — 11 études de cas », schéma « Modélisation du système cible » (Les 4 catégories d'innovations, Les 3 rôles possibles dans la dynamique d'innovation), programme TRAJETS, LabCom DESTINS (Ellyx – Université de Poitiers – CNRS).",
  licence:
    'Courtes citations reproduites à l’identique avec mention de la source. Les noms courts des rôles, la matrice catégories × rôles et ses cases vides sont propres au module.',
};

export type SystemCategoryId = 'experimentation' | 'cooperation' | 'modelisation' | 'plaidoyer';

export interface SystemCategory {
  id: SystemCategoryId;
  /** The seed's name, verbatim (the dropdown's value). */
  label: Text;
  /** The seed's « Visant à … » line, verbatim. */
  description: Text;
}

/** « Les 4 catégories d'innovations », in the seed's order. */
export const SYSTEM_CATEGORIES: readonly SystemCategory[] = [
  {
    id: 'experimentation',
    label: { fr: 'Expérimentation', en: 'Experimentation' },
    description: {
      fr: "Visant à faire la preuve d'une offre ou d'une action, dans un environnement dégradé (au sens où l'écosystème n'est pas prêt à recevoir l'innovation de manière pleine et entière)",
      en: 'Aiming to prove an offer or an action in a degraded environment (in the sense that the ecosystem is not ready to take in the innovation fully)',
    },
  },
  {
    id: 'cooperation',
    label: { fr: 'Coopération', en: 'Cooperation' },
    description: {
      fr: "Visant à structurer les partenariats et les alliances au sein d'une filière, d'un territoire ou d'un écosystème complexe",
      en: 'Aiming to structure partnerships and alliances within a sector, a territory or a complex ecosystem',
    },
  },
  {
    id: 'modelisation',
    label: { fr: 'Modélisation', en: 'Modelling' },
    description: {
      fr: 'Visant à consolider les modèles, à structurer les métiers et compétences, à sécuriser la durabilité des effets recherchés',
      en: 'Aiming to consolidate models, structure trades and skills, and secure the durability of the intended effects',
    },
  },
  {
    id: 'plaidoyer',
    label: { fr: 'Plaidoyer', en: 'Advocacy' },
    description: {
      fr: 'Visant à faire évoluer les cadres pratiques et législatifs, et à faire émerger de nouvelles représentations et de nouveaux imaginaires',
      en: 'Aiming to change practical and legislative frameworks, and to bring out new representations and imaginaries',
    },
  },
];

export type SystemRoleId = 'cle' | 'partage' | 'marginal';

export interface SystemRole {
  id: SystemRoleId;
  /** The seed's sentence, verbatim (the dropdown's value). */
  label: Text;
  /** A matrix's column head (ours). */
  short: Text;
}

/** « Les 3 rôles possibles dans la dynamique d'innovation », in the seed's order (strongest first). */
export const SYSTEM_ROLES: readonly SystemRole[] = [
  {
    id: 'cle',
    label: { fr: "L'acteur concerné a un rôle-clé dans la conduite de l'innovation", en: 'The actor has a key role in leading the innovation' },
    short: { fr: 'Rôle-clé', en: 'Key role' },
  },
  {
    id: 'partage',
    label: { fr: "L'acteur concerné assume avec d'autres la conduite de l'innovation", en: 'The actor leads the innovation together with others' },
    short: { fr: 'Conduite partagée', en: 'Shared lead' },
  },
  {
    id: 'marginal',
    label: {
      fr: "L'acteur concerné intervient marginalement dans la conduite de l'innovation",
      en: 'The actor takes a marginal part in leading the innovation',
    },
    short: { fr: 'Rôle marginal', en: 'Marginal role' },
  },
];

export const SYSTEM_SHORT_NOTE: Text = { fr: 'Nom court du rôle donné par le module.', en: 'Short name of the role given by the add-on.' };
