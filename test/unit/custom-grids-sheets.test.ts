import { readGridDefinitions } from '../../src/core/grids/definition';
import { definitionHeader, exampleDefinitionRows } from '../../src/core/grids/example';
import { gridSheetSpec } from '../../src/core/grids/sheet';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { ensureCustomGrids, gridsMessage } from '../../src/sheets/grids/ensure';
import { gridSheet, readCustomGrids } from '../../src/sheets/grids/read';
import { withDocumentLock } from '../../src/sheets/lock';
import { readTable } from '../../src/sheets/table';
import { checkCustomGrids } from '../../src/sheets/diagnostic/grids';
import { assessmentRows, columnsOf, setUpWithProjects, sheet, workbookFake } from '../helpers/workbook';
import { loadDemo } from '../../src/server/actions/load-demo';
import { updateCustomGrids } from '../../src/server/actions/custom-grids';
import { buildDashboard } from '../../src/server/actions/build-dashboard';

/** Issue 14 §5: the action « Grilles personnalisées : créer / mettre à jour » on the Apps Script fake. */
const example = readGridDefinitions([definitionHeader('fr'), ...exampleDefinitionRows('fr')]).grids[0];

test('a first run creates the definition sheet with its example, then the example grid’s sheet, marked as the add-on’s', () => {
  const fake = workbookFake();
  try {
    setupWorkbook();
    const ss = fake.spreadsheet;
    const report = withDocumentLock(() => ensureCustomGrids(ss, 'fr'));
    expect(report.definitionsCreated).toBe('Grilles personnalisées');
    expect(report.problems).toEqual([]);
    expect(report.createdSheets).toEqual(['Grille – Entrée en incubation']);
    const g = sheet(fake, 'Grille – Entrée en incubation');
    const spec = gridSheetSpec(example);
    const at = columnsOf(g, spec);
    expect(g.getRange(1, at.get('group:0')!).getFormula()).toBe(
      '={HSTACK("Équipe";"Projet";"Score total");GRID_SCORE(GRILLES_PERSONNALISEES;"Entrée en incubation";E2:J;LANGUE)}',
    );
    expect(g.getRange(2, at.get('criterion:engagement-des-porteurs')!).getDataValidation()!.getCriteriaValues()[0]).toEqual(['1', '2', '3', '4']);
    expect(gridSheet(ss, example)!.getName()).toBe('Grille – Entrée en incubation');
    const read = readCustomGrids(ss);
    expect(read.grids.map((x) => x.name)).toEqual(['Entrée en incubation']);
    expect(readTable(g, spec).columns.get('criterion:maturite-de-la-solution')).toBe(at.get('criterion:maturite-de-la-solution')! - 1);
    expect(gridsMessage(report, 'fr').fr).toContain('Grilles valides : « Entrée en incubation »');
    // A second run finds everything in place.
    const again = withDocumentLock(() => ensureCustomGrids(ss, 'fr'));
    expect(again.createdSheets).toEqual([]);
    expect(again.addedColumns).toEqual([]);
  } finally {
    fake.done();
  }
});

/** Writes assessment rows of the example grid: [id, reviewer, date, levels…, recused?]. */
function assess(g: ReturnType<typeof sheet>, rows: [string, string, Date, number[], boolean?][]) {
  const at = columnsOf(g, gridSheetSpec(example));
  rows.forEach(([id, reviewer, date, levels, recused], k) => {
    const r = k + 2;
    g.getRange(r, at.get('id')!).setValue(id);
    g.getRange(r, at.get('reviewer')!).setValue(reviewer);
    g.getRange(r, at.get('date')!).setValue(date);
    if (recused) g.getRange(r, at.get('recused')!).setValue(true);
    levels.forEach((l, i) => g.getRange(r, at.get(`criterion:${example.criteria[i].id}`)!).setValue(l));
  });
}

