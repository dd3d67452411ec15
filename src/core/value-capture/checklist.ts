/**
 * Value-capture checklist (captation de la valeur) — five points of attention for the economic model of
 * a social innovation, and the four families of value capture.
 *
 * Source: seed 003_76984837247e84db.txt, « Comprendre les dynamiques et les besoins liés aux démarches
 * d'innovation sociale — 11 études de cas » (Ellyx, programme TRAJETS), chapter « OUVERTURE »:
 * « Les défis de la transformation sociale au prisme de la valeur » and « Les quatre grandes familles de
 * captation de la valeur ».
 *
 * The questions and the families' definitions and examples are short quotations of the seed, so they stay
 * VERBATIM (only the first letter of each question is capitalised, since it is quoted on its own after the
 * seed's « : »), with the source named. The level descriptors are this project's own wording (spec
 * frameworks.md §3), 3 being the secure situation, and so are the short answers drawn from them (the
 * dropdowns' words). English texts are this project's translation.
 *
 * Data only: no logic, no top-level computation.
 */
import type { Source, VcFamily, VcPoint } from '../frameworks';

export const VC_SOURCE: Source = {
  citation:
    "Ellyx, « Comprendre les dynamiques et les besoins liés aux démarches d'innovation sociale — 11 études de cas » (programme TRAJETS), chapitre « Ouverture » : points d'attention pour le modèle économique d'une innovation sociale et « Les quatre grandes familles de captation de la valeur »",
  licence:
    "Courtes citations du carnet Ellyx (crédits : droits réservés), reproduites à l'identique avec mention de la source. Les descripteurs des niveaux 0–3 sont rédigés par ce projet.",
};

/** Which end of the 0–3 answers is which: said beside every list of answers (help, panel, messages). */
export const VC_SCALE_NOTE = {
  fr: '0 = situation fragile, 3 = situation sécurisée',
  en: '0 = fragile situation, 3 = secure situation',
} as const;

