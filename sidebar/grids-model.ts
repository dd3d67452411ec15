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
export class GridsModel extends EditLedger<string, GridConflict> {
  constructor(public data: GridList) {
    super(
      (c, grid) => ({ ...c, grid }),
      (c) => c.grid,
    );
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

  dirtyGrids(): string[] {
    return this.dirty();
  }

  /** After a save: the row as it is now is the record and, but for the fields edited meanwhile, the baseline (EditLedger.settle). */
  saved(grid: string, sent: FieldChange[], record: SheetRecord): void {
    const found = this.grid(grid);
    if (!found || !this.settle(grid, sent, record.fields)) return;
    found.record = record;
    this.changed();
  }

  /** A fresh read, each grid rebased (EditLedger.rebase); the edits of a grid that is gone are dropped with it. */
  reloaded(data: GridList): void {
    const names = new Set(data.grids.map((g) => g.grid.name));
    for (const name of this.sheets()) if (!names.has(name)) this.drop(name);
    for (const { grid, record } of data.grids) this.rebase(grid.name, record.fields);
    this.data = data;
    this.changed();
  }
}
