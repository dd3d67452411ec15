import type { Source } from '../frameworks';
import type { Four, Text } from '../i18n';

/**
 * The markers of social innovation of the Institut Jean-Baptiste Godin (seed 001, « Les éléments
 * constitutifs de l'innovation sociale » and « L'innovation sociale une définition extensive »): nine
 * markers in four blocks. fr is the seed's wording, verbatim (its straight apostrophes and its
 * « Etouvie » kept); en is this project's translation. The answer scale and its descriptors
 * (GODIN_SCALE) and the per-block profile (profile.ts) are this project's own, not the Institut's.
 *
 * Data only: no logic, no top-level computation.
 */
export const GODIN_SOURCE: Source = {
  citation:
    "Nicolas Chochoy, Institut Jean-Baptiste Godin, « Qu'est ce que l'innovation sociale ? », Journée d'échanges autour des enjeux de l'innovation sociale en Nord-Pas-de-Calais, Familistère de Guise, 5 novembre 2013 : « Les éléments constitutifs de l'innovation sociale », « L'innovation sociale une définition extensive », exemples Initi'elles Etouvie (Amiens) et Graines de Pays (Oise).",
  licence:
    "Les diapositives portent la mention « Toute forme de reproduction nécessite l'accord préalable des auteurs » : le module n'en reprend que de courtes citations (intitulés des marqueurs, phrases de la définition, exemples), avec cette mention de la source. L'échelle de réponse (0 Inexistant à 3 Fort), ses descripteurs et le profil par bloc sont propres au module.",
};

export type GodinBlockId = 'emergence' | 'processus' | 'resultat' | 'impacts';

export interface GodinBlock {
  id: GodinBlockId;
  /** The seed's block title (« Emergence » there, accented here: the seed's spelling is an alias). */
  label: Text;
  aliases: readonly string[];
}

export interface GodinMarker {
  id: string;
  block: GodinBlockId;
  /** The seed's marker title, verbatim. */
  label: Text;
  aliases: readonly string[];
  /** What the seed says the marker is: its sentence of « une définition extensive » or its slide's caption, verbatim. */
  definition: Text;
  /** The seed's two worked examples, verbatim. */
  examples: { initielles: Text; grainesDePays: Text };
}

export const GODIN_BLOCKS: readonly GodinBlock[] = [
  { id: 'emergence', label: { fr: 'Émergence', en: 'Emergence' }, aliases: ['Emergence'] },
  { id: 'processus', label: { fr: 'Processus', en: 'Process' }, aliases: [] },
  { id: 'resultat', label: { fr: 'Résultat', en: 'Result' }, aliases: ['Resultat'] },
  { id: 'impacts', label: { fr: 'Impacts et diffusion', en: 'Impacts and diffusion' }, aliases: ['Impacts'] },
];

/** The example projects' names, as the seed titles them. */
export const GODIN_EXAMPLES: { initielles: Text; grainesDePays: Text } = {
  initielles: { fr: "Initi'elles Etouvie (Amiens)", en: "Initi'elles Etouvie (Amiens)" },
  grainesDePays: { fr: 'Graines de Pays (Oise)', en: 'Graines de Pays (Oise)' },
};

