import demoFile from '../../examples/demo-portfolio.json';
import { amiLevelField } from '../core/instruments/ami';
import { srlEvidenceField } from '../core/instruments/srl';
import { vcAnswerField, vcAmountField } from '../core/instruments/value-capture';
import { siatItemField } from '../core/instruments/siat';
import { AMI_CRITERIA, AMI_LEVEL_LABELS } from '../core/ami/grid';
import type { Lang, Text } from '../core/i18n';
import { once } from '../core/lazy';
import { problem } from '../core/problem';
import { SIAT_DIMENSIONS } from '../core/siat/template';
import { SRL_LEVELS } from '../core/srl/scale';
import { DECISIONS, PROJECT_STATUSES, REVIEW_STATUSES } from '../core/status';
import { isBlank } from '../core/cells/text';
import { toDateKey } from '../core/assessments/aggregate';
import { dateCell, isDay, reviewerKey } from './assessments';
import { PARAMETER_NAMES } from './templates/parameters';
import { INVESTMENT_YEARS, investmentField } from '../core/instruments/sheets';
import type { Outcome } from '../core/sroi/valuation';
import { vcAnswer } from '../core/value-capture/answers';
import { STEP_STATUSES } from '../core/protocol/steps';
import { SYSTEM_CATEGORIES, SYSTEM_ROLES, type SystemCategoryId, type SystemRoleId } from '../core/system/target-system';
import { VC_FAMILIES, VC_POINTS } from '../core/value-capture/checklist';
import { INSTRUMENT_IDS, INSTRUMENTS, isEditable, type InstrumentId } from '../core/instruments';
import { CHOICES } from '../core/instruments/kinds';
import { lastUsedRow, writeColumns } from './blocks';
import { WORKBOOK, type SheetId } from './schema';
import { FIRST_DATA_ROW, readTable } from './table';
import { ensureWorkbook } from './templates/setup';
import { exampleGrid } from '../core/grids/example';
import { slug } from '../core/grids/definition';
import { GRID_COMMENT_FIELD, gridLevelField } from '../core/grids/sheet';
import { ensureCustomGrids } from './grids/ensure';
import { listedSheet, readWorkbook } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Score = number | null;

/** One outcome of a project's SROI valuation (the discount rate is the workbook's, in Paramètres). */
export interface DemoOutcome extends Omit<Outcome, 'rate'> {
  stakeholder: string;
  outcome: string;
  /** Valorisation « Famille d’effet » (illustrative: our grouping of the case studies' outcomes). */
  family?: string;
  indicator: string;
  unit: string;
}

/** A demo project: arrays follow the frameworks' column orders (see the JSON's `order`). */
export interface DemoProject {
  id: string;
  name: string;
  holder: string;
  territory: string;
  /** French status word (PROJECT_STATUSES), or '' where the source documents state none. */
  status: string;
  /** « Investissement (€) »: year 1's amount, or the whole amount when paid at once. */
  investment: number;
  /** Later instalments, year 2 onwards (Projets « Investissement année 2 (€) »…), illustrative. Absent: none. */
  investmentLater?: number[];
  ami: Score[];
  improvements: string;
  srl: Score[];
  srlTarget: number;
  evidence: string;
  vc: Score[];
  capture: number[];
  siat: Score[];
  outcomes: DemoOutcome[];
  /**
   * Values of the instruments declared with data only (a checklist such as ISR), by instrument and
   * column id: a choice as its value (2 oui, 1 en partie, 0 non), a note as text. Absent: not scored.
   */
  answers?: Partial<Record<InstrumentId, Record<string, string | number>>>;
  /** The target social system's actors (issue 14 §3, « Système social cible »), illustrative. Absent: none. */
  actors?: DemoActor[];
}

/** An actor of a project's target social system: its category and role by id (core/system/target-system.ts). */
export interface DemoActor {
  actor: string;
  category: SystemCategoryId;
  role: SystemRoleId;
  comment: string;
}

/** Another reviewer's AMI assessment of a project (issue 11), or their recusal with its reason. */
export interface DemoReview {
  id: string;
  reviewer: string;
  /** The assessment's day, `aaaa-mm-jj`. */
  date: string;
  ami: Score[];
  recused?: boolean;
  reason?: string;
}

