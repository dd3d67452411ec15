/**
 * SIAT — Social Innovation Assessment Template (H2020 SMARTCHAIN, WP3 « Innovation sociale »).
 *
 * Source: seed 000_4229b49cd6abaf91.txt, « Ateliers multi-acteurs - WP3 » (SMARTCHAIN workshop slides:
 * « Éléments moteurs », « Qu'en est-il des meilleures pratiques ayant réussi ? », « D'autres leçons à
 * tirer ? », « SIAT (modèle d'évaluation de l'innovation sociale) »), and the published facts on SIAT
 * (deliverable D3.6: five dimensions — economic, environmental, socio-cultural, governance, influence).
 *
 * Unlike the other framework modules, nothing here is verbatim, because there is nothing public to copy:
 * the original SIAT item list and answer scale are not public. Only the five dimensions come from SIAT.
 * The items are an editable STARTER SET written by this project from the seed's drivers, best practices
 * and lessons, and must be presented as such (see SIAT_SOURCE). Do not pass them off as SIAT's own.
 *
 * Data only: no logic, no top-level computation.
 */
import type { SiatDimension, Source } from '../frameworks';
import type { Text } from '../i18n';

export const SIAT_SOURCE: Source = {
  citation:
    'SIAT – Social Innovation Assessment Template, projet H2020 SMARTCHAIN (convention de subvention n° 773785), lot de travail WP3 « Innovation sociale » dans les circuits courts alimentaires ; livrable D3.6 « Comparative analysis report on SIAT application » (16 études de cas, 9 pays)',
  licence:
    "La liste d'items originale du SIAT et son échelle ne sont pas publiques. Seules les cinq dimensions viennent du SIAT : les items proposés ici sont un jeu de départ modifiable, rédigé par ce projet à partir des éléments moteurs, des meilleures pratiques et des leçons présentés dans l'atelier multi-acteurs SMARTCHAIN WP3.",
};

/**
 * The item wordings a workbook may use (issue 14 §6), picked in Paramètres (VARIANTE_SIAT): « tous
 * secteurs », this project's general wording of the same items (a crèche, a health centre…), or
 * « circuits courts », the starter set as first written for short food supply chains. The items,
 * their order and their scores are the same in both: only the words shown change.
 */
export type SiatVariant = 'general' | 'circuits-courts';

export const SIAT_VARIANTS: readonly { id: SiatVariant; label: Text }[] = [
  { id: 'general', label: { fr: 'tous secteurs', en: 'all sectors' } },
  { id: 'circuits-courts', label: { fr: 'circuits courts', en: 'short supply chains' } },
];

export const DEFAULT_SIAT_VARIANT: SiatVariant = 'general';

/** Answer labels of the 1–5 scale (index 0 = answer 1 … index 4 = answer 5). */
export const SIAT_SCALE: readonly Text[] = [
  { fr: 'Pas du tout', en: 'Not at all' },
  { fr: 'Un peu', en: 'Slightly' },
  { fr: 'Moyennement', en: 'Moderately' },
  { fr: 'En grande partie', en: 'Largely' },
  { fr: 'Tout à fait', en: 'Fully' },
];

/**
 * The five dimensions, in the contract order of formulas.md (column order of SIAT_INDEX).
 * Each item is a statement answered on SIAT_SCALE (1 = not at all … 5 = fully).
 */
