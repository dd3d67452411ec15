import { ON_DEMAND_INSTRUMENTS, type InstrumentRecords, type Project, type ProjectList, type SaveResult } from '../../src/contract/endpoints';
import { INSTRUMENTS } from '../../src/core/instruments';
import { getInstruments } from '../../src/server/sidebar/get-instruments';
import { INSTRUMENT_SHEETS, PROJECTS, VALUATION, type SheetSpec } from '../../src/sheets/schema';
import { getProject } from '../../src/server/sidebar/get-project';
import { listProjects } from '../../src/server/sidebar/list-projects';
import { newAssessment } from '../../src/server/sidebar/new-assessment';
import { saveProject } from '../../src/server/sidebar/save-project';
import { WHOLE_SHEET_CELLS } from '../../src/sheets/table';
import { addSheet, workbookFake, type Fake, type Row } from '../helpers/workbook';

/** Block reads, whichever of the two read calls made them (getRange(…).getValues() or getSheetValues). */
const reads = (byMethod: Record<string, number>): number => (byMethod['Range.getValues'] ?? 0) + (byMethod['Sheet.getSheetValues'] ?? 0);

/**
 * Issue 10: what the sidebar moves does not grow with the number of projects, except the columns it
 * scans (the ID column to find a project; the ID and name columns to list them). Measured with the
 * fake's counters on the same workbook at two sizes: the calls are the same, and the cells differ by
 * exactly those columns' extra rows.
 */
const id = (i: number) => `P-${String(i).padStart(5, '0')}`;
const LEVEL = 'level:caractere-collectif';
const COMMENT = 'comment:caractere-collectif';

function portfolio(n: number): Fake {
  const fake = workbookFake();
  const rows = (extra: (i: number) => Row = () => ({})): Row[] =>
    Array.from({ length: n }, (_, i) => ({ id: id(i + 1), name: `Projet ${i + 1}`, ...extra(i) }));
  addSheet(
    fake,
    PROJECTS,
    rows(() => ({ investment: 1000 })),
  );
  for (const spec of INSTRUMENT_SHEETS)
    addSheet(
      fake,
      spec,
      rows(() => (spec.columns.some((c) => c.id === LEVEL) ? { [LEVEL]: 1, [COMMENT]: 'avant' } : {})),
    );
  addSheet(
    fake,
    VALUATION,
    Array.from({ length: n }, (_, i) => ({ id: id(i + 1), outcome: 'Emplois', quantity: 1, proxy: 100, years: 1, 'present-value': 100 })),
  );
  return fake;
}

/** Calls and cells of one run of `action` on a workbook of n projects (the project looked at is the middle one). */
function cost(n: number, action: (middle: string) => unknown): { calls: number; cells: number; byMethod: Record<string, number>; result: unknown } {
  const fake = portfolio(n);
  try {
    fake.resetCalls();
    const result = action(id(Math.ceil(n / 2)));
    return { calls: fake.calls.total, cells: fake.calls.cells, byMethod: { ...fake.calls.byMethod }, result };
  } finally {
    fake.done();
  }
}

const columnsOf = (spec: SheetSpec, ids: string[]) => ids.filter((c) => spec.columns.some((s) => s.id === c)).length;
const SHEETS = [PROJECTS, ...INSTRUMENT_SHEETS, VALUATION];
/** The grids getProject leaves to getInstruments (issue 10: opening a project in ≤ 40 calls at 10,000 projects). */
const ON_DEMAND: SheetSpec[] = ON_DEMAND_INSTRUMENTS.map((key) => INSTRUMENTS[key].sheet);
const READ_BY_GET_PROJECT = SHEETS.filter((s) => !ON_DEMAND.includes(s));
// Both sizes above the size read whole (WHOLE_SHEET_CELLS), and within a new sheet’s 1,000 rows.
const SMALL = 500;
const LARGE = 900;
test('the sizes compared are those read by column', () => {
  expect(SMALL * Math.min(...SHEETS.map((s) => s.columns.length))).toBeGreaterThan(WHOLE_SHEET_CELLS);
});

