/**
 * Issue 11 §4: Projets shows, per project, the consensus of its assessments (several rows per project in
 * « Grille AMI »), recused ones left out, with the number of assessments, the largest spread and the
 * disputed criterion. Evaluated by the formula engine on the BUILT dist/Code.js (npm run build).
 */
import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook } from '../../dev/engine/workbook';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { COMMITTEE } from '../../src/core/instruments/committee';
import { AMI, column, PROJECTS } from '../../src/sheets/schema';
import { AMI_PORTFOLIO_COLUMNS } from '../../src/core/instruments/sheets';
import { type AmiAssessment, amiLevels, columnsOf, sheet, workbookFake, writeAmiAssessments, type Fake } from '../helpers/workbook';

const RUPTURE = AMI_CRITERIA.findIndex((c) => c.id === 'rupture');
const levels = amiLevels;

/** P-0001: three reviewers, and a fourth who recused; P-0002: one assessment; P-0003: none. */
const ASSESSMENTS: AmiAssessment[] = [
  { id: 'P-0001', reviewer: 'Alice Martin', levels: levels(3, 1) }, // Σ 11·3 + 1 = 34
  { id: 'P-0002', reviewer: 'Alice Martin', levels: levels(1, 1) }, // Σ 12
  { id: 'P-0001', reviewer: 'Bruno Lefèvre', levels: levels(2, 3) }, // Σ 11·2 + 3 = 25
  { id: 'P-0001', reviewer: 'Denis Roux', levels: levels(0, 0), recused: true }, // left out
  { id: 'P-0001', reviewer: 'Chloé Diallo', levels: levels(2, 2) }, // Σ 24
];

function workbook(fake: Fake, method?: string) {
  setupWorkbook();
  const projets = sheet(fake, 'Projets');
  projets.getRange(2, 1, 3, 2).setValues([
    ['P-0001', 'Épicerie solidaire'],
    ['P-0002', 'Garage associatif'],
    ['P-0003', 'Tiers-lieu'],
  ]);
  writeAmiAssessments(fake, ASSESSMENTS);
  if (method) fake.spreadsheet.getRangeByName('METHODE_CONSENSUS')!.setValue(method);
  expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
  const cols = columnsOf(projets, PROJECTS);
  return (id: string, column: string) => {
    const ids = projets
      .getRange(2, 1, 3, 1)
      .getValues()
      .map((r) => r[0]);
    return projets.getRange(2 + ids.indexOf(id), cols.get(column)!).getValue();
  };
}

test('Projets: the mean of three assessments (not the first row), the recused one left out; spread 2 on « Rupture avec l’existant » flagged', () => {
  const fake = workbookFake();
  try {
    const value = workbook(fake);
    // Per criterion: (3 + 2 + 2)/3 = 7/3 on the eleven others, (1 + 3 + 2)/3 = 2 on Rupture.
    // Total 11·7/3 + 2 = 83/3 = 27.667 (the mean of 34, 25, 24); Portage 4·7/3 = 28/3; Contenu
    // 7/3 + 2 + 7/3 = 20/3; Contexte 5·7/3 = 35/3. With Denis's zeros it would be 83/4.
    expect(value('P-0001', 'ami-total')).toBeCloseTo(83 / 3, 6);
    expect(value('P-0001', 'ami-portage')).toBeCloseTo(28 / 3, 6);
    expect(value('P-0001', 'ami-contenu')).toBeCloseTo(20 / 3, 6);
    expect(value('P-0001', 'ami-contexte')).toBeCloseTo(35 / 3, 6);
    // Three assessments (Denis recused); the eleven others differ by 3 − 2 = 1, Rupture by 3 − 1 = 2 ≥ ECART_DESACCORD (2).
    expect(value('P-0001', 'assessments')).toBe(3);
    expect(value('P-0001', 'spread')).toBe(2);
    expect(value('P-0001', 'spread-at')).toBe(RUPTURE + 1);
    expect(value('P-0001', 'disputed')).toBe("⚠ désaccord : Rupture avec l'existant");
    // A single assessment: its own figures, no spread, nothing disputed.
    expect([value('P-0002', 'ami-total'), value('P-0002', 'assessments'), value('P-0002', 'spread'), value('P-0002', 'disputed')]).toEqual([12, 1, 0, '']);
    expect([value('P-0003', 'ami-total'), value('P-0003', 'assessments'), value('P-0003', 'disputed')]).toEqual(['', 0, '']);
  } finally {
    fake.done();
  }
});

