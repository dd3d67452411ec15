import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAddon, type Addon } from '../addon/load';
import { evaluateWorkbook } from '../engine/workbook';
import { compactSnapshot, createGasFake, expandSnapshot, formatA1, type CompactWorkbookSnapshot, type GasFake, type WorkbookSnapshot } from '../gas-fake';
import { locateColumns } from '../../src/sheets/headers';
import { projectId } from '../../src/sheets/table';
import { specOfSheetName } from '../../src/sheets/workbook';

/**
 * What is kept between runs: the workbook (compact: a run of identical cells once, not a copy of its
 * validation per cell; files saved before hold it dense) and the person's properties (their language).
 */
interface Saved {
  workbook: CompactWorkbookSnapshot | WorkbookSnapshot;
  userProperties: Record<string, string>;
}

/** The menu actions that lay out the workbook and fill it with the demo portfolio, when the build has them. */
const DEMO_ACTIONS = ['setupWorkbook', 'loadDemo'];
const PERSIST_DELAY_MS = 400;

/**
 * The playground's workbook: the Apps Script fake, the built dist/Code.js running on it in a vm, the
 * formula engine recomputing it after every action, and its persistence in a local folder.
 */
export class PlaygroundWorkbook {
  readonly fake: GasFake;
  readonly addon: Addon;
  private readonly blank: WorkbookSnapshot;
  private readonly file: string;

  /** Set by any write to a cell: only then is the workbook recomputed and saved. */
  private dirty = false;
  private persistTimer: NodeJS.Timeout | null = null;
  private lastEvaluationError = '';
  private closed = false;
  /** What the file holds: a selection or a recompute that changes nothing is not written again. */
  private written = '';

  constructor(private readonly dataDir: string) {
    this.fake = createGasFake({ spreadsheetName: 'Projets d’innovation sociale (bac à sable)' });
    this.addon = loadAddon(this.fake.createContext());
    this.blank = this.fake.snapshot();
    this.file = join(dataDir, 'workbook.json');
    this.fake.hooks.onCellsChanged = () => {
      this.dirty = true;
    };
    // What the add-on reads after SpreadsheetApp.flush() is computed, as in Sheets (the workbook check's probes).
    this.fake.hooks.onFlush = () => this.recompute();
    if (existsSync(this.file)) this.load();
    else this.reset();
    this.openDocument();
  }

  /** Back to the demo: an empty workbook on which the real menu actions set up and load the demo. */
  reset(): void {
    this.fake.restore(this.blank);
    this.fake.ui.toasts.length = 0;
    this.fake.ui.alerts.length = 0;
    for (const action of DEMO_ACTIONS) if (this.addon.has(action)) this.addon.fn(action)();
    this.select(this.firstProjectRow());
    this.recompute();
    this.flush();
  }

  /** What opening the document does in Sheets: onOpen builds the add-on menu. */
  openDocument(): void {
    this.fake.ui.menus.length = 0;
    this.addon.fn('onOpen')({ authMode: 'LIMITED' });
  }

