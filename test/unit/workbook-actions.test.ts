import { AMI, INSTRUMENT_SHEETS, PROJECTS, SRL, VALUATION } from '../../src/sheets/schema';
import { buildDashboard } from '../../src/server/actions/build-dashboard';
import { loadDemo } from '../../src/server/actions/load-demo';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { counted } from '../../src/server/actions/run';
import { syncMessage, syncProjects } from '../../src/server/actions/sync-projects';
import { emptySyncReport, type SyncReport } from '../../src/sheets/sync';
import { bundledDemo, loadDemo as loadDemoInto } from '../../src/sheets/demo';
import { withDocumentLock } from '../../src/sheets/lock';
import { columnsOf, fillProjects, sheet, withFake, workbookFake, type Fake } from '../helpers/workbook';

const instrumentIds = (fake: Fake, name: string) =>
  sheet(fake, name)
    .getRange(2, 1, sheet(fake, name).getLastRow() - 1, 2)
    .getValues();

describe('syncProjects', () => {
  test(
    'gives every project its row (ID and name) in each instrument sheet, generates missing IDs, reports duplicates',
    withFake((fake) => {
      setupWorkbook();
      const projets = sheet(fake, 'Projets');
      projets.getRange(2, 1, 5, 2).setValues([
        ['P-0007', 'Épicerie'],
        ['', 'Garage solidaire'],
        ['P-0003', 'Crèche'],
        ['P-0003', 'Doublon'],
        ['P-0010', 'Tiers-lieu'],
      ]);
      syncProjects();
      expect(projets.getRange(3, 1).getValue()).toBe('P-0011');
      for (const spec of INSTRUMENT_SHEETS) {
        expect(instrumentIds(fake, spec.name.fr)).toEqual([
          ['P-0007', 'Épicerie'],
          ['P-0011', 'Garage solidaire'],
          ['P-0010', 'Tiers-lieu'],
        ]);
      }
      const message = fake.ui.toasts.at(-1)!.message;
      expect(message).toContain(
        'Lignes ajoutées : Grille AMI 3, SRL 3, Captation de valeur 3, SIAT 3, Innovation de rupture 3, R&D sociale 3, Marqueurs Godin 3, Protocole 3, … (+1).',
      );
      expect(message).toContain('ID attribués aux lignes sans ID de Projets : P-0011 (ligne 3).');
      expect(message).toContain('ID en double, projets laissés de côté : P-0003 (Projets, 4 / 5).');

      // Fixed duplicate and a renamed project: the next sync adds the one and renames the other.
      projets.getRange(5, 1, 1, 2).setValues([['P-0012', 'Ressourcerie']]);
      projets.getRange(2, 2).setValue('Épicerie mobile');
      syncProjects();
      expect(instrumentIds(fake, 'SRL')).toEqual([
        ['P-0007', 'Épicerie mobile'],
        ['P-0011', 'Garage solidaire'],
        ['P-0010', 'Tiers-lieu'],
        ['P-0003', 'Crèche'],
        ['P-0012', 'Ressourcerie'],
      ]);
      expect(fake.ui.toasts.at(-1)!.message).toContain(
        'Noms mis à jour : Grille AMI 1, SRL 1, Captation de valeur 1, SIAT 1, Innovation de rupture 1, R&D sociale 1, Marqueurs Godin 1, Protocole 1, … (+1).',
      );
    }),
  );

  test(
    'a generated ID is never one still used by the rows of a project deleted from Projets (instrument sheets, Valorisation)',
    withFake((fake) => {
      setupWorkbook();
      const projets = sheet(fake, 'Projets');
      projets.getRange(2, 1, 3, 2).setValues([
        ['P-0001', 'Épicerie'],
        ['P-0002', 'Crèche'],
        ['P-0003', 'Tiers-lieu'],
      ]);
      syncProjects();
      const grid = sheet(fake, 'Grille AMI');
      const level = columnsOf(grid, AMI).get('level:caractere-collectif')!;
      grid.getRange(4, level).setValue('Fort'); // P-0003's score

      // The highest-ID project is deleted from Projets (its scores stay), and a project is added without an ID.
      projets.deleteRow(4);
      projets.getRange(4, 2).setValue('Garage solidaire');
      syncProjects();
      expect(projets.getRange(4, 1).getValue()).toBe('P-0004');
      expect(fake.ui.toasts.at(-1)!.message).toContain('ID attribués aux lignes sans ID de Projets : P-0004 (ligne 4).');
      expect(instrumentIds(fake, 'Grille AMI')).toEqual([
        ['P-0001', 'Épicerie'],
        ['P-0002', 'Crèche'],
        ['P-0003', 'Tiers-lieu'],
        ['P-0004', 'Garage solidaire'],
      ]);
      expect(grid.getRange(4, level).getValue()).toBe('Fort');
      expect(grid.getRange(5, level).getValue()).toBe('');

      // An ID found only in Valorisation (the project's rows deleted everywhere else) is reserved too.
      const valuation = sheet(fake, 'Valorisation');
      valuation.getRange(2, columnsOf(valuation, VALUATION).get('id')!).setValue('P-0009');
      projets.getRange(5, 2).setValue('Ressourcerie');
      syncProjects();
      expect(projets.getRange(5, 1).getValue()).toBe('P-0010');
    }),
  );

  test(
    'rows are matched by ID, never by position: sorting Projets then syncing keeps every score with its project',
    withFake((fake) => {
      loadDemo();
      const grid = sheet(fake, 'Grille AMI');
      const before = JSON.stringify(fake.snapshot().sheets.filter((s) => s.name !== 'Projets'));
      const projets = sheet(fake, 'Projets');
      projets.sort(columnsOf(projets, PROJECTS).get('name')!, false);
      projets.getRange(projets.getLastRow() + 1, 1, 1, 2).setValues([['P-0100', 'Nouveau projet']]);
      syncProjects();
      // Existing rows untouched; the new project appended after them.
      const after = fake.snapshot().sheets.filter((s) => s.name !== 'Projets');
      // The demo's 15 projects, its 6 other assessments (issue 11) and its follow-ups' 9 earlier ones
      // (issue 12), then the new project.
      const demo = bundledDemo();
      const assessed = demo.projects.length + demo.reviews!.length + demo.history!.filter((h) => h.ami).length;
      expect(assessed).toBe(15 + 6 + 9);
      const gridAfter = grid.getRange(2, 1, assessed + 1, 3).getValues();
      expect(gridAfter[assessed]).toEqual(['P-0100', 'Nouveau projet', '']);
      expect(gridAfter.slice(0, 15).map((r) => r[0])).toEqual(bundledDemo().projects.map((p) => p.id));
      // The sheets of one row per project (the instruments, and « Comité » since issue 11) get the new one; the others are untouched.
      const synced = (name: string) => INSTRUMENT_SHEETS.some((i) => i.name.fr === name) || name === 'Comité';
      expect(after.filter((s) => !synced(s.name))).toEqual(JSON.parse(before).filter((s: { name: string }) => !synced(s.name)));
      // Projets finds each project's assessments by ID (AMI_PORTFOLIO): sorting did not touch its formulas.
      const at = columnsOf(projets, PROJECTS);
      expect(projets.getRange(1, at.get('ami-portage')!).getFormula()).toContain(
        "AMI_PORTFOLIO(A2:A;'Grille AMI'!A2:A;'Grille AMI'!E2:P;'Grille AMI'!C2:C;'Grille AMI'!D2:D;",
      );
    }),
  );

  test(
    'user text stays literal text: a name starting with = is copied as text, never as a formula',
    withFake((fake) => {
      setupWorkbook();
      sheet(fake, 'Projets')
        .getRange(2, 1, 1, 2)
        .setValues([['P-0001', '\'=IMPORTXML("http://x";"//a")']]);
      syncProjects();
      const grid = sheet(fake, 'Grille AMI');
      expect(grid.getRange(2, 2).getValue()).toBe('=IMPORTXML("http://x";"//a")');
      expect(fake.cellsWithFormulas().filter((f) => f.row > 1)).toEqual([]);
    }),
  );

  test(
    'without the template it asks for setupWorkbook first (alert), writing nothing',
    withFake((fake) => {
      syncProjects();
      expect(fake.ui.alerts.at(-1)!.prompt).toContain('Lancez d’abord « Créer / compléter le classeur »');
    }),
  );
});

