/**
 * Issue 11: « existing workbooks keep working ». The workbooks in test/fixtures/previous-version/
 * were made by the version before issue 11 (its own built dist/Code.js: setup, the demo, a project
 * added by hand and synced), one with that version's layout, one with the older interleaved one.
 * Setup adds the assessment columns; nothing moves or is lost, every existing row is one assessment
 * by an unnamed reviewer, the computed columns give the same results, and a second setup changes
 * nothing. Needs a built dist/Code.js (npm run build).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook, runsAfterEdit } from '../../dev/engine/workbook';
import { expandSnapshot } from '../../dev/gas-fake';
import { INSTRUMENT_SHEETS, PROJECTS, WORKBOOK } from '../../src/sheets/schema';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { syncProjects } from '../../src/server/actions/sync-projects';
import { checkSheets } from '../../src/sheets/diagnostic/checks';
import { assessmentKey } from '../../src/sheets/assessments';
import { readTable } from '../../src/sheets/table';
import { ASSESSMENT_IDS, columnsOf, computedCells, sheet, workbookFake, type Fake } from '../helpers/workbook';
import { builtBundle } from '../helpers/bundle';

const previous = (layout: string) => expandSnapshot(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/previous-version', `${layout}.json`), 'utf8')));

/** Every cell's value and formula of every sheet, as Sheets shows them after a recalculation. */
function cells(fake: Fake): Record<string, { values: unknown[][]; formulas: string[][] }> {
  const out: Record<string, { values: unknown[][]; formulas: string[][] }> = {};
  for (const s of fake.spreadsheet.getSheets()) {
    const range = s.getDataRange();
    out[s.getName()] = { values: range.getValues(), formulas: range.getFormulas() };
  }
  return out;
}

/** The old rectangle of a sheet's cells (its width then) cut out of the same sheet now. */
const within = (grid: unknown[][], rows: number, width: number) => grid.slice(0, rows).map((r) => r.slice(0, width));

/** Projets' 0-based columns that show an instrument's figures (its summary columns; columnsOf is 1-based). */
function computedSummaries(fake: Fake): Set<number> {
  const at = columnsOf(sheet(fake, PROJECTS.name.fr), PROJECTS);
  return new Set(PROJECTS.columns.filter((c) => c.kind === 'computed').flatMap((c) => (at.has(c.id) ? [at.get(c.id)! - 1] : [])));
}

describe.each(['contiguous', 'interleaved'])('a workbook made by the previous version (%s layout)', (layout) => {
  test('setup adds the assessment columns at the end; every value and result stays where it was', () => {
    const fake = workbookFake({ snapshot: previous(layout) });
    try {
      const addon = loadAddon({}, builtBundle());
      expect(evaluateWorkbook(fake, addon).errors).toEqual([]);
      const before = cells(fake);
      // The previous version's sheets (issue 14's « R&D sociale » and « Marqueurs Godin » came later: setup makes them).
      for (const spec of INSTRUMENT_SHEETS.filter((s) => fake.spreadsheet.getSheetByName(s.name.fr))) {
        const at = columnsOf(sheet(fake, spec.name.fr), spec);
        for (const id of ASSESSMENT_IDS) expect(at.has(id)).toBe(false);
      }

      setupWorkbook();
      expect(fake.ui.toasts.at(-1)!.message).toContain(
        'Une ligne par évaluation dans Grille AMI, SRL, Captation de valeur, SIAT, Innovation de rupture : chaque ligne existante est désormais l’évaluation d’un évaluateur sans nom, ses notes et ses résultats sont inchangés.',
      );
      expect(evaluateWorkbook(fake, addon).errors).toEqual([]);
      const after = cells(fake);
      const computed = computedSummaries(fake);
      for (const [name, { values: old, formulas }] of Object.entries(before)) {
        const width = old[0].length;
        // One known difference, in Projets' instrument figures only: the previous version looked them up
        // with VLOOKUP, and the formula engine (HyperFormula) reads a looked-up EMPTY cell as 0 where
        // Sheets shows it empty; the consensus formulas show "" there (a project not yet scored, no
        // fragility, no SIAT answer). Every other cell, and every non-zero figure, must be identical.
        const values =
          name === PROJECTS.name.fr ? old.map((row, r) => row.map((v, c) => (v === 0 && computed.has(c) && after[name].values[r]?.[c] === '' ? '' : v))) : old;
        // Nothing moved, nothing lost: the old rectangle holds the same values (computed ones
        // included, recomputed by the engine) and the same data below the header.
        expect({ name, values: within(after[name].values, values.length, width) }).toEqual({ name, values });
        expect({ name, formulas: within(after[name].formulas, formulas.length, width).slice(1) }).toEqual({ name, formulas: formulas.slice(1) });
      }
      for (const spec of INSTRUMENT_SHEETS.filter((s) => before[s.name.fr])) {
        const grid = sheet(fake, spec.name.fr);
        const width = before[spec.name.fr].values[0].length;
        const at = columnsOf(grid, spec);
        // The assessment columns were added after the old last column, in the spec's order.
        expect(ASSESSMENT_IDS.map((id) => at.get(id)! > width)).toEqual(ASSESSMENT_IDS.map(() => true));
        // Every existing row is one assessment by an unnamed, undated reviewer.
        const table = readTable(grid, spec);
        const keys = table.rows.map((row) => assessmentKey(table, row)).filter((k) => k.id);
        expect(keys.length).toBeGreaterThanOrEqual(16);
        expect(keys.filter((k) => k.reviewer || k.date)).toEqual([]);
        expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
      }
      // The diagnostic finds nothing to fix; a sync gives the new Comité sheet its rows (nothing
      // else: every project already has its row in each instrument sheet), then finds nothing to add.
      const fixes = checkSheets(fake.spreadsheet).flatMap((s) => s.findings.filter((f) => f.severity === 'fix').map((f) => `${s.sheet.fr}: ${f.text.fr}`));
      expect(fixes).toEqual([]);
      syncProjects();
      // The sheets the previous version did not have get their rows too (Comité; issue 14's three).
      expect(fake.ui.toasts.at(-1)!.message).toBe('Lignes ajoutées : R&D sociale 16, Marqueurs Godin 16, Protocole 16, Comité 16.');
      syncProjects();
      expect(fake.ui.toasts.at(-1)!.message).toMatch(/^Les 16 projets ont déjà leur ligne dans chaque feuille\./);
    } finally {
      fake.done();
    }
  });

  test('a second setup changes nothing', () => {
    const fake = workbookFake({ snapshot: previous(layout) });
    try {
      setupWorkbook();
      const once = fake.snapshot();
      setupWorkbook();
      expect(fake.snapshot()).toEqual(once);
      expect(fake.ui.toasts.at(-1)!.message).toBe(
        'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
      );
      expect(WORKBOOK.every((spec) => fake.spreadsheet.getSheetByName(spec.name.fr))).toBe(true);
    } finally {
      fake.done();
    }
  });
});

