import { AMI_CRITERIA, AMI_GROUPS } from '../../core/ami/grid';
import type { Lang, Text } from '../../core/i18n';
import { once } from '../../core/lazy';
import { SIAT_DIMENSIONS } from '../../core/siat/template';
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
  /** Accepted values (a dropdown), when the value is a word. */
  list?: readonly string[];
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
    list: ['fr', 'en'],
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
]);

export const PARAMETER_HEADERS: Text[] = [
  { fr: 'Paramètre', en: 'Setting' },
  { fr: 'Valeur', en: 'Value' },
  { fr: 'Explication', en: 'Explanation' },
];
