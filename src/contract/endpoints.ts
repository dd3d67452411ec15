/**
 * The sidebar's API: one request and one response type per endpoint, shared by sidebar/ (which
 * calls them through google.script.run) and src/server/sidebar/ (which implements them). Every
 * value is plain JSON, as google.script.run requires: no Date, no undefined inside arrays.
 */
import type { Lang } from '../core/i18n';
import type { ProblemKind } from '../core/problem';
import type { Outcome } from '../core/sroi/valuation';
import type { SiatVariant } from '../core/siat/template';
import type { CellJson } from './cells';

/** The instrument sheets the sidebar scores: declared in src/core/instruments/. */
import type { InstrumentId, SheetId } from '../core/instruments/types';
import type { ImportFieldId } from '../core/import/fields';
import type { CustomGrid } from '../core/grids/definition';
import type { Text } from '../core/i18n';
export type { InstrumentId } from '../core/instruments/types';
export { INSTRUMENT_IDS } from '../core/instruments';

/**
 * The grids getProject does not read (issue 10): the panel asks for them with getInstruments when
 * their tab is first shown for a project, so that opening a project stays within 40 service calls at
 * 10,000 projects (each grid costs about five). The four read with the project (AMI, SRL, Captation de
 * valeur, SIAT) are the ones every assessment fills, and the ones the « Suivi dans le temps » list and
 * my current date are taken from (README, « Performances »).
 */
export const ON_DEMAND_INSTRUMENTS = ['isr', 'rnd', 'godin', 'protocol'] as const satisfies readonly InstrumentId[];
export type OnDemandInstrumentId = (typeof ON_DEMAND_INSTRUMENTS)[number];
export const isOnDemand = (id: string): id is OnDemandInstrumentId => (ON_DEMAND_INSTRUMENTS as readonly string[]).includes(id);

/** The sheets a cursor can be in for the sidebar to follow a project. */
export type ContextSheet = SheetId;

/**
 * Every request may state the person's language: once the panel knows it (from getContext's first
 * answer, or a switch) it sends it with every call, so no endpoint reads it from the user properties
 * (two service calls, a daily quota). Absent: the stored choice. (setLanguage's `lang` is the new
 * choice instead.)
 */
export interface StatedLang {
  lang?: Lang;
}

/** Endpoints without parameters still receive one object (the language at most): one calling convention. */
export type NoRequest = StatedLang | undefined;

/**
 * getContext's request: the sidebar polls it every few seconds, without a Properties read once it knows
 * the language. `grids` asks whether the workbook has « Grilles personnalisées » too (one or two more
 * calls: when the panel opens, and at the polls while the cursor is outside the project sheets).
 */
export type ContextRequest = (StatedLang & { grids?: boolean }) | undefined;

export interface Context {
  lang: Lang;
  /** Asked for with `grids`: whether the workbook has the definition sheet of the grids users define (the sidebar then shows « Grilles »). */
  grids?: boolean;
  /** The ID on the cursor's row, when the cursor is on a project row of a known sheet. */
  projectId: string | null;
  /** null: the cursor is in another sheet (Paramètres, say: the panel then reads the scoring settings again). */
  sheet: ContextSheet | null;
  /** In a grid's sheet (`sheet` 'grid', known by the add-on's mark): which grid, its slug (core/grids/definition.ts). */
  grid?: string;
}

export interface ProjectSummary {
  id: string;
  name: string;
}

export interface ProjectList {
  /** Projets' order first, then IDs only found in instrument sheets (not yet synchronised). */
  projects: ProjectSummary[];
}

export interface ProjectRequest extends StatedLang {
  id: string;
  /**
   * Whose assessment to open (issue 11): the name chosen in the panel, compared with case and
   * spaces ignored. Absent or '': the unnamed assessment (the one row of a workbook made before reviewers).
   */
  reviewer?: string;
  /**
   * Which of my assessments to open (issue 12), `aaaa-mm-jj` as the project's list gives it; absent
   * or '': my latest. Editing an older assessment is deliberate: its saves go to that row.
   */
  date?: string;
}

/**
 * `on-demand`: a grid getProject leaves to getInstruments (ON_DEMAND_INSTRUMENTS), not read yet.
 * `no-row` in an instrument sheet: I have no assessment row there yet (my first save creates it).
 * `duplicate`: the key (ID in Projets; ID, reviewer and date in an instrument sheet) is on several
 * rows, never merged: the panel does not save there until one is removed.
 */
