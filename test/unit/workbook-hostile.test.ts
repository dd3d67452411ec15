import { buildDashboard } from '../../src/server/actions/build-dashboard';
import { checkWorkbook } from '../../src/server/actions/check-workbook';
import { loadDemo } from '../../src/server/actions/load-demo';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { syncProjects } from '../../src/server/actions/sync-projects';
import { toNumber } from '../../src/core/cells/number';
import { VC_FAMILIES } from '../../src/core/value-capture/checklist';
import { PROJECTS, SIAT, VALUATION, VALUE_CAPTURE } from '../../src/sheets/schema';
import { headerRowBelow, headerRowProblem } from '../../src/sheets/table';
import { forgetComplete } from '../../src/sheets/templates/fingerprint';
import { parameterBlocks } from '../../src/sheets/templates/parameters';
import { columnsOf, sheet, withFake, workbookFake, type Fake } from '../helpers/workbook';

/** A user's own sheet: 61 rows × 3 columns of their figures (183 cells) and a chart of them. */
function userSheet(fake: Fake, name: string) {
  const own = fake.spreadsheet.insertSheet(name);
  const cells = Array.from({ length: 61 }, (_, r) => [`Ligne ${r + 1}`, r * 10, `note ${r}`]);
  own.getRange(1, 1, 61, 3).setValues(cells);
  own.insertChart(own.newChart().setChartType(Charts.ChartType.LINE).addRange(own.getRange('A1:B61')).setPosition(1, 5, 0, 0).build());
  return {
    own,
    intact() {
      expect(own.getName()).toBe(name);
      expect(own.getDataRange().getValues()).toEqual(cells);
      expect(own.getCharts()).toHaveLength(1);
      expect(own.getDeveloperMetadata()).toHaveLength(0);
    },
  };
}

const names = (fake: Fake) => fake.spreadsheet.getSheets().map((s) => s.getName());