/** The five points, in the contract order of formulas.md (column order of VC_SCORE and VC_FLAGS). */
export const VC_POINTS: readonly VcPoint[] = [
  {
    id: 'risque',
    label: { fr: 'Prise de risque', en: 'Risk-taking' },
    question: {
      fr: "Qui supporte le risque économique dans la production de cette valeur sociétale ? Est-ce que d'autres devraient porter ce rôle ?",
      en: 'Who bears the economic risk of producing this societal value? Should others take on that role?',
    },
    descriptors: {
      fr: [
        "Le porteur supporte seul tout le risque économique et la question n'a pas été posée",
        'Le risque est identifié mais supporté par le seul porteur',
        'Le risque est en partie partagé (partenaires, financeurs, communauté)',
        "Le risque est réparti entre les acteurs qui bénéficient de la valeur produite (contrats, garanties, engagement d'une communauté)",
      ],
      en: [
        'The project holder bears all the economic risk and the question has not been raised',
        'The risk is identified but borne by the project holder alone',
        'The risk is partly shared (partners, funders, community)',
        'The risk is spread among the actors who benefit from the value produced (contracts, guarantees, community commitment)',
      ],
    },
    answers: {
      fr: ['Risque porté seul, non discuté', 'Risque identifié, porté seul', 'Risque en partie partagé', 'Risque réparti entre bénéficiaires'],
      en: ['Risk borne alone, not discussed', 'Risk identified, borne alone', 'Risk partly shared', 'Risk spread among beneficiaries'],
    },
  },
  {
    id: 'sur-effort',
    label: { fr: 'Sur-effort', en: 'Over-effort' },
    question: {
      fr: 'Si les montants alloués sortent des logiques de marché ou de cadre conventionnel, qui en supporte la charge ? Est-ce que cet effort est durable dans le temps ?',
      en: 'If the amounts allocated fall outside market logic or any agreed framework, who bears the burden? Can this effort be sustained over time?',
    },
    descriptors: {
      fr: [
        "Un sur-effort important (bénévolat, travail sous-rémunéré) qui n'est ni identifié ni compensé",
        'Le sur-effort est identifié mais non compensé, et difficilement tenable dans la durée',
        'Le sur-effort est en partie compensé ou limité dans le temps',
        'Pas de sur-effort structurel, ou un sur-effort reconnu et compensé durablement',
      ],
      en: [
        'Heavy over-effort (volunteering, under-paid work) that is neither identified nor compensated',
        'The over-effort is identified but not compensated, and hardly sustainable over time',
        'The over-effort is partly compensated or limited in time',
        'No structural over-effort, or over-effort that is recognised and durably compensated',
      ],
    },
    answers: {
      fr: ['Sur-effort ni identifié ni compensé', 'Sur-effort identifié, non compensé', 'Sur-effort en partie compensé', 'Sur-effort absent ou compensé'],
      en: [
        'Over-effort unrecognised, uncompensated',
        'Over-effort identified, uncompensated',
        'Over-effort partly compensated',
        'No over-effort, or compensated',
      ],
    },
  },
  {
    id: 'co-benefices',
    label: { fr: 'Co-bénéfices', en: 'Co-benefits' },
    question: {
      fr: 'Quelles sont les autres parties prenantes qui tirent bénéfice de la valeur produite ? Auraient-elles intérêt à ce que cette valeur perdure ?',
      en: 'Which other stakeholders benefit from the value produced? Would it be in their interest for this value to last?',
    },
    descriptors: {
      fr: [
        'Les autres bénéficiaires de la valeur produite ne sont pas identifiés',
        'Les co-bénéficiaires sont identifiés mais pas mobilisés',
        'Certains co-bénéficiaires contribuent ou sont en discussion',
        'Les principaux co-bénéficiaires contribuent (financement, achats, ressources)',
      ],
      en: [
        'The other beneficiaries of the value produced are not identified',
        'The co-beneficiaries are identified but not mobilised',
        'Some co-beneficiaries contribute or are in discussion',
        'The main co-beneficiaries contribute (funding, purchases, resources)',
      ],
    },
    answers: {
      fr: [
        'Co-bénéficiaires non identifiés',
        'Co-bénéficiaires non mobilisés',
        'Certains co-bénéficiaires contribuent',
        'Les principaux co-bénéficiaires contribuent',
      ],
      en: ['Co-beneficiaries not identified', 'Co-beneficiaries not mobilised', 'Some co-beneficiaries contribute', 'Main co-beneficiaries contribute'],
    },
  },
  {
    id: 'perennite',
    label: { fr: 'Pérennité des soutiens', en: 'Durability of support' },
    question: {
      fr: "S'agit-il d'une étape limitée dans le temps ou d'un financement stable ?",
      en: 'Is this a time-limited stage or stable funding?',
    },
    descriptors: {
      fr: [
        'Soutien ponctuel, sans renouvellement en vue',
        'Soutien limité dans le temps (appels à projets), renouvellement incertain',
        'Soutien pluriannuel ou renouvelable identifié',
        'Financement stable ou contractualisé (marché, politique publique, communauté)',
      ],
      en: [
        'One-off support, no renewal in sight',
        'Time-limited support (calls for projects), renewal uncertain',
        'Multi-year or renewable support identified',
        'Stable or contracted funding (market, public policy, community)',
      ],
    },
    answers: {
      fr: ['Soutien ponctuel', 'Soutien limité dans le temps', 'Soutien pluriannuel ou renouvelable', 'Financement stable ou contractualisé'],
      en: ['One-off support', 'Time-limited support', 'Multi-year or renewable support', 'Stable or contracted funding'],
    },
  },
  {
    id: 'elasticite',
    label: { fr: 'Élasticité de la rémunération', en: 'Elasticity of remuneration' },
    question: {
      fr: "Est-ce que le montant de la rémunération augmente quand je développe l'activité et donc le volume (ou l'intensité) de valeur produite ?",
      en: 'Does the amount of remuneration increase when I develop the activity, and hence the volume (or intensity) of value produced?',
    },
    descriptors: {
      fr: [
        "La rémunération ne dépend pas du volume d'activité (forfait, ou aucune rémunération)",
        "Lien faible entre l'activité et la rémunération",
        "La rémunération augmente en partie avec l'activité",
        "La rémunération suit le volume ou l'intensité de la valeur produite",
      ],
      en: [
        'Remuneration does not depend on the volume of activity (flat fee, or none)',
        'Weak link between activity and remuneration',
        'Remuneration partly grows with activity',
        'Remuneration follows the volume or intensity of the value produced',
      ],
    },
    answers: {
      fr: [
        'Rémunération indépendante du volume',
        'Rémunération peu liée à l’activité',
        'Rémunération en partie liée au volume',
        'Rémunération suivant le volume',
      ],
      en: ['Pay independent of volume', 'Pay loosely linked to activity', 'Pay partly follows volume', 'Pay follows volume'],
    },
  },
];

