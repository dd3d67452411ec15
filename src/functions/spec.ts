import { DEFAULT_LANG, type Lang, type Text } from '../core/i18n';
import { isBlank } from '../core/cells/text';
import { Problem } from '../core/problem';
import type { SheetId } from '../sheets/schema';
import { CallError } from './rows';

/**
 * What a parameter accepts, declared once (as HyperFormula's FunctionPlugin declares `argumentType`):
 * the runner reads every argument through its type before the function's body runs, and the JSDoc,
 * the help and the README read the same declaration. The vocabulary is in params.ts.
 *
 * An option is one value (a language, a total, a weight list): a blank argument takes the parameter's
 * default and a rejected value is reported as « out_of : … ». Data (a table, a column) reads its own
 * blanks: an empty cell of a range is a gap in a project, not a default.
 */
export type ParamType<T> = {
  /** The type in the vocabulary: `table(12)`, `weights(5)`, `lang`, `out_of`… */
  name: string;
  /** Google's standard type for Sheets' autocomplete: `{number}`, `{string}`, `{Array<Array<*>>}`… */
  jsdoc: string;
} & (
  | {
      kind: 'option';
      parse(value: unknown): T;
      /** The call's language: read first, every other message uses it. */
      language?: true;
      /** How many values the option takes (weights: one per criterion). */
      count?: number;
    }
  | {
      kind: 'data';
      read(arg: unknown, ctx: ReadContext): T;
      /** The widths a table accepts (one per criterion, or one declared value). */
      columns?: readonly number[];
    }
);

/** What the runner gives a data type while it reads one argument. */
export interface ReadContext {
  lang: Lang;
  param: string;
  /** The values already read, in declaration order (an argument may be checked against another). */
  earlier: ReadonlyMap<string, unknown>;
  /** Rejects the whole call (Sheets shows #ERROR!), in the call's language. */
  fail(message: Text): never;
  /** Parses a value; a rejection names the argument (« investment : … »). */
  parse<T>(value: unknown, parse: (v: unknown) => T): T;
}

export interface ParamSpec<T = unknown> {
  name: string;
  type: ParamType<T>;
  /** An example argument, e.g. `E2:P`, shown in the help: a range of the example's sheet, or a Paramètres name. */
  example: string;
  help: Text;
  optional?: boolean;
  /** The value of a blank option (absent: undefined, which the body reads as its own default). */
  default?: T;
}

export interface ArgShape {
  rows: number;
  columns: number;
}

/**
 * The registry's description of a custom function: it generates the top-level declaration and its
 * JSDoc in dist/Code.js (Sheets' autocomplete and argument help), the README table and the sidebar's
 * help, and tells the formula-engine bridge the size of the result.
 */
export interface CustomFunctionSpec {
  name: string;
  summary: Text;
  params: readonly ParamSpec[];
  returns: Text;
  /**
   * A complete formula that works as typed on `exampleSheet` of a workbook the add-on laid out, in
   * every locale: `;` between arguments, no decimal literal (`8/10`, or a Paramètres name).
   */
  example: string;
  /** The add-on's sheet the example is written for (its ranges are that sheet's columns). */
  exampleSheet: SheetId;
  /** Size of the result from the shapes of the arguments (absent arguments are omitted). */
  resultShape(args: readonly ArgShape[]): ArgShape;
  /** Reads the arguments through their declared types, then runs the body. */
  run(...args: unknown[]): unknown;
}

/** The call a body runs for: its function's name and the language of its messages. */
export interface Call {
  name: string;
  lang: Lang;
}

/** A tuple of parameters of different value types (ParamSpec is covariant in its value type). */
type AnyParams = readonly ParamSpec[];
type Values<P extends AnyParams> = { -readonly [K in keyof P]: P[K] extends ParamSpec<infer T> ? T : never };

export interface FunctionDefinition<P extends AnyParams> extends Omit<CustomFunctionSpec, 'params' | 'run'> {
  params: P;
  /** The function itself, on arguments the runner has checked and converted. */
  body(call: Call, ...args: Values<P>): unknown;
}

/** The language parameter, when a function has one, is read first: every other message uses it. */
const isLangParam = (p: ParamSpec) => p.type.kind === 'option' && p.type.language === true;

/**
 * The one runner of every custom function: reads `lang` first, then each argument in declaration
 * order through its type (so a bad argument rejects the call before the body runs), then calls the body.
 */
export function defineFunction<const P extends AnyParams>(def: FunctionDefinition<P>): CustomFunctionSpec {
  const { body, ...spec } = def;
  const params: readonly ParamSpec[] = def.params;
  const read = (p: ParamSpec, raw: unknown, fn: string, lang: Lang, earlier: Map<string, unknown>): unknown => {
    const parse = <T>(value: unknown, parser: (v: unknown) => T): T => {
      try {
        return parser(value);
      } catch (e) {
        if (e instanceof Problem) throw new CallError(fn, lang, { fr: `${p.name} : ${e.render('fr')}`, en: `${p.name}: ${e.render('en')}` });
        throw e;
      }
    };
    if (p.type.kind === 'option') return isBlank(raw) ? p.default : parse(raw, p.type.parse);
    const fail = (message: Text): never => {
      throw new CallError(fn, lang, message);
    };
    return p.type.read(raw, { lang, param: p.name, earlier, fail, parse });
  };
  return {
    ...spec,
    params,
    run(...args: unknown[]) {
      const earlier = new Map<string, unknown>();
      const langIndex = params.findIndex(isLangParam);
      const lang = langIndex < 0 ? DEFAULT_LANG : (read(params[langIndex], args[langIndex], spec.name, DEFAULT_LANG, earlier) as Lang);
      const values = params.map((p, i) => {
        const value = i === langIndex ? lang : read(p, args[i], spec.name, lang, earlier);
        earlier.set(p.name, value);
        return value;
      });
      return body({ name: spec.name, lang }, ...(values as Values<P>));
    },
  };
}

/** Most functions give one row per input row of their first argument. */
export function perRowOfFirst(columns: number | ((args: readonly ArgShape[]) => number)) {
  return (args: readonly ArgShape[]): ArgShape => ({
    rows: args[0]?.rows ?? 1,
    columns: typeof columns === 'number' ? columns : columns(args),
  });
}