describe('a user’s sheet named like the add-on’s is never written into', () => {
  test(
    'a user’s « tableau de bord » (other case): setup and buildDashboard leave it whole and use « Tableau de bord (module) », and say so',
    withFake((fake) => {
      const user = userSheet(fake, 'tableau de bord');
      setupWorkbook();
      expect(fake.ui.toasts.at(-1)!.message).toContain(
        'La feuille « tableau de bord » n’a pas été créée par le module : elle est laissée telle quelle, le module écrit dans « Tableau de bord (module) ».',
      );
      loadDemo();
      user.intact();
      expect(names(fake)).toContain('Tableau de bord (module)');
      buildDashboard();
      user.intact();
      const ours = sheet(fake, 'Tableau de bord (module)');
      expect(ours.getCharts()).toHaveLength(23); // 9, the committee's three (issue 11), the portfolio over time's three (issue 12), the SROI's four (issue 13), social R&D's, the Godin markers', the protocol's and the demo's grid users define (issue 14)
      expect(ours.getRange(4, 1, 1, 2).getValues()).toEqual([['Projets', 15]]);
      expect(fake.ui.toasts.at(-1)!.message).toMatch(/^« Tableau de bord \(module\) » mis à jour : 15 projets/);
      // A second run writes into the same sheet: no third one.
      buildDashboard();
      expect(names(fake).filter((n) => /tableau de bord/i.test(n))).toHaveLength(2);
      user.intact();
    }),
  );

  test(
    'a user’s «  Dashboard  » (spaces, English) while no dashboard exists: buildDashboard creates the add-on’s own and tells the user',
    withFake((fake) => {
      setupWorkbook();
      fake.spreadsheet.deleteSheet(sheet(fake, 'Tableau de bord'));
      const user = userSheet(fake, '  DASHBOARD ');
      buildDashboard();
      user.intact();
      // 9, the committee's three (issue 11), the portfolio over time's three (issue 12), social R&D's and the Godin markers' (issue 14); no outcome valued: no SROI section (issue 13).
      expect(sheet(fake, 'Tableau de bord').getCharts()).toHaveLength(18);
      expect(fake.ui.toasts.at(-1)!.message).toContain(
        'La feuille «   DASHBOARD  » n’a pas été créée par le module : elle est laissée telle quelle, le module écrit dans « Tableau de bord ».',
      );
    }),
  );

  test(
    'the add-on’s dashboard renamed by users is still found by its mark, never duplicated',
    withFake((fake) => {
      loadDemo();
      sheet(fake, 'Tableau de bord').setName('Synthèse 2026');
      buildDashboard();
      setupWorkbook();
      expect(names(fake).filter((n) => /tableau de bord/i.test(n))).toEqual([]);
      expect(sheet(fake, 'Synthèse 2026').getCharts()).toHaveLength(23); // 9, the committee's three (issue 11), the portfolio over time's three (issue 12), the SROI's four (issue 13), social R&D's, the Godin markers', the protocol's and the demo's grid users define (issue 14)
    }),
  );

  test(
    'a dashboard an earlier version made (no mark) is adopted by its layout, not duplicated: the setup hint, or a drawn block',
    withFake((fake) => {
      loadDemo();
      const dash = sheet(fake, 'Tableau de bord');
      for (const m of dash.getDeveloperMetadata()) m.remove();
      buildDashboard();
      expect(names(fake).filter((n) => /tableau de bord/i.test(n))).toEqual(['Tableau de bord']);
      expect(dash.getCharts()).toHaveLength(23); // 9, the committee's three (issue 11), the portfolio over time's three (issue 12), the SROI's four (issue 13), social R&D's, the Godin markers', the protocol's and the demo's grid users define (issue 14)
      expect(dash.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['dashboard']);

      // The hint the setup wrote, alone: the sheet is the add-on's too.
      fake.spreadsheet.deleteSheet(dash);
      const hint = fake.spreadsheet.insertSheet('Tableau de bord');
      hint.getRange(1, 1).setValue('Le menu du module (Extensions) › « Mettre à jour le tableau de bord » dessine ici les graphiques du portefeuille.');
      // The full setup (a complete workbook's check does not look at the dashboard: fingerprint.ts).
      forgetComplete();
      setupWorkbook();
      expect(names(fake).filter((n) => /tableau de bord/i.test(n))).toEqual(['Tableau de bord']);
      expect(hint.getDeveloperMetadata()).toHaveLength(1);
    }),
  );

  test(
    'a user’s « Paramètres » sheet: settings go into the add-on’s own « Paramètres (module) », formulas read them there',
    withFake((fake) => {
      const user = userSheet(fake, 'Paramètres');
      setupWorkbook();
      user.intact();
      const ours = sheet(fake, 'Paramètres (module)');
      for (const b of parameterBlocks()) expect(fake.spreadsheet.getRangeByName(b.name)!.getSheet().getName()).toBe('Paramètres (module)');
      expect(ours.getRange(1, 1, 1, 3).getValues()).toEqual([['Paramètre', 'Valeur', 'Explication']]);
      expect(fake.ui.toasts.at(-1)!.message).toContain('La feuille « Paramètres » n’a pas été créée par le module');
      // Settings lost from the add-on's sheet come back there, never in the user's (the diagnostic says
      // the range is missing, and makes the next setup a full one: fingerprint.ts).
      fake.spreadsheet.removeNamedRange(parameterBlocks()[0].name);
      checkWorkbook();
      setupWorkbook();
      user.intact();
      expect(fake.spreadsheet.getRangeByName(parameterBlocks()[0].name)!.getSheet().getName()).toBe('Paramètres (module)');
    }),
  );

  test(
    'a Paramètres sheet an earlier version made (its header row, no mark) is completed in place',
    withFake((fake) => {
      setupWorkbook();
      const params = sheet(fake, 'Paramètres');
      for (const m of params.getDeveloperMetadata()) m.remove();
      fake.spreadsheet.removeNamedRange(parameterBlocks()[0].name);
      checkWorkbook();
      setupWorkbook();
      expect(names(fake).filter((n) => /param/i.test(n))).toEqual(['Paramètres']);
      expect(fake.spreadsheet.getRangeByName(parameterBlocks()[0].name)!.getSheet().getName()).toBe('Paramètres');
    }),
  );
});

