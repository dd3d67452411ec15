import { AMI_CRITERIA, AMI_LEVEL_LABELS } from '../ami/grid';
import { levelLabel, MAX_LEVEL, toLevel } from '../cells/level';
import { AMOUNT_MIN, toNumber } from '../cells/number';
import { fold } from '../cells/text';
import { parseCompletion } from '../cells/proportion';
import type { Four, Lang, Text } from '../i18n';
import { SIAT_MAX, SIAT_MIN } from '../siat/index';
import { DEFAULT_SIAT_VARIANT, SIAT_DIMENSIONS, SIAT_SCALE, SIAT_VARIANTS, type SiatVariant } from '../siat/template';
import { siatItemText } from '../siat/variant';
import { SRL_MAX, toSrlLevel } from '../srl/level';
import { SRL_LEVELS, SRL_SOURCE } from '../srl/scale';
import { MAX_YEARS } from '../sroi/valuation';
import { PRIORITY_PUBLICS } from '../publics';
import { DECISIONS, PROJECT_STATUSES, REVIEW_STATUSES } from '../status';
import { vcAnswer, vcAnswers, vcAnswerText } from '../value-capture/answers';
import { VC_POINTS, VC_SCALE_NOTE } from '../value-capture/checklist';
import { FORMATS } from './formats';
import { GRID_LEVEL_MAX, GRID_LEVEL_MIN } from '../grids/levels';
import { GODIN_MARKERS, GODIN_PLURAL_ECONOMY_NOTE, GODIN_SCALE, GODIN_SCALE_NOTE } from '../godin/markers';
import type { ColumnKind, ColumnSpec } from './types';
import { PROTOCOL_STEPS, SRL_LINK_NOTE, STEP_STATUSES } from '../protocol/steps';
import { SYSTEM_CATEGORIES, SYSTEM_ROLES, SYSTEM_SHORT_NOTE } from '../system/target-system';

/**
 * Everything that depends on a column's kind, in one table: the data cells' number format, the
 * accepted values (from core's constants), the data validation, the colour scale, the help, and what
 * the sidebar may write. The template (src/sheets/templates), the sidebar's writes
 * (src/server/sidebar/cell-input.ts) and the sidebar's reads all look a kind up here; a new kind
 * must fill every entry (Record<ColumnKind, …>).
 */
export interface KindSpec {
  /** Number format of the data cells, or none for Sheets' Automatic. */
  format?: string;
  /** Accepted numbers, inclusive (`max` absent: no upper bound). The « amount ≥ 0 » rule is here. */
  range?: { min: number; max?: number; integer?: boolean };
  /**
   * The data validation: a dropdown of words, the range (between min and max, or ≥ min), a date.
   * None for a kind whose formulas accept more than any rule could say (an amount may be negative
   * in a proxy, and text is free).
   */
  validation?: { list(column: ColumnSpec, lang: Lang): string[] } | 'range' | 'date' | 'checkbox';
  /**
   * A colour scale from red (min) to green (max) over the range; `words` colours the dropdown's words
   * too (a numeric scale ignores text): equal to the word, or starting with it.
   */
  colour?: { words?(lang: Lang): { match: 'equal' | 'prefix'; text: string }[] };
  /** The sidebar writes cells of this kind (what reviewers score and comment, never IDs or formulas). */
  editable: boolean;
  /** What the sidebar accepts, in words, and how a value (a dropdown item, a cell) reads as a number (NaN: not one). */
  input?: { expected: Text; read(value: unknown): number };
  /**
   * The column's explanation, when the kind says it (else the column's own help); `options`: the
   * workbook's settings a help depends on (the SIAT items' wording, Paramètres VARIANTE_SIAT).
   */
  help?(column: ColumnSpec, lang: Lang, options?: HelpOptions): string;
  /**
   * A cell as a reviewer reads it (the sidebar's conflict view: « 2 · Intermédiaire », « 50 % »),
   * or undefined to show it as written. `numbers` formats in the panel's locale.
   */
  show?(column: ColumnSpec, value: unknown, lang: Lang, numbers: NumberWords): string | undefined;
}

/** The workbook's settings a column's help depends on. */
export interface HelpOptions {
  siatVariant?: SiatVariant;
}