test('the dashboard draws each grid’s mean per group over the projects’ consensus, recused assessments left out; none without grids', () => {
  const fake = workbookFake();
  try {
    setUpWithProjects(fake, 3);
    buildDashboard();
    const titles = () =>
      sheet(fake, 'Tableau de bord')
        .getCharts()
        .map((c) => String(c.getOptions().get('title')));
    expect(titles().some((t) => t.includes('Entrée en incubation'))).toBe(false);
    withDocumentLock(() => ensureCustomGrids(fake.spreadsheet, 'fr'));
    const g = sheet(fake, 'Grille – Entrée en incubation');
    assess(g, [
      // P-0001: Claire's earlier assessment is superseded by her later one; Karim's recused one is left out.
      ['P-0001', 'Claire', new Date(2025, 0, 1), [1, 1, 1, 1, 1, 1]],
      ['P-0001', 'Claire', new Date(2025, 5, 1), [4, 3, 2, 3, 2, 1]],
      ['P-0001', 'Karim', new Date(2025, 5, 2), [4, 4, 4, 4, 4, 4], true],
      // P-0002: two reviewers, mean 2,5 on each criterion.
      ['P-0002', 'Claire', new Date(2025, 5, 1), [2, 2, 2, 2, 2, 2]],
      ['P-0002', 'Karim', new Date(2025, 5, 2), [3, 3, 3, 3, 3, 3]],
      // P-0003: incomplete, not counted.
      ['P-0003', 'Claire', new Date(2025, 5, 1), [4, 4, 0 as unknown as number, 4, 4, 4].map((v) => v || (undefined as unknown as number))],
    ]);
    buildDashboard();
    const title = titles().find((t) => t.startsWith('Entrée en incubation'));
    expect(title).toBe('Entrée en incubation : score moyen par groupe, 0–100 % (2 grilles complètes)');
    const block = sheet(fake, 'Tableau de bord').getDataRange().getValues();
    const at = block.findIndex((r) => r[0] === 'Équipe') - 1;
    expect(block[at][0]).toBe('Groupe');
    // P-0001 (Claire's latest): Équipe 9/12, Projet 5/12, total 14/24 (golden test). P-0002: (2,5 − 1)/3 = 0,5 everywhere.
    // Means: Équipe (0,75 + 0,5)/2 = 0,625; Projet (5/12 + 0,5)/2 = 11/24; total (14/24 + 0,5)/2 = 13/24.
    expect(block[at + 1][0]).toBe('Équipe');
    expect(block[at + 1][1]).toBeCloseTo(0.625, 12);
    expect(block[at + 2][1]).toBeCloseTo(11 / 24, 12);
    expect(block[at + 3][0]).toBe('Score total');
    expect(block[at + 3][1]).toBeCloseTo(13 / 24, 12);
  } finally {
    fake.done();
  }
});

test('the dashboard’s calls for the grids do not grow with their rows, and grow by a constant per grid', () => {
  const callsWith = (grids: number, rows: number) => {
    const fake = workbookFake();
    try {
      setUpWithProjects(fake, 3);
      withDocumentLock(() => ensureCustomGrids(fake.spreadsheet, 'fr'));
      const defs = sheet(fake, 'Grilles personnalisées');
      const base = defs.getRange(2, 1, 6, 10).getValues();
      for (let k = 1; k < grids; k++) defs.getRange(2 + 6 * k, 1, 6, 10).setValues(base.map((r) => [`Grille ${k}`, ...r.slice(1)]));
      withDocumentLock(() => ensureCustomGrids(fake.spreadsheet, 'fr'));
      const g = sheet(fake, 'Grille – Entrée en incubation');
      assess(
        g,
        Array.from(
          { length: rows },
          (_, i) => [`P-000${1 + (i % 3)}`, `R${i}`, new Date(2025, 0, 1 + i), [1, 2, 3, 4, 1, 2]] as [string, string, Date, number[]],
        ),
      );
      fake.resetCalls();
      buildDashboard();
      return fake.calls.total;
    } finally {
      fake.done();
    }
  };
  const one = callsWith(1, 3);
  expect(callsWith(1, 60)).toBe(one);
  const perGrid = callsWith(2, 3) - one;
  expect(callsWith(3, 3) - callsWith(2, 3)).toBe(perGrid);
  // The grid's sheet: its mark's location, sheet and value (3), its data range and values (2); its chart (newChart…insertChart).
  expect(perGrid).toBeLessThanOrEqual(16);
});

