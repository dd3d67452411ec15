import { AMI_COUNT } from '../core/ami/score';
import { parseMethod, type Method } from '../core/assessments/aggregate';
import { isBlank } from '../core/cells/text';
import type { Text } from '../core/i18n';
import { Problem, problem, quote } from '../core/problem';
import { toAmount } from '../core/cells/number';
import { SIAT_DIMENSION_COUNT } from '../core/siat/index';
import { DEFAULT_SIAT_VARIANT, type SiatVariant } from '../core/siat/template';
import { parseSiatVariant } from '../core/siat/variant';
import { readOptionalInput } from '../core/sroi/inputs';
import { SROI_DEFAULTS } from '../core/sroi/valuation';
import { parseThreshold } from '../core/srl/level';
import { parseCountedWeights } from '../core/weights';
import { menuItem } from './menu-captions';
import { PARAMETER_NAMES, PARAMETERS_SHEET, REASSESS_MONTHS } from './templates/parameters';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Paramètres values that change a score or a value, as the live formulas of the sheet read them. */
export interface ScoringParameters {
  /** 12 weights, grid order. */
  amiWeights: number[];
  /** Completion from which an SRL level counts as reached, in (0, 1]. */
  srlThreshold: number;
  /** 5 weights, dimension order. */
  siatWeights: number[];
  /** VARIANTE_SIAT: the wording of the SIAT items (issue 14 §6; blank: tous secteurs). */
  siatVariant: SiatVariant;
  /** SROI_VALUE's `rate` (Valorisation's formula passes TAUX_ACTUALISATION): a proportion below 1. */
  discountRate: number;
  /** ECART_DESACCORD: the spread (in levels) from which reviewers disagree, as Projets' formula compares it. */
  disagreement: number;
  /** ENVELOPPE: the call's envelope in euros, null when none is set. */
  envelope: number | null;
  /** METHODE_CONSENSUS: how a project's assessments combine, as CONSENSUS reads its `method` (blank: mean). */
  consensusMethod: Method;
  /** DELAI_REEVALUATION: the months after which Projets « Suivi » flags a project not assessed since (blank: 6). */
  reassessMonths: number;
}

export type ParameterKey = keyof ScoringParameters;
export const ALL_PARAMETERS: readonly ParameterKey[] = ['amiWeights', 'srlThreshold', 'siatWeights', 'discountRate'];

export interface ParametersReading<K extends ParameterKey> {
  parameters: Pick<ScoringParameters, K>;
  /** One message per setting that could not be used: its default was used instead. */
  problems: Text[];
}

/** SRL_LEVEL's `threshold`: blank is the default (100 %); otherwise a proportion above 0. */
function threshold(value: unknown): number {
  if (isBlank(value)) return 1;
  return parseThreshold(value, (lang) => `${quote(value, lang)} `);
}

/** The `weights` rule of AMI_SCORE and SIAT_INDEX (the `weights` parameter type in src/functions/params.ts). */
function weights(values: readonly unknown[], count: number, one: Text): number[] {
  return parseCountedWeights(values, count, one, { fr: `, la plage a ${values.length} cellules`, en: `, the range has ${values.length} cells` });
}

interface Setting<T> {
  name: string;
  label: Text;
  parse(values: unknown[]): T;
  fallback(): T;
  /** What is used instead, for the message. */
  instead: Text;
}

const EQUAL_INSTEAD: Text = { fr: 'des poids égaux sont utilisés', en: 'equal weights are used' };
const equal = (count: number) => Array.from({ length: count }, () => 1);

