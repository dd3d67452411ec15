import { cellName } from '../../core/cells/a1';
import { isBlank } from '../../core/cells/text';
import type { CustomGrid } from '../../core/grids/definition';
import { acceptedGridLevels, toGridLevel } from '../../core/grids/score';
import { gridLevelField, gridScoreFields, gridSheetSpec } from '../../core/grids/sheet';
import type { Text } from '../../core/i18n';
import { quote } from '../../core/problem';
import { gridFormula } from '../grids/ensure';
import { gridSheet, gridSheets, readCustomGrids } from '../grids/read';
import { menuItem } from '../menu-captions';
import { headerFormula, sameFormula } from '../templates/a1';
import { headerRowOf, planLayout } from '../templates/layout';
import type { Finding, SheetFindings } from './types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Unreadable levels listed per sheet before « … and N more »: the report stays readable. */
const LISTED = 5;

const run = (): Text => ({ fr: `lancez ${menuItem('updateCustomGrids', 'fr')}`, en: `run ${menuItem('updateCustomGrids', 'en')}` });
const fix = (text: Text): Finding => ({ severity: 'fix', text });

/**
 * The grids users define (issue 14 §5) in the workbook check: the definitions' problems (each names
 * its cell and says what is accepted), then each valid grid's sheet — there, every criterion's column
 * found, the score formula in place, every level readable. Reads the definitions once and each grid
 * sheet in one block (O(1) calls per grid); nothing when the workbook has no definitions.
 */
export function checkCustomGrids(ss: Spreadsheet): SheetFindings[] {
  const defs = readCustomGrids(ss);
  if (!defs.sheet) return [];
  const own: Finding[] = defs.problems.map((p) =>
    fix({
      fr: `${p.render('fr')} Puis ${run().fr}.`,
      en: `${p.render('en')} Then ${run().en}.`,
    }),
  );
  const out: SheetFindings[] = [{ sheet: { fr: defs.sheetName, en: defs.sheetName }, findings: own }];
  if (!defs.grids.length) return out;
  const marks = gridSheets(ss);
  for (const grid of defs.grids) {
    const sheet = gridSheet(ss, grid, marks);
    if (!sheet) {
      own.push(
        fix({
          fr: `La grille « ${grid.name} » n’a pas encore de feuille : ${run().fr}.`,
          en: `The grid "${grid.name}" has no sheet yet: ${run().en}.`,
        }),
      );
      continue;
    }
    out.push(checkGridSheet(sheet, grid));
  }
  return out;
}

function checkGridSheet(sheet: Sheet, grid: CustomGrid): SheetFindings {
  const name = sheet.getName();
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas().map((row) => row.map(String));
  const header = headerRowOf(values[0] ?? [], formulas[0] ?? []);
  const spec = gridSheetSpec(grid);
  const formula = gridFormula(grid);
  const layout = planLayout(spec, sheet, name, header, () => [formula]);
  const findings: Finding[] = [];
  const missing = layout.added.filter((id) => !gridScoreFields(grid).includes(id) || id === gridScoreFields(grid)[0]);
  if (missing.length) {
    const headers = missing.map((id) => spec.columns.find((c) => c.id === id)!.header);
    findings.push(
      fix({
        fr: `Colonnes introuvables : ${headers.map((h) => quote(h.fr, 'fr')).join(', ')}. ${run().fr[0].toUpperCase()}${run().fr.slice(1)} : elles seront ajoutées en fin de feuille (vos colonnes restent en place).`,
        en: `Columns not found: ${headers.map((h) => quote(h.en, 'en')).join(', ')}. ${run().en[0].toUpperCase()}${run().en.slice(1)}: they will be added at the end of the sheet (your columns stay where they are).`,
      }),
    );
  } else {
    const at = layout.columns.get(formula.columns[0])!;
    // Named after the groups as defined now, as the action writes them.
    const headers = formula.columns.map((id) => spec.columns.find((c) => c.id === id)!.header.fr);
    const expected = headerFormula(headers, formula.body({ at: (id) => layout.columns.get(id)!, sheetName: () => name }));
    if (!sameFormula(header.formulas[at] ?? '', expected))
      findings.push(
        fix({
          fr: `La formule de score (GRID_SCORE, en-tête de la colonne ${quote(headers[0], 'fr')}) manque ou a été modifiée : ${run().fr} pour la rétablir.`,
          en: `The score formula (GRID_SCORE, header of the column ${quote(headers[0], 'en')}) is missing or was changed: ${run().en} to restore it.`,
        }),
      );
  }
  // Every level cell of a row with an ID: blank, or a level of the grid (GRID_SCORE shows ⚠ otherwise).
  const idAt = layout.columns.get('id');
  const bad: { cell: string; value: unknown }[] = [];
  values.slice(1).forEach((row, r) => {
    if (idAt === undefined || isBlank(row[idAt])) return;
    for (const c of grid.criteria) {
      const at = layout.added.includes(gridLevelField(c.id)) ? undefined : layout.columns.get(gridLevelField(c.id));
      if (at === undefined || isBlank(row[at]) || !Number.isNaN(toGridLevel(grid, row[at]))) continue;
      bad.push({ cell: cellName(r + 2, at), value: row[at] });
    }
  });
  if (bad.length) {
    const list = (lang: 'fr' | 'en') =>
      `${bad
        .slice(0, LISTED)
        .map((b) => `${b.cell} ${quote(b.value, lang)}`)
        .join(', ')}${bad.length > LISTED ? (lang === 'en' ? ` and ${bad.length - LISTED} more` : ` et ${bad.length - LISTED} autres`) : ''}`;
    findings.push(
      fix({
        fr: `Niveaux illisibles : ${list('fr')}. Niveaux acceptés : ${acceptedGridLevels(grid, 'fr')} (la liste déroulante de la cellule les propose).`,
        en: `Unreadable levels: ${list('en')}. Accepted levels: ${acceptedGridLevels(grid, 'en')} (the cell's dropdown offers them).`,
      }),
    );
  }
  return { sheet: { fr: name, en: name }, findings };
}
