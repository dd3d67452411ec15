import { AMI_CRITERIA, AMI_GROUPS } from '../core/ami/grid';
import { equalWeights } from '../core/ami/score';
import { MAX_LEVEL } from '../core/cells/level';
import { isBlank } from '../core/cells/text';
import { LEVELS_PARAM, profileOf, profileRow, WEIGHTS_PARAM } from './ami';
import { consensusOf, IDS, latestOf, METHOD_PARAM, normalizeOf, PROJECT_IDS, reviewSpreadOf } from './assessments';
import { WARNING } from './messages';
import { besideKeys, LANG_PARAM, omissible } from './params';
import { CallError, CellProblem } from './rows';
import { fromGrid, gridWidth, toGrid, type Grid } from './shapes';
import { defineFunction, perRowOfFirst } from './spec';

/** The columns AMI_PORTFOLIO gives, in order: the consensus profile, the normalised mark, the AMI total now and before, its change, REVIEW_SPREAD's three. */
export const AMI_PORTFOLIO_WIDTH = AMI_GROUPS.length + 1 + 1 + 3 + 3;

const column = (what: { fr: string; en: string }) => besideKeys('ids', what, { column: true });

/**
 * Issue 10: everything Projets computes from Grille AMI, per project, in one custom-function run per
 * AMI edit (with Grille AMI's own AMI_PROFILE_GAPS, two in all, where there were seven). Composed of
 * the contract functions' own bodies, on the arguments Projets' and Comité's formulas gave them, so
 * each figure is the one those formulas computed:
 * - AMI_PROFILE(CONSENSUS(project_ids; ids; levels not recused; method; reviewers; dates); weights);
 * - the normalised mark /20: CONSENSUS(project_ids; ids; NORMALIZE_BY_REVIEWER(reviewers; marks; ids;
 *   dates); method; reviewers; dates), each assessment's mark its AMI total × 20 / (3 × Σ weights), blank
 *   when recused or incomplete (Comité's formula did that arithmetic natively, in this order);
 * - LATEST(project_ids; ids of the assessments with a total, not recused; dates; totals; HSTACK(1;2))
 *   and the change now − before when both are numbers;
 * - REVIEW_SPREAD(project_ids; ids; levels not recused; reviewers; dates).
 * An assessment's total is AMI_PROFILE's of its levels (Grille AMI's « Total AMI », computed again here
 * rather than read, so that this run does not wait for the grid's). A recused row (its box ticked,
 * TRUE) holds nothing, as Projets' formulas blanked it. A message names AMI_PORTFOLIO, in `lang`.
 */