/**
 * The four families of value capture, in the contract order of formulas.md (column order of VC_MIX).
 * `definition.fr`: the seed's definition, a blank line, then the seed's example — both verbatim.
 */
export const VC_FAMILIES: readonly VcFamily[] = [
  {
    id: 'marche',
    label: { fr: 'Marché', en: 'Market' },
    definition: {
      fr: "Les dimensions extra-financières de la valeur sont prises en considération par les consommateurs, les acheteurs. Cela permet de rémunérer la valeur produite, et de couvrir les surcoûts éventuels liés aux valeurs générées.\n\nLorsque j'achète des fruits ou légumes bio, produits en circuits courts, je peux accepter de payer un prix au kilogramme supérieur, car je reconnais d'une part une « sur-qualité » et, d'autre part, je reconnais la valeur sociétale de la production en agriculture biologique et l'enjeu de maintien d'une agriculture de proximité.",
      en: 'Consumers and buyers take the non-financial dimensions of value into account. This pays for the value produced and covers any extra costs linked to the values generated.\n\nWhen I buy organic fruit or vegetables sold through short supply chains, I may accept a higher price per kilogram, because I recognise both a "superior quality" and the societal value of organic farming and the importance of keeping farming close to home.',
    },
  },
  {
    id: 'redistribution',
    label: { fr: 'Redistribution', en: 'Redistribution' },
    definition: {
      fr: "Les valeurs sociétales produites rencontrent les intérêts des acteurs publics, qui financent leur production. Cela peut passer par des marchés publics comme par de la subvention ou une forme de conventionnement.\n\nLes maraîchers en agriculture biologique peuvent bénéficier d'aides à l'installation bonifiées et d'aides financières octroyées par les collectivités territoriales pour les aider à distribuer leur production via des circuits courts en vente directe ou indirecte.",
      en: 'The societal values produced match the interests of public bodies, which fund their production. This can take the form of public procurement, grants or some kind of funding agreement.\n\nOrganic market gardeners can receive enhanced start-up aid and financial support from local authorities to help them sell their produce through short supply chains, directly or indirectly.',
    },
  },
  {
    id: 'communaute',
    label: { fr: 'Communauté', en: 'Community' },
    definition: {
      fr: "La valeur réelle est suffisamment importante pour fédérer une communauté de parties prenantes engagées dans sa réalisation. Ce mode de rémunération s'appuie généralement sur deux logiques : la réciprocité et le don (don de temps, don financier notamment) d'une part ; et la co-responsabilité d'autre part. Cela vient notamment modifier le rapport traditionnel client-fournisseur.\n\nDes consommateurs et un producteur vont se réunir en AMAP pour favoriser l'implantation d'une exploitation en agriculture bio et locale. Les consommateurs s'engagent sur un contrat « au panier » dont le contenu varie en fonction de ce qui sera produit. Le risque sur la production est partagé entre consommateurs et producteurs.",
      en: 'The real value is large enough to bring together a community of stakeholders committed to producing it. This way of paying usually rests on two logics: reciprocity and giving (of time or money, notably) on the one hand, and shared responsibility on the other. It changes, in particular, the traditional customer–supplier relationship.\n\nConsumers and a producer join together in an AMAP (community-supported agriculture scheme) to help set up a local organic farm. The consumers commit to a "per basket" contract whose content varies with what is produced. The production risk is shared between consumers and producers.',
    },
  },
  {
    id: 'tiers',
    label: { fr: 'Tiers compensateur', en: 'Compensating third party' },
    definition: {
      fr: "La valeur créée fait l'objet d'une prise en charge par un tiers, qui est concerné par le sujet, même s'il n'est pas le bénéficiaire direct de l'action. La rémunération de la valeur fait alors l'objet d'une relation triangulaire entre l'organisation qui la produit, le bénéficiaire et le tiers financeur.\n\nUne Caisse d'Allocations Familiales pourrait financer des expérimentations relatives à l'accès à une alimentation saine et durable pour des publics vulnérables sur le plan alimentaire et compenser le manque à gagner pour les producteurs en agriculture biologique qui distribueraient dans ce type de circuits.",
      en: "The value created is paid for by a third party that has a stake in the issue, even though it is not the direct beneficiary of the action. Paying for the value then involves a three-way relationship between the organisation that produces it, the beneficiary and the third-party funder.\n\nA family allowance fund (Caisse d'Allocations Familiales) could fund experiments on access to healthy, sustainable food for people in food insecurity, and make up the shortfall for organic producers who sell through such channels.",
    },
  },
];
