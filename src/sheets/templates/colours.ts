import { AMI_LEVEL_LABELS } from '../../core/ami/grid';
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

/** Kinds that get a colour scale, with their numeric range. */
export const COLOURED_KINDS: Partial<Record<ColumnKind, { min: number; max: number }>> = {
  level: { min: 0, max: 3 },
  answer: { min: 0, max: 3 },
  completion: { min: 0, max: 1 },
  siat: { min: 1, max: 5 },
};

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
  const scale = COLOURED_KINDS[kind];
  if (!scale || ranges.length === 0) return [];
  const words =
    kind === 'level'
      ? AMI_LEVEL_LABELS.map((label, i) =>
          SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(label[lang]).setBackground(LEVEL_COLOURS[i]).setRanges(ranges).build(),
        )
      : kind === 'answer'
        ? // Each point has its own answers, all starting with their level (« 2 – … »): one rule per level serves every point.
          LEVEL_COLOURS.map((colour, i) => SpreadsheetApp.newConditionalFormatRule().whenTextStartsWith(`${i} – `).setBackground(colour).setRanges(ranges).build())
        : [];
  return [...words, gradient(ranges, scale.min, scale.max)];
}
