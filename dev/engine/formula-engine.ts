import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
} from 'hyperformula';
import { runInContext } from 'node:vm';
import type { Addon } from '../addon/load';

/**
 * A real formula engine (HyperFormula, GPL-3.0: tests and local tools only, never in dist/) that
 * evaluates the add-on's custom functions by calling the built dist/Code.js, with arguments
 * converted to the shapes Google Sheets passes: an empty cell is "", a one-cell range a scalar.
 */

/**
 * Formula syntax: `en` is what an English user types; `fr` what a French user types; `addon` what the
 * add-on writes, valid in both (`;` between arguments, numbers without decimals, HSTACK for columns).
 */
export type Syntax = 'en' | 'fr' | 'addon';

const SYNTAX: Record<Syntax, Partial<ConfigParams>> = {
  en: {},
  addon: { functionArgSeparator: ';' },
  fr: { functionArgSeparator: ';', decimalSeparator: ',', thousandSeparator: ' ', arrayColumnSeparator: ',', arrayRowSeparator: ';' },
};

// HyperFormula registers plugins globally, by class: one plugin, pointed at the add-on in use.
let addon: Addon | undefined;
let registered = false;

type Scalar = number | string | boolean;

/** HyperFormula's internal value → what Sheets hands a custom function. */
function toSheets(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (value instanceof CellError) throw value;
  if (typeof value === 'object' && value !== null && 'val' in value) {
    const rich = value as { val: number; getDetailedType?: () => string };
    return /^NUMBER_DATE/.test(rich.getDetailedType?.() ?? '') ? dateOf(rich.val) : rich.val;
  }
  return value;
}

/**
 * A date cell as Sheets hands it to a custom function: a Date of the script's realm, at that day and
 * time in the script's time zone (HyperFormula holds days since 30/12/1899).
 */
function dateOf(serial: number): Date {
  const RealmDate = runInContext('Date', current().context) as DateConstructor;
  const t = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  return new RealmDate(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds(), t.getUTCMilliseconds());
}

function argToSheets(arg: unknown): unknown {
  if (arg instanceof SimpleRangeValue) {
    const rows = arg.data.map((row) => row.map(toSheets));
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  return arg === undefined ? undefined : toSheets(arg);
}

function resultToEngine(result: unknown): unknown {
  if (!Array.isArray(result)) return result as Scalar;
  const rows = (result as unknown[][]).map((row) => row.map((v) => (v === '' ? EmptyValue : v)));
  return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : SimpleRangeValue.onlyValues(rows as never);
}

function makePlugin(names: string[]) {
  class AddonFunctions extends FunctionPlugin {}
  const implemented: Record<string, unknown> = {};
  const proto = AddonFunctions.prototype as unknown as Record<string, unknown>;
  for (const name of names) {
    implemented[name] = {
      method: `call_${name}`,
      sizeOfResultArrayMethod: `size_${name}`,
      // Every argument may be a range or a scalar, and all but the first may be omitted: the
      // add-on itself decides what is valid, exactly as in Sheets.
      parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
    };
    proto[`call_${name}`] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      return (this as any).runFunction(ast.args, state, (this as any).metadata(name), (...args: unknown[]) => {
        try {
          const converted = args.map(argToSheets);
          while (converted.length && converted[converted.length - 1] === undefined) converted.pop();
          return resultToEngine(current().fn(name)(...converted));
        } catch (e) {
          if (e instanceof CellError) return e;
          return new CellError(
            ErrorType.ERROR,
            e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as Error).message) : String(e),
          );
        }
      });
    };
    proto[`size_${name}`] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      const shapes = ast.args.map((a) => {
        const size = (this as any).arraySizeForAst(a, state) as ArraySize;
        return { rows: size.height, columns: size.width };
      });
      const r = current().resultShape(name, shapes);
      return r.rows === 1 && r.columns === 1 ? ArraySize.scalar() : new ArraySize(r.columns, r.rows);
    };
  }
  (AddonFunctions as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  return AddonFunctions;
}

function current(): Addon {
  if (!addon) throw new Error('No add-on loaded in the formula engine');
  return addon;
}

/** Registers the add-on's custom functions (once per process) and builds an engine over `sheets`. */
export function createFormulaEngine(
  loaded: Addon,
  sheets: Record<string, unknown[][]>,
  syntax: Syntax = 'en',
  namedExpressions: { name: string; expression: string }[] = [],
): HyperFormula {
  addon = loaded;
  if (!registered) {
    const names = loaded.customFunctionNames();
    const translations = Object.fromEntries(names.map((n) => [n, n]));
    HyperFormula.registerFunctionPlugin(makePlugin(names) as never, { enGB: translations, enUS: translations });
    registered = true;
  }
  // Named expressions go in at build time: added afterwards, formulas reading other formulas' results
  // through them fail with "Unknown array".
  // The column index makes each exact-match lookup (the template's ARRAYFORMULA(VLOOKUP…)) a hash
  // probe instead of a scan of the column: without it a recompute grows as N² (138 s at 10,000
  // projects). It costs memory (a map per column), freed when the engine is destroyed after each
  // evaluation; sorted (approximate) lookups keep HyperFormula's binary search.
  return HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3', useColumnIndex: true, ...SYNTAX[syntax] }, namedExpressions);
}

/** A cell as Sheets would show it: an error as `#ERROR!` with its message, others as values. */
export function shown(value: unknown): unknown {
  if (value && typeof value === 'object' && 'value' in value && 'message' in value) {
    return { error: (value as { value: string }).value, message: (value as { message: string }).message };
  }
  return value === null ? '' : value;
}
