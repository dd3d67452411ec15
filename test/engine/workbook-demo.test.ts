import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook, runsAfterEdit } from '../../dev/engine/workbook';
import { AMI_CRITERIA, AMI_GROUPS } from '../../src/core/ami/grid';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { AMI, exampleSheetSpec, PROJECTS, SRL, VALUATION, VALUE_CAPTURE, WORKBOOK } from '../../src/sheets/schema';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { loadDemo } from '../../src/server/actions/load-demo';
import { syncProjects } from '../../src/server/actions/sync-projects';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../src/core/instruments';
import { COMMITTEE } from '../../src/core/instruments/committee';
import { columnLetters, sheetPrefix } from '../../src/sheets/templates/a1';
import { computedFormulas } from '../../src/sheets/templates/formulas';
import { forgetComplete } from '../../src/sheets/templates/fingerprint';
import { columnsOf, computedCells, interleavedLayout, sheet, sheetWithHeaders, workbookFake, type Fake } from '../helpers/workbook';

/**
 * The demo portfolio evaluated by the formula engine (HyperFormula running the built bundle's custom
 * functions) gives, in Projets, the summary written below by hand from examples/demo-portfolio.json.
 * Needs a built dist/Code.js (npm run build).
 */
const SUMMARY = ['ami-total', 'ami-portage', 'ami-contenu', 'ami-contexte', 'srl', 'srl-phase', 'vc-score', 'vc-flags', 'siat-index', 'social-value', 'sroi'];

const EXPECTED: Record<string, unknown[]> = {
  // Three reviewers (issue 11): Claire [3,3,3,2 | 3,3,3 | 3,2,1,3,3] (32), Idriss the same but Rupture
  // avec l'existant 1 (30), Sophie [3,3,2,2 | 3,2,3 | 3,2,2,3,3] (31). Consensus (mean):
  // [3,3,8/3,2 | 3,2,3 | 3,2,4/3,3,3]: Portage 32/3 = 10.6667, Contenu 8, Contexte 37/3 = 12.3333, total
  // 93/3 = 31 (the mean of 32, 30, 31).
  // SRL evidence 1,1,1,1,1,1,0.8 → level 6 (level 7 below the 100 % threshold) → Pilote expérimental.
  // Value capture [1,1,2,1,1] → 6; fragile (< 2): all but Co-bénéfices.
  // SIAT dimensions 3, 11/3, 4, 4.5, 4.5 → index 19.6667/5 = 3.9333.
  // Outcome: 400 × 300 € × 0.8 × 0.7 = 67,200 € in year 1, −20 % in year 2, at 3.5 %:
  // 67,200/1.035 + 53,760/1.035² = 64,927.54 + 50,185.53 = 115,113.07 €; SROI 115,113.07/150,000 = 0.7674.
  'P-0001': [
    31,
    32 / 3,
    8,
    37 / 3,
    6,
    'Pilote expérimental',
    6,
    'Prise de risque ; Sur-effort ; Pérennité des soutiens ; Élasticité de la rémunération',
    3.9333,
    115113.07,
    0.7674,
  ],
  // AMI: Claire [3,3,2,2 | 2,3,3 | 2,2,1,1,3] (10, 8, 9 → 27), Idriss the same with Potentiel de
  // transformation sociale 2 (26); Sophie recused (not counted): 10, (2 + 3 + 2.5) = 7.5, 9 → 26.5. SRL 1,1,1,0.5 → 3 (Concept). VC [1,1,2,1,0] → 5.
  // SIAT 2.25, 2, 3.5, 3.75, 3.75 → 15.25/5 = 3.05.
  // Outcome: 20 × 8,000 € × 0.7 × 0.6 × 0.9 = 60,480 €, −30 %/year over 3 years at 3.5 %:
  // 58,434.78 + 42,336/1.071225 (39,521.01) + 29,635.2/1.108718 (26,729.35) = 124,685.14 €; SROI /80,000 = 1.5586.
  'P-0002': [
    26.5,
    10,
    7.5,
    9,
    3,
    'Concept',
    5,
    'Prise de risque ; Sur-effort ; Pérennité des soutiens ; Élasticité de la rémunération',
    3.05,
    124685.14,
    1.5586,
  ],
  // No valued outcome: no social value, no SROI.
  'P-0004': [27, 9, 7, 11, 6, 'Pilote expérimental', 7, 'Prise de risque ; Sur-effort ; Pérennité des soutiens', 2.9, '', ''],
  // Three criteria not scored yet: AMI_PROFILE of the consensus says so in its first column, Portage
  // (formulas.md), its three others blank, as in Grille AMI; SRL 1,1,1,0.2 → 3.
  'P-0005': ['', '⚠ incomplet : 9/12 critères notés', '', '', 3, 'Concept', 10, 'Élasticité de la rémunération', 2.75, '', ''],
};

