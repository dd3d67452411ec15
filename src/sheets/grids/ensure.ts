import { type CustomGrid, definitionColumns, GRID_DEFINITIONS_RANGE, GRID_DEFINITIONS_SHEET, readGridDefinitions, slug } from '../../core/grids/definition';
import { definitionHeader, exampleDefinitionRows } from '../../core/grids/example';
import { gridLevelFields, gridScoreFields, gridSheetSpec } from '../../core/grids/sheet';
import type { Lang, Text } from '../../core/i18n';
import { PROJECTS } from '../../core/instruments/sheets';
import { problem, type Problem } from '../../core/problem';
import { headerKey } from '../headers';
import { writeCells } from '../literal';
import { menuItem } from '../menu-captions';
import { columnLetters, dataColumns, parseHeaderFormula, quoted } from '../templates/a1';
import { colourRules } from '../templates/colours';
import type { ComputedFormula } from '../templates/formulas';
import { validationRules } from '../templates/help';
import { planLayout, readHeader } from '../templates/layout';
import { PARAMETER_NAMES } from '../templates/parameters';
import { dressSheet, type NewSheetSize, nothingAdded, planHeaderCells } from '../templates/setup';
import { listedSheet, readWorkbook, type WorkbookRead } from '../workbook';
import { ambiguityText } from '../table';
import { gridSheets, markGridSheet, type MarkedGridSheet } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What « Grilles personnalisées : créer / mettre à jour » did, for its message. */
export interface GridsReport {
  /** The definition sheet's name when this run created it (with the example grid). */
  definitionsCreated?: string;
  /** The valid grids, by name. */
  grids: string[];
  createdSheets: string[];
  /** Columns appended to existing grid sheets (new criteria, groups). */
  addedColumns: { sheet: string; headers: string[] }[];
  /** Columns of criteria the grid no longer has (renamed or removed): left in place, with their data. */
  leftInPlace: { sheet: string; headers: string[] }[];
  /** Definition problems (each names its cell) and sheets the add-on would not write into. */
  problems: Problem[];
  /** Grid sheets the add-on made whose grid is no longer defined (renamed or removed): left as they are. */
  orphans: string[];
  /** Each valid grid's sheet as laid out, by grid slug: where its columns are (the demo writes its rows there). */
  layouts: Map<string, { sheet: Sheet; columns: ReadonlyMap<string, number>; fresh: boolean }>;
}

/**
 * The grid's score columns as one block: GRID_SCORE over the definitions' named range, the grid's
 * name as a text literal (quoted: a user's name stays text, its « ; » or « " » included), its level
 * columns, and Paramètres' LANGUE; written in the first score column's header (headerFormula).
 */
export function gridFormula(grid: CustomGrid): ComputedFormula {
  const fields = gridLevelFields(grid);
  return {
    columns: gridScoreFields(grid),
    body: (r) => `GRID_SCORE(${GRID_DEFINITIONS_RANGE};${quoted(grid.name)};${dataColumns(fields.map((id) => r.at(id)))};${PARAMETER_NAMES.lang})`,
  };
}

/**
 * Creates the definition sheet with its worked example when the workbook has none, then checks the
 * definitions and creates or completes each valid grid's sheet: a criterion added gets its column
 * (appended after the users' columns), a renamed or removed one leaves its column in place (never
 * deleted), and the report names it. Writes only into sheets the add-on made (read.ts GRID_MARK).
 * The caller holds the document lock. A few calls per grid, whatever the number of rows.
 */