export type RecordStatus = 'ok' | 'no-sheet' | 'no-row' | 'duplicate' | 'on-demand';

/** One project's row in one sheet (in an instrument sheet: the row of one assessment). */
export interface SheetRecord {
  status: RecordStatus;
  /** The sheet's name in this workbook (for messages). */
  sheetName: string;
  /** Sheet rows (1-based) holding the ID: one normally, several for a duplicate. Informative only: saves look the row up again. */
  rows: number[];
  /** Cell values by column id, for the schema's columns found in the header (computed ones included). */
  fields: Record<string, CellJson>;
  /** Editable columns of the schema that the sheet lacks (the sidebar disables them). */
  missing: string[];
}

export interface ValuationSummary {
  status: 'ok' | 'no-sheet';
  /** The project's outcome rows in Valorisation. */
  outcomes: number;
  /**
   * Σ of the present values Valorisation shows for the computed outcomes; null when none is. The panel
   * computes its figures from `computed` with core and says so when this sum differs (a value typed
   * over the formula).
   */
  presentValue: number | null;
  /**
   * Outcome rows left out of presentValue and computed: their present value is not a number (incomplete
   * inputs, or an error in the cell), or their inputs do not read by SROI_VALUE's rules.
   */
  uncomputed: number;
  /**
   * From Projets: the amount of the first year, or the whole amount paid at once (0 when only later
   * years are filled); null when nothing is entered or an amount is unreadable or negative (core's
   * readInstalments, the rule of the sheet's SROI formulas and the dashboard).
   */
  investment: number | null;
  /**
   * Projets' later instalments, year 2 onwards (its `investment-<n>` amount columns, in column order;
   * 0 when blank), discounted by core (flows.ts); [] when Projets has none.
   */
  instalments: number[];
  /**
   * The computed outcomes' inputs as SROI_VALUE reads them (core's readOutcome, the rate from
   * Paramètres), in sheet order: the panel computes the ratio, NPV, net SROI, payback and the
   * one-at-a-time sensitivity from them with core (sidebar/panels/sroi.ts), as the sheet does.
   */
  computed: Outcome[];
  /** Paramètres' discount rate as the formulas read it (it discounts investment paid in later years); 0 without outcome rows. */
  rate: number;
}

/**
 * The settings the sheet's formulas read in Paramètres (AMI_POIDS, SEUIL_SRL, SIAT_POIDS), so the
 * sidebar's live figures weigh and threshold exactly as the sheet does. Defaults when absent or unreadable.
 * Not per project: getSettings sends them, and the panel reads them when it opens, on « Actualiser »,
 * after the cursor has been outside the project sheets (in Paramètres, say) and when they are older
 * than a few minutes (sidebar/app.ts), rather than with every project it opens (six service calls).
 */
export interface ScoringSettings {
  /** 12 weights, grid order. */
  amiWeights: number[];
  /** Completion from which an SRL level counts as reached (0–1]. */
  srlThreshold: number;
  /** 5 weights, dimension order. */
  siatWeights: number[];
  /** Paramètres VARIANTE_SIAT: which wording of the SIAT items the panel shows (issue 14 §6). */
  siatVariant: SiatVariant;
}

export type AssessmentStatus = 'in-progress' | 'done';

/**
 * One assessment of the project: a reviewer's rows of one date across the instrument sheets (the
 * round it belongs to). Rows without a reviewer are one assessment by an unnamed reviewer ('').
 */
export interface AssessmentSummary {
  /** As written in the sheet (the first spelling met), '' for the unnamed one. */
  reviewer: string;
  /** `aaaa-mm-jj`, '' when its rows have no date. */
  date: string;
  /** Mine: the assessment `instruments` holds. */
  mine: boolean;
  /** By the reviewer asked for (any of their dates, `mine` included): never hidden by blind review, openable by its date. */
  own: boolean;
  /** « Terminée » in any of its rows; else in progress. */
  status: AssessmentStatus;
  /** Déport ticked in any of its rows: left out of every consensus. */
  recused: boolean;
  /** The reason given for the recusal ('' when none, or hidden). */
  reason: string;
  /**
   * Blind review (Paramètres EVALUATION_AVEUGLE = oui) while mine is not « Terminée »: the values,
   * comments and reason are not sent. A convention the panel keeps, not a protection.
   */
  hidden: boolean;
  /** Per instrument sheet where it has a row: the row's fields as in SheetRecord ({} for every sheet when hidden). */
  instruments: Partial<Record<InstrumentId, Record<string, CellJson>>>;
}

