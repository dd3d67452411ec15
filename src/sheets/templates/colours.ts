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

function gradient(ranges: Range[], min: number, max: number): Rule {
  const number = SpreadsheetApp.InterpolationType.NUMBER;
  return SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpointWithValue(MIN, number, String(min))
    .setGradientMidpointWithValue(MID, number, pointValue(min + max))
    .setGradientMaxpointWithValue(MAX, number, String(max))
    .setRanges(ranges)
    .build();
}

/** The rules for the data ranges of columns of one kind (several columns share each rule). */
export function colourRules(kind: ColumnKind, ranges: Range[], lang: Lang): Rule[] {
  const { colour, range } = KINDS[kind];
  if (!colour || !range || ranges.length === 0) return [];
  // One builder for the words (build() takes a copy): each word sets its own condition and colour.
  const list = colour.words?.(lang) ?? [];
  const rule = list.length ? SpreadsheetApp.newConditionalFormatRule().setRanges(ranges) : null;
  const words = list.map(({ match, text }, i) =>
    (match === 'equal' ? rule!.whenTextEqualTo(text) : rule!.whenTextStartsWith(text)).setBackground(LEVEL_COLOURS[i]).build(),
  );
  return [...words, gradient(ranges, range.min, range.max ?? range.min)];
}
