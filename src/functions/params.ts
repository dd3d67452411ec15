import { DEFAULT_LANG, type Lang, type Text } from '../core/i18n';
import { parseLevel } from '../core/cells/level';
import { parseNumber } from '../core/cells/number';
import { fold, isBlank } from '../core/cells/text';
import { problem, quote } from '../core/problem';
import { parseThreshold } from '../core/srl/level';
import { parseCountedWeights } from '../core/weights';
import { gridWidth, isScalar, toGrid, toVector, type Grid } from './shapes';
import type { ParamSpec, ParamType, ReadContext } from './spec';

/**
 * The parameter types of the add-on's functions. Each one says what Sheets' autocomplete shows
 * (`jsdoc`: Google's standard types) and how the runner checks an argument before the body runs;
 * counts come from the frameworks in src/core (a 13th criterion changes the accepted width).
 */

const RANGE = 'Array<Array<*>>';
const NUMBER_OR_RANGE = 'number|Array<Array<*>>';

/**
 * A table: a 2-D range of exactly one of `widths` columns, one row per project (one cell arrives
 * as a 1×1 range). `what` says what the columns are, for the message.
 */
export function table(widths: readonly number[], what: Text): ParamType<Grid> {
  return {
    // A getter: joining at load would be work at the bundle's top level.
    get name() {
      return `table(${widths.join('|')})`;
    },
    kind: 'data',
    jsdoc: RANGE,
    columns: widths,
    read(arg, { lang, param, fail }) {
      const grid = toGrid(arg);
      const width = gridWidth(grid);
      if (!widths.includes(width) || grid.some((row) => row.length !== width)) {
        const list = widths.join(lang === 'en' ? ' or ' : ' ou ');
        fail({
          fr: `la plage ${param} doit avoir ${list} colonnes (${what.fr}) ; elle en a ${width}`,
          en: `the range ${param} must have ${list} columns (${what.en}); it has ${width}`,
        });
      }
      return grid;
    },
  };
}

/** Cells of any shape, read one by one (one cell, or a range whose result has the same size). */
export function cells({ cellFirst = false } = {}): ParamType<Grid> {
  return { name: 'cells', kind: 'data', jsdoc: cellFirst ? NUMBER_OR_RANGE : RANGE, read: (arg) => toGrid(arg) };
}

/** One input per row: a column, or one cell shared by every row (`shared` when one cell is the usual case). */
export class Column {
  constructor(
    readonly values: readonly unknown[],
    /** One cell for every row. */
    readonly shared: boolean,
  ) {}

  at(row: number): unknown {
    return this.shared ? this.values[0] : this.values[row];
  }
}

/**
 * A column, or one cell that applies to every row; every column argument of a call has the height
 * of the first one (they are zipped into one row per outcome).
 */
export function column({ shared = false } = {}): ParamType<Column> {
  return {
    name: 'column',
    kind: 'data',
    jsdoc: shared ? 'number' : NUMBER_OR_RANGE,
    read(arg, { param, earlier, fail }) {
      if (isScalar(arg)) return new Column([toGrid(arg ?? '')[0][0]], true);
      const grid = toGrid(arg);
      if (grid.some((row) => row.length !== 1)) {
        // French messages name an argument as « l’argument quantity »: the name is the one Sheets' help shows.
        fail({ fr: `l’argument ${param} doit être une seule colonne ou une seule cellule`, en: `${param} must be a single column or a single cell` });
      }
      let height = 1;
      for (const value of earlier.values()) if (value instanceof Column && !value.shared) height = value.values.length;
      if (height > 1 && grid.length !== height) {
        fail({
          fr: `les colonnes doivent avoir la même hauteur (l’argument ${param} a ${grid.length} lignes, les précédents ${height})`,
          en: `the columns must have the same height (${param} has ${grid.length} rows, the previous ones ${height})`,
        });
      }
      return new Column(
        grid.map((row) => row[0]),
        false,
      );
    },
  };
}

/**
 * One value for the whole range `of` (a required cell, checked by `parse`), or a column as tall as
 * `of` (one value per row, checked per row by the body). `accepts` says what a value is.
 */
export function perRowOf(of: string, parse: (v: unknown) => unknown, accepts: Text): ParamType<Column> {
  return {
    name: `perRowOf(${of})`,
    kind: 'data',
    jsdoc: NUMBER_OR_RANGE,
    read(arg, ctx) {
      const { param, fail } = ctx;
      if (isScalar(arg)) {
        const value = toGrid(arg)[0][0];
        if (isBlank(value)) fail({ fr: `l’argument ${param} est requis (${accepts.fr})`, en: `${param} is required (${accepts.en})` });
        return new Column([ctx.parse(value, parse)], true);
      }
      const rows = (ctx.earlier.get(of) as Grid).length;
      const grid = toGrid(arg);
      if (grid.some((r) => r.length !== 1) || grid.length !== rows) {
        fail({
          fr: `l’argument ${param} doit être une cellule, ou une colonne de ${rows} lignes comme ${of}`,
          en: `${param} must be one cell, or a column of ${rows} rows like ${of}`,
        });
      }
      return new Column(
        grid.map((r) => r[0]),
        false,
      );
    },
  };
}

/**
 * Weights: `count` non-negative numbers in a row or a column, not all zero. The message names the
 * first bad weight by its position so users find it in their Paramètres sheet. `what` says what the
 * weights go with (« un par critère… »), `one` names one weighted thing (« ce critère », « cette
 * dimension »), so the message fits the function. Blank: undefined, i.e. equal weights.
 */
