import type { Source } from '../frameworks';
import type { Text } from '../i18n';

/**
 * Social R&D (La Recherche-Développement Sociale): the five criteria that qualify an R&D approach,
 * from seed 003 (Concept n°2: « 5 critères essentiels ressortent de cette définition pour qualifier
 * une démarche de R&D »). The criteria's names are the seed's, verbatim; the seed gives no sentence
 * per criterion, so each criterion's question is this project's own (RND_QUESTIONS_NOTE says so),
 * beside the seed's definition of R&D (the Frascati Manual, quoted by the seed).
 *
 * Data only: no logic, no top-level computation.
 */
export const RND_SOURCE: Source = {
  citation:
    "« Comprendre les dynamiques et les besoins liés aux démarches d'innovation sociale — 11 études de cas », Concept n°2 : La Recherche-Développement Sociale (R&D sociale), LabCom DESTINS (Ellyx – Université de Poitiers – CNRS), citant le Manuel de Frascati (OCDE, 2022).",
  licence:
    'Courtes citations reproduites à l’identique avec mention de la source. Les questions posées pour chaque critère, la règle « critère réuni » et le verdict sont propres au module.',
};

export type RndCriterionId = 'nouveaute' | 'creativite' | 'incertitude' | 'transferabilite' | 'systematique';

export interface RndCriterion {
  id: RndCriterionId;
  /** The seed's name of the criterion, verbatim. */
  label: Text;
  /** The criterion as the verdict names it, in a list (« nouveauté, incertitude »). */
  short: Text;
  /** The module's question for the criterion (ours, not the seed's). */
  question: Text;
}

/** The seed's definition of R&D (Frascati), verbatim: shown with every criterion. */
export const RND_DEFINITION: Text = {
  fr: "« des travaux de création entrepris de façon systématique en vue d'accroître la somme des connaissances, y compris la connaissance de l'homme, de la culture et de la société, ainsi que l'utilisation de cette somme de connaissances pour de nouvelles applications » (Manuel de Frascati, OCDE, 2022).",
  en: '"creative work undertaken on a systematic basis in order to increase the stock of knowledge, including knowledge of humankind, culture and society, and the use of this stock of knowledge to devise new applications" (Frascati Manual, OECD, 2022).',
};

/** The seed's line on what makes R&D social, verbatim: with the checklist's source. */
export const RND_SOCIAL: Text = {
  fr: "Les démarches de R&D sociale s'inscrivent dans la réponse à un besoin ou un enjeu sociétal.",
  en: 'Social R&D approaches respond to a societal need or issue.',
};

export const RND_QUESTIONS_NOTE: Text = { fr: 'Question rédigée par le module.', en: 'Question written by the add-on.' };

export const RND_CRITERIA: readonly RndCriterion[] = [
  {
    id: 'nouveaute',
    label: { fr: 'La nouveauté', en: 'Novelty' },
    short: { fr: 'nouveauté', en: 'novelty' },
    question: {
      fr: 'La démarche vise-t-elle des connaissances ou des solutions nouvelles, au-delà de ce qui existe déjà sur le territoire ou dans le secteur ?',
      en: 'Does the approach seek new knowledge or solutions, beyond what already exists in the territory or the sector?',
    },
  },
  {
    id: 'creativite',
    label: { fr: 'La créativité', en: 'Creativity' },
    short: { fr: 'créativité', en: 'creativity' },
    question: {
      fr: 'Repose-t-elle sur des idées, des hypothèses ou des approches originales, et non sur l’application d’une méthode éprouvée ?',
      en: 'Does it rest on original ideas, hypotheses or approaches, rather than on applying a proven method?',
    },
  },
  {
    id: 'incertitude',
    label: { fr: "L'incertitude", en: 'Uncertainty' },
    short: { fr: 'incertitude', en: 'uncertainty' },
    question: {
      fr: 'Son résultat est-il incertain au départ (on ne sait pas encore si et comment la solution fonctionnera) ?',
      en: 'Is its outcome uncertain at the start (it is not yet known whether and how the solution will work)?',
    },
  },
  {
    id: 'transferabilite',
    label: { fr: 'La transférabilité', en: 'Transferability' },
    short: { fr: 'transférabilité', en: 'transferability' },
    question: {
      fr: 'Ses résultats peuvent-ils être partagés, reproduits ou réutilisés par d’autres acteurs ou sur d’autres territoires ?',
      en: 'Can its results be shared, reproduced or reused by other actors or in other territories?',
    },
  },
  {
    id: 'systematique',
    label: { fr: 'La dimension systématique de la démarche', en: 'The systematic nature of the approach' },
    short: { fr: 'dimension systématique', en: 'systematic approach' },
    question: {
      fr: 'La démarche est-elle planifiée et documentée (hypothèses, protocole, suivi, traces des résultats) ?',
      en: 'Is the approach planned and documented (hypotheses, protocol, monitoring, records of results)?',
    },
  },
];
