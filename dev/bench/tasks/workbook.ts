/**
 * The workbook's menu actions on the in-memory fake, run from the BUILT dist/Code.js: a workbook set
 * up and synced with N projects whose grids are filled, then each action timed as users re-run it
 * (setupWorkbook finding nothing to add, syncProjects finding every project in place, buildDashboard
 * redrawing its block and charts). Service calls are those of one run: they must not grow with N.
 */
import { loadAddon } from '../../addon/load';
import { createGasFake, type GasFake } from '../../gas-fake';
import { AMI_CRITERIA } from '../../../src/core/ami/grid';
import { SIAT_DIMENSIONS } from '../../../src/core/siat/template';
import { SRL_LEVELS } from '../../../src/core/srl/scale';
import { VC_FAMILIES, VC_POINTS } from '../../../src/core/value-capture/checklist';
import { locateColumns } from '../../../src/sheets/headers';
import { AMI, INSTRUMENT_SHEETS, SIAT, SRL, VALUE_CAPTURE, PROJECTS, type SheetSpec } from '../../../src/sheets/schema';
import { readHeader } from '../../../src/sheets/templates/layout';
import * as data from '../data';
import type { BenchTask, Prepared } from './types';

export const WORKBOOK_SIZES = [100, 1000, 10000] as const;

/** Writes `rows` (N × k) into the spec's columns `ids` of its sheet, one column at a time. */
function fill(fake: GasFake, spec: SheetSpec, ids: string[], rows: unknown[][]): void {
  const sheet = fake.spreadsheet.getSheetByName(spec.name.fr)!;
  const at = locateColumns(spec, readHeader(sheet).texts);
  ids.forEach((id, k) => sheet.getRange(2, at.get(id)! + 1, rows.length, 1).setValues(rows.map((r) => [r[k]])));
}

export function portfolio(size: number): { fake: GasFake; run: (name: string, ...args: unknown[]) => unknown } {
  const fake = createGasFake();
  const addon = loadAddon(fake.createContext());
  addon.fn('setupWorkbook')();
  const projets = fake.spreadsheet.getSheetByName(PROJECTS.name.fr)!;
  if (size + 1 > projets.getMaxRows()) projets.insertRowsAfter(projets.getMaxRows(), size + 1 - projets.getMaxRows());
  projets.getRange(2, 1, size, 2).setValues(Array.from({ length: size }, (_, i) => [`P-${String(i + 1).padStart(5, '0')}`, `Projet ${i + 1}`]));
  addon.fn('syncProjects')();
  fill(
    fake,
    AMI,
    AMI_CRITERIA.map((c) => `level:${c.id}`),
    data.amiRows(size),
  );
  fill(
    fake,
    SRL,
    SRL_LEVELS.map((l) => `evidence:${l.level}`),
    data.srlRows(size),
  );
  fill(
    fake,
    VALUE_CAPTURE,
    VC_POINTS.map((p) => `answer:${p.id}`),
    data.answerRows(size),
  );
  fill(
    fake,
    VALUE_CAPTURE,
    VC_FAMILIES.map((f) => `amount:${f.id}`),
    data.amountRows(size),
  );
  const rnd = data.random(11);
  const items = SIAT_DIMENSIONS.flatMap((d) => d.items.map((i) => `item:${i.id}`));
  fill(
    fake,
    SIAT,
    items,
    Array.from({ length: size }, () => items.map(() => 1 + Math.floor(rnd() * 5))),
  );
  return { fake, run: (name, ...args) => addon.fn(name)(...args) };
}

/**
 * One action or sidebar endpoint on a portfolio of `size` projects. `args(runIndex)` gives the
 * endpoint's request (saveProject needs a fresh change each run); `label` names the row in the table.
 */
