/**
 * The browser layer's harness: the playground server started in-process on a free port with a
 * temporary data folder, and Debian's Chromium driven by playwright-core (CI installs it with
 * apt-get; no browser is downloaded). The sidebar is the real dist/Sidebar.html in the page's
 * 300 px panel, its google.script.run wired to the real dist/Code.js.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../dev/playground/playground';
import { reviewerKey } from '../../src/sheets/assessments';
import { postJson } from './playground';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = 'test-results/screenshots';

export interface Session {
  playground: Playground;
  browser: Browser;
  page: Page;
  sidebar: FrameLocator;
  /** Script dialogs opened by any frame (none may open: markup from the sheet must never run). */
  dialogs: string[];
  pageErrors: string[];
  /** The reviewer the session acts as (null: none chosen). */
  reviewer: string | null;
  close(): Promise<void>;
}

/**
 * The demo's first reviewer: she scored every reviewed project (issue 11), so a session that acts as
 * her edits the assessments the demo shows. `null`: no name chosen (the panel asks for one).
 */
export const DEMO_REVIEWER = 'Claire Martin';

export async function openSession(reviewer: string | null = DEMO_REVIEWER): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  if (!existsSync('dist/Sidebar.html')) throw new Error('dist/Sidebar.html is missing: run npm run build first');
  const dataDir = mkdtempSync(join(tmpdir(), 'playground-'));
  // The tests drive the test hooks (fail a call, edit as someone else): never on for `npm start`.
  const playground = await startPlayground({ port: 0, dataDir, testHooks: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  if (reviewer) {
    const res = await postJson(playground, '/api/run', { name: 'setReviewer', args: [{ name: reviewer }] });
    if (!res.ok) throw new Error(await res.text());
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(playground.url);
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('.project-name').waitFor({ timeout: 20_000 });
  return {
    playground,
    browser,
    page,
    sidebar,
    dialogs,
    pageErrors,
    reviewer,
    async close() {
      await browser.close();
      await playground.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The session of a browser test file, opened before its first test and closed after its last: after
 * each test, no page error and no script dialog (markup from the sheet must never run). The object
 * is filled in by `beforeAll`, so tests use it as the session itself.
 */
export function useSession(reviewer: string | null = DEMO_REVIEWER): Session {
  // A browser test waits on Chromium, the playground's recomputes and the panel's 3 s polls: one of
  // several saves takes 50 s alone here, and more on a loaded two-core CI machine (jest's 60 s is too tight).
  jest.setTimeout(180_000);
  const s = {} as Session;
  beforeAll(async () => {
    Object.assign(s, await openSession(reviewer));
  }, 60_000);
  afterAll(async () => {
    await s.close?.();
  });
  afterEach(() => {
    expect(s.pageErrors).toEqual([]);
    expect(s.dialogs).toEqual([]);
  });
  return s;
}

/**
 * Waits until `check` holds (the sidebar polls the cursor every 3 s; saves are asynchronous); the
 * default wait leaves room for a loaded CI machine, and costs nothing when the check holds sooner.
 */
export async function until(check: () => Promise<boolean> | boolean, what: string, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

/** Shows a sheet of the workbook in the page and clicks a cell of a project's row (by its ID). */
export async function selectProject(s: Session, sheet: string, id: string): Promise<void> {
  await s.page.locator(`#sheet-tabs button[data-sheet="${sheet}"]`).click();
  await s.page
    .locator('#grid tbody tr', { has: s.page.locator('td', { hasText: new RegExp(`^${id}$`) }) })
    .locator('td[data-col="2"]')
    .first()
    .click();
  await until(async () => (await s.sidebar.locator('.project-id').textContent()) === id, `the sidebar follows ${id}`);
}

/**
 * The text of a workbook cell as the page shows it, by sheet, project ID and column header: in an
 * instrument sheet (one row per assessment), the row of the session's reviewer.
 */
export async function cellText(s: Session, sheet: string, id: string, header: string): Promise<string> {
  await s.page.evaluate('window.playground.refresh()');
  const book = s.playground.book.fake.spreadsheet.getSheetByName(sheet)!;
  const values = book.getDataRange().getDisplayValues();
  const col = values[0].indexOf(header);
  const by = values[0].indexOf('Évaluateur');
  const mine = (r: string[]) => by < 0 || reviewerKey(r[by]) === reviewerKey(s.reviewer ?? '');
  const row = values.findIndex((r) => r[0] === id && mine(r));
  if (col < 0 || row < 0) throw new Error(`No cell ${sheet}!${header} for ${id}`);
  await s.page.locator(`#sheet-tabs button[data-sheet="${sheet}"]`).click();
  return (await s.page.locator(gridCell(row + 1, col + 1)).textContent()) ?? '';
}

/** The grid's cell at a 1-based row and column of the sheet shown (the page's grid marks each cell so). */
export function gridCell(row: number, col: number): string {
  return `#grid td[data-row="${row}"][data-col="${col}"]`;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** Where the user guide's pictures go: docs/guide.md links each (test/unit/guide.test.ts checks both ways). */
export const GUIDE_IMAGES = 'docs/guide/images';

/**
 * Photographs what a step of the user guide shows, into docs/guide/images/<name>.png: an element
 * (a locator), the whole page, or the page cropped to the box around some elements (`around`: the
 * formula bar and the cells below it, say). Caret hidden and animations stopped, so that a run of
 * `npm test` rewrites the same picture when the product has not changed.
 */
export async function guideShot(target: Locator | Page, name: string, around: Locator[] = []): Promise<void> {
  mkdirSync(GUIDE_IMAGES, { recursive: true });
  const path = join(GUIDE_IMAGES, `${name}.png`);
  const options = { path, caret: 'hide', animations: 'disabled' } as const;
  if (!('goto' in target) || !around.length) {
    await target.screenshot(options);
    return;
  }
  const boxes = await Promise.all(
    around.map(async (l) => {
      const box = await l.boundingBox();
      if (!box) throw new Error(`Guide picture ${name}: ${l} is not shown`);
      return box;
    }),
  );
  // Boxes are measured in the viewport, a full-page clip in the document: add how far it is scrolled.
  const [scrollX, scrollY] = (await target.evaluate('[window.scrollX, window.scrollY]')) as [number, number];
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - x;
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - y;
  await target.screenshot({ ...options, fullPage: true, clip: { x: x + scrollX, y: y + scrollY, width, height } });
}

/** Edits a cell as another person would, through the playground's test hook. */
export async function editAsSomeoneElse(s: Session, sheet: string, id: string, field: string, value: string | number): Promise<void> {
  const res = await postJson(s.playground, '/api/test/edit', { sheet, id, field, value });
  if (!res.ok) throw new Error(await res.text());
}

/** Makes the next google.script.run call fail with `message`, as a dropped connection would. */
export async function failNextCall(s: Session, message: string): Promise<void> {
  const res = await postJson(s.playground, '/api/test/fail-next', { message });
  if (!res.ok) throw new Error(await res.text());
}