export interface Project {
  id: string;
  name: string;
  /** The Projets row (holder, status, investment, computed totals…). */
  details: SheetRecord;
  /** Whose assessment `instruments` holds: the reviewer asked for, as they asked. */
  reviewer: string;
  /** Its date `aaaa-mm-jj` (my latest assessment), '' when I have none yet (the first save dates it today). */
  date: string;
  /** My assessment's row in each instrument sheet. */
  instruments: Record<InstrumentId, SheetRecord>;
  /** Every assessment of the project (mine included), by date then reviewer. */
  assessments: AssessmentSummary[];
  /** Blind review is on (the others' are hidden until mine is « Terminée »). */
  blind: boolean;
  valuation: ValuationSummary;
}

/** One edited cell: the value the sidebar loaded (`before`) and the one the reviewer chose (`after`). */
export interface FieldChange {
  field: string;
  before: CellJson;
  after: CellJson;
}

export interface SaveRequest extends StatedLang {
  id: string;
  sheet: InstrumentId;
  /** Whose assessment (as in ProjectRequest): only that row is written. */
  reviewer?: string;
  /**
   * The assessment's date as getProject gave it; '' or absent: my latest assessment of the project
   * in this sheet. No such row: a new row with that date (today when '') is appended, under the lock.
   */
  date?: string;
  changes: FieldChange[];
}

/** A cell someone else changed since the sidebar loaded it. */
export interface Conflict {
  field: string;
  before: CellJson;
  theirs: CellJson;
  mine: CellJson;
}

export type SaveResult =
  /** Every change written (`written` cells; equal values are skipped). `record`: the row as it is now; `date`: the assessment's (a new one is dated today). */
  | { status: 'saved'; written: number; record: SheetRecord; date: string }
  /** Nothing written: the reviewer chooses, then saves again with `before` = theirs for the kept ones. */
  | { status: 'conflict'; conflicts: Conflict[]; record: SheetRecord };

export interface LanguageRequest {
  lang: Lang;
}

/**
 * The reviewer's name, kept in their user properties ('' until chosen). No suggestion from the
 * account's e-mail: Apps Script documents that Session.getActiveUser() and getEffectiveUser() need
 * the userinfo.email scope, which the add-on does not ask for (README, « Plusieurs évaluateurs »).
 */
export interface Reviewer {
  name: string;
}

/** setReviewer's request: the name to keep. */
export interface ReviewerRequest extends Reviewer, StatedLang {}

export interface StateRequest extends StatedLang {
  id: string;
  reviewer: string;
  /** The assessment's date as getProject gave it ('' : my latest, or a new one dated today). */
  date: string;
  status?: AssessmentStatus;
  /** Je me déporte: ticks Déport in my row of every instrument sheet (created where I have none). */
  recused?: boolean;
  reason?: string;
}

export interface StateResult {
  /** The assessment's date (today's when it was just created). */
  date: string;
  /** Rows written, and rows created, across the instrument sheets. */
  written: number;
  created: number;
}

/** « Nouvelle évaluation » (issue 12): my new assessment of the project, dated today. */
export interface NewAssessmentRequest extends StatedLang {
  id: string;
  reviewer: string;
}

/** Whose values a new assessment starts from (null: none, it starts blank). */
export interface AssessmentSource {
  reviewer: string;
  date: string;
  /** My own latest assessment (else the project's latest, by date). */
  mine: boolean;
}

export type NewAssessmentResult =
  /** My row dated `date` (today) made in `created` instrument sheets, with the values of `from`. */
  | { status: 'created'; date: string; created: number; from: AssessmentSource | null; blind: boolean }
  /** I already have an assessment dated today: nothing made (a second one would repeat its key). */
  | { status: 'exists'; date: string };

export interface ProgressRequest extends StatedLang {
  reviewer: string;
}

/** « Mes dossiers : 3 / 7 évalués »: the projects assigned to me in Projets (« Évaluateurs »), in its order. */
export interface Progress {
  /** Whether Projets has the « Évaluateurs » column at all. */
  column: boolean;
  projects: { id: string; name: string; done: boolean }[];
  done: number;
  total: number;
}

