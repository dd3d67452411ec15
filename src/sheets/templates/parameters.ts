import { AMI_CRITERIA, AMI_GROUPS } from '../../core/ami/grid';
import type { Lang, Text } from '../../core/i18n';
import { once } from '../../core/lazy';
import { SIAT_DIMENSIONS, SIAT_VARIANTS } from '../../core/siat/template';
import { MENU_CAPTIONS } from '../menu-captions';
import { SROI_DEFAULTS } from '../../core/sroi/valuation';
import { FORMATS } from '../formats';

/**
 * The Paramètres sheet: the settings the live formulas read, each through a named range so that a
 * formula says `AMI_POIDS`, not `Paramètres!B2:B13`, and users may move the rows around.
 */
export const PARAMETER_NAMES = {
  amiWeights: 'AMI_POIDS',
  srlThreshold: 'SEUIL_SRL',
  discountRate: 'TAUX_ACTUALISATION',
  lang: 'LANGUE',
  siatWeights: 'SIAT_POIDS',
  siatVariant: 'VARIANTE_SIAT',
  blindReview: 'EVALUATION_AVEUGLE',
  consensusMethod: 'METHODE_CONSENSUS',
  disagreement: 'ECART_DESACCORD',
  envelope: 'ENVELOPPE',
  reassessMonths: 'DELAI_REEVALUATION',
} as const;

export const PARAMETERS_SHEET: Text = { fr: 'Paramètres', en: 'Settings' };

export interface ParameterRow {
  label: Text;
  value: (lang: Lang) => number | string;
  help: Text;
}

/** A named block of consecutive rows: label (column A), value (B, the named range), help (C). */
export interface ParameterBlock {
  name: string;
  rows: readonly ParameterRow[];
  format?: string;
  /** Accepted values (a dropdown, in the workbook's language), when the value is a word. */
  list?: (lang: Lang) => readonly string[];
}

const weight = (label: Text, group: Text): ParameterRow => ({
  label: { fr: `Poids – ${label.fr}`, en: `Weight – ${label.en}` },
  value: () => 1,
  help: {
    fr: `Pondération du critère (groupe ${group.fr}) dans Total AMI et les scores de groupe. 1 par défaut ; 0 l’ignore.`,
    en: `Weight of the criterion (group ${group.en}) in the AMI total and group scores. Default 1; 0 ignores it.`,
  },
});