export function weights(count: number, what: Text, one: Text): ParamType<readonly number[] | undefined> {
  return {
    name: `weights(${count})`,
    kind: 'option',
    jsdoc: 'Array<Array<number>>',
    count,
    parse: (value) =>
      parseCountedWeights(toVector(value), count, one, { fr: ` (${what.fr}), en ligne ou en colonne`, en: ` (${what.en}), in a row or a column` }),
  };
}

/** The total a score is rescaled to: a positive number (blank: the score's own scale). */
export const OUT_OF: ParamType<number | undefined> = {
  name: 'out_of',
  kind: 'option',
  jsdoc: 'number',
  parse(v) {
    const n = parseNumber(v);
    if (!(n > 0))
      throw problem(
        `${quote(v, 'fr')} : doit être un nombre positif (20 pour une note sur 20, 100 pour un pourcentage)`,
        `${quote(v, 'en')}: must be a positive number (20 for a mark out of 20, 100 for a percentage)`,
      );
    return n;
  },
};

/** A share above 0 and up to 1 (0,8, 80 %, 8/10). */
export const PROPORTION: ParamType<number> = {
  name: 'proportion',
  kind: 'option',
  jsdoc: 'number',
  parse: (v) => parseThreshold(v, (lang) => (lang === 'en' ? `${quote(v, lang)}: ` : `${quote(v, lang)} : `)),
};

/** A level of the 0–3 grid, as a number or a label (« Fort »). */
export const LEVEL: ParamType<number> = { name: 'level', kind: 'option', jsdoc: 'number|string', parse: (v) => parseLevel(v) };

const LANGS: Record<string, Lang> = { fr: 'fr', francais: 'fr', french: 'fr', en: 'en', anglais: 'en', english: 'en' };

/** The language of the texts a function returns and of its messages. */
export const LANG: ParamType<Lang> = {
  name: 'lang',
  kind: 'option',
  jsdoc: 'string',
  language: true,
  parse(v) {
    const key = typeof v === 'string' ? fold(v) : '';
    // Own keys only: "constructor" must not resolve to Object.prototype's.
    const lang = Object.prototype.hasOwnProperty.call(LANGS, key) ? LANGS[key] : undefined;
    if (!lang) throw problem(`${quote(v, 'fr')} n'est pas une langue (« fr » ou « en »)`, `${quote(v, 'en')} is not a language ("fr" or "en")`);
    return lang;
  },
};

/** The `lang` argument, the same on every function that returns text. */
export const LANG_PARAM: ParamSpec<Lang> = {
  name: 'lang',
  type: LANG,
  example: '"en"',
  optional: true,
  default: DEFAULT_LANG,
  help: { fr: 'Facultatif : langue du texte, « fr » (par défaut) ou « en ».', en: 'Optional: language of the text, "fr" (default) or "en".' },
};

/** One column of keys (project IDs, reviewers, dates…), or one cell: its values, top to bottom. */
export function keys(what: Text): ParamType<unknown[]> {
  return {
    name: 'keys',
    kind: 'data',
    // Keys are text (P-0001, a reviewer's name): one cell is a string for the autocomplete.
    jsdoc: 'string|Array<Array<*>>',
    read(arg, { param, fail }) {
      const grid = toGrid(arg);
      if (grid.some((row) => row.length !== 1)) {
        fail({ fr: `l’argument ${param} doit être une seule colonne (${what.fr})`, en: `${param} must be a single column (${what.en})` });
      }
      return grid.map((row) => row[0]);
    },
  };
}

/**
 * Values beside the keys `of`: a range exactly as tall as `of` (one row per assessment), of any
 * width, or of one column when `column`.
 */
export function besideKeys(of: string, what: Text, { column = false } = {}): ParamType<Grid> {
  return {
    name: `besideKeys(${of})`,
    kind: 'data',
    jsdoc: column ? NUMBER_OR_RANGE : RANGE,
    read(arg, { param, earlier, fail }) {
      const rows = (earlier.get(of) as unknown[]).length;
      const grid = toGrid(arg);
      const width = gridWidth(grid);
      if (grid.length !== rows || grid.some((row) => row.length !== width) || (column && width !== 1)) {
        const shape = column ? { fr: 'une colonne', en: 'one column' } : { fr: 'une plage', en: 'a range' };
        fail({
          fr: `l’argument ${param} (${what.fr}) doit être ${shape.fr} de ${rows} lignes, aussi haute que ${of} ; elle a ${grid.length} lignes et ${width} colonnes`,
          en: `${param} (${what.en}) must be ${shape.en} of ${rows} rows, as tall as ${of}; it has ${grid.length} rows and ${width} columns`,
        });
      }
      return grid;
    },
  };
}

/**
 * A data argument that may be left out (optional arguments at the end of a function, added after
 * users wrote formulas without them): undefined when the formula does not give it, else read by
 * `type`, then checked by `check` (against the arguments before it). A blank cell given as the
 * argument is given, and read as `type` reads it.
 */
export function omissible<T>(type: ParamType<T>, check?: (value: T, ctx: ReadContext) => void): ParamType<T | undefined> {
  if (type.kind !== 'data') throw new Error(`omissible: ${type.name} is an option (a blank option takes its default)`);
  return {
    name: type.name,
    jsdoc: type.jsdoc,
    kind: 'data',
    read(arg, ctx) {
      if (arg === undefined || arg === null) return undefined;
      const value = type.read(arg, ctx);
      check?.(value, ctx);
      return value;
    },
  };
}