test('Projets: each reviewer’s latest assessment (issue 12); a reviewer whose latest is recused counts nowhere, their older one included', () => {
  const fake = workbookFake();
  try {
    setupWorkbook();
    sheet(fake, 'Projets')
      .getRange(2, 1, 1, 2)
      .setValues([['P-0001', 'Épicerie solidaire']]);
    const followed: [AmiAssessment, string][] = [
      [{ id: 'P-0001', reviewer: 'Alice Martin', levels: levels(0, 0) }, '2024-05-01'], // Alice's first: superseded
      [{ id: 'P-0001', reviewer: 'Alice Martin', levels: levels(3, 1) }, '02/03/2026'], // Σ 34
      [{ id: 'P-0001', reviewer: 'Bruno Lefèvre', levels: levels(2, 3) }, '2026-03-03'], // Σ 25
      [{ id: 'P-0001', reviewer: 'Denis Roux', levels: levels(1, 1) }, '2025-01-10'], // older than his recusal: left out
      [{ id: 'P-0001', reviewer: 'Denis Roux', levels: levels(0, 0), recused: true }, '2026-03-04'],
      [{ id: 'P-0001', reviewer: ' chloé  diallo ', levels: levels(2, 2) }, '2026-03-05'], // Σ 24
    ];
    writeAmiAssessments(
      fake,
      followed.map(([a]) => a),
    );
    const grid = sheet(fake, 'Grille AMI');
    grid.getRange(2, columnsOf(grid, AMI).get('date')!, followed.length, 1).setValues(followed.map(([, d]) => [d]));
    expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
    const projets = sheet(fake, 'Projets');
    const cols = columnsOf(projets, PROJECTS);
    const value = (column: string) => projets.getRange(2, cols.get(column)!).getValue();
    // Alice's, Bruno's and Chloé's latest, as in the first test: Total (34 + 25 + 24)/3 = 83/3; with
    // Alice's first and Denis's older one it would be (0 + 34 + 25 + 12 + 24)/5 = 19.
    expect(value('ami-total')).toBeCloseTo(83 / 3, 6);
    expect([value('assessments'), value('spread'), value('spread-at')]).toEqual([3, 2, RUPTURE + 1]);
  } finally {
    fake.done();
  }
});

test('Projets follows METHODE_CONSENSUS: the median of the three assessments', () => {
  const fake = workbookFake();
  try {
    const value = workbook(fake, 'médiane');
    // Median per criterion: (3, 2, 2) → 2 on the eleven others, (1, 3, 2) → 2 on Rupture: Σ 24.
    expect(value('P-0001', 'ami-total')).toBe(24);
    expect(value('P-0001', 'ami-portage')).toBe(8);
  } finally {
    fake.done();
  }
});

