import type { Lang } from '../../core/i18n';
import { AUTOMATIC_FORMAT } from '../formats';
import { headerKey } from '../headers';
import { writeCells, type CellInput } from '../literal';
import { createOwnSheet, ownSheet, type CreatedSheet, type OwnedSheet } from '../owned';
import { readWorkbook, type WorkbookRead } from '../workbook';
import { parameterBlocks, PARAMETER_HEADERS, PARAMETERS_SHEET, type ParameterBlock, type ParameterRow } from './parameters';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const LABEL_COLUMN = 1;
const VALUE_COLUMN = 2;
const VALUE_LETTER = 'B';

/**
 * The settings sheet as the add-on's own. An earlier version's, unmarked, is recognised by the header
 * row it wrote (Paramètre, Valeur, Explication, in either language); a user's sheet merely called
 * « Paramètres » does not have it.
 */
export const PARAMETERS: OwnedSheet = {
  role: 'parameters',
  name: PARAMETERS_SHEET,
  madeByEarlierVersion(sheet: Sheet): boolean {
    const row = sheet.getRange(1, 1, 1, PARAMETER_HEADERS.length).getValues()[0].map(headerKey);
    return (['fr', 'en'] as const).some((l) => PARAMETER_HEADERS.every((h, i) => headerKey(h[l]) === row[i]));
  },
};

/**
 * Creates the Paramètres sheet or completes it: a setting whose named range exists is left alone
 * wherever users moved it; one whose name was lost is re-attached to its rows when their labels are
 * still there, and only otherwise appended with its default values. Returns the sheet when it was
 * created. `read`: the sheets and named ranges as the caller's run read them. `values`: one-row
 * settings to write with this value rather than their default, where this run writes them (the
 * demo's envelope; the names of those written go into `written`), so that the caller need not read
 * and write them again.
 */
export function ensureParameters(
  ss: Spreadsheet,
  lang: Lang,
  read: WorkbookRead = readWorkbook(ss),
  values: Readonly<Record<string, string | number>> = {},
  written: Set<string> = new Set(),
): CreatedSheet | null {
  // One look-up per block: a block resized keeps its name.
  const named = parameterBlocks().map((block) => ({ block, range: read.rangeByName(block.name) }));
  for (const { block, range } of named) {
    if (range && range.getNumRows() !== block.rows.length) resizeBlock(ss, block, range, lang, read);
  }
  const missing = named.filter((n) => !n.range).map((n) => n.block);
  // Settings whose named range exists are read wherever they are: a sheet is needed only to write
  // missing ones, and only the add-on's own (a user's « Paramètres » is never written into).
  if (!missing.length) return null;
  const own = ownSheet(ss, PARAMETERS, read);
  const made = own ? null : createOwnSheet(ss, PARAMETERS, lang, read);
  const sheet = own ?? made!.sheet;
  const created = !own;

  const lastRow = created ? 0 : sheet.getLastRow();
  const labels = lastRow
    ? sheet
        .getRange(1, LABEL_COLUMN, lastRow, 1)
        .getValues()
        .map((r) => headerKey(r[0]))
    : [];
  const rows: (string | number)[][] = created ? [PARAMETER_HEADERS.map((h) => h[lang])] : [];
  const firstRow = created ? 1 : lastRow + 1;
  const placed: { block: ParameterBlock; row: number }[] = [];
  const appended: { block: ParameterBlock; row: number }[] = [];
  for (const block of missing) {
    const found = findBlock(labels, block);
    if (found > 0) {
      placed.push({ block, row: found });
      continue;
    }
    appended.push({ block, row: firstRow + rows.length });
    const given = block.rows.length === 1 && values[block.name] !== undefined;
    if (given) written.add(block.name);
    for (const r of block.rows) rows.push([r.label[lang], given ? values[block.name] : r.value(lang), r.help[lang]]);
  }
  // The rows written, the header to make bold and the appended blocks' ranges: one range list.
  const a1s = [...(rows.length ? [`A${firstRow}:C${firstRow + rows.length - 1}`] : []), ...(created ? ['A1:C1'] : []), ...appendedA1s(appended)];
  const got = a1s.length ? sheet.getRangeList(a1s).getRanges() : [];
  const [block, header] = [rows.length ? got.shift() : undefined, created ? got.shift() : undefined];
  // A sheet made just now has no plain-text cells: no format to read before writing.
  if (block) writeCells(block, rows, { noPlainText: created });
  for (const { block, row } of placed) nameBlock(ss, sheet, block, row, lang);
  nameAppended(ss, appended, lang, got);
  if (header) {
    header.setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  return made;
}

/** 1-based row where the block's labels (fr or en) start, all in order; 0 when not there. */
function findBlock(labels: string[], block: ParameterBlock): number {
  const keys = block.rows.map((r) => [headerKey(r.label.fr), headerKey(r.label.en)]);
  for (let i = 0; i + keys.length <= labels.length; i++) {
    if (keys.every((k, j) => k.includes(labels[i + j]))) return i + 1;
  }
  return 0;
}

function nameBlock(ss: Spreadsheet, sheet: Sheet, block: ParameterBlock, row: number, lang: Lang): void {
  const range = sheet.getRange(row, VALUE_COLUMN, block.rows.length, 1);
  if (block.format) range.setNumberFormat(block.format);
  const rule = listRule(block, lang);
  if (rule) range.setDataValidation(rule);
  ss.setNamedRange(block.name, range);
}

/** The dropdown of a block whose value is a word (its first row's help as the rule's help), or null. */
function listRule(block: ParameterBlock, lang: Lang): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if (!block.list) return null;
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...block.list(lang)], true)
    .setAllowInvalid(false)
    .setHelpText(block.rows[0].help[lang])
    .build();
}

