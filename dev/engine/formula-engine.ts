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
import vm from 'node:vm';
import type { Addon } from '../addon/load';
import { sortedMatchPlugin } from './sorted-match';

/**
 * A real formula engine (HyperFormula, GPL-3.0: tests and local tools only, never in dist/) that
 * evaluates the add-on's custom functions by calling the built dist/Code.js, with arguments
 * converted to the shapes Google Sheets passes: an empty cell is "", a one-cell range a scalar, a date
 * a Date.
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

/**
 * Dates. HyperFormula, like Sheets, keeps a date as a serial number (days since 1899-12-30) typed as a
 * date (a Date cell, `TODAY()`, a date plus days). Sheets hands a custom function a date-typed value
 * as a JavaScript Date (custom-functions guide, data types: "Times and dates in Sheets become Date
 * objects in Apps Script") whose calendar fields, read in the script's time zone, are the cell's; a
 * plain number stays a number. The
 * engine's process plays the script's (and the spreadsheet's) time zone: a serial's day and time are
 * the Date's local fields, as HyperFormula reads a Date cell (CellContentParser: getDate(), getHours()…).
 */
const DAY_MS = 86400000;
const EPOCH_SERIAL = 25569; // 1970-01-01 as a serial number
/** HyperFormula's detailed types of a number that Sheets would hand a script as a Date. */
export const DATE_TYPES: ReadonlySet<string> = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

/** Whether HyperFormula's internal value is a number typed as a date, a date-time or a time. */
function isDateTyped(value: unknown): value is { val: number } {
  const typed = value as { getDetailedType?: () => string };
  return typeof typed?.getDetailedType === 'function' && DATE_TYPES.has(typed.getDetailedType());
}

/** A serial number as a Date with those local fields, built by `DateIn` (the add-on's realm, or this one). */
export function serialToDate(serial: number, DateIn: DateConstructor = Date): Date {
  const utc = new Date(Math.round((serial - EPOCH_SERIAL) * DAY_MS));
  return new DateIn(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
    utc.getUTCMilliseconds(),
  );
}

/** A Date's local fields as a serial number (the inverse of serialToDate). */
function dateToSerial(date: Date): number {
  const utc = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
  return utc / DAY_MS + EPOCH_SERIAL;
}

/** Works across realms: the add-on's Dates are not `instanceof Date` here. */
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

// The add-on's own Date constructor: Apps Script's Dates belong to the script's realm, and the core
// tests `instanceof Date`.
const realmDates = new WeakMap<vm.Context, DateConstructor>();
function addonDate(): DateConstructor {
  const { context } = current();
  let DateIn = realmDates.get(context);
  if (!DateIn) {
    DateIn = vm.runInContext('Date', context) as DateConstructor;
    realmDates.set(context, DateIn);
  }
  return DateIn;
}

/** HyperFormula's internal value → what Sheets hands a custom function. */
function toSheets(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (value instanceof CellError) throw value;
  if (isDateTyped(value)) return serialToDate(value.val, addonDate());
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val;
  return value;
}

function argToSheets(arg: unknown): unknown {
  if (arg instanceof SimpleRangeValue) {
    const rows = arg.data.map((row) => row.map(toSheets));
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  return arg === undefined ? undefined : toSheets(arg);
}

/** Makes HyperFormula's typed numbers (its ArithmeticHelper.ExtendedNumberFactory, reached through the plugin). */
type NumberFactory = (value: number, type: { type: string }) => unknown;

/**
 * A result value → HyperFormula: a Date becomes a serial number typed as a date (or date-time), as
 * Sheets writes a Date a custom function returns; an invalid Date is #VALUE! (the stricter reading).
 */
function dateToEngine(v: unknown, typed: NumberFactory): unknown {
  if (!isDate(v)) return v;
  if (Number.isNaN(v.getTime())) return new CellError(ErrorType.VALUE, 'Invalid Date');
  const serial = dateToSerial(v);
  return typed(serial, { type: Number.isInteger(serial) ? 'NUMBER_DATE' : 'NUMBER_DATETIME' });
}

function resultToEngine(result: unknown, typed: NumberFactory): unknown {
  if (!Array.isArray(result)) return dateToEngine(result, typed) as Scalar;
  const rows = (result as unknown[][]).map((row) => row.map((v) => (v === '' ? EmptyValue : dateToEngine(v, typed))));
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
          // HyperFormula's own factory of typed numbers (not exported): how a Date result stays a date.
          const helper = (this as unknown as { arithmeticHelper: { ExtendedNumberFactory: NumberFactory } }).arithmeticHelper;
          return resultToEngine(current().fn(name)(...converted), (v, t) => helper.ExtendedNumberFactory(v, t));
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

/**
 * Points the custom functions at an add-on: an engine kept between evaluations (workbook.ts) runs
 * them again on a recompute, possibly after another engine was built with another add-on.
 */
export function useAddon(loaded: Addon): void {
  addon = loaded;
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
    HyperFormula.registerFunctionPlugin(sortedMatchPlugin() as never);
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
