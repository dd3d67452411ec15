import type { Project, ProjectList } from '../../src/contract/endpoints';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { syncProjects } from '../../src/server/actions/sync-projects';
import { getProject } from '../../src/server/sidebar/get-project';
import { listProjects } from '../../src/server/sidebar/list-projects';
import { PROJECTS } from '../../src/sheets/schema';
import { INSTRUMENTS } from '../../src/core/instruments';
import { columnsOf, setUpWithProjects, sheet, workbookFake, type Fake } from '../helpers/workbook';

/**
 * getProject reads each sheet's first rows as wide as the last full setup left it (its layout kept
 * with the fingerprint), sparing a getLastColumn per sheet, and asks the sheet whenever that layout
 * no longer holds: what it answers is what reading the whole header answers.
 */
const LAYOUT_KEY = 'grilles-innovation-sociale/layout';
const COMMENT = 'comment:caractere-collectif';

let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
  setUpWithProjects(fake, 3);
  syncProjects();
  const ami = sheet(fake, 'Grille AMI');
  const at = commentColumn(ami);
  ami.getRange(3, at).setValue('avant');
});
afterEach(() => fake.done());

/** The AMI comment column (1-based), found as the add-on finds it. */
const commentColumn = (ami: GoogleAppsScript.Spreadsheet.Sheet) => columnsOf(ami, INSTRUMENTS.ami.sheet).get(COMMENT)!;

/** getProject of P-0002 with the layouts kept, then without them (every header read whole): both answers, and the first one's getLastColumn calls. */
function bothReadings(): { known: Project; whole: Project; asked: number } {
  fake.resetCalls();
  const known = getProject({ id: 'P-0002', lang: 'fr' });
  const asked = fake.calls.byMethod['Sheet.getLastColumn'] ?? 0;
  const properties = PropertiesService.getDocumentProperties();
  const kept = properties.getProperty(LAYOUT_KEY)!;
  properties.deleteProperty(LAYOUT_KEY);
  const whole = getProject({ id: 'P-0002', lang: 'fr' });
  properties.setProperty(LAYOUT_KEY, kept);
  return { known, whole, asked };
}

test('as setup left it: no sheet is asked its width, and the project reads as from the whole headers', () => {
  const { known, whole, asked } = bothReadings();
  expect(asked).toBe(0);
  expect(known.instruments.ami.fields[COMMENT]).toBe('avant');
  expect(known).toEqual(whole);
});

test('a column of the user’s appended after setup: still read as setup left it, the same answer', () => {
  const ami = sheet(fake, 'Grille AMI');
  // After the add-on's last column: since issue 10 Grille AMI ends with AMI_PROFILE_GAPS's spilled
  // « Écarts », which the fake (no formula engine here) leaves empty, so getLastColumn stops before it.
  const after = Math.max(ami.getLastColumn(), ...columnsOf(ami, INSTRUMENTS.ami.sheet).values()) + 1;
  if (after > ami.getMaxColumns()) ami.insertColumnsAfter(ami.getMaxColumns(), 1);
  ami.getRange(1, after, 3, 1).setValues([['Mes notes'], ['x'], ['y']]);
  const { known, whole, asked } = bothReadings();
  expect(asked).toBe(0);
  expect(known).toEqual(whole);
});

test('a column inserted among the add-on’s, or one deleted: that sheet is asked its width, and reads right', () => {
  const ami = sheet(fake, 'Grille AMI');
  ami.insertColumnBefore(commentColumn(ami));
  let { known, whole, asked } = bothReadings();
  expect(asked).toBe(1);
  expect(known.instruments.ami.fields[COMMENT]).toBe('avant');
  expect(known).toEqual(whole);

  const srl = sheet(fake, INSTRUMENTS.srl.sheet.name.fr);
  srl.deleteColumn(3);
  ({ known, whole, asked } = bothReadings());
  expect(asked).toBe(2);
  expect(known).toEqual(whole);
});

test('a fingerprint an earlier version kept (no layouts) is completed by the next setup, once', () => {
  const properties = PropertiesService.getDocumentProperties();
  const { layouts, ...earlier } = JSON.parse(properties.getProperty(LAYOUT_KEY)!) as { layouts: unknown };
  expect(layouts).toBeDefined();
  properties.setProperty(LAYOUT_KEY, JSON.stringify(earlier));
  fake.resetCalls();
  setupWorkbook();
  expect(fake.calls.byMethod['LockService.getDocumentLock']).toBe(1);
  expect(JSON.parse(properties.getProperty(LAYOUT_KEY)!).layouts).toEqual(layouts);
  fake.resetCalls();
  setupWorkbook();
  expect(fake.calls.byMethod['LockService.getDocumentLock'] ?? 0).toBe(0);
});

/** listProjects with the layouts kept, then without them: both lists, and the first one's getLastColumn calls. */
function bothLists(): { known: ProjectList; whole: ProjectList; asked: number } {
  fake.resetCalls();
  const known = listProjects({ lang: 'fr' });
  const asked = fake.calls.byMethod['Sheet.getLastColumn'] ?? 0;
  const properties = PropertiesService.getDocumentProperties();
  const kept = properties.getProperty(LAYOUT_KEY)!;
  properties.deleteProperty(LAYOUT_KEY);
  const whole = listProjects({ lang: 'fr' });
  properties.setProperty(LAYOUT_KEY, kept);
  return { known, whole, asked };
}

test('listProjects reads the kept layouts as getProject does: no width asked, the same list; a moved name column is asked for', () => {
  let { known, whole, asked } = bothLists();
  expect(asked).toBe(0);
  expect(known.projects).toHaveLength(3);
  expect(known).toEqual(whole);

  // A column inserted before Projets' name: the layout no longer holds there, that sheet is asked, and the names still read.
  const projets = sheet(fake, 'Projets');
  projets.insertColumnBefore(columnsOf(projets, PROJECTS).get('name')!);
  ({ known, whole, asked } = bothLists());
  expect(asked).toBe(1);
  expect(known.projects.every((p) => p.name !== '')).toBe(true);
  expect(known).toEqual(whole);
});