/**
 * An earlier dated assessment of a project followed over time (issue 12): the instruments scored
 * that day (SRL always; AMI, value capture and SIAT where given: a row in their sheets), and what
 * changed since the previous one, in the SRL evidence notes, the AMI improvements and `notes`.
 */
export interface DemoFollowUp {
  id: string;
  reviewer: string;
  /** The assessment's day, `aaaa-mm-jj`. */
  date: string;
  srl: Score[];
  evidence: string;
  ami?: Score[];
  improvements?: string;
  vc?: Score[];
  /** With `vc`: the capture families' amounts (€). */
  capture?: number[];
  siat?: Score[];
  /** Text columns by instrument and column id (a criterion's comment, a point's note). */
  notes?: Partial<Record<InstrumentId, Record<string, string>>>;
}

/** The committee's decision on a project; `granted` in euros. */
export interface DemoDecision {
  id: string;
  /** French decision word (DECISIONS). */
  decision: string;
  granted?: number;
  comment: string;
}

/** A reviewer's assessment of a project on the example grid users define (issue 14 §5), levels in its criteria's order. */
export interface DemoGridAssessment {
  id: string;
  reviewer: string;
  /** The assessment's day, `aaaa-mm-jj`. */
  date: string;
  levels: number[];
}

export interface DemoPortfolio {
  notice: Text;
  proxySource: Text;
  /** The call's reviewers; the first one scored each project's `ami` (when it holds a level) on `reviewDate`. */
  reviewers?: string[];
  reviewDate?: string;
  projects: DemoProject[];
  reviews?: DemoReview[];
  /** Earlier assessments of projects followed over time, below all the others in each sheet. */
  history?: DemoFollowUp[];
  /** The envelope (€, set in Paramètres when empty there) and the decisions shown in « Comité ». */
  committee?: { envelope: number; decisions: DemoDecision[] };
  /**
   * Assessments on the example grid « Entrée en incubation » (core/grids/example.ts), loaded through
   * « Grilles personnalisées » as a user's grid would be; `note` goes in each row's comment.
   */
  customGrid?: { note: string; assessments: DemoGridAssessment[] };
}

/** The demo's target date: `months` after the day `aaaa-mm-jj`, as a date cell. */
function targetDate(day: string, months: number): Date {
  const d = dateCell(day);
  return new Date(d.getFullYear(), d.getMonth() + months, d.getDate());
}

// Built on first use: the bundle's top level does no work (it is evaluated on every custom-function call).
const siatItems = once(() => SIAT_DIMENSIONS.flatMap((d) => d.items));

/** The bundled demo, checked against the frameworks before anything is written. */
export function bundledDemo(): DemoPortfolio {
  return checkDemo(demoFile as unknown as DemoPortfolio);
}

