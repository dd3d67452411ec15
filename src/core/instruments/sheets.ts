import { once } from '../lazy';
import { ID_COLUMN as ID, lazySheet, NAME_COLUMN as NAME } from './columns';
import { FORMATS } from './formats';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId } from './index';
import { isOverTime } from './over-time';
import type { ColumnSpec, SheetSpec, SummaryColumn } from './types';
import { SYSTEM_COLUMNS, SYSTEM_SHEET_NAME } from '../system/matrix';

/**
 * The two sheets of the workbook that are not instruments: Projets (one row per project, with each
 * instrument's summary columns) and Valorisation (one row per outcome of a project's SROI).
 * Projets' columns: the project's own, then each instrument's summary (declared with it).
 */
const projectColumns = once((): readonly ColumnSpec[] => [
  ID,
  NAME,
  { id: 'holder', header: { fr: 'Porteur', en: 'Holder' }, aliases: ['Porteur de projet', 'Structure', 'Structure porteuse', 'Project holder'], kind: 'text' },
  { id: 'territory', header: { fr: 'Territoire', en: 'Territory' }, aliases: ['Département', 'Commune', 'Lieu'], kind: 'text' },
  { id: 'status', header: { fr: 'Statut', en: 'Status' }, aliases: ['État', 'Etat', 'State'], kind: 'status' },
  { id: 'call', header: { fr: 'Appel / cohorte', en: 'Call / cohort' }, aliases: ['Appel', 'Cohorte', 'AMI', 'Call', 'Cohort'], kind: 'text' },
  { id: 'start', header: { fr: 'Date de début', en: 'Start date' }, aliases: ['Début', 'Date de dépôt', 'Start'], kind: 'date' },
  { id: 'end', header: { fr: 'Date de fin', en: 'End date' }, aliases: ['Fin', 'End'], kind: 'date' },
  {
    id: 'investment',
    header: { fr: 'Investissement (€)', en: 'Investment (€)' },
    aliases: ['Investissement', 'Montant investi', 'Investment'],
    kind: 'amount',
  },
  // The AMI columns first, side by side (issue 10): the one AMI_PORTFOLIO run per AMI edit fills them
  // all (AMI_PORTFOLIO_COLUMNS), then the disputed criterion's name, read from them.
  ...amiColumns(),
  ...INSTRUMENT_IDS.filter((id) => id !== 'ami' && !LATER.includes(id)).flatMap((id) =>
    INSTRUMENTS[id].summary.filter((s) => !isOverTime(s)).map(summaryColumn),
  ),
  REVIEWERS_COLUMN,
  // The follow-up over time (issue 12), after them for the same reason: the target and its flag, then
  // where the project stands now and stood last time, the SRL first (the scale a follow-up is about,
  // with the latest assessment's date), then the others. The flag and those columns are one run of
  // computed columns: one protection.
  ...TARGET_COLUMNS,
  ...(['srl', ...INSTRUMENT_IDS.filter((id) => id !== 'srl' && id !== 'ami')] as const).flatMap((id) =>
    INSTRUMENTS[id].summary.filter(isOverTime).map(summaryColumn),
  ),
  // The rest of the SROI method (issue 13), last for the same reason: the later instalments of the
  // investment, then the figures over time computed from them and Valorisation.
  ...SROI_COLUMNS(),
  // The instruments of issue 14, after every column earlier versions had: none of their letters moves.
  ...LATER.flatMap((id) => INSTRUMENTS[id].summary.map(summaryColumn)),
  // What an application says (issue 15), last for the same reason: filled by « Importer des dossiers ».
  ...APPLICATION_COLUMNS,
]);

/**
 * Projets' AMI columns in a workbook laid out since issue 10, side by side in AMI_PORTFOLIO's order:
 * the consensus profile, the normalised mark, « Total AMI actuel », « précédent », « Évolution AMI »,
 * REVIEW_SPREAD's three, then « Critère disputé ». A workbook laid out earlier has them apart (the
 * profile with the instruments' figures, the spread after them, the history with the follow-up, the
 * normalised mark appended by setup): each keeps its own formula there (formulas.ts, split forms).
 */