export const GODIN_MARKERS: readonly GodinMarker[] = [
  {
    id: 'finalite',
    block: 'emergence',
    label: { fr: 'Finalité sociale', en: 'Social purpose' },
    aliases: ['Finalite sociale'],
    definition: {
      fr: "répondre à un besoin social — « L'innovation sociale est motivée par la volonté de répondre à un besoin social et/ou par une aspiration sociale (la visée d'un idéal social). »",
      en: 'meeting a social need — "Social innovation is driven by the will to meet a social need and/or by a social aspiration (the pursuit of a social ideal)."',
    },
    examples: {
      initielles: {
        fr: "accessibilité au dépistage du cancer du sein sur le quartier d'Etouvie (Amiens)",
        en: 'access to breast cancer screening in the Etouvie district (Amiens)',
      },
      grainesDePays: { fr: 'accessibilité aux usages du numérique', en: 'access to digital uses' },
    },
  },
  {
    id: 'aspiration',
    block: 'emergence',
    label: { fr: 'Aspiration sociale', en: 'Social aspiration' },
    aliases: [],
    definition: { fr: 'être guidé par un idéal social', en: 'being guided by a social ideal' },
    examples: {
      initielles: { fr: 'améliorer les pratiques de santé par une logique ascendante', en: 'improving health practices bottom-up' },
      grainesDePays: {
        fr: 'améliorer la création et la formation aux outils numériques par une logique ascendante',
        en: 'improving creation and training in digital tools bottom-up',
      },
    },
  },
  {
    id: 'ancrage',
    block: 'processus',
    label: { fr: 'Ancrage territorial', en: 'Territorial roots' },
    aliases: [],
    definition: {
      fr: "mobiliser les acteurs du territoire et construire une identité territoriale — « La dimension sociale prend forme dans un processus collectif marqué par des pratiques solidaires. Celles-ci sont constitutives d'un ancrage territorial fort et d'une gouvernance élargie et participative, se traduisant par un modèle économique pluriel. »",
      en: 'mobilising the local actors and building a territorial identity — "The social dimension takes shape in a collective process marked by solidarity practices. These make up strong territorial roots and a broad, participatory governance, translated into a plural economic model."',
    },
    examples: {
      initielles: {
        fr: 'mobilisation de tous les réseaux : coproduction, bénéficiaires : habitants du quartier',
        en: 'mobilising every network: co-production, beneficiaries: the district’s residents',
      },
      grainesDePays: {
        fr: 'habitants, concepteurs, chercheurs, champ médical, social, etc.',
        en: 'residents, designers, researchers, medical and social fields, etc.',
      },
    },
  },
  {
    id: 'gouvernance',
    block: 'processus',
    label: { fr: 'Gouvernance élargie et participative (empowerment)', en: 'Broad, participatory governance (empowerment)' },
    aliases: ['Gouvernance élargie et participative', 'Gouvernance participative'],
    definition: { fr: "coconstruire et coproduire l'activité", en: 'co-designing and co-producing the activity' },
    examples: {
      initielles: {
        fr: 'organisée en 5 comités comprenant les ambassadrices (autonomes dans leurs activités)',
        en: 'organised in 5 committees including the ambassadors (autonomous in their activities)',
      },
      grainesDePays: { fr: 'En construction ...', en: 'Under construction…' },
    },
  },
  {
    id: 'modele',
    block: 'processus',
    label: { fr: 'Modèle économique pluriel', en: 'Plural economic model' },
    aliases: ['Modele economique pluriel'],
    definition: { fr: "s'appuyer sur différentes ressources", en: 'relying on different resources' },
    examples: {
      initielles: { fr: 'mixité des ressources : non marchandes et réciprocaires', en: 'a mix of resources: non-market and reciprocal' },
      grainesDePays: {
        fr: 'hybridation des ressources : réciprocité, redistribution et prestations',
        en: 'hybrid resources: reciprocity, redistribution and services sold',
      },
    },
  },
  {
    id: 'accessibilite',
    block: 'resultat',
    label: { fr: 'Accessibilité', en: 'Accessibility' },
    aliases: ['Accessibilite'],
    definition: {
      fr: "favoriser l'accessibilité — « Ce processus aboutit à un résultat qui peut être une approche, un produit ou un service, se distinguant par son accessibilité et la logique de service qu'elle sous-tend. »",
      en: 'fostering accessibility — "This process leads to a result, which may be an approach, a product or a service, standing out by its accessibility and the service logic it rests on."',
    },
    examples: {
      initielles: { fr: 'par la mobilisation des réseaux de sociabilité', en: 'by mobilising social networks' },
      grainesDePays: { fr: 'aux usages en incluant le plus en amont possible le bénéficiaire', en: 'to uses, involving the beneficiary as early as possible' },
    },
  },
  {
    id: 'service',
    block: 'resultat',
    label: { fr: 'Logique de service', en: 'Service logic' },
    aliases: [],
    definition: { fr: "privilégier l'usage d'un bien, faire de l'activité un support", en: 'favouring the use of a good, making the activity a medium' },
    examples: {
      initielles: { fr: "l'activité artistique (théâtre) comme support de sensibilisation", en: 'artistic activity (theatre) as a medium for awareness' },
      grainesDePays: { fr: "Le numérique est un support d'apprentissage et de socialisation", en: 'Digital tools are a medium for learning and socialising' },
    },
  },
  {
    id: 'impacts',
    block: 'impacts',
    label: { fr: 'Impacts directs', en: 'Direct impacts' },
    aliases: [],
    definition: {
      fr: "améliorer les conditions de vie et contribuer au développement — « Processus et résultat sont ainsi porteurs d'impacts directs et de changements dans les pratiques et représentations pour les individus, les organisations, le territoire et les collectivités. »",
      en: 'improving living conditions and contributing to development — "Process and result thus carry direct impacts and changes in practices and representations for individuals, organisations, the territory and local authorities."',
    },
    examples: {
      initielles: {
        fr: 'montée en compétences et connaissances, mammographies effectuées, renforcement du lien social, etc.',
        en: 'growth in skills and knowledge, mammograms carried out, stronger social ties, etc.',
      },
      grainesDePays: {
        fr: 'montée en compétences et connaissances, développement de projets etc.',
        en: 'growth in skills and knowledge, projects developed, etc.',
      },
    },
  },
  {
    id: 'changement',
    block: 'impacts',
    label: { fr: 'Changement social', en: 'Social change' },
    aliases: [],
    definition: {
      fr: "« Enfin, la nouveauté de l'innovation sociale réside dans des pratiques en rupture avec les pratiques habituelles, qui peuvent dès lors se diffuser à l'ensemble des acteurs de l'économie. »",
      en: '"Finally, the novelty of social innovation lies in practices breaking with usual practices, which can then spread to all the actors of the economy."',
    },
    examples: {
      initielles: {
        fr: 'évolution des pratiques de santé des acteurs mobilisés autour du projet, etc.',
        en: 'change in the health practices of the actors mobilised around the project, etc.',
      },
      grainesDePays: { fr: 'évolution des pratiques des concepteurs, etc.', en: 'change in the designers’ practices, etc.' },
    },
  },
];