describe('Projets’ four AMI figures (issue 10)', () => {
  // Each reviewer's latest assessment (issue 12): the IDs, the levels blank where recused, then the reviewers and dates.
  const consensus =
    "CONSENSUS(A2:A;'Grille AMI'!A2:A;ARRAYFORMULA(IF('Grille AMI'!AF2:AF=TRUE();\"\";'Grille AMI'!E2:P));METHODE_CONSENSUS;'Grille AMI'!C2:C;'Grille AMI'!D2:D)";
  // As issue 11 wrote it: every assessment of a project, recused ones without their ID.
  const everyAssessment = "CONSENSUS(A2:A;ARRAYFORMULA(IF('Grille AMI'!AF2:AF=TRUE();\"\";'Grille AMI'!A2:A));'Grille AMI'!E2:P;METHODE_CONSENSUS)";
  const INCOMPLETE = '⚠ incomplet : 9/12 critères notés';
  const withIncomplete = (fake: Fake) => {
    setupWorkbook();
    sheet(fake, 'Projets')
      .getRange(2, 1, 3, 2)
      .setValues([
        ['P-0001', 'Épicerie solidaire'],
        ['P-0002', 'Garage associatif'],
        ['P-0003', 'Tiers-lieu'],
      ]);
    writeAmiAssessments(fake, [...ASSESSMENTS, { id: 'P-0003', reviewer: 'Alice Martin', levels: levels(2, 2).slice(0, 9) }]);
  };
  const figures = (fake: Fake, id: string) => {
    const projets = sheet(fake, 'Projets');
    const cols = columnsOf(projets, PROJECTS);
    const row = 2 + ['P-0001', 'P-0002', 'P-0003'].indexOf(id);
    return ['ami-portage', 'ami-contenu', 'ami-contexte', 'ami-total'].map((c) => projets.getRange(row, cols.get(c)!).getValue());
  };

  test('a fresh workbook: one AMI_PROFILE of the consensus, Portage to Total side by side; an incomplete grid’s status in Portage', () => {
    const fake = workbookFake();
    try {
      withIncomplete(fake);
      const projets = sheet(fake, 'Projets');
      const at = columnsOf(projets, PROJECTS);
      expect(['ami-contenu', 'ami-contexte', 'ami-total'].map((c) => at.get(c)! - at.get('ami-portage')!)).toEqual([1, 2, 3]);
      // Issue 10: Projets' AMI columns are one AMI_PORTFOLIO, the same figures (below) in one run.
      expect(projets.getRange(1, at.get('ami-portage')!).getFormula()).toBe(
        `={HSTACK("AMI Portage";"AMI Contenu";"AMI Contexte";"Total AMI";"Note normalisée /20";"Total AMI actuel";"Total AMI précédent";"Évolution AMI";"Évaluations";"Écart max AMI";"N° du critère disputé");AMI_PORTFOLIO(A2:A;'Grille AMI'!A2:A;'Grille AMI'!E2:P;'Grille AMI'!C2:C;'Grille AMI'!D2:D;'Grille AMI'!AF2:AF;METHODE_CONSENSUS;AMI_POIDS;LANGUE)}`,
      );
      expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
      // Hand-checked in the first test: 28/3, 20/3, 35/3, 83/3.
      expect(figures(fake, 'P-0001').map((v) => Math.round(Number(v) * 3))).toEqual([28, 20, 35, 83]);
      expect(figures(fake, 'P-0003')).toEqual([INCOMPLETE, '', '', '']);
    } finally {
      fake.done();
    }
  });

  test('a workbook laid out by issue 11 (Total AMI first, a formula per column) keeps its order, each formula brought to the latest-assessment consensus, the status in every column', () => {
    const fake = workbookFake();
    try {
      withIncomplete(fake);
      const projets = sheet(fake, 'Projets');
      const first = columnsOf(projets, PROJECTS).get('ami-portage')!;
      const group = (of: string, header: string, mask: string) => `={"${header}";AMI_SCORE(${of};ARRAYFORMULA(AMI_POIDS*{${mask}}))}`;
      const layout = (of: string) => [
        `={"Total AMI";AMI_SCORE(${of};AMI_POIDS)}`,
        group(of, 'AMI Portage', '1;1;1;1;0;0;0;0;0;0;0;0'),
        group(of, 'AMI Contenu', '0;0;0;0;1;1;1;0;0;0;0;0'),
        group(of, 'AMI Contexte', '0;0;0;0;0;0;0;1;1;1;1;1'),
      ];
      layout(everyAssessment).forEach((f, k) => projets.getRange(1, first + k).setFormula(f));
      // The block's other columns (issue 10) keep their headers, typed: they were apart then, each its own formula.
      AMI_PORTFOLIO_COLUMNS()
        .slice(4)
        .forEach((id, k) => projets.getRange(1, first + 4 + k).setValue(column(PROJECTS, id).header.fr));
      setupWorkbook();
      // The four columns keep their order and get their own formulas of today's consensus; Comité's
      // mark is rewritten too: it reads Projets' total, which is now elsewhere (and issue 11's main
      // wrote AMI_SCORE(CONSENSUS(…); …; 20) there).
      // Issue 10: the block's other columns, apart from its first four, get their own formulas too
      // (« Total AMI précédent » and the spread's last two are spilled by their run's first), and
      // Comité's normalised mark, which reads Projets' « AMI Portage », now elsewhere.
      expect(fake.ui.toasts.at(-1)!.message).toContain(
        'des colonnes calculées : Projets (AMI Portage, AMI Contenu, AMI Contexte, Total AMI, Note normalisée /20, Total AMI actuel, Évolution AMI, Évaluations) ; Comité (Note /20, Note normalisée /20).',
      );
      expect(projets.getRange(1, first + 4).getFormula()).toMatch(/^=\{"Note normalisée \/20";CONSENSUS\(A2:A;.*NORMALIZE_BY_REVIEWER\(/);
      expect(projets.getRange(1, first + 5).getFormula()).toContain(';HSTACK(1;2))}');
      expect(projets.getRange(1, first + 8).getFormula()).toContain('REVIEW_SPREAD(');
      expect([0, 1, 2, 3].map((k) => projets.getRange(1, first + k).getFormula())).toEqual(layout(consensus));
      expect(evaluateWorkbook(fake, loadAddon({})).errors).toEqual([]);
      expect(figures(fake, 'P-0001').map((v) => Math.round(Number(v) * 3))).toEqual([28, 20, 35, 83]);
      expect(figures(fake, 'P-0003')).toEqual([INCOMPLETE, INCOMPLETE, INCOMPLETE, INCOMPLETE]);
      // Comité's mark reads Projets' total by ID wherever it is.
      const comite = sheet(fake, 'Comité');
      expect(comite.getRange(1, columnsOf(comite, COMMITTEE).get('mark')!).getFormula()).toContain(`COLUMNS('Projets'!A1:${String.fromCharCode(64 + first)}1)`);
    } finally {
      fake.done();
    }
  });
});