const amiColumns = once((): readonly ColumnSpec[] => {
  const summary = INSTRUMENTS.ami.summary;
  return [...summary.filter((s) => !isOverTime(s)).map(summaryColumn), NORMALIZED_COLUMN, ...summary.filter(isOverTime).map(summaryColumn), ...REVIEW_COLUMNS];
});

/** The columns AMI_PORTFOLIO fills, in its order (src/functions/portfolio.ts). */
export const AMI_PORTFOLIO_COLUMNS = once(() =>
  amiColumns()
    .slice(0, -1)
    .map((c) => c.id),
);

/**
 * Each project's consensus mark /20 with each reviewer's severity removed (NORMALIZE_BY_REVIEWER,
 * issue 11), computed here since issue 10 (Comité reads it by ID, like its other figures).
 */
export const NORMALIZED_COLUMN: ColumnSpec = {
  id: 'ami-normalized',
  header: { fr: 'Note normalisée /20', en: 'Normalised mark /20' },
  aliases: ['Note AMI normalisée', 'Normalised AMI mark'],
  kind: 'computed',
  format: FORMATS.ratio,
  help: {
    fr: 'Le total AMI sur 20, corrigé de la sévérité de chaque évaluateur (sa moyenne et son écart type ramenés à ceux de tous), puis le consensus des dernières évaluations de chacun.',
    en: 'The AMI total out of 20, corrected for each reviewer’s severity (their mean and standard deviation brought to everyone’s), then the consensus of each one’s latest assessments.',
  },
};

/** Instruments added after the follow-up columns (issue 14): their Projets columns come last. */
const LATER: readonly InstrumentId[] = ['rnd', 'godin'];

/** A summary column as a column of Projets: computed, its formula declared by the summary (formulas.ts). */
function summaryColumn({ consensus, of, latest, change, ...c }: SummaryColumn): ColumnSpec {
  return { ...c, kind: 'computed' };
}

/**
 * The incubator's target for the project (issue 12): an SRL to reach by a date, typed in Projets,
 * and the follow-up flag computed from them, the latest assessment and Paramètres « Délai de
 * réévaluation (mois) » (formulas.ts followUpFlag).
 */
export const TARGET_COLUMNS: readonly ColumnSpec[] = [
  {
    id: 'target-srl',
    header: { fr: 'SRL visé', en: 'Target SRL' },
    aliases: ['SRL cible', 'Cible SRL', 'Objectif SRL', 'SRL target'],
    kind: 'srl',
    help: { fr: 'Le niveau SRL (1 à 9) que le projet doit atteindre à la date visée.', en: 'The SRL (1 to 9) the project should reach by the target date.' },
  },
  {
    id: 'target-date',
    header: { fr: 'Date visée', en: 'Target date' },
    aliases: ['Date cible', 'Échéance', 'Échéance SRL', 'Deadline'],
    kind: 'date',
    help: { fr: 'La date à laquelle le SRL visé doit être atteint (jj/mm/aaaa).', en: 'The date by which the target SRL should be reached.' },
  },
  {
    id: 'follow-up',
    header: { fr: 'Suivi', en: 'Follow-up' },
    aliases: ['Alerte de suivi', 'Alertes de suivi', 'Follow-up flag'],
    kind: 'computed',
    help: {
      fr: '« ⚠ date visée dépassée (SRL 5 < 7) » quand la date visée est passée sans que le SRL visé soit atteint ; « ⚠ pas évalué depuis 8 mois » quand la dernière évaluation SRL date d’au moins le délai de réévaluation (Paramètres).',
      en: '"⚠ target date passed (SRL 5 < 7)" when the target date has passed short of the target SRL; "⚠ not assessed for 8 months" when the latest SRL assessment is at least as old as the reassessment period (Settings).',
    },
  },
];

/**
 * What a Démarches simplifiées dossier tells reviewers (issue 15): its number, the key a newer export
 * is matched on (the project keeps its own P-xxxx ID, which every other sheet knows it by), the
 * structure's SIRET, what the seed documents ask reviewers to look at (the social need, the response
 * and what is new in it, the priority publics), the amount requested and the filing date. Typed by
 * hand or filled by « Importer des dossiers » (src/core/import/fields.ts maps the export's columns here).
 */