  /**
   * Calls a top-level function of dist/Code.js as google.script.run would: arguments and result
   * cross as JSON, a thrown error becomes a failure with its message.
   */
  run(name: string, args: unknown[]): { ok: true; value: unknown } | { ok: false; message: string } {
    if (!this.addon.has(name)) return { ok: false, message: `ScriptError: Script function not found: ${name}` };
    const properties = JSON.stringify([...this.fake.userProperties]);
    try {
      const value = this.addon.fn(name)(...(JSON.parse(JSON.stringify(args)) as unknown[]));
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (e) {
      return { ok: false, message: String((e as { message?: unknown })?.message ?? e) };
    } finally {
      // The answer goes back first; the workbook is recomputed right after (see settle).
      if (this.dirty) setImmediate(() => this.settle());
      else if (JSON.stringify([...this.fake.userProperties]) !== properties) this.schedulePersist();
    }
  }

  /**
   * Recomputes the formulas if a call wrote cells. Evaluating the demo workbook takes a couple of
   * seconds, so a sidebar save is answered first and recomputed just after; whoever reads the
   * workbook (the page's state) settles it first, so nobody sees stale computed values.
   */
  settle(): void {
    if (this.dirty && !this.closed) this.recompute();
  }

  /** A click on a cell: the active sheet and range the sidebar follows. */
  select(at: { sheet: string; row: number; col: number } | null): void {
    if (!at) return;
    this.fake.select(at.sheet, formatA1(at.row, at.col, 1, 1));
    this.schedulePersist();
  }

  /**
   * Test hook: another person types `value` into a project's cell (by sheet, project ID and column
   * id), as if in Sheets: no lock, no check.
   */
  editAsSomeoneElse(sheetName: string, id: string, columnId: string, value: string | number | boolean): void {
    const sheet = this.fake.spreadsheet.getSheetByName(sheetName);
    const spec = specOfSheetName(sheetName);
    if (!sheet || !spec) throw new Error(`No sheet ${sheetName}`);
    const values = sheet.getDataRange().getValues();
    const columns = locateColumns(spec, values[0]);
    const idCol = columns.get('id');
    const col = columns.get(columnId);
    const row = values.findIndex((r, i) => i > 0 && idCol !== undefined && projectId(r[idCol]) === id);
    if (col === undefined || row < 0) throw new Error(`No cell ${columnId} for ${id} in ${sheetName}`);
    sheet.getRange(row + 1, col + 1).setValue(value);
    this.recompute();
  }

  /**
   * Recomputes every formula, as Sheets does after an edit. An evaluation failure is reported on the
   * console (once per message) and the workbook stays usable with its previous computed values.
   */
  recompute(): void {
    this.dirty = false;
    try {
      evaluateWorkbook(this.fake, this.addon);
      this.lastEvaluationError = '';
    } catch (e) {
      const message = String((e as Error)?.message ?? e);
      if (message !== this.lastEvaluationError) console.error(`Formules non recalculées : ${message}`);
      this.lastEvaluationError = message;
    }
    this.schedulePersist();
  }

  /** Writes pending changes now. */
  flush(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    this.persist();
  }

  /** Settles, writes, and stops writing (the server is closing; its data folder may go away). */
  close(): void {
    this.settle();
    this.flush();
    this.closed = true;
  }

  /** A snapshot of a set-up workbook takes a while to write: batched, off the request's path. */
  private schedulePersist(): void {
    if (this.persistTimer || this.closed) return;
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      this.persist();
    }, PERSIST_DELAY_MS);
  }

  private firstProjectRow(): { sheet: string; row: number; col: number } | null {
    const sheet = this.fake.spreadsheet.getSheets().find((s) => specOfSheetName(s.getName())?.id === 'projects');
    return sheet && sheet.getLastRow() >= 2 ? { sheet: sheet.getName(), row: 2, col: 2 } : null;
  }

  private load(): void {
    const saved = JSON.parse(readFileSync(this.file, 'utf8')) as Saved;
    this.fake.restore('compact' in saved.workbook ? expandSnapshot(saved.workbook) : saved.workbook);
    for (const [k, v] of Object.entries(saved.userProperties)) this.fake.userProperties.set(k, v);
    this.recompute();
    this.flush();
  }

  /** Writes the workbook when it differs from what the file holds; returns whether it wrote. */
  persist(): boolean {
    const saved: Saved = { workbook: compactSnapshot(this.fake.snapshot()), userProperties: Object.fromEntries(this.fake.userProperties) };
    const text = JSON.stringify(saved);
    if (text === this.written && existsSync(this.file)) return false;
    mkdirSync(this.dataDir, { recursive: true });
    // Write then rename: a crash mid-write never leaves a truncated workbook behind.
    writeFileSync(`${this.file}.tmp`, text);
    renameSync(`${this.file}.tmp`, this.file);
    this.written = text;
    return true;
  }
}