test('the workbook check lists the definitions’ problems and each grid sheet’s missing column, formula and unreadable levels, with how to fix them', () => {
  const fake = workbookFake();
  try {
    setUpWithProjects(fake, 3);
    expect(checkCustomGrids(fake.spreadsheet)).toEqual([]);
    withDocumentLock(() => ensureCustomGrids(fake.spreadsheet, 'fr'));
    expect(checkCustomGrids(fake.spreadsheet).flatMap((s) => s.findings)).toEqual([]);
    const defs = sheet(fake, 'Grilles personnalisées');
    defs.getRange(8, 1, 1, 6).setValues([['Autre', '', 'Seul', 'x', 'a', 'b']]);
    const g = sheet(fake, 'Grille – Entrée en incubation');
    const at = columnsOf(g, gridSheetSpec(example));
    g.getRange(2, at.get('id')!).setValue('P-0001');
    g.getRange(2, at.get('criterion:ancrage-local')!).setValue('Fort');
    g.getRange(1, at.get('criterion:maturite-de-la-solution')!).setValue('Maturité');
    g.getRange(1, at.get('group:0')!).setValue('Équipe');
    const found = checkCustomGrids(fake.spreadsheet);
    expect(found.map((s) => [s.sheet.fr, s.findings.map((f) => f.text.fr)])).toEqual([
      [
        'Grilles personnalisées',
        [
          '« Grilles personnalisées », cellule D8 : le poids « x » du critère « Seul » n’est pas un nombre. Un poids est un nombre ≥ 0 (2, 1,5…), ou vide pour tous les critères (chacun vaut alors 1). Puis lancez « Grilles personnalisées : créer / mettre à jour ».',
        ],
      ],
      [
        'Grille – Entrée en incubation',
        [
          'Colonnes introuvables : « Maturité de la solution ». Lancez « Grilles personnalisées : créer / mettre à jour » : elles seront ajoutées en fin de feuille (vos colonnes restent en place).',
          'Niveaux illisibles : G2 « Fort ». Niveaux acceptés : 1, 2, 3 ou 4 (la liste déroulante de la cellule les propose).',
        ],
      ],
    ]);
    g.getRange(1, at.get('criterion:maturite-de-la-solution')!).setValue('Maturité de la solution');
    expect(checkCustomGrids(fake.spreadsheet)[1].findings[0].text.fr).toBe(
      'La formule de score (GRID_SCORE, en-tête de la colonne « Équipe ») manque ou a été modifiée : lancez « Grilles personnalisées : créer / mettre à jour » pour la rétablir.',
    );
  } finally {
    fake.done();
  }
});

test('a criterion added gets its column; a renamed one leaves its column in place with its data; a user’s sheet of that name is never written', () => {
  const fake = workbookFake();
  try {
    setUpWithProjects(fake, 3);
    withDocumentLock(() => ensureCustomGrids(fake.spreadsheet, 'fr'));
    const g = sheet(fake, 'Grille – Entrée en incubation');
    const at = columnsOf(g, gridSheetSpec(example));
    g.getRange(2, at.get('id')!).setValue('P-0001');
    g.getRange(2, at.get('criterion:ancrage-local')!).setValue(3);
    const defs = sheet(fake, 'Grilles personnalisées');
    // « Ancrage local » renamed, and a seventh criterion in a new group, written further down.
    defs.getRange(4, 3).setValue('Ancrage territorial');
    defs.getRange(12, 1, 1, 9).setValues([['Entrée en incubation', 'Impact', 'Publics visés', 1, '', 'aucun', 'un', 'plusieurs', 'tous']]);
    // A user's own sheet with the name a new grid would take.
    defs.getRange(13, 1, 1, 6).setValues([['Comité', '', 'Avis', '', 'non', 'oui']]);
    fake.spreadsheet.insertSheet('Grille – Comité').getRange(1, 1).setValue('mes notes');
    const report = withDocumentLock(() => ensureCustomGrids(fake.spreadsheet, 'fr'));
    expect(report.addedColumns).toEqual([{ sheet: 'Grille – Entrée en incubation', headers: ['Ancrage territorial', 'Publics visés'] }]);
    expect(report.leftInPlace).toEqual([{ sheet: 'Grille – Entrée en incubation', headers: ['Ancrage local'] }]);
    expect(report.problems.map((p) => p.render('fr'))).toEqual([
      'La feuille « Grille – Comité » n’a pas été créée par le module : elle est laissée telle quelle et la grille « Comité » n’a pas de feuille. Renommez votre feuille (ou la grille), puis relancez « Grilles personnalisées : créer / mettre à jour ».',
    ]);
    expect(sheet(fake, 'Grille – Comité').getDataRange().getValues()).toEqual([['mes notes']]);
    // The old column and its level are still there; the new score block reads the seven criteria.
    expect(g.getRange(1, at.get('criterion:ancrage-local')!).getValue()).toBe('Ancrage local');
    expect(g.getRange(2, at.get('criterion:ancrage-local')!).getValue()).toBe(3);
    const message = gridsMessage(report, 'fr').fr;
    expect(message).toContain('« Ancrage local » n’est plus un critère de la grille (renommé ou retiré) : la colonne est laissée en place avec ses données');
    expect(message).toContain('1 problème (grille refusée tant qu’il n’est pas corrigé, les autres restent utilisables) :');
    // The score block stays where it was (its first group still « Équipe ») and spills one column wider, over the new group.
    const header = g.getRange(1, 1, 1, g.getLastColumn()).getFormulas()[0];
    expect(header.filter((f) => f.includes('GRID_SCORE'))).toEqual([
      '={HSTACK("Équipe";"Projet";"Impact";"Score total");GRID_SCORE(GRILLES_PERSONNALISEES;"Entrée en incubation";HSTACK(E2:E;F2:F;S2:S;H2:H;I2:I;J2:J;T2:T);LANGUE)}',
    ]);
    // A second run: nothing more to add; the renamed criterion's column is said again, it is still there.
    const again = withDocumentLock(() => ensureCustomGrids(fake.spreadsheet, 'fr'));
    expect(again.addedColumns).toEqual([]);
    expect(again.leftInPlace).toEqual([{ sheet: 'Grille – Entrée en incubation', headers: ['Ancrage local'] }]);
  } finally {
    fake.done();
  }
});