/**
 * The panel's « Importer des dossiers » (issue 15): the text of a CSV export of Démarches simplifiées
 * read in the browser (FileReader), parsed on the server with Utilities.parseCsv. Without `confirm`
 * nothing is written: the answer is the proposed mapping to show; with it, the import runs with
 * `mapping` (the one shown, as the person left it) and the answer adds the report.
 */
/**
 * The largest export the panel sends (characters): 2,000 dossiers of a long call weigh about 4 MB;
 * google.script.run and the script's memory take this much, and the panel says so before sending more.
 */
export const MAX_IMPORT_CHARS = 8_000_000;

export interface ImportFileRequest extends StatedLang {
  text: string;
  confirm?: boolean;
  /** Import field id (src/core/import/fields.ts) → the export's column names it reads. */
  mapping?: Partial<Record<ImportFieldId, string[]>>;
}

export interface ImportFileResult {
  /** Data rows in the file (records after the header). */
  rows: number;
  /** The file's column names, in its order (what each field's choice offers). */
  columns: string[];
  mapping: { field: ImportFieldId; label: string; columns: string[] }[];
  /** With `confirm`: what changed, for people (added, updated, unchanged, refused with row and reason). */
  report?: string;
}

/** One expert's opinion on a project, from « Avis DS » (issue 15): text as written, days `aaaa-mm-jj` ('' when blank). */
export interface OpinionSummary {
  expert: string;
  asked: string;
  introduction: string;
  answer: string;
  question: string;
  yesNo: string;
  answered: string;
}

/** getInstruments' request: the grids to read for the assessment getProject gave (its reviewer and date, as sent back). */
export interface InstrumentsRequest extends StatedLang {
  id: string;
  reviewer?: string;
  /** The date getProject answered (`Project.date`), never resolved again: '' is the undated assessment. */
  date?: string;
  instruments: OnDemandInstrumentId[];
}

/**
 * Grids read on demand: my assessment's record in each (as in Project.instruments) and the
 * project's assessments as those grids hold them, blind review applied as getProject applies it
 * (the others' values withheld unless mine is « Terminée » in these grids). The panel merges an
 * assessment's fields into its « Suivi » list only when that list already has it.
 */
export interface InstrumentRecords {
  id: string;
  reviewer: string;
  date: string;
  instruments: Partial<Record<OnDemandInstrumentId, SheetRecord>>;
  assessments: AssessmentSummary[];
}

export interface OpinionsRequest extends StatedLang {
  id: string;
}

export interface OpinionList {
  /** In the sheet's order; empty when the workbook has no « Avis DS » or the project no opinion. */
  opinions: OpinionSummary[];
}

/**
 * One actor of a project's target social system (« Système social cible », issue 14 §3), texts as
 * the sheet holds them: the category and the role are the seed's words (or anything typed there,
 * which the panel shows as unreadable, core/system/matrix.ts says why).
 */
export interface SystemActorJson {
  actor: string;
  category: string;
  role: string;
  comment: string;
}

export interface SystemRequest extends StatedLang {
  id: string;
}

export interface SystemTable {
  /** The sheet's name as found ('' when the workbook has none: the panel says to run setup). */
  sheetName: string;
  /** The project's rows, in the sheet's order. */
  actors: SystemActorJson[];
}

/**
 * One edit of the table: an added actor (`after` only), a removed one (`before` only) or a changed
 * one (both). `before` is the row as the panel read it: the server finds the row by (ID, actor,
 * category) and refuses to touch it if it is gone or differs (someone else's change).
 */
export interface SystemChange {
  before?: SystemActorJson;
  after?: SystemActorJson;
}

export interface SaveSystemRequest extends StatedLang {
  id: string;
  changes: SystemChange[];
}

/** A row someone else changed (`theirs` its values now) or removed (`theirs` null) since the panel read it. */
export interface SystemConflict {
  before: SystemActorJson;
  theirs: SystemActorJson | null;
}

/** Saved (the table as it is now), or nothing written because of conflicts (the table as it is now, to compare). */
export type SaveSystemResult = { status: 'saved'; table: SystemTable } | { status: 'conflict'; conflicts: SystemConflict[]; table: SystemTable };

/** The grids users define (issue 14 §5) for one project: asked for when the « Grilles » tab is opened, never with getProject. */
export interface GridsRequest extends StatedLang {
  id: string;
  /** Whose assessment, as in ProjectRequest. */
  reviewer?: string;
  /** My current assessment's date as getProject gave it ('' : my latest in each grid's sheet). */
  date?: string;
}

