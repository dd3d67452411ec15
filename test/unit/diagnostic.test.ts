/**
 * « Diagnostic du classeur »: the workbook's problems said with their fix, the locale, and the
 * behaviours of real Sheets tried on a scratch sheet (here: the fake's model, no formula computed).
 */
import type { createGasFake } from '../../dev/gas-fake';
import { checkWorkbook } from '../../src/server/actions/check-workbook';
import { loadDemo } from '../../src/server/actions/load-demo';
import { SCRATCH_SHEET } from '../../src/sheets/diagnostic/probes';
import { diagnose, localeAdvice, reportSections } from '../../src/sheets/diagnostic/report';
import { AMI, column, PROJECTS, SIAT, SRL, SYSTEM, VALUE_CAPTURE } from '../../src/sheets/schema';
import { columnLetters } from '../../src/sheets/templates/a1';
import { columnsOf, fillProjects, sheet, workbookFake, type Fake } from '../helpers/workbook';

let fake: Fake;
afterEach(() => fake?.done());

/** The demo workbook, as setup and « Charger l’exemple » leave it. */
function demo(options?: Parameters<typeof createGasFake>[0]): Fake {
  fake = workbookFake(options);
  loadDemo();
  fake.ui.toasts.length = 0;
  return fake;
}

/** The report as lines: `# section`, then its items. */
function report(lang: 'fr' | 'en' = 'fr'): string[] {
  return reportSections(diagnose(fake.spreadsheet), lang).flatMap((s) => [`# ${s.title}`, ...s.items]);
}
/** The findings of one sheet (the lines of its section). */
function findingsOf(name: string, lang: 'fr' | 'en' = 'fr'): string[] {
  return reportSections(diagnose(fake.spreadsheet), lang).find((s) => s.title === name)?.items ?? [];
}
/** Column letter of a column of a sheet, found by header as the add-on finds it. */
const letter = (name: string, spec: typeof PROJECTS, id: string) => columnLetters(columnsOf(sheet(fake, name), spec).get(id)! - 1);

const PENDING = 'Pas encore de résultat (calcul en cours, ou rien ne calcule les formules ici) : relancez le diagnostic dans quelques secondes.';

test('the demo workbook: nothing to fix, the locale, and the probes as the fake (no calculator) answers them', () => {
  demo();
  expect(report()).toEqual([
    '# Le classeur',
    'Aucun problème trouvé dans les feuilles du module.',
    '# Paramètres régionaux',
    'Paramètres régionaux du classeur : fr_FR (Fichier › Paramètres). On y tape les décimales avec une virgule (0,8) et un tableau en ligne avec « \\ » ({1\\2}). « ; » entre les arguments fonctionne toujours, quelle que soit la langue (c’est ainsi que le module écrit ses formules).',
    '# Essais en direct',
    'Écrits sur une feuille temporaire, supprimée ensuite : ce que ce classeur fait réellement, là où les tests hors ligne ne pouvaient que supposer.',
    `… en attente — Une formule écrite avec « ; » entre les arguments se calcule sans erreur. ${PENDING} Formule relue : =SUM(1;2).`,
    `… en attente — Une formule avec HSTACK (au lieu du tableau {a,b}) se calcule. ${PENDING}`,
    // The fake models the stricter reading (dev/gas-fake/values.ts): the apostrophe stays visible in `@`.
    "✗ réfuté — Un texte précédé d’une apostrophe se relit sans elle, dans une cellule au format Texte brut (@). Relu : « 'texte » — l’apostrophe reste visible.",
    '✓ confirmé — Un texte précédé d’une apostrophe se relit sans elle, dans une cellule au format Automatique. Relu : « texte ».',
    '✓ confirmé — Un texte commençant par « = », écrit par la règle du module pour le texte, reste du texte. Relu : « =1+1 ».',
    `… en attente — Une fonction du module (AMI_LEVEL) se calcule dans ce classeur. ${PENDING}`,
  ]);
});