export const AMI_PORTFOLIO = defineFunction({
  name: 'AMI_PORTFOLIO',
  summary: {
    fr: 'Le portefeuille AMI en un seul calcul : pour chaque projet, le profil AMI du consensus (Portage, Contenu, Contexte, Total), la note normalisée par évaluateur /20, le total AMI de la dernière évaluation et de la précédente et leur évolution, puis le nombre d’évaluations, le plus grand écart et son critère (REVIEW_SPREAD).',
    en: 'The AMI portfolio in one computation: per project, the AMI profile of the consensus (Portage, Content, Context, Total), the mark normalised by reviewer /20, the AMI total of the latest assessment and of the one before and their change, then the number of assessments, the largest spread and its criterion (REVIEW_SPREAD).',
  },
  params: [
    PROJECT_IDS,
    IDS,
    {
      ...LEVELS_PARAM,
      type: besideKeys('ids', { fr: `les ${AMI_CRITERIA.length} niveaux de chaque évaluation`, en: `the ${AMI_CRITERIA.length} levels of each assessment` }),
      help: {
        fr: `Les niveaux des ${AMI_CRITERIA.length} critères de la grille AMI, une ligne par évaluation, aussi haute que ids.`,
        en: `The levels of the ${AMI_CRITERIA.length} AMI criteria, one row per assessment, as tall as ids.`,
      },
    },
    {
      name: 'reviewers',
      type: column({ fr: 'l’évaluateur de chaque évaluation', en: 'the reviewer of each assessment' }),
      example: 'C2:C',
      help: {
        fr: 'L’évaluateur de chaque évaluation : seule la dernière de chaque évaluateur compte (CONSENSUS, REVIEW_SPREAD), et sa sévérité est corrigée (NORMALIZE_BY_REVIEWER).',
        en: 'The reviewer of each assessment: only each reviewer’s latest counts (CONSENSUS, REVIEW_SPREAD), and their severity is corrected (NORMALIZE_BY_REVIEWER).',
      },
    },
    {
      name: 'dates',
      type: column({ fr: 'la date de chaque évaluation', en: 'the date of each assessment' }),
      example: 'D2:D',
      help: {
        fr: 'La date de chaque évaluation (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj), rangées comme LATEST les range.',
        en: 'The date of each assessment (a date cell, or text dd/mm/yyyy or yyyy-mm-dd), ranked as LATEST ranks them.',
      },
    },
    {
      name: 'recused',
      type: omissible(column({ fr: 'le déport de chaque évaluation', en: 'the recusal of each assessment' })),
      example: 'AF2:AF',
      optional: true,
      help: {
        fr: 'Facultatif : la case « Déport » de chaque évaluation ; cochée (VRAI), l’évaluation ne compte nulle part, et son évaluateur non plus si c’est sa dernière.',
        en: 'Optional: the « Recused » box of each assessment; ticked (TRUE), the assessment counts nowhere, nor its reviewer when it is their latest.',
      },
    },
    METHOD_PARAM,
    WEIGHTS_PARAM,
    LANG_PARAM,
  ],
  returns: {
    fr: `${AMI_PORTFOLIO_WIDTH} colonnes, une ligne par projet : Portage, Contenu, Contexte, Total (comme AMI_PROFILE), note normalisée /20, total AMI actuel, précédent, évolution, nombre d’évaluations, plus grand écart, numéro de son critère.`,
    en: `${AMI_PORTFOLIO_WIDTH} columns, one row per project: Portage, Content, Context, Total (as AMI_PROFILE), normalised mark /20, current AMI total, previous, change, number of assessments, largest spread, number of its criterion.`,
  },
  exampleSheet: 'ami',
  example: '=AMI_PORTFOLIO(A2:A; A2:A; E2:P; C2:C; D2:D; AF2:AF; "moyenne"; AMI_POIDS)',
  resultShape: perRowOfFirst(AMI_PORTFOLIO_WIDTH),
  body(call, projectIds, ids, levels, reviewers, dates, recused, method, weights) {
    if (gridWidth(levels) !== AMI_CRITERIA.length)
      throw new CallError(call.name, call.lang, {
        fr: `la plage levels doit avoir ${AMI_CRITERIA.length} colonnes (une par critère de la grille AMI) ; elle en a ${gridWidth(levels)}`,
        en: `the range levels must have ${AMI_CRITERIA.length} columns (one per criterion of the AMI grid); it has ${gridWidth(levels)}`,
      });
    // Projets' `IF(recused=TRUE();"";levels)`: a recused row keeps its ID, reviewer and date, holds nothing.
    const isRecused = (row: number) => recused?.[row][0] === true;
    const kept: Grid = levels.map((row, i) => (isRecused(i) ? row.map(() => '') : row));
    const totals = kept.map((cells) => [assessmentTotal(cells, weights)]);
    // Comité's marks: `IF((recused=TRUE())+NOT(ISNUMBER(total));"";total/(3*SUM(AMI_POIDS))*20)`.
    const weightSum = (weights ?? equalWeights()).reduce((a, b) => a + b, 0);
    const marks = totals.map(([t]) => [typeof t === 'number' ? (t / (MAX_LEVEL * weightSum)) * 20 : '']);
    // LATEST's IDs: blank where recused or without a total, so « now » is the latest that says something.
    const latestIds = ids.map((id, i) => (totals[i][0] === '' ? '' : id));
    const reviewerColumn = reviewers.map(([r]) => r);

    const profile = toGrid(profileOf(call, toGrid(consensusOf(call, projectIds, ids, kept, method, reviewers, dates)), weights, undefined));
    const normalizedMarks = toGrid(
      normalizeOf(
        call,
        reviewerColumn,
        marks,
        ids.map((id) => [id]),
        dates,
      ),
    );
    const normalized = toGrid(consensusOf(call, projectIds, ids, normalizedMarks, method, reviewers, dates));
    const latest = toGrid(latestOf(call, projectIds, latestIds, dates, totals, [1, 2]));
    const spread = toGrid(reviewSpreadOf(call, projectIds, ids, kept, reviewers, dates));
    return fromGrid(
      profile.map((row, p) => {
        const [now, before] = latest[p];
        // « Évolution AMI »: `IF(ISNUMBER(now)*ISNUMBER(before);now-before;"")`.
        const change = typeof now === 'number' && typeof before === 'number' ? now - before : '';
        return [...row, normalized[p][0], now, before, change, ...spread[p]];
      }),
    );
  },
});

/**
 * An assessment's « Total AMI » as Grille AMI's AMI_PROFILE_GAPS gives it: the weighted total of a
 * complete row of valid levels; blank for a blank, incomplete or invalid row (the status goes to the
 * grid's Portage, its Total stays blank), and for a status passed through or a total too large.
 */
function assessmentTotal(cells: unknown[], weights: readonly number[] | undefined): number | '' {
  if (cells.every(isBlank) || cells.some((c) => typeof c === 'string' && c.startsWith(WARNING))) return '';
  try {
    const row = profileRow(weights)(cells);
    return Array.isArray(row) && typeof row[3] === 'number' && Number.isFinite(row[3]) ? row[3] : '';
  } catch (e) {
    if (e instanceof CellProblem) return '';
    throw e;
  }
}