export function checkDemo(demo: DemoPortfolio): DemoPortfolio {
  const sizes: [keyof DemoProject, number][] = [
    ['ami', AMI_CRITERIA.length],
    ['srl', SRL_LEVELS.length],
    ['vc', VC_POINTS.length],
    ['capture', VC_FAMILIES.length],
    ['siat', siatItems().length],
  ];
  for (const p of demo.projects) {
    for (const [key, size] of sizes) {
      if ((p[key] as unknown[]).length !== size) throw new Error(`Demo project ${p.id}: ${key} needs ${size} values`);
    }
    if (p.status !== '' && !PROJECT_STATUSES.some((s) => s.fr === p.status)) throw new Error(`Demo project ${p.id}: unknown status ${p.status}`);
    for (const a of p.actors ?? []) {
      if (!SYSTEM_CATEGORIES.some((c) => c.id === a.category) || !SYSTEM_ROLES.some((r) => r.id === a.role))
        throw new Error(`Demo project ${p.id}: actor ${a.actor} has an unknown category or role`);
    }
  }
  const known = new Set(demo.projects.map((p) => p.id));
  for (const r of demo.reviews ?? []) {
    if (!known.has(r.id) || r.ami.length !== AMI_CRITERIA.length)
      throw new Error(`Demo review of ${r.id} by ${r.reviewer}: unknown project or not ${AMI_CRITERIA.length} levels`);
  }
  // Every assessment's key (ID, reviewer as the add-on compares names, day): a follow-up is a new one.
  const keyOf = (id: string, reviewer: string, date: string) => JSON.stringify([id, reviewerKey(reviewer), date]);
  const keys = new Set([
    ...(demo.reviewers ? demo.projects.filter(isReviewed).map((p) => keyOf(p.id, demo.reviewers![0], demo.reviewDate!)) : []),
    ...(demo.reviews ?? []).map((r) => keyOf(r.id, r.reviewer, r.date)),
  ]);
  for (const h of demo.history ?? []) {
    const where = `Demo follow-up of ${h.id} on ${h.date}`;
    if (!known.has(h.id)) throw new Error(`${where}: unknown project`);
    if (!isDay(h.date) || Number.isNaN(toDateKey(h.date))) throw new Error(`${where}: the date is no day aaaa-mm-jj`);
    if (keys.has(keyOf(h.id, h.reviewer, h.date))) throw new Error(`${where}: ${h.reviewer} has another assessment that day`);
    keys.add(keyOf(h.id, h.reviewer, h.date));
    for (const [key, size] of sizes) {
      const values = h[key as keyof DemoFollowUp] as unknown[] | undefined;
      if (values !== undefined && values.length !== size) throw new Error(`${where}: ${key} needs ${size} values`);
    }
    if ((h.vc === undefined) !== (h.capture === undefined)) throw new Error(`${where}: vc and capture go together`);
    for (const [sheetId, notes] of Object.entries(h.notes ?? {}) as [InstrumentId, Record<string, string>][]) {
      const text = new Set(INSTRUMENTS[sheetId].sheet.columns.filter((c) => c.kind === 'text').map((c) => c.id));
      if (!followUpSheets(h).includes(sheetId) || Object.keys(notes).some((c) => !text.has(c)))
        throw new Error(`${where}: notes only go to text columns of the instruments it scores`);
    }
  }
  const example = exampleGrid();
  for (const a of demo.customGrid?.assessments ?? []) {
    const where = `Demo assessment of ${a.id} by ${a.reviewer} on the example grid`;
    if (!known.has(a.id) || !isDay(a.date)) throw new Error(`${where}: unknown project or no day aaaa-mm-jj`);
    if (a.levels.length !== example.criteria.length || a.levels.some((l) => !example.levels.includes(l)))
      throw new Error(`${where}: needs ${example.criteria.length} levels among ${example.levels.join(', ')}`);
  }
  for (const d of demo.committee?.decisions ?? []) {
    if (!known.has(d.id) || !DECISIONS.some((x) => x.fr === d.decision)) throw new Error(`Demo decision on ${d.id}: unknown project or decision ${d.decision}`);
  }
  return demo;
}

/** Whether the first reviewer has scored the project (the demo's P-0014 is not reviewed yet: its row stays unnamed). */
const isReviewed = (p: DemoProject) => p.ami.some((v) => v !== null);

/** The instrument sheets where a follow-up has a row: the ones it scored. */
function followUpSheets(h: DemoFollowUp): InstrumentId[] {
  const scored: Record<string, unknown> = { ami: h.ami, srl: h.srl, vc: h.vc, siat: h.siat };
  return INSTRUMENT_IDS.filter((id) => scored[id] !== undefined);
}

/**
 * An assessment row of an instrument sheet: the project's values that day, its key (reviewer, day;
 * none: an unnamed, undated row), whether the reviewer recused (and why), its notes by column id.
 */
type AssessmentRow = DemoProject & { key?: { reviewer: string; date: string; recused?: boolean; reason?: string }; notes?: DemoFollowUp['notes'] };

const isInstrument = (sheetId: SheetId): sheetId is InstrumentId => (INSTRUMENT_IDS as readonly string[]).includes(sheetId);

/**
 * The rows of each instrument sheet, in sheet order: each project's row, the first reviewer's
 * assessment where the project has been reviewed (a row with no AMI level stays unnamed) — the same
 * key in every sheet, so that it is one assessment, not hers in Grille AMI plus an unnamed one
 * elsewhere —; in Grille AMI the other reviewers' assessments; then the follow-ups' earlier
 * assessments, in the sheets they scored. A demo given other projects (tests) keeps only the
 * reviews and follow-ups of its own.
 */