describe('setup and sync read headers in row 1 only, and never write over a user’s column', () => {
  test(
    'a missing column goes after the last used column: a user’s column with data but no header keeps its data, without a header put on it',
    withFake((fake) => {
      setupWorkbook();
      const projets = sheet(fake, 'Projets');
      projets.deleteColumn(columnsOf(projets, PROJECTS).get('investment')!);
      const width = projets.getLastColumn();
      // The user's own notes, right after the last header, with no header of their own (Projets fills
      // its 26 default columns since issue 11: the grid is widened by one as a user would).
      if (projets.getMaxColumns() === width) projets.insertColumnsAfter(width, 1);
      projets.getRange(2, width + 1, 2, 1).setValues([['à relancer'], ['ok']]);
      setupWorkbook();
      expect(projets.getRange(1, width + 1, 3, 1).getValues()).toEqual([[''], ['à relancer'], ['ok']]);
      expect(columnsOf(projets, PROJECTS).get('investment')).toBe(width + 2);
    }),
  );

  test(
    'a title above the headers: setup refuses before writing anything, saying which row holds what and what to do',
    withFake((fake) => {
      const projets = fake.spreadsheet.insertSheet('Projets');
      projets.getRange(1, 1).setValue('Suivi des projets 2026');
      projets.getRange(3, 1, 3, 3).setValues([
        ['ID', 'Nom du projet', 'Porteur'],
        ['P-0001', 'Épicerie', 'Asso A'],
        ['P-0002', 'Garage', 'Asso B'],
      ]);
      const before = JSON.stringify(fake.snapshot());
      setupWorkbook();
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      expect(fake.ui.alerts.at(-1)!.prompt).toBe(
        'Dans « Projets », les en-têtes (« ID », « Nom du projet », « Porteur »…) sont en ligne 3 et les lignes 1 à 2 au-dessus contiennent « Suivi des projets 2026 » : ' +
          'le module lit toujours les en-têtes en ligne 1 et les projets à partir de la ligne 2. Supprimez les lignes 1 à 2 (un titre peut aller dans le nom de la feuille), ' +
          'puis relancez l’action.',
      );
      // Once the rows above are deleted, setup completes the sheet where the headers are.
      projets.deleteRows(1, 2);
      setupWorkbook();
      expect(columnsOf(projets, PROJECTS).get('name')).toBe(2);
      expect(projets.getRange(2, 1, 2, 3).getValues()).toEqual([
        ['P-0001', 'Épicerie', 'Asso A'],
        ['P-0002', 'Garage', 'Asso B'],
      ]);
    }),
  );

  test(
    'sync never makes a project of a header row: a title row inserted above the headers, or the headers pasted again below them',
    withFake((fake) => {
      setupWorkbook();
      const projets = sheet(fake, 'Projets');
      projets.getRange(2, 1, 1, 2).setValues([['P-0001', 'Épicerie']]);
      syncProjects();
      const grid = () => JSON.stringify(sheet(fake, 'Grille AMI').getDataRange().getValues());
      const synced = grid();

      // A pasted table brings its header row along.
      projets.insertRowsAfter(1, 1);
      projets.getRange(2, 1, 1, 2).setValues([['ID', 'Nom du projet']]);
      syncProjects();
      expect(grid()).toBe(synced);
      expect(fake.ui.alerts.at(-1)!.prompt).toBe(
        'Dans « Projets », la ligne 2 répète les en-têtes de la ligne 1 (« ID », « Nom du projet »…) : le module la lirait comme un projet. Supprimez la ligne 2, puis relancez l’action.',
      );

      // A title typed above the headers.
      projets.deleteRow(2);
      projets.insertRowsBefore(1, 1);
      projets.getRange(1, 1).setValue('Portefeuille 2026');
      projets.getRange(4, 1, 1, 2).setValues([['P-0002', 'Garage']]);
      syncProjects();
      expect(grid()).toBe(synced);
      expect(fake.ui.alerts.at(-1)!.prompt).toContain('Dans « Projets », les en-têtes (« ID », « Nom du projet », « Porteur »…)');
      expect(fake.ui.alerts.at(-1)!.prompt).toContain('sont en ligne 2 et la ligne 1 au-dessus contient « Portefeuille 2026 »');
    }),
  );
});