export const APPLICATION_COLUMNS: readonly ColumnSpec[] = [
  {
    id: 'dossier',
    header: { fr: 'N° dossier', en: 'Application no.' },
    aliases: ['Numéro de dossier', 'N° de dossier', 'Dossier', 'Application number'],
    kind: 'text',
    help: {
      fr: 'Le numéro du dossier sur Démarches simplifiées : une nouvelle importation met à jour le projet qui porte ce numéro.',
      en: 'The application number on Démarches simplifiées: a new import updates the project holding this number.',
    },
  },
  { id: 'siret', header: { fr: 'SIRET', en: 'SIRET' }, aliases: ['N° SIRET', 'Numéro SIRET'], kind: 'text' },
  {
    id: 'need',
    header: { fr: 'Besoin social', en: 'Social need' },
    aliases: ['Besoin social identifié', 'Besoin social adressé', 'Social need addressed'],
    kind: 'text',
  },
  {
    id: 'response',
    header: { fr: 'Réponse proposée / ce qui est nouveau', en: 'Response proposed / what is new' },
    aliases: ['Réponse proposée', 'Ce qui est nouveau', 'Response proposed'],
    kind: 'text',
  },
  { id: 'publics', header: { fr: 'Publics prioritaires', en: 'Priority publics' }, aliases: ['Publics', 'Publics cibles', 'Target publics'], kind: 'publics' },
  {
    id: 'requested',
    header: { fr: 'Montant demandé (€)', en: 'Amount requested (€)' },
    aliases: ['Montant demandé', 'Amount requested'],
    kind: 'amount',
  },
  { id: 'filed', header: { fr: 'Déposé le', en: 'Filed on' }, aliases: ['Date de dépôt du dossier', 'Filed'], kind: 'date' },
];

/** Projets' columns on the reviewers' agreement: REVIEW_SPREAD's three, then the disputed criterion's name. */
export const REVIEW_COLUMNS: readonly ColumnSpec[] = [
  {
    id: 'assessments',
    header: { fr: 'Évaluations', en: 'Assessments' },
    aliases: ['Nombre d’évaluations', 'Assessment count'],
    kind: 'computed',
    help: { fr: 'Nombre d’évaluations AMI du projet (déports exclus).', en: 'Number of AMI assessments of the project (recusals left out).' },
  },
  {
    id: 'spread',
    header: { fr: 'Écart max AMI', en: 'Largest AMI spread' },
    aliases: ['Écart max', 'Écart entre évaluateurs'],
    kind: 'computed',
    help: {
      fr: 'Le plus grand écart entre évaluateurs sur un critère AMI (en niveaux, 0 à 3).',
      en: 'The largest difference between reviewers on one AMI criterion (in levels, 0 to 3).',
    },
  },
  { id: 'spread-at', header: { fr: 'N° du critère disputé', en: 'Disputed criterion no.' }, kind: 'computed' },
  {
    id: 'disputed',
    header: { fr: 'Critère disputé', en: 'Disputed criterion' },
    aliases: ['Désaccord', 'Disagreement'],
    kind: 'computed',
    help: {
      fr: 'Le critère AMI où les évaluateurs s’écartent le plus ; « ⚠ désaccord » quand l’écart atteint ECART_DESACCORD (Paramètres).',
      en: 'The AMI criterion on which reviewers differ most; "⚠ disagreement" when the spread reaches ECART_DESACCORD (Parameters).',
    },
  },
];

/** Who must review the project (issue 11: assignment). Last of Projets' columns. */
export const REVIEWERS_COLUMN: ColumnSpec = {
  id: 'reviewers',
  header: { fr: 'Évaluateurs', en: 'Reviewers' },
  aliases: ['Évaluateurs assignés', 'Instructeurs', 'Experts', 'Assigned reviewers'],
  kind: 'text',
  help: {
    fr: 'Qui doit évaluer ce dossier : des noms séparés par des points-virgules (« Claire Martin ; Idriss Benali »), écrits comme dans le panneau (majuscules et espaces ignorées).',
    en: 'Who must review this project: names separated by semicolons ("Claire Martin; Idriss Benali"), written as in the panel (case and spaces ignored).',
  },
};

