import type { Lang, Text } from '../core/i18n';
import {
  consensus,
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
import { besideKeys, keys } from './params';
import { CellProblem, cell, rowwise, type RowResult } from './rows';
import { gridWidth, type Grid } from './shapes';
import { defineFunction, perRowOfFirst, type ArgShape, type ParamSpec, type ParamType } from './spec';

/**
 * Contract v2 (formulas.md): several assessments per project. These adapters read the ranges and
 * report bad cells; the logic is core/assessments. Each call maps the assessment rows by normalised
 * project ID once, then reads only each project's own rows: O(N + M).
 */

const IDS_WHAT: Text = { fr: 'les ID de projet des évaluations', en: 'the assessments’ project IDs' };
const VALUES_WHAT: Text = { fr: 'une ligne par évaluation', en: 'one row per assessment' };

const PROJECT_IDS: ParamSpec<unknown[]> = {
  name: 'project_ids',
  type: keys({ fr: 'les projets à présenter', en: 'the projects to report on' }),
  example: 'A2:A',
  help: {
    fr: 'Les projets à présenter, une ligne de résultat par ID (p. ex. la colonne ID de Projets, ou UNIQUE(ids)) ; un ID vide donne une ligne vide.',
    en: 'The projects to report on, one result row per ID (e.g. the ID column of Projects, or UNIQUE(ids)); an empty ID gives an empty row.',
  },
};
const IDS: ParamSpec<unknown[]> = {
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

const columnName = (i: number, lang: Lang) => (lang === 'en' ? `column ${i + 1}` : `colonne ${i + 1}`);

/** Reads a cell of assessment row `row` (0-based); a bad value names that row and the column. */
function readAt<T>(value: unknown, column: number, row: number, parse: (v: unknown) => T): T {
  try {
    return parse(value);
  } catch (e) {
    if (e instanceof Problem) throw new CellProblem(column, e, row + 1);
    throw e;
  }
}

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
  name = columnName,
): unknown {
  const byId = rowsByKey(ids);
  const done = new Map<string, { value: RowResult } | { error: unknown }>();
  return rowwise({
    ...call,
    table: projectIds.map((id) => [id]),
    outWidth,
    columnName: name,
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

export const CONSENSUS = defineFunction({
  name: 'CONSENSUS',
  summary: {
    fr: 'Le consensus de plusieurs évaluations par projet : par colonne, la moyenne (ou la médiane, le min, le max) des évaluations du projet.',
    en: 'The consensus of several assessments per project: per column, the mean (or median, min, max) of the project’s assessments.',
  },
  params: [
    PROJECT_IDS,
    IDS,
    VALUES,
    {
      name: 'method',
      type: METHOD,
      example: '"médiane"',
      optional: true,
      default: 'mean',
      help: {
        fr: 'Facultatif : « moyenne » (par défaut), « médiane » (moyenne des deux valeurs du milieu pour un nombre pair), « min » ou « max ».',
        en: 'Optional: "mean" (default), "median" (mean of the two middle values for an even count), "min" or "max".',
      },
    },
  ],
  returns: {
    fr: 'Autant de colonnes que values, une ligne par projet ; vide quand le projet n’a pas de valeur dans la colonne. Se compose : =AMI_SCORE(CONSENSUS(…)).',
    en: 'As many columns as values, one row per project; empty when the project has no value in the column. Composes: =AMI_SCORE(CONSENSUS(…)).',
  },
  exampleSheet: 'ami',
  example: '=CONSENSUS(A2:A; A2:A; E2:P)',
  resultShape: (args: readonly ArgShape[]) => ({ rows: args[0]?.rows ?? 1, columns: args[2]?.columns ?? 1 }),
  body(call, projectIds, ids, values, method) {
    const width = gridWidth(values);
    return perProject(call, projectIds, ids, width, (rows) => consensus(readColumns(rows, values, width).columns, method));
  },
});

export const REVIEW_SPREAD = defineFunction({
  name: 'REVIEW_SPREAD',
  summary: {
    fr: 'Le désaccord entre évaluateurs : nombre d’évaluations, plus grand écart (max − min) sur une colonne, et cette colonne.',
    en: 'Disagreement between reviewers: number of assessments, largest spread (max − min) in one column, and that column.',
  },
  params: [PROJECT_IDS, IDS, VALUES],
  returns: {
    fr: '3 colonnes : nombre d’évaluations renseignées, plus grand écart (0 avec une seule), numéro de la colonne de cet écart (vide si 0).',
    en: '3 columns: number of assessments holding a value, largest spread (0 with a single one), number of the column of that spread (empty when 0).',
  },
  exampleSheet: 'ami',
  example: '=REVIEW_SPREAD(A2:A; A2:A; E2:P)',
  resultShape: perRowOfFirst(3),
  body(call, projectIds, ids, values) {
    const width = gridWidth(values);
    return perProject(call, projectIds, ids, 3, (rows) => {
      // No assessment row, or none holding a value: 0, "", "".
      const { assessed, columns } = readColumns(rows, values, width);
      return reviewSpread(assessed, columns);
    });
  },
});

const RANK: ParamType<number> = {
  name: 'rank',
  kind: 'option',
  jsdoc: 'number',
  parse(v) {
    const n = typeof v === 'boolean' ? NaN : Number(typeof v === 'string' ? v.trim() : v);
    if (Number.isInteger(n) && n >= 1) return n;
    throw problem(
      `${quote(v, 'fr')} n'est pas un rang : un nombre entier à partir de 1 (1 la plus récente évaluation, 2 la précédente…)`,
      `${quote(v, 'en')} is not a rank: a whole number from 1 (1 the most recent assessment, 2 the one before…)`,
    );
  },
};

const DATES_COLUMN = -1;

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
      type: RANK,
      example: '2',
      optional: true,
      default: 1,
      help: {
        fr: 'Facultatif : 1 la plus récente (par défaut), 2 la précédente, 3 celle d’avant…',
        en: 'Optional: 1 the most recent (default), 2 the one before, 3 the one before that…',
      },
    },
  ],
  returns: {
    fr: 'Autant de colonnes que values, une ligne par projet ; vide quand le projet a moins d’évaluations que le rang.',
    en: 'As many columns as values, one row per project; empty when the project has fewer assessments than the rank.',
  },
  exampleSheet: 'srl',
  example: '=LATEST(A2:A; A2:A; D2:D; E2:M)',
  resultShape: (args: readonly ArgShape[]) => ({ rows: args[0]?.rows ?? 1, columns: args[3]?.columns ?? 1 }),
  body(call, projectIds, ids, dates, values, rank) {
    const width = gridWidth(values);
    const name = (i: number, lang: Lang) => (i === DATES_COLUMN ? 'dates' : columnName(i, lang));
    return perProject(
      call,
      projectIds,
      ids,
      width,
      (rows) => {
        const keysOf = rows.map((row) => (isBlank(dates[row][0]) ? undefined : readAt(dates[row][0], DATES_COLUMN, row, parseDate)));
        const latest = nthLatest(rows, keysOf, rank);
        return latest === undefined ? blankRow(width) : values[latest].map((v) => v ?? '');
      },
      name,
    );
  },
});

