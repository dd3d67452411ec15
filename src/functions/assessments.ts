import type { Lang, Text } from '../core/i18n';
import {
  consensus,
  latestByReviewer,
  matchKey,
  normalizeByReviewer,
  nthLatest,
  parseDate,
  parseMethod,
  reviewSpread,
  rowsByKey,
  type Columns,
  type Method,
} from '../core/assessments/aggregate';
import { parseAssessmentValue } from '../core/assessments/values';
import { parseNumber, toNumber } from '../core/cells/number';
import { isBlank } from '../core/cells/text';
import { Problem, problem, quote } from '../core/problem';
import { besideKeys, keys, omissible } from './params';
import { CellProblem, cell, rowwise, type RowResult } from './rows';
import { gridWidth, toVector, type Grid } from './shapes';
import { defineFunction, perRowOfFirst, type ArgShape, type Call, type ParamSpec, type ParamType } from './spec';

/**
 * Contract v2 (formulas.md): several assessments per project. These adapters read the ranges and
 * report bad cells; the logic is core/assessments. Each call maps the assessment rows by normalised
 * project ID once, then reads only each project's own rows: O(N + M).
 */

const IDS_WHAT: Text = { fr: 'les ID de projet des évaluations', en: 'the assessments’ project IDs' };
const VALUES_WHAT: Text = { fr: 'une ligne par évaluation', en: 'one row per assessment' };

export const PROJECT_IDS: ParamSpec<unknown[]> = {
  name: 'project_ids',
  type: keys({ fr: 'les projets à présenter', en: 'the projects to report on' }),
  example: 'A2:A',
  help: {
    fr: 'Les projets à présenter, une ligne de résultat par ID (p. ex. la colonne ID de Projets, ou UNIQUE(ids)) ; un ID vide donne une ligne vide.',
    en: 'The projects to report on, one result row per ID (e.g. the ID column of Projects, or UNIQUE(ids)); an empty ID gives an empty row.',
  },
};
export const IDS: ParamSpec<unknown[]> = {
  name: 'ids',
  type: keys(IDS_WHAT),
  example: 'A2:A',
  help: {
    fr: 'L’ID de projet de chaque évaluation (une colonne) ; comparé sans les espaces autour ni la casse (« p-0001 » est « P-0001 »). Une ligne sans ID est ignorée.',
    en: 'The project ID of each assessment (one column); compared without surrounding spaces or case ("p-0001" is "P-0001"). A row without an ID is ignored.',
  },
};
const VALUES: ParamSpec<Grid> = {
  name: 'values',
  type: besideKeys('ids', VALUES_WHAT),
  example: 'E2:P',
  help: {
    fr: 'Les valeurs des évaluations, une ou plusieurs colonnes, aussi haute que ids : nombres, niveaux (Faible, Fort, « 2 – … »), pourcentages, cases à cocher ; les cellules vides sont ignorées.',
    en: 'The assessments’ values, one or more columns, as tall as ids: numbers, levels (Weak, Strong, "2 – …"), percentages, checkboxes; empty cells are ignored.',
  },
};

/** The column a bad cell is in, in a message: a column of values, or the dates (DATES_COLUMN). */
const columnName = (i: number, lang: Lang) => (i === DATES_COLUMN ? 'dates' : lang === 'en' ? `column ${i + 1}` : `colonne ${i + 1}`);
const DATES_COLUMN = -1;

/** Reads a cell of assessment row `row` (0-based); a bad value names that row and the column. */
function readAt<T>(value: unknown, column: number, row: number, parse: (v: unknown) => T): T {
  try {
    return parse(value);
  } catch (e) {
    if (e instanceof Problem) throw new CellProblem(column, e, row + 1);
    throw e;
  }
}

