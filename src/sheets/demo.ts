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
import { dateCell } from './assessments';
import { PARAMETER_NAMES } from './templates/parameters';
import type { Outcome } from '../core/sroi/valuation';
import { vcAnswer } from '../core/value-capture/answers';
import { VC_FAMILIES, VC_POINTS } from '../core/value-capture/checklist';
import { INSTRUMENT_IDS, INSTRUMENTS, isEditable, type InstrumentId } from '../core/instruments';
import { CHOICES } from '../core/instruments/kinds';
import { lastUsedRow, writeColumns } from './blocks';
import { WORKBOOK, type SheetId } from './schema';
import { FIRST_DATA_ROW, readTable } from './table';
import { ensureWorkbook } from './templates/setup';
import { listedSheet, readWorkbook } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Score = number | null;

/** One outcome of a project's SROI valuation (the discount rate is the workbook's, in Paramètres). */
export interface DemoOutcome extends Omit<Outcome, 'rate'> {
  stakeholder: string;
  outcome: string;
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
  investment: number;
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

/** The committee's decision on a project; `granted` in euros. */
export interface DemoDecision {
  id: string;
  /** French decision word (DECISIONS). */
  decision: string;
  granted?: number;
  comment: string;
}

export interface DemoPortfolio {
  notice: Text;
  proxySource: Text;
  /** The call's reviewers; the first one scored each project's `ami` (when it holds a level) on `reviewDate`. */
  reviewers?: string[];
  reviewDate?: string;
  projects: DemoProject[];
  reviews?: DemoReview[];
  /** The envelope (€, set in Paramètres when empty there) and the decisions shown in « Comité ». */
  committee?: { envelope: number; decisions: DemoDecision[] };
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
  }
  const known = new Set(demo.projects.map((p) => p.id));
  for (const r of demo.reviews ?? []) {
    if (!known.has(r.id) || r.ami.length !== AMI_CRITERIA.length)
      throw new Error(`Demo review of ${r.id} by ${r.reviewer}: unknown project or not ${AMI_CRITERIA.length} levels`);
  }
  for (const d of demo.committee?.decisions ?? []) {
    if (!known.has(d.id) || !DECISIONS.some((x) => x.fr === d.decision)) throw new Error(`Demo decision on ${d.id}: unknown project or decision ${d.decision}`);
  }
  return demo;
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