const SETTINGS: { [K in ParameterKey]: Setting<ScoringParameters[K]> } = {
  amiWeights: {
    name: PARAMETER_NAMES.amiWeights,
    label: { fr: 'poids AMI', en: 'AMI weights' },
    parse: (v) => weights(v, AMI_COUNT, { fr: 'ce critère', en: 'this criterion' }),
    fallback: () => equal(AMI_COUNT),
    instead: EQUAL_INSTEAD,
  },
  srlThreshold: {
    name: PARAMETER_NAMES.srlThreshold,
    label: { fr: 'seuil SRL', en: 'SRL threshold' },
    parse: (v) => threshold(v[0]),
    fallback: () => 1,
    instead: { fr: 'le seuil par défaut (100 %) est utilisé', en: 'the default threshold (100%) is used' },
  },
  siatWeights: {
    name: PARAMETER_NAMES.siatWeights,
    label: { fr: 'poids SIAT', en: 'SIAT weights' },
    parse: (v) => weights(v, SIAT_DIMENSION_COUNT, { fr: 'cette dimension', en: 'this dimension' }),
    fallback: () => equal(SIAT_DIMENSION_COUNT),
    instead: EQUAL_INSTEAD,
  },
  siatVariant: {
    name: PARAMETER_NAMES.siatVariant,
    label: { fr: 'variante SIAT', en: 'SIAT variant' },
    parse: (v) => parseSiatVariant(v[0]),
    fallback: () => DEFAULT_SIAT_VARIANT,
    instead: { fr: 'la formulation « tous secteurs » est utilisée', en: 'the "all sectors" wording is used' },
  },
  discountRate: {
    name: PARAMETER_NAMES.discountRate,
    label: { fr: 'taux d’actualisation', en: 'discount rate' },
    parse: (v) => readOptionalInput('rate', v[0]),
    fallback: () => SROI_DEFAULTS.rate,
    instead: { fr: 'le taux par défaut (3,5 %) est utilisé', en: 'the default rate (3.5%) is used' },
  },
  disagreement: {
    name: PARAMETER_NAMES.disagreement,
    label: { fr: 'écart signalé', en: 'flagged spread' },
    parse: (v) => nonNegative(v[0], 2)!,
    fallback: () => 2,
    instead: { fr: 'l’écart par défaut (2 niveaux) est utilisé', en: 'the default spread (2 levels) is used' },
  },
  consensusMethod: {
    name: PARAMETER_NAMES.consensusMethod,
    label: { fr: 'consensus des évaluations', en: 'consensus of assessments' },
    parse: (v) => (isBlank(v[0]) ? 'mean' : parseMethod(v[0])),
    fallback: () => 'mean',
    instead: { fr: 'la moyenne est utilisée', en: 'the mean is used' },
  },
  reassessMonths: {
    name: PARAMETER_NAMES.reassessMonths,
    label: { fr: 'délai de réévaluation', en: 'reassessment period' },
    parse: (v) => wholeMonths(v[0]),
    fallback: () => REASSESS_MONTHS,
    instead: { fr: `le délai par défaut (${REASSESS_MONTHS} mois) est utilisé`, en: `the default period (${REASSESS_MONTHS} months) is used` },
  },
  envelope: {
    name: PARAMETER_NAMES.envelope,
    label: { fr: 'enveloppe', en: 'envelope' },
    parse: (v) => nonNegative(v[0], null),
    fallback: () => null,
    instead: { fr: 'aucune enveloppe n’est prise en compte', en: 'no envelope is used' },
  },
};

/** DELAI_REEVALUATION: a whole number of months from 1 (blank: the default), as Projets « Suivi » compares it. */
function wholeMonths(value: unknown): number {
  if (isBlank(value)) return REASSESS_MONTHS;
  const n = toAmount(value);
  if (n === undefined || !Number.isInteger(n) || n < 1)
    throw problem(`${quote(value, 'fr')} n’est pas un nombre entier de mois (1 ou plus)`, `${quote(value, 'en')} is not a whole number of months (1 or more)`);
  return n;
}

/** A Paramètres number ≥ 0 (blank: `blank`), as the committee's formulas compare it. */
function nonNegative(value: unknown, blank: number | null): number | null {
  if (isBlank(value)) return blank;
  const n = toAmount(value);
  if (n === undefined || Number.isNaN(n))
    throw problem(`${quote(value, 'fr')} n’est pas un nombre positif ou nul`, `${quote(value, 'en')} is not a number of zero or more`);
  return n;
}

function readSetting<T>(ss: Spreadsheet, setting: Setting<T>, problems: Text[]): T {
  const { name, label, instead } = setting;
  const range = ss.getRangeByName(name);
  if (!range) {
    problems.push({
      fr: `${PARAMETERS_SHEET.fr}, ${label.fr} : la plage nommée ${name} est introuvable (${menuItem('checkWorkbook', 'fr')} puis ${menuItem('setupWorkbook', 'fr')} la recréent) ; ${instead.fr}.`,
      en: `${PARAMETERS_SHEET.en}, ${label.en}: the named range ${name} is missing (${menuItem('checkWorkbook', 'en')} then ${menuItem('setupWorkbook', 'en')} create it again); ${instead.en}.`,
    });
    return setting.fallback();
  }
  try {
    return setting.parse(range.getValues().flat());
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
    problems.push({
      fr: `${PARAMETERS_SHEET.fr}, ${label.fr} : ${e.render('fr')} ; ${instead.fr}.`,
      en: `${PARAMETERS_SHEET.en}, ${label.en}: ${e.render('en')}; ${instead.en}.`,
    });
    return setting.fallback();
  }
}

/**
 * The one reader of the Paramètres settings outside the formulas (the sidebar's live figures, the
 * dashboard). It applies the custom functions' own rules with the same core parsers, so what it
 * computes is what the sheet shows: the threshold as SRL_LEVEL reads `threshold` (blank: 100 %;
 * parseProportion, then above 0), weights as AMI_SCORE / SIAT_INDEX read `weights` (as many as
 * expected, none blank, each a number ≥ 0, not all zero), the discount rate as SROI_VALUE reads
 * `rate` (blank: 3,5 %; a proportion below 1). A setting that breaks a rule (the sheet's
 * formulas then show an error) falls back to its default, and the problem is reported. Two service
 * calls per setting read.
 */
export function readParameters<K extends ParameterKey>(ss: Spreadsheet, keys: readonly K[]): ParametersReading<K> {
  const problems: Text[] = [];
  const parameters = {} as Pick<ScoringParameters, K>;
  for (const key of keys) parameters[key] = readSetting(ss, SETTINGS[key], problems);
  return { parameters, problems };
}