/**
 * The module's own answer scale for a marker (not the Institut's: its slides describe the markers,
 * they do not score them). The words are the AMI grid's four levels, so that every function reading
 * levels (AMI_LEVEL, CONSENSUS, REVIEW_SPREAD) reads a marker too; the descriptors say what each
 * level means for a marker.
 */
export const GODIN_SCALE: { fr: Four<string>; en: Four<string> } = {
  fr: [
    'le marqueur n’apparaît pas dans le projet',
    'le marqueur est visé ou évoqué, sans traduction concrète',
    'le marqueur se traduit dans une partie des activités ou des décisions du projet',
    'le marqueur structure le projet et se vérifie dans ses pratiques, exemples à l’appui',
  ],
  en: [
    'the marker does not show in the project',
    'the marker is aimed at or mentioned, without concrete form',
    'the marker shows in part of the project’s activities or decisions',
    'the marker shapes the project and shows in its practices, with examples',
  ],
};

/** Said under the scale wherever it is shown: whose it is. */
export const GODIN_SCALE_NOTE: Text = {
  fr: 'Échelle et descripteurs propres au module (l’Institut Godin décrit les marqueurs, il ne les note pas).',
  en: 'Scale and descriptors of the add-on’s own (the Institut Godin describes the markers, it does not score them).',
};

/**
 * The plural economic model's resources line up with the value-capture checklist's four families
 * (seed 003): said in the marker's help (issue 14 §1).
 */
export const GODIN_PLURAL_ECONOMY_NOTE: Text = {
  fr: 'Les quatre familles de la feuille « Captation de valeur » recoupent cette économie plurielle : le marché (vente), la redistribution (puissance publique, tiers compensateur) et la réciprocité (communauté).',
  en: 'The four families of the "Value capture" sheet match this plural economy: the market (sales), redistribution (public authority, third-party payer) and reciprocity (community).',
};