/** Numbers in words of the reader's locale (the sidebar's formatters, sidebar/format.ts). */
export interface NumberWords {
  euros(n: number): string;
  percent(share: number): string;
}

const t = (lang: Lang, fr: string, en: string) => (lang === 'en' ? en : fr);

function descriptors(lang: Lang, texts: { fr: Four<string>; en: Four<string> }): string {
  return texts[lang].map((d, i) => `${i} ${AMI_LEVEL_LABELS[i][lang]} : ${d}`).join('\n');
}

// A completion as SRL_LEVEL reads it (« 50 % », 0,5, oui, a ticked box); NaN when it is none of those.
function readCompletion(v: unknown): number {
  try {
    return parseCompletion(v);
  } catch {
    return NaN;
  }
}

/**
 * The answers of a `choice` column, by value: 0 non, 1 en partie, 2 oui (the dropdown lists them
 * from oui down). A declared checklist (ISR…) answers with these words; its formulas count them.
 */
export const CHOICES: readonly Text[] = [
  { fr: 'non', en: 'no' },
  { fr: 'en partie', en: 'partly' },
  { fr: 'oui', en: 'yes' },
];

/** A step status's position (0 à faire, 1 en cours, 2 fait), NaN when it is none; blank reads as à faire only in core/protocol's reading. */
function readStatusIndex(v: unknown): number {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v < STEP_STATUSES.length ? v : NaN;
  const word = fold(String(v ?? ''));
  const at = STEP_STATUSES.findIndex((s) => fold(s.label.fr) === word || fold(s.label.en) === word);
  return at >= 0 ? at : NaN;
}

/** The value of a choice (its word in either language, or its number), NaN when it is none. */
function readChoice(v: unknown): number {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v < CHOICES.length ? v : NaN;
  const word = fold(String(v ?? ''));
  const at = CHOICES.findIndex((c) => fold(c.fr) === word || fold(c.en) === word);
  return at >= 0 ? at : NaN;
}

/**
 * How many of a row's choices hold the answer of value `value`: what a computed column declared
 * with `counts` shows (the sheet's formula is built from the same CHOICES, see formulas.ts).
 */
export function countChoices(cells: readonly unknown[], value: number): number {
  return cells.filter((c) => readChoice(c) === value).length;
}

/**
 * A Godin marker's help: its title, the seed's definition, its two examples (Initi'elles, Graines de
 * Pays), the plural economy note where it applies, then the module's scale with its descriptors.
 */
export function godinHelp(markerId: string, lang: Lang): string {
  const m = GODIN_MARKERS.find((x) => x.id === markerId)!;
  const example = (name: string, text: Text) => `${t(lang, 'Exemple', 'Example')} ${name}${t(lang, ' : ', ': ')}${text[lang]}`;
  return [
    `${m.label[lang]} — ${m.definition[lang]}`,
    example("Initi'elles", m.examples.initielles),
    example('Graines de Pays', m.examples.grainesDePays),
    ...(m.id === 'modele' ? [GODIN_PLURAL_ECONOMY_NOTE[lang]] : []),
    descriptors(lang, GODIN_SCALE),
    GODIN_SCALE_NOTE[lang],
  ].join('\n');
}

/** A SIAT item's help in a variant of its wording (issue 14 §6): its statement, the scale, and whose words they are. */
export function siatHelp(itemId: string, variant: SiatVariant, lang: Lang): string {
  const item = SIAT_DIMENSIONS.flatMap((d) => d.items).find((x) => x.id === itemId)!;
  const scale = SIAT_SCALE.map((s, i) => `${i + SIAT_MIN} ${s[lang]}`).join(' · ');
  const name = SIAT_VARIANTS.find((v) => v.id === variant)!.label[lang];
  return `${siatItemText(item, variant, lang)}\n${scale}\n${t(lang, `Item du jeu de départ rédigé par le module, modifiable (la liste originale du SIAT n’est pas publique) ; formulation « ${name} » (Paramètres › Variante SIAT).`, `Starter item written by the add-on, editable (the original SIAT list is not public); "${name}" wording (Settings › SIAT variant).`)}`;
}

const vcPoint = (column: ColumnSpec) => VC_POINTS.find((x) => x.id === column.ref)!;

