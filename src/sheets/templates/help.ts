import { AMI_CRITERIA, AMI_LEVEL_LABELS } from '../../core/ami/grid';
import type { Four, Lang, Text } from '../../core/i18n';
import { SIAT_DIMENSIONS, SIAT_SCALE } from '../../core/siat/template';
import { SRL_LEVELS, SRL_SOURCE } from '../../core/srl/scale';
import { PROJECT_STATUSES } from '../../core/status';
import { MAX_YEARS } from '../../core/sroi/valuation';
import { vcAnswer, vcAnswers } from '../../core/value-capture/answers';
import { VC_POINTS, VC_SCALE_NOTE } from '../../core/value-capture/checklist';
import { MENU_CAPTIONS } from '../menu-captions';
import type { ColumnSpec } from '../schema';

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * What each column means, shown twice: as the header's note and as the help text of its data
 * validation (Sheets shows it beside the cell being edited). Level columns carry the criterion's four
 * official descriptors, so reviewers score against the grid's own words.
 */
const t = (lang: Lang, fr: string, en: string) => (lang === 'en' ? en : fr);

function descriptors(lang: Lang, texts: { fr: Four<string>; en: Four<string> }): string {
  return texts[lang].map((d, i) => `${i} ${AMI_LEVEL_LABELS[i][lang]} : ${d}`).join('\n');
}

const SIAT_SCALE_TEXT = (lang: Lang) => SIAT_SCALE.map((s, i) => `${i + 1} ${s[lang]}`).join(' · ');

const HELP_BY_ID: Record<string, Text> = {
  id: {
    fr: `Identifiant unique du projet (P-0001) : il relie la ligne du projet à ses scores dans les autres feuilles. « ${MENU_CAPTIONS.syncProjects.fr} » en attribue un aux lignes qui n’en ont pas.`,
    en: `Unique project ID (P-0001): it links the project row to its scores in the other sheets. "${MENU_CAPTIONS.syncProjects.en}" gives one to rows without one.`,
  },
  name: { fr: `Nom du projet, recopié de Projets par « ${MENU_CAPTIONS.syncProjects.fr} ».`, en: `Project name, copied from Projects by "${MENU_CAPTIONS.syncProjects.en}".` },
  investment: { fr: 'Montant investi dans le projet (€), dénominateur du ratio SROI.', en: 'Amount invested in the project (€), the denominator of the SROI ratio.' },
  target: { fr: 'SRL visé : un entier de 1 à 9.', en: 'Target SRL: a whole number from 1 to 9.' },
  'evidence-notes': { fr: 'Preuves réunies pour chaque niveau (documents, résultats, décisions).', en: 'Evidence gathered for each level (documents, results, decisions).' },
  quantity: { fr: 'Quantité de l’effet (personnes, heures…), ≥ 0.', en: 'Quantity of the outcome (people, hours…), ≥ 0.' },
  proxy: { fr: 'Valeur en € par unité et par an (négative pour un effet négatif). Citez sa source dans la colonne suivante.', en: '€ per unit per year (negative for a negative outcome). Cite its source in the next column.' },
  deadweight: { fr: 'Point mort : part de l’effet qui serait arrivée de toute façon (0 à 100 %).', en: 'Deadweight: share of the outcome that would have happened anyway (0 to 100%).' },
  attribution: { fr: 'Attribution : part de l’effet due à d’autres acteurs (0 à 100 %).', en: 'Attribution: share of the outcome due to other actors (0 to 100%).' },
  displacement: { fr: 'Déplacement : part de valeur seulement déplacée ailleurs (0 à 100 %).', en: 'Displacement: share of value merely moved elsewhere (0 to 100%).' },
  dropoff: { fr: 'Érosion : baisse annuelle de l’effet après la première année (0 à 100 %).', en: 'Drop-off: yearly decline of the outcome after the first year (0 to 100%).' },
  years: { fr: `Durée de l’effet en années : un entier de 1 à ${MAX_YEARS}.`, en: `Duration of the outcome in years: a whole number from 1 to ${MAX_YEARS}.` },
};

