import { WORKBOOK, PROJECTS, AMI, SRL, VALUE_CAPTURE } from '../../src/sheets/schema';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { loadDemo } from '../../src/server/actions/load-demo';
import { parameterBlocks } from '../../src/sheets/templates/parameters';
import { columnLetters, headersOfFormula } from '../../src/sheets/templates/a1';
import { formulasWhere } from '../../src/sheets/templates/formulas';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { SRL_NOTES_FIELD } from '../../src/core/instruments/srl';
import { AMI_PORTFOLIO_COLUMNS } from '../../src/core/instruments/sheets';
import { AUTOMATIC_FORMATS } from '../../src/sheets/formats';
import { buildDashboard } from '../../src/server/actions/build-dashboard';
import { checkWorkbook } from '../../src/server/actions/check-workbook';
import { diagnose, reportSections } from '../../src/sheets/diagnostic/report';
import { assessmentRows, columnsOf, sheet, workbookFake, type Fake } from '../helpers/workbook';

const letters = (n: number) => String.fromCharCode(64 + n);

describe('setupWorkbook on a fresh spreadsheet', () => {
  const fake = workbookFake();
  afterAll(() => fake.done());
  setupWorkbook();

  test('creates every sheet, the blank first sheet becoming Projets, and says so in French', () => {
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Projets',
      'Grille AMI',
      'SRL',
      'Captation de valeur',
      'SIAT',
      'Innovation de rupture',
      'R&D sociale',
      'Marqueurs Godin',
      'Protocole',
      'Valorisation',
      'Système social cible',
      'Comité',
      'Paramètres',
      'Tableau de bord',
    ]);
    expect(fake.ui.toasts.at(-1)!.message).toMatch(/^Feuilles créées : Projets, Grille AMI/);
    expect(fake.ui.alerts).toEqual([]);
  });

  test('every column of the schema is found by its header, input columns in schema order', () => {
    for (const spec of WORKBOOK) {
      const found = columnsOf(sheet(fake, spec.name.fr), spec);
      expect([...found.keys()].sort()).toEqual(spec.columns.map((c) => c.id).sort());
      expect(spec.columns.map((c) => found.get(c.id))).toEqual(spec.columns.map((_, i) => i + 1));
    }
  });

  test('each computed column holds its live formula in its header cell (VC_MIX: one block of three)', () => {
    const formulas = fake.cellsWithFormulas();
    expect(formulas.every((f) => f.row === 1)).toBe(true);
    for (const spec of WORKBOOK) {
      const computed = spec.columns.filter((c) => c.kind === 'computed').map((c) => c.id);
      const own = formulas.filter((f) => f.sheet === spec.name.fr);
      // Cells a block spills into hold no formula: AMI_PROFILE_GAPS's last four (issue 10: Grille AMI's
      // profile and gaps in one run), VC_MIX's last two; in
      // Projets, AMI_PROFILE's of the consensus and REVIEW_SPREAD's last two (each other figure is its
      // own consensus formula, issue 11).
      // Comité: its lookup of Projets' eight figures, and the envelope's two columns. Projets'
      // SROI_NPV block (issue 13) spills its net SROI beside the NPV. Marqueurs Godin: GODIN_PROFILE's
      // last four (issue 14). Projets' « précédent » of AMI, SRL, value capture and SIAT: each spilled
      // by its « actuel », one LATEST for both (issue 10). Issue 10: Projets' eleven AMI columns are one
      // AMI_PORTFOLIO (its last ten spilled, « Total AMI précédent » and REVIEW_SPREAD's among them), so
      // 10 + 1 (SROI_NPV) + 3 (« précédent » of SRL, value capture, SIAT).
      const spilled = ({ ami: 4, vc: 2, projects: 10 + 1 + 3, committee: 7 + 1, godin: 4 } as Record<string, number>)[spec.id] ?? 0;
      expect(own).toHaveLength(computed.length - spilled);
      for (const f of own) expect(headersOfFormula(f.formula).length).toBeGreaterThan(0);
    }
    const ami = sheet(fake, 'Grille AMI');
    const at = columnsOf(ami, AMI);
    // The 12 levels are side by side (comments after them as a block): the natural range E2:P.
    expect(AMI_CRITERIA.map((c) => letters(at.get(`level:${c.id}`)!)).join('')).toBe('EFGHIJKLMNOP');
    expect(ami.getRange(1, at.get('portage')!).getFormula()).toBe(
      '={HSTACK("Portage";"Contenu";"Contexte";"Total AMI";"Écarts au niveau Fort");AMI_PROFILE_GAPS(E2:P;AMI_POIDS;3;LANGUE)}',
    );
    const srl = sheet(fake, 'SRL');
    expect(srl.getRange(1, columnsOf(srl, SRL).get('level')!).getFormula()).toBe('={"SRL atteint";SRL_LEVEL(E2:M;SEUIL_SRL)}');
    const projets = sheet(fake, 'Projets');
    const formulaOfProjets = (id: string) => projets.getRange(1, columnsOf(projets, PROJECTS).get(id)!).getFormula();
    // Issue 10: Projets' AMI columns side by side right after the project's own, one AMI_PORTFOLIO over
    // Grille AMI's assessments (IDs A, levels E:P, reviewers C, dates D, Déport AF): the consensus
    // profile, the normalised mark, the AMI total now and before and its change, REVIEW_SPREAD's three.
    expect(formulaOfProjets('ami-portage')).toBe(
      `={HSTACK("AMI Portage";"AMI Contenu";"AMI Contexte";"Total AMI";"Note normalisée /20";"Total AMI actuel";"Total AMI précédent";"Évolution AMI";"Évaluations";"Écart max AMI";"N° du critère disputé");AMI_PORTFOLIO(A2:A;'Grille AMI'!A2:A;'Grille AMI'!E2:P;'Grille AMI'!C2:C;'Grille AMI'!D2:D;'Grille AMI'!AF2:AF;METHODE_CONSENSUS;AMI_POIDS;LANGUE)}`,
    );
    expect(AMI_PORTFOLIO_COLUMNS().map((id) => columnsOf(projets, PROJECTS).get(id))).toEqual(AMI_PORTFOLIO_COLUMNS().map((_, k) => 10 + k));
    for (const id of AMI_PORTFOLIO_COLUMNS().slice(1)) expect(formulaOfProjets(id)).toBe('');
    expect(formulaOfProjets('disputed')).toMatch(/^=\{"Critère disputé";ARRAYFORMULA\(IF\(T2:T="";"";IF\(S2:S>=ECART_DESACCORD;/);
    expect(formulaOfProjets('srl-phase')).toBe('={"Phase SRL";SRL_PHASE(V2:V;LANGUE)}');
    // The other instruments' figures, then « Évaluateurs », the follow-up (issue 12), the later columns:
    // since issue 10 a new workbook has them eight columns further right (a workbook laid out earlier
    // keeps its columns where they are: setup never moves one).
    expect(columnsOf(projets, PROJECTS).get('reviewers')).toBe(30);
    expect(columnsOf(projets, PROJECTS).get('target-srl')).toBe(31);
    expect(columnsOf(projets, PROJECTS).get('sroi')).toBe(28);
    const vc = sheet(fake, 'Captation de valeur');
    const vcAt = columnsOf(vc, VALUE_CAPTURE);
    expect([vcAt.get('hybridity'), vcAt.get('dominant-share')]).toEqual([vcAt.get('dominant')! + 1, vcAt.get('dominant')! + 2]);
  });

  test('a workbook with « Total AMI actuel » and « précédent » apart keeps one LATEST each, at its rank (issue 10)', () => {
    const located = new Map(PROJECTS.columns.map((c, i) => [c.id, i]));
    located.set('ami-before', PROJECTS.columns.length);
    const refs = { at: (id: string) => located.get(id) ?? 0, sheetName: (s: string) => s };
    const latest = formulasWhere('projects', located).filter((f) => f.columns.some((c) => c.startsWith('ami-')) && f.body(refs).startsWith('LATEST('));
    expect(latest.map((f) => f.columns)).toEqual([['ami-now'], ['ami-before']]);
    expect(latest.map((f) => f.body(refs).match(/;(\d+|HSTACK\([^)]*\))\)$/)![1])).toEqual(['1', '2']);
    // Side by side, as setup lays them out: one formula for both, and since issue 10 for all of
    // Projets' AMI columns (AMI_PORTFOLIO).
    const together = formulasWhere('projects', new Map(PROJECTS.columns.map((c, i) => [c.id, i])));
    expect(together.filter((f) => f.columns.includes('ami-now')).map((f) => f.columns)).toEqual([AMI_PORTFOLIO_COLUMNS()]);
    // Apart in an earlier version's order (the history after the follow-up): one LATEST for both.
    const earlier = new Map(located);
    earlier.set('ami-now', PROJECTS.columns.length + 1);
    earlier.set('ami-before', PROJECTS.columns.length + 2);
    const apart = formulasWhere('projects', earlier);
    expect(apart.filter((f) => f.columns.includes('ami-now')).map((f) => f.columns)).toEqual([['ami-now', 'ami-before']]);
  });

  test('Projets reads every assessment of a project (CONSENSUS), never the first row of its ID (VLOOKUP)', () => {
    const projets = fake.cellsWithFormulas().filter((f) => f.sheet === PROJECTS.name.fr);
    expect(projets.filter((f) => f.formula.includes('VLOOKUP'))).toEqual([]);
    const sheets = projets.flatMap((f) => [...f.formula.matchAll(/CONSENSUS\(A2:A;'([^']+)'!/g)].map((m) => m[1]));
    // Value capture: score and fragilities. Issue 14: the social R&D verdict and the Godin total.
    // AMI: AMI_PORTFOLIO, which runs CONSENSUS itself over Grille AMI's rows (issue 10).
    expect(projets.filter((f) => f.formula.includes("AMI_PORTFOLIO(A2:A;'Grille AMI'!A2:A;"))).toHaveLength(1);
    expect(sheets.sort()).toEqual(['Captation de valeur', 'Captation de valeur', 'Innovation de rupture', 'Marqueurs Godin', 'R&D sociale', 'SIAT', 'SRL']);
  });

  test('level dropdowns carry the criterion’s four descriptors; status, SRL evidence and SIAT answers are validated', () => {
    const ami = sheet(fake, 'Grille AMI');
    const rule = ami.getRange(2, columnsOf(ami, AMI).get('level:ouverture-recherche')!).getDataValidation()!;
    expect(rule.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaValues()[0]).toEqual(['Inexistant', 'Faible', 'Intermédiaire', 'Fort']);
    for (const d of AMI_CRITERIA.find((c) => c.id === 'ouverture-recherche')!.descriptors.fr) expect(rule.getHelpText()).toContain(d);
    expect(ami.getRange(500, columnsOf(ami, AMI).get('level:rupture')!).getDataValidation()).not.toBeNull();
    const projets = sheet(fake, 'Projets');
    const status = projets.getRange(2, columnsOf(projets, PROJECTS).get('status')!).getDataValidation()!;
    expect(status.getCriteriaValues()[0]).toEqual([
      'En construction',
      'Déposé',
      'En instruction',
      'Accepté',
      'Refusé',
      'Classé sans suite',
      'Accompagné',
      'Terminé',
    ]);
    const srl = sheet(fake, 'SRL');
    const evidence = srl.getRange(2, columnsOf(srl, SRL).get('evidence:5')!);
    expect(evidence.getDataValidation()!.getCriteriaType()).toBe('NUMBER_BETWEEN');
    expect(evidence.getNumberFormat()).toBe('0 %');
    expect(sheet(fake, 'SIAT').getRange(2, 5).getDataValidation()!.getCriteriaValues()).toEqual([1, 5]);
  });

  test('French number formats, notes, colours, frozen panes, warning-only protections', () => {
    const projets = sheet(fake, 'Projets');
    const at = columnsOf(projets, PROJECTS);
    expect(projets.getRange(2, at.get('investment')!).getNumberFormat()).toBe('#,##0.00 "€"');
    expect(projets.getRange(2, at.get('social-value')!).getNumberFormat()).toBe('#,##0.00 "€"');
    // IDs and texts on Automatic, never plain text: there an apostrophe may stay visible (literal.ts).
    expect(AUTOMATIC_FORMATS.has(projets.getRange(2, at.get('id')!).getNumberFormat())).toBe(true);
    expect(AUTOMATIC_FORMATS.has(projets.getRange(2, at.get('name')!).getNumberFormat())).toBe(true);
    expect(projets.getRange(1, at.get('id')!).getNote()).toMatch(/Identifiant unique/);
    for (const spec of WORKBOOK) {
      const s = sheet(fake, spec.name.fr);
      expect(s.getFrozenRows()).toBe(1);
      // Valorisation and the target social system: the ID only (no project name beside it).
      expect(s.getFrozenColumns()).toBe(spec.id === 'valuation' || spec.id === 'system' ? 1 : 2);
      const computed = spec.columns.filter((c) => c.kind === 'computed').map((c) => columnsOf(s, spec).get(c.id)!);
      const covered = s.getProtections(SpreadsheetApp.ProtectionType.RANGE).flatMap((p) => {
        expect(p.isWarningOnly()).toBe(true);
        const r = p.getRange()!;
        return Array.from({ length: r.getNumColumns() }, (_, k) => r.getColumn() + k);
      });
      expect(covered.sort((a, b) => a - b)).toEqual(computed.sort((a, b) => a - b));
    }
    const amiRules = sheet(fake, 'Grille AMI').getConditionalFormatRules();
    expect(amiRules.map((r) => r.getBooleanCondition()?.getCriteriaValues()[0] ?? 'gradient')).toEqual([
      'Inexistant',
      'Faible',
      'Intermédiaire',
      'Fort',
      'gradient',
    ]);
    expect(amiRules[0].getRanges()).toHaveLength(12);
  });

  test('a named range per table and per setting, read by the formulas', () => {
    const names = fake.spreadsheet
      .getNamedRanges()
      .map((n) => n.getName())
      .sort();
    expect(names).toEqual([...WORKBOOK.map((s) => s.namedRange), ...parameterBlocks().map((b) => b.name)].sort());
    expect(fake.spreadsheet.getRangeByName('AMI_POIDS')!.getValues().flat()).toEqual(Array(12).fill(1));
    expect(fake.spreadsheet.getRangeByName('SEUIL_SRL')!.getValue()).toBe(1);
    expect(fake.spreadsheet.getRangeByName('TAUX_ACTUALISATION')!.getValue()).toBe(0.035);
    expect(fake.spreadsheet.getRangeByName('LANGUE')!.getValue()).toBe('fr');
    // Whole columns A:AL (stored by the fake as the rows the sheet has).
    expect(fake.spreadsheet.getRangeByName('GRILLE_AMI')!.getA1Notation()).toBe('A1:AL1000');
  });

  test('a second run changes nothing and says the workbook is complete', () => {
    const before = JSON.stringify(fake.snapshot());
    setupWorkbook();
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    expect(fake.ui.toasts.at(-1)!.message).toBe(
      'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
    );
  });
});

describe('setupWorkbook on a workbook users have changed', () => {
  test('user data and user columns survive; a deleted needed column comes back at the end and formulas follow it', () => {
    const fake = workbookFake();
    try {
      setupWorkbook();
      const projets = sheet(fake, 'Projets');
      projets.getRange(2, 1, 2, 4).setValues([
        ['P-0001', 'Épicerie', 'Asso A', 'Gironde'],
        ['P-0002', 'Garage', 'Asso B', 'Landes'],
      ]);
      // A column of the user's own, then the investment column deleted by mistake.
      const width = PROJECTS.columns.length;
      projets.insertColumnsAfter(projets.getMaxColumns(), 1);
      projets.getRange(1, width + 1, 3, 1).setValues([['Mon suivi'], ['à relancer'], ['ok']]);
      const investment = columnsOf(projets, PROJECTS).get('investment')!;
      projets.deleteColumn(investment);
      projets.getRange(1, columnsOf(projets, PROJECTS).get('sroi')!).setFormula('={"SROI";ARRAYFORMULA(#REF!)}');
      setupWorkbook();
      const at = columnsOf(projets, PROJECTS);
      expect(projets.getRange(2, 1, 2, 4).getValues()).toEqual([
        ['P-0001', 'Épicerie', 'Asso A', 'Gironde'],
        ['P-0002', 'Garage', 'Asso B', 'Landes'],
      ]);
      expect(projets.getRange(1, width, 3, 1).getValues()).toEqual([['Mon suivi'], ['à relancer'], ['ok']]);
      expect(at.get('investment')).toBe(width + 1);
      expect(projets.getRange(1, width + 1).getValue()).toBe('Investissement (€)');
      const letter = columnLetters(width);
      const net = columnLetters(at.get('net-sroi')! - 1);
      const value = columnLetters(at.get('social-value')! - 1);
      expect(projets.getRange(1, at.get('sroi')!).getFormula()).toBe(
        `={"SROI";ARRAYFORMULA(IF(${value}2:${value}="";"";IF(ISNUMBER(${net}2:${net});1+${net}2:${net};SROI_RATIO(${value}2:${value};${letter}2:${letter}))))}`,
      );
      expect(fake.ui.toasts.at(-1)!.message).toContain('En-têtes introuvables, colonnes ajoutées en fin de feuille : Projets (Investissement (€))');
    } finally {
      fake.done();
    }
  });

  test('reordered, renamed (English, aliases) columns are found where they are; formulas read them there', () => {
    const fake = workbookFake();
    try {
      const grid = fake.spreadsheet.insertSheet('Grille AMI');
      // Criteria in reverse order, English headers and the Region's public wording, no comment columns.
      const criteria = [...AMI_CRITERIA].reverse();
      grid.getRange(1, 1, 1, 14).setValues([['Project name', ...criteria.map((c, i) => (i % 2 ? c.label.en : c.aliases[0])), 'Identifiant']]);
      setupWorkbook();
      const at = columnsOf(grid, AMI);
      expect(at.get('name')).toBe(1);
      expect(at.get('id')).toBe(14);
      expect(criteria.map((c) => at.get(`level:${c.id}`))).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
      const profile = grid.getRange(1, at.get('portage')!).getFormula();
      // Contract order of AMI_PROFILE(_GAPS) is the grid order: M (criterion 1) first … B (criterion 12) last.
      expect(profile).toContain('AMI_PROFILE_GAPS(HSTACK(M2:M;L2:L;K2:K;J2:J;I2:I;H2:H;G2:G;F2:F;E2:E;D2:D;C2:C;B2:B);AMI_POIDS;3;LANGUE)');
      expect(fake.ui.toasts.at(-1)!.message).toContain('Grille AMI (Évaluateur, Date, Commentaire – Caractère collectif du projet,');
      expect(fake.ui.toasts.at(-1)!.message).not.toContain('à gauche');
    } finally {
      fake.done();
    }
  });

  test('Projets reads an instrument sheet whose ID column is right of its values (CONSENSUS needs no order)', () => {
    const fake = workbookFake();
    try {
      const grid = fake.spreadsheet.insertSheet('Grille AMI');
      grid.getRange(1, 1, 1, 18).setValues([['Nom du projet', ...AMI_CRITERIA.map((c) => c.label.fr), 'Portage', 'Contenu', 'Contexte', 'Total AMI', 'ID']]);
      setupWorkbook();
      const projets = sheet(fake, 'Projets');
      const cell = projets.getRange(1, columnsOf(projets, PROJECTS).get('ami-portage')!);
      expect(cell.getFormula()).toContain("AMI_PORTFOLIO(A2:A;'Grille AMI'!R2:R;'Grille AMI'!B2:M;");
      expect(fake.ui.toasts.at(-1)!.message).not.toContain('à gauche de la colonne ID');
    } finally {
      fake.done();
    }
  });
});

describe('setupWorkbook restores the header formulas of computed columns (issue 8)', () => {
  const withSetUp = (test: (fake: Fake) => void) => () => {
    const fake = workbookFake();
    try {
      setupWorkbook();
      test(fake);
    } finally {
      fake.done();
    }
  };
  const cellOf = (fake: Fake, sheetName: string, spec: typeof AMI, id: string) =>
    sheet(fake, sheetName).getRange(1, columnsOf(sheet(fake, sheetName), spec).get(id)!);

  test(
    'Projets laid out by an earlier version (Total AMI first, as its AMI block was): a formula per column where they are; a user’s formula where REVIEW_SPREAD spills stays',
    withSetUp((fake) => {
      const projets = sheet(fake, 'Projets');
      const at = columnsOf(projets, PROJECTS);
      const first = at.get('ami-portage')!;
      // The version before issue 11: one lookup of Grille AMI's figures, Total first, spilling into the three groups.
      projets
        .getRange(1, first)
        .setFormula(
          `={HSTACK("Total AMI";"AMI Portage";"AMI Contenu";"AMI Contexte");ARRAYFORMULA(IF(A2:A="";"";IFERROR(VLOOKUP(A2:A;'Grille AMI'!A2:AJ;HSTACK(COLUMNS('Grille AMI'!A1:AJ1);COLUMNS('Grille AMI'!A1:AG1);COLUMNS('Grille AMI'!A1:AH1);COLUMNS('Grille AMI'!A1:AI1));0);"")))}`,
        );
      for (let k = 1; k < 4; k++) projets.getRange(1, first + k).setValue('');
      projets.getRange(1, at.get('spread')!).setFormula('=1+1');
      setupWorkbook();
      // Not side by side in AMI_PROFILE's order: each column gets its own formula, where it is (none moves).
      const consensus =
        "CONSENSUS(A2:A;'Grille AMI'!A2:A;ARRAYFORMULA(IF('Grille AMI'!AF2:AF=TRUE();\"\";'Grille AMI'!E2:P));METHODE_CONSENSUS;'Grille AMI'!C2:C;'Grille AMI'!D2:D)";
      const group = (header: string, mask: string) => `={"${header}";AMI_SCORE(${consensus};ARRAYFORMULA(AMI_POIDS*{${mask}}))}`;
      expect([0, 1, 2, 3].map((k) => projets.getRange(1, first + k).getFormula())).toEqual([
        `={"Total AMI";AMI_SCORE(${consensus};AMI_POIDS)}`,
        group('AMI Portage', '1;1;1;1;0;0;0;0;0;0;0;0'),
        group('AMI Contenu', '0;0;0;0;1;1;1;0;0;0;0;0'),
        group('AMI Contexte', '0;0;0;0;0;0;0;1;1;1;1;1'),
      ]);
      const now = columnsOf(projets, PROJECTS);
      expect(['ami-total', 'ami-portage', 'ami-contenu', 'ami-contexte'].map((id) => now.get(id))).toEqual([first, first + 1, first + 2, first + 3]);
      expect(projets.getRange(1, at.get('spread')!).getFormula()).toBe('=1+1');
      fake.resetCalls();
      setupWorkbook();
      expect(fake.calls.byMethod['Range.setValues'] ?? 0).toBe(0);
    }),
  );

  test(
    'a header formula typed over (its header as a plain value) comes back, setup says where; a second run changes nothing',
    withSetUp((fake) => {
      const profile = cellOf(fake, 'Grille AMI', AMI, 'portage');
      const sroi = cellOf(fake, 'Projets', PROJECTS, 'sroi');
      const [profileFormula, sroiFormula] = [profile.getFormula(), sroi.getFormula()];
      profile.setValue('Portage');
      sroi.setValue('SROI');
      setupWorkbook();
      expect(profile.getFormula()).toBe(profileFormula);
      expect(sroi.getFormula()).toBe(sroiFormula);
      expect(fake.ui.toasts.at(-1)!.message).toBe(
        'Formule rétablie dans l’en-tête des colonnes calculées : Projets (SROI) ; Grille AMI (Portage). Elle avait été effacée, remplacée ou écrite par une version antérieure ; les colonnes calculées se remplissent de nouveau.',
      );
      const before = JSON.stringify(fake.snapshot());
      setupWorkbook();
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      expect(fake.ui.toasts.at(-1)!.message).toBe(
        'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
      );
    }),
  );

  test(
    'a formula of an earlier version is upgraded: the block header `{"a","b","c";…}`, and `,` separators the sheet could not parse',
    withSetUp((fake) => {
      const mix = cellOf(fake, 'Captation de valeur', VALUE_CAPTURE, 'dominant');
      const level = cellOf(fake, 'SRL', SRL, 'level');
      const [mixFormula, levelFormula] = [mix.getFormula(), level.getFormula()];
      expect(mixFormula).toBe('={HSTACK("Famille dominante";"Hybridité";"Part dominante");VC_MIX(O2:R;LANGUE)}');
      mix.setFormula('={"Famille dominante","Hybridité","Part dominante";VC_MIX(O2:R,LANGUE)}');
      level.setFormula('={"SRL atteint";SRL_LEVEL(E2:M,SEUIL_SRL)}');
      // Written by an earlier version with ",": a French spreadsheet shows a parse error.
      fake.setComputedValue('SRL', 1, columnsOf(sheet(fake, 'SRL'), SRL).get('level')!, '#ERROR!');
      expect(headersOfFormula(mix.getFormula())).toEqual(['Famille dominante', 'Hybridité', 'Part dominante']);
      setupWorkbook();
      expect(mix.getFormula()).toBe(mixFormula);
      expect(level.getFormula()).toBe(levelFormula);
      expect(fake.ui.toasts.at(-1)!.message).toContain('SRL (SRL atteint) ; Captation de valeur (Famille dominante)');
    }),
  );

  test(
    'a formula Sheets shows back in its English form (`,` for `;`) and computing is the same formula: left alone',
    withSetUp((fake) => {
      const profile = cellOf(fake, 'Grille AMI', AMI, 'portage');
      expect(profile.getFormula()).toBe(
        '={HSTACK("Portage";"Contenu";"Contexte";"Total AMI";"Écarts au niveau Fort");AMI_PROFILE_GAPS(E2:P;AMI_POIDS;3;LANGUE)}',
      );
      profile.setFormula('={HSTACK("Portage","Contenu","Contexte","Total AMI","Écarts au niveau Fort");AMI_PROFILE_GAPS(E2:P,AMI_POIDS,3,LANGUE)}');
      const lookup = cellOf(fake, 'Projets', PROJECTS, 'ami-portage');
      // Every ";" between arguments as ",", the row separator after the header kept.
      lookup.setFormula(lookup.getFormula().replace(/;/g, ',').replace('"N° du critère disputé"),', '"N° du critère disputé");'));
      expect(lookup.getFormula()).toContain("'Grille AMI'!D2:D,'Grille AMI'!AF2:AF,METHODE_CONSENSUS,AMI_POIDS,LANGUE)");
      const before = JSON.stringify(fake.snapshot());
      setupWorkbook();
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      expect(fake.ui.toasts.at(-1)!.message).toBe(
        'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
      );
    }),
  );
});

describe('setupWorkbook in few calls (issue 10)', () => {
  const calls = (fake: Fake, action: () => void) => {
    fake.resetCalls();
    action();
    return fake.calls.total;
  };

  test('fresh, then complete: formats, validations and colours set per block; a complete workbook is a check of one block per sheet', () => {
    const fake = workbookFake();
    try {
      const fresh = calls(fake, setupWorkbook);
      // One per run of adjacent columns, not one per column; the settings sheet's blocks in one
      // setDataValidations and one setNumberFormats for all (issue 14), not one of each per block.
      expect(fake.calls.byMethod['Range.setDataValidations']).toBeLessThanOrEqual(WORKBOOK.length * 2 + 1);
      expect(fake.calls.byMethod['Range.setDataValidation'] ?? 0).toBe(0);
      expect(fake.calls.byMethod['Range.setNumberFormat'] ?? 0).toBe(0);
      // 901 before issue 10, 504 before the sheet list and named ranges were read once a run; most of
      // what is left builds the 63 validation rules (each column its own help text).
      // « Comité » (issue 11) adds 23: its sheet, header, formats, validations, notes, protection, named
      // range; the follow-up (issue 12) 20: Projets grows past 26 columns (1), « SRL visé » and « Date
      // visée » (2 rules of 2 builder calls, 1 setDataValidations), the computed run from « Suivi » on (1
      // protection, 3 calls), 3 new formats (+1, +0,01, the SRL's 0: 6 calls), DELAI_REEVALUATION (3).
      // Issue 14's two sheets (« R&D sociale », « Marqueurs Godin ») 81: each its sheet, header, notes,
      // validations (one rule per column, each its own help), colours, protection and named range; and
      // 32 saved: Paramètres' blocks dressed and named from one range list, the renamed Projets in one block.
      // Paramètres « Variante SIAT » (issue 14 §6): 6 (its dropdown's rule, its named range). Projets'
      // SROI figures (issue 13: Valorisation « Début »'s rule, a protected run) and application columns
      // (issue 15: their formats and « Publics prioritaires »' rule); 5 fewer since the fingerprint of a
      // completed setup no longer reads Paramètres, the named ranges and the dashboard. Grille AMI
      // « Commentaires partageables » (issue 15 §2): its checkbox rule's 2 builder calls.
      // Issue 14 §3–§4: each new sheet's ranges from one range list save 23; « Protocole » and « Système
      // social cible » add their sheets and their 14 validation rules.
      expect(fresh).toBeLessThanOrEqual(547);
      const before = JSON.stringify(fake.snapshot());
      const complete = calls(fake, setupWorkbook);
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      // 430 before issue 10, then 43 (rows 1–2 of each sheet with row 2's validations, Paramètres' labels,
      // the named ranges, the dashboard), then 30: three calls a sheet (its row 1, values and formulas),
      // the spreadsheet, the user's language, the fingerprint, the toast; no lock (nothing is written).
      // Issue 14: three for each of its two sheets, and VARIANTE_SIAT's range and value (the SIAT notes' wording);
      // three for each of « Protocole » and « Système social cible » (44). Then row 1's values only, two
      // calls a sheet (its range, its values): 32 (fingerprint.ts says who catches a formula edited).
      expect(complete).toBeLessThanOrEqual(32);
      expect(fake.calls.byMethod['Range.getFormulas'] ?? 0).toBe(0);
      expect(fake.ui.toasts.at(-1)!.message).toBe(
        'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
      );
    } finally {
      fake.done();
    }
  });

  test('the blank first sheet made Projets is read before its headers are written: a plain-text row 1 shows no apostrophe', () => {
    const fake = workbookFake();
    try {
      // Only sheets setup inserts itself skip that read (they have no `@` cell); a blank sheet may be formatted.
      fake.spreadsheet.getSheets()[0].getRange(1, 1, 1, 26).setNumberFormat('@');
      setupWorkbook();
      const projets = sheet(fake, 'Projets');
      const header = projets.getRange(1, 1, 1, projets.getLastColumn()).getValues()[0].map(String);
      expect(header.filter((h) => h.startsWith("'"))).toEqual([]);
      expect([...columnsOf(projets, PROJECTS).keys()].sort()).toEqual(PROJECTS.columns.map((c) => c.id).sort());
    } finally {
      fake.done();
    }
  });

  test('loadDemo on a fresh spreadsheet', () => {
    const fake = workbookFake();
    try {
      // 942 before issue 10, then 543, 411; the assessment columns (issue 11) add 53, « Comité » 25, the
      // demo's reviews, envelope and assigned reviewers 8; the follow-up columns of setup (issue 12) 12.
      // Issue 14: 30 (its setup's above, and its sheets' rows written). Issues 13 and 15: their setup's
      // (above) and the demo's later instalments (a range and a write); issue 15 §2: the checkbox rule (2),
      // and the demo's Grille AMI rows in two blocks around the share column it leaves blank (2).
      // Issue 14 §3–§4: its setup's 43 more and the demo's actors 2.
      // Valorisation « Famille d’effet », last: the demo's outcomes in two blocks (2).
      // Issue 10: its blocks' ranges from setup's range lists, the envelope written with Paramètres (38).
      // Issue 14 §5: the example grid users define, its definitions, its sheet and its assessments, Projets shown again (53).
      expect(calls(fake, loadDemo)).toBeLessThanOrEqual(611);
      expect(fake.ui.alerts).toEqual([]);
      // The envelope came with Paramètres' rows, the demo's rows through setup's range lists.
      expect(fake.spreadsheet.getRangeByName('ENVELOPPE')!.getValue()).toBe(390000);
      expect(assessmentRows(sheet(fake, 'Projets'), PROJECTS).map((r) => r.id)).toHaveLength(15);
    } finally {
      fake.done();
    }
  });

  test('loadDemo into a workbook already set up: the same rows, written range by range; an envelope set before stays', () => {
    const fake = workbookFake();
    try {
      setupWorkbook();
      fake.spreadsheet.getRangeByName('ENVELOPPE')!.setValue(100000);
      loadDemo();
      expect(fake.ui.alerts).toEqual([]);
      expect(fake.spreadsheet.getRangeByName('ENVELOPPE')!.getValue()).toBe(100000);
      const fresh = workbookFake();
      try {
        loadDemo();
        for (const name of ['Projets', 'Grille AMI', 'Valorisation', 'Système social cible']) {
          const [a, b] = [sheet(fake, name), sheet(fresh, name)];
          expect(a.getRange(2, 1, 40, a.getLastColumn()).getValues()).toEqual(b.getRange(2, 1, 40, b.getLastColumn()).getValues());
        }
      } finally {
        fresh.done();
      }
    } finally {
      fake.done();
    }
  });

  /**
   * The fingerprint of a completed setup is never taken on its word: whatever users changed by hand
   * in row 1 of a template sheet since, or in its name, the next run repairs it as the full setup
   * does, and the run after that is a check again (issue 10: 32 calls, two a sheet).
   */
  const header = (fake: Fake, name: string, spec: typeof PROJECTS, id: string) => sheet(fake, name).getRange(1, columnsOf(sheet(fake, name), spec).get(id)!);
  const changes: [string, (fake: Fake) => void, (fake: Fake) => void][] = [
    [
      'a header renamed',
      (fake) => header(fake, 'Projets', PROJECTS, 'holder').setValue('Mon porteur'),
      (fake) => expect(fake.ui.toasts.at(-1)!.message).toContain('colonnes ajoutées en fin de feuille : Projets (Porteur'),
    ],
    [
      'two headers swapped (a column moved)',
      (fake) => {
        const [holder, name] = [header(fake, 'Projets', PROJECTS, 'holder'), header(fake, 'Projets', PROJECTS, 'name')];
        const [a, b] = [holder.getValue(), name.getValue()];
        holder.setValue(b);
        name.setValue(a);
      },
      // The full run finds the columns where they now are (no formula reads these two): nothing to add,
      // and the fingerprint it keeps is of the new order.
      (fake) => {
        expect(fake.ui.toasts.at(-1)!.message).toBe(
          'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
        );
        const projets = columnsOf(sheet(fake, 'Projets'), PROJECTS);
        expect(projets.get('holder')).toBeLessThan(projets.get('name')!);
      },
    ],
    [
      'a column deleted',
      (fake) => sheet(fake, 'SRL').deleteColumn(columnsOf(sheet(fake, 'SRL'), SRL).get(SRL_NOTES_FIELD)!),
      (fake) => expect(fake.ui.toasts.at(-1)!.message).toContain('colonnes ajoutées en fin de feuille : SRL (Preuves)'),
    ],
    [
      'a header formula typed over',
      (fake) => header(fake, 'Grille AMI', AMI, 'portage').setValue('Portage'),
      (fake) => {
        const grid = sheet(fake, 'Grille AMI');
        expect(grid.getRange(1, columnsOf(grid, AMI).get('portage')!).getFormula()).toMatch(/^=\{HSTACK\("Portage";/);
      },
    ],
    [
      'a header formula deleted',
      (fake) => header(fake, 'SRL', SRL, 'level').setValue(''),
      (fake) => {
        const srl = sheet(fake, 'SRL');
        expect(srl.getRange(1, columnsOf(srl, SRL).get('level')!).getFormula()).toMatch(/^=\{"SRL atteint";SRL_LEVEL\(/);
      },
    ],
    [
      'a sheet deleted',
      (fake) => fake.spreadsheet.deleteSheet(sheet(fake, 'SRL')),
      (fake) => expect(fake.ui.toasts.at(-1)!.message).toBe('Feuilles créées : SRL.'),
    ],
    [
      'a sheet renamed',
      (fake) => sheet(fake, 'Valorisation').setName('Valorisation 2026'),
      (fake) => expect(fake.spreadsheet.getSheets().filter((s) => s.getName().startsWith('Valorisation')).length).toBeGreaterThan(0),
    ],
  ];
  test.each(changes)('%s after setup: the next run repairs it, the one after is a check again', (_, change, repaired) => {
    const fake = workbookFake();
    try {
      setupWorkbook();
      setupWorkbook();
      change(fake);
      expect(calls(fake, setupWorkbook)).toBeGreaterThan(45);
      repaired(fake);
      const before = JSON.stringify(fake.snapshot());
      expect(calls(fake, setupWorkbook)).toBeLessThanOrEqual(32);
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      expect(fake.ui.toasts.at(-1)!.message).toBe(
        'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
      );
    } finally {
      fake.done();
    }
  });

  /**
   * What the check of a complete workbook no longer reads (43 calls, then 44, 32 now; fingerprint.ts
   * says why each is safe): « Diagnostic du classeur » says it, and forgets the fingerprint, so that
   * the setup it advises runs in full and repairs it; the run after that is a check again.
   */
  const unread: [string, (fake: Fake) => void, RegExp, (fake: Fake) => void][] = [
    [
      'a validation removed',
      (fake) => {
        const grid = sheet(fake, 'Grille AMI');
        grid.getRange(2, columnsOf(grid, AMI).get(`level:${AMI_CRITERIA[3].id}`)!, 999, 1).clearDataValidations();
      },
      /^✗ Contrôle des données absent en ligne 2 \(liste ou plage de valeurs acceptées\) : « .+ » \([A-Z]+\)\./,
      (fake) => {
        const grid = sheet(fake, 'Grille AMI');
        expect(grid.getRange(2, columnsOf(grid, AMI).get(`level:${AMI_CRITERIA[3].id}`)!).getDataValidation()).not.toBeNull();
      },
    ],
    [
      'the Paramètres sheet deleted',
      (fake) => fake.spreadsheet.deleteSheet(sheet(fake, 'Paramètres')),
      /^✗ Plages nommées introuvables : AMI_POIDS, /,
      (fake) => expect(fake.ui.toasts.at(-1)!.message).toBe('Feuilles créées : Paramètres.'),
    ],
    [
      'a weight row deleted from Paramètres',
      (fake) => {
        const weights = fake.spreadsheet.getRangeByName('AMI_POIDS')!;
        sheet(fake, 'Paramètres').deleteRow(weights.getRow() + 11);
        fake.spreadsheet.setNamedRange('AMI_POIDS', weights.offset(0, 0, 11, 1));
      },
      /^✗ La plage nommée AMI_POIDS a 11 lignes au lieu de 12 \(une ligne supprimée ou insérée dedans\) : lancez « Créer \/ compléter le classeur », qui la rétablit\.$/,
      (fake) => expect(fake.spreadsheet.getRangeByName('AMI_POIDS')!.getNumRows()).toBe(AMI_CRITERIA.length),
    ],
    [
      'a named range removed',
      (fake) => fake.spreadsheet.removeNamedRange(SRL.namedRange),
      new RegExp(`^✗ Plages nommées introuvables : ${SRL.namedRange}\\.`),
      (fake) => expect(fake.spreadsheet.getRangeByName(SRL.namedRange)).not.toBeNull(),
    ],
    // Row 1's values alone since issue 10 (32 calls): a header formula changed without changing what
    // row 1 shows is the diagnostic's to find.
    [
      'a header formula edited',
      (fake) => {
        const cell = header(fake, 'Grille AMI', AMI, 'portage');
        // The weights dropped: AMI_PROFILE_GAPS(E2:P;AMI_POIDS;…) becomes AMI_PROFILE_GAPS(E2:P;;…), equal weights.
        const edited = cell.getFormula().replace(';AMI_POIDS;', ';;');
        expect(edited).not.toBe(cell.getFormula());
        cell.setFormula(edited);
      },
      /^✗ Colonne calculée « Portage » \([A-Z]+1\) : sa formule d’en-tête n’est pas celle du module/,
      (fake) => {
        const grid = sheet(fake, 'Grille AMI');
        expect(grid.getRange(1, columnsOf(grid, AMI).get('portage')!).getFormula()).toContain(';AMI_POIDS;');
      },
    ],
    [
      'a one-column header formula pasted over with its values',
      (fake) => {
        const cell = header(fake, 'SRL', SRL, 'level');
        cell.setValue(cell.getValue());
      },
      /^✗ Colonne calculée « SRL atteint » \([A-Z]+1\) : sa formule d’en-tête a disparu \(la cellule contient « SRL atteint »\)/,
      (fake) => {
        const srl = sheet(fake, 'SRL');
        expect(srl.getRange(1, columnsOf(srl, SRL).get('level')!).getFormula()).toMatch(/^=\{"SRL atteint";SRL_LEVEL\(/);
      },
    ],
  ];
  test.each(unread)('%s after setup: the diagnostic says so, the setup after it repairs it, the one after is a check again', (_, change, said, repaired) => {
    const fake = workbookFake();
    try {
      setupWorkbook();
      setupWorkbook();
      change(fake);
      // Row 1 of every sheet is as setup left it: the quick check finds nothing.
      expect(calls(fake, setupWorkbook)).toBeLessThanOrEqual(32);
      expect(fake.ui.toasts.at(-1)!.message).toBe(
        'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
      );
      checkWorkbook();
      const findings = reportSections(diagnose(fake.spreadsheet), 'fr').flatMap((s) => s.items);
      expect(findings.filter((f) => said.test(f))).toHaveLength(1);
      expect(calls(fake, setupWorkbook)).toBeGreaterThan(39);
      repaired(fake);
      const before = JSON.stringify(fake.snapshot());
      expect(calls(fake, setupWorkbook)).toBeLessThanOrEqual(32);
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      expect(fake.ui.toasts.at(-1)!.message).toBe(
        'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
      );
    } finally {
      fake.done();
    }
  });

  test('the dashboard replaced by a sheet of the same name: setup does not look, « Mettre à jour le tableau de bord » makes its own beside it', () => {
    const fake = workbookFake();
    try {
      setupWorkbook();
      fake.spreadsheet.deleteSheet(sheet(fake, 'Tableau de bord'));
      fake.spreadsheet.insertSheet('Tableau de bord').getRange(1, 1).setValue('Mes notes');
      setupWorkbook();
      expect(fake.ui.toasts.at(-1)!.message).toBe(
        'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
      );
      buildDashboard();
      expect(fake.ui.toasts.at(-1)!.message).toContain('« Tableau de bord » n’a pas été créée par le module');
      expect(sheet(fake, 'Tableau de bord').getRange(1, 1).getValue()).toBe('Mes notes');
    } finally {
      fake.done();
    }
  });

  test('a diagnostic with nothing to fix leaves the check of a complete workbook as it was', () => {
    const fake = workbookFake();
    try {
      setupWorkbook();
      checkWorkbook();
      expect(calls(fake, setupWorkbook)).toBeLessThanOrEqual(32);
    } finally {
      fake.done();
    }
  });
});
