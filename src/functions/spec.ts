import type { Text } from '../core/i18n';
import type { SheetId } from '../sheets/schema';

/**
 * The registry's description of a custom function: it generates the top-level declaration and its
 * JSDoc in dist/Code.js (Sheets' autocomplete and argument help), the README table and the sidebar's
 * help, and tells the formula-engine bridge the size of the result.
 */
export interface ParamSpec {
  name: string;
  /** An example argument, e.g. `C2:N`, shown in the help: a range of the example's sheet, or a Paramètres name. */
  example: string;
  help: Text;
  optional?: boolean;
}

export interface ArgShape {
  rows: number;
  columns: number;
}

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
  run(...args: unknown[]): unknown;
}

/** Most functions give one row per input row of their first argument. */
export function perRowOfFirst(columns: number | ((args: readonly ArgShape[]) => number)) {
  return (args: readonly ArgShape[]): ArgShape => ({
    rows: args[0]?.rows ?? 1,
    columns: typeof columns === 'number' ? columns : columns(args),
  });
}