describe('the sheets', () => {
  test('a missing sheet: setup creates it', () => {
    demo();
    fake.spreadsheet.deleteSheet(sheet(fake, 'Valorisation'));
    expect(findingsOf('Valorisation')).toEqual([
      '✗ Feuille absente (ni « Valorisation » ni « Valuation ») : lancez « Créer / compléter le classeur », qui la crée.',
    ]);
    expect(findingsOf('Valuation', 'en')).toEqual([
      '✗ Sheet missing (neither "Valorisation" nor "Valuation"): run "Create / complete the workbook", which creates it.',
    ]);
  });

  test('missing or renamed headers, with the unrecognised columns that may be them', () => {
    demo();
    const projets = sheet(fake, 'Projets');
    projets.getRange(`${letter('Projets', PROJECTS, 'holder')}1`).setValue('Porteuse du projet (2024)');
    projets.getRange(`${letter('Projets', PROJECTS, 'territory')}1`).setValue('');
    expect(findingsOf('Projets')).toEqual([
      '✗ En-têtes introuvables (colonnes supprimées ou renommées) : « Porteur », « Territoire ». Si vous en avez renommé une, rendez-lui ce nom ; sinon lancez « Créer / compléter le classeur », qui ajoute les colonnes manquantes en fin de feuille.',
      'ⓘ Colonnes non reconnues, gardées telles quelles (l’une d’elles est-elle une colonne renommée ?) : « Porteuse du projet (2024) ».',
    ]);
  });

  test('a header formula typed over or changed; the same formula respelled is not a change', () => {
    demo();
    const ami = sheet(fake, 'Grille AMI');
    const portage = `${letter('Grille AMI', AMI, 'portage')}1`;
    ami.getRange(portage).setValue('Portage'); // the formula's results pasted as values
    // What Sheets may give back: `;` for `,`, spaces, lower case, quotes and `$` differently.
    const srl = sheet(fake, 'SRL');
    const level = srl.getRange(`${letter('SRL', SRL, 'level')}1`);
    level.setFormula(level.getFormula().replace('SRL_LEVEL(E2:M;SEUIL_SRL)', 'srl_level( $E$2:$M , seuil_srl )'));
    expect(level.getFormula()).toContain('srl_level(');
    // A formula changed by hand (Grille AMI's gaps, its own formula before issue 10, are now spilled
    // by Portage's AMI_PROFILE_GAPS: SRL's label instead).
    const labelAt = `${letter('SRL', SRL, 'label')}1`;
    const label = srl.getRange(labelAt);
    label.setFormula(label.getFormula().replace(';LANGUE)', ')'));
    expect(findingsOf('SRL')).toEqual([
      `✗ Colonne calculée « ${column(SRL, 'label').header.fr} » (${labelAt}) : sa formule d’en-tête n’est pas celle du module (modifiée à la main, ou écrite par une version précédente). Lancez « Créer / compléter le classeur » : il la rétablit (une modification faite à la main sera remplacée).`,
    ]);
    expect(findingsOf('Grille AMI')).toEqual([
      `✗ Colonne calculée « Portage » (${portage}) : sa formule d’en-tête a disparu (la cellule contient « Portage »), la colonne ne se calcule plus. Lancez « Créer / compléter le classeur » : il réécrit la formule.`,
    ]);
  });

  test('#NAME?: enable the add-on in this document', () => {
    demo();
    const at = columnsOf(sheet(fake, 'Grille AMI'), AMI).get('portage')!;
    fake.setComputedValue('Grille AMI', 1, at, '#NAME?');
    const [line] = findingsOf('Grille AMI');
    expect(line).toBe(
      `✗ Colonne calculée « Portage » (${columnLetters(at - 1)}1) affiche une erreur. #NAME? : les fonctions du module ne sont pas reconnues dans ce document. Activez le module dans ce document : Extensions › Grilles d’innovation sociale › Utiliser dans ce document (ou ouvrez son menu), puis rechargez la page. Une copie du classeur doit être activée à son tour.`,
    );
  });

  test('#REF! on a spill names the cells in its way, below and right of a block formula', () => {
    demo();
    const vc = sheet(fake, 'Captation de valeur');
    const at = columnsOf(vc, VALUE_CAPTURE).get('dominant')!;
    const [col, right] = [columnLetters(at - 1), columnLetters(at)];
    fake.setComputedValue('Captation de valeur', 1, at, '#REF!');
    vc.getRange(`${col}5`).setValue('Marché');
    vc.getRange(`${right}1`).setValue('Hybridité (mon calcul)');
    expect(findingsOf('Captation de valeur')).toEqual([
      `✗ Colonne calculée « Famille dominante » (${col}1) affiche une erreur. #REF! : la formule désigne une feuille ou une colonne supprimée, ou son résultat ne peut pas s’étendre parce que des cellules non vides sont sur son passage. Cellules qui bloquent le résultat : ${right}1, ${col}5. Videz-les (le module les calcule), le résultat s’étendra de lui-même.`,
    ]);
  });

  test('a header still computing (« Loading… ») is a note, not a problem', () => {
    demo();
    const at = columnsOf(sheet(fake, 'Grille AMI'), AMI).get('portage')!;
    fake.setComputedValue('Grille AMI', 1, at, 'Loading...');
    expect(report().slice(0, 4)).toEqual([
      '# Le classeur',
      'Aucun problème trouvé dans les feuilles du module.',
      '# Grille AMI',
      `ⓘ Colonne calculée « Portage » (${columnLetters(at - 1)}1) : en cours de calcul. Relancez le diagnostic dans quelques secondes.`,
    ]);
  });

  test('#ERROR! under the add-on’s own formula: what it means, and the data to fix (setup would change nothing)', () => {
    demo();
    const at = columnsOf(sheet(fake, 'Projets'), PROJECTS).get('sroi')!;
    fake.setComputedValue('Projets', 3, at, '#ERROR!');
    const [line] = findingsOf('Projets');
    expect(line).toMatch(
      new RegExp(
        `^✗ Colonne calculée « SROI » \\(${columnLetters(at - 1)}1\\) affiche une erreur \\(en ${columnLetters(at - 1)}3\\)\\. #ERROR! : la formule ne se lit pas`,
      ),
    );
    expect(line).toContain('Le message s’affiche en survolant la cellule (Apps Script ne peut pas le lire).');
    expect(line).toMatch(/La formule est bien celle du module : c’est une donnée qu’elle refuse\. Survolez la cellule : le message nomme la valeur à corriger/);
    expect(line).not.toContain('il réécrit la formule');
  });

  test('#ERROR! under a formula that is not the add-on’s: setup writes it again', () => {
    demo();
    const projets = sheet(fake, 'Projets');
    const at = columnsOf(projets, PROJECTS).get('sroi')!;
    projets.getRange(1, at).setFormula('={"SROI";ARRAYFORMULA(1/0)}');
    fake.setComputedValue('Projets', 1, at, '#ERROR!');
    const lines = findingsOf('Projets');
    expect(lines.some((l) => /SROI.*n’est pas celle du module/.test(l))).toBe(true);
    expect(lines.find((l) => l.includes('affiche une erreur'))).toMatch(/Puis lancez « Créer \/ compléter le classeur » : il réécrit la formule\.$/);
  });

  test('duplicate IDs and filled rows without an ID, with their rows (and names)', () => {
    demo();
    const projets = sheet(fake, 'Projets');
    projets.getRange('A4').setValue('P-0001');
    projets.getRange('A20:B20').setValues([['', "'<img src=x onerror=alert(1)>"]]);
    sheet(fake, 'SRL').getRange('A3').setValue('');
    expect(findingsOf('Projets')).toEqual([
      '✗ ID en double : P-0001 (lignes 2, 4). Chaque projet a une seule ligne dans Projets (les feuilles des grilles ont, elles, une ligne par évaluation) : la synchronisation laisse de côté un ID en double. Supprimez la ligne en trop ou corrigez son ID.',
      '✗ Lignes remplies sans ID : 20 (« <img src=x onerror=alert(1)> ») ; lancez « Synchroniser les projets » : il leur attribue un ID.',
    ]);
    expect(findingsOf('SRL')).toEqual([
      "✗ Lignes remplies sans ID : 3 (« Act'ice – réinsertion des personnes placées sous main de … ») ; saisissez l’ID du projet (celui de Projets) ou supprimez la ligne.",
    ]);
    // Several outcomes per project are the rule in Valorisation: no duplicate there.
    expect(findingsOf('Valorisation')).toEqual([]);
  });

  test('instrument sheets hold one row per assessment: several rows of a project are fine, a repeated (ID, reviewer, day) is not', () => {
    demo();
    const grid = sheet(fake, 'Grille AMI');
    const at = columnsOf(grid, AMI);
    const row = grid.getLastRow() + 1;
    // P-0001's demo row is unnamed and undated; two reviewers add theirs, one twice on the same day
    // (name written another way), one on another day.
    const rows: [string, string, Date | string][] = [
      ['P-0001', 'Claire Martin', new Date(2026, 2, 12)],
      ['P-0001', 'Idriss Benali', new Date(2026, 2, 12)],
      ['P-0001', ' claire  MARTIN', new Date(2026, 2, 12)],
      ['P-0001', 'Claire Martin', new Date(2026, 3, 2)],
    ];
    rows.forEach(([id, reviewer, date], k) => {
      grid.getRange(row + k, at.get('id')!).setValue(id);
      grid.getRange(row + k, at.get('reviewer')!).setValue(reviewer);
      grid.getRange(row + k, at.get('date')!).setValue(date);
    });
    expect(findingsOf('Grille AMI')).toEqual([
      `✗ Évaluations en double (même projet, même évaluateur, même jour) : P-0001, Claire Martin, 12/03/2026 (lignes ${row}, ${row + 2}). Chacune compte dans le consensus, comme si l’évaluateur avait donné deux avis, et le module n’en fusionne aucune. Gardez-en une (reportez-y ce qui compte dans l’autre, puis supprimez l’autre) ou corrigez l’évaluateur ou la date de l’une.`,
    ]);
    expect(findingsOf('Grille AMI', 'en')[0]).toMatch(
      /^✗ Duplicate assessments \(same project, same reviewer, same day\): P-0001, Claire Martin, 2026-03-12 \(rows /,
    );
    // Two unnamed, undated rows of one project are one assessment twice too (the demo's P-0014, not
    // reviewed yet, has an unnamed row in SRL; a second one below the projects).
    const srl = sheet(fake, 'SRL');
    const unnamed =
      srl
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 'P-0014') + 1;
    const extra = srl.getLastRow() + 1;
    srl.getRange(extra, 1).setValue('P-0014');
    expect(findingsOf('SRL')[0]).toMatch(
      new RegExp(
        `^✗ Évaluations en double \\(même projet, même évaluateur, même jour\\) : P-0014, évaluateur sans nom, sans date \\(lignes ${unnamed}, ${extra}\\)\\.`,
      ),
    );
    expect(findingsOf('Projets')).toEqual([]);
  });

  test('a named reviewer’s assessment without a date, and a date that is no date, with what to do', () => {
    demo();
    const grid = sheet(fake, 'SIAT');
    const at = columnsOf(grid, SIAT);
    // The demo's Claire Martin scored P-0001 on a day: her date cleared.
    grid.getRange(2, at.get('reviewer')!).setValue('Claire Martin');
    grid.getRange(2, at.get('date')!).setValue('');
    grid.getRange(3, at.get('date')!).setValue('bientôt');
    grid.getRange(4, at.get('reviewer')!).setValue('Idriss Benali');
    grid.getRange(4, at.get('date')!).setValue('31/02/2026');
    expect(findingsOf('SIAT')).toEqual([
      '✗ Évaluations sans date : lignes 2 (P-0001, Claire Martin). Sans date, on ne sait ni à quelle session l’évaluation appartient ni laquelle est la plus récente. Saisissez dans « Date » le jour où elle a été faite (jj/mm/aaaa).',
      '✗ Dates illisibles : lignes 3 (P-0002 : « bientôt »), 4 (P-0003 : « 31/02/2026 »). Ce n’est pas une date : l’évaluation ne peut être située ni dans une session ni par rapport aux autres (LATEST signale ⚠ pour ce projet). Saisissez dans « Date » une date (jj/mm/aaaa), celle du jour où l’évaluation a été faite.',
    ]);
    expect(findingsOf('SIAT', 'en')[1]).toBe(
      '✗ Dates that are no date: rows 3 (P-0002: "bientôt"), 4 (P-0003: "31/02/2026"). This is not a date: the assessment cannot be placed in a round nor among the others (LATEST shows ⚠ for this project). Type in "Date" a date (dd/mm/yyyy), the day the assessment was made.',
    );
  });

  test('English, for someone who chose it', () => {
    demo();
    sheet(fake, 'Projets').getRange('A4').setValue('P-0001');
    expect(report('en')).toEqual(
      expect.arrayContaining([
        '# The workbook',
        '1 point to fix, sheet by sheet:',
        '✗ Duplicate IDs: P-0001 (rows 2, 4). Each project has one row in Projects (the grids’ sheets have one row per assessment): the sync leaves a duplicate ID out. Delete the extra row or correct its ID.',
        '✓ confirmed — A text written with a leading apostrophe reads back without it, in an Automatic cell. Read back: "texte".',
      ]),
    );
  });

  test('reads each sheet in a block: the same service calls for 15 projects and for 315', () => {
    demo();
    const count = () => {
      fake.resetCalls();
      diagnose(fake.spreadsheet);
      return { ...fake.calls.byMethod };
    };
    const small = count();
    fillProjects(fake, 315);
    expect(count()).toEqual(small);
    // No cell-by-cell read: values and formulas once per sheet, plus the scratch sheet's block.
    // Ten sheets since « Comité » (issue 11) and issue 14's « R&D sociale » and « Marqueurs Godin »; twelve
    // with « Protocole » and « Système social cible » (issue 14 §3–§4).
    // « Grilles personnalisées » (issue 14 §5) read once too, and the grid's sheet, found by its
    // developer-metadata mark (the fake counts the calls on what the mark leads to since this stop).
    expect(small['Range.getValues']).toBe(12 + 1 + 1 + 1);
    expect(small['Range.getFormulas']).toBe(12 + 1 + 1);
    expect(small['Range.getValue'] ?? 0).toBe(0);
  });
});