/** The date keys of `rows` as LATEST reads them (undefined: undated); a date that is no date names its row. */
function dateKeys(rows: readonly number[], dates: Grid | undefined): (number | undefined)[] {
  return rows.map((row) => (dates === undefined || isBlank(dates[row][0]) ? undefined : readAt(dates[row][0], DATES_COLUMN, row, parseDate)));
}

/**
 * The rows that count: all of them without `reviewers`; with them, each reviewer's latest
 * (core latestByReviewer; without `dates` every row is undated, so the lowest row is the latest).
 */
function counted(rows: readonly number[], reviewers: Grid | undefined, dates: Grid | undefined): readonly number[] {
  if (reviewers === undefined) return rows;
  return latestByReviewer(
    rows,
    rows.map((row) => reviewers[row][0]),
    dateKeys(rows, dates),
  );
}

/**
 * The optional last two arguments that make a function count each reviewer's latest assessment only:
 * `first` (the reviewers for CONSENSUS and REVIEW_SPREAD, the project IDs for NORMALIZE_BY_REVIEWER)
 * and `dates`, columns as tall as `of`. `dates` without `first` would be read for nothing: refused,
 * so that nobody believes it counts.
 */
function latestParams(
  of: string,
  first: { name: string; what: Text; example: string; help: Text },
  dates: { example: string; help: Text },
): readonly [ParamSpec<Grid | undefined>, ParamSpec<Grid | undefined>] {
  const firstColumn = omissible(besideKeys(of, first.what, { column: true }));
  const dateColumn = omissible(besideKeys(of, { fr: 'la date de chaque évaluation', en: 'the date of each assessment' }, { column: true }), (_, ctx) => {
    if (ctx.earlier.get(first.name) === undefined)
      ctx.fail({
        fr: `l’argument dates ne sert qu’avec l’argument ${first.name} (la dernière évaluation de chaque évaluateur) : donnez aussi ${first.what.fr}`,
        en: `dates only serves with ${first.name} (each reviewer’s latest assessment): give ${first.what.en} too`,
      });
  });
  return [
    { name: first.name, example: first.example, help: first.help, type: firstColumn, optional: true },
    { name: 'dates', example: dates.example, help: dates.help, type: dateColumn, optional: true },
  ];
}

const LATEST_RULE: Text = {
  fr: 'la plus récente par date comme LATEST (sans date : plus ancienne que les datées ; à date égale, la ligne la plus basse)',
  en: 'the most recent by date as LATEST ranks them (undated: older than dated ones; equal dates: the lower row)',
};

/** CONSENSUS's and REVIEW_SPREAD's last two arguments. */
export const BY_REVIEWER = latestParams(
  'ids',
  {
    name: 'reviewers',
    what: { fr: 'l’évaluateur de chaque évaluation', en: 'the reviewer of each assessment' },
    example: 'C2:C',
    help: {
      fr: `Facultatif : l’évaluateur de chaque évaluation (une colonne aussi haute que ids). Donné, seule la dernière évaluation de chaque évaluateur compte, ${LATEST_RULE.fr} ; les précédentes sont son suivi, pas un autre avis. Noms comparés sans les espaces ni la casse ; une évaluation sans nom compte toujours.`,
      en: `Optional: the reviewer of each assessment (one column as tall as ids). Given, only each reviewer’s latest assessment counts, ${LATEST_RULE.en}; the earlier ones are their follow-up, not another opinion. Names compared without spaces or case; an unnamed assessment always counts.`,
    },
  },
  {
    example: 'D2:D',
    help: {
      fr: 'Facultatif, avec reviewers : la date de chaque évaluation (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj). Sans elle, la ligne la plus basse de chaque évaluateur est sa dernière.',
      en: 'Optional, with reviewers: the date of each assessment (a date cell, or text dd/mm/yyyy or yyyy-mm-dd). Without it, each reviewer’s lowest row is their latest.',
    },
  },
);