// A level or an answer as its number and words; a value that is no whole level is shown as written.
function showLevel(column: ColumnSpec, value: unknown, lang: Lang): string | undefined {
  const checklist = column.kind === 'answer';
  const level = toLevel(value, checklist ? 'checklist' : 'grid');
  if (!Number.isInteger(level)) return undefined;
  const point = checklist ? VC_POINTS.find((p) => p.id === column.ref) : undefined;
  return point ? vcAnswerText(point, level, lang) : `${level} · ${levelLabel(level, lang)}`;
}

/**
 * The AMI grid's four-level scale as a kind of column: its words, range, reading and colours. The
 * Godin markers use it too (issue 14), so that CONSENSUS and AMI_LEVEL read them; each kind adds its help.
 */
const AMI_LEVEL_SCALE: Omit<KindSpec, 'help'> = {
  editable: true,
  range: { min: 0, max: MAX_LEVEL, integer: true },
  validation: { list: (_, lang) => AMI_LEVEL_LABELS.map((l) => l[lang]) },
  colour: { words: (lang) => AMI_LEVEL_LABELS.map((label) => ({ match: 'equal', text: label[lang] })) },
  input: { expected: { fr: `un niveau de 0 à ${MAX_LEVEL}`, en: `a level from 0 to ${MAX_LEVEL}` }, read: (v) => toLevel(v, 'grid') },
  show: showLevel,
};