export const NORMALIZE_BY_REVIEWER = defineFunction({
  name: 'NORMALIZE_BY_REVIEWER',
  summary: {
    fr: 'Les notes corrigées de la sévérité de chaque évaluateur : ramenées à la moyenne et à l’écart type de l’ensemble.',
    en: 'Scores corrected for each reviewer’s severity: brought to the mean and standard deviation of all scores.',
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
  ],
  returns: {
    fr: 'Une colonne, une ligne par évaluation : μ + σ·(x − μᵣ)/σᵣ quand l’évaluateur a au moins 2 notes différentes, sinon x − μᵣ + μ.',
    en: 'One column, one row per assessment: μ + σ·(x − μᵣ)/σᵣ when the reviewer has at least 2 different scores, else x − μᵣ + μ.',
  },
  // Until the sheets have a reviewer column, the call (cohort) plays the reviewer: a cohort scored more severely.
  exampleSheet: 'srl',
  example: '=NORMALIZE_BY_REVIEWER(C2:C; S2:S)',
  resultShape: (args: readonly ArgShape[]) => ({ rows: args[1]?.rows ?? 1, columns: 1 }),
  body(call, reviewers, scores) {
    // A blank or non-numeric score counts in no mean (the second is reported in its row below).
    const numbers = scores.map(([s]) => {
      const n = isBlank(s) ? NaN : toNumber(s);
      return Number.isNaN(n) ? undefined : n;
    });
    const normalized = normalizeByReviewer(reviewers, numbers);
    return rowwise({
      ...call,
      table: scores.map(([s], i) => [s, i]),
      outWidth: 1,
      columnName: () => 'scores',
      isBlankRow: ([s]) => isBlank(s),
      row: (cells): RowResult => {
        const value = normalized[cells[1] as number];
        return value === undefined ? [cell(cells, 0, (v) => parseNumber(v))] : [value];
      },
    });
  },
});