/**
 * Issue 10: a workbook laid out by the version before AMI_PORTFOLIO (test/fixtures/previous-version/
 * make-before-issue-10.ts, that version's own dist/Code.js): Projets' AMI columns are apart there, so
 * setup keeps each one's own formula (their split forms) and appends « Note normalisée /20 », which
 * Comité now reads by ID. Every figure of every sheet is the same after setup, and an AMI edit runs
 * what it ran (7: only Grille AMI's pair became one AMI_PROFILE_GAPS, its five columns side by side there).
 */
describe('a workbook laid out before issue 10’s AMI_PORTFOLIO', () => {
  /** Every computed cell found by its header, by sheet, row ID (with its rank among its ID's rows) and column id. */
  function figures(fake: Fake): Record<string, unknown> {
    return Object.fromEntries(
      computedCells(fake).map((c) => [`${c.sheet} ${c.row} ${c.column}`, typeof c.value === 'number' ? Math.round(c.value * 1e9) / 1e9 : c.value]),
    );
  }

  test('setup keeps its columns and formulas apart, appends « Note normalisée /20 »: every figure the same, 7 runs per AMI edit', () => {
    const fake = workbookFake({ snapshot: previous('before-issue-10') });
    try {
      const addon = loadAddon({}, builtBundle());
      expect(evaluateWorkbook(fake, addon).errors).toEqual([]);
      const projets = sheet(fake, PROJECTS.name.fr);
      const before = columnsOf(projets, PROJECTS);
      expect(before.has('ami-normalized')).toBe(false);
      // That version's order: the AMI total now and before after the follow-up, far from the profile.
      expect(before.get('ami-now')! - before.get('ami-total')!).toBeGreaterThan(10);
      const was = figures(fake);
      const width = projets.getLastColumn();

      setupWorkbook();
      expect(fake.ui.toasts.at(-1)!.message).toContain('colonnes ajoutées en fin de feuille : Projets (Note normalisée /20)');
      const after = columnsOf(projets, PROJECTS);
      for (const [id, at] of before) expect([id, after.get(id)]).toEqual([id, at]);
      expect(after.get('ami-normalized')).toBe(width + 1);
      const header = (id: string) => projets.getRange(1, after.get(id)!).getFormula();
      expect(header('ami-portage')).toContain('AMI_PROFILE(CONSENSUS(');
      expect(header('ami-now')).toContain('LATEST(');
      expect(header('assessments')).toContain('REVIEW_SPREAD(');
      expect(header('ami-normalized')).toContain('NORMALIZE_BY_REVIEWER(');
      expect(fake.cellsWithFormulas().some((f) => f.formula.includes('AMI_PORTFOLIO'))).toBe(false);

      expect(evaluateWorkbook(fake, addon).errors).toEqual([]);
      const now = figures(fake);
      for (const [key, value] of Object.entries(was)) expect([key, now[key]]).toEqual([key, value]);
      // Comité's normalised mark, read from Projets' new column, is the one it computed itself.
      const normalized = Object.entries(was).filter(([key]) => key.startsWith('committee ') && key.endsWith(' normalized'));
      expect(normalized.some(([, v]) => typeof v === 'number')).toBe(true);
      for (const [key, value] of normalized)
        expect([key, now[key.replace('committee ', 'projects ').replace(' normalized', ' ami-normalized')]]).toEqual([key, value]);

      const grid = sheet(fake, 'Grille AMI');
      const level = columnsOf(grid, INSTRUMENT_SHEETS[0]).get('level:caractere-collectif')!;
      expect(runsAfterEdit(fake, addon, 'Grille AMI', 3, level)).toEqual({
        AMI_PROFILE_GAPS: 1,
        AMI_PROFILE: 1,
        CONSENSUS: 2,
        REVIEW_SPREAD: 1,
        LATEST: 1,
        NORMALIZE_BY_REVIEWER: 1,
      });
    } finally {
      fake.done();
    }
  });
});
