/**
 * Issue 11: « Synchroniser les projets » on sheets of one row per assessment. A project has 0, 1 or
 * many rows per instrument sheet: the sync adds one (unnamed, undated) row only where it has none,
 * copies a new name into all its rows, and reports a repeated key (ID, reviewer, day) with its rows,
 * never merging them. Reviewer names that differ only by case or spaces are the same reviewer.
 */
import { AMI, INSTRUMENT_SHEETS, SRL, type SheetSpec } from '../../src/sheets/schema';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { syncMessage, syncProjects } from '../../src/server/actions/sync-projects';
import { syncProjects as sync } from '../../src/sheets/sync';
import { withDocumentLock } from '../../src/sheets/lock';
import { getContext } from '../../src/server/sidebar/get-context';
import { listProjects } from '../../src/server/sidebar/list-projects';
import { columnsOf, fillProjects, sheet, withFake, workbookFake, type Fake } from '../helpers/workbook';

type Assessment = [id: string, reviewer: string, date: Date | string, level?: string];

/** Writes assessment rows (ID, reviewer, date, and the first AMI level or SRL evidence) from row 2. */
function assess(fake: Fake, spec: SheetSpec, rows: Assessment[]): void {
  const s = sheet(fake, spec.name.fr);
  const at = columnsOf(s, spec);
  const first = spec.columns.find((c) => c.id.startsWith('level:') || c.id.startsWith('evidence:'))!.id;
  rows.forEach(([id, reviewer, date, level], r) => {
    s.getRange(2 + r, at.get('id')!).setValue(id);
    s.getRange(2 + r, at.get('reviewer')!).setValue(reviewer);
    s.getRange(2 + r, at.get('date')!).setValue(date);
    if (level !== undefined) s.getRange(2 + r, at.get(first)!).setValue(level);
  });
}

/** ID, name, reviewer and date of every data row of a sheet. */
function keys(fake: Fake, spec: SheetSpec): unknown[][] {
  const s = sheet(fake, spec.name.fr);
  const at = columnsOf(s, spec);
  const rows = s.getRange(2, 1, Math.max(1, s.getLastRow() - 1), s.getLastColumn()).getValues();
  return rows.filter((r) => r[at.get('id')! - 1] !== '').map((r) => ['id', 'name', 'reviewer', 'date'].map((id) => r[at.get(id)! - 1]));
}

const projects = (fake: Fake, rows: [string, string][]) => sheet(fake, 'Projets').getRange(2, 1, rows.length, 2).setValues(rows);

/** A laid-out workbook whose Projets lists P-0001 Épicerie (and P-0002 Crèche). */
function twoProjects(fake: Fake, count: 1 | 2 = 2): void {
  setupWorkbook();
  projects(
    fake,
    (
      [
        ['P-0001', 'Épicerie'],
        ['P-0002', 'Crèche'],
      ] as [string, string][]
    ).slice(0, count),
  );
}

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);

