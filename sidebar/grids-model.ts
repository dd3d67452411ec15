import type { CellJson } from '../src/contract/cells';
import type { Conflict, FieldChange, GridList, GridRecord, SheetRecord } from '../src/contract/endpoints';
import { type Choice, EditLedger } from './edit-ledger';

/** A conflict in a grid's sheet the reviewer has to settle, and their choice so far. */
export interface GridConflict extends Conflict {
  grid: string;
  choice?: Choice;
}

/**
 * The grids users define as the « Grilles » tab holds them for one assessment (project, reviewer,
 * date): what getGrids read, and the reviewer's unsaved edits per grid, kept by the same ledger as
 * the instruments' ProjectModel (model.ts, edit-ledger.ts) for sheets known only at run time: edits
 * survive failed saves, conflicts and reloads; only a save or a discard drops them.
 */
export class GridsModel {
  private readonly ledger = new EditLedger<string, GridConflict>(
    (c, grid) => ({ ...c, grid }),
    (c) => c.grid,
  );
  private listeners: (() => void)[] = [];

  constructor(public data: GridList) {
    this.reloaded(data);
  }

  /** The conflicts the reviewer has to settle (sidebar/conflicts.ts), tagged with their grid. */
  get conflicts(): readonly GridConflict[] {
    return this.ledger.conflicts;
  }

  grid(name: string): GridRecord | undefined {
    return this.data.grids.find((g) => g.grid.name === name);
  }

  /** My row exists once, or not yet (the first save creates it), and the column is in the sheet. */
  editable(grid: string, field: string): boolean {
    const r = this.grid(grid)?.record;
    return !!r && (r.status === 'ok' || r.status === 'no-row') && !r.missing.includes(field);
  }

  value(grid: string, field: string): CellJson {
    return this.ledger.value(grid, field);
  }

  loaded(grid: string, field: string): CellJson {
    return this.ledger.loaded(grid, field);
  }

  set(grid: string, field: string, value: CellJson): void {
    if (this.ledger.set(grid, field, value)) this.changed();
  }

  editCount(): number {
    return this.ledger.editCount();
  }

  dirtyGrids(): string[] {
    return this.ledger.dirty();
  }

  changes(grid: string): FieldChange[] {
    return this.ledger.changes(grid);
  }

  /** After a save: the row as it is now is the record and, but for the fields edited meanwhile, the baseline (EditLedger.saved). */
  saved(grid: string, sent: FieldChange[], record: SheetRecord): void {
    const found = this.grid(grid);
    if (!found || !this.ledger.saved(grid, sent, record.fields)) return;
    found.record = record;
    this.changed();
  }

  conflicted(grid: string, conflicts: Conflict[]): void {
    this.ledger.conflicted(grid, conflicts);
    this.changed();
  }

  choose(conflict: GridConflict, choice: Choice): void {
    this.ledger.choose(conflict, choice);
    this.changed();
  }

  /** Every choice applied ("mine": the edit kept against the sheet's value; "theirs": dropped); false while one is missing. */
  applyChoices(): boolean {
    if (!this.ledger.applyChoices()) return false;
    this.changed();
    return true;
  }

  discard(): void {
    this.ledger.discard();
    this.changed();
  }

  /** A fresh read, each grid rebased (EditLedger.rebase); the edits of a grid that is gone are dropped with it. */
  reloaded(data: GridList): void {
    const names = new Set(data.grids.map((g) => g.grid.name));
    for (const name of this.ledger.keys()) if (!names.has(name)) this.ledger.drop(name);
    for (const { grid, record } of data.grids) this.ledger.rebase(grid.name, record.fields);
    this.data = data;
    this.changed();
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}