describe('loadDemo', () => {
  test(
    'fills an empty workbook with the bundled portfolio, marked as illustrative',
    withFake((fake) => {
      loadDemo();
      const demo = bundledDemo();
      expect(demo.projects.length).toBeGreaterThanOrEqual(14);
      const projets = sheet(fake, 'Projets');
      const at = columnsOf(projets, PROJECTS);
      expect(projets.getRange(2, at.get('name')!).getValue()).toBe("Sécurité sociale de l'alimentation en Gironde");
      expect(projets.getRange(2, at.get('call')!).getValue()).toBe(
        'Exemple – données illustratives : projets tirés des études de cas des documents sources ; scores, montants, statuts, quantités et effets inventés pour la démonstration',
      );
      expect(projets.getRange(2, at.get('investment')!).getValue()).toBe(150000);
      const grid = sheet(fake, 'Grille AMI');
      expect(grid.getRange(2, columnsOf(grid, AMI).get('level:viabilite-economique')!).getValue()).toBe('Faible');
      const srl = sheet(fake, 'SRL');
      expect(srl.getRange(2, columnsOf(srl, SRL).get('evidence:7')!).getValue()).toBe(0.8);
      const valuation = sheet(fake, 'Valorisation');
      expect(valuation.getRange(2, columnsOf(valuation, VALUATION).get('proxy-source')!).getValue()).toMatch(/Proxy illustratif/);
      expect(fake.ui.toasts.at(-1)!.message).toMatch(
        /^Exemple chargé : 15 projets et 11 effets valorisés\. Les données sont illustratives \(scores, montants, statuts, quantités et effets inventés/,
      );
    }),
  );

  test('the demo states only what its source documents say: no invented status, place or detail about a real organisation', () => {
    const demo = bundledDemo();
    const byName = (start: string) => demo.projects.find((p) => p.name.startsWith(start))!;
    // Seed 002: the Département du Val-de-Marne is a member of Coop Bio Île-de-France — nothing about an application.
    expect(byName('Coop Bio')).toMatchObject({ status: '', territory: 'Île-de-France' });
    // Seeds 001 and 002 give no status; seed 003's case studies are « démarches accompagnées ».
    for (const name of ['Coop Bio', 'Crèche éphémère', 'Graines de Pays', "Initi'elles"]) expect(byName(name).status).toBe('');
    for (const p of demo.projects.slice(0, 11)) expect(p.status).toBe('Accompagné');
    // Details the seeds do not state.
    const text = JSON.stringify(demo);
    for (const invented of [
      'incinérées',
      'milieu rural',
      "Parcours d'accompagnement modélisé",
      'allocation alimentaire',
      'six mois après la sortie',
      "parcours d'insertion",
      'démarches en ligne',
      'Pérenniser le financement',
    ]) {
      expect(text).not.toContain(invented);
    }
    expect(byName('Graines de Pays').evidence).toContain('Accessibilité aux usages du numérique');
    expect(byName('Mundao').territory).toBe('Bordeaux, Lyon, Poitiers');
    expect(byName('La Collective').evidence).toBe("Parcours d'accompagnement à modéliser puis à expérimenter");
  });

  test(
    'refuses a workbook that already holds projects, changing nothing',
    withFake((fake) => {
      setupWorkbook();
      sheet(fake, 'Projets').getRange(2, 2).setValue('Mon projet');
      const before = JSON.stringify(fake.snapshot());
      loadDemo();
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/^Le classeur contient déjà des projets \(feuille « Projets »\)/);
    }),
  );

  test(
    'formula-injection strings in the demo’s text stay literal',
    withFake((fake) => {
      const demo = bundledDemo();
      const evil = { ...demo, projects: [{ ...demo.projects[0], name: '=HYPERLINK("http://x";"clic")', holder: '+SUM(1;1)', improvements: '@x' }] };
      withDocumentLock(() => loadDemoInto(fake.spreadsheet, 'fr', evil));
      expect(fake.cellsWithFormulas().filter((f) => f.row > 1 && f.sheet !== 'Tableau de bord')).toEqual([]);
      expect(sheet(fake, 'Projets').getRange(2, 2, 1, 2).getValues()).toEqual([['=HYPERLINK("http://x";"clic")', '+SUM(1;1)']]);
      expect(sheet(fake, 'SIAT').getRange(2, 2).getValue()).toBe('=HYPERLINK("http://x";"clic")');
    }),
  );
});

