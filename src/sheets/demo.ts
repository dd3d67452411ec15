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
import { PROJECT_STATUSES } from '../core/status';
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

export interface DemoPortfolio {
  notice: Text;
  proxySource: Text;
  projects: DemoProject[];
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
  // One row per project in Projets and each instrument sheet: column id → value.
  const perProject: Partial<Record<Exclude<SheetId, 'valuation'>, Field[]>> = {
    projects: [
      ['holder', (p) => p.holder],
      ['territory', (p) => p.territory],
      ['status', (p) => status(p.status)],
      ['call', () => demo.notice[lang]],
      ['investment', (p) => p.investment],
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
    // Comité: one row per project (the decisions and amounts come with the demo's committee).
    committee: [],
  };
  // The other instruments' values come by column id from each project's `answers`.
  for (const sheetId of INSTRUMENT_IDS) {
    if (perProject[sheetId]) continue;
    perProject[sheetId] = INSTRUMENTS[sheetId].sheet.columns.filter(isEditable).map(
      (c): Field => [
        c.id,
        (p) => {
          const v = p.answers?.[sheetId]?.[c.id];
          return v === undefined ? '' : c.kind === 'choice' && typeof v === 'number' ? CHOICES[v][lang] : v;
        },
      ],
    );
  }
  for (const [sheetId, fields] of Object.entries(perProject) as [SheetId, Field[]][]) {
    const layout = layouts.get(sheetId)!;
    const all: Field[] = [['id', (p) => p.id], ['name', (p) => p.name], ...fields];
    writeColumns(layout.sheet, FIRST_DATA_ROW, new Map(all.map(([id, get]) => [layout.columns.get(id)!, projects.map(get)])), {
      noPlainText: inserted.has(sheetId),
    });
  }
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