test('the demo loads the example grid through « Grilles personnalisées », with several reviewers on one project, marked illustrative; the dashboard charts it', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    expect(readCustomGrids(fake.spreadsheet).grids.map((x) => x.name)).toEqual(['Entrée en incubation']);
    const g = sheet(fake, 'Grille – Entrée en incubation');
    const rows = assessmentRows(g, gridSheetSpec(example));
    expect(rows.map((r) => [r.id, r.reviewer])).toEqual([
      ['P-0014', 'Claire Martin'],
      ['P-0014', 'Idriss Benali'],
      ['P-0014', 'Sophie Lambert'],
      ['P-0012', 'Claire Martin'],
      ['P-0013', 'Claire Martin'],
      ['P-0013', 'Idriss Benali'],
    ]);
    expect(rows[0].name).toBe('Crèche éphémère');
    expect(String(rows[0].comment)).toMatch(/^Illustratif : la grille « Entrée en incubation » est un exemple rédigé par le module/);
    buildDashboard();
    const block = sheet(fake, 'Tableau de bord').getDataRange().getValues();
    const at = block.findIndex((r) => r[0] === 'Équipe');
    // Each project's consensus (the mean of its reviewers' levels), criteria weighted 2 1 1 | 2 1 1, levels 1–4:
    // P-0014 means 10/3 7/3 8/3 | 11/3 5/3 5/3 → Équipe (2×7/3 + 4/3 + 5/3)/12 = 23/36, Projet (2×8/3 + 2/3 + 2/3)/12 = 20/36;
    // P-0012 4 3 4 | 4 2 3 → Équipe (6 + 2 + 3)/12 = 33/36, Projet (6 + 1 + 2)/12 = 27/36;
    // P-0013 means 3 3,5 4 | 3 2,5 2 → Équipe (4 + 2,5 + 3)/12 = 28,5/36, Projet (4 + 1,5 + 1)/12 = 19,5/36.
    // Means over the three: Équipe (23 + 33 + 28,5)/108 = 84,5/108; Projet (20 + 27 + 19,5)/108 = 66,5/108;
    // total = mean of (group sums)/24: P-0014 (23/3 + 20/3)/24 = 43/72, P-0012 (11 + 9)/24 = 60/72, P-0013 (9,5 + 6,5)/24 = 48/72 → 151/216.
    expect(block[at][1]).toBeCloseTo(84.5 / 108, 12);
    expect(block[at + 1][1]).toBeCloseTo(66.5 / 108, 12);
    expect(block[at + 2][1]).toBeCloseTo(151 / 216, 12);
  } finally {
    fake.done();
  }
});

test('the menu action runs under the lock and shows its report in an alert; before setup it says what to run first', () => {
  const fake = workbookFake();
  try {
    updateCustomGrids();
    expect(fake.ui.alerts.at(-1)!.prompt).toBe(
      'Le classeur n’a pas encore de feuille « Projets » : lancez d’abord « Créer / compléter le classeur », puis « Grilles personnalisées : créer / mettre à jour ».',
    );
    setupWorkbook();
    updateCustomGrids();
    expect(fake.ui.alerts.at(-1)!.prompt).toBe(
      'Feuille « Grilles personnalisées » créée avec une grille d’exemple (« Entrée en incubation », rédigée par le module) : écrivez-y vos grilles, une ligne par critère, puis relancez l’action.\nGrilles valides : « Entrée en incubation ».\nFeuilles créées : « Grille – Entrée en incubation ».',
    );
  } finally {
    fake.done();
  }
});
