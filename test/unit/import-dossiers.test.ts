/**
 * Issue 15 §1: importing a Démarches simplifiées export into Projets. The fixtures under
 * test/fixtures/demarches/ are shaped like the platform's CSV export (../shared/notes/
 * demarches-simplifiees-export.md): `;` separator, quoted multi-line fields, `12 500,00`,
 * `jj/mm/aaaa hh:mm`, an older and a newer version of one démarche (columns moved, « Archivé »
 * become « À archiver »), a démarche for individuals.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UtilitiesService } from '../../dev/gas-fake/services';
import { readDossiers, readExportDate } from '../../src/core/import/dossiers';
import { locate, proposeMapping } from '../../src/core/import/mapping';
import { planImport, sameValue } from '../../src/core/import/plan';
import { OPINIONS } from '../../src/core/import/opinions';
import { PROJECTS } from '../../src/sheets/schema';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { importDossiers } from '../../src/server/actions/import-dossiers';
import { syncProjects } from '../../src/server/actions/sync-projects';
import { columnsOf, sheet, withFake, type Fake } from '../helpers/workbook';

const utilities = new UtilitiesService();
const fixture = (name: string) => utilities.parseCsv(readFileSync(path.join(__dirname, '../fixtures/demarches', name), 'utf8'), ';');
const OLDER = fixture('dossiers-2024-03-20.csv');
const NEWER = fixture('dossiers-2024-04-02.csv');
const INDIVIDUALS = fixture('dossiers-particuliers-2025.csv');
const OPINIONS_OLDER = fixture('avis-2024-03-20.csv');
const OPINIONS_NEWER = fixture('avis-2024-04-02.csv');

describe('Utilities.parseCsv (the fake, as the server calls it)', () => {
  test('`;`, quoted multi-line fields, `""`, CRLF and LF, no empty last record, values kept as strings', () => {
    expect(utilities.parseCsv('a;"b;\nc";"d ""e"""\r\n1;12 500,00;05/03/2024 10:30\n', ';')).toEqual([
      ['a', 'b;\nc', 'd "e"'],
      ['1', '12 500,00', '05/03/2024 10:30'],
    ]);
    expect(utilities.parseCsv('a,b\n,')).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
    expect(() => utilities.parseCsv('a;"b', ';')).toThrow(/unterminated/);
  });

  test('the fixtures parse into one record per dossier, multi-line fields whole', () => {
    expect(OLDER).toHaveLength(8); // header + 7 rows
    expect(NEWER).toHaveLength(8);
    expect(OLDER[1][OLDER[0].indexOf('Besoin social identifié')]).toBe(
      'Isolement des habitants âgés des résidences sociales ;\nalimentation de qualité trop chère.',
    );
  });
});

describe('the mapping, by column name', () => {
  const expected = {
    dossier: ['ID'],
    name: ['Nom du projet'],
    holder: ['Association titre', 'Entreprise raison sociale'],
    siret: ['Établissement SIRET'],
    territory: ['Territoire'],
    requested: ['Montant demandé'],
    need: ['Besoin social identifié'],
    response: ['Réponse proposée'],
    publics: ['Publics prioritaires'],
    status: ['État du dossier'],
    filed: ['Déposé le'],
  };

  test('an association/company démarche: the platform’s columns and the call’s own fields', () => {
    expect(proposeMapping(OLDER[0])).toEqual(expected);
  });

  test('the newer export moved its columns: the same names give the same mapping, at other positions', () => {
    expect(proposeMapping(NEWER[0])).toEqual(expected);
    expect(locate(NEWER[0], expected).columns.get('requested')).toEqual([NEWER[0].indexOf('Montant demandé')]);
    expect(NEWER[0].indexOf('Montant demandé')).not.toBe(OLDER[0].indexOf('Montant demandé'));
  });

  test('an individuals’ démarche: the holder is the person (Prénom + Nom), the territory a commune field', () => {
    const m = proposeMapping(INDIVIDUALS[0]);
    expect(m.person).toEqual(['Prénom', 'Nom']);
    expect(m.holder).toBeUndefined();
    expect(m.territory).toEqual(['Commune']);
  });

  test('case, accents and spaces ignored; a commune’s « (Département) » column found by its suffix; a saved choice wins', () => {
    const header = ['numéro de dossier', 'NOM DU PROJET', 'Lieu du projet (Département)', 'Intitulé court'];
    expect(proposeMapping(header)).toEqual({ dossier: ['numéro de dossier'], name: ['NOM DU PROJET'], territory: ['Lieu du projet (Département)'] });
    expect(proposeMapping(header, { name: ['Intitulé court'] }).name).toEqual(['Intitulé court']);
    // A saved column the export no longer has: the names are proposed again.
    expect(proposeMapping(header, { name: ['Titre disparu'] }).name).toEqual(['NOM DU PROJET']);
  });
});

describe('reading the dossiers', () => {
  test('the older export: three dossiers read, four rows refused one by one with the reason', () => {
    const { dossiers, refused } = readDossiers(OLDER.slice(1), locate(OLDER[0], proposeMapping(OLDER[0])));
    expect(dossiers.map((d) => d.number)).toEqual(['1204301', '1204388', '1204412']);
    const [jardins, recyclerie, mineurs] = dossiers;
    expect(jardins.values).toEqual({
      dossier: '1204301',
      name: 'Potagers solidaires au pied des immeubles',
      holder: 'Les Jardins Partagés de Bègles',
      siret: '44306184100047',
      territory: 'Bègles',
      requested: 12500, // « 12 500,00 »: grouping space, decimal comma
      need: 'Isolement des habitants âgés des résidences sociales ;\nalimentation de qualité trop chère.',
      response: 'Des potagers cultivés « avec » les habitants,\net une épicerie solidaire qui écoule la récolte.',
      publics: 'Bénéficiaires du RSA, Seniors',
      status: 'En instruction',
      filed: new Date(2024, 2, 5, 10, 30), // « 05/03/2024 10:30 »
    });
    expect(recyclerie.values.holder).toBe('RECYCLERIE ATLANTIQUE'); // a company: no association title
    expect(recyclerie.values.requested).toBe(48000);
    expect(mineurs.values.requested).toBe(7800.5); // « 7 800,50 »
    expect(refused.map((r) => [r.row, r.number, r.reason.fr])).toEqual([
      [5, undefined, 'pas de numéro de dossier'],
      [6, '1204455', 'le dossier n° 1204455 est aussi en ligne 7 (en double)'],
      [7, '1204455', 'le dossier n° 1204455 est aussi en ligne 6 (en double)'],
      [8, '1204502', 'montant demandé « douze mille » : pas un montant (un nombre positif, 12 500,00 par exemple)'],
    ]);
  });

  test('dates `jj/mm/aaaa hh:mm`, a date cell, a day that does not exist; states and an unknown one', () => {
    expect(readExportDate('05/03/2024 10:30')).toEqual(new Date(2024, 2, 5, 10, 30));
    expect(readExportDate('5/3/2024')).toEqual(new Date(2024, 2, 5));
    expect(readExportDate(new Date(2024, 0, 2))).toEqual(new Date(2024, 0, 2));
    expect(readExportDate('31/02/2024 10:00')).toBeUndefined();
    expect(readExportDate('2024-03-05')).toBeUndefined();
    const header = ['ID', 'État du dossier', 'Déposé le', 'Montant demandé'];
    const read = readDossiers(
      [
        ['1', 'Brouillon', '', ''],
        ['2', 'classé sans suite', '', '12 500 €'],
        ['3', 'Perdu', '31/02/2024 10:00', '-5'],
        ['', '', '', ''],
      ],
      locate(header, proposeMapping(header)),
    );
    expect(read.dossiers.map((d) => [d.number, d.values.status, d.values.requested])).toEqual([
      ['1', 'En construction', undefined],
      ['2', 'Classé sans suite', 12500],
    ]);
    expect(read.refused).toHaveLength(1); // the blank row is skipped, not refused
    expect(read.refused[0].reason.fr).toBe(
      'montant demandé « -5 » : pas un montant (un nombre positif, 12 500,00 par exemple) ; état « Perdu » inconnu (En construction, Déposé, En instruction, Accepté, Refusé, Classé sans suite, Brouillon) ; date de dépôt « 31/02/2024 10:00 » illisible (jj/mm/aaaa hh:mm)',
    );
  });

  test('the plan: a known number updates only the cells that change; an amount typed `12 500,00` is the same 12500', () => {
    const header = ['ID', 'Montant demandé', 'Nom du projet'];
    const { dossiers } = readDossiers([['7', '12 500,00', 'Nouveau nom']], locate(header, proposeMapping(header)));
    expect(sameValue('12 500,00', 12500)).toBe(true);
    const plan = planImport(new Map([['7', { row: 3, cells: { requested: 12500, name: 'Ancien nom', dossier: 7 } }]]), dossiers);
    expect(plan.updated.map((u) => [u.row, [...u.changes]])).toEqual([[3, [['name', 'Nouveau nom']]]]);
  });
});

/** Puts an export's table into a sheet as Fichier › Importer would (« Insérer une ou plusieurs feuilles »). */
function importedSheet(fake: Fake, name: string, table: string[][]): void {
  const s = fake.spreadsheet.insertSheet(name);
  const width = Math.max(...table.map((r) => r.length));
  if (s.getMaxColumns() < width) s.insertColumnsAfter(s.getMaxColumns(), width - s.getMaxColumns());
  s.getRange(1, 1, table.length, width).setValues(table.map((r) => [...r, ...Array(width - r.length).fill('')]));
}