test('getProject: the same calls at 500 and 900 projects, and only the ID columns grow (one per sheet read, the on-demand grids not read)', () => {
  const small = cost(SMALL, (middle) => getProject({ id: middle }));
  const large = cost(LARGE, (middle) => getProject({ id: middle }));
  expect((large.result as Project).name).toBe(`Projet ${LARGE / 2}`);
  expect((large.result as Project).instruments.ami.fields[LEVEL]).toBe(1);
  expect((large.result as Project).valuation.presentValue).toBe(100);
  expect(large.calls).toBe(small.calls);
  expect(large.byMethod).toEqual(small.byMethod);
  expect(large.cells - small.cells).toBe((LARGE - SMALL) * READ_BY_GET_PROJECT.length);
  // The four on-demand grids: not a single call (each costs five at this size: found, its last row, its first rows, its ID column, the row).
  expect(large.byMethod['Spreadsheet.getSheetByName']).toBe(READ_BY_GET_PROJECT.length);
  for (const key of ON_DEMAND_INSTRUMENTS) expect((large.result as Project).instruments[key]).toMatchObject({ status: 'on-demand', fields: {} });
  // A small workbook: each sheet in one read (the first rows, the ID column and the row: three).
  const few = cost(20, (middle) => getProject({ id: middle }));
  expect(reads(few.byMethod)).toBe(reads(large.byMethod) - 2 * READ_BY_GET_PROJECT.length);
  expect(few.cells).toBeLessThanOrEqual(READ_BY_GET_PROJECT.length * WHOLE_SHEET_CELLS);
});

test('getInstruments: the on-demand grids read as getProject reads the others, the same calls at 500 and 900 projects', () => {
  const all = [...ON_DEMAND_INSTRUMENTS];
  const small = cost(SMALL, (middle) => getInstruments({ id: middle, instruments: all }));
  const large = cost(LARGE, (middle) => getInstruments({ id: middle, instruments: all }));
  const read = large.result as InstrumentRecords;
  expect(Object.keys(read.instruments).sort()).toEqual([...all].sort());
  // The portfolio's rows are unnamed and undated: the undated assessment, as getProject answers it.
  for (const key of all) expect(read.instruments[key]?.status).toBe('ok');
  expect(large.calls).toBe(small.calls);
  expect(large.cells - small.cells).toBe((LARGE - SMALL) * ON_DEMAND.length);
  // The spreadsheet, the layouts' property (2), then six a grid (this workbook has no setup's fingerprint:
  // each sheet is asked its width too); the panel asks only for the tab shown, six calls and the three.
  const stated = (instruments: typeof all) => cost(LARGE, (middle) => getInstruments({ id: middle, instruments, lang: 'fr' }));
  expect(stated(all).calls).toBe(3 + 6 * ON_DEMAND.length);
  expect(stated(['godin']).calls).toBe(3 + 6);
  expect(stated(['godin']).byMethod['Spreadsheet.getSheetByName']).toBe(1);
});

test('getProject with the language the panel states reads no user property, and no setting (getSettings sends them once per panel)', () => {
  const { byMethod, result } = cost(20, (middle) => getProject({ id: middle, lang: 'en' }));
  expect((result as Project).name).toBe('Projet 10');
  expect(byMethod['PropertiesService.getUserProperties'] ?? 0).toBe(0);
  // One named range only: the discount rate of the project's valuation band (it has outcomes).
  expect(byMethod['Spreadsheet.getRangeByName']).toBe(1);
  // Unstated, the stored choice is read: the user properties, once.
  expect(cost(20, (middle) => getProject({ id: middle })).byMethod['PropertiesService.getUserProperties']).toBe(1);
});

