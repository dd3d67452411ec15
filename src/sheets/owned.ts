import type { Lang, Text } from '../core/i18n';
import { headerKey } from './headers';
import { listSheets, type NamedSheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Sheets the add-on lays out whole (Tableau de bord, Paramètres) are written only when the add-on
 * created them: a user's own sheet that happens to be called « Dashboard » or « Paramètres » is
 * never touched. Ownership is a developer-metadata mark on the sheet, not its name:
 * - it travels with the sheet (renaming keeps it, deleting the sheet removes it, a copy of the
 *   spreadsheet keeps it), where a sheet ID kept in document properties would go stale or be lost
 *   in a copy of the file;
 * - it needs no new scope (`spreadsheets.currentonly` covers SpreadsheetApp's metadata methods);
 * - users never see it, so they cannot remove it by tidying the sheet.
 */
const OWNER_KEY = 'grilles-innovation-sociale/sheet';

export interface OwnedSheet {
  /** The mark's value: one sheet per role. */
  role: 'dashboard' | 'parameters' | 'restitution' | 'restitutions';
  name: Text;
  /**
   * True for a sheet an earlier version created before sheets were marked, recognised by its own
   * layout (never by its name alone: a user's sheet with the same name must not be adopted).
   */
  madeByEarlierVersion(sheet: Sheet): boolean;
}

/**
 * What a run that looks for the add-on's sheets has read already: the sheets with their names
 * (listSheets), and the add-on's marks once looked up (one find for every role; kept up to date as
 * the run marks sheets).
 */
export interface OwnedKnown {
  sheets: NamedSheet[];
  marks?: { role: string; sheet: Sheet | null }[];
}

/**
 * The add-on's marks: of every role, read once for a run that passes `known` (three calls in a
 * spreadsheet that has none); of the one role otherwise (a single look-up).
 */
function marksOf(ss: Spreadsheet, role: string, known?: OwnedKnown): { role: string; sheet: Sheet | null }[] {
  if (known?.marks) return known.marks;
  const finder = ss.createDeveloperMetadataFinder().withKey(OWNER_KEY);
  if (!known)
    return finder
      .withValue(role)
      .find()
      .map((m) => ({ role, sheet: m.getLocation().getSheet() }));
  known.marks = finder.find().map((m) => ({ role: String(m.getValue()), sheet: m.getLocation().getSheet() }));
  return known.marks;
}

/**
 * The add-on's sheet for this role, wherever it is and whatever its name; an unmarked sheet an
 * earlier version made is adopted (marked) rather than duplicated. Null when there is none.
 * The caller holds the document lock (adopting writes the mark). `known`: what the caller's run
 * has read already.
 */
export function ownSheet(ss: Spreadsheet, spec: OwnedSheet, known?: OwnedKnown): Sheet | null {
  const marks = marksOf(ss, spec.role, known);
  const marked = marks.find((m) => m.role === spec.role && m.sheet !== null);
  if (marked) return marked.sheet;
  const earlier = (known?.sheets ?? listSheets(ss))
    .filter((s) => isNamedLike(s.name, spec.name))
    .map((s) => s.sheet)
    .find((s) => spec.madeByEarlierVersion(s));
  if (!earlier) return null;
  earlier.addDeveloperMetadata(OWNER_KEY, spec.role);
  marks.push({ role: spec.role, sheet: earlier });
  return earlier;
}

/** Where the add-on made its sheet, and the user's sheet it left alone to do so (if any). */
export interface CreatedSheet {
  sheet: Sheet;
  /** The name it was given. */
  name: string;
  /** The user's sheet that holds the usual name: kept as it is, the add-on's sheet sits beside it. */
  userSheet?: string;
}

const BESIDE: Text = { fr: 'module', en: 'add-on' };

/**
 * Creates the add-on's sheet for this role, marked as its own. When a user's sheet already has the
 * usual name (any case, spacing or accents), the add-on's takes « <name> (module) » instead.
 * `known`, when given, is what the run has read: the new sheet is added to it.
 */
export function createOwnSheet(ss: Spreadsheet, spec: OwnedSheet, lang: Lang, known: OwnedKnown = { sheets: listSheets(ss) }): CreatedSheet {
  const { sheets } = known;
  const names = sheets.map((s) => s.name);
  const taken = new Set(names.map(headerKey));
  const userSheet = names.find((n) => isNamedLike(n, spec.name));
  let name = spec.name[lang];
  for (let n = 1; taken.has(headerKey(name)); n++) name = `${spec.name[lang]} (${BESIDE[lang]}${n > 1 ? ` ${n}` : ''})`;
  const sheet = ss.insertSheet(name, sheets.length);
  sheet.addDeveloperMetadata(OWNER_KEY, spec.role);
  sheets.push({ sheet, name });
  known.marks?.push({ role: spec.role, sheet });
  return userSheet ? { sheet, name, userSheet } : { sheet, name };
}

/** What to tell users when their own sheet kept the name. */
export function leftAlone(userSheet: string, ours: string): Text {
  return {
    fr: `La feuille « ${userSheet} » n’a pas été créée par le module : elle est laissée telle quelle, le module écrit dans « ${ours} ».`,
    en: `The sheet "${userSheet}" was not made by the add-on: it is left as it is, the add-on writes into "${ours}".`,
  };
}

/** A sheet name that is the role's name in either language, case, accents and spaces ignored. */
const isNamedLike = (sheetName: string, name: Text) => [name.fr, name.en].some((n) => headerKey(n) === headerKey(sheetName));