export function ensureCustomGrids(ss: Spreadsheet, lang: Lang, read: WorkbookRead = readWorkbook(ss)): GridsReport {
  if (!listedSheet(read.sheets, PROJECTS)) throw notSetUp();
  const report: GridsReport = { grids: [], createdSheets: [], addedColumns: [], leftInPlace: [], problems: [], orphans: [], layouts: new Map() };
  const defs = definitionsOf(ss, lang, read, report);
  report.problems.push(...defs.problems);
  // Definitions this run wrote: the grids are its example's, whose sheet is looked for by name only —
  // a sheet of that name (an earlier one the add-on made, whose definitions were deleted) is then
  // refused as a user's, never written: three calls saved on a fresh workbook (the demo).
  const marks = report.definitionsCreated ? new Map<string, MarkedGridSheet>() : gridSheets(ss);
  const rules = validationRules(lang);
  const colours = colourRules();
  const size: NewSheetSize = {};
  for (const grid of defs.grids) {
    report.grids.push(grid.name);
    ensureGridSheet(ss, grid, marks.get(slug(grid.name)), lang, read, { rules, colours, size }, report);
  }
  const defined = new Set(defs.grids.map((g) => slug(g.name)));
  const refused = new Set(defs.refused.map(slug));
  for (const [key, mark] of marks) if (!defined.has(key) && !refused.has(key)) report.orphans.push(mark.sheet.getName());
  return report;
}