/** The numeric values of a project's assessment rows, per column, and how many rows hold one. `width`: the range's, measured once per call. */
function readColumns(rows: readonly number[], values: Grid, width: number): { assessed: number; columns: Columns } {
  const columns: Columns = Array.from({ length: width }, () => []);
  let assessed = 0;
  for (const row of rows) {
    let holds = false;
    values[row].forEach((v, c) => {
      if (isBlank(v)) return;
      holds = true;
      columns[c].push(readAt(v, c, row, parseAssessmentValue));
    });
    if (holds) assessed++;
  }
  return { assessed, columns };
}

/**
 * One result row per project ID through the common adapter (blank IDs give blank rows, a bad value a
 * « ⚠ » row), each project's result computed once however often its ID is listed.
 */
function perProject(
  call: { name: string; lang: Lang },
  projectIds: readonly unknown[],
  ids: readonly unknown[],
  outWidth: number,
  result: (rows: readonly number[]) => RowResult,
): unknown {
  const byId = rowsByKey(ids);
  const done = new Map<string, { value: RowResult } | { error: unknown }>();
  return rowwise({
    ...call,
    table: projectIds.map((id) => [id]),
    outWidth,
    columnName,
    row: ([id]) => {
      const key = matchKey(id);
      let memo = done.get(key);
      if (!memo) {
        try {
          memo = { value: result(byId.get(key) ?? []) };
        } catch (error) {
          memo = { error };
        }
        done.set(key, memo);
      }
      if ('error' in memo) throw memo.error;
      return Array.isArray(memo.value) ? memo.value.slice() : memo.value;
    },
  });
}

const blankRow = (width: number) => Array<unknown>(width).fill('');

const METHOD: ParamType<Method> = { name: 'method', kind: 'option', jsdoc: 'string', parse: parseMethod };
export const METHOD_PARAM: ParamSpec<Method> = {
  name: 'method',
  type: METHOD,
  example: '"médiane"',
  optional: true,
  default: 'mean',
  help: {
    fr: 'Facultatif : « moyenne » (par défaut), « médiane » (moyenne des deux valeurs du milieu pour un nombre pair), « min » ou « max ».',
    en: 'Optional: "mean" (default), "median" (mean of the two middle values for an even count), "min" or "max".',
  },
};

export const CONSENSUS = defineFunction({
  name: 'CONSENSUS',
  summary: {
    fr: 'Le consensus de plusieurs évaluations par projet : par colonne, la moyenne (ou la médiane, le min, le max) des évaluations du projet ; avec reviewers et dates, de la dernière évaluation de chaque évaluateur.',
    en: 'The consensus of several assessments per project: per column, the mean (or median, min, max) of the project’s assessments; with reviewers and dates, of each reviewer’s latest assessment.',
  },
  params: [PROJECT_IDS, IDS, VALUES, METHOD_PARAM, ...BY_REVIEWER],
  returns: {
    fr: 'Autant de colonnes que values, une ligne par projet ; vide quand le projet n’a pas de valeur dans la colonne. Se compose : =AMI_SCORE(CONSENSUS(…)).',
    en: 'As many columns as values, one row per project; empty when the project has no value in the column. Composes: =AMI_SCORE(CONSENSUS(…)).',
  },
  exampleSheet: 'ami',
  example: '=CONSENSUS(A2:A; A2:A; E2:P; "moyenne"; C2:C; D2:D)',
  resultShape: (args: readonly ArgShape[]) => ({ rows: args[0]?.rows ?? 1, columns: args[2]?.columns ?? 1 }),
  body: consensusOf,
});