describe('buildDashboard', () => {
  test(
    'draws the portfolio’s native charts from a data block; a re-run replaces its own charts only',
    withFake((fake) => {
      loadDemo();
      buildDashboard();
      const dash = sheet(fake, 'Tableau de bord');
      const titles = () => dash.getCharts().map((c) => String(c.getOptions().get('title')));
      expect(titles()).toEqual([
        'Projets par niveau SRL',
        'Projets par phase SRL',
        // P-0005's grid is incomplete, P-0014 not reviewed yet (its first row; issue 11's demo).
        'Profil AMI moyen par critère (13 grilles complètes)',
        'Profil AMI moyen par groupe',
        'Classement par total AMI (13 premiers)',
        'Fragilités de captation de valeur (15 grilles complètes)',
        'Mix des familles de captation (€)',
        'Dimensions SIAT (score moyen 1–5)',
        'Innovation sociale de rupture : projets par caractéristiques réunies (2 grilles renseignées)',
        // Issue 14's demo: social R&D answered for P-0001 (all five met) and P-0004; the Godin markers for P-0012 and P-0013.
        'R&D sociale : projets par critère réuni (1 sur 2 réunissent les 5 critères)',
        'Marqueurs Godin : niveau moyen par bloc, 0–3 (2 grilles complètes)',
        // Issue 14 §4's demo: P-0001's protocol, steps 1 to 4 done: SRL 4 and 5 evidenced.
        'Protocole d’expérimentation : projets par niveau SRL étayé (1 protocole renseigné)',
        // Issue 14 §5's demo: the example grid users define, P-0012, P-0013 and P-0014 assessed.
        'Entrée en incubation : score moyen par groupe, 0–100 % (3 grilles complètes)',
        // The committee's (issue 11): P-0001 (3 assessments), P-0002, P-0007, P-0008 (2 each); Rupture on P-0001 spreads 2.
        // The four projects the demo follows over time (issue 12) do not: each is Claire Martin's alone,
        // and only a reviewer's latest assessment is compared (her progress is no disagreement).
        'Accord entre évaluateurs : écart moyen par critère AMI (4 projets à plusieurs évaluations ; 1 écarts ≥ 2)',
        'Décisions du comité et enveloppe (€)',
        'Avancement des évaluateurs : dossiers évalués (sur assignés)',
        // The portfolio over time (issue 12): test/unit/dashboard-over-time.test.ts pins its figures.
        'Répartition des SRL par trimestre',
        'Progression depuis la dernière évaluation',
        'Projets par phase SRL et temps dans la phase (les 5 plus anciens de chaque phase)',
        // The SROI (issue 13): test/unit/dashboard-sroi.test.ts pins its figures.
        'Valeur sociale actualisée par partie prenante (€)',
        'Valeur sociale actualisée par famille d’effet (€)',
        'Sensibilité du SROI du portefeuille : ratio bas et haut, une hypothèse à la fois',
        'Valeurs de bascule (le ratio à 1:1)',
        // Issue 14 §3's demo: P-0001's five actors, a key role in Expérimentation and Plaidoyer (test/unit/dashboard-system.test.ts).
        'Système social cible : projets ayant un acteur au rôle-clé, par catégorie (1 projet renseigné)',
      ]);
      const block = dash.getRange(1, 1, 160, 3).getValues();
      const table = (title: string) => block.slice(block.findIndex((r) => r[0] === title) + 1);
      // Every demo project names the three reviewers (Projets « Évaluateurs »): Claire marked all but
      // P-0014 (not reviewed yet) « Terminée »; Idriss P-0001, P-0002, P-0008; Sophie P-0001, P-0007 and
      // her recusal on P-0002 — the rule of the panel's « Mes dossiers ».
      expect(table('Évaluateur').slice(0, 4)).toEqual([
        ['Claire Martin (14 / 15)', 14, ''],
        ['Idriss Benali (3 / 15)', 3, ''],
        ['Sophie Lambert (3 / 15)', 3, ''],
        ['', '', ''],
      ]);
      expect(block[3]).toEqual(['Projets', 15, '']);
      // Each project's SRL as Projets computes it: the consensus (mean) of each reviewer's latest
      // assessment's evidence at the 100 % threshold. The projects followed over time (issue 12) are
      // Claire Martin's alone: her latest counts, P-0013 7 (3 → 5 → 7), P-0010 4 (4, 4, 4), P-0011 5
      // (4 → 6 → 5), P-0015 8 (6 → 7 → 7 → 8). Level 3: P-0002, P-0005; 4: P-0003, P-0010; 5: P-0006,
      // P-0009, P-0011; 6: P-0001, P-0004, P-0007, P-0012, P-0014; 7: P-0008, P-0013; 8: P-0015 (the
      // mean of every assessment gave [0, 0, 0, 3, 3, 2, 6, 1, 0, 0]: P-0013 at 3).
      expect(
        table('Niveau SRL')
          .slice(0, 10)
          .map((r) => r[1]),
      ).toEqual([0, 0, 0, 2, 2, 3, 5, 2, 1, 0]);
      // Lustrac: 3+3+3+3 + 3+3+3 + 3+2+2+3+2 = 33. Gironde, as Projets shows it (issue 11): the consensus
      // of Claire's 3+3+3+2 + 3+3+3 + 3+2+1+3+3 = 32, Idriss's 30 and Sophie's 31 → 93 / 3 = 31, tied
      // with two other projects at 31 (not Claire's 32 alone, the first row).
      const ranking = table('Projet');
      expect(ranking[0]).toEqual(['Quartier Rural en Transition de Lustrac', 33, '']);
      for (const [, total] of ranking.slice(1, 4)) expect(total).toBeCloseTo(31, 9);
      expect(ranking.slice(1, 4).map((r) => r[0])).toContain("Sécurité sociale de l'alimentation en Gironde");
      expect(table('Groupe')[0]).toEqual(['Portage', expect.any(Number), 12]);
      // ISR, from the demo: P-0001 meets the 4 characteristics, P-0002 one; the others are not assessed (left out).
      expect(table('Caractéristiques réunies').slice(0, 6)).toEqual([
        ['0 / 4', 0, ''],
        ['1 / 4', 1, ''],
        ['2 / 4', 0, ''],
        ['3 / 4', 0, ''],
        ['4 / 4', 1, ''],
        ['', '', ''],
      ]);

      const userChart = dash.newChart().setChartType(Charts.ChartType.LINE).addRange(sheet(fake, 'Projets').getRange('A1:B5')).setPosition(40, 1, 0, 0).build();
      dash.insertChart(userChart);
      buildDashboard();
      expect(dash.getCharts()).toHaveLength(25); // its 24 (the committee's three since issue 11, the portfolio over time's three since issue 12, the SROI's four since issue 13, issue 14's five with the target social system and the example grid users define) and the user's
      expect(titles().filter((t) => t === 'Projets par niveau SRL')).toHaveLength(1);
      expect(fake.ui.toasts.at(-1)!.message).toBe('« Tableau de bord » mis à jour : 15 projets, 13 grilles AMI complètes, 15 grilles de captation complètes.');
    }),
  );
});

