/**
 * AMI grid — the Région Nouvelle-Aquitaine "AMI Innovation sociale" characterisation grid.
 *
 * Source: seed 004_3231bdc2b27c1f3e.txt, « Catalyseur d'Innovation Sociale » (ATIS, atelier
 * « Etabli - Innovation sociale », 19 mai 2020): the table headed `Inexistant Faible Intermédiaire Fort`,
 * and the slide « Questions clés pour l'analyse d'un projet d'innovation sociale ».
 *
 * The French descriptors are the official wording that region staff score against, so they are copied
 * VERBATIM from the seed: only obvious typos are fixed (listed below, and as explicit exceptions in
 * test/unit/frameworks-data.test.ts), the `<u>`/`<i>` markup is dropped and whitespace is normalised.
 * Do not reword them. The English texts are this project's translation.
 *
 * Typo fixes applied to the seed wording:
 * - criterion 7 label: "Potentiel de transformation social" → "Potentiel de transformation sociale"
 *   (the seed's spelling stays accepted as an alias);
 * - criterion 4, level 3 (Fort): "Les instances de gouvernances" → "Les instances de gouvernance".
 *
 * Data only: no logic, no top-level computation.
 */
import type { AmiCriterion, AmiGroup, Source } from '../frameworks';
import type { Four, Text } from '../i18n';

export const AMI_SOURCE: Source = {
  citation:
    "Grille de caractérisation de l'AMI Innovation sociale, Région Nouvelle-Aquitaine et ses partenaires, telle que reproduite dans « Catalyseur d'Innovation Sociale », atelier ATIS « Etabli - Innovation sociale », 19 mai 2020",
  licence:
    "Descripteurs reproduits à l'identique (seules des coquilles évidentes sont corrigées). Le support d'atelier ATIS est mis à disposition selon les termes de la licence Creative Commons Attribution - Pas d'Utilisation Commerciale - Partage dans les Mêmes Conditions 4.0 International ; les critères de la grille sont ceux de la Région Nouvelle-Aquitaine.",
};

/** The 0–3 level scale shared by the AMI grid and the value-capture checklist (index = level). */
export const AMI_LEVEL_LABELS: Four<Text> = [
  { fr: 'Inexistant', en: 'None' },
  { fr: 'Faible', en: 'Weak' },
  { fr: 'Intermédiaire', en: 'Intermediate' },
  { fr: 'Fort', en: 'Strong' },
];

/** Groups in grid order: Portage (criteria 1–4), Contenu (5–7), Contexte (8–12). */
export const AMI_GROUPS: readonly AmiGroup[] = [
  { id: 'portage', label: { fr: 'Portage', en: 'Project holders' } },
  { id: 'contenu', label: { fr: 'Contenu', en: 'Content' } },
  { id: 'contexte', label: { fr: 'Contexte', en: 'Context' } },
];

/**
 * The 12 criteria, in the contract order of formulas.md (the column order of AMI_SCORE & co.).
 * `aliases`: the Région's public page wording (« Chaque projet doit se démarquer par : … »,
 * https://entreprises.nouvelle-aquitaine.fr/actualites/ess-une-aide-pour-soutenir-linnovation-sociale),
 * that wording without its article, a few short forms, and the English label — all accepted as headers.
 */