function runMenuImport(fake: Fake, sheetName: string): string {
  fake.ui.promptResponse = { button: 'OK', text: sheetName };
  fake.ui.alertResponse = 'YES';
  const before = fake.ui.alerts.length;
  importDossiers();
  const shown = fake.ui.alerts.slice(before).map((a) => a.prompt);
  expect(shown).toHaveLength(2); // the mapping to confirm, then the report
  return shown[1];
}

function projets(fake: Fake, name = 'Projets', spec = PROJECTS): Record<string, unknown>[] {
  const s = sheet(fake, name);
  const at = columnsOf(s, spec);
  return s
    .getDataRange()
    .getValues()
    .slice(1)
    .filter((r) => r[at.get('id')! - 1] !== '')
    .map((r) => Object.fromEntries([...at].map(([id, c]) => [id, r[c - 1]])));
}

test(
  'the older export, then the newer one: added, updated, unchanged and refused, with nothing else touched',
  withFake((fake) => {
    setupWorkbook();
    importedSheet(fake, 'Export 20-03', OLDER);
    const first = runMenuImport(fake, 'Export 20-03');
    expect(fake.ui.alerts[0].prompt).toContain('• N° dossier ← « ID »');
    expect(fake.ui.alerts[0].prompt).toContain('• Structure (porteur) ← « Association titre » + « Entreprise raison sociale »');
    expect(first).toBe(
      [
        'Ajoutés : 3 (n° 1204301 → P-0001, n° 1204388 → P-0002, n° 1204412 → P-0003).',
        'Mis à jour : 0.',
        'Inchangés : 0.',
        'Refusés : 4, non importés :',
        '– ligne 5 : pas de numéro de dossier',
        '– ligne 6 (n° 1204455) : le dossier n° 1204455 est aussi en ligne 7 (en double)',
        '– ligne 7 (n° 1204455) : le dossier n° 1204455 est aussi en ligne 6 (en double)',
        '– ligne 8 (n° 1204502) : montant demandé « douze mille » : pas un montant (un nombre positif, 12 500,00 par exemple)',
        'Corrigez-les dans l’export puis relancez : les autres dossiers ne bougeront pas.',
        'Lancez « Synchroniser les projets » pour donner aux nouveaux projets leur ligne dans chaque grille.',
      ].join('\n'),
    );
    // The mapping is kept with the workbook for the next export.
    expect(JSON.parse(PropertiesService.getDocumentProperties().getProperty('dsImportMapping')!).dossier).toEqual(['ID']);

    // Between the two exports: the projects get their grid rows, a reviewer is assigned, a status is set by hand.
    syncProjects();
    const s = sheet(fake, 'Projets');
    const at = columnsOf(s, PROJECTS);
    s.getRange(2, at.get('reviewers')!).setValue('Claire Martin');
    s.getRange(4, at.get('call')!).setValue('AMI 2024');
    const gridBefore = JSON.stringify(sheet(fake, 'Grille AMI').getDataRange().getValues());

    importedSheet(fake, 'Export 02-04', NEWER);
    const second = runMenuImport(fake, 'Export 02-04');
    expect(second.split('\n').slice(0, 6)).toEqual([
      'Ajoutés : 3 (n° 1204455 → P-0004, n° 1204502 → P-0005, n° 1204610 → P-0006).',
      'Mis à jour : 1 (P-0001 : Montant demandé (€), Statut).',
      'Inchangés : 2.',
      'Refusés : 1, non importés :',
      '– ligne 8 : « 12O4700 » n’est pas un numéro de dossier (un nombre entier)',
      'Corrigez-les dans l’export puis relancez : les autres dossiers ne bougeront pas.',
    ]);
    const rows = projets(fake);
    expect(rows.map((r) => [r.id, r.dossier, r.status, r.requested])).toEqual([
      ['P-0001', '1204301', 'Accepté', 13000],
      ['P-0002', '1204388', 'En construction', 48000],
      ['P-0003', '1204412', 'Accepté', 7800.5],
      ['P-0004', '1204455', 'En instruction', 20000],
      ['P-0005', '1204502', 'En instruction', 9000], // « 9 000 € »
      ['P-0006', '1204610', 'En instruction', 3200],
    ]);
    expect(rows[0].reviewers).toBe('Claire Martin');
    expect(rows[2].call).toBe('AMI 2024');
    expect(rows[0].filed).toEqual(new Date(2024, 2, 5, 10, 30));
    expect(rows[5].publics).toBe('Seniors, Personnes handicapées');
    // An applicant's « project name » that looks like a formula stays text.
    expect(rows[5].name).toBe('=HYPERLINK("http://exemple.invalid";"Cliquez ici")');
    expect(s.getRange(7, at.get('name')!).getFormula()).toBe('');
    expect(fake.cellsWithFormulas().filter((f) => f.sheet === 'Projets' && f.row > 1)).toEqual([]);
    // Scores are never touched.
    expect(JSON.stringify(sheet(fake, 'Grille AMI').getDataRange().getValues())).toBe(gridBefore);

    // The same export again: nothing changes.
    const snapshot = JSON.stringify(s.getDataRange().getValues());
    expect(runMenuImport(fake, 'Export 02-04').split('\n').slice(0, 3)).toEqual(['Ajoutés : 0.', 'Mis à jour : 0.', 'Inchangés : 6.']);
    expect(JSON.stringify(s.getDataRange().getValues())).toBe(snapshot);
  }),
);

