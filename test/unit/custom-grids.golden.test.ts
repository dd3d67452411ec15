import { readGridDefinitions } from '../../src/core/grids/definition';
import { definitionHeader, exampleDefinitionRows, exampleGrid } from '../../src/core/grids/example';
import { gridProfile } from '../../src/core/grids/score';
import { gridSheetSpec } from '../../src/core/grids/sheet';
import { call } from '../helpers/functions';
import { localeProblems } from '../helpers/formula-syntax';
import { gridFormula } from '../../src/sheets/grids/ensure';
import { headerFormula } from '../../src/sheets/templates/a1';

/**
 * Issue 14 §5, grids users define: the definitions' checks (one message per problem, naming its
 * cell), and the score computed by hand. Rows are sheet rows: the header is row 1.
 */
const HEADER = ['Grille', 'Groupe', 'Critère', 'Poids', 'Niveau 0', 'Niveau 1', 'Niveau 2', 'Niveau 3', 'Niveau 4', 'Niveau 5'];
const row = (grid: string, group: string, criterion: string, weight: unknown, levels: Record<number, string>) => [
  grid,
  group,
  criterion,
  weight,
  ...[0, 1, 2, 3, 4, 5].map((l) => levels[l] ?? ''),
];
const L0to3 = { 0: 'rien', 1: 'peu', 2: 'assez', 3: 'beaucoup' };
const read = (...rows: unknown[][]) => readGridDefinitions([HEADER, ...rows]);
const messages = (...rows: unknown[][]) => read(...rows).problems.map((p) => p.render('fr'));