/** Someone's assessment of the project in one grid's sheet (one row), as AssessmentSummary is across the instruments. */
export interface GridAssessment extends Omit<AssessmentSummary, 'instruments'> {
  /** The row's fields by column id ({} when hidden by blind review). */
  fields: Record<string, CellJson>;
}

/** One valid grid, with the project's rows in its sheet. */
export interface GridRecord {
  /** As core read it from the definition sheet (criteria, groups, levels, descriptors, weights). */
  grid: CustomGrid;
  /** My assessment's row in the grid's sheet (`no-sheet`: the menu action has not made it yet). */
  record: SheetRecord;
  /** Every other assessment of the project in that sheet, by date then reviewer. */
  others: GridAssessment[];
}

export interface GridList {
  /** The valid grids, in the definition sheet's order; [] when the workbook has no definition sheet. */
  grids: GridRecord[];
  /** What refused a grid or a row of the definition sheet, each naming its cell, in both languages. */
  problems: Text[];
  /** The definition sheet's name in this workbook ('' when it has none). */
  sheetName: string;
  /** Blind review is on and applies to someone else's rows (as Project.blind). */
  blind: boolean;
}

export interface GridSaveRequest extends StatedLang {
  id: string;
  reviewer?: string;
  /** As in SaveRequest: '' or absent, my latest row in this grid's sheet; none, a new row dated this day (today when ''). */
  date?: string;
  /** The grid's name, as getGrids gave it. */
  grid: string;
  changes: FieldChange[];
}

export interface SidebarApi {
  getContext(request?: ContextRequest): Context;
  listProjects(request?: NoRequest): ProjectList;
  getSettings(request?: NoRequest): ScoringSettings;
  getProject(request: ProjectRequest): Project;
  saveProject(request: SaveRequest): SaveResult;
  setLanguage(request: LanguageRequest): { lang: Lang };
  getReviewer(request?: NoRequest): Reviewer;
  setReviewer(request: ReviewerRequest): Reviewer;
  setAssessmentState(request: StateRequest): StateResult;
  getProgress(request: ProgressRequest): Progress;
  newAssessment(request: NewAssessmentRequest): NewAssessmentResult;
  importDossiersFile(request: ImportFileRequest): ImportFileResult;
  getOpinions(request: OpinionsRequest): OpinionList;
  getSystem(request: SystemRequest): SystemTable;
  saveSystem(request: SaveSystemRequest): SaveSystemResult;
  getGrids(request: GridsRequest): GridList;
  saveGrid(request: GridSaveRequest): SaveResult;
  getInstruments(request: InstrumentsRequest): InstrumentRecords;
}

export type EndpointName = keyof SidebarApi;
export type RequestOf<K extends EndpointName> = Parameters<SidebarApi[K]>[0];
export type ResponseOf<K extends EndpointName> = ReturnType<SidebarApi[K]>;

/**
 * Why an endpoint refused, as data the sidebar switches on (google.script.run hands a failure
 * handler only a message): `invalid`, a request its schema refuses (a bug or a stale panel); else
 * the kind of the server's Problem (src/core/problem.ts). A conflict is no error: saveProject
 * answers it (SaveResult).
 */
export type ErrorKind = 'invalid' | ProblemKind;

export interface EndpointError {
  kind: ErrorKind;
  /** Written for people, in the person's language: the sidebar shows it as it is. */
  message: string;
}

/**
 * What each endpoint's top-level function returns (as skaut/shared-drive-mover's Response): the
 * response, or the refusal. Only what the server did not foresee (a bug, Apps Script's own limits)
 * and what Google's transport raises reach the sidebar as failures.
 */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: EndpointError };
export type ReplyOf<K extends EndpointName> = Reply<ResponseOf<K>>;

/** The endpoints' names, in the order src/server/sidebar/index.ts exports them (each is a top-level function of dist/Code.js). */
export const ENDPOINT_NAMES: readonly EndpointName[] = [
  'getContext',
  'listProjects',
  'getSettings',
  'getProject',
  'saveProject',
  'setLanguage',
  'getReviewer',
  'setReviewer',
  'setAssessmentState',
  'getProgress',
  'newAssessment',
  'importDossiersFile',
  'getOpinions',
  'getSystem',
  'saveSystem',
  'getGrids',
  'saveGrid',
  'getInstruments',
];
