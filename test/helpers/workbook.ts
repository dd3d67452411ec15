/**
 * The unit tests' workbook: the Apps Script fake installed as the globals the sources call, and
 * sheets laid out as the templates lay them out (French headers, columns found by header).
 */
import { createGasFake, type CellValue, type GasFake } from '../../dev/gas-fake';
import { locateColumns } from '../../src/sheets/headers';
import { ASSESSMENT_DATE_COLUMN, ASSESSMENT_STATE, REVIEWER_COLUMN } from '../../src/core/instruments/columns';
import { AMI, WORKBOOK, type SheetId, type SheetSpec } from '../../src/sheets/schema';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { syncProjects } from '../../src/server/actions/sync-projects';
import { dayOf } from '../../src/sheets/assessments';
import { readHeader } from '../../src/sheets/templates/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A fake whose services are the globals the TypeScript sources call; `done()` puts globals back. */
export function workbookFake(options?: Parameters<typeof createGasFake>[0]): GasFake & { done(): void } {
  const fake = createGasFake(options);
  const restore = fake.install();
  return Object.assign(fake, { done: restore });
}

export type Fake = ReturnType<typeof workbookFake>;

/** A jest test body run on a fresh fake, whose globals are put back whatever happens. */
export function withFake(test: (fake: Fake) => void): () => void {
  return () => {
    const fake = workbookFake();
    try {
      test(fake);
    } finally {
      fake.done();
    }
  };
}