describe('definitions', () => {
  test('a grid’s rows need not be contiguous; levels 0–3; groups in order of first appearance; blank weights are 1', () => {
    const { grids, problems } = read(
      row('AMI local', 'Portage', 'Équipe', '', L0to3),
      row('Autre', '', 'Seul', '', { 1: 'a', 2: 'b' }),
      row('ami LOCAL', 'Contexte', 'Territoire', '', L0to3),
      row('AMI local', 'Portage', 'Réseau', '', L0to3),
    );
    expect(problems).toEqual([]);
    expect(grids.map((g) => g.name)).toEqual(['AMI local', 'Autre']);
    const ami = grids[0];
    expect(ami.levels).toEqual([0, 1, 2, 3]);
    expect(ami.groups).toEqual(['Portage', 'Contexte']);
    expect(ami.criteria.map((c) => [c.id, c.group, c.weight, c.row])).toEqual([
      ['equipe', 'Portage', 1, 2],
      ['territoire', 'Contexte', 1, 4],
      ['reseau', 'Portage', 1, 5],
    ]);
    expect(ami.criteria[0].descriptors).toEqual(['rien', 'peu', 'assez', 'beaucoup']);
  });

  test('headers are found by name, in any order, case and accents ignored; English works', () => {
    const values = [
      ['criterion', 'LEVEL 2', 'grid', 'Level 1', 'weight'],
      ['Idea', 'good', 'Mine', 'poor', 2],
    ];
    const { grids, problems } = readGridDefinitions(values);
    expect(problems).toEqual([]);
    expect(grids[0]).toMatchObject({ name: 'Mine', levels: [1, 2], criteria: [{ label: 'Idea', weight: 2, descriptors: ['poor', 'good'] }] });
  });

  test('a criterion leaving blank a level its grid’s other criteria describe: refused, naming the cell', () => {
    expect(messages(row('G', '', 'A', '', L0to3), row('G', '', 'B', '', { 0: 'x', 1: 'y', 3: 'z' }))).toEqual([
      '« Grilles personnalisées », cellule G3 : le critère « B » ne décrit pas le niveau 2, que d’autres critères de la grille « G » décrivent. Chaque critère décrit chaque niveau de la grille (0 à 3).',
    ]);
  });

  test('a gap between levels (no criterion describes level 2): refused', () => {
    const gap = { 1: 'a', 3: 'c', 4: 'd' };
    const out = read(row('G', '', 'A', '', gap), row('Autre', '', 'X', '', { 1: 'a', 2: 'b' }));
    expect(out.problems.map((p) => p.render('fr'))).toEqual([
      '« Grilles personnalisées », cellule G2 : la grille « G » saute le niveau 2 (aucun critère ne le décrit, alors qu’elle va de 1 à 4). Décrivez le niveau 2 pour chaque critère : les niveaux d’une grille se suivent.',
    ]);
    // The other grid is still usable.
    expect(out.grids.map((g) => g.name)).toEqual(['Autre']);
    expect(out.refused).toEqual(['G']);
  });

  test('a duplicate criterion (case, accents and punctuation ignored): refused at the second', () => {
    expect(messages(row('G', '', 'Qualité de l’équipe', '', L0to3), row('G', '', "QUALITE de l'equipe", '', L0to3))).toEqual([
      "« Grilles personnalisées », cellule C3 : le critère « QUALITE de l'equipe » figure déjà dans la grille « G » (ligne 2, majuscules, accents et ponctuation ignorés). Chaque critère d’une grille doit avoir un intitulé distinct.",
    ]);
  });

  test('a criterion without a grid name, a row of a grid without a criterion, a criterion without any descriptor', () => {
    expect(messages(row('', '', 'Orphelin', '', L0to3))).toEqual([
      '« Grilles personnalisées », cellule A2 : le critère « Orphelin » n’a pas de nom de grille. Écrivez dans la colonne « Grille » le nom de la grille à laquelle il appartient.',
    ]);
    expect(messages(row('G', 'Bloc', '', '', L0to3), row('G', '', 'B', '', L0to3))).toEqual([
      '« Grilles personnalisées », cellule C2 : cette ligne de la grille « G » n’a pas de critère. Écrivez l’intitulé du critère, ou videz la ligne.',
    ]);
    expect(messages(row('G', '', 'A', '', L0to3), row('G', '', 'Vide', '', {}))).toEqual([
      '« Grilles personnalisées », cellule C3 : le critère « Vide » n’a aucun descripteur de niveau. Décrivez dans les colonnes « Niveau … » ce que vaut chaque niveau de la grille pour ce critère.',
    ]);
  });

  test('fewer than 2 levels: refused', () => {
    expect(messages(row('G', '', 'A', '', { 2: 'x' }))).toEqual([
      '« Grilles personnalisées », cellule G2 : la grille « G » ne décrit qu’un niveau (2) : il en faut au moins deux (par exemple « Niveau 1 » à « Niveau 4 ») pour noter.',
    ]);
  });

  test('weights: not a number, negative, all zero, blank beside numbers (said why); « 1,5 » reads as 1.5', () => {
    expect(messages(row('G', '', 'A', 'lourd', L0to3), row('G', '', 'B', -1, L0to3))).toEqual([
      '« Grilles personnalisées », cellule D2 : le poids « lourd » du critère « A » n’est pas un nombre. Un poids est un nombre ≥ 0 (2, 1,5…), ou vide pour tous les critères (chacun vaut alors 1).',
      '« Grilles personnalisées », cellule D3 : le poids « -1 » du critère « B » n’est pas positif ou nul. Un poids est un nombre ≥ 0 (2, 1,5…), ou vide pour tous les critères (chacun vaut alors 1).',
    ]);
    expect(messages(row('G', '', 'A', 0, L0to3), row('G', '', 'B', '0', L0to3))).toEqual([
      '« Grilles personnalisées », cellule D2 : tous les poids de la grille « G » valent 0 : aucun score ne peut être calculé. Donnez un poids positif à au moins un critère.',
    ]);
    expect(messages(row('G', '', 'A', 2, L0to3), row('G', '', 'B', '', L0to3))).toEqual([
      '« Grilles personnalisées », cellule D3 : le critère « B » n’a pas de poids alors que d’autres critères de la grille « G » en ont un (cellule D2) : un poids vide vaut 1 seulement quand aucun critère n’en a. Donnez un poids à chaque critère, ou à aucun.',
    ]);
    expect(read(row('G', '', 'A', '1,5', L0to3), row('G', '', 'B', 0, L0to3)).grids[0].criteria.map((c) => c.weight)).toEqual([1.5, 0]);
  });

  test('grid names: a character no sheet name may hold, too long, the same but for punctuation, one of the add-on’s sheets', () => {
    expect(messages(row('Grille 2024/25', '', 'A', '', L0to3))).toEqual([
      '« Grilles personnalisées », cellule A2 : le nom de grille « Grille 2024/25 » contient un caractère qu’un nom de feuille ne peut pas avoir ([ ] * ? : / \\). Renommez la grille sans ces caractères.',
    ]);
    expect(messages(row('x'.repeat(95), '', 'A', '', L0to3))[0]).toContain(
      'a 95 caractères : sa feuille « Grille – … » dépasserait les 100 caractères d’un nom de feuille. Raccourcissez-le à 91 caractères au plus.',
    );
    expect(messages(row('Incubation-2025', '', 'A', '', L0to3), row('Incubation 2025', '', 'B', '', L0to3))).toEqual([
      '« Grilles personnalisées », cellule A3 : le nom de grille « Incubation 2025 » ne se distingue de « Incubation-2025 » que par la ponctuation : leurs feuilles se confondraient. Donnez-leur des noms différents (ou le même, pour une seule grille).',
    ]);
    expect(messages(row('AMI', '', 'A', '', L0to3))).toEqual([
      '« Grilles personnalisées », cellule A2 : la feuille de la grille « AMI » se confondrait avec la feuille « Grille AMI » du module. Renommez la grille.',
    ]);
  });

  test('a criterion or group named like a column of the assessment sheet: refused (its header would be ambiguous)', () => {
    expect(messages(row('G', '', 'Date', '', L0to3))).toEqual([
      '« Grilles personnalisées », cellule C2 : « Date » ne peut pas être un critère : c’est le nom d’une colonne de la feuille d’évaluation (ID, Nom du projet, Évaluateur, Date, État de l’évaluation, Déport, Motif du déport, Commentaire, Score total). Renommez le critère.',
    ]);
    expect(messages(row('G', 'A', 'A', '', L0to3), row('G', 'A', 'B', '', L0to3))).toEqual([
      '« Grilles personnalisées », cellule B2 : le groupe « A » porte le nom d’un critère ou d’une colonne de la feuille d’évaluation : sa colonne de score se confondrait avec elle. Renommez le groupe.',
    ]);
  });

  test('a header row without the needed columns: one message, no grid', () => {
    expect(readGridDefinitions([['Nom', 'Critère', 'Niveau 1', 'Niveau 2']]).problems.map((p) => p.render('fr'))).toEqual([
      '« Grilles personnalisées », ligne 1 : la ligne d’en-tête doit nommer les colonnes « Grille », « Critère » et au moins deux colonnes « Niveau 0 » à « Niveau 5 » (il manque « Grille ») ; « Groupe » et « Poids » sont facultatives.',
    ]);
  });

  test('messages come in English too, naming the sheet as the workbook names it', () => {
    const out = readGridDefinitions([HEADER, row('G', '', 'A', 'x', L0to3)], { sheetName: 'Custom grids' });
    expect(out.problems[0].render('en')).toBe(
      '"Custom grids", cell D2: the weight "x" of the criterion "A" is not a number. A weight is a number ≥ 0 (2, 1.5…), or blank for every criterion (each then counts 1).',
    );
  });
});