export const REVIEW_SPREAD = defineFunction({
  name: 'REVIEW_SPREAD',
  summary: {
    fr: 'Le désaccord entre évaluateurs : nombre d’évaluations, plus grand écart (max − min) sur une colonne, et cette colonne ; avec reviewers et dates, entre les dernières évaluations de chaque évaluateur.',
    en: 'Disagreement between reviewers: number of assessments, largest spread (max − min) in one column, and that column; with reviewers and dates, between each reviewer’s latest assessments.',
  },
  params: [PROJECT_IDS, IDS, VALUES, ...BY_REVIEWER],
  returns: {
    fr: '3 colonnes : nombre d’évaluations renseignées (avec reviewers, la dernière de chaque évaluateur), plus grand écart (0 avec une seule), numéro de la colonne de cet écart (vide si 0).',
    en: '3 columns: number of assessments holding a value (with reviewers, each reviewer’s latest), largest spread (0 with a single one), number of the column of that spread (empty when 0).',
  },
  exampleSheet: 'ami',
  example: '=REVIEW_SPREAD(A2:A; A2:A; E2:P; C2:C; D2:D)',
  resultShape: perRowOfFirst(3),
  body: reviewSpreadOf,
});

/**
 * One rank, or several in a row or a column (`HSTACK(1;2)`): Projets' « now » and « before » columns
 * of an instrument, side by side, are one LATEST run per edit instead of two (issue 10).
 */
const RANKS: ParamType<readonly number[]> = {
  name: 'rank',
  kind: 'option',
  jsdoc: 'number|Array<Array<number>>',
  parse(value) {
    const vector = Array.isArray(value) ? toVector(value) : [value];
    if (!vector?.length)
      throw problem('plusieurs rangs se donnent sur une ligne ou une colonne (HSTACK(1;2))', 'several ranks are given in one row or one column (HSTACK(1;2))');
    return vector.map((v) => {
      const n = typeof v === 'boolean' ? NaN : Number(typeof v === 'string' ? v.trim() : v);
      if (Number.isInteger(n) && n >= 1) return n;
      throw problem(
        `${quote(v, 'fr')} n'est pas un rang : un nombre entier à partir de 1 (1 la plus récente évaluation, 2 la précédente…)`,
        `${quote(v, 'en')} is not a rank: a whole number from 1 (1 the most recent assessment, 2 the one before…)`,
      );
    });
  },
};

/** How many ranks a LATEST call asks for, from the shape of its rank argument (absent: one). */
const rankCount = (shape: ArgShape | undefined) => (shape ? shape.rows * shape.columns : 1);

export const LATEST = defineFunction({
  name: 'LATEST',
  summary: {
    fr: 'La plus récente évaluation de chaque projet (ou la précédente avec rang 2), ses valeurs telles qu’elles sont dans les cellules.',
    en: 'The most recent assessment of each project (or the one before with rank 2), its values as they are in the cells.',
  },
  params: [
    PROJECT_IDS,
    IDS,
    {
      name: 'dates',
      type: besideKeys('ids', { fr: 'la date de chaque évaluation', en: 'the date of each assessment' }, { column: true }),
      example: 'D2:D',
      help: {
        fr: 'La date de chaque évaluation (une colonne aussi haute que ids) : une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj. Sans date, une évaluation est plus ancienne que les datées ; à date égale, la ligne la plus basse est la plus récente.',
        en: 'The date of each assessment (one column as tall as ids): a date cell, or text dd/mm/yyyy or yyyy-mm-dd. Undated assessments are older than dated ones; on equal dates, the lower row is more recent.',
      },
    },
    {
      ...VALUES,
      example: 'E2:M',
      help: {
        fr: 'Les valeurs à reprendre, une ou plusieurs colonnes, aussi haute que ids.',
        en: 'The values to return, one or more columns, as tall as ids.',
      },
    },
    {
      name: 'rank',
      type: RANKS,
      example: '2',
      optional: true,
      default: [1],
      help: {
        fr: 'Facultatif : 1 la plus récente (par défaut), 2 la précédente, 3 celle d’avant… ; ou plusieurs rangs côte à côte, HSTACK(1;2), pour les avoir dans un seul calcul.',
        en: 'Optional: 1 the most recent (default), 2 the one before, 3 the one before that…; or several ranks side by side, HSTACK(1;2), to get them in one computation.',
      },
    },
  ],
  returns: {
    fr: 'Autant de colonnes que values (pour chaque rang, l’un après l’autre), une ligne par projet ; vide quand le projet a moins d’évaluations que le rang.',
    en: 'As many columns as values (for each rank, one after the other), one row per project; empty when the project has fewer assessments than the rank.',
  },
  exampleSheet: 'srl',
  example: '=LATEST(A2:A; A2:A; D2:D; E2:M)',
  resultShape: (args: readonly ArgShape[]) => ({ rows: args[0]?.rows ?? 1, columns: (args[3]?.columns ?? 1) * rankCount(args[4]) }),
  body: latestOf,
});

