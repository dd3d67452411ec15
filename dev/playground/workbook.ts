import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAddon, type Addon } from '../addon/load';
import { evaluateWorkbook } from '../engine/workbook';
import { compactSnapshot, createGasFake, expandSnapshot, formatA1, type CompactWorkbookSnapshot, type GasFake, type WorkbookSnapshot } from '../gas-fake';
import type { Lang } from '../../src/core/i18n';
import { locateColumns } from '../../src/sheets/headers';
import { ADDON_NAME } from '../../src/sheets/menu-captions';
import { LANG_KEY } from '../../src/sheets/settings';
import { projectId } from '../../src/sheets/table';
import { specOfSheetName } from '../../src/sheets/workbook';
import { unwrap } from '../gas-fake/calls';
import type { Sheet as FakeSheet } from '../gas-fake/sheet';
import { shiftReferences, type Shift } from './shift-references';
import { typedInput } from './typed-input';

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
/** How many edits « Annuler » can take back (each kept as a snapshot of the workbook). */
const UNDO_DEPTH = 20;

/** What a rejecting validation accepts, in the person's language: its list, or its help text. */
function accepted(rule: GoogleAppsScript.Spreadsheet.DataValidation | null, lang: Lang): string {
  if (rule && String(rule.getCriteriaType()) === 'VALUE_IN_LIST') {
    const choices = rule.getCriteriaValues()[0] as string[];
    return lang === 'en'
      ? `a value of the list ${choices.map((c) => `"${c}"`).join(', ')}`
      : `une valeur de la liste ${choices.map((c) => `« ${c} »`).join(', ')}`;
  }
  return (
    rule?.getHelpText() ||
    (lang === 'en' ? 'a value that meets the cell’s data validation rule' : 'une valeur conforme à la règle de validation des données de la cellule')
  );
}