function assessmentRows(demo: DemoPortfolio): (sheetId: InstrumentId) => AssessmentRow[] {
  const first = demo.reviewers && { reviewer: demo.reviewers[0], date: demo.reviewDate! };
  const main = demo.projects.map((p): AssessmentRow => ({ ...p, key: first && isReviewed(p) ? first : undefined }));
  const byId = new Map(demo.projects.map((p) => [p.id, p]));
  const reviews = (demo.reviews ?? [])
    .filter((r) => byId.has(r.id))
    .map(
      (r): AssessmentRow => ({
        ...byId.get(r.id)!,
        ami: r.ami,
        improvements: '',
        key: { reviewer: r.reviewer, date: r.date, recused: r.recused === true, reason: r.reason ?? '' },
      }),
    );
  // A follow-up's values replace the project's in the sheets it scored; it has no row in the others.
  const followUps = (demo.history ?? [])
    .filter((h) => byId.has(h.id))
    .map((h) => ({
      sheets: followUpSheets(h),
      row: {
        ...byId.get(h.id)!,
        srl: h.srl,
        evidence: h.evidence,
        ami: h.ami ?? [],
        improvements: h.improvements ?? '',
        vc: h.vc ?? [],
        capture: h.capture ?? [],
        siat: h.siat ?? [],
        answers: undefined,
        notes: h.notes,
        key: { reviewer: h.reviewer, date: h.date },
      } satisfies AssessmentRow,
    }));
  return (sheetId) => [...main, ...(sheetId === 'ami' ? reviews : []), ...followUps.filter((f) => f.sheets.includes(sheetId)).map((f) => f.row)];
}

const refuse = (sheet: string) =>
  problem(
    `Le classeur contient déjà des projets (feuille « ${sheet} ») : l’exemple ne se charge que dans un classeur vide, pour ne rien écraser. Ouvrez un nouveau classeur pour l’essayer.`,
    `The workbook already holds projects (sheet "${sheet}"): the example only loads into an empty workbook, so nothing is overwritten. Open a new spreadsheet to try it.`,
  );

/**
 * Fills an empty workbook with the demo portfolio: the template is completed first, then each sheet
 * gets its rows in a few block writes (text always literal). Refuses a workbook holding any project.
 * The caller holds the document lock.
 */