describe('score (the add-on’s rule, computed by hand)', () => {
  const grid = exampleGrid();
  // The example: Équipe — Engagement (w 2), Compétences (1), Ancrage (1); Projet — Besoin (2), Modèle (1), Maturité (1); levels 1–4.
  test('the example grid reads back from its own rows', () => {
    expect(grid.name).toBe('Entrée en incubation');
    expect(grid.levels).toEqual([1, 2, 3, 4]);
    expect(grid.groups).toEqual(['Équipe', 'Projet']);
    expect(grid.criteria.map((c) => c.weight)).toEqual([2, 1, 1, 2, 1, 1]);
  });

  test('levels 4 3 2 | 3 2 1', () => {
    // Équipe: (2×(4−1) + 1×(3−1) + 1×(2−1)) / ((2+1+1)×3) = (6+2+1)/12 = 9/12 = 0,75.
    // Projet: (2×(3−1) + 1×(2−1) + 1×(1−1)) / 12 = 5/12.
    // Total: (9 + 5) / 24 = 14/24 = 0,5833….
    const p = gridProfile(grid, [4, 3, 2, 3, 2, 1]);
    expect(p.status).toBe('ok');
    expect(p.groups[0]).toBeCloseTo(0.75, 12);
    expect(p.groups[1]).toBeCloseTo(5 / 12, 12);
    expect(p.total).toBeCloseTo(14 / 24, 12);
  });

  test('all at the lowest level: 0; all at the highest: 1; a reviewers’ mean between levels counts', () => {
    expect(gridProfile(grid, [1, 1, 1, 1, 1, 1])).toMatchObject({ groups: [0, 0], total: 0 });
    expect(gridProfile(grid, [4, 4, 4, 4, 4, 4])).toMatchObject({ groups: [1, 1], total: 1 });
    // 2,5 everywhere (typed « 2,5 »): (2,5 − 1)/3 = 0,5 in every group.
    expect(gridProfile(grid, ['2,5', 2.5, 2.5, 2.5, 2.5, 2.5])).toMatchObject({ groups: [0.5, 0.5], total: 0.5 });
  });

  test('incomplete and invalid rows, and the ungrouped criteria counting in the total only', () => {
    expect(gridProfile(grid, [4, '', 2, 3, 2, ''])).toMatchObject({ status: 'incomplete', message: { fr: 'incomplet : 4/6 critères notés' } });
    const bad = gridProfile(grid, [4, 'Fort', 2, 3, 2, 1]);
    expect(bad.status).toBe('invalid');
    expect(bad.message!.fr).toBe(
      '« Compétences réunies » : « Fort » n’est pas un niveau de la grille « Entrée en incubation » (niveaux acceptés : 1, 2, 3 ou 4)',
    );
    expect(gridProfile(grid, [4, 5, 2, 3, 2, 1]).status).toBe('invalid');
    const { grids } = read(row('G', 'Bloc', 'A', '', { 0: 'x', 1: 'y' }), row('G', '', 'B', '', { 0: 'x', 1: 'y' }));
    // Bloc: A at 1 → 1/1 = 1; total (1 + 0) / 2 = 0,5.
    expect(gridProfile(grids[0], [1, 0])).toMatchObject({ groups: [1], total: 0.5 });
  });
});