test('listProjects reads the ID and name columns only', () => {
  const small = cost(SMALL, () => listProjects({}));
  const large = cost(LARGE, () => listProjects({}));
  expect((large.result as ProjectList).projects).toHaveLength(LARGE);
  expect(large.calls).toBe(small.calls);
  // Projets and the grids getProject reads: an ID only a grid read on demand holds is no project it opens.
  const shown = [PROJECTS, ...INSTRUMENT_SHEETS.filter((s) => !ON_DEMAND.includes(s))].reduce((sum, spec) => sum + columnsOf(spec, ['id', 'name']), 0);
  expect(large.cells - small.cells).toBe((LARGE - SMALL) * shown);
});

test('saveProject reads the ID column and the project’s row, and writes only the changed cell', () => {
  const save = (before: string) => (middle: string) => saveProject({ id: middle, sheet: 'ami', changes: [{ field: COMMENT, before, after: 'après' }] });
  const small = cost(SMALL, save('avant'));
  const large = cost(LARGE, save('avant'));
  expect((large.result as SaveResult).status).toBe('saved');
  expect(large.calls).toBe(small.calls);
  expect(large.cells - small.cells).toBe(LARGE - SMALL);
  expect(large.byMethod['Range.setValues']).toBe(1);
  // A conflict (someone else changed the comment) reads the same and writes nothing.
  const conflictSmall = cost(SMALL, save('valeur d’un autre'));
  const conflict = cost(LARGE, save('valeur d’un autre'));
  expect((conflict.result as SaveResult).status).toBe('conflict');
  expect(conflict.calls).toBe(conflictSmall.calls);
  expect(conflict.cells - conflictSmall.cells).toBe(LARGE - SMALL);
  expect(conflict.byMethod['Range.setValues'] ?? 0).toBe(0);
});

test('reading the ID column only still finds every row of a project: far down, duplicated, with a stray apostrophe, after a sort', () => {
  const fake = portfolio(50);
  try {
    const ami = fake.spreadsheet.getSheetByName(INSTRUMENT_SHEETS[0].name.fr)!;
    ami.getRange(46, 1).setValue(id(40)); // row 46 (project 45's) now also says P-00040
    ami.getRange(31, 1).setValue(`'${id(30)}`);
    const project = getProject({ id: id(40) }) as Project;
    expect(project.instruments.ami).toMatchObject({ status: 'duplicate', rows: [41, 46] });
    expect(() => saveProject({ id: id(40), sheet: 'ami', changes: [{ field: COMMENT, before: 'avant', after: 'x' }] })).toThrow(/lignes 41, 46/);
    expect((getProject({ id: id(30) }) as Project).instruments.ami).toMatchObject({ status: 'ok', rows: [31] });
    // Sorted between the sidebar's read and its save (Z→A): the row is found where it is now.
    ami.getRange(2, 1, 50, ami.getLastColumn()).sort({ column: 1, ascending: false });
    const saved = saveProject({ id: id(3), sheet: 'ami', changes: [{ field: COMMENT, before: 'avant', after: 'après' }] }) as SaveResult;
    expect(saved).toMatchObject({ status: 'saved', written: 1, record: { rows: [ami.getLastRow() - 3 + 1], fields: { id: id(3), [COMMENT]: 'après' } } });
  } finally {
    fake.done();
  }
});

test('newAssessment (issue 12) reads each instrument sheet’s ID column and the project’s rows: the same calls at 500 and 900 projects', () => {
  const fresh = (middle: string) => newAssessment({ id: middle, reviewer: 'Claire' });
  const small = cost(SMALL, fresh);
  const large = cost(LARGE, fresh);
  expect(large.result).toMatchObject({ status: 'created', created: INSTRUMENT_SHEETS.length, from: { reviewer: '', mine: false } });
  expect(large.calls).toBe(small.calls);
  expect(large.byMethod).toEqual(small.byMethod);
  expect(large.cells - small.cells).toBe((LARGE - SMALL) * INSTRUMENT_SHEETS.length);
});