/** The column's explanation in `lang`, or undefined for columns that need none (comments, notes). */
export function columnHelp(column: ColumnSpec, lang: Lang): string | undefined {
  switch (column.kind) {
    case 'level': {
      const c = AMI_CRITERIA.find((x) => x.id === column.ref)!;
      return `${c.label[lang]}\n${descriptors(lang, c.descriptors)}`;
    }
    case 'answer': {
      // Each answer with its descriptor; which end is fragile is said first, as the words alone do not say it.
      const p = VC_POINTS.find((x) => x.id === column.ref)!;
      const answers = p.descriptors[lang].map((d, level) => `${vcAnswer(p, level, lang)} : ${d}`).join('\n');
      return `${p.label[lang]} — ${p.question[lang]}\n${VC_SCALE_NOTE[lang]}.\n${answers}`;
    }
    case 'completion': {
      const l = SRL_LEVELS[Number(column.ref) - 1];
      const title = lang === 'en' ? `${l.shortEn} (${l.title})` : l.title;
      return `SRL ${l.level} — ${title} : ${l.description}\n${t(lang, 'Part des preuves réunies, de 0 à 100 % (le seuil qui rend le niveau atteint est dans Paramètres).', 'Share of evidence gathered, 0 to 100% (the threshold that makes the level reached is in Settings).')}\n${SRL_SOURCE.licence}`;
    }
    case 'siat': {
      const item = SIAT_DIMENSIONS.flatMap((d) => d.items).find((x) => x.id === column.ref)!;
      return `${item.label[lang]}\n${SIAT_SCALE_TEXT(lang)}\n${t(lang, 'Item du jeu de départ rédigé par le module, modifiable (la liste originale du SIAT n’est pas publique).', 'Starter item written by the add-on, editable (the original SIAT list is not public).')}`;
    }
    case 'status':
      return `${t(lang, 'Statut du dossier', 'Status of the project')} : ${PROJECT_STATUSES.map((s) => s[lang]).join(', ')}.`;
    case 'computed':
      return t(
        lang,
        'Colonne calculée par le module : la formule est dans cet en-tête et remplit toute la colonne. Ne rien saisir en dessous.',
        'Column computed by the add-on: the formula is in this header and fills the whole column. Do not type below it.',
      );
    default:
      return column.help?.[lang] ?? HELP_BY_ID[column.id]?.[lang];
  }
}

/**
 * The data validation of a column, or null. Rules warn rather than reject (allowInvalid): the
 * formulas accept more than a dropdown shows (3, « forte », a reviewers' average 2,5, « 80 % », the
 * value-capture answers' former words Inexistant…Fort) and
 * explain what is wrong themselves, and a rejected paste would lose the user's other cells.
 */
export function validationOf(column: ColumnSpec, lang: Lang): Validation | null {
  const rule = () => SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  const help = columnHelp(column, lang);
  const withHelp = (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => (help ? b.setHelpText(help) : b).build();
  switch (column.kind) {
    case 'level':
      return withHelp(rule().requireValueInList(AMI_LEVEL_LABELS.map((l) => l[lang]), true));
    case 'answer':
      return withHelp(rule().requireValueInList(vcAnswers(VC_POINTS.find((x) => x.id === column.ref)!, lang), true));
    case 'status':
      return withHelp(rule().requireValueInList(PROJECT_STATUSES.map((s) => s[lang]), true));
    case 'completion':
    case 'percent':
      return withHelp(rule().requireNumberBetween(0, 1));
    case 'srl':
      return withHelp(rule().requireNumberBetween(1, 9));
    case 'siat':
      return withHelp(rule().requireNumberBetween(1, 5));
    case 'years':
      return withHelp(rule().requireNumberBetween(1, MAX_YEARS));
    case 'date':
      return withHelp(rule().requireDate());
    case 'number':
      return withHelp(rule().requireNumberGreaterThanOrEqualTo(0));
    default:
      return null;
  }
}