/**
 * How many years an investment may be spread over in Projets: « Investissement (€) » is the first
 * year's (paid today, or the whole amount when paid at once), then one column per later year, as a
 * multi-year grant agreement (convention pluriannuelle) pays it. SROI_NPV and SROI_PAYBACK take
 * these amounts side by side, one row per project, each discounted to its year (core/sroi/flows.ts).
 */
export const INVESTMENT_YEARS = 3;
export const investmentField = (year: number) => (year === 1 ? 'investment' : `investment-${year}`);

/**
 * Projets' SROI figures over time (issue 13): the later instalments, typed, then the net present
 * value and the net SROI (one SROI_NPV block), and the payback period (SROI_PAYBACK), live.
 */
const SROI_COLUMNS = once((): ColumnSpec[] => [
  ...Array.from(
    { length: INVESTMENT_YEARS - 1 },
    (_, i): ColumnSpec => ({
      id: investmentField(i + 2),
      header: { fr: `Investissement année ${i + 2} (€)`, en: `Investment year ${i + 2} (€)` },
      aliases: [`Investissement année ${i + 2}`, `Investment year ${i + 2}`],
      kind: 'amount',
      help: {
        fr: `Montant investi la ${i + 2}e année (${i + 1} an${i ? 's' : ''} après « Investissement (€) », qui est celui de la 1re année ou le montant versé en une fois). Vide : rien cette année-là. Actualisé au taux d’actualisation (Paramètres) dans la VAN, le SROI et le délai de retour.`,
        en: `Amount invested in year ${i + 2} (${i + 1} year${i ? 's' : ''} after "Investment (€)", which is year 1's or the amount paid at once). Blank: nothing that year. Discounted at the discount rate (Settings) in the NPV, the SROI and the payback.`,
      },
    }),
  ),
  {
    id: 'npv',
    header: { fr: 'VAN (€)', en: 'NPV (€)' },
    aliases: ['Valeur actuelle nette', 'Valeur actuelle nette (€)', 'Net present value'],
    kind: 'computed',
    format: FORMATS.euro,
    help: {
      fr: 'Valeur actuelle nette : la valeur sociale actualisée moins l’investissement actualisé (toutes les années d’investissement). Vide sans effet valorisé.',
      en: 'Net present value: the present social value minus the discounted investment (every year of it). Blank without a valued outcome.',
    },
  },
  {
    id: 'net-sroi',
    header: { fr: 'SROI net', en: 'Net SROI' },
    aliases: ['Ratio SROI net', 'Net SROI ratio'],
    kind: 'computed',
    format: FORMATS.ratio,
    help: { fr: 'SROI net : VAN ÷ investissement actualisé (le SROI moins 1).', en: 'Net SROI: NPV ÷ discounted investment (the SROI minus 1).' },
  },
  {
    id: 'payback',
    header: { fr: 'Délai de retour (mois)', en: 'Payback (months)' },
    aliases: ['Délai de récupération', 'Délai de récupération (mois)', 'Retour sur investissement', 'Payback period'],
    kind: 'computed',
    format: FORMATS.integer,
    help: {
      fr: 'Délai de récupération : en combien de mois la valeur sociale actualisée, année après année, rattrape l’investissement actualisé (« non remboursé » s’il ne l’est pas sur la durée des effets).',
      en: 'Payback period: how many months it takes for the present social value, year by year, to catch up with the discounted investment ("not paid back" when it does not within the outcomes’ duration).',
    },
  },
]);

export const PROJECTS: SheetSpec = lazySheet('projects', { fr: 'Projets', en: 'Projects' }, 'PROJETS', projectColumns);