function summaryById(fake: Fake): Map<string, unknown[]> {
  const projets = sheet(fake, 'Projets');
  const at = columnsOf(projets, PROJECTS);
  const rows = projets.getRange(2, 1, projets.getLastRow() - 1, projets.getLastColumn()).getValues();
  const round = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v);
  return new Map(rows.map((r) => [String(r[at.get('id')! - 1]), SUMMARY.map((id) => round(r[at.get(id)! - 1]))]));
}

const near = (values: unknown[]) => values.map((v) => (typeof v === 'number' ? expect.closeTo(v, 2) : v));

test('the demo portfolio, evaluated by the formula engine, gives the hand-checked summary in Projets', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const evaluation = evaluateWorkbook(fake, loadAddon({}));
    expect(evaluation.errors).toEqual([]);
    const summary = summaryById(fake);
    for (const [id, expected] of Object.entries(EXPECTED)) expect(summary.get(id)).toEqual(near(expected));

    // Sorting Projets (and syncing) moves no score to another project: lookups are by ID.
    const projets = sheet(fake, 'Projets');
    projets.sort(columnsOf(projets, PROJECTS).get('name')!, false);
    syncProjects();
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    const sorted = summaryById(fake);
    expect(sorted.get('P-0001')).not.toBe(undefined);
    expect([...sorted.keys()]).not.toEqual([...summary.keys()]);
    for (const [id, values] of summary) expect(sorted.get(id)).toEqual(values);
  } finally {
    fake.done();
  }
});

test('the demo’s disputed project P-0001 in Projets and Comité: three assessments, spread 2 on « Rupture avec l’existant », rank and envelope', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    const row = (name: string, spec: typeof PROJECTS, id: string, columns: string[]) => {
      const s = sheet(fake, name);
      const at = columnsOf(s, spec);
      const ids = s
        .getRange(2, at.get('id')!, s.getLastRow() - 1, 1)
        .getValues()
        .map((r) => r[0]);
      return columns.map((c) => s.getRange(2 + ids.indexOf(id), at.get(c)!).getValue());
    };
    // Rupture: Claire 3, Idriss 1, Sophie 2 → spread 3 − 1 = 2 = ECART_DESACCORD.
    expect(row('Projets', PROJECTS, 'P-0001', ['assessments', 'spread', 'disputed'])).toEqual([3, 2, "⚠ désaccord : Rupture avec l'existant"]);
    // P-0002: Claire and Idriss (Sophie recused): they differ by 1 on Potentiel de transformation sociale.
    expect(row('Projets', PROJECTS, 'P-0002', ['assessments', 'spread', 'disputed'])).toEqual([2, 1, 'Potentiel de transformation sociale']);
    // P-0014: not reviewed yet.
    expect(row('Projets', PROJECTS, 'P-0014', ['ami-total', 'assessments', 'disputed'])).toEqual(['', 0, '']);
    // Comité: 31/36 × 20 = 17.2222; only P-0007 is higher (33, both its reviewers) → rank 2, tied with
    // P-0006 (31) and P-0008 ((31 + 31)/2 = 31).
    const [rank, mark, assessments, spread, disputed, decision, granted] = row('Comité', COMMITTEE, 'P-0001', [
      'rank',
      'mark',
      'assessments',
      'spread',
      'disputed',
      'decision',
      'granted',
    ]);
    expect([rank, assessments, spread, disputed, decision, granted]).toEqual([2, 3, 2, "⚠ désaccord : Rupture avec l'existant", 'Retenu', 120000]);
    expect(mark).toBeCloseTo((31 / 36) * 20, 6);
    expect(row('Comité', COMMITTEE, 'P-0007', ['rank'])).toEqual([1]);
    // Envelope 390,000 €; granted 150,000 + 120,000 + 75,000 = 345,000 €; 45,000 € left; no warning.
    const comite = sheet(fake, 'Comité');
    expect(comite.getRange(2, columnsOf(comite, COMMITTEE).get('envelope-line')!, 5, 2).getValues()).toEqual([
      ['Enveloppe de l’appel', 390000],
      ['Total accordé', 345000],
      ['Reste', 45000],
      ['Projets retenus : 3', ''],
      ['', ''],
    ]);
  } finally {
    fake.done();
  }
});