describe('the locale', () => {
  test('French, English and other locales', () => {
    expect(localeAdvice('en_US').fr).toBe(
      'Paramètres régionaux du classeur : en_US (Fichier › Paramètres). On y tape les décimales avec un point (0.8), et Sheets affiche « , » entre les arguments. « ; » entre les arguments fonctionne toujours, quelle que soit la langue (c’est ainsi que le module écrit ses formules).',
    );
    expect(localeAdvice('de_DE').fr).toBe(
      'Paramètres régionaux du classeur : de_DE (Fichier › Paramètres). Les décimales s’y tapent selon les conventions de cette langue. « ; » entre les arguments fonctionne toujours, quelle que soit la langue (c’est ainsi que le module écrit ses formules).',
    );
    demo({ spreadsheetLocale: 'en_GB' });
    expect(findingsOf('Paramètres régionaux')[0]).toMatch(/^Paramètres régionaux du classeur : en_GB /);
  });
});

describe('the scratch sheet', () => {
  test('is removed afterwards, the active sheet given back, and a user’s sheet of the same name untouched', () => {
    demo();
    const mine = fake.spreadsheet.insertSheet(SCRATCH_SHEET);
    mine.getRange('A1').setValue('à moi');
    fake.spreadsheet.setActiveSheet(sheet(fake, 'SRL'));
    const names = fake.spreadsheet.getSheets().map((s) => s.getName());
    diagnose(fake.spreadsheet);
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
    expect(sheet(fake, SCRATCH_SHEET).getDataRange().getValues()).toEqual([['à moi']]);
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('SRL');
  });

  test('is removed even when a probe fails', () => {
    demo();
    const names = fake.spreadsheet.getSheets().map((s) => s.getName());
    fake.hooks.onFlush = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    expect(() => diagnose(fake.spreadsheet)).toThrow(/Service Spreadsheets failed/);
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
  });
});

