import { isBlankCell, sameCell, type CellJson } from '../src/contract/cells';
import type { Conflict, FieldChange } from '../src/contract/endpoints';

/** The reviewer's answer to a conflict: keep their edit, or take the sheet's value. */
export type Choice = 'mine' | 'theirs';

/**
 * The reviewer's unsaved edits against what was loaded (the baseline, every save's `before`), per
 * sheet, and the conflicts they have to settle: the base of ProjectModel (model.ts, a sheet per
 * instrument) and of GridsModel (grids-model.ts, a sheet per grid users define). Edits survive failed
 * saves, conflicts and reloads; only a successful save or an explicit discard drops them. The models
 * hold their records and feed the ledger what they read (`rebase`) and saved (`settle`); the rules
 * that keep a change made by someone else from being overwritten silently are here, once.
 *
 * @typeParam K What names a sheet (an instrument id, a grid's name).
 * @typeParam C A pending conflict tagged with its sheet the way the model's callers read it.
 */
export class EditLedger<K extends string, C extends Conflict & { choice?: Choice }> {
  private readonly baseline = new Map<K, Record<string, CellJson>>();
  private readonly edits = new Map<K, Map<string, CellJson>>();
  conflicts: C[] = [];
  private readonly listeners: (() => void)[] = [];

  /**
   * @param tag A conflict the server found in a sheet, tagged with that sheet.
   * @param keyOf The sheet a tagged conflict is in.
   */
  constructor(
    private readonly tag: (conflict: Conflict, key: K) => C,
    private readonly keyOf: (conflict: C) => K,
  ) {}

  value(key: K, field: string): CellJson {
    const edits = this.edits.get(key);
    return edits?.has(field) ? edits.get(field)! : this.loaded(key, field);
  }

  loaded(key: K, field: string): CellJson {
    return this.baseline.get(key)?.[field] ?? '';
  }

  /** Records an edit (dropped when it comes back to the loaded value); a sheet not held takes none. */
  set(key: K, field: string, value: CellJson): void {
    const edits = this.edits.get(key);
    if (!edits) return;
    if (sameCell(value, this.loaded(key, field))) edits.delete(field);
    else edits.set(field, isBlankCell(value) ? '' : value);
    this.changed();
  }

  /** The fields of this sheet the reviewer has an unsaved edit of. */
  protected edited(key: K): string[] {
    return [...(this.edits.get(key)?.keys() ?? [])];
  }

  editCount(): number {
    let n = 0;
    for (const e of this.edits.values()) n += e.size;
    return n;
  }

  /** The sheets with unsaved edits, in the order they were first loaded. */
  protected dirty(): K[] {
    return [...this.edits].filter(([, e]) => e.size > 0).map(([key]) => key);
  }

  changes(key: K): FieldChange[] {
    return [...(this.edits.get(key) ?? [])].map(([field, after]) => ({ field, before: this.loaded(key, field), after }));
  }

  /**
   * A fresh read of one sheet (and the first: a sheet not held yet starts without edits). Unedited
   * fields take the new values; an edited field keeps its old baseline, so that a change made
   * meanwhile by someone else still shows up as a conflict on the next save.
   */
  protected rebase(key: K, fields: Record<string, CellJson>): void {
    const fresh = { ...fields };
    const old = this.baseline.get(key) ?? {};
    const edits = this.edits.get(key) ?? new Map<string, CellJson>();
    for (const field of edits.keys()) fresh[field] = old[field] ?? '';
    this.baseline.set(key, fresh);
    this.edits.set(key, edits);
  }

  /** A sheet that is gone: its edits and baseline go with it. */
  protected drop(key: K): void {
    this.edits.delete(key);
    this.baseline.delete(key);
  }

  /** The sheets held, in the order they were first loaded. */
  protected sheets(): K[] {
    return [...this.edits.keys()];
  }

  /**
   * After a save: the row as it is now becomes the baseline, and the edits that were sent are done.
   * An edit typed while the save was in flight differs from what was sent and stays, and so does its
   * field's old baseline (as in `rebase`): a change someone made meanwhile to that cell must still
   * show up as a conflict on the next save, not be overwritten silently. False for a sheet not held.
   * The model tells its listeners, once its record is updated too.
   */
  protected settle(key: K, sent: FieldChange[], fields: Record<string, CellJson>): boolean {
    const edits = this.edits.get(key);
    if (!edits) return false;
    const old = this.baseline.get(key) ?? {};
    const fresh = { ...fields };
    for (const field of edits.keys()) if (!sent.some((c) => c.field === field)) fresh[field] = old[field] ?? '';
    this.baseline.set(key, fresh);
    for (const c of sent) if (sameCell(edits.get(c.field), c.after)) edits.delete(c.field);
    for (const [field, value] of edits) if (sameCell(value, this.loaded(key, field))) edits.delete(field);
    return true;
  }

  /**
   * A save refused for conflicts: they replace the sheet's earlier ones, and the old baseline stays,
   * so saving again is blocked until the reviewer chooses.
   */
  conflicted(key: K, conflicts: Conflict[]): void {
    this.conflicts = [...this.conflicts.filter((c) => this.keyOf(c) !== key), ...conflicts.map((c) => this.tag(c, key))];
    this.changed();
  }

  choose(conflict: C, choice: Choice): void {
    conflict.choice = choice;
    this.changed();
  }

  /**
   * Applies every choice: "mine" keeps the edit against the sheet's new value (the next save
   * overwrites it knowingly), "theirs" drops the edit. Returns false, changing nothing, when a
   * choice is missing.
   */
  applyChoices(): boolean {
    if (this.conflicts.some((c) => !c.choice)) return false;
    for (const c of this.conflicts) {
      const key = this.keyOf(c);
      const base = this.baseline.get(key);
      const edits = this.edits.get(key);
      if (!base || !edits) continue;
      base[c.field] = c.theirs;
      if (c.choice === 'theirs' || sameCell(edits.get(c.field), c.theirs)) edits.delete(c.field);
    }
    this.conflicts = [];
    this.changed();
    return true;
  }

  /** Drops every edit and pending conflict; the baselines stay. */
  discard(): void {
    for (const e of this.edits.values()) e.clear();
    this.conflicts = [];
    this.changed();
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  protected changed(): void {
    for (const l of this.listeners) l();
  }
}
