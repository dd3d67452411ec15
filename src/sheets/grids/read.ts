import { GRID_DEFINITIONS_RANGE, GRID_DEFINITIONS_SHEET, readGridDefinitions, slug, type CustomGrid, type GridDefinitions } from '../../core/grids/definition';
import { namedSheet } from '../workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Which sheet is a custom grid's: a developer-metadata mark on the sheet, key GRID_MARK, set when the
 * add-on creates it. Its value says which grid (its slug, core/grids/definition.ts) and which criteria
 * the sheet was laid out with, so that a later run can say which columns a renamed or removed
 * criterion left behind. Metadata rather than document properties for the reasons owned.ts gives: it
 * travels with the sheet (a renamed sheet is still found, a deleted one takes its mark with it, a copy
 * of the file keeps it), it needs no new scope, and users never see it. A sheet that only has the
 * grid's usual name is never taken for it: the add-on writes only into a sheet it made.
 */
export const GRID_MARK = 'grilles-innovation-sociale/grid';

/** What a grid sheet's mark holds. */
interface MarkValue {
  grid: string;
  /** The criteria's labels when the sheet was last laid out. */
  criteria: string[];
}

/** A grid sheet the add-on made, with what its mark says. */
export interface MarkedGridSheet {
  sheet: Sheet;
  criteria: readonly string[];
  /** Rewrites the mark after the sheet was laid out again (the caller holds the document lock). */
  remember(criteria: readonly string[]): void;
}

/** What readCustomGrids gives: the grids and their problems, and where the definitions are. */
export interface CustomGrids extends GridDefinitions {
  /** The definition sheet, null when the workbook has none (no grid then). */
  sheet: Sheet | null;
  sheetName: string;
}

/**
 * The definition sheet: by its named range GRILLES_PERSONNALISEES (a renamed sheet is still found),
 * else by its French or English name.
 */
export function definitionSheet(ss: Spreadsheet): { sheet: Sheet; name: string } | null {
  const range = ss.getRangeByName(GRID_DEFINITIONS_RANGE);
  if (range) {
    const sheet = range.getSheet();
    return { sheet, name: sheet.getName() };
  }
  return namedSheet(ss, { name: GRID_DEFINITIONS_SHEET });
}

/** The workbook's custom grids, checked: one read of the definition sheet (a few calls whatever its size). */
export function readCustomGrids(ss: Spreadsheet): CustomGrids {
  const found = definitionSheet(ss);
  if (!found) return { grids: [], problems: [], located: [], refused: [], sheet: null, sheetName: GRID_DEFINITIONS_SHEET.fr };
  return { ...readDefinitionsOf(found.sheet, found.name), sheet: found.sheet, sheetName: found.name };
}

/** The definitions a sheet holds (one block read). */
export function readDefinitionsOf(sheet: Sheet, name: string): GridDefinitions {
  return readGridDefinitions(sheet.getDataRange().getValues(), { sheetName: name });
}

/** Every grid sheet the add-on made, by grid slug: one look-up for all of them. */
export function gridSheets(ss: Spreadsheet): Map<string, MarkedGridSheet> {
  const out = new Map<string, MarkedGridSheet>();
  for (const m of ss.createDeveloperMetadataFinder().withKey(GRID_MARK).find()) {
    const sheet = m.getLocation().getSheet();
    const value = parseMark(m.getValue());
    if (!sheet || !value || out.has(value.grid)) continue;
    out.set(value.grid, {
      sheet,
      criteria: value.criteria,
      remember: (criteria) => m.setValue(markValue(value.grid, criteria)),
    });
  }
  return out;
}

/** The add-on's sheet of this grid, wherever it is and whatever its name; never a user's sheet. Null when there is none. */
export function gridSheet(ss: Spreadsheet, grid: Pick<CustomGrid, 'name'>, known?: Map<string, MarkedGridSheet>): Sheet | null {
  return (known ?? gridSheets(ss)).get(slug(grid.name))?.sheet ?? null;
}

/**
 * Which grid this sheet is the add-on's sheet of (its slug), by its mark; null for any other sheet,
 * whatever its name (a user's « Grille – x » is not ours). For the cursor (src/sheets/cursor.ts): the
 * sheet's own metadata, one call (plus a key and a value read per mark), never the workbook-wide finder.
 */
export function gridOfSheet(sheet: Sheet): string | null {
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() !== GRID_MARK) continue;
    const value = parseMark(m.getValue());
    if (value) return value.grid;
  }
  return null;
}

/** Marks a sheet the add-on made as this grid's (the caller holds the document lock). */
export function markGridSheet(sheet: Sheet, grid: CustomGrid): void {
  sheet.addDeveloperMetadata(
    GRID_MARK,
    markValue(
      slug(grid.name),
      grid.criteria.map((c) => c.label),
    ),
  );
}

const markValue = (grid: string, criteria: readonly string[]) => JSON.stringify({ grid, criteria });

function parseMark(value: unknown): MarkValue | undefined {
  try {
    const v = JSON.parse(String(value));
    return v && typeof v.grid === 'string' && Array.isArray(v.criteria) ? { grid: v.grid, criteria: v.criteria.map(String) } : undefined;
  } catch {
    return undefined;
  }
}