export function loadDemo(ss: Spreadsheet, lang: Lang, demo: DemoPortfolio = bundledDemo()): { projects: number; outcomes: number } {
  const read = readWorkbook(ss);
  for (const spec of WORKBOOK) {
    const found = listedSheet(read.sheets, spec);
    if (found && lastUsedRow(readTable(found.sheet, spec)) >= 0) throw refuse(found.name);
  }
  const { layouts, inserted } = ensureWorkbook(ss, lang, read);
  const projects = demo.projects;
  const level = (v: Score) => (v === null ? '' : AMI_LEVEL_LABELS[v][lang]);
  const number = (v: Score) => (v === null ? '' : v);
  const status = (fr: string) => (fr === '' ? '' : PROJECT_STATUSES.find((s) => s.fr === fr)![lang]);
  const outcomes = projects.flatMap((p) => p.outcomes.map((o) => ({ id: p.id, ...o })));

  type Field = [string, (p: AssessmentRow) => unknown];
  const decisions = new Map((demo.committee?.decisions ?? []).map((d) => [d.id, { ...d, decision: DECISIONS.find((x) => x.fr === d.decision)![lang] }]));
  const decisionOf = (p: DemoProject) => decisions.get(p.id);
  const reviewStatus = REVIEW_STATUSES[REVIEW_STATUSES.length - 1][lang];
  // One row per project in Projets and each instrument sheet: column id → value.
  const perProject: Partial<Record<Exclude<SheetId, 'valuation'>, Field[]>> = {
    projects: [
      ['holder', (p) => p.holder],
      ['territory', (p) => p.territory],
      ['status', (p) => status(p.status)],
      ['call', () => demo.notice[lang]],
      ['investment', (p) => p.investment],
      ...Array.from({ length: INVESTMENT_YEARS - 1 }, (_, i): Field => [investmentField(i + 2), (p) => p.investmentLater?.[i] ?? '']),
      // Every reviewer of the call is assigned every project (Projets « Évaluateurs », issue 11).
      ['reviewers', () => demo.reviewers?.join(' ; ') ?? ''],
      // The incubator's target (issue 12, illustrative): the project's SRL target, to reach 6, 12 or
      // 18 months after the call's review, in turn, so that some target dates have passed.
      ['target-srl', (p) => p.srlTarget],
      ['target-date', (p) => (demo.reviewDate ? targetDate(demo.reviewDate, 6 * (1 + (projects.indexOf(p) % 3))) : '')],
    ],
    ami: [...AMI_CRITERIA.map((c, i): Field => [amiLevelField(c.id), (p) => level(p.ami[i])]), ['improvements', (p) => p.improvements]],
    srl: [
      ...SRL_LEVELS.map((l, i): Field => [srlEvidenceField(l.level), (p) => number(p.srl[i])]),
      ['evidence-notes', (p) => p.evidence],
      ['target', (p) => p.srlTarget],
    ],
    vc: [
      ...VC_POINTS.map((pt, i): Field => [vcAnswerField(pt.id), (p) => (p.vc[i] === null ? '' : vcAnswer(pt, p.vc[i]!, lang))]),
      ...VC_FAMILIES.map((f, i): Field => [vcAmountField(f.id), (p) => p.capture[i]]),
    ],
    siat: siatItems().map((item, i): Field => [siatItemField(item.id), (p) => number(p.siat[i])]),
    // Comité: one row per project, with the demo committee's decisions and amounts.
    committee: [
      ['decision', (p) => decisionOf(p)?.decision ?? ''],
      ['requested', (p) => p.investment],
      ['granted', (p) => decisionOf(p)?.granted ?? ''],
      ['committee-comment', (p) => decisionOf(p)?.comment ?? ''],
    ],
  };
  // The other instruments' values come by column id from each project's `answers`.
  for (const sheetId of INSTRUMENT_IDS) {
    if (perProject[sheetId]) continue;
    perProject[sheetId] = INSTRUMENTS[sheetId].sheet.columns.filter(isEditable).map(
      (c): Field => [
        c.id,
        (p) => {
          const v = p.answers?.[sheetId]?.[c.id];
          if (v === undefined) return '';
          // A choice, a Godin marker level or a protocol step's status (0 à faire, 1 en cours, 2 fait) given as its number is written as its word, in the workbook's language.
          if (typeof v === 'number' && c.kind === 'choice') return CHOICES[v][lang];
          if (typeof v === 'number' && c.kind === 'marker') return AMI_LEVEL_LABELS[v][lang];
          if (typeof v === 'number' && c.kind === 'step') return STEP_STATUSES[v].label[lang];
          return v;
        },
      ],
    );
  }
  const rowsOf = assessmentRows(demo);
  for (const [sheetId, fields] of Object.entries(perProject) as [SheetId, Field[]][]) {
    const layout = layouts.get(sheetId)!;
    const rows: AssessmentRow[] = isInstrument(sheetId) ? rowsOf(sheetId) : projects;
    // An assessment's key and state: reviewer, day, « Terminée » (a recusal has no state: nothing
    // was scored), Déport and its reason; then the notes some rows hold. Only the columns a row fills.
    const assessment: Field[] = [
      ...(rows.some((p) => p.key)
        ? ([
            ['reviewer', (p) => p.key?.reviewer ?? ''],
            ['date', (p) => (p.key ? dateCell(p.key.date) : '')],
            ['review-status', (p) => (p.key && !p.key.recused ? reviewStatus : '')],
          ] as Field[])
        : []),
      ...(rows.some((p) => p.key?.recused !== undefined)
        ? ([
            ['recused', (p) => p.key?.recused ?? ''],
            ['recusal-reason', (p) => p.key?.reason ?? ''],
          ] as Field[])
        : []),
      ...[...new Set(rows.flatMap((p) => Object.keys(p.notes?.[sheetId as InstrumentId] ?? {})))].map(
        (c): Field => [c, (p) => p.notes?.[sheetId as InstrumentId]?.[c] ?? ''],
      ),
    ];
    const all: Field[] = [['id', (p) => p.id], ['name', (p) => p.name], ...fields, ...assessment];
    writeColumns(layout.sheet, FIRST_DATA_ROW, new Map(all.map(([id, get]) => [layout.columns.get(id)!, rows.map(get)])), {
      noPlainText: inserted.has(sheetId),
    });
  }
  // The call's envelope, where Paramètres has none yet.
  const envelope = demo.committee && ss.getRangeByName(PARAMETER_NAMES.envelope);
  if (envelope && isBlank(envelope.getValue())) envelope.setValue(demo.committee!.envelope);
  const valuation = layouts.get('valuation')!;
  const fields: (keyof DemoOutcome | 'id')[] = [
    'id',
    'stakeholder',
    'outcome',
    'family',
    'indicator',
    'quantity',
    'unit',
    'proxy',
    'deadweight',
    'attribution',
    'displacement',
    'dropoff',
    'years',
    'start',
  ];
  const cells = new Map(fields.map((f) => [valuation.columns.get(f)!, outcomes.map((o) => o[f] ?? '')]));
  cells.set(
    valuation.columns.get('proxy-source')!,
    outcomes.map(() => demo.proxySource[lang]),
  );
  writeColumns(valuation.sheet, FIRST_DATA_ROW, cells, { noPlainText: inserted.has('valuation') });
  // The target social system's actors: the category and the role as the seed's words, in the workbook's language.
  const actors = projects.flatMap((p) => (p.actors ?? []).map((a) => ({ id: p.id, ...a })));
  if (actors.length) {
    const system = layouts.get('system')!;
    const at = (id: string) => system.columns.get(id)!;
    const actorCells = new Map<number, unknown[]>([
      [at('id'), actors.map((a) => a.id)],
      [at('actor'), actors.map((a) => a.actor)],
      [at('category'), actors.map((a) => SYSTEM_CATEGORIES.find((c) => c.id === a.category)!.label[lang])],
      [at('role'), actors.map((a) => SYSTEM_ROLES.find((r) => r.id === a.role)!.label[lang])],
      [at('comment'), actors.map((a) => a.comment)],
    ]);
    writeColumns(system.sheet, FIRST_DATA_ROW, actorCells, { noPlainText: inserted.has('system') });
  }
  if (demo.customGrid) loadGridAssessments(ss, lang, read, demo.customGrid, new Map(projects.map((p) => [p.id, p.name])));
  ss.setActiveSheet(layouts.get('projects')!.sheet);
  return { projects: projects.length, outcomes: outcomes.length };
}