describe('the menu action', () => {
  test('shows the report in a dialog, text only (sheet content escaped), under the document lock', () => {
    demo();
    sheet(fake, 'Projets')
      .getRange('A20:B20')
      .setValues([['', "'<img src=x onerror=alert(1)>"]]);
    fake.locks.log.length = 0;
    checkWorkbook();
    expect(fake.ui.dialogs).toHaveLength(1);
    const { dialogTitle, content } = fake.ui.dialogs[0];
    expect(dialogTitle).toBe('Diagnostic du classeur');
    expect(content).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(content).not.toMatch(/<img|<script|onerror=alert\(1\)>/i);
    expect(fake.locks.log.map((l) => `${l.lock} ${l.op}`)).toEqual(['document tryLock', 'document releaseLock']);
  });

  test('when someone else holds the lock: the usual alert, no dialog, no scratch sheet', () => {
    demo();
    const names = fake.spreadsheet.getSheets().map((s) => s.getName());
    fake.locks.holdDocumentLock();
    checkWorkbook();
    expect(fake.ui.dialogs).toEqual([]);
    expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/une autre personne ou une autre action/);
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
  });
});

describe('the probes’ verdicts', () => {
  test('from what each cell reads back: a result, « Loading… », an error, another value', () => {
    demo();
    // A stand-in for Sheets' calculation on flush: what a first real install might show.
    fake.hooks.onFlush = () => {
      for (const c of fake.cellsWithFormulas().filter((f) => f.sheet === SCRATCH_SHEET)) {
        if (c.formula.startsWith('=SUM')) fake.setComputedValue(c.sheet, c.row, c.col, 'Loading...');
        else if (c.formula.startsWith('=HSTACK')) {
          fake.setComputedValue(c.sheet, c.row, c.col, 1);
          fake.setComputedValue(c.sheet, c.row, c.col + 1, 3);
        } else fake.setComputedValue(c.sheet, c.row, c.col, '#NAME?');
      }
    };
    const probes = reportSections(diagnose(fake.spreadsheet), 'fr').at(-1)!.items;
    expect(probes[1]).toBe(`… en attente — Une formule écrite avec « ; » entre les arguments se calcule sans erreur. ${PENDING} Formule relue : =SUM(1;2).`);
    expect(probes[2]).toBe('✗ réfuté — Une formule avec HSTACK (au lieu du tableau {a,b}) se calcule. Résultat : « 3 » au lieu de 2.');
    expect(probes[6]).toBe(
      '✗ réfuté — Une fonction du module (AMI_LEVEL) se calcule dans ce classeur. #NAME? : les fonctions du module ne sont pas reconnues dans ce document. Activez le module dans ce document : Extensions › Grilles d’innovation sociale › Utiliser dans ce document (ou ouvrez son menu), puis rechargez la page. Une copie du classeur doit être activée à son tour.',
    );
  });
});

