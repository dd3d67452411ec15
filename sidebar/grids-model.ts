import { isBlankCell, sameCell, type CellJson } from '../src/contract/cells';
import type { Conflict, FieldChange, GridList, GridRecord, SheetRecord } from '../src/contract/endpoints';

/** A conflict in a grid's sheet the reviewer has to settle, and their choice so far. */
export interface GridConflict extends Conflict {
  grid: string;
  choice?: 'mine' | 'theirs';
}

/**
 * The grids users define as the « Grilles » tab holds them for one assessment (project, reviewer,
 * date): what getGrids loaded (the baseline, every save's `before`) and the reviewer's unsaved edits,
 * per grid. The same rules as the instruments' ProjectModel (model.ts), for sheets known only at run
 * time: edits survive failed saves, conflicts and reloads; only a save or a discard drops them.
 */
export class GridsModel {
  private readonly baseline = new Map<string, Record<string, CellJson>>();
  private readonly edits = new Map<string, Map<string, CellJson>>();
  conflicts: GridConflict[] = [];
  private listeners: (() => void)[] = [];

  constructor(public data: GridList) {
    this.reloaded(data);
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
    const edits = this.edits.get(grid);
    return edits?.has(field) ? edits.get(field)! : this.loaded(grid, field);
  }

  loaded(grid: string, field: string): CellJson {
    return this.baseline.get(grid)?.[field] ?? '';
  }

  set(grid: string, field: string, value: CellJson): void {
    const edits = this.edits.get(grid);
    if (!edits) return;
    if (sameCell(value, this.loaded(grid, field))) edits.delete(field);
    else edits.set(field, isBlankCell(value) ? '' : value);
    this.changed();
  }

  editCount(): number {
    let n = 0;
    for (const e of this.edits.values()) n += e.size;
    return n;
  }

  dirtyGrids(): string[] {
    return [...this.edits].filter(([, e]) => e.size > 0).map(([name]) => name);
  }

  changes(grid: string): FieldChange[] {
    return [...(this.edits.get(grid) ?? [])].map(([field, after]) => ({ field, before: this.loaded(grid, field), after }));
  }

  /** After a save: the row as it is now is the baseline; an edit typed meanwhile keeps its old baseline (as ProjectModel.saved). */
  saved(grid: string, sent: FieldChange[], record: SheetRecord): void {
    const found = this.grid(grid);
    const edits = this.edits.get(grid);
    if (!found || !edits) return;
    const old = this.baseline.get(grid) ?? {};
    const fresh = { ...record.fields };
    for (const field of edits.keys()) if (!sent.some((c) => c.field === field)) fresh[field] = old[field] ?? '';
    found.record = record;
    this.baseline.set(grid, fresh);
    for (const c of sent) if (sameCell(edits.get(c.field), c.after)) edits.delete(c.field);
    for (const [field, value] of edits) if (sameCell(value, this.loaded(grid, field))) edits.delete(field);
    this.changed();
  }

  conflicted(grid: string, conflicts: Conflict[]): void {
    this.conflicts = [...this.conflicts.filter((c) => c.grid !== grid), ...conflicts.map((c) => ({ ...c, grid }))];
    this.changed();
  }

  choose(conflict: GridConflict, choice: 'mine' | 'theirs'): void {
    conflict.choice = choice;
    this.changed();
  }

  /** Every choice applied ("mine": the edit kept against the sheet's value; "theirs": dropped); false while one is missing. */
  applyChoices(): boolean {
    if (this.conflicts.some((c) => !c.choice)) return false;
    for (const c of this.conflicts) {
      const base = this.baseline.get(c.grid);
      const edits = this.edits.get(c.grid);
      if (!base || !edits) continue;
      base[c.field] = c.theirs;
      if (c.choice === 'theirs' || sameCell(edits.get(c.field), c.theirs)) edits.delete(c.field);
    }
    this.conflicts = [];
    this.changed();
    return true;
  }

  discard(): void {
    for (const e of this.edits.values()) e.clear();
    this.conflicts = [];
    this.changed();
  }

  /**
   * A fresh read: unedited fields take the new values; an edited field keeps its old baseline (a
   * change made meanwhile still shows as a conflict). Edits of a grid that is gone are dropped with it.
   */
  reloaded(data: GridList): void {
    const names = new Set(data.grids.map((g) => g.grid.name));
    for (const name of [...this.edits.keys()]) if (!names.has(name)) this.edits.delete(name);
    for (const { grid, record } of data.grids) {
      const fresh = { ...record.fields };
      const old = this.baseline.get(grid.name) ?? {};
      const edits = this.edits.get(grid.name) ?? new Map<string, CellJson>();
      for (const field of edits.keys()) fresh[field] = old[field] ?? '';
      this.baseline.set(grid.name, fresh);
      this.edits.set(grid.name, edits);
    }
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
