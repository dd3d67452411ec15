import type { Source } from '../frameworks';
import type { Text } from '../i18n';

/**
 * The experimentation protocol (seed 003, « Le protocole d'expérimentation »): the « 6 grandes
 * étapes » that « l'on retrouve dans tout protocole d'expérimentation », each with its objective.
 * Titles and objectives are the seed's, verbatim (English translations are ours). The seed numbers
 * the steps 1 to 6 but prints step 5 before step 4; the steps are kept here in the order of their
 * numbers. The statuses a step takes and the SRL levels it evidences are ours (SRL_LINK below).
 *
 * Data only: no logic, no top-level computation.
 */
export const PROTOCOL_SOURCE: Source = {
  citation:
    "« Comprendre les dynamiques et les besoins liés aux démarches d'innovation sociale — 11 études de cas », « Le protocole d'expérimentation » (les 6 grandes étapes), programme TRAJETS, LabCom DESTINS (Ellyx – Université de Poitiers – CNRS).",
  licence:
    'Courtes citations reproduites à l’identique avec mention de la source. Les statuts d’une étape (à faire, en cours, fait) et le lien entre étapes et niveaux SRL sont propres au module.',
};

export interface ProtocolStep {
  /** The seed's number (1–6). */
  number: number;
  /** The step's title, verbatim. */
  title: Text;
  /** What the step is for, verbatim (the seed's sentence after the title). */
  objective: Text;
  /**
   * The SRL levels of the pilot phase (4–7, core/srl/scale.ts) this step, once done, evidences: ours,
   * not the seed's (the seed links the protocol to the experimentation, and SRL 4–7 to the pilot).
   */
  srl: readonly number[];
}

/**
 * Why each step evidences those levels (ours): SRL 4 « Modélisation du système et identification des
 * fonctions clés » is what step 1 formulates; SRL 5 « Prototypage des fonctions clés » (« mises en
 * test in situ ») needs the test organised (2), its tools (3) and the tests run (4); SRL 6
 * « Préparation du démonstrateur » (« conditions de mise en œuvre réunies ») rests on the lessons
 * drawn from the tests (5); SRL 7 « son impact est évalué et objectivé » on the results shared and
 * discussed with the stakeholders (6).
 */
export const SRL_LINK_NOTE: Text = {
  fr: 'Lien entre étapes et niveaux SRL proposé par le module (la phase pilote, niveaux 4 à 7) : ce n’est pas celui de la source.',
  en: 'Link between steps and SRL levels proposed by the add-on (the pilot phase, levels 4 to 7): not the source’s.',
};

export const PROTOCOL_STEPS: readonly ProtocolStep[] = [
  {
    number: 1,
    title: { fr: "Formuler et prioriser ce que l'on va tester (fonctions clés)", en: 'Formulate and prioritise what will be tested (key functions)' },
    objective: {
      fr: "il s'agit pour les acteurs portant l'expérimentation de définir quelles sont les fonctionnalités clés (activités centrales) de l'innovation sociale en question.",
      en: 'the actors carrying the experimentation define the key functions (core activities) of the social innovation in question.',
    },
    srl: [4],
  },
  {
    number: 2,
    title: { fr: "Planifier et organiser la démarche d'expérimentation", en: 'Plan and organise the experimentation' },
    objective: {
      fr: "il s'agit d'assurer l'organisation de l'expérimentation, sur des aspects opérationnels (qui, quoi, quand).",
      en: 'organising the experimentation in its operational aspects (who, what, when).',
    },
    srl: [5],
  },
  {
    number: 3,
    title: {
      fr: 'Co-construire les outils permettant de tester les fonctions clés (avec des critères de validation)',
      en: 'Co-design the tools to test the key functions (with validation criteria)',
    },
    objective: {
      fr: "à réaliser conjointement avec l'étape de 2 de planification : en parallèle de l'organisation opérationnelle, il s'agit de voir quels outils peuvent être utilisés pour l'observation et la collecte des données.",
      en: 'to be done together with step 2, planning: alongside the operational organisation, finding which tools can be used to observe and collect data.',
    },
    srl: [5],
  },
  {
    number: 4,
    title: {
      fr: 'Réaliser les tests et leurs observations (collecte de données/enseignements)',
      en: 'Run the tests and observe them (collecting data/lessons)',
    },
    objective: {
      fr: "étape du déploiement concret du protocole d'expérimentation, il s'agit de collecter les données et observations, sur la base du planning et des outils définis lors des étapes précédentes.",
      en: 'the protocol deployed in practice: collecting data and observations, following the plan and the tools defined in the earlier steps.',
    },
    srl: [5],
  },
  {
    number: 5,
    title: { fr: 'Rendre compte des observations/enseignements issus des tests', en: 'Report the observations/lessons from the tests' },
    objective: {
      fr: "après avoir testé les fonctionnalités clés de l'expérimentation et avoir collecté les données d'observation correspondantes, il s'agit d'analyser les résultats.",
      en: 'once the key functions have been tested and the observation data collected, analysing the results.',
    },
    srl: [6],
  },
  {
    number: 6,
    title: { fr: 'Partager / mettre en discussion les résultats des tests', en: 'Share / discuss the test results' },
    objective: {
      fr: "sur la base des analyses produites, il s'agit de mettre en discussions collectivement, entre les différentes parties prenantes, les résultats des fonctionnalités de l'expérimentation testée.",
      en: 'on the basis of the analyses, discussing the results collectively among the stakeholders.',
    },
    srl: [7],
  },
];

export type StepStatus = 'todo' | 'doing' | 'done';

/** A step's statuses (ours), in order: the dropdown's values. */
export const STEP_STATUSES: readonly { id: StepStatus; label: Text }[] = [
  { id: 'todo', label: { fr: 'À faire', en: 'To do' } },
  { id: 'doing', label: { fr: 'En cours', en: 'In progress' } },
  { id: 'done', label: { fr: 'Fait', en: 'Done' } },
];