export function sheet(fake: GasFake, name: string): Sheet {
  const s = fake.spreadsheet.getSheetByName(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** 1-based column of each column id, found by header as the add-on finds it. */
export function columnsOf(s: Sheet, spec: SheetSpec): Map<string, number> {
  const found = locateColumns(spec, readHeader(s).texts);
  return new Map([...found].map(([id, i]) => [id, i + 1]));
}

/**
 * Every computed cell of the template sheets, found by its header: its sheet, its row's key (the
 * project ID, with the row's rank among its ID's rows: `P-0001#2`) and its column id. A sheet or a
 * column a workbook lacks is skipped.
 */
export function computedCells(fake: GasFake): { sheet: SheetId; row: string; column: string; value: unknown }[] {
  const out: { sheet: SheetId; row: string; column: string; value: unknown }[] = [];
  for (const spec of WORKBOOK) {
    const s = fake.spreadsheet.getSheetByName(spec.name.fr);
    if (!s || s.getLastRow() < 2) continue;
    const at = columnsOf(s, spec);
    const computed = spec.columns.filter((c) => c.kind === 'computed' && at.has(c.id));
    const seen = new Map<string, number>();
    for (const r of s.getRange(2, 1, s.getLastRow() - 1, s.getLastColumn()).getValues()) {
      const id = String(r[at.get('id')! - 1]);
      if (!id) continue;
      seen.set(id, (seen.get(id) ?? 0) + 1);
      for (const c of computed) out.push({ sheet: spec.id, row: `${id}#${seen.get(id)}`, column: c.id, value: r[at.get(c.id)! - 1] });
    }
  }
  return out;
}

/** A set-up workbook with projects P-0001… (« Projet 1 »…) in Projets, no row yet in the instrument sheets. */
export function setUpWithProjects(fake: GasFake, count: number): void {
  setupWorkbook();
  sheet(fake, 'Projets')
    .getRange(2, 1, count, 2)
    .setValues(Array.from({ length: count }, (_, i) => [`P-000${i + 1}`, `Projet ${i + 1}`]));
}

/** An instrument sheet's data rows as objects by column id, dates as days `aaaa-mm-jj` (rows without an ID left out). */
export function assessmentRows(s: Sheet, spec: SheetSpec): Record<string, unknown>[] {
  const at = columnsOf(s, spec);
  const values = s.getDataRange().getValues().slice(1);
  return values
    .filter((r) => r[at.get('id')! - 1] !== '')
    .map((r) => Object.fromEntries([...at].map(([id, c]) => [id, id === 'date' ? dayOf(r[c - 1]) : r[c - 1]])));
}

/** Writes N projects (ID, name) into Projets, growing the sheet as needed. */
export function fillProjects(fake: GasFake, count: number, name = (i: number) => `Projet ${i}`): void {
  const projets = sheet(fake, 'Projets');
  const max = projets.getMaxRows();
  if (count + 1 > max) projets.insertRowsAfter(max, count + 1 - max);
  const rows = Array.from({ length: count }, (_, i) => [`P-${String(i + 1).padStart(5, '0')}`, `'${name(i + 1)}`]);
  projets.getRange(2, 1, count, 2).setValues(rows);
}

/**
 * The column order of workbooks made before the scored columns were contiguous (issue 8): each AMI
 * criterion's comment beside its level, each value-capture answer's note beside it. Existing
 * workbooks keep this layout; the add-on must keep working on them. They predate reviewers too
 * (issue 11): no reviewer, date nor assessment state columns.
 */
export function interleavedLayout(spec: SheetSpec): string[] {
  const ids = spec.columns.map((c) => c.id).filter((id) => !ASSESSMENT_IDS.includes(id));
  const pair = (first: string, second: string) => {
    const firsts = ids.filter((id) => id.startsWith(first));
    const rest = ids.filter((id) => !id.startsWith(first) && !id.startsWith(second));
    const at = ids.indexOf(firsts[0]);
    const woven = firsts.flatMap((id) => [id, id.replace(first, second)]);
    return [...rest.slice(0, at), ...woven, ...rest.slice(at)];
  };
  if (spec.id === 'ami') return pair('level:', 'comment:');
  if (spec.id === 'vc') return pair('answer:', 'note:');
  return ids;
}

/** The columns issue 11 added to every instrument sheet. */
export const ASSESSMENT_IDS = [REVIEWER_COLUMN, ASSESSMENT_DATE_COLUMN, ...ASSESSMENT_STATE].map((c) => c.id);

/** A row given by column id (missing ids are blank). */
export type Row = Record<string, CellValue | undefined>;

/**
 * Creates a sheet whose header row is `spec`'s columns in `order` (French headers; an id the spec
 * does not know is its own header), with `rows` below.
 */
export function addSheet(fake: GasFake, spec: SheetSpec, rows: Row[], order: readonly string[] = spec.columns.map((c) => c.id), name = spec.name.fr): Sheet {
  const s = fake.spreadsheet.insertSheet(name);
  const width = order.length;
  if (s.getMaxColumns() < width) s.insertColumnsAfter(s.getMaxColumns(), width - s.getMaxColumns());
  const header = order.map((id) => spec.columns.find((c) => c.id === id)?.header.fr ?? id);
  const body = rows.map((r) => order.map((id) => r[id] ?? ''));
  s.getRange(1, 1, 1 + body.length, width).setValues([header, ...body]);
  return s;
}

/** Creates a sheet whose header row is `spec`'s columns in `order` (French headers), before setup. */
export function sheetWithHeaders(fake: GasFake, spec: SheetSpec, order: readonly string[], name = spec.name.fr): Sheet {
  return addSheet(fake, spec, [], order, name);
}

/** One AMI assessment for the tests of issue 11: its project, reviewer, 12 levels (grid order), and whether it is recused. */
export interface AmiAssessment {
  id: string;
  reviewer: string;
  levels: readonly number[];
  recused?: boolean;
}

/** Writes AMI assessments into « Grille AMI », one row each, below its last row (columns found by header). */
export function writeAmiAssessments(fake: GasFake, assessments: readonly AmiAssessment[]): void {
  const grid = sheet(fake, AMI.name.fr);
  const at = columnsOf(grid, AMI);
  const first = grid.getLastRow() + 1;
  assessments.forEach((a, k) => {
    const row = first + k;
    grid.getRange(row, at.get('id')!).setValue(a.id);
    grid.getRange(row, at.get('reviewer')!).setValue(a.reviewer);
    a.levels.forEach((l, i) => grid.getRange(row, at.get(`level:${AMI_CRITERIA[i].id}`)!).setValue(l));
    if (a.recused) grid.getRange(row, at.get('recused')!).setValue(true);
  });
}

/** 12 AMI levels: `all` on every criterion but « Rupture avec l’existant », which gets `rupture`. */
export function amiLevels(all: number, rupture: number): number[] {
  return AMI_CRITERIA.map((c) => (c.id === 'rupture' ? rupture : all));
}

/** The three projects of issue 11's committee tests. */
export const THREE_PROJECTS = [
  ['P-0001', 'Épicerie solidaire'],
  ['P-0002', 'Garage associatif'],
  ['P-0003', 'Tiers-lieu'],
];

/** A set-up workbook whose Projets lists THREE_PROJECTS, synced: each has its row in every sheet of one row per project. */
export function threeProjectsSynced(fake: GasFake): void {
  setupWorkbook();
  sheet(fake, 'Projets').getRange(2, 1, 3, 2).setValues(THREE_PROJECTS);
  syncProjects();
}