/** The reply to a person's edit in the grid: done, refused with a message in their language, or to confirm first. */
export type EditReply = { ok: true } | { ok: false; message: string } | { ok: false; confirm: string };

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
    this.fake = createGasFake({ spreadsheetName: 'Projets d’innovation sociale (bac à sable)', addonName: ADDON_NAME });
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
    this.startEmpty();
    for (const action of DEMO_ACTIONS) if (this.addon.has(action)) this.addon.fn(action)();
    this.select(this.firstProjectRow());
    this.recompute();
    this.flush();
  }

  /** A new, empty workbook (one blank sheet), as from Sheets' « Nouveau » with the add-on installed. */
  newWorkbook(): void {
    this.startEmpty();
    this.openDocument();
    this.recompute();
    this.flush();
  }

  private startEmpty(): void {
    this.fake.restore(this.blank);
    this.fake.ui.toasts.length = 0;
    this.fake.ui.alerts.length = 0;
    this.fake.ui.sidebars.length = 0;
    this.fake.ui.dialogs.length = 0;
    this.undoStack.length = 0;
  }

  /** How to take back each of the person's last edits in the grid, newest last. */
  private readonly undoStack: (() => void)[] = [];

  /** Whether « Annuler » has something to take back. */
  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  private remember(undo: () => void): void {
    this.undoStack.push(undo);
    if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
  }

  /**
   * A person types into cells (one, or several by Delete or paste), each text read as Sheets reads
   * typing in the fr_FR locale (typed-input.ts); one step for « Annuler ». Refused as a whole, with a
   * message in the person's language (French by default) naming the cell, the value and what is accepted, when a rejecting validation
   * forbids a value: nothing is half-written. A warning-only protected range asks first (`confirmed`
   * is the person's yes), as Sheets does.
   */
  edit(sheetName: string, edits: { row: number; col: number; text: string }[], confirmed = false): EditReply {
    const en = this.lang === 'en';
    const sheet = this.fake.spreadsheet.getSheetByName(sheetName);
    if (!sheet)
      return {
        ok: false,
        message: en
          ? `The sheet "${sheetName}" no longer exists: choose another sheet.`
          : `La feuille « ${sheetName} » n’existe plus : choisissez une autre feuille.`,
      };
    for (const e of edits) {
      if (!(e.row >= 1 && e.col >= 1 && e.row <= sheet.getMaxRows() && e.col <= sheet.getMaxColumns())) {
        return {
          ok: false,
          message: en
            ? `The cell at row ${e.row}, column ${e.col} is outside the sheet "${sheetName}": nothing was written.`
            : `La cellule ligne ${e.row}, colonne ${e.col} est hors de la feuille « ${sheetName} » : rien n’a été écrit.`,
        };
      }
    }
    const app = this.fake.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const protections = sheet.getProtections(app.ProtectionType.RANGE);
    const a1 = (e: { row: number; col: number }) => `${sheetName}!${formatA1(e.row, e.col, 1, 1)}`;
    for (const e of edits) {
      const guard = protections.find((p) => {
        const r = p.getRange();
        return r && e.row >= r.getRow() && e.row <= r.getLastRow() && e.col >= r.getColumn() && e.col <= r.getLastColumn();
      });
      if (guard?.isWarningOnly() && !confirmed) {
        return {
          ok: false,
          confirm: en
            ? `Warning: ${a1(e)} is in a protected range ("${guard.getDescription()}"). Sheets asks before it is edited: edit it anyway?`
            : `Attention : ${a1(e)} est dans une plage protégée (« ${guard.getDescription()} »). Sheets demande de confirmer avant de la modifier : la modifier quand même ?`,
        };
      }
    }
    // The cells as they were, put back as they were (value, formula, computed mark) without the
    // input rules: a snapshot of the whole workbook would take a second at each keystroke.
    const rawSheet = () => unwrap(this.sheetNamed(sheetName)) as unknown as FakeSheet;
    const raw = rawSheet();
    const kept = edits.map((e) => ({
      ...e,
      value: raw._values.get(e.row, e.col),
      formula: raw._formulas.get(e.row, e.col),
      computed: raw._computed.get(e.row, e.col),
    }));
    const putBack = () => {
      // Found again by name: an undone sort restores the workbook, whose sheets are then new objects.
      const raw = rawSheet();
      for (const k of kept) {
        raw._values.set(k.row, k.col, k.value);
        raw._formulas.set(k.row, k.col, k.formula);
        raw._computed.set(k.row, k.col, k.computed);
        raw._changed(k.row, k.col, 1, 1);
      }
    };
    for (const e of edits) {
      const cell = sheet.getRange(e.row, e.col);
      try {
        cell.setValue(typedInput(e.text, cell.getNumberFormat() || null));
      } catch (error) {
        // Nothing half-written: the cells written before the refused one are put back.
        putBack();
        if (!/violates the data validation/.test(String((error as Error)?.message))) throw error;
        const rule = cell.getDataValidation();
        return {
          ok: false,
          message: en
            ? `Value refused in ${a1(e)}: "${e.text}" does not meet the cell’s data validation. Accepted: ${accepted(rule, 'en')}. Nothing was written.`
            : `Valeur refusée en ${a1(e)} : « ${e.text} » ne respecte pas la validation des données de la cellule. Acceptée : ${accepted(rule, 'fr')}. Rien n’a été écrit.`,
        };
      }
    }
    this.remember(putBack);
    this.recompute();
    return { ok: true };
  }

  /** « Trier la feuille » by a column: the frozen header stays, the rows below move (Sheets' sort). */
  sort(sheetName: string, col: number, ascending: boolean): void {
    const sheet = this.sheetNamed(sheetName);
    const before = this.fake.snapshot();
    sheet.sort(col, ascending);
    this.remember(() => this.fake.restore(before));
    this.recompute();
  }

  /**
   * Inserts one empty row or column before `at` (1-based), the formulas' references moved as Sheets
   * moves them (shift-references.ts); « Annuler » deletes it and moves them back.
   */
  insert(sheetName: string, dimension: 'row' | 'column', at: number): void {
    const sheet = this.sheetNamed(sheetName);
    if (dimension === 'row') sheet.insertRowsBefore(at, 1);
    else sheet.insertColumnsBefore(at, 1);
    this.shiftFormulas({ sheet: sheetName, dimension, at, count: 1 });
    this.remember(() => {
      const again = this.sheetNamed(sheetName);
      if (dimension === 'row') again.deleteRows(at, 1);
      else again.deleteColumns(at, 1);
      this.shiftFormulas({ sheet: sheetName, dimension, at, count: -1 });
    });
    this.recompute();
  }

  /** Rewrites every formula of the workbook whose references a row or column insertion moves. */
  private shiftFormulas(shift: Shift): void {
    for (const c of this.fake.cellsWithFormulas()) {
      const next = shiftReferences(c.formula, c.sheet, shift);
      if (next !== c.formula) this.sheetNamed(c.sheet).getRange(c.row, c.col).setFormula(next);
    }
  }

  /** « Annuler » : the workbook as it was before the person's last edit in the grid. */
  undo(): boolean {
    const undo = this.undoStack.pop();
    if (!undo) return false;
    undo();
    this.recompute();
    return true;
  }

  private sheetNamed(name: string): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.fake.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`La feuille « ${name} » n’existe pas.`);
    return sheet;
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
    const lang = this.lang;
    try {
      const value = this.addon.fn(name)(...(JSON.parse(JSON.stringify(args)) as unknown[]));
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (e) {
      return { ok: false, message: String((e as { message?: unknown })?.message ?? e) };
    } finally {
      // A new language (the panel's switch): the menu is built again in it, as Sheets does when the
      // document is next opened (onOpen reads the person's language).
      if (this.lang !== lang) this.openDocument();
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

  /** The person's interface language, as the add-on keeps it (src/sheets/settings.ts): the page speaks it too. */
  get lang(): Lang {
    return this.fake.userProperties.get(LANG_KEY) === 'en' ? 'en' : 'fr';
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