export const NORMALIZE_BY_REVIEWER = defineFunction({
  name: 'NORMALIZE_BY_REVIEWER',
  summary: {
    fr: 'Les notes corrigées de la sévérité de chaque évaluateur : ramenées à la moyenne et à l’écart type de l’ensemble ; avec ids et dates, la dernière note de chaque évaluateur par projet.',
    en: 'Scores corrected for each reviewer’s severity: brought to the mean and standard deviation of all scores; with ids and dates, each reviewer’s latest score of a project.',
  },
  params: [
    {
      name: 'reviewers',
      type: keys({ fr: 'l’évaluateur de chaque note', en: 'the reviewer of each score' }),
      example: 'C2:C',
      help: {
        fr: 'L’évaluateur de chaque note (une colonne) ; comparé sans les espaces ni la casse ; un nom vide est un évaluateur à part.',
        en: 'The reviewer of each score (one column); compared without spaces or case; an empty name is a reviewer of its own.',
      },
    },
    {
      name: 'scores',
      type: besideKeys('reviewers', { fr: 'une note par évaluation', en: 'one score per assessment' }, { column: true }),
      example: 'S2:S',
      help: {
        fr: 'Les notes (une colonne aussi haute que reviewers) ; une note vide donne une cellule vide.',
        en: 'The scores (one column as tall as reviewers); an empty score gives an empty cell.',
      },
    },
    ...latestParams(
      'reviewers',
      {
        name: 'ids',
        what: { fr: 'le projet de chaque note', en: 'the project of each score' },
        example: 'A2:A',
        help: {
          fr: `Facultatif : le projet de chaque note (une colonne aussi haute que reviewers). Donné, seule la dernière note de chaque évaluateur sur chaque projet compte, ${LATEST_RULE.fr} ; les précédentes donnent une cellule vide et n’entrent dans aucune moyenne (un projet suivi trois ans ne pèse pas trois fois dans la sévérité de son évaluateur).`,
          en: `Optional: the project of each score (one column as tall as reviewers). Given, only each reviewer’s latest score of each project counts, ${LATEST_RULE.en}; earlier ones give an empty cell and count in no mean (a project followed for three years does not weigh three times in its reviewer’s severity).`,
        },
      },
      {
        example: 'D2:D',
        help: {
          fr: 'Facultatif, avec ids : la date de chaque note (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj). Sans elle, la ligne la plus basse est la dernière.',
          en: 'Optional, with ids: the date of each score (a date cell, or text dd/mm/yyyy or yyyy-mm-dd). Without it, the lowest row is the latest.',
        },
      },
    ),
  ],
  returns: {
    fr: 'Une colonne, une ligne par évaluation : μ + σ·(x − μᵣ)/σᵣ quand l’évaluateur a au moins 2 notes différentes, sinon x − μᵣ + μ.',
    en: 'One column, one row per assessment: μ + σ·(x − μᵣ)/σᵣ when the reviewer has at least 2 different scores, else x − μᵣ + μ.',
  },
  // Each SRL assessment's level, its reviewer's severity removed, each reviewer's latest of a project only.
  exampleSheet: 'srl',
  example: '=NORMALIZE_BY_REVIEWER(C2:C; S2:S; A2:A; D2:D)',
  resultShape: (args: readonly ArgShape[]) => ({ rows: args[1]?.rows ?? 1, columns: 1 }),
  body: normalizeOf,
});