test(
  'an individual’s dossier: the holder is « Prénom Nom »; the add-on’s own sheets and a missing sheet are refused with a message',
  withFake((fake) => {
    setupWorkbook();
    importedSheet(fake, 'Particuliers', INDIVIDUALS);
    expect(runMenuImport(fake, 'Particuliers')).toMatch(/^Ajoutés : 1 \(n° 1310007 → P-0001\)/);
    expect(projets(fake)[0]).toMatchObject({
      holder: 'Hélène Durand',
      territory: 'Mont-de-Marsan',
      requested: 2450,
      need: 'Des seniors isolés qui ne peuvent plus entretenir leur logement.',
    });

    fake.ui.promptResponse = { button: 'OK', text: 'Projets' };
    importDossiers();
    expect(fake.ui.alerts.at(-1)!.prompt).toMatch(/^« Projets » est une feuille du module, pas un export/);
    fake.ui.promptResponse = { button: 'OK', text: 'Export absent' };
    importDossiers();
    expect(fake.ui.alerts.at(-1)!.prompt).toBe('La feuille « Export absent » est introuvable dans ce classeur.');
    // Cancelled at the confirmation: nothing written.
    const before = JSON.stringify(sheet(fake, 'Projets').getDataRange().getValues());
    importedSheet(fake, 'Ancien', OLDER);
    fake.ui.promptResponse = { button: 'OK', text: 'Ancien' };
    fake.ui.alertResponse = 'NO';
    importDossiers();
    expect(JSON.stringify(sheet(fake, 'Projets').getDataRange().getValues())).toBe(before);
  }),
);

