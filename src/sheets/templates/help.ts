import type { Lang, Text } from '../../core/i18n';
import { type HelpOptions, KINDS } from '../../core/instruments/kinds';
import { DEFAULT_SIAT_VARIANT, SIAT_VARIANTS } from '../../core/siat/template';
import { parseSiatVariant } from '../../core/siat/variant';
import { Problem } from '../../core/problem';
import { SRL_MAX } from '../../core/srl/level';
import { MAX_YEARS } from '../../core/sroi/valuation';
import { MENU_CAPTIONS } from '../menu-captions';
import type { ColumnSpec } from '../schema';

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * What each column means, shown twice: as the header's note and as the help text of its data
 * validation (Sheets shows it beside the cell being edited). Level columns carry the criterion's four
 * official descriptors, so reviewers score against the grid's own words (the help of a kind is in
 * core/instruments/kinds.ts; the help of the other columns, by id, is here).
 */
const HELP_BY_ID: Record<string, Text> = {
  id: {
    fr: `Identifiant unique du projet (P-0001) : il relie la ligne du projet à ses scores dans les autres feuilles. « ${MENU_CAPTIONS.syncProjects.fr} » en attribue un aux lignes qui n’en ont pas.`,
    en: `Unique project ID (P-0001): it links the project row to its scores in the other sheets. "${MENU_CAPTIONS.syncProjects.en}" gives one to rows without one.`,
  },
  name: {
    fr: `Nom du projet, recopié de Projets par « ${MENU_CAPTIONS.syncProjects.fr} ».`,
    en: `Project name, copied from Projects by "${MENU_CAPTIONS.syncProjects.en}".`,
  },
  investment: {
    fr: 'Montant investi dans le projet (€), dénominateur du ratio SROI.',
    en: 'Amount invested in the project (€), the denominator of the SROI ratio.',
  },
  target: { fr: `SRL visé : un entier de 1 à ${SRL_MAX}.`, en: `Target SRL: a whole number from 1 to ${SRL_MAX}.` },
  'evidence-notes': {
    fr: 'Preuves réunies pour chaque niveau (documents, résultats, décisions).',
    en: 'Evidence gathered for each level (documents, results, decisions).',
  },
  quantity: { fr: 'Quantité de l’effet (personnes, heures…), ≥ 0.', en: 'Quantity of the outcome (people, hours…), ≥ 0.' },
  proxy: {
    fr: 'Valeur en € par unité et par an (négative pour un effet négatif). Citez sa source dans la colonne suivante.',
    en: '€ per unit per year (negative for a negative outcome). Cite its source in the next column.',
  },
  deadweight: {
    fr: 'Point mort : part de l’effet qui serait arrivée de toute façon (0 à 100 %).',
    en: 'Deadweight: share of the outcome that would have happened anyway (0 to 100%).',
  },
  attribution: {
    fr: 'Attribution : part de l’effet due à d’autres acteurs (0 à 100 %).',
    en: 'Attribution: share of the outcome due to other actors (0 to 100%).',
  },
  displacement: {
    fr: 'Déplacement : part de valeur seulement déplacée ailleurs (0 à 100 %).',
    en: 'Displacement: share of value merely moved elsewhere (0 to 100%).',
  },
  dropoff: {
    fr: 'Érosion : baisse annuelle de l’effet après la première année (0 à 100 %).',
    en: 'Drop-off: yearly decline of the outcome after the first year (0 to 100%).',
  },
  years: { fr: `Durée de l’effet en années : un entier de 1 à ${MAX_YEARS}.`, en: `Duration of the outcome in years: a whole number from 1 to ${MAX_YEARS}.` },
};

/** The column's explanation in `lang`, or undefined for columns that need none (comments, notes). */
export function columnHelp(column: ColumnSpec, lang: Lang, options?: HelpOptions): string | undefined {
  return KINDS[column.kind].help?.(column, lang, options) ?? column.help?.[lang] ?? HELP_BY_ID[column.id]?.[lang];
}

/**
 * The help texts the add-on may have written for a column under other settings (the SIAT items'
 * other wording, issue 14 §6): a note equal to one of them is the add-on's own, and setup replaces it
 * when the setting changed; any other note is the user's and stays.
 */