/** The value cells of the blocks written just now, all of them then each block's: none when none was. */
function appendedA1s(appended: readonly { block: ParameterBlock; row: number }[]): string[] {
  if (!appended.length) return [];
  const a1 = (row: number, count: number) => `${VALUE_LETTER}${row}:${VALUE_LETTER}${row + count - 1}`;
  const count = appended.reduce((n, { block }) => n + block.rows.length, 0);
  return [a1(appended[0].row, count), ...appended.map(({ block, row }) => a1(row, block.rows.length))];
}

/**
 * The blocks written just now, one under the other: their value cells' number formats and dropdowns
 * in one write each over the whole run (not two per block: the rows hold nothing else), and every
 * range named from the range list the rows were written through (appendedA1s: no getRange per
 * block). Issue 14: 17 calls fewer on a fresh workbook, room for its two sheets within the setup's budget.
 */
function nameAppended(ss: Spreadsheet, appended: readonly { block: ParameterBlock; row: number }[], lang: Lang, got: readonly Range[]): void {
  if (!appended.length) return;
  const perRow = appended.flatMap(({ block }) => {
    const rule = listRule(block, lang);
    return block.rows.map(() => ({ format: block.format ?? AUTOMATIC_FORMAT, rule }));
  });
  const [values, ...blocks] = got;
  if (appended.some(({ block }) => block.format)) values.setNumberFormats(perRow.map((r) => [r.format]));
  if (perRow.some((r) => r.rule)) values.setDataValidations(perRow.map((r) => [r.rule as GoogleAppsScript.Spreadsheet.DataValidation]));
  appended.forEach(({ block }, i) => ss.setNamedRange(block.name, blocks[i]));
}

/**
 * A block whose number of rows changed with the frameworks (a 13th AMI criterion: AMI_POIDS needs 13
 * weights, or every AMI_SCORE says « il faut 13 poids »): its rows are written again in the new
 * order, each keeping the value a user gave it (found by its label, fr or en), new rows with their default; rows are inserted below the block
 * when it grows, so the blocks under it move down with their names. Only in the add-on's own
 * Paramètres sheet: a block users moved into their own sheet is left as it is. A block that shrank
 * keeps its extra rows, out of its name (nothing a user wrote is deleted).
 */
function resizeBlock(ss: Spreadsheet, block: ParameterBlock, range: Range, lang: Lang, read: WorkbookRead): void {
  const sheet = range.getSheet();
  const own = ownSheet(ss, PARAMETERS, read);
  if (!own || own.getSheetId() !== sheet.getSheetId() || range.getColumn() !== VALUE_COLUMN || range.getNumColumns() !== 1) return;
  const [row, old, size] = [range.getRow(), range.getNumRows(), block.rows.length];
  const values = range.getValues().map((r) => r[0]);
  const labels = sheet
    .getRange(row, LABEL_COLUMN, old, 1)
    .getValues()
    .map((r) => headerKey(r[0]));
  const kept = (r: ParameterRow): CellInput => {
    const at = labels.findIndex((l) => l === headerKey(r.label.fr) || l === headerKey(r.label.en));
    return (at >= 0 ? values[at] : r.value(lang)) as CellInput;
  };
  if (size > old) sheet.insertRowsAfter(row + old - 1, size - old);
  writeCells(
    sheet.getRange(row, LABEL_COLUMN, size, 3),
    block.rows.map((r) => [r.label[lang], kept(r), r.help[lang]]),
  );
  ss.removeNamedRange(block.name);
  nameBlock(ss, sheet, block, row, lang);
}