/**
 * The example grid users define (issue 14 §5), made as the menu action makes it — « Grilles
 * personnalisées » with its example, then the grid's sheet — and its assessments written in one block.
 */
function loadGridAssessments(
  ss: Spreadsheet,
  lang: Lang,
  read: ReturnType<typeof readWorkbook>,
  grid: NonNullable<DemoPortfolio['customGrid']>,
  names: ReadonlyMap<string, string>,
): void {
  const example = exampleGrid(lang);
  const made = ensureCustomGrids(ss, lang, read).layouts.get(slug(example.name));
  if (!made) return;
  const rows = grid.assessments;
  const at = (id: string) => made.columns.get(id)!;
  const cells = new Map<number, unknown[]>([
    [at('id'), rows.map((a) => a.id)],
    [at('name'), rows.map((a) => names.get(a.id) ?? '')],
    [at('reviewer'), rows.map((a) => a.reviewer)],
    [at('date'), rows.map((a) => dateCell(a.date))],
    ...example.criteria.map((c, i): [number, unknown[]] => [at(gridLevelField(c.id)), rows.map((a) => a.levels[i])]),
    [at(GRID_COMMENT_FIELD), rows.map(() => grid.note)],
    [at('review-status'), rows.map(() => REVIEW_STATUSES[REVIEW_STATUSES.length - 1][lang])],
  ]);
  writeColumns(made.sheet, FIRST_DATA_ROW, cells, { noPlainText: made.fresh });
}
