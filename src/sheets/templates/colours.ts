import { KINDS } from '../../core/instruments/kinds';
import type { Lang } from '../../core/i18n';
import type { ColumnKind } from '../schema';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/**
 * Colour scales of the input columns, so a grid reads at a glance: red for 0 (Inexistant, or a fragile
 * value-capture answer) up to green for 3 (Fort, a secure answer). Level cells usually hold the dropdown's words, which a numeric colour scale ignores, so
 * the 0–3 scales get one colour per word plus a gradient for numbers (reviewers' averages).
 */
const LEVEL_COLOURS = ['#f4c7c3', '#fce8b2', '#d9ead3', '#b7e1cd'] as const;
const MIN = '#f4c7c3';
const MID = '#fce8b2';
const MAX = '#b7e1cd';

/** Whether columns of this kind get a colour scale (see core/instruments/kinds.ts). */
export const isColoured = (kind: ColumnKind): boolean => KINDS[kind].colour !== undefined;

/**
 * A point's value is parsed "as if the user typed it", in the spreadsheet's locale: "1.5" is not a
 * number in French. Whole numbers read the same everywhere; a half is written as a formula (`=3/2`).
 */
function pointValue(twice: number): string {
  return twice % 2 === 0 ? String(twice / 2) : `=${twice}/2`;
}

/** The colour rules of one setup run, kind by kind (see colourRules). */
export type ColourRules = (kind: ColumnKind, ranges: Range[], lang: Lang) => Rule[];

/**
 * The rules for the data ranges of columns of one kind (several columns share each rule). Builders
 * serve the whole run (build() takes a copy of their settings): one for the words, each word setting
 * its own condition and colour, and one gradient per scale (the AMI levels and the value-capture
 * answers share 0–3), given new ranges for each sheet.
 */
export function colourRules(): ColourRules {
  let words: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder | undefined;
  const gradients = new Map<string, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>();
  return (kind, ranges, lang) => {
    const { colour, range } = KINDS[kind];
    if (!colour || !range || ranges.length === 0) return [];
    const list = colour.words?.(lang) ?? [];
    if (list.length) words = (words ?? SpreadsheetApp.newConditionalFormatRule()).setRanges(ranges);
    const worded = list.map(({ match, text }, i) =>
      (match === 'equal' ? words!.whenTextEqualTo(text) : words!.whenTextStartsWith(text)).setBackground(LEVEL_COLOURS[i]).build(),
    );
    const [min, max] = [range.min, range.max ?? range.min];
    const key = `${min}:${max}`;
    let gradient = gradients.get(key);
    if (!gradient) {
      const number = SpreadsheetApp.InterpolationType.NUMBER;
      gradient = SpreadsheetApp.newConditionalFormatRule()
        .setGradientMinpointWithValue(MIN, number, String(min))
        .setGradientMidpointWithValue(MID, number, pointValue(min + max))
        .setGradientMaxpointWithValue(MAX, number, String(max));
      gradients.set(key, gradient);
    }
    return [...worded, gradient.setRanges(ranges).build()];
  };
}