describe('service calls do not grow with the number of projects', () => {
  const run = (projects: number) => {
    const fake = workbookFake();
    try {
      setupWorkbook();
      fillProjects(fake, projects);
      const count = (action: () => void) => {
        fake.resetCalls();
        action();
        return fake.calls.total;
      };
      const firstSync = count(syncProjects);
      // Sheets start with 1,000 rows: past that, the first sync grows each instrument sheet with
      // one insertRowsAfter call, however many rows it adds.
      const growth = fake.calls.byMethod['Sheet.insertRowsAfter'] ?? 0;
      const secondSync = count(syncProjects);
      // Renamed projects: the first two and the last, i.e. two runs of rows in each instrument sheet.
      const projets = sheet(fake, 'Projets');
      projets.getRange(2, 2, 2, 1).setValues([["'Renommé 1"], ["'Renommé 2"]]);
      projets.getRange(projects + 1, 2).setValue("'Renommé dernier");
      const renameSync = count(syncProjects);
      // Each instrument sheet and « Comité » (issue 11): one row per project.
      expect(fake.calls.byMethod['Range.setValues']).toBe(2 * (INSTRUMENT_SHEETS.length + 1));
      expect(
        sheet(fake, 'SIAT')
          .getRange(projects + 1, 2)
          .getValue(),
      ).toBe('Renommé dernier');
      const dashboard = count(buildDashboard);
      expect(fake.ui.alerts).toEqual([]);
      expect(sheet(fake, 'SIAT').getLastRow()).toBe(projects + 1);
      return { firstSync: firstSync - growth, growth, secondSync, renameSync, dashboard };
    } finally {
      fake.done();
    }
  };

  test('100 vs 10,000 projects: syncProjects (adding, renaming) and buildDashboard make the same calls', () => {
    const small = run(100);
    const large = run(10_000);
    expect(large).toEqual({ ...small, growth: INSTRUMENT_SHEETS.length + 1 });
    expect(small.growth).toBe(0);
    // Orders of magnitude, to notice a regression: a few dozen calls, not thousands.
    expect(small.firstSync).toBeLessThan(86); // « Comité » (issue 11) is synced too, and issue 14's two sheets, then « Protocole »
    // 24 native charts (issue 14's target social system and grid users define among them), each a dozen
    // builder calls that never reach the spreadsheet.
    expect(small.dashboard).toBeLessThan(300);
  });
});