describe('GRID_SCORE', () => {
  const defs = [definitionHeader('fr'), ...exampleDefinitionRows('fr')];
  test('one row per level row: groups then total; statuses and bad values as the other functions say them', () => {
    const out = call('GRID_SCORE', defs, 'Entrée en incubation', [
      [4, 3, 2, 3, 2, 1],
      ['', '', '', '', '', ''],
      [4, '', 2, 3, 2, ''],
      [4, 'Fort', 2, 3, 2, 1],
    ]) as unknown[][];
    expect(out[0][0]).toBeCloseTo(0.75, 12);
    expect(out[0][2]).toBeCloseTo(14 / 24, 12);
    expect(out[1]).toEqual(['', '', '']);
    expect(out[2]).toEqual(['⚠ incomplet : 4/6 critères notés', '', '']);
    expect(out[3][0]).toBe(
      '⚠ GRID_SCORE : 4e ligne de la plage, « Compétences réunies » : « Fort » n’est pas un niveau de la grille « Entrée en incubation » (niveaux acceptés : 1, 2, 3 ou 4)',
    );
  });

  test('an unknown grid, a refused grid, a wrong width: the call is refused with what to fix', () => {
    expect(() => call('GRID_SCORE', defs, 'Inconnue', [[1, 1, 1, 1, 1, 1]])).toThrow(
      'GRID_SCORE : la grille « Inconnue » n’est pas définie dans les définitions reçues (grilles valides : « Entrée en incubation »)',
    );
    const refused = [...defs, row('Mauvaise', '', 'A', 'x', L0to3)];
    expect(() => call('GRID_SCORE', refused, 'mauvaise', [[1]])).toThrow('GRID_SCORE : « Grilles personnalisées », cellule D8 : le poids « x »');
    expect(() => call('GRID_SCORE', defs, 'Entrée en incubation', [[1, 2]])).toThrow(
      'GRID_SCORE : la plage levels doit avoir 6 colonnes (une par critère de la grille « Entrée en incubation ») ; elle en a 2',
    );
  });

  test('the sheet’s header formula parses in every locale, the grid’s name a text literal (quotes doubled)', () => {
    const { grids } = read(row('Grille « 2025 » ; "bis", v1.5', '', 'A', '', L0to3));
    const g = grids[0];
    const spec = gridSheetSpec(g);
    const f = gridFormula(g);
    const written = headerFormula(
      f.columns.map((id) => spec.columns.find((c) => c.id === id)!.header.fr),
      f.body({ at: (id) => spec.columns.findIndex((c) => c.id === id), sheetName: () => '' }),
    );
    expect(written).toBe('={"Score total";GRID_SCORE(GRILLES_PERSONNALISEES;"Grille « 2025 » ; ""bis"", v1.5";E2:E;LANGUE)}');
    expect(localeProblems(written)).toEqual([]);
  });
});