export const AMI_CRITERIA: readonly AmiCriterion[] = [
  // ---- Portage ----------------------------------------------------------------------------------
  {
    id: 'caractere-collectif',
    group: 'portage',
    label: { fr: 'Caractère collectif du projet', en: 'Collective nature of the project' },
    aliases: ['Un portage collectif', 'Portage collectif', 'Caractère collectif', 'Collective nature of the project'],
    descriptors: {
      fr: [
        'Le projet est porté par une seule personne',
        'Collectif existant mais soit restreint, soit le rôle apparaît "accessoire"',
        "Le projet intègre bien l'importance du collectif, mais la composition et/ou le rôle de celui-ci pourraient être renforcés",
        "Le collectif qui porte le projet implique un nombre conséquent d'acteurs",
      ],
      en: [
        'The project is carried by a single person',
        'A collective exists but is either small, or its role appears "incidental"',
        'The project clearly recognises the importance of the collective, but its make-up and/or its role could be strengthened',
        'The collective carrying the project involves a substantial number of actors',
      ],
    },
  },
  {
    id: 'richesse-collectif',
    group: 'portage',
    label: { fr: 'Richesse du collectif', en: 'Diversity of the collective' },
    aliases: ['La diversité du collectif', 'Diversité du collectif', 'Diversity of the collective'],
    descriptors: {
      fr: [
        "Il n'y a pas de collectif identifié",
        "Le collectif ne mobilise qu'une catégorie d'acteurs ou/et est insuffisamment diversifié au vu des parties-prenantes",
        "Le collectif présente une certaine diversité, mais gagnerait encore à s'ouvrir à d'autres parties prenantes et/ou intégrer plus de diversité sociale",
        'Le collectif est bien représentatif des parties-prenantes du projet et de la diversité sociale (genre, âge, statut, profession, culture...)',
      ],
      en: [
        'No collective has been identified',
        'The collective mobilises only one category of actors and/or is not diverse enough given the stakeholders',
        'The collective shows some diversity, but would gain from opening up to other stakeholders and/or including more social diversity',
        "The collective truly represents the project's stakeholders and social diversity (gender, age, status, occupation, culture...)",
      ],
    },
  },
  {
    id: 'integration-beneficiaires',
    group: 'portage',
    label: { fr: 'Intégration des bénéficiaires', en: 'Involvement of beneficiaries' },
    aliases: ["L'implication du public cible", 'Implication du public cible', 'Involvement of beneficiaries'],
    descriptors: {
      fr: [
        "Ils ne sont pas associés à l'élaboration du projet",
        'Un "échantillon" restreint de bénéficiaires est consulté ponctuellement',
        "Les bénéficiaires sont associés à travers l'implication d'un échantillon assez représentatif",
        "Les bénéficiaires sont considérés comme des contributeurs à part entière à l'élaboration du projet (co-construction porteurs & bénéficiaires, voire : porteurs = bénéficiaires potentiels)",
      ],
      en: [
        'They are not involved in designing the project',
        'A small "sample" of beneficiaries is consulted now and then',
        'Beneficiaries are involved through a fairly representative sample of them',
        'Beneficiaries are treated as full contributors to designing the project (co-construction by holders & beneficiaries, or even: holders = potential beneficiaries)',
      ],
    },
  },
  {
    id: 'gouvernance',
    group: 'portage',
    label: { fr: 'Formalisation de la gouvernance', en: 'Formalised governance' },
    aliases: ['La gouvernance', 'Gouvernance', 'Formalised governance', 'Governance'],
    descriptors: {
      fr: [
        "La gouvernance du projet n'est pas pensée",
        'La gouvernance apparaît embryonnaire (rôles peu définis, calendrier mal maîtrisé, faible prise sur le projet)',
        'La gouvernance apparaît structurée mais sous une forme qui pourrait gagner en pertinence (cohérence avec le portage du projet, son contenu ou ses ambitions) et/ou en effectivité',
        // Seed: "Les instances de gouvernances" (typo fixed).
        'Les instances de gouvernance sont lisibles, elles sont conçues pour favoriser la participation du plus grand nombre, leur rôle apparaît effectif pour exercer un réel pilotage.',
      ],
      en: [
        "The project's governance has not been thought through",
        'Governance appears embryonic (roles poorly defined, timetable poorly controlled, little hold on the project)',
        'Governance appears structured, but in a form that could be more relevant (consistent with who carries the project, its content or its ambitions) and/or more effective',
        'The governance bodies are easy to understand, they are designed to encourage the participation of as many people as possible, and they effectively play a real steering role.',
      ],
    },
  },

  // ---- Contenu ----------------------------------------------------------------------------------
  {
    id: 'consistance-contenu',
    group: 'contenu',
    label: { fr: 'Consistance du contenu', en: 'Substance of the content' },
    aliases: ['La consistance du mode opératoire', 'Consistance du mode opératoire', 'Substance of the content'],
    descriptors: {
      fr: [
        "La description du projet ne permet pas d'identifier ses apports en termes de services ou de dispositif d'action",
        "Le projet exprime l'ambition de proposer de nouveaux services ou dispositif d'action mais leur opérationnalité n'est pas décrite",
        "Les services et/ou le dispositif d'action proposés par le projet sont bien identifiés et paraissent opérationnels",
        "Le projet apporte une palette de services et/ou un nouveau dispositif d'action conséquent, et il favorise en outre l'émergence d'autres innovations",
      ],
      en: [
        'The project description does not show what it brings in terms of services or of an action scheme',
        'The project states the ambition to offer new services or action schemes, but how they would work in practice is not described',
        'The services and/or the action scheme offered by the project are clearly identified and appear operational',
        'The project brings a range of services and/or a substantial new action scheme, and it also fosters the emergence of other innovations',
      ],
    },
  },
  {
    id: 'rupture',
    group: 'contenu',
    label: { fr: "Rupture avec l'existant", en: 'Break with existing practice' },
    aliases: ["La rupture avec l'existant", 'Rupture', 'Break with existing practice'],
    descriptors: {
      fr: [
        'Non identifiée',
        "Le projet exprime une ambition de changement mais ses : mode opératoire, contenu et portage l'inscrivent davantage dans la continuité que dans la rupture.",
        'Le portage, le mode opératoire et/ou le contenu du projet introduisent un réel changement dans les pratiques sociales et/ou les représentations qui y sont associées',
        'Le projet constitue une rupture avec les pratiques sociales existantes et les représentations qui y sont associées',
      ],
      en: [
        'Not identified',
        'The project expresses an ambition for change, but its way of operating, content and leadership place it more in continuity than in a break.',
        "The project's leadership, way of operating and/or content bring a real change in social practices and/or in the representations attached to them",
        'The project is a break with existing social practices and the representations attached to them',
      ],
    },
  },
  {
    id: 'transformation-sociale',
    group: 'contenu',
    // Seed: "Potentiel de transformation social" (typo fixed; kept as an alias).
    label: { fr: 'Potentiel de transformation sociale', en: 'Potential for social transformation' },
    aliases: ['Le potentiel de transformation sociale', 'Potentiel de transformation social', 'Transformation sociale', 'Potential for social transformation'],
    descriptors: {
      fr: [
        'Non identifié',
        "L'impact du projet apparaît limité soit parce qu'il s'adresse à \"une communauté\" d'acteurs très spécifique, soit parce qu'il introduit peu de changements",
        "Du fait de l'importance des enjeux auxquels ils répondent et de la diversité des parties prenantes qu'ils mobilisent, les changements apportés pourraient induire des transformations sociales à d'autres niveaux",
        "L'importance des enjeux auxquels répondent les solutions innovantes apportées par le projet, la diversité des parties prenantes qu'il mobilise et son potentiel de diffusion permettent d'envisager des effets à une échelle \"supra\" (scaling up)",
      ],
      en: [
        'Not identified',
        'The impact of the project appears limited, either because it addresses a very specific "community" of actors, or because it brings few changes',
        'Given the importance of the issues they address and the diversity of the stakeholders they mobilise, the changes brought about could lead to social transformations at other levels',
        'The importance of the issues addressed by the innovative solutions the project brings, the diversity of the stakeholders it mobilises and its potential to spread suggest effects at a "supra" scale (scaling up)',
      ],
    },
  },

  // ---- Contexte ---------------------------------------------------------------------------------
  {
    id: 'ancrage-territorial',
    group: 'contexte',
    label: { fr: 'Ancrage territorial', en: 'Territorial anchoring' },
    aliases: ["L'ancrage territorial", 'Territorial anchoring', 'Local roots'],
    descriptors: {
      fr: [
        'Le projet ne fait pas apparaître la mobilisation de ressources territoriales (projet "hors sol")',
        "La référence au territoire est mentionnée mais davantage en termes d'espace d'intervention que de ressource",
        'Le projet associe des acteurs territoriaux pour "s\'efforcer" de s\'adapter au territoire',
        'Le projet apparaît comme un projet de territoire : il a su mobiliser tous les acteurs territoriaux concernés et inventer une réponse adaptée aux spécificités du territoire',
      ],
      en: [
        'The project shows no mobilisation of local resources ("off-the-ground" project)',
        'The territory is mentioned, but as an area of intervention rather than as a resource',
        'The project brings in local actors to "try" to adapt to the territory',
        "The project appears as a project of the territory: it has mobilised all the local actors concerned and invented a response suited to the territory's specific features",
      ],
    },
  },
  {
    id: 'accessibilite',
    group: 'contexte',
    label: { fr: 'Accessibilité du dispositif', en: 'Accessibility of the scheme' },
    aliases: ["L'accessibilité du dispositif", 'Accessibilité', 'Accessibility of the scheme', 'Accessibility'],
    descriptors: {
      fr: [
        'Non identifiée',
        "La question de l'accessibilité est mentionnée mais les solutions sont à peine évoquées ou n'apparaissent pas convaincantes",
        'Les efforts sont visibles pour rendre accessibles les services, contenus ou dispositifs apportés par le projet',
        // Seed: "<u>adaptées</u>" (underline markup dropped).
        "Le projet décrit des solutions adaptées à ses bénéficiaires pour leur permettre d'accéder aux services ou s'approprier les dispositifs qu'il propose (recours à des acteurs-relais facilitateurs, facilitation de la mobilité, TIC...)",
      ],
      en: [
        'Not identified',
        'Accessibility is mentioned, but solutions are barely touched on or are not convincing',
        'Efforts are visible to make the services, content or schemes brought by the project accessible',
        'The project describes solutions suited to its beneficiaries so that they can access the services or take ownership of the schemes it offers (use of facilitating go-between actors, help with mobility, ICT...)',
      ],
    },
  },
  {
    id: 'viabilite-economique',
    group: 'contexte',
    label: { fr: 'Viabilité économique', en: 'Economic viability' },
    aliases: ['La viabilité économique', 'Economic viability'],
    descriptors: {
      fr: [
        "Cette question n'est pas prise en compte par le projet",
        'La faiblesse des ressources mobilisées annonce un problème de viabilité à court terme',
        'Le projet dispose des ressources nécessaires à son fonctionnement à court et moyen terme, mais les modalités/possibilités de leur renouvellement ne sont pas connues',
        "Le projet dispose des ressources nécessaires à son fonctionnement et ses besoins futurs ainsi que la manière d'y répondre sont parfaitement identifiés et maîtrisés",
      ],
      en: [
        'The project does not take this question into account',
        'The scarcity of the resources mobilised points to a viability problem in the short term',
        'The project has the resources it needs to operate in the short and medium term, but how and whether they can be renewed is not known',
        'The project has the resources it needs to operate, and its future needs and how to meet them are fully identified and under control',
      ],
    },
  },
  {
    id: 'enjeux-environnementaux',
    group: 'contexte',
    label: { fr: 'Place des enjeux environnementaux', en: 'Place of environmental issues' },
    aliases: ["L'impact environnemental", 'Impact environnemental', 'Enjeux environnementaux', 'Place of environmental issues', 'Environmental impact'],
    descriptors: {
      fr: [
        'Enjeux non mentionnés dans le projet',
        'Les enjeux environnementaux sont mentionnés mais uniquement en termes de contraintes',
        "Le projet intègre une analyse de ces enjeux qui transparaît dans les contenus qu'il propose",
        "La prise en compte des enjeux environnementaux est à l'origine du projet et devient une source d'innovation sociale",
      ],
      en: [
        'Issues not mentioned in the project',
        'Environmental issues are mentioned, but only as constraints',
        'The project includes an analysis of these issues, which shows in the content it offers',
        'Taking environmental issues into account is at the origin of the project and becomes a source of social innovation',
      ],
    },
  },
  {
    id: 'ouverture-recherche',
    group: 'contexte',
    label: { fr: 'Ouverture à la recherche', en: 'Openness to research' },
    aliases: ["L'ouverture à la recherche", 'Openness to research'],
    descriptors: {
      fr: [
        'Absente du projet',
        'Le projet fait référence à des travaux de recherche mais ne mentionne pas de démarche de coopération',
        'Le projet intègre un partenariat scientifique au moins partiellement formalisé et dont les chercheurs sont identifiés',
        "Le projet procède, pour partie, d'un partenariat avec des chercheurs",
      ],
      en: [
        'Absent from the project',
        'The project refers to research work but mentions no cooperation with researchers',
        'The project includes a scientific partnership that is at least partly formalised, with identified researchers',
        'The project stems, in part, from a partnership with researchers',
      ],
    },
  },
];

/**
 * The seed's other key questions for analysing a social-innovation project (help text), verbatim
 * from the slide « Questions clés pour l'analyse d'un projet d'innovation sociale ».
 */
export const AMI_ANALYSIS_QUESTIONS: readonly Text[] = [
  {
    fr: 'Quel besoin est concerné ? Est-il pas ou mal couvert ?',
    en: 'Which need is addressed? Is it unmet or poorly met?',
  },
  {
    fr: 'Caractère nouveau de la réponse apportée ?',
    en: 'How new is the response offered?',
  },
  {
    fr: 'Equipe projet / nature du collectif',
    en: 'Project team / nature of the collective',
  },
  {
    fr: 'Implication des parties prenantes ? Place des bénéficiaires et/ou usagers',
    en: 'Stakeholder involvement? Role of beneficiaries and/or users',
  },
  {
    fr: 'Ancrage territorial',
    en: 'Territorial anchoring',
  },
  {
    fr: "Intensité de l'innovation ? Rupture avec l'existant, incrémentale ?",
    en: 'Intensity of the innovation? A break with existing practice, or incremental?',
  },
  {
    fr: 'Impact social attendu ? Changement social attendu',
    en: 'Expected social impact? Expected social change',
  },
];