function task(
  name: string,
  label = name,
  args: (run: number) => unknown[] = () => [],
  setup?: (fake: GasFake, run: (name: string, ...args: unknown[]) => unknown) => void,
): BenchTask {
  return {
    name: label,
    sizes: WORKBOOK_SIZES,
    prepare(size): Prepared {
      const { fake, run } = portfolio(size);
      setup?.(fake, run);
      let lastRun = 0;
      let runs = 0;
      let result: unknown;
      let last = { byMethod: {} as Record<string, number>, cells: 0 };
      return {
        run() {
          fake.resetCalls();
          result = run(name, ...args(runs++));
          lastRun = fake.calls.total;
          last = { byMethod: { ...fake.calls.byMethod }, cells: fake.calls.cells };
          return result;
        },
        serviceCalls: () => lastRun,
        counts: () => last,
        check() {
          if (fake.ui.alerts.length) throw new Error(`${name}: ${fake.ui.alerts[0].prompt}`);
          // A sidebar endpoint that refused its request measured nothing worth printing.
          const reply = result as { ok?: boolean; error?: { message: string } } | undefined;
          if (reply?.ok === false) throw new Error(`${label}: ${reply.error?.message}`);
        },
      };
    },
  };
}

/** An action on a brand-new empty workbook each run (its creation is inside the timed run, not in the counts). */
function freshTask(name: string, label: string): BenchTask {
  return {
    name: label,
    sizes: [0],
    prepare(): Prepared {
      let last = { byMethod: {} as Record<string, number>, cells: 0, total: 0 };
      let alerts: string[] = [];
      return {
        run() {
          const fake = createGasFake();
          const addon = loadAddon(fake.createContext());
          fake.resetCalls();
          addon.fn(name)();
          last = { byMethod: { ...fake.calls.byMethod }, cells: fake.calls.cells, total: fake.calls.total };
          alerts = fake.ui.alerts.map((a) => a.prompt);
        },
        serviceCalls: () => last.total,
        counts: () => last,
        check() {
          if (alerts.length) throw new Error(`${name}: ${alerts[0]}`);
        },
      };
    },
  };
}

/** A project in the middle of the portfolio (sizes are ≥ 100). */
const MIDDLE = 'P-00050';

/**
 * Issue 11: MIDDLE assessed by five reviewers, its sync-made row named « Évaluateur 1 » and four more
 * rows at the end of every instrument sheet (where new assessments go).
 */
const ASSESSMENTS = 5;
function fiveAssessments(fake: GasFake): void {
  for (const spec of INSTRUMENT_SHEETS) {
    const sheet = fake.spreadsheet.getSheetByName(spec.name.fr)!;
    const at = locateColumns(spec, readHeader(sheet).texts);
    const ids = sheet.getRange(2, at.get('id')! + 1, sheet.getLastRow() - 1, 1).getValues();
    const row = 2 + ids.findIndex((r) => r[0] === MIDDLE);
    sheet.getRange(row, at.get('reviewer')! + 1).setValue('Évaluateur 1');
    const last = sheet.getLastRow();
    if (last + ASSESSMENTS > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), ASSESSMENTS);
    for (let k = 2; k <= ASSESSMENTS; k++) {
      sheet.getRange(last + k - 1, at.get('id')! + 1).setValue(MIDDLE);
      sheet.getRange(last + k - 1, at.get('reviewer')! + 1).setValue(`Évaluateur ${k}`);
      sheet.getRange(last + k - 1, at.get('date')! + 1).setValue(new Date(2026, 10, k));
    }
  }
}
const comment = (run: number): string => (run === 0 ? '' : `Revu ${run}`);

/** Issue 14 §5: the example grid users define, made by its menu action (« Grilles personnalisées », its sheet). */
const EXAMPLE_GRID = 'Entrée en incubation';
function withGrids(fake: GasFake, run: (name: string, ...args: unknown[]) => unknown): void {
  run('updateCustomGrids');
  // Its report (an alert) is the action's, not the measured endpoint's.
  fake.ui.alerts.length = 0;
}

/**
 * Issue 12: every project followed over time, DATED assessments each in every instrument sheet — its
 * sync-made row and DATED − 1 more at the end, about a quarter apart from 2025 on. The SRL evidence
 * moves from one to the next (up, the same, sometimes down), the other sheets repeat the project's
 * values. Written in bulk (one setValues per input column), as the portfolio is filled.
 */