export function otherHelps(column: ColumnSpec, lang: Lang, options: HelpOptions): string[] {
  if (column.kind !== 'siat') return [];
  const current = columnHelp(column, lang, options);
  return SIAT_VARIANTS.map((v) => columnHelp(column, lang, { ...options, siatVariant: v.id })!).filter((h) => h !== current);
}

/** The data validations of some columns (those that have one), by column. */
export type ValidationRules = (columns: readonly ColumnSpec[]) => Map<ColumnSpec, Validation>;

/**
 * The data validations of one setup run, column by column. Rules warn rather than reject
 * (allowInvalid): the formulas accept more than a dropdown shows (3, « forte », a reviewers' average
 * 2,5, « 80 % », the value-capture answers' former words Inexistant…Fort) and explain what is wrong
 * themselves, and a rejected paste would lose the user's other cells. Each column keeps its own help
 * text (the AMI levels' help is their criterion's four descriptors: reviewers read it beside the
 * cell they score), so a rule is at least a setHelpText and a build. The run makes no more than that:
 * one builder serves every sheet (build() takes a copy of its settings; the criterion is set again
 * only when it changes, columns sorted by criterion), and a rule already built for the same
 * criterion and help (Projets' two dates) is used again rather than built twice.
 */
export function validationRules(lang: Lang, options?: HelpOptions): ValidationRules {
  const built = new Map<string, Validation>();
  let builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder | undefined;
  let current = '';
  // A rule without help gets a builder of its own: a shared one would keep the previous help text.
  let bare: GoogleAppsScript.Spreadsheet.DataValidationBuilder | undefined;
  let bareCurrent = '';
  return (columns) => {
    const out = new Map<ColumnSpec, Validation>();
    const criteria = columns.flatMap((column) => {
      const criterion = criterionOf(column, lang);
      return criterion ? [{ column, help: columnHelp(column, lang, options), criterion, key: JSON.stringify(criterion) }] : [];
    });
    criteria.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { column, help, criterion, key } of criteria) {
      const id = JSON.stringify([key, help ?? null]);
      let rule = built.get(id);
      if (!rule && help) {
        builder ??= SpreadsheetApp.newDataValidation().setAllowInvalid(true);
        if (key !== current) withCriterion(builder, criterion);
        current = key;
        rule = builder.setHelpText(help).build();
      } else if (!rule) {
        bare ??= SpreadsheetApp.newDataValidation().setAllowInvalid(true);
        if (key !== bareCurrent) withCriterion(bare, criterion);
        bareCurrent = key;
        rule = bare.build();
      }
      built.set(id, rule);
      out.set(column, rule);
    }
    return out;
  };
}

/** Whether setup gives this column a data validation (the diagnostic looks for it in row 2). */
export const isValidated = (column: ColumnSpec): boolean => column.kind !== 'computed' && !!KINDS[column.kind].validation;

type Criterion = { date: true } | { checkbox: true } | { list: string[] } | { min: number; max?: number };

function criterionOf(column: ColumnSpec, lang: Lang): Criterion | undefined {
  const { validation, range } = KINDS[column.kind];
  if (!validation) return undefined;
  if (validation === 'date') return { date: true };
  if (validation === 'checkbox') return { checkbox: true };
  if (validation !== 'range') return { list: validation.list(column, lang) };
  return { min: range!.min, max: range!.max };
}

function withCriterion(builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder, c: Criterion): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  if ('date' in c) return builder.requireDate();
  if ('checkbox' in c) return builder.requireCheckbox();
  if ('list' in c) return builder.requireValueInList(c.list, true);
  return c.max === undefined ? builder.requireNumberGreaterThanOrEqualTo(c.min) : builder.requireNumberBetween(c.min, c.max);
}

/**
 * The settings the sheets' help depends on: Paramètres VARIANTE_SIAT (issue 14 §6), from its named range
 * where it exists (none on a fresh workbook, whose Paramètres comes after the sheets), its default where
 * it is missing or unreadable (the reader of the settings reports that). Setup writes the notes with it;
 * the complete-workbook check (fingerprint.ts) compares it with the one the last setup used.
 */
export function helpOptionsOf(range: GoogleAppsScript.Spreadsheet.Range | null): HelpOptions {
  if (!range) return { siatVariant: DEFAULT_SIAT_VARIANT };
  try {
    return { siatVariant: parseSiatVariant(range.getValues()[0]?.[0]) };
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
    return { siatVariant: DEFAULT_SIAT_VARIANT };
  }
}