/** The definitions, read from the sheet, or written with the example when the workbook has no such sheet. */
function definitionsOf(ss: Spreadsheet, lang: Lang, read: WorkbookRead, report: GridsReport) {
  const named = read.rangeByName(GRID_DEFINITIONS_RANGE);
  const found = named ? { sheet: named.getSheet(), name: named.getSheet().getName() } : listedSheet(read.sheets, { name: GRID_DEFINITIONS_SHEET });
  if (found) return readGridDefinitions(found.sheet.getDataRange().getValues(), { sheetName: found.name });
  const name = GRID_DEFINITIONS_SHEET[lang];
  const sheet = ss.insertSheet(name, read.sheets.length);
  read.sheets.push({ sheet, name });
  const values = [definitionHeader(lang), ...exampleDefinitionRows(lang)];
  const width = definitionColumns().length;
  const [all, header, columns] = sheet
    .getRangeList([`A1:${columnLetters(width - 1)}${values.length}`, `A1:${columnLetters(width - 1)}1`, `A:${columnLetters(width - 1)}`])
    .getRanges();
  writeCells(all, values, { noPlainText: true });
  header.setNotes([definitionNotes(lang)]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  ss.setNamedRange(GRID_DEFINITIONS_RANGE, columns);
  report.definitionsCreated = name;
  return readGridDefinitions(values, { sheetName: name });
}

/** The header's notes: how to write a grid (the definition sheet has no explanation row, which would read as a criterion). */
export function definitionNotes(lang: Lang): string[] {
  const t = (fr: string, en: string) => (lang === 'en' ? en : fr);
  return definitionColumns().map((c) => {
    if (c.id === 'grid')
      return t(
        `Une ligne par critère. « Grille » : le nom de la grille ; ses lignes peuvent être dispersées. Chaque grille a sa feuille « Grille – <nom> », créée par ${menuItem('updateCustomGrids', 'fr')}. La grille « Entrée en incubation » est un exemple rédigé par le module, à modifier ou supprimer.`,
        `One row per criterion. "Grid": the grid's name; its rows may be scattered. Each grid gets its sheet "Grid – <name>", made by ${menuItem('updateCustomGrids', 'en')}. The grid "Incubation entry" is an example written by the add-on, to edit or delete.`,
      );
    if (c.id === 'group')
      return t(
        'Facultatif : les critères d’un même groupe ont un score de groupe (une colonne chacun).',
        'Optional: criteria of one group get a group score (a column each).',
      );
    if (c.id === 'criterion')
      return t(
        'L’intitulé du critère : l’en-tête de sa colonne dans la feuille de la grille. Deux critères d’une grille ont des intitulés distincts.',
        "The criterion's label: its column header in the grid's sheet. Two criteria of a grid have distinct labels.",
      );
    if (c.id === 'weight')
      return t(
        'Facultatif : un nombre ≥ 0. Vide pour tous les critères d’une grille : chacun vaut 1. Score (règle du module) = Σ poids × (niveau − niveau le plus bas) / (Σ poids × (niveau le plus haut − le plus bas)), de 0 à 100 %.',
        "Optional: a number ≥ 0. Blank for every criterion of a grid: each counts 1. Score (the add-on's rule) = Σ weight × (level − lowest level) / (Σ weight × (highest − lowest level)), 0 to 100%.",
      );
    return t(
      'Ce que vaut ce niveau pour le critère. Une grille utilise les niveaux que ses critères décrivent (au moins deux, consécutifs, par exemple 1 à 4) ; chaque critère les décrit tous.',
      'What this level means for the criterion. A grid uses the levels its criteria describe (at least two, consecutive, e.g. 1 to 4); each criterion describes them all.',
    );
  });
}

interface Dressing {
  rules: ReturnType<typeof validationRules>;
  colours: ReturnType<typeof colourRules>;
  size: NewSheetSize;
}

function ensureGridSheet(
  ss: Spreadsheet,
  grid: CustomGrid,
  mark: MarkedGridSheet | undefined,
  lang: Lang,
  read: WorkbookRead,
  dressing: Dressing,
  report: GridsReport,
): void {
  const spec = gridSheetSpec(grid);
  const formulas = [gridFormula(grid)];
  let sheet: Sheet;
  let name: string;
  const fresh = !mark;
  if (mark) {
    sheet = mark.sheet;
    name = sheet.getName();
  } else {
    name = spec.name[lang];
    const user = read.sheets.find((s) => [spec.name.fr, spec.name.en].some((n) => headerKey(n) === headerKey(s.name)));
    if (user) {
      report.problems.push(
        problem(
          `La feuille « ${user.name} » n’a pas été créée par le module : elle est laissée telle quelle et la grille « ${grid.name} » n’a pas de feuille. Renommez votre feuille (ou la grille), puis relancez ${menuItem('updateCustomGrids', 'fr')}.`,
          `The sheet "${user.name}" was not made by the add-on: it is left as it is and the grid "${grid.name}" has no sheet. Rename your sheet (or the grid), then run ${menuItem('updateCustomGrids', 'en')} again.`,
        ),
      );
      return;
    }
    sheet = ss.insertSheet(name, read.sheets.length);
    read.sheets.push({ sheet, name });
    markGridSheet(sheet, grid);
    report.createdSheets.push(name);
  }
  const header = fresh ? { texts: [], formulas: [] } : readHeader(sheet);
  const planned = planLayout(spec, sheet, name, header, () => formulas);
  // The score columns are named after the grid's groups as defined now: a block that grew (a group
  // added) spills over cells that showed its former headers (« Score total » one column left).
  const scoreAt = new Set(gridScoreFields(grid).map((id) => planned.columns.get(id)));
  const texts = planned.header.texts.map((t, i) => (scoreAt.has(i) ? '' : t));
  const plan = { ...planned, header: { ...planned.header, texts }, sheet };
  const setup = nothingAdded();
  const cells = planHeaderCells(plan, new Map([['grid', plan]]), lang, setup);
  // An earlier block of this grid's scores (its groups renamed) would spill over the new one: its
  // header cell keeps its first header as text, the new block is appended.
  const first = plan.columns.get(gridScoreFields(grid)[0]);
  header.formulas.forEach((f, at) => {
    if (at !== first && /GRID_SCORE\s*\(/i.test(f)) cells.set(at, parseHeaderFormula(f)?.headers[0] ?? '');
  });
  dressSheet(ss, plan, cells, lang, { fresh, inserted: fresh }, read, dressing.rules, dressing.colours, fresh ? dressing.size : {}, {});
  report.layouts.set(slug(grid.name), { sheet, columns: plan.columns, fresh });
  report.problems.push(...setup.problems.map((t) => problem(t.fr, t.en)));
  // Two headers answering to one column (a user's « Commentaire » beside the add-on's): neither is written, as setup does.
  for (const [id, at] of plan.ambiguous) {
    const text = ambiguityText({ sheet, spec, header: header.texts }, id, at, true);
    report.problems.push(problem(text.fr, text.en));
  }
  if (!fresh) {
    if (plan.added.length) report.addedColumns.push({ sheet: name, headers: plan.added.map((id) => spec.columns.find((c) => c.id === id)!.header[lang]) });
    const now = new Set(grid.criteria.map((c) => slug(c.label)));
    const shown = new Set(header.texts.map(headerKey));
    const left = mark!.criteria.filter((label) => !now.has(slug(label)) && shown.has(headerKey(label)));
    if (left.length) report.leftInPlace.push({ sheet: name, headers: left });
    const labels = grid.criteria.map((c) => c.label);
    if (labels.join('\n') !== mark!.criteria.join('\n')) mark!.remember([...mark!.criteria.filter((l) => !now.has(slug(l))), ...labels]);
  }
}

function notSetUp(): Problem {
  return problem(
    `Le classeur n’a pas encore de feuille « ${PROJECTS.name.fr} » : lancez d’abord ${menuItem('setupWorkbook', 'fr')}, puis ${menuItem('updateCustomGrids', 'fr')}.`,
    `The workbook has no "${PROJECTS.name.en}" sheet yet: run ${menuItem('setupWorkbook', 'en')} first, then ${menuItem('updateCustomGrids', 'en')}.`,
  );
}

/** The action's message: what was made, what was left in place, and every problem with its cell. */
export function gridsMessage(report: GridsReport, lang: Lang): Text {
  const t = (fr: string, en: string): Text => ({ fr, en });
  const parts: Text[] = [];
  if (report.definitionsCreated)
    parts.push(
      t(
        `Feuille « ${report.definitionsCreated} » créée avec une grille d’exemple (« Entrée en incubation », rédigée par le module) : écrivez-y vos grilles, une ligne par critère, puis relancez l’action.`,
        `Sheet "${report.definitionsCreated}" created with an example grid ("Incubation entry", written by the add-on): write your grids there, one row per criterion, then run the action again.`,
      ),
    );
  const list = (xs: readonly string[]) => xs.map((x) => (lang === 'en' ? `"${x}"` : `« ${x} »`)).join(', ');
  parts.push(
    report.grids.length ? t(`Grilles valides : ${list(report.grids)}.`, `Valid grids: ${list(report.grids)}.`) : t('Aucune grille valide.', 'No valid grid.'),
  );
  if (report.createdSheets.length) parts.push(t(`Feuilles créées : ${list(report.createdSheets)}.`, `Sheets created: ${list(report.createdSheets)}.`));
  for (const a of report.addedColumns)
    parts.push(
      t(
        `« ${a.sheet} » : colonnes ajoutées en fin de feuille : ${list(a.headers)}.`,
        `"${a.sheet}": columns added at the end of the sheet: ${list(a.headers)}.`,
      ),
    );
  for (const l of report.leftInPlace)
    parts.push(
      t(
        `« ${l.sheet} » : ${list(l.headers)} n’est plus un critère de la grille (renommé ou retiré) : la colonne est laissée en place avec ses données, elle ne compte plus dans le score. Supprimez-la vous-même si elle ne sert plus.`,
        `"${l.sheet}": ${list(l.headers)} is no longer a criterion of the grid (renamed or removed): the column is left in place with its data and no longer counts in the score. Delete it yourself if it is no longer needed.`,
      ),
    );
  if (report.orphans.length)
    parts.push(
      t(
        `${list(report.orphans)} : la grille de cette feuille n’est plus définie (renommée ou retirée) ; la feuille est laissée telle quelle.`,
        `${list(report.orphans)}: this sheet's grid is no longer defined (renamed or removed); the sheet is left as it is.`,
      ),
    );
  if (report.problems.length)
    parts.push(
      t(
        `${report.problems.length} problème${report.problems.length > 1 ? 's' : ''} (grille refusée tant qu’il n’est pas corrigé, les autres restent utilisables) :\n${report.problems.map((p) => `• ${p.render('fr')}`).join('\n')}`,
        `${report.problems.length} problem${report.problems.length > 1 ? 's' : ''} (the grid is refused until it is fixed, the others stay usable):\n${report.problems.map((p) => `• ${p.render('en')}`).join('\n')}`,
      ),
    );
  return { fr: parts.map((p) => p.fr).join('\n'), en: parts.map((p) => p.en).join('\n') };
}