test('a SIAT item outside 1–5 is named with its value in its dimension, the index and Projets (not « incomplet : 4/5 »)', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const siat = sheet(fake, 'SIAT');
    const ids = siat
      .getRange(2, 1, siat.getLastRow() - 1, 1)
      .getValues()
      .map((r) => String(r[0]));
    const row = 2 + ids.indexOf('P-0001');
    siat.getRange(row, 5).setValue(6); // first economic item
    evaluateWorkbook(fake, loadAddon({}));
    const header = siat.getRange(1, 1, 1, siat.getLastColumn()).getValues()[0];
    const value = (h: string) => siat.getRange(row, header.indexOf(h) + 1).getValue();
    const message = "⚠ « Économique 1 » : « 6 » n'est pas compris entre 1 et 5 (l’échelle 1–5)";
    expect(value('Score Économique')).toBe(message);
    expect(value('Score Gouvernance')).toBeCloseTo(4.5, 5);
    // SIAT_INDEX passes the dimension's status on unchanged, and Projets shows it: no number stands for it.
    expect(value('Indice SIAT')).toBe(message);
    const projets = sheet(fake, 'Projets');
    const projectRow =
      2 +
      projets
        .getRange(2, 1, projets.getLastRow() - 1, 1)
        .getValues()
        .findIndex((r) => r[0] === 'P-0001');
    const projectHeader = projets.getRange(1, 1, 1, projets.getLastColumn()).getValues()[0];
    // Projets reads the project's assessments through CONSENSUS (issue 11), which names the row and the value it cannot read.
    expect(projets.getRange(projectRow, projectHeader.indexOf('Indice SIAT') + 1).getValue()).toMatch(
      /^⚠ CONSENSUS : .*« ⚠ « Économique 1 » : « 6 » n'est pas compris entre 1 et 5… » n'est pas une valeur lisible/,
    );
    // In English when the results' language is en.
    fake.spreadsheet.getRangeByName('LANGUE')!.setValue('en');
    siat.getRange(row, 5).setValue(0.5);
    evaluateWorkbook(fake, loadAddon({}));
    expect(value('Score Économique')).toBe('⚠ "Economic 1": "0.5" is not between 1 and 5 (the 1–5 scale)');
  } finally {
    fake.done();
  }
});

/** Every computed column of every sheet, by sheet, row key (ID, with the row's rank among its ID's rows) and column id. */
function computedById(fake: Fake): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const c of computedCells(fake)) {
    const key = `${c.sheet} ${c.row}`;
    out[key] = { ...out[key], [c.column]: typeof c.value === 'number' ? Math.round(c.value * 1e6) / 1e6 : c.value };
  }
  return out;
}

