import { isBlankCell, sameCell, type CellJson } from '../src/contract/cells';
import type {
  Conflict,
  FieldChange,
  InstrumentId,
  InstrumentRecords,
  OnDemandInstrumentId,
  Project,
  ScoringSettings,
  SheetRecord,
} from '../src/contract/endpoints';
import { INSTRUMENT_IDS, ON_DEMAND_INSTRUMENTS } from '../src/contract/endpoints';
import { matchKey } from '../src/core/assessments/aggregate';
import { editableFields } from '../src/core/instruments';

/**
 * The fields the sidebar edits in each sheet: what reviewers score and write, the declaration's
 * editable columns. A record also holds the computed columns (totals, gaps…), which change with
 * every save; the panels compute those live.
 */
export { editableFields } from '../src/core/instruments';

/** A conflict the reviewer has to settle, and their choice so far. */
export interface PendingConflict extends Conflict {
  sheet: InstrumentId;
  choice?: 'mine' | 'theirs';
}

/**
 * One project as the sidebar holds it: the values loaded from each sheet (the baseline, the
 * `before` of every save) and the reviewer's unsaved edits. Edits survive failed saves, conflicts
 * and reloads; only a successful save or an explicit discard drops them.
 */
export class ProjectModel {
  private readonly baseline = new Map<InstrumentId, Record<string, CellJson>>();
  private readonly edits = new Map<InstrumentId, Map<string, CellJson>>();
  conflicts: PendingConflict[] = [];
  private listeners: (() => void)[] = [];

  /**
   * @param settings The scoring settings the live figures use: read apart from the project (getSettings),
   * and replaced when the panel reads them again (sidebar/app.ts).
   */
  constructor(
    public project: Project,
    public settings: ScoringSettings,
  ) {
    for (const id of INSTRUMENT_IDS) {
      this.baseline.set(id, { ...project.instruments[id].fields });
      this.edits.set(id, new Map());
    }
  }

  get id(): string {
    return this.project.id;
  }

  record(sheet: InstrumentId): SheetRecord {
    return this.project.instruments[sheet];
  }

  /**
   * Whether the sidebar may write this field: my row exists once, or not yet (the first save creates
   * it), and the column is in the sheet.
   */
  editable(sheet: InstrumentId, field: string): boolean {
    const r = this.record(sheet);
    return (r.status === 'ok' || r.status === 'no-row') && !r.missing.includes(field);
  }

  /** My assessment's date ('' until the first save makes it): sent with every save of this project. */
  get date(): string {
    return this.project.date;
  }

  value(sheet: InstrumentId, field: string): CellJson {
    const edits = this.edits.get(sheet)!;
    return edits.has(field) ? edits.get(field)! : (this.baseline.get(sheet)![field] ?? '');
  }

  loaded(sheet: InstrumentId, field: string): CellJson {
    return this.baseline.get(sheet)![field] ?? '';
  }

  set(sheet: InstrumentId, field: string, value: CellJson): void {
    const edits = this.edits.get(sheet)!;
    if (sameCell(value, this.loaded(sheet, field))) edits.delete(field);
    else edits.set(field, isBlankCell(value) ? '' : value);
    this.changed();
  }

  editCount(): number {
    let n = 0;
    for (const e of this.edits.values()) n += e.size;
    return n;
  }

  dirtySheets(): InstrumentId[] {
    return INSTRUMENT_IDS.filter((id) => this.edits.get(id)!.size > 0);
  }

  changes(sheet: InstrumentId): FieldChange[] {
    return [...this.edits.get(sheet)!].map(([field, after]) => ({ field, before: this.loaded(sheet, field), after }));
  }

  /**
   * Whether a save's fresh row shows someone else's change the panel must redraw: an editable field
   * the reviewer has no edit of (sent or pending) whose value differs from the one loaded. Computed
   * fields are left out and cells compared as cells (blank = blank): otherwise nearly every save
   * rebuilt the panel, losing focus and scroll. Call it before `saved`.
   */
  changedElsewhere(sheet: InstrumentId, sent: FieldChange[], record: SheetRecord): boolean {
    const edits = this.edits.get(sheet)!;
    const mine = new Set([...sent.map((c) => c.field), ...edits.keys()]);
    return editableFields(sheet).some((f) => !mine.has(f) && !sameCell(record.fields[f], this.loaded(sheet, f)));
  }