// The functions' bodies, named so that AMI_PORTFOLIO (portfolio.ts) composes the very same code.

/** CONSENSUS's body: per project, each column's consensus of the rows that count. */
export function consensusOf(call: Call, projectIds: unknown[], ids: unknown[], values: Grid, method: Method, reviewers?: Grid, dates?: Grid): unknown {
  const width = gridWidth(values);
  return perProject(call, projectIds, ids, width, (rows) => consensus(readColumns(counted(rows, reviewers, dates), values, width).columns, method));
}

/** REVIEW_SPREAD's body: per project, the assessments counted, the largest spread and its column. */
export function reviewSpreadOf(call: Call, projectIds: unknown[], ids: unknown[], values: Grid, reviewers?: Grid, dates?: Grid): unknown {
  const width = gridWidth(values);
  return perProject(call, projectIds, ids, 3, (rows) => {
    // No assessment row, or none holding a value: 0, "", "". With reviewers, a reviewer's own
    // earlier assessments are progress, not disagreement: only their latest is compared.
    const { assessed, columns } = readColumns(counted(rows, reviewers, dates), values, width);
    return reviewSpread(assessed, columns);
  });
}

/** LATEST's body: per project, the values of its assessment at each rank, side by side. */
export function latestOf(call: Call, projectIds: unknown[], ids: unknown[], dates: Grid, values: Grid, ranks: readonly number[]): unknown {
  const width = gridWidth(values);
  return perProject(call, projectIds, ids, width * ranks.length, (rows) => {
    const keys = dateKeys(rows, dates);
    return ranks.flatMap((rank) => {
      const latest = nthLatest(rows, keys, rank);
      return latest === undefined ? blankRow(width) : values[latest].map((v) => v ?? '');
    });
  });
}

/** NORMALIZE_BY_REVIEWER's body: each score with its reviewer's severity removed. */
export function normalizeOf(call: Call, reviewers: unknown[], scores: Grid, ids?: Grid, dates?: Grid): unknown {
  // With ids, the rows that are not their reviewer's latest of their project (left out), and the
  // rows of a project one of whose dates is no date (its ⚠, naming that row, in each of them).
  const superseded = new Set<number>();
  const unplaced = new Map<number, unknown>();
  // Made once, not once a project: 10,000 projects were 10,000 copies of the whole column (issue 10).
  const reviewerRows = reviewers.map((r) => [r]);
  for (const rows of ids === undefined ? [] : rowsByKey(ids.map(([id]) => id)).values()) {
    try {
      const kept = new Set(counted(rows, reviewerRows, dates));
      for (const row of rows) if (!kept.has(row)) superseded.add(row);
    } catch (error) {
      for (const row of rows) unplaced.set(row, error);
    }
  }
  // A blank or non-numeric score counts in no mean (the second is reported in its row below).
  const numbers = scores.map(([s], i) => {
    const n = isBlank(s) || superseded.has(i) || unplaced.has(i) ? NaN : toNumber(s);
    return Number.isNaN(n) ? undefined : n;
  });
  const normalized = normalizeByReviewer(reviewers, numbers);
  return rowwise({
    ...call,
    table: scores.map(([s], i) => [s, i]),
    outWidth: 1,
    columnName: (i) => (i === DATES_COLUMN ? 'dates' : 'scores'),
    isBlankRow: ([s]) => isBlank(s),
    row: (cells): RowResult => {
      const i = cells[1] as number;
      if (unplaced.has(i)) throw unplaced.get(i);
      if (superseded.has(i)) return [''];
      const value = normalized[i];
      return value === undefined ? [cell(cells, 0, (v) => parseNumber(v))] : [value];
    },
  });
}