describe('messages agree with their numbers (0, 1, several) in both languages', () => {
  const report = (projects: number): SyncReport => ({ ...emptySyncReport(), projects });

  test('counted: French puts 0 and 1 in the singular, English only 1', () => {
    const noun = { fr: ['grille AMI complète', 'grilles AMI complètes'], en: ['complete AMI grid', 'complete AMI grids'] } as const;
    expect([0, 1, 2].map((n) => counted(n, noun))).toEqual([
      { fr: '0 grille AMI complète', en: '0 complete AMI grids' },
      { fr: '1 grille AMI complète', en: '1 complete AMI grid' },
      { fr: '2 grilles AMI complètes', en: '2 complete AMI grids' },
    ]);
  });

  test('syncProjects with nothing to add: no project, one project, several', () => {
    expect(syncMessage(report(0))).toEqual({ fr: 'Aucun projet à synchroniser dans Projets.', en: 'No project to synchronise in Projects.' });
    expect(syncMessage(report(1))).toEqual({ fr: 'Le projet a déjà sa ligne dans chaque feuille.', en: 'The project already has its row in every sheet.' });
    expect(syncMessage(report(3))).toEqual({
      fr: 'Les 3 projets ont déjà leur ligne dans chaque feuille.',
      en: 'All 3 projects already have their row in every sheet.',
    });
  });

  test(
    'buildDashboard with one project and no complete grid',
    withFake((fake) => {
      setupWorkbook();
      sheet(fake, 'Projets')
        .getRange(2, 1, 1, 2)
        .setValues([['P-0001', 'Épicerie']]);
      syncProjects();
      buildDashboard();
      expect(fake.ui.toasts.at(-1)!.message).toBe('« Tableau de bord » mis à jour : 1 projet, 0 grille AMI complète, 0 grille de captation complète.');
      fake.userProperties.set('lang', 'en');
      buildDashboard();
      // The sheet's real name (set up in French), not a translation: the toast names the sheet written.
      expect(fake.ui.toasts.at(-1)!.message).toBe('"Tableau de bord" updated: 1 project, 0 complete AMI grids, 0 complete value-capture checklists.');
    }),
  );
});