export const KINDS: Record<ColumnKind, KindSpec> = {
  id: { editable: false },
  text: { editable: true },
  status: {
    editable: false,
    validation: { list: (_, lang) => PROJECT_STATUSES.map((s) => s[lang]) },
    help: (_, lang) => `${t(lang, 'Statut du dossier', 'Status of the project')} : ${PROJECT_STATUSES.map((s) => s[lang]).join(', ')}.`,
  },
  // Several publics may share a cell (« Mineurs isolés, Seniors »): the dropdown only warns (help.ts
  // lays every list out with setAllowInvalid(true)), so an imported or typed list is kept as written.
  publics: {
    editable: false,
    validation: { list: (_, lang) => PRIORITY_PUBLICS.map((p) => p[lang]) },
    help: (_, lang) =>
      t(
        lang,
        `Publics prioritaires du projet : ${PRIORITY_PUBLICS.map((p) => p.fr).join(', ')}… Plusieurs publics séparés par des virgules ; un autre public peut être saisi tel quel.`,
        `The project's priority publics: ${PRIORITY_PUBLICS.map((p) => p.en).join(', ')}… Several publics separated by commas; another public may be typed as it is.`,
      ),
  },
  decision: {
    editable: false,
    validation: { list: (_, lang) => DECISIONS.map((s) => s[lang]) },
    // The sheet's header note says how to rank it: rows are found by ID, so sorting keeps each decision with its project.
    help: (_, lang) =>
      t(
        lang,
        `Décision du comité : ${DECISIONS.map((s) => s.fr).join(', ')}. Pour classer les projets, Données › Trier la plage (ligne d’en-tête cochée) par « Rang » : chaque ligne est repérée par son ID, la décision, les montants et le commentaire suivent leur projet.`,
        `Committee decision: ${DECISIONS.map((s) => s.en).join(', ')}. To rank the projects, Data › Sort range (header row ticked) by "Rank": each row is found by its ID, so the decision, amounts and comment stay with their project.`,
      ),
  },
  date: { editable: false, format: FORMATS.date, validation: 'date' },
  // The key and state of an assessment are written by the panel's own controls, never as fields.
  reviewer: { editable: false },
  'review-status': {
    editable: false,
    validation: { list: (_, lang) => REVIEW_STATUSES.map((s) => s[lang]) },
    help: (_, lang) =>
      t(
        lang,
        'Où en est cette évaluation : « Terminée » quand l’évaluateur a fini (avec l’évaluation à l’aveugle, il voit alors celles des autres).',
        'Where this assessment stands: "Done" when the reviewer has finished (with blind review, they then see the others\').',
      ),
  },
  flag: { editable: false, validation: 'checkbox' },
  level: {
    ...AMI_LEVEL_SCALE,
    help: (column, lang) => {
      const c = AMI_CRITERIA.find((x) => x.id === column.ref)!;
      return `${c.label[lang]}\n${descriptors(lang, c.descriptors)}`;
    },
  },
  // A Godin marker: the AMI level's scale (AMI_LEVEL_SCALE), its own help.
  marker: {
    ...AMI_LEVEL_SCALE,
    help: (column, lang) => godinHelp(column.ref!, lang),
  },
  answer: {
    editable: true,
    range: { min: 0, max: MAX_LEVEL, integer: true },
    validation: { list: (column, lang) => vcAnswers(vcPoint(column), lang) },
    // Each point has its own answers, all starting with their level (« 2 – … »): one rule per level serves every point.
    colour: { words: () => Array.from({ length: MAX_LEVEL + 1 }, (_, i) => ({ match: 'prefix', text: `${i} – ` })) },
    input: { expected: { fr: `une réponse de 0 à ${MAX_LEVEL}`, en: `an answer from 0 to ${MAX_LEVEL}` }, read: (v) => toLevel(v, 'checklist') },
    show: showLevel,
    help: (column, lang) => {
      // Each answer with its descriptor; which end is fragile is said first, as the words alone do not say it.
      const p = vcPoint(column);
      const answers = p.descriptors[lang].map((d, level) => `${vcAnswer(p, level, lang)} : ${d}`).join('\n');
      return `${p.label[lang]} — ${p.question[lang]}\n${VC_SCALE_NOTE[lang]}.\n${answers}`;
    },
  },
  completion: {
    editable: true,
    format: FORMATS.percent,
    range: { min: 0, max: 1 },
    validation: 'range',
    colour: {},
    input: { expected: { fr: 'un avancement de 0 à 100 %', en: 'a completion from 0 to 100%' }, read: readCompletion },
    show: (_, value, _lang, numbers) => {
      const c = readCompletion(value);
      return Number.isNaN(c) ? undefined : numbers.percent(c);
    },
    help: (column, lang) => {
      const l = SRL_LEVELS[Number(column.ref) - 1];
      const title = lang === 'en' ? `${l.shortEn} (${l.title})` : l.title;
      return `SRL ${l.level} — ${title} : ${l.description}\n${t(lang, 'Part des preuves réunies, de 0 à 100 % (le seuil qui rend le niveau atteint est dans Paramètres).', 'Share of evidence gathered, 0 to 100% (the threshold that makes the level reached is in Settings).')}\n${SRL_SOURCE.licence}`;
    },
  },
  srl: {
    editable: true,
    format: FORMATS.integer,
    range: { min: 1, max: SRL_MAX, integer: true },
    validation: 'range',
    input: { expected: { fr: `un niveau SRL de 1 à ${SRL_MAX}`, en: `an SRL level from 1 to ${SRL_MAX}` }, read: (v) => toSrlLevel(v, 1) },
  },
  siat: {
    editable: true,
    range: { min: SIAT_MIN, max: SIAT_MAX, integer: true },
    validation: 'range',
    colour: {},
    input: { expected: { fr: `une note de ${SIAT_MIN} à ${SIAT_MAX}`, en: `a score from ${SIAT_MIN} to ${SIAT_MAX}` }, read: toNumber },
    // Only a number: the scale's words name the scores the dropdown's range accepts.
    show: (_, value, lang) => (typeof value === 'number' && SIAT_SCALE[value - SIAT_MIN] ? `${value} · ${SIAT_SCALE[value - SIAT_MIN][lang]}` : undefined),
    help: (column, lang, options) => siatHelp(column.ref!, options?.siatVariant ?? DEFAULT_SIAT_VARIANT, lang),
  },
  choice: {
    editable: true,
    range: { min: 0, max: CHOICES.length - 1, integer: true },
    validation: { list: (_, lang) => CHOICES.map((c) => c[lang]).reverse() },
    input: { expected: { fr: 'oui, en partie ou non', en: 'yes, partly or no' }, read: readChoice },
  },
  // The target social system's table (seed 003): the seed's words as dropdowns, their descriptions as help.
  category: {
    editable: false,
    validation: { list: (_, lang) => SYSTEM_CATEGORIES.map((c) => c.label[lang]) },
    help: (_, lang) =>
      `${t(lang, 'Les 4 catégories d’innovations', 'The 4 categories of innovation')} :\n${SYSTEM_CATEGORIES.map((c) => `${c.label[lang]} – ${c.description[lang]}`).join('\n')}`,
  },
  role: {
    editable: false,
    validation: { list: (_, lang) => SYSTEM_ROLES.map((r) => r.label[lang]) },
    help: (_, lang) =>
      `${t(lang, 'Les 3 rôles possibles dans la dynamique d’innovation', 'The 3 possible roles in the innovation dynamic')} :\n${SYSTEM_ROLES.map((r) => `${r.label[lang]} (${r.short[lang]})`).join('\n')}\n${SYSTEM_SHORT_NOTE[lang]}`,
  },
  // A protocol step's status (ours), the seed's objective and the SRL levels it evidences (ours) as help.
  step: {
    editable: true,
    range: { min: 0, max: STEP_STATUSES.length - 1, integer: true },
    validation: { list: (_, lang) => STEP_STATUSES.map((s) => s.label[lang]) },
    input: { expected: { fr: 'à faire, en cours ou fait', en: 'to do, in progress or done' }, read: readStatusIndex },
    help: (column, lang) => {
      const s = PROTOCOL_STEPS.find((x) => String(x.number) === column.ref)!;
      return `${s.number}. ${s.title[lang]} : ${s.objective[lang]}\n${t(lang, 'Fait : étaye', 'Done: evidences')} SRL ${s.srl.join(', ')} (${SRL_LINK_NOTE[lang]})`;
    },
  },
  // A grid users define (core/grids): its own levels, listed by the column (ColumnSpec.levels); the
  // help is the column's, the criterion's descriptors. Any number of the grid's span is read (a
  // reviewers' mean); GRID_SCORE names a value outside it.
  'grid-level': {
    editable: true,
    range: { min: GRID_LEVEL_MIN, max: GRID_LEVEL_MAX },
    validation: { list: (column) => (column.levels ?? []).map(String) },
    input: { expected: { fr: 'un niveau de la grille', en: 'a level of the grid' }, read: toNumber },
  },
  amount: {
    editable: true,
    format: FORMATS.euro,
    range: { min: AMOUNT_MIN },
    input: { expected: { fr: 'un montant positif ou nul', en: 'an amount of zero or more' }, read: toNumber },
    show: (_, value, _lang, numbers) => (typeof value === 'number' ? numbers.euros(value) : undefined),
  },
  number: { editable: false, range: { min: 0 }, validation: 'range' },
  percent: { editable: false, format: FORMATS.percent, range: { min: 0, max: 1 }, validation: 'range' },
  years: { editable: false, format: FORMATS.integer, range: { min: 1, max: MAX_YEARS, integer: true }, validation: 'range' },
  // SROI_VALUE's `start` (core/sroi/inputs.ts readStart): 0 to MAX_YEARS − 1; start + duration ≤ MAX_YEARS is
  // the formula's to say, naming both cells (no validation rule can read the duration beside it).
  start: {
    editable: false,
    format: FORMATS.integer,
    range: { min: 0, max: MAX_YEARS - 1, integer: true },
    validation: 'range',
    help: (_, lang) =>
      t(
        lang,
        `Début de l’effet, en années entières après l’action : 0 (ou vide) pendant l’action, 1 l’année qui suit, jusqu’à ${MAX_YEARS - 1}. La durée compte à partir de ce début (début + durée ≤ ${MAX_YEARS}) ; un effet qui commence plus tard est davantage actualisé.`,
        `When the outcome starts, in whole years after the activity: 0 (or blank) during it, 1 the year after, up to ${MAX_YEARS - 1}. The duration counts from this start (start + duration ≤ ${MAX_YEARS}); an outcome that starts later is discounted more.`,
      ),
  },
  computed: {
    editable: false,
    help: (_, lang) =>
      t(
        lang,
        'Colonne calculée par le module : la formule est dans cet en-tête et remplit toute la colonne. Ne rien saisir en dessous.',
        'Column computed by the add-on: the formula is in this header and fills the whole column. Do not type below it.',
      ),
  },
};

/** Whether a number is within the kind's range (NaN never is). */
export function inRange(kind: ColumnKind, n: number): boolean {
  const r = KINDS[kind].range;
  if (!r) return false;
  return n >= r.min && (r.max === undefined || n <= r.max) && (!r.integer || Number.isInteger(n));
}