export const SIAT_DIMENSIONS: readonly SiatDimension[] = [
  {
    id: 'economique',
    label: { fr: 'Économique', en: 'Economic' },
    description: {
      fr: 'La valeur économique créée par le circuit et la façon dont elle est partagée entre ses acteurs.',
      en: 'The economic value created by the supply chain and how it is shared among its actors.',
    },
    generalDescription: {
      fr: 'La valeur économique créée par le projet et la façon dont elle est partagée entre ses acteurs.',
      en: 'The economic value created by the project and how it is shared among its actors.',
    },
    items: [
      {
        id: 'eco-1',
        label: {
          fr: "Le circuit reste ouvert et vend directement, ou avec peu d'intermédiaires (par exemple une épicerie ambulante).",
          en: 'The chain stays open and sells directly, or with few intermediaries (for example a mobile grocery).',
        },
        general: {
          fr: "Le projet reste ouvert et atteint directement ses bénéficiaires, avec peu d'intermédiaires (par exemple un service itinérant).",
          en: 'The project stays open and reaches its beneficiaries directly, with few intermediaries (for example a mobile service).',
        },
      },
      {
        id: 'eco-2',
        label: {
          fr: "Le partage d'espaces, d'équipements ou de ressources avec d'autres acteurs réduit les coûts du projet.",
          en: "Sharing spaces, equipment or resources with other actors lowers the project's costs.",
        },
      },
      {
        id: 'eco-3',
        label: {
          fr: 'Les prix pratiqués rémunèrent correctement les producteurs tout en restant acceptés par les consommateurs.',
          en: 'Prices pay producers fairly while remaining acceptable to consumers.',
        },
        general: {
          fr: 'Les tarifs pratiqués rémunèrent correctement celles et ceux qui font vivre le projet tout en restant accessibles aux bénéficiaires.',
          en: 'Prices pay the people who run the project fairly while remaining affordable to its beneficiaries.',
        },
      },
      {
        id: 'eco-4',
        label: {
          fr: 'Les valeurs sociales du projet, bien communiquées, renforcent sa position sur le marché.',
          en: "The project's social values, well communicated, strengthen its market position.",
        },
        general: {
          fr: 'Les valeurs sociales du projet, bien communiquées, renforcent sa reconnaissance et ses soutiens (usagers, financeurs, partenaires).',
          en: "The project's social values, well communicated, strengthen its recognition and support (users, funders, partners).",
        },
      },
    ],
  },
  {
    id: 'environnementale',
    label: { fr: 'Environnementale', en: 'Environmental' },
    description: {
      fr: "Les effets du circuit sur l'environnement : distances parcourues, ressources utilisées, pertes.",
      en: 'The effects of the supply chain on the environment: distances travelled, resources used, losses.',
    },
    generalDescription: {
      fr: "Les effets du projet sur l'environnement : déplacements, ressources utilisées, déchets.",
      en: 'The effects of the project on the environment: travel, resources used, waste.',
    },
    items: [
      {
        id: 'env-1',
        label: {
          fr: 'Le projet raccourcit la distance physique entre producteurs et consommateurs.',
          en: 'The project shortens the physical distance between producers and consumers.',
        },
        general: {
          fr: 'Le projet rapproche physiquement ses activités de ses bénéficiaires et réduit les déplacements.',
          en: 'The project brings its activities physically closer to its beneficiaries and reduces travel.',
        },
      },
      {
        id: 'env-2',
        label: {
          fr: "Le partage d'espaces, de transports ou d'équipements limite les ressources consommées (énergie, déplacements, matériel).",
          en: 'Sharing spaces, transport or equipment limits the resources used (energy, travel, materials).',
        },
      },
      {
        id: 'env-3',
        label: {
          fr: 'Les modes de production et de distribution du projet réduisent les pertes, les emballages et les transports.',
          en: "The project's ways of producing and distributing reduce waste, packaging and transport.",
        },
        general: {
          fr: 'Les façons de faire du projet réduisent les déchets, le gaspillage et les ressources consommées.',
          en: "The project's ways of working reduce waste and the resources used.",
        },
      },
    ],
  },
  {
    id: 'socio-culturelle',
    label: { fr: 'Socio-culturelle', en: 'Socio-cultural' },
    description: {
      fr: 'Les liens créés entre les personnes, la confiance et la compréhension mutuelle.',
      en: 'The ties created between people, trust and mutual understanding.',
    },
    items: [
      {
        id: 'soc-1',
        label: {
          fr: 'Le projet raccourcit la distance sociale entre producteurs, consommateurs et autres membres du circuit.',
          en: 'The project shortens the social distance between producers, consumers and other members of the chain.',
        },
        general: {
          fr: "Le projet rapproche les personnes qu'il réunit (porteurs, bénéficiaires, professionnels, habitants) et réduit la distance sociale entre elles.",
          en: 'The project brings together the people it involves (holders, beneficiaries, professionals, residents) and reduces the social distance between them.',
        },
      },
      {
        id: 'soc-2',
        label: {
          fr: 'Des activités conviviales rapprochent régulièrement les membres du circuit.',
          en: 'Friendly, enjoyable activities regularly bring the members of the chain together.',
        },
        general: {
          fr: 'Des activités conviviales rapprochent régulièrement les participants du projet.',
          en: "Friendly, enjoyable activities regularly bring the project's participants together.",
        },
      },
      {
        id: 'soc-3',
        label: {
          fr: 'La confiance entre les membres du circuit a grandi au fil du projet.',
          en: 'Trust between the members of the chain has grown over the course of the project.',
        },
        general: {
          fr: 'La confiance entre les participants du projet a grandi au fil du projet.',
          en: "Trust between the project's participants has grown over the course of the project.",
        },
      },
      {
        id: 'soc-4',
        label: {
          fr: 'Les consommateurs comprennent mieux les produits, les pratiques et les valeurs du projet.',
          en: "Consumers better understand the project's products, practices and values.",
        },
        general: {
          fr: 'Les bénéficiaires comprennent mieux les services, les pratiques et les valeurs du projet.',
          en: "Beneficiaries better understand the project's services, practices and values.",
        },
      },
    ],
  },
  {
    id: 'gouvernance',
    label: { fr: 'Gouvernance', en: 'Governance' },
    description: {
      fr: 'La façon dont les acteurs décident et agissent ensemble : règles, leadership, vision commune.',
      en: 'How the actors decide and act together: rules, leadership, shared vision.',
    },
    items: [
      {
        id: 'gov-1',
        label: {
          fr: 'Les relations entre acteurs reposent à la fois sur des accords formels et sur des règles informelles de confiance.',
          en: 'Relations between actors rest both on formal agreements and on informal rules of trust.',
        },
      },
      {
        id: 'gov-2',
        label: {
          fr: "Le projet s'appuie sur un leadership collectif, porté dès les premiers stades par un petit groupe d'initiateurs.",
          en: 'The project relies on collective leadership, carried from the early stages by a small group of initiators.',
        },
      },
      {
        id: 'gov-3',
        label: {
          fr: 'Les acteurs ont identifié un objectif, une vision et des principes communs.',
          en: 'The actors have identified a shared goal, vision and principles.',
        },
      },
      {
        id: 'gov-4',
        label: {
          fr: 'Les acteurs conçoivent et mettent en œuvre eux-mêmes les solutions.',
          en: 'The actors design and implement the solutions themselves.',
        },
      },
    ],
  },
  {
    id: 'influence',
    label: { fr: 'Influence', en: 'Influence' },
    description: {
      fr: "L'impact positif du projet sur d'autres secteurs et d'autres parties prenantes.",
      en: "The project's positive impact on other sectors and other stakeholders.",
    },
    items: [
      {
        id: 'inf-1',
        label: {
          fr: "Le projet implique autant d'acteurs que possible et reste ouvert à de nouveaux participants.",
          en: 'The project involves as many actors as possible and stays open to new participants.',
        },
      },
      {
        id: 'inf-2',
        label: {
          fr: 'Le projet organise des formations à la communication et à la coopération, et fait appel à une médiation si besoin.',
          en: 'The project runs training in communication and cooperation, and calls on mediation when needed.',
        },
      },
      {
        id: 'inf-3',
        label: {
          fr: "Les acteurs construisent ensemble leur vision de l'avenir et la communiquent à d'autres (collectivités, autres secteurs, grand public).",
          en: 'The actors shape their vision of the future together and share it with others (local authorities, other sectors, the public).',
        },
      },
      {
        id: 'inf-4',
        label: {
          fr: "Le projet a des effets positifs au-delà de ses membres : pratiques reprises ailleurs, nouveaux partenariats, influence sur d'autres secteurs.",
          en: 'The project has positive effects beyond its members: practices taken up elsewhere, new partnerships, influence on other sectors.',
        },
      },
    ],
  },
];