export const VALUATION: SheetSpec = {
  id: 'valuation',
  name: { fr: 'Valorisation', en: 'Valuation' },
  namedRange: 'VALORISATION',
  columns: [
    { ...ID, header: { fr: 'ID projet', en: 'Project ID' }, aliases: ['ID', 'Projet', 'Project'] },
    { id: 'stakeholder', header: { fr: 'Partie prenante', en: 'Stakeholder' }, aliases: ['Parties prenantes', 'Bénéficiaires'], kind: 'text' },
    { id: 'outcome', header: { fr: 'Effet', en: 'Outcome' }, aliases: ['Changement', 'Impact'], kind: 'text' },
    { id: 'indicator', header: { fr: 'Indicateur', en: 'Indicator' }, kind: 'text' },
    { id: 'quantity', header: { fr: 'Quantité', en: 'Quantity' }, kind: 'number' },
    { id: 'unit', header: { fr: 'Unité', en: 'Unit' }, kind: 'text' },
    {
      id: 'proxy',
      header: { fr: 'Proxy financier (€/unité/an)', en: 'Financial proxy (€/unit/year)' },
      aliases: ['Proxy', 'Proxy financier', 'Financial proxy'],
      kind: 'amount',
    },
    { id: 'proxy-source', header: { fr: 'Source du proxy', en: 'Proxy source' }, aliases: ['Source'], kind: 'text' },
    { id: 'deadweight', header: { fr: 'Point mort', en: 'Deadweight' }, kind: 'percent' },
    { id: 'attribution', header: { fr: 'Attribution', en: 'Attribution' }, kind: 'percent' },
    { id: 'displacement', header: { fr: 'Déplacement', en: 'Displacement' }, kind: 'percent' },
    { id: 'dropoff', header: { fr: 'Érosion annuelle', en: 'Drop-off' }, aliases: ['Érosion', 'Drop-off'], kind: 'percent' },
    { id: 'years', header: { fr: 'Durée (années)', en: 'Duration (years)' }, aliases: ['Durée', 'Duration'], kind: 'years' },
    {
      id: 'start',
      header: { fr: 'Début (années après l’action)', en: 'Start (years after the activity)' },
      aliases: ['Début des effets', 'Début des effets (année)', 'Début de l’effet', 'Outcome start', 'Outcomes start', 'Start'],
      kind: 'start',
    },
    { id: 'present-value', header: { fr: 'Valeur actualisée (€)', en: 'Present value (€)' }, kind: 'computed', format: FORMATS.euro },
    // Last, so that no column letter of the earlier template moves (the functions' help examples name them).
    {
      id: 'family',
      header: { fr: 'Famille d’effet', en: 'Outcome family' },
      aliases: ['Famille', 'Famille d’effets', 'Thématique', 'Family', 'Outcome area'],
      kind: 'text',
      help: {
        fr: 'Facultatif : la famille de l’effet (santé, emploi et insertion, logement…), à votre choix, écrite de même d’une ligne à l’autre. Le tableau de bord totalise la valeur sociale actualisée par famille, comme par partie prenante.',
        en: 'Optional: the outcome’s family (health, employment, housing…), your own, written alike on every row. The dashboard totals the present social value per family, as per stakeholder.',
      },
    },
  ],
};

/**
 * The target social system (issue 14 §3, seed 003): one row per actor of a project, with its
 * category of innovation and its role (the seed's words as dropdowns), several rows per project. Per
 * project, not per assessment: the actors are what the project states, not a reviewer's judgement
 * (core/system/target-system.ts); core/system/matrix.ts reads it into the categories × roles matrix.
 */
export const SYSTEM: SheetSpec = {
  id: 'system',
  name: SYSTEM_SHEET_NAME,
  namedRange: 'SYSTEME_CIBLE',
  columns: [
    { ...ID, header: { fr: 'ID projet', en: 'Project ID' }, aliases: ['ID', 'Projet', 'Project'] },
    { id: 'actor', header: SYSTEM_COLUMNS.actor, aliases: ['Acteurs', 'Partie prenante', 'Actor'], kind: 'text' },
    { id: 'category', header: SYSTEM_COLUMNS.category, aliases: ['Catégorie', 'Category'], kind: 'category' },
    { id: 'role', header: SYSTEM_COLUMNS.role, aliases: ['Rôle dans la dynamique d’innovation', 'Role'], kind: 'role' },
    { id: 'comment', header: SYSTEM_COLUMNS.comment, aliases: ['Commentaires', 'Comment'], kind: 'text' },
  ],
};