const DATED = 5;
function datedAssessments(fake: GasFake): void {
  const rnd = data.random(12);
  for (const spec of INSTRUMENT_SHEETS) {
    const sheet = fake.spreadsheet.getSheetByName(spec.name.fr)!;
    const at = locateColumns(spec, readHeader(sheet).texts);
    const n = sheet.getLastRow() - 1;
    const rows = n * DATED;
    if (rows + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
    // Per project, its SRL at each assessment: a start, then +1, 0 or −1 (kept within 0–9).
    const levels = Array.from({ length: n }, () => {
      const out = [Math.floor(rnd() * 6)];
      for (let k = 1; k < DATED; k++) out.push(Math.min(9, Math.max(0, out[k - 1] + [1, 1, 0, -1][Math.floor(rnd() * 4)])));
      return out;
    });
    for (const column of spec.columns) {
      if (column.kind === 'computed' || !at.has(column.id)) continue;
      const col = at.get(column.id)! + 1;
      const first = sheet.getRange(2, col, n, 1).getValues();
      const evidence = /^evidence:(\d)$/.exec(column.id);
      const cell = (p: number, k: number): unknown => {
        if (column.id === 'date') return new Date(2025, 3 * k + (p % 3), 1 + (p % 28));
        if (column.id === 'reviewer') return 'Évaluateur 1';
        if (evidence && spec === SRL) return Number(evidence[1]) <= levels[p][k] ? 1 : '';
        return first[p][0];
      };
      sheet.getRange(2, col, rows, 1).setValues(Array.from({ length: rows }, (_, r) => [cell(r % n, Math.floor(r / n))]));
    }
  }
}

export const WORKBOOK_TASKS: readonly BenchTask[] = [
  freshTask('setupWorkbook', 'setupWorkbook (fresh)'),
  freshTask('loadDemo', 'loadDemo (fresh)'),
  task('setupWorkbook', 'setupWorkbook (complete)'),
  task('syncProjects', 'syncProjects (re-run)'),
  task('buildDashboard'),
  task('buildDashboard', 'buildDashboard (5 assessments)', () => [], datedAssessments),
  task('checkWorkbook'),
  // Issue 15 §2: every project's restitution, one block on one sheet.
  task('buildRestitutions'),
  // The panel's calls as it makes them: getContext's first one without the language, then every
  // request stating it (StatedLang); the scoring settings once per panel (getSettings), not per project.
  task('getContext', 'getContext', () => [{}]),
  task('listProjects', 'listProjects', () => [{ lang: 'fr' }]),
  task('getSettings', 'getSettings', () => [{ lang: 'fr' }]),
  task('getProject', 'getProject', () => [{ id: MIDDLE, lang: 'fr' }]),
  task('getProject', 'getProject (5 assessments)', () => [{ id: MIDDLE, reviewer: 'Évaluateur 3', lang: 'fr' }], fiveAssessments),
  // Issue 10: a grid getProject leaves out, read when its tab is first shown; then all four.
  task('getInstruments', 'getInstruments (one tab)', () => [{ id: MIDDLE, lang: 'fr', instruments: ['godin'] }]),
  task(
    'getInstruments',
    'getInstruments (4 tabs, 5 assessments)',
    () => [{ id: MIDDLE, reviewer: 'Évaluateur 3', lang: 'fr', instruments: ['isr', 'rnd', 'godin', 'protocol'] }],
    fiveAssessments,
  ),
  task('saveProject', 'saveProject (one change)', (run) => [
    { id: MIDDLE, sheet: 'ami', lang: 'fr', changes: [{ field: 'comment:caractere-collectif', before: comment(run), after: comment(run + 1) }] },
  ]),
  task(
    'saveProject',
    'saveProject (5 assessments, mine)',
    (run) => [
      {
        id: MIDDLE,
        sheet: 'ami',
        lang: 'fr',
        reviewer: 'Évaluateur 3',
        date: '2026-11-03',
        changes: [{ field: 'comment:caractere-collectif', before: comment(run), after: comment(run + 1) }],
      },
    ],
    fiveAssessments,
  ),
  // The « Grilles » tab's calls (issue 14 §5), on the example grid: made when the tab opens, and its saves
  // (the grid's sheet found by its mark, every call on it counted).
  task('getGrids', 'getGrids', () => [{ id: MIDDLE, lang: 'fr' }], withGrids),
  task(
    'saveGrid',
    'saveGrid (one change)',
    (run) => [{ id: MIDDLE, grid: EXAMPLE_GRID, lang: 'fr', changes: [{ field: 'comment', before: comment(run), after: comment(run + 1) }] }],
    withGrids,
  ),
  task('saveProject', 'saveProject (conflict)', () => [
    { id: MIDDLE, sheet: 'ami', lang: 'fr', changes: [{ field: 'comment:caractere-collectif', before: 'valeur d’un autre', after: 'x' }] },
  ]),
];