describe('syncProjects on one row per assessment', () => {
  test(
    'a project with several assessments keeps them all and gets no new row; a project with none gets one, unnamed and undated',
    withFake((fake) => {
      twoProjects(fake);
      assess(fake, AMI, [
        ['P-0001', 'Claire Martin', day(2026, 3, 12), 'Fort'],
        ['P-0001', 'Idriss Benali', day(2026, 3, 12), 'Faible'],
      ]);
      syncProjects();
      expect(keys(fake, AMI)).toEqual([
        ['P-0001', 'Épicerie', 'Claire Martin', day(2026, 3, 12)],
        ['P-0001', 'Épicerie', 'Idriss Benali', day(2026, 3, 12)],
        ['P-0002', 'Crèche', '', ''],
      ]);
      expect(keys(fake, SRL)).toEqual([
        ['P-0001', 'Épicerie', '', ''],
        ['P-0002', 'Crèche', '', ''],
      ]);
      const message = fake.ui.toasts.at(-1)!.message;
      expect(message).toContain('Lignes ajoutées : Grille AMI 1, SRL 2,');
      expect(message).not.toMatch(/double/);
      // A second sync has nothing to do: several rows of one project are normal.
      syncProjects();
      expect(fake.ui.toasts.at(-1)!.message).toBe('Les 2 projets ont déjà leur ligne dans chaque feuille.');
    }),
  );

  test(
    'a renamed project’s name is copied into all its rows, counted once per project',
    withFake((fake) => {
      twoProjects(fake, 1);
      assess(fake, AMI, [
        ['P-0001', 'Claire Martin', day(2026, 3, 12)],
        ['P-0001', 'Idriss Benali', day(2026, 3, 12)],
        ['P-0001', 'Claire Martin', day(2026, 4, 2)],
      ]);
      syncProjects();
      sheet(fake, 'Projets').getRange(2, 2).setValue('Épicerie mobile');
      syncProjects();
      expect(keys(fake, AMI).map((r) => r[1])).toEqual(['Épicerie mobile', 'Épicerie mobile', 'Épicerie mobile']);
      expect(fake.ui.toasts.at(-1)!.message).toContain('Noms mis à jour : Grille AMI 1, SRL 1,');
    }),
  );

  test(
    'a second row for the same key is reported with its rows, never merged; reviewers differing by case or spaces are one',
    withFake((fake) => {
      twoProjects(fake);
      assess(fake, AMI, [
        ['P-0001', 'Claire Martin', day(2026, 3, 12), 'Fort'],
        ['P-0001', 'Claire Martin', day(2026, 4, 2), 'Fort'], // another round: normal
        ['P-0001', '  claire   MARTIN ', day(2026, 3, 12), 'Faible'], // the same assessment again
        ['P-0002', 'Idriss Benali', '2026-03-12'],
      ]);
      assess(fake, SRL, [
        ['P-0002', '', ''],
        ['P-0002', '', ''],
      ]);
      const before = fake.snapshot().sheets.filter((s) => s.name === AMI.name.fr || s.name === SRL.name.fr);
      const report = withDocumentLock(() => sync(fake.spreadsheet));
      expect(report.sameAssessment).toEqual([
        { sheet: 'Grille AMI', key: { id: 'P-0001', reviewer: 'Claire Martin', date: '2026-03-12' }, rows: [2, 4] },
        { sheet: 'SRL', key: { id: 'P-0002', reviewer: '', date: '' }, rows: [2, 3] },
      ]);
      expect(report.duplicates).toEqual([]);
      syncProjects();
      const message = fake.ui.toasts.at(-1)!.message;
      expect(message).toContain(
        'Évaluations en double (même projet, même évaluateur, même jour), rien n’a été fusionné : P-0001, Claire Martin, 12/03/2026 (Grille AMI, lignes 2 / 4), P-0002, évaluateur sans nom, sans date (SRL, lignes 2 / 3).',
      );
      // Nothing merged nor deleted: the two sheets' existing rows are as they were (names aside, filled in by the sync).
      const after = fake.snapshot().sheets.filter((s) => s.name === AMI.name.fr || s.name === SRL.name.fr);
      for (const [k, s] of before.entries()) {
        const at = columnsOf(sheet(fake, s.name), s.name === AMI.name.fr ? AMI : SRL);
        const notName = (rows: unknown[][] | null) => (rows ?? []).slice(1).map((r) => r.filter((_, c) => c !== at.get('name')! - 1));
        expect(notName(after[k].values).slice(0, notName(s.values).length)).toEqual(notName(s.values));
      }
      expect(keys(fake, SRL)).toEqual([
        ['P-0002', 'Crèche', '', ''],
        ['P-0002', 'Crèche', '', ''],
        ['P-0001', 'Épicerie', '', ''],
      ]);
    }),
  );

  test(
    'the report in English names the reviewer and the day as typed',
    withFake((fake) => {
      twoProjects(fake, 1);
      assess(fake, AMI, [
        ['P-0001', 'Claire Martin', '2026-03-12'],
        ['P-0001', 'CLAIRE MARTIN', '12/03/2026'],
      ]);
      const report = withDocumentLock(() => sync(fake.spreadsheet));
      expect(syncMessage(report).en).toContain(
        'Duplicate assessments (same project, same reviewer, same day), nothing was merged: P-0001, Claire Martin, 2026-03-12 (Grille AMI, rows 2 / 3).',
      );
    }),
  );

  test(
    'orphans are counted per project ID, whatever their number of rows',
    withFake((fake) => {
      twoProjects(fake, 1);
      assess(fake, AMI, [
        ['P-0009', 'Claire Martin', day(2026, 3, 12)],
        ['P-0009', 'Idriss Benali', day(2026, 3, 12)],
        ['P-0009', '', ''],
        ['P-0001', '', ''],
      ]);
      syncProjects();
      expect(fake.ui.toasts.at(-1)!.message).toContain('ID absents de Projets, lignes conservées : Grille AMI 1.');
      expect(keys(fake, AMI)).toHaveLength(4);
    }),
  );
});