test(
  'the export’s Avis sheet goes to « Avis DS », beside the assessments: by dossier number, an answer given since updates its row',
  withFake((fake) => {
    setupWorkbook();
    importedSheet(fake, 'Dossiers', OLDER);
    runMenuImport(fake, 'Dossiers');
    const grids = JSON.stringify(fake.snapshot().sheets.filter((x: { name: string }) => x.name !== 'Avis DS'));

    importedSheet(fake, 'Avis', OPINIONS_OLDER);
    expect(runMenuImport(fake, 'Avis')).toBe(
      [
        '« Avis DS » : ajoutés : 3, mis à jour : 0, inchangés : 0.',
        'Refusés : 2, non importés :',
        '– ligne 5 (n° 9999999) : le dossier n° 9999999 n’est pas dans Projets : importez d’abord ses dossiers',
        '– ligne 6 : pas de numéro de dossier',
        'Corrigez-les dans l’export puis relancez : les autres dossiers ne bougeront pas.',
      ].join('\n'),
    );
    expect(fake.ui.alerts.at(-2)!.prompt).toMatch(/^Cette feuille contient les avis d’experts de l’export \(Avis\) : 5 lignes à importer dans « Avis DS »/);
    const rows = () => projets(fake, 'Avis DS', OPINIONS);
    expect(rows().map((r) => [r.id, r.dossier, r.expert, r.asked, r['yes-no']])).toEqual([
      ['P-0001', '1204301', 'expert.agri@chambre-agriculture.fr', new Date(2024, 2, 12, 9, 0), 'oui'],
      ['P-0001', '1204301', 'insertion@departement33.fr', new Date(2024, 2, 12, 9, 5), ''],
      ['P-0003', '1204412', 'cma46@artisanat.fr', new Date(2024, 2, 6, 10, 0), ''],
    ]);
    expect(rows()[0].answer).toBe('Modèle fragile la première année ;\nles ventes de la récolte ne couvriront pas le salaire avant 2026.');

    importedSheet(fake, 'Avis 2', OPINIONS_NEWER);
    expect(runMenuImport(fake, 'Avis 2').split('\n')[0]).toBe('« Avis DS » : ajoutés : 0, mis à jour : 1, inchangés : 2.');
    expect(rows()[1]).toMatchObject({ answer: 'Public bien ciblé ; prévoir un référent RSA.', 'yes-no': 'oui', answered: new Date(2024, 2, 28, 16, 0) });
    // Nothing else in the workbook moved (the export sheets added by the test aside).
    const after = fake.snapshot().sheets.filter((x: { name: string }) => !['Avis DS', 'Avis', 'Avis 2'].includes(x.name));
    expect(JSON.stringify(after)).toBe(grids);
  }),
);