test('a workbook laid out the old way (AMI comments, value-capture notes interleaved) computes the same results', () => {
  const fresh = workbookFake();
  let expected: Record<string, Record<string, unknown>>;
  try {
    loadDemo();
    expect(evaluateWorkbook(fresh, loadAddon({})).errors).toEqual([]);
    expected = computedById(fresh);
  } finally {
    fresh.done();
  }
  const fake = workbookFake();
  try {
    sheetWithHeaders(fake, AMI, interleavedLayout(AMI));
    sheetWithHeaders(fake, VALUE_CAPTURE, interleavedLayout(VALUE_CAPTURE));
    loadDemo();
    const grid = sheet(fake, 'Grille AMI');
    // The old layout is kept: the second criterion's level is column E, after the first one's comment.
    expect(columnsOf(grid, AMI).get(`level:${AMI_CRITERIA[1].id}`)).toBe(5);
    expect(grid.getRange(1, columnsOf(grid, AMI).get('portage')!).getFormula()).toMatch(
      /^=\{HSTACK\("Portage";"Contenu";"Contexte";"Total AMI";"Écarts au niveau Fort"\);AMI_PROFILE_GAPS\(HSTACK\(C2:C;E2:E;G2:G;/,
    );
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    const got = computedById(fake);
    expect(Object.keys(got).length).toBeGreaterThan(60);
    expect(got).toEqual(expected);
  } finally {
    fake.done();
  }
});

/** The instrument sheet's column each Projets column looked up by ID before issue 11 (the first row of the project). */
const EARLIER_LOOKUP: Record<string, string> = {
  'ami-total': 'total',
  'ami-portage': 'portage',
  'ami-contenu': 'contenu',
  'ami-contexte': 'contexte',
  srl: 'level',
  'srl-phase': 'phase',
  'vc-score': 'score',
  'vc-flags': 'flags',
  'siat-index': 'index',
  'isr-met': 'met',
};

test('Projets set up by an earlier version (one lookup per summary column) computes the same once setup has run again', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    const expected = summaryById(fake);
    const projets = sheet(fake, 'Projets');
    const at = columnsOf(projets, PROJECTS);
    for (const id of INSTRUMENT_IDS) {
      const spec = WORKBOOK.find((s) => s.id === id)!;
      const source = columnsOf(sheet(fake, spec.name.fr), spec);
      const p = sheetPrefix(spec.name.fr);
      for (const s of INSTRUMENTS[id].summary.filter((x) => EARLIER_LOOKUP[x.id])) {
        const [from, to] = [columnLetters(source.get('id')! - 1), columnLetters(source.get(EARLIER_LOOKUP[s.id])! - 1)];
        projets
          .getRange(1, at.get(s.id)!)
          .setFormula(`={"${s.header.fr}";ARRAYFORMULA(IF(A2:A="";"";IFERROR(VLOOKUP(A2:A;${p}${from}2:${to};COLUMNS(${p}${from}1:${to}1);0);"")))}`);
      }
    }
    // The earlier version's fingerprint is not this version's (fingerprint.ts FORMAT): setup runs in full.
    forgetComplete();
    setupWorkbook();
    // One formula per block: a cell a block spills into holding a formula would stop the spill (#REF! in Sheets).
    expect(fake.cellsWithFormulas().filter((f) => f.sheet === 'Projets')).toHaveLength(computedFormulas('projects').length);
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    expect(summaryById(fake)).toEqual(expected);
  } finally {
    fake.done();
  }
});

test('a bad quantity in Valorisation: ⚠ there, and a warning in Projets’ social value and SROI, never a number', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const valuation = sheet(fake, 'Valorisation');
    const at = columnsOf(valuation, VALUATION);
    const ids = valuation
      .getRange(2, at.get('id')!, valuation.getLastRow() - 1, 1)
      .getValues()
      .map((r) => String(r[0]));
    valuation.getRange(2 + ids.indexOf('P-0001'), at.get('quantity')!).setValue('beaucoup');
    evaluateWorkbook(fake, loadAddon({}));
    expect(String(valuation.getRange(2 + ids.indexOf('P-0001'), at.get('present-value')!).getValue())).toMatch(/^⚠ /);
    const summary = summaryById(fake);
    const [socialValue, sroi] = summary.get('P-0001')!.slice(-2);
    expect(socialValue).toBe('⚠ Valorisation : un effet de ce projet n’est pas valide (voir sa « Valeur actualisée (€) »)');
    expect(sroi).toBe(socialValue);
    // The other projects are unaffected.
    expect(summary.get('P-0002')!.slice(-2)).toEqual(near(EXPECTED['P-0002'].slice(-2)));
  } finally {
    fake.done();
  }
});