/** The Paramètres blocks, in sheet order; built on first use, not at load (every custom-function call loads the bundle). */
export const parameterBlocks = once((): readonly ParameterBlock[] => [
  {
    name: PARAMETER_NAMES.amiWeights,
    rows: AMI_CRITERIA.map((c) => weight(c.label, AMI_GROUPS.find((g) => g.id === c.group)!.label)),
  },
  {
    name: PARAMETER_NAMES.srlThreshold,
    format: FORMATS.percent,
    rows: [
      {
        label: { fr: 'Seuil SRL', en: 'SRL threshold' },
        value: () => 1,
        help: {
          fr: 'Part des preuves à partir de laquelle un niveau SRL compte comme atteint (100 % par défaut : niveau entièrement étayé).',
          en: 'Share of evidence from which an SRL level counts as reached (default 100%: fully evidenced).',
        },
      },
    ],
  },
  {
    name: PARAMETER_NAMES.discountRate,
    format: '0.0 %',
    rows: [
      {
        label: { fr: 'Taux d’actualisation', en: 'Discount rate' },
        value: () => SROI_DEFAULTS.rate,
        help: {
          fr: 'Taux annuel d’actualisation des valeurs sociales (méthode SROI), 3,5 % par défaut.',
          en: 'Yearly discount rate of social values (SROI method), default 3.5%.',
        },
      },
    ],
  },
  {
    name: PARAMETER_NAMES.lang,
    format: FORMATS.text,
    list: () => ['fr', 'en'],
    rows: [
      {
        label: { fr: 'Langue des résultats', en: 'Language of results' },
        value: (lang) => lang,
        help: {
          fr: 'Langue des textes calculés (phases, fragilités, écarts) : fr ou en.',
          en: 'Language of computed texts (phases, fragilities, gaps): fr or en.',
        },
      },
    ],
  },
  {
    name: PARAMETER_NAMES.siatWeights,
    rows: SIAT_DIMENSIONS.map((d) => ({
      label: { fr: `Poids SIAT – ${d.label.fr}`, en: `SIAT weight – ${d.label.en}` },
      value: () => 1,
      help: {
        fr: `Pondération de la dimension ${d.label.fr} dans l’indice SIAT. 1 par défaut.`,
        en: `Weight of the ${d.label.en} dimension in the SIAT index. Default 1.`,
      },
    })),
  },
  // Issue 14 §6: the SIAT items' wording, for any sector or for short supply chains (scores unchanged).
  {
    name: PARAMETER_NAMES.siatVariant,
    format: FORMATS.text,
    list: (lang) => SIAT_VARIANTS.map((v) => v.label[lang]),
    rows: [
      {
        label: { fr: 'Variante SIAT', en: 'SIAT variant' },
        value: (lang) => SIAT_VARIANTS[0].label[lang],
        help: {
          fr: `Formulation des items SIAT dans les notes de la feuille SIAT, l’aide de ses listes et le panneau : « tous secteurs » (par défaut, formulation générale rédigée par le module) ou « circuits courts » (le jeu de départ écrit pour les circuits courts alimentaires). Les items et les scores restent les mêmes. Après un changement, relancez « ${MENU_CAPTIONS.setupWorkbook.fr} » pour mettre à jour les notes de la feuille.`,
          en: `Wording of the SIAT items in the SIAT sheet's notes, its dropdowns' help and the panel: "all sectors" (default, a general wording written by the add-on) or "short supply chains" (the starter set written for short food supply chains). Items and scores stay the same. After a change, run "${MENU_CAPTIONS.setupWorkbook.en}" again to update the sheet's notes.`,
        },
      },
    ],
  },
  // A call for projects scored by several reviewers (issue 11): how their assessments combine, and the envelope.
  {
    name: PARAMETER_NAMES.consensusMethod,
    format: FORMATS.text,
    list: (lang) => CONSENSUS_METHODS.map((m) => m[lang]),
    rows: [
      {
        label: { fr: 'Consensus des évaluations', en: 'Consensus of assessments' },
        value: (lang) => CONSENSUS_METHODS[0][lang],
        help: {
          fr: 'Comment les évaluations d’un projet se combinent dans Projets et Comité : moyenne (par défaut) ou médiane, critère par critère. Les évaluations avec déport sont exclues.',
          en: 'How a project’s assessments combine in Projects and Committee: mean (default) or median, criterion by criterion. Recused assessments are left out.',
        },
      },
    ],
  },
  {
    name: PARAMETER_NAMES.disagreement,
    format: FORMATS.integer,
    rows: [
      {
        label: { fr: 'Écart signalé (niveaux)', en: 'Flagged spread (levels)' },
        value: () => 2,
        help: {
          fr: 'Un projet est signalé quand deux évaluateurs diffèrent d’au moins ce nombre de niveaux sur un même critère AMI (2 par défaut) : un point à discuter en comité.',
          en: 'A project is flagged when two reviewers differ by at least this many levels on one AMI criterion (default 2): a point for the committee to discuss.',
        },
      },
    ],
  },
  {
    name: PARAMETER_NAMES.blindReview,
    format: FORMATS.text,
    list: (lang) => YES_NO.map((w) => w[lang]),
    rows: [
      {
        label: { fr: 'Évaluation à l’aveugle', en: 'Blind review' },
        value: (lang) => YES_NO[1][lang],
        help: {
          fr: 'oui : le panneau ne montre les évaluations des autres qu’à l’évaluateur qui a marqué la sienne « Terminée ». C’est une règle du jury, pas une protection : toute personne qui peut modifier le classeur peut en ouvrir les feuilles.',
          en: 'yes: the panel shows the others’ assessments only to a reviewer who has marked theirs "Done". A rule the panel keeps, not a protection: anyone who can edit the workbook can open its sheets.',
        },
      },
    ],
  },
  {
    name: PARAMETER_NAMES.envelope,
    format: FORMATS.euro,
    rows: [
      {
        label: { fr: 'Enveloppe de l’appel (€)', en: 'Call envelope (€)' },
        value: () => '',
        help: {
          fr: 'Montant total que le comité peut accorder ; Comité montre ce qui est accordé, ce qui reste, et avertit quand l’enveloppe est dépassée. Vide : pas d’enveloppe.',
          en: 'Total amount the committee may grant; Committee shows what is granted, what remains, and warns when the envelope is exceeded. Empty: no envelope.',
        },
      },
    ],
  },
  // Follow-up over time (issue 12): how long a project may go without an assessment.
  {
    name: PARAMETER_NAMES.reassessMonths,
    format: FORMATS.integer,
    rows: [
      {
        label: { fr: 'Délai de réévaluation (mois)', en: 'Reassessment period (months)' },
        value: () => REASSESS_MONTHS,
        help: {
          fr: 'Projets « Suivi » signale « ⚠ pas évalué depuis 8 mois » quand la dernière évaluation SRL d’un projet date d’au moins ce nombre de mois (6 par défaut ; un nombre entier à partir de 1).',
          en: 'Projects "Follow-up" flags "⚠ not assessed for 8 months" when a project’s latest SRL assessment is at least this many months old (default 6; a whole number from 1).',
        },
      },
    ],
  },
]);

/** DELAI_REEVALUATION's default: a project not assessed for six months is flagged. */
export const REASSESS_MONTHS = 6;

/** CONSENSUS's `method` words for the Paramètres dropdown (the function accepts both languages). */
export const CONSENSUS_METHODS: readonly Text[] = [
  { fr: 'moyenne', en: 'mean' },
  { fr: 'médiane', en: 'median' },
];

/** A yes/no setting's words: index 0 oui, 1 non. */
export const YES_NO: readonly Text[] = [
  { fr: 'oui', en: 'yes' },
  { fr: 'non', en: 'no' },
];

export const PARAMETER_HEADERS: Text[] = [
  { fr: 'Paramètre', en: 'Setting' },
  { fr: 'Valeur', en: 'Value' },
  { fr: 'Explication', en: 'Explanation' },
];