describe('sync copies names only into the add-on’s name column', () => {
  test(
    'a user’s « Projet » beside the add-on’s name column renamed « Nom »: neither is written, the ambiguity is reported; the exact header wins once restored',
    withFake((fake) => {
      setupWorkbook();
      sheet(fake, 'Projets')
        .getRange(2, 1, 2, 2)
        .setValues([
          ['P-0001', 'Épicerie'],
          ['P-0002', 'Garage'],
        ]);
      syncProjects();
      const srl = sheet(fake, 'SRL');
      // The user's own column (who reviewed the project), and the add-on's name column renamed.
      srl.insertColumnsBefore(2, 1);
      srl.getRange(1, 2, 3, 1).setValues([['Projet'], ['Mme Durand'], ['M. Petit']]);
      srl.getRange(1, 3).setValue('Nom');
      sheet(fake, 'Projets').getRange(2, 2).setValue('Épicerie solidaire');
      syncProjects();
      expect(srl.getRange(1, 2, 3, 2).getValues()).toEqual([
        ['Projet', 'Nom'],
        ['Mme Durand', 'Épicerie'],
        ['M. Petit', 'Garage'],
      ]);
      expect(fake.ui.toasts.at(-1)!.message).toContain(
        'Dans « SRL », les colonnes B (« Projet ») et C (« Nom ») répondent toutes à « Nom du projet » : le module n’écrit dans aucune. Donnez l’en-tête « Nom du projet » à celle du module et un autre nom aux vôtres.',
      );
      // Other sheets are renamed as usual.
      expect(sheet(fake, 'SIAT').getRange(2, 2).getValue()).toBe('Épicerie solidaire');

      srl.getRange(1, 3).setValue('Nom du projet');
      syncProjects();
      expect(srl.getRange(1, 2, 3, 2).getValues()).toEqual([
        ['Projet', 'Nom du projet'],
        ['Mme Durand', 'Épicerie solidaire'],
        ['M. Petit', 'Garage'],
      ]);
    }),
  );

  test(
    'setup, finding two aliases of « Nom du projet » and no exact header, adds the add-on’s own column and says so; sync then writes there only',
    withFake((fake) => {
      const grid = fake.spreadsheet.insertSheet('SIAT');
      grid.getRange(1, 1, 2, 3).setValues([
        ['ID', 'Projet', 'Nom'],
        ['P-0001', 'Mon intitulé', 'Mme Durand'],
      ]);
      setupWorkbook();
      const width = columnsOf(grid, SIAT).get('name')!;
      expect(width).toBeGreaterThan(3);
      expect(fake.ui.toasts.at(-1)!.message).toContain(
        'Dans « SIAT », les colonnes B (« Projet ») et C (« Nom ») répondent toutes à « Nom du projet » : le module n’écrit dans aucune et a ajouté sa propre colonne « Nom du projet » en fin de feuille.',
      );
      sheet(fake, 'Projets')
        .getRange(2, 1, 1, 2)
        .setValues([['P-0001', 'Épicerie']]);
      syncProjects();
      expect(grid.getRange(2, 1, 1, 3).getValues()).toEqual([['P-0001', 'Mon intitulé', 'Mme Durand']]);
      expect(grid.getRange(2, width).getValue()).toBe('Épicerie');
    }),
  );

  test(
    'two columns headed with aliases of the ID: sync refuses and says which, instead of matching rows on one of them',
    withFake((fake) => {
      setupWorkbook();
      const ami = sheet(fake, 'Grille AMI');
      ami.getRange(1, 1).setValue('Identifiant');
      ami.insertColumnsBefore(2, 1);
      ami.getRange(1, 2).setValue('Code');
      syncProjects();
      expect(fake.ui.alerts.at(-1)!.prompt).toContain('Dans « Grille AMI », les colonnes A (« Identifiant ») et B (« Code ») répondent toutes à « ID »');
    }),
  );
});