describe('outside the sync, a project’s several rows are one project', () => {
  test(
    'the project list names it once, and the project under the cursor is its ID on any of its rows',
    withFake((fake) => {
      twoProjects(fake);
      syncProjects();
      assess(fake, AMI, [
        ['P-0002', '', ''],
        ['P-0001', 'Claire Martin', day(2026, 3, 12)],
        ['P-0001', 'Idriss Benali', day(2026, 3, 12)],
        ['P-0003', 'Claire Martin', day(2026, 3, 12)], // not in Projets yet
        ['P-0003', 'Idriss Benali', day(2026, 3, 12)],
      ]);
      expect(listProjects({}).projects.map((p) => p.id)).toEqual(['P-0001', 'P-0002', 'P-0003']);
      const grid = sheet(fake, AMI.name.fr);
      fake.spreadsheet.setActiveSheet(grid);
      for (const [row, id] of [
        [3, 'P-0001'],
        [4, 'P-0001'],
        [6, 'P-0003'],
      ] as const) {
        fake.spreadsheet.setActiveRange(grid.getRange(row, 5));
        expect(getContext({}).projectId).toBe(id);
      }
    }),
  );
});

describe('the sync’s service calls do not grow with the number of assessments per project', () => {
  /** 50 projects with `per` adjacent assessments each in Grille AMI; the calls of a sync and of a rename of one project. */
  const run = (per: number) => {
    const fake = workbookFake();
    try {
      setupWorkbook();
      fillProjects(fake, 50);
      const grid = sheet(fake, AMI.name.fr);
      const at = columnsOf(grid, AMI);
      const rows = Array.from({ length: 50 * per }, (_, r) => [
        `P-${String(Math.floor(r / per) + 1).padStart(5, '0')}`,
        `Projet ${Math.floor(r / per) + 1}`,
        `Évaluateur ${r % per}`,
      ]);
      grid.getRange(2, at.get('id')!, rows.length, 3).setValues(rows);
      const count = (action: () => void) => {
        fake.resetCalls();
        action();
        return fake.calls.total;
      };
      const sync = count(syncProjects);
      sheet(fake, 'Projets').getRange(11, 2).setValue("'Renommé");
      const rename = count(syncProjects);
      const writes = fake.calls.byMethod['Range.setValues'];
      const names = grid
        .getRange(2, at.get('name')!, rows.length, 1)
        .getValues()
        .flat()
        .filter((n) => n === 'Renommé');
      expect(fake.ui.alerts).toEqual([]);
      return { sync, rename, writes, renamedRows: names.length / per };
    } finally {
      fake.done();
    }
  };

  test('1 vs 3 assessments per project: the same calls; a renamed project’s rows written in one block per sheet', () => {
    const one = run(1);
    expect(run(3)).toEqual(one);
    // One write per instrument sheet, and one in Comité (one row per project).
    expect(one).toMatchObject({ writes: INSTRUMENT_SHEETS.length + 1, renamedRows: 1 });
  });
});