  /**
   * After a save: the row as it is now becomes the baseline, and the edits that were sent are done.
   * An edit typed while the save was in flight differs from what was sent and stays, and so does its
   * field's old baseline (as in `reloaded`): a change someone made meanwhile to that cell must still
   * show up as a conflict on the next save, not be overwritten silently.
   */
  saved(sheet: InstrumentId, sent: FieldChange[], record: SheetRecord, date = this.project.date): void {
    // The first save dates a new assessment: the next saves (other sheets) go to that same one.
    this.project.date = date;
    const edits = this.edits.get(sheet)!;
    const old = this.baseline.get(sheet)!;
    const fresh = { ...record.fields };
    for (const field of edits.keys()) if (!sent.some((c) => c.field === field)) fresh[field] = old[field] ?? '';
    this.project.instruments[sheet] = record;
    this.baseline.set(sheet, fresh);
    for (const c of sent) if (sameCell(edits.get(c.field), c.after)) edits.delete(c.field);
    for (const [field, value] of edits) if (sameCell(value, this.loaded(sheet, field))) edits.delete(field);
    this.changed();
  }

  /** Conflicts keep the old baseline: saving again is blocked until the reviewer chooses. */
  conflicted(sheet: InstrumentId, conflicts: Conflict[]): void {
    this.conflicts = [...this.conflicts.filter((c) => c.sheet !== sheet), ...conflicts.map((c) => ({ ...c, sheet }))];
    this.changed();
  }

  choose(conflict: PendingConflict, choice: 'mine' | 'theirs'): void {
    conflict.choice = choice;
    this.changed();
  }

  /**
   * Applies every choice: "mine" keeps the edit against the sheet's new value (the next save
   * overwrites it knowingly), "theirs" drops the edit. Returns false when a choice is missing.
   */
  applyChoices(): boolean {
    if (this.conflicts.some((c) => !c.choice)) return false;
    for (const c of this.conflicts) {
      this.baseline.get(c.sheet)![c.field] = c.theirs;
      const edits = this.edits.get(c.sheet)!;
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
   * A fresh read of the project. Unedited fields take the new values; an edited field keeps its old
   * baseline, so that a change made meanwhile by someone else still shows up as a conflict. The grids
   * read on demand come back unread (`on-demand`): their edits and those baselines stay until the
   * panel reads them again (`supplied`), and a save meanwhile still compares against them.
   */
  reloaded(project: Project): void {
    for (const id of INSTRUMENT_IDS) this.rebase(id, project.instruments[id].fields);
    this.project = project;
    this.changed();
  }

  /** The grids read on demand that the panel has not read yet for this project as loaded. */
  unread(): OnDemandInstrumentId[] {
    return ON_DEMAND_INSTRUMENTS.filter((id) => this.project.instruments[id].status === 'on-demand');
  }

  /**
   * Grids read on demand (getInstruments), for this project and date (the caller drops a stale
   * answer): each record taken as `reloaded` takes a fresh read, and their fields added to the
   * assessments the « Suivi » list already has (by reviewer and date, as the server groups them),
   * never to one hidden by blind review, here or in the answer. An assessment those grids alone hold
   * is not added: the list and my date are getProject's, whichever tabs were opened.
   */
  supplied(read: InstrumentRecords): void {
    for (const id of ON_DEMAND_INSTRUMENTS) {
      const record = read.instruments[id];
      if (!record) continue;
      this.rebase(id, record.fields);
      this.project.instruments[id] = record;
    }
    const key = (a: { reviewer: string; date: string }) => `${matchKey(a.reviewer)}\u0000${a.date}`;
    const listed = new Map(this.project.assessments.map((a) => [key(a), a]));
    for (const a of read.assessments) {
      const into = listed.get(key(a));
      if (!into || into.hidden || a.hidden) continue;
      for (const id of ON_DEMAND_INSTRUMENTS) if (a.instruments[id]) into.instruments[id] = a.instruments[id];
    }
    this.changed();
  }

  /** One sheet's new baseline: the values read, but an edited field keeps the one its edit was made against. */
  private rebase(id: InstrumentId, fields: Record<string, CellJson>): void {
    const fresh = { ...fields };
    const old = this.baseline.get(id)!;
    for (const field of this.edits.get(id)!.keys()) fresh[field] = old[field] ?? '';
    this.baseline.set(id, fresh);
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}