  type Field = [string, (p: DemoProject) => unknown];
  const decisions = new Map((demo.committee?.decisions ?? []).map((d) => [d.id, { ...d, decision: DECISIONS.find((x) => x.fr === d.decision)![lang] }]));
  const decisionOf = (p: DemoProject) => decisions.get(p.id);
  const reviewStatus = REVIEW_STATUSES[REVIEW_STATUSES.length - 1][lang];
  // An assessment's key and state: reviewer, day, « Terminée » (a recusal has no state: nothing was scored).
  const assessmentFields = (of: (p: DemoProject) => { reviewer: string; date: string; recused?: boolean } | undefined): Field[] => [
    ['reviewer', (p) => of(p)?.reviewer ?? ''],
    ['date', (p) => (of(p) ? dateCell(of(p)!.date) : '')],
    ['review-status', (p) => (of(p) && !of(p)!.recused ? reviewStatus : '')],
  ];
  // The first reviewer's assessment, where the project has been reviewed (a row with no level stays
  // unnamed): the same key on the project's row of every instrument sheet, so that it is one
  // assessment, not hers in Grille AMI plus an unnamed one elsewhere.
  const firstReview = demo.reviewers
    ? assessmentFields((p) => (p.ami.some((v) => v !== null) ? { reviewer: demo.reviewers![0], date: demo.reviewDate! } : undefined))
    : [];
  // One row per project in Projets and each instrument sheet: column id → value.
  const perProject: Partial<Record<Exclude<SheetId, 'valuation'>, Field[]>> = {
    projects: [
      ['holder', (p) => p.holder],
      ['territory', (p) => p.territory],
      ['status', (p) => status(p.status)],
      ['call', () => demo.notice[lang]],
      ['investment', (p) => p.investment],
      // Every reviewer of the call is assigned every project (Projets « Évaluateurs », issue 11).
      ['reviewers', () => demo.reviewers?.join(' ; ') ?? ''],
      // The incubator's target (issue 12, illustrative): the project's SRL target, to reach 6, 12 or
      // 18 months after the call's review, in turn, so that some target dates have passed.
      ['target-srl', (p) => p.srlTarget],
      ['target-date', (p) => (demo.reviewDate ? targetDate(demo.reviewDate, 6 * (1 + (projects.indexOf(p) % 3))) : '')],
    ],
    ami: [...AMI_CRITERIA.map((c, i): Field => [amiLevelField(c.id), (p) => level(p.ami[i])]), ['improvements', (p) => p.improvements], ...firstReview],
    srl: [
      ...SRL_LEVELS.map((l, i): Field => [srlEvidenceField(l.level), (p) => number(p.srl[i])]),
      ['evidence-notes', (p) => p.evidence],
      ['target', (p) => p.srlTarget],
      ...firstReview,
    ],
    vc: [
      ...VC_POINTS.map((pt, i): Field => [vcAnswerField(pt.id), (p) => (p.vc[i] === null ? '' : vcAnswer(pt, p.vc[i]!, lang))]),
      ...VC_FAMILIES.map((f, i): Field => [vcAmountField(f.id), (p) => p.capture[i]]),
      ...firstReview,
    ],
    siat: [...siatItems().map((item, i): Field => [siatItemField(item.id), (p) => number(p.siat[i])]), ...firstReview],
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
    perProject[sheetId] = [
      ...INSTRUMENTS[sheetId].sheet.columns.filter(isEditable).map(
        (c): Field => [
          c.id,
          (p) => {
            const v = p.answers?.[sheetId]?.[c.id];
            return v === undefined ? '' : c.kind === 'choice' && typeof v === 'number' ? CHOICES[v][lang] : v;
          },
        ],
      ),
      ...firstReview,
    ];
  }
  for (const [sheetId, fields] of Object.entries(perProject) as [SheetId, Field[]][]) {
    const layout = layouts.get(sheetId)!;
    const all: Field[] = [['id', (p) => p.id], ['name', (p) => p.name], ...fields];
    writeColumns(layout.sheet, FIRST_DATA_ROW, new Map(all.map(([id, get]) => [layout.columns.get(id)!, projects.map(get)])), {
      noPlainText: inserted.has(sheetId),
    });
  }
  // The other reviewers' assessments, below the projects' rows of Grille AMI (one row per assessment).
  const byId = new Map(projects.map((p) => [p.id, p]));
  // A demo given other projects (tests) keeps only the reviews of its own.
  const reviews = (demo.reviews ?? []).filter((r) => byId.has(r.id));
  if (reviews.length) {
    const grid = layouts.get('ami')!;
    const cells = new Map<number, unknown[]>([
      [grid.columns.get('id')!, reviews.map((r) => r.id)],
      [grid.columns.get('name')!, reviews.map((r) => byId.get(r.id)!.name)],
      [grid.columns.get('reviewer')!, reviews.map((r) => r.reviewer)],
      [grid.columns.get('date')!, reviews.map((r) => dateCell(r.date))],
      [grid.columns.get('review-status')!, reviews.map((r) => (r.recused ? '' : reviewStatus))],
      [grid.columns.get('recused')!, reviews.map((r) => r.recused === true)],
      [grid.columns.get('recusal-reason')!, reviews.map((r) => r.reason ?? '')],
      ...AMI_CRITERIA.map((c, i): [number, unknown[]] => [grid.columns.get(amiLevelField(c.id))!, reviews.map((r) => level(r.ami[i]))]),
    ]);
    writeColumns(grid.sheet, FIRST_DATA_ROW + projects.length, cells, { noPlainText: inserted.has('ami') });
  }
  // The call's envelope, where Paramètres has none yet.
  const envelope = demo.committee && ss.getRangeByName(PARAMETER_NAMES.envelope);
  if (envelope && isBlank(envelope.getValue())) envelope.setValue(demo.committee!.envelope);
  const valuation = layouts.get('valuation')!;
  const fields: (keyof DemoOutcome | 'id')[] = [
    'id',
    'stakeholder',
    'outcome',
    'indicator',
    'quantity',
    'unit',
    'proxy',
    'deadweight',
    'attribution',
    'displacement',
    'dropoff',
    'years',
  ];
  const cells = new Map(fields.map((f) => [valuation.columns.get(f)!, outcomes.map((o) => o[f])]));
  cells.set(
    valuation.columns.get('proxy-source')!,
    outcomes.map(() => demo.proxySource[lang]),
  );
  writeColumns(valuation.sheet, FIRST_DATA_ROW, cells, { noPlainText: inserted.has('valuation') });
  ss.setActiveSheet(layouts.get('projects')!.sheet);
  return { projects: projects.length, outcomes: outcomes.length };
}