describe('the target social system (issue 14 §3)', () => {
  test('each bad actor row named with its row and column and what is accepted; an ID Projets does not have; the demo’s five actors pass', () => {
    demo();
    const system = sheet(fake, 'Système social cible');
    const at = columnsOf(system, SYSTEM);
    expect(findingsOf('Système social cible')).toEqual([]);
    // The demo's rows 2–6 are P-0001's five actors; below them: a bad category, a duplicate, an unknown project.
    const put = (row: number, cells: Record<string, string>) => {
      for (const [id, v] of Object.entries(cells)) system.getRange(row, at.get(id)!).setValue(v);
    };
    put(7, { id: 'P-0002', actor: 'CAF', category: 'Financement', role: 'Rôle-clé' });
    put(8, {
      id: 'P-0001',
      actor: 'ville de bordeaux',
      category: system.getRange(`${letter('Système social cible', SYSTEM, 'category')}3`).getValue() as string,
      role: 'Rôle marginal',
    });
    put(9, { id: 'P-0099', actor: 'Association', category: 'Plaidoyer', role: 'chef' });
    put(10, { id: 'P-0099', actor: 'Fondation', category: 'Plaidoyer', role: 'Rôle marginal' });
    const found = findingsOf('Système social cible');
    expect(found[0]).toBe(
      '✗ « Système social cible », ligne 7, colonne « Catégorie d’innovation » : « Financement » n’est pas une catégorie d’innovation : Expérimentation, Coopération, Modélisation ou Plaidoyer.',
    );
    expect(found[1]).toMatch(
      /^✗ « Système social cible », lignes 3 et 8 : « ville de bordeaux » figure deux fois pour P-0001 en « .+ » \(un rôle par acteur et par catégorie : gardez une ligne\)\.$/,
    );
    expect(found[2]).toMatch(/^✗ « Système social cible », ligne 9, colonne « Rôle » : « chef » n’est pas un rôle : « L'acteur concerné a un rôle-clé/);
    expect(found[3]).toBe(
      '✗ Acteurs d’un projet absent de Projets : P-0099 (lignes 9, 10). Corrigez l’ID (celui du projet dans Projets), ou ajoutez le projet dans Projets.',
    );
    expect(found).toHaveLength(4);
  });
});