describe('every number the dashboard writes is finite, or its cell is empty with a note', () => {
  test(
    'amounts and Paramètres weights near 1e308 overflow the sums: no Infinity or NaN is written, the cells say why',
    withFake((fake) => {
      loadDemo();
      const weights = fake.spreadsheet.getRangeByName('AMI_POIDS')!;
      weights.setValues(Array.from({ length: weights.getNumRows() }, () => [1e308]));
      const vc = sheet(fake, 'Captation de valeur');
      const firstFamily = columnsOf(vc, VALUE_CAPTURE).get(`amount:${VC_FAMILIES[0].id}`)!;
      vc.getRange(2, firstFamily, 2, 1).setValues([[1e308], [1e308]]);
      // A text of 310 digits is not a number either (it would read as Infinity).
      expect(toNumber('9'.repeat(310))).toBeNaN();
      vc.getRange(4, firstFamily + 1).setValue(`'${'9'.repeat(310)}`);
      buildDashboard();
      const dash = sheet(fake, 'Tableau de bord');
      const height = dash.getLastRow();
      const values = dash.getRange(1, 1, height, 3).getValues();
      const notes = dash.getRange(1, 1, height, 3).getNotes();
      const numbers = values.flat().filter((v): v is number => typeof v === 'number');
      expect(numbers.length).toBeGreaterThan(30);
      expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
      const row = (label: string) => values.findIndex((r) => r[0] === label);
      // The capture mix's first family, the ranking's totals and the groups' maxima overflowed.
      const mix = row(VC_FAMILIES[0].label.fr);
      expect(values[mix][1]).toBe('');
      expect(notes[mix][1]).toMatch(/^Laissé vide : ce calcul ne donne pas un nombre fini/);
      const portage = row('Portage');
      expect(values[portage].slice(1)).toEqual(['', '']);
      expect(notes[portage][2]).toMatch(/^Laissé vide/);
      expect(notes.flat().filter((n) => n !== '').length).toBe(values.flat().filter((v, i) => v === '' && notes.flat()[i] !== '').length);

      // Back to sane values: the cells are numbers again and the notes are gone.
      weights.setValues(Array.from({ length: weights.getNumRows() }, () => [1]));
      vc.getRange(2, firstFamily, 2, 1).setValues([[1000], [2000]]);
      buildDashboard();
      expect(
        dash
          .getRange(1, 1, height, 3)
          .getNotes()
          .flat()
          .filter((n) => n !== ''),
      ).toEqual([]);
      expect(typeof dash.getRange(mix + 1, 2).getValue()).toBe('number');
    }),
  );
});

test('a project’s row whose values happen to be headers (unit « Projet », stakeholder « Bénéficiaires ») is not taken for a header row', () => {
  const row = ['P-0001', 'Bénéficiaires', 'Emploi', 'Personnes', 3, 'Projet', 250, 'Étude', 0.2, 0.1, 0, 0.1, 3];
  expect(headerRowBelow(VALUATION, [VALUATION.columns.map((c) => c.header.fr), row])).toBe(0);
  expect(headerRowBelow(VALUATION, [['Suivi'], VALUATION.columns.map((c) => c.header.fr), row])).toBe(2);
});

test('the fake keeps a sheet’s developer metadata through a rename and a snapshot, and drops it with the sheet', () => {
  const fake = workbookFake();
  try {
    const s = fake.spreadsheet.insertSheet('A');
    s.addDeveloperMetadata('k', 'v');
    s.setName('B');
    fake.restore(fake.snapshot());
    const found = fake.spreadsheet.createDeveloperMetadataFinder().withKey('k').withValue('v').find();
    expect(found.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['B']);
    fake.spreadsheet.deleteSheet(sheet(fake, 'B'));
    expect(fake.spreadsheet.createDeveloperMetadataFinder().withKey('k').find()).toEqual([]);
  } finally {
    fake.done();
  }
});

test('headers under an empty row 1: the message says the row above is empty', () => {
  const message = headerRowProblem('Projets', PROJECTS, [[], ['ID', 'Nom du projet']], 2).render('fr');
  expect(message).toContain('les en-têtes (« ID », « Nom du projet »…) sont en ligne 2 et la ligne 1 au-dessus est vide');
});