test('every help example, typed in a free column of the sheet it names, computes on the demo without error or new ⚠', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const names = [...new Set(CUSTOM_FUNCTIONS.map((f) => exampleSheetSpec(f.exampleSheet).name.fr))];
    // Room for the examples, right of every spilled result: up to 12 result columns each, or the width
    // the function declares when wider (SROI_YEARS spills 50), plus a spacer each side.
    const widthOf = (f: (typeof CUSTOM_FUNCTIONS)[number]) => Math.max(12, f.resultShape(f.params.map(() => ({ rows: 2, columns: 1 }))).columns);
    const examplesOn = (n: string) => CUSTOM_FUNCTIONS.filter((f) => exampleSheetSpec(f.exampleSheet).name.fr === n);
    // The examples go right of the sheet's columns as laid out, not only of its last value: the formula
    // engine reserves a custom grid's score block one column per criterion wide (GRID_SCORE's resultShape,
    // issue 14 §5), wider than the groups it fills.
    const laidOut = new Map(names.map((n) => [n, sheet(fake, n).getMaxColumns()]));
    for (const n of names) {
      const room = examplesOn(n).reduce((sum, f) => sum + widthOf(f) + 2, 0);
      sheet(fake, n).insertColumnsAfter(sheet(fake, n).getMaxColumns(), room);
    }
    evaluateWorkbook(fake, loadAddon({}));
    const lastColumns = new Map(names.map((n) => [n, Math.max(sheet(fake, n).getLastColumn(), laidOut.get(n)!)]));
    // Rows where the sheet's own computed columns already say ⚠ (e.g. an AMI grid still being scored).
    const warned = new Map(
      names.map((n) => {
        const rows = sheet(fake, n).getRange(1, 1, sheet(fake, n).getLastRow(), lastColumns.get(n)!).getValues();
        return [n, new Set(rows.flatMap((r, i) => (r.some((v) => String(v).startsWith('⚠')) ? [i + 1] : [])))];
      }),
    );
    const placed = CUSTOM_FUNCTIONS.map((f) => {
      const name = exampleSheetSpec(f.exampleSheet).name.fr;
      const col = lastColumns.get(name)! + 2;
      lastColumns.set(name, col + widthOf(f));
      sheet(fake, name).getRange(2, col).setFormula(f.example);
      return { f, name, col };
    });
    const errors = evaluateWorkbook(fake, loadAddon({})).errors;
    expect(errors.map((e) => `${e.sheet} R${e.row}C${e.col} ${e.message}`)).toEqual([]);
    for (const { f, name, col } of placed) {
      const s = sheet(fake, name);
      const out = s
        .getRange(2, col, s.getLastRow() - 1, 1)
        .getValues()
        .map((r) => r[0]);
      expect([f.name, out.filter((v) => v !== '').length > 0]).toEqual([f.name, true]);
      const newWarnings = out.flatMap((v, i) => (String(v).startsWith('⚠') && !warned.get(name)!.has(i + 2) ? [`${f.name} row ${i + 2}: ${v}`] : []));
      expect(newWarnings).toEqual([]);
    }
  } finally {
    fake.done();
  }
});

