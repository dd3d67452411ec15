import { sameCell } from '../src/contract/cells';
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
import { type Choice, EditLedger } from './edit-ledger';

/**
 * The fields the sidebar edits in each sheet: what reviewers score and write, the declaration's
 * editable columns. A record also holds the computed columns (totals, gaps…), which change with
 * every save; the panels compute those live.
 */
export { editableFields } from '../src/core/instruments';

/** A conflict the reviewer has to settle, and their choice so far. */
export interface PendingConflict extends Conflict {
  sheet: InstrumentId;
  choice?: Choice;
}

/**
 * One project as the sidebar holds it: the records read from each sheet and my assessment's date,
 * with the reviewer's unsaved edits against the values loaded, per instrument, and their conflicts
 * (EditLedger, whose rules the « Grilles » tab's GridsModel shares): edits survive failed saves,
 * conflicts and reloads; only a successful save or an explicit discard drops them.
 */
export class ProjectModel extends EditLedger<InstrumentId, PendingConflict> {
  /**
   * @param settings The scoring settings the live figures use: read apart from the project (getSettings),
   * and replaced when the panel reads them again (sidebar/app.ts).
   */
  constructor(
    public project: Project,
    public settings: ScoringSettings,
  ) {
    super(
      (c, sheet) => ({ ...c, sheet }),
      (c) => c.sheet,
    );
    for (const id of INSTRUMENT_IDS) this.rebase(id, project.instruments[id].fields);
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

  /** The sheets with unsaved edits, in INSTRUMENT_IDS order (the order the constructor loaded them). */
  dirtySheets(): InstrumentId[] {
    return this.dirty();
  }

  /**
   * Whether a save's fresh row shows someone else's change the panel must redraw: an editable field
   * the reviewer has no edit of (sent or pending) whose value differs from the one loaded. Computed
   * fields are left out and cells compared as cells (blank = blank): otherwise nearly every save
   * rebuilt the panel, losing focus and scroll. Call it before `saved`.
   */
  changedElsewhere(sheet: InstrumentId, sent: FieldChange[], record: SheetRecord): boolean {
    const mine = new Set([...sent.map((c) => c.field), ...this.edited(sheet)]);
    return editableFields(sheet).some((f) => !mine.has(f) && !sameCell(record.fields[f], this.loaded(sheet, f)));
  }

  /** After a save: the row as it is now becomes the record and, but for the fields edited meanwhile, the baseline (EditLedger.settle). */
  saved(sheet: InstrumentId, sent: FieldChange[], record: SheetRecord, date = this.project.date): void {
    // The first save dates a new assessment: the next saves (other sheets) go to that same one.
    this.project.date = date;
    this.project.instruments[sheet] = record;
    this.settle(sheet, sent, record.fields);
    this.changed();
  }

  /**
   * A fresh read of the project, each sheet rebased (EditLedger.rebase: an edited field keeps its
   * old baseline, so that a change made meanwhile still shows up as a conflict). The grids
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
}