test('a header formula of an earlier version with "," shows #ERROR! as in a French sheet; setup rewrites it and the column computes', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const srl = sheet(fake, 'SRL');
    const level = columnsOf(srl, SRL).get('level')!;
    const current = srl.getRange(1, level).getFormula();
    srl.getRange(1, level).setFormula('={"SRL atteint";SRL_LEVEL(C2:K,SEUIL_SRL)}');
    const before = evaluateWorkbook(fake, loadAddon({}));
    expect(srl.getRange(1, level).getValue()).toBe('#ERROR!');
    expect(before.errors.some((e) => e.sheet === 'SRL' && e.row === 2 && e.col === level && /^Parsing error/.test(e.message))).toBe(true);
    setupWorkbook();
    expect(srl.getRange(1, level).getFormula()).toBe(current);
    expect(fake.ui.toasts.at(-1)!.message).toContain('Formule rétablie dans l’en-tête des colonnes calculées : SRL (SRL atteint)');
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    expect(srl.getRange(1, level).getValue()).toBe('SRL atteint');
    expect(summaryById(fake).get('P-0001')![4]).toBe(6);
  } finally {
    fake.done();
  }
});

test('one edit of an AMI level runs AMI_PROFILE_GAPS in Grille AMI and AMI_PORTFOLIO in Projets, nothing in Comité', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const grid = sheet(fake, 'Grille AMI');
    const level = columnsOf(grid, AMI).get(`level:${AMI_CRITERIA[0].id}`)!;
    expect(runsAfterEdit(fake, loadAddon({}), 'Grille AMI', 3, level)).toEqual({
      // Grille AMI's five columns in one run (issue 10: AMI_PROFILE and AMI_GAPS before).
      AMI_PROFILE_GAPS: 1,
      // Projets' AMI columns side by side in one run (issue 10): the consensus profile, the normalised
      // mark, the total now and before and its change, the spread — before, AMI_PROFILE of one
      // CONSENSUS, one LATEST, REVIEW_SPREAD, and Comité's CONSENSUS of NORMALIZE_BY_REVIEWER; Comité
      // now reads its mark and its normalised mark from Projets by ID (no run).
      AMI_PORTFOLIO: 1,
    });
    // A comment changes no result: nothing runs.
    expect(runsAfterEdit(fake, loadAddon({}), 'Grille AMI', 3, columnsOf(grid, AMI).get(`comment:${AMI_CRITERIA[0].id}`)!)).toEqual({});
  } finally {
    fake.done();
  }
});

test('a Grille AMI set up by the previous version (an AMI_SCORE per group and for the total) gets the AMI_PROFILE_GAPS block at the next setup, with the same results', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    const expected = computedById(fake);
    const grid = sheet(fake, 'Grille AMI');
    const at = columnsOf(grid, AMI);
    // The header formulas the previous version wrote: a weights mask per group.
    for (const g of AMI_GROUPS) {
      const mask = AMI_CRITERIA.map((c) => (c.group === g.id ? 1 : 0)).join(';');
      grid.getRange(1, at.get(g.id)!).setFormula(`={"${g.label.fr}";ARRAYFORMULA(AMI_SCORE(C2:N;AMI_POIDS*{${mask}}))}`);
    }
    grid.getRange(1, at.get('total')!).setFormula('={"Total AMI";AMI_SCORE(C2:N;AMI_POIDS)}');
    // Its gaps, AMI_GAPS in their own column (as the version before issue 10's AMI_PROFILE_GAPS wrote them).
    grid.getRange(1, at.get('gaps')!).setFormula('={"Écarts au niveau Fort";AMI_GAPS(E2:P;3;LANGUE)}');
    expect(fake.cellsWithFormulas().filter((f) => f.sheet === 'Grille AMI')).toHaveLength(5);
    // The previous version's fingerprint is not this version's (fingerprint.ts FORMAT): setup runs in full.
    forgetComplete();
    setupWorkbook();
    // One formula per block: the cells the block spills into are emptied (else #REF! in Sheets).
    expect(fake.cellsWithFormulas().filter((f) => f.sheet === 'Grille AMI')).toHaveLength(computedFormulas('ami').length);
    expect(grid.getRange(1, at.get('portage')!).getFormula()).toBe(
      '={HSTACK("Portage";"Contenu";"Contexte";"Total AMI";"Écarts au niveau Fort");AMI_PROFILE_GAPS(E2:P;AMI_POIDS;3;LANGUE)}',
    );
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    expect(computedById(fake)).toEqual(expected);
  } finally {
    fake.done();
  }
});
