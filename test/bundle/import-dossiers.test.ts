/**
 * Issue 15 §1 from the built dist/Code.js: the panel's « Importer des dossiers » endpoint
 * (importDossiersFile) as google.script.run calls it, on the CSV text of the fixtures (BOM, `;`,
 * quoted multi-line fields, CRLF): the mapping proposed first, nothing written; then the import;
 * then the newer export over it. And the menu item.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAddon } from '../../dev/addon/load';
import { createGasFake } from '../../dev/gas-fake';
import { UtilitiesService } from '../../dev/gas-fake/services';
import { builtBundle } from '../helpers/bundle';

beforeAll(() => builtBundle());

const csv = (name: string) => readFileSync(path.join(__dirname, '../fixtures/demarches', name), 'utf8');
type Reply = {
  ok: boolean;
  data?: { rows: number; columns: string[]; mapping: { field: string; label: string; columns: string[] }[]; report?: string };
  error?: { kind: string; message: string };
};

test('the panel’s file: mapping proposed (nothing written), imported, then the newer export updates and adds', () => {
  const fake = createGasFake();
  const addon = loadAddon(fake.createContext());
  addon.fn('setupWorkbook')();
  const importFile = (request: unknown) => addon.fn('importDossiersFile')(request) as Reply;
  const before = JSON.stringify(fake.snapshot());

  // A byte-order mark, as some tools save UTF-8 CSV: dropped before parsing.
  const older = `\uFEFF${csv('dossiers-2024-03-20.csv')}`;
  const proposed = importFile({ text: older, lang: 'fr' });
  expect(proposed.ok).toBe(true);
  expect(proposed.data!.rows).toBe(7);
  expect(proposed.data!.columns[0]).toBe('ID');
  expect(proposed.data!.mapping.find((m) => m.field === 'requested')).toEqual({ field: 'requested', label: 'Montant demandé', columns: ['Montant demandé'] });
  expect(proposed.data!.report).toBeUndefined();
  expect(JSON.stringify(fake.snapshot())).toBe(before);

  // The mapping as the person left it: the territory taken from the department column instead.
  const mapping = Object.fromEntries(proposed.data!.mapping.filter((m) => m.columns.length).map((m) => [m.field, m.columns]));
  mapping.territory = ['Territoire (Département)'];
  const done = importFile({ text: older, confirm: true, mapping, lang: 'fr' });
  expect(done.data!.report).toMatch(
    /^Ajoutés : 3 \(n° 1204301 → P-0001, n° 1204388 → P-0002, n° 1204412 → P-0003\)\.\nMis à jour : 0\.\nInchangés : 0\.\nRefusés : 4/,
  );
  const projets = fake.spreadsheet.getSheetByName('Projets')!;
  const header = projets.getRange(1, 1, 1, projets.getLastColumn()).getValues()[0];
  const row2 = projets.getRange(2, 1, 1, projets.getLastColumn()).getValues()[0];
  expect(row2[header.indexOf('Territoire')]).toBe('33 – Gironde');
  expect(row2[header.indexOf('N° dossier')]).toBe('1204301');
  expect(row2[header.indexOf('SIRET')]).toBe('44306184100047');

  // The newer export, its columns moved: the saved mapping (with the department) is proposed again.
  const newer = csv('dossiers-2024-04-02.csv');
  const again = importFile({ text: newer, lang: 'fr' });
  expect(again.data!.mapping.find((m) => m.field === 'territory')!.columns).toEqual(['Territoire (Département)']);
  const second = importFile({ text: newer, confirm: true, lang: 'fr' });
  expect(second.data!.report!.split('\n').slice(0, 3)).toEqual([
    'Ajoutés : 3 (n° 1204455 → P-0004, n° 1204502 → P-0005, n° 1204610 → P-0006).',
    'Mis à jour : 1 (P-0001 : Montant demandé (€), Statut).',
    'Inchangés : 2.',
  ]);
  expect(fake.cellsWithFormulas().filter((f) => f.sheet === 'Projets' && f.row > 1)).toEqual([]);

  // The export's Avis sheet, brought in with Fichier › Importer, through the menu; then the panel's list for P-0001.
  const getOpinions = (request: unknown) => addon.fn('getOpinions')(request) as { ok: boolean; data?: { opinions: Record<string, string>[] } };
  expect(getOpinions({ id: 'P-0001', lang: 'fr' })).toEqual({ ok: true, data: { opinions: [] } });
  const avis = new UtilitiesService().parseCsv(csv('avis-2024-03-20.csv'), ';');
  fake.spreadsheet.insertSheet('Avis').getRange(1, 1, avis.length, avis[0].length).setValues(avis);
  fake.ui.promptResponse = { button: 'OK', text: 'Avis' };
  fake.ui.alertResponse = 'YES';
  addon.fn('importDossiers')();
  expect(fake.ui.alerts.at(-1)!.prompt.split('\n')[0]).toBe('« Avis DS » : ajoutés : 3, mis à jour : 0, inchangés : 0.');
  const opinions = getOpinions({ id: 'P-0001', lang: 'fr' }).data!.opinions;
  expect(opinions.map((o) => [o.expert, o.asked, o.yesNo, o.answered])).toEqual([
    ['expert.agri@chambre-agriculture.fr', '2024-03-12', 'oui', '2024-03-20'],
    ['insertion@departement33.fr', '2024-03-12', '', ''],
  ]);
  expect(getOpinions({ id: 'P-0001', reviewer: 'x', lang: 'fr' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
});

test('refused requests: an empty text, an unknown field, a file that is no CSV, a file without dossiers', () => {
  const fake = createGasFake();
  const addon = loadAddon(fake.createContext());
  addon.fn('setupWorkbook')();
  const importFile = (request: unknown) => addon.fn('importDossiersFile')(request) as Reply;
  expect(importFile({ text: '', lang: 'fr' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  expect(importFile({ text: 'ID;Nom du projet\n1;A', mapping: { score: ['ID'] }, lang: 'fr' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  expect(importFile({ text: 'ID;Nom du projet\n1;"A', lang: 'fr' }).error!.message).toMatch(/^Le fichier n’a pas pu être lu comme un CSV \(séparateur « ; »\)/);
  expect(importFile({ text: 'ID;Nom du projet\n', lang: 'fr' }).error!.message).toMatch(/^Le fichier ne contient aucun dossier/);
  // No column for the dossier number: nothing written, and the message says why it is needed.
  const reply = importFile({ text: 'Nom du projet;Montant demandé\nA;12 500,00', confirm: true, lang: 'fr' });
  expect(reply.error!.message).toMatch(/^Aucune colonne de l’export n’est associée au « N° dossier »/);
});

test('the menu offers « Importer des dossiers (Démarches simplifiées) » after the sync', () => {
  const fake = createGasFake();
  const addon = loadAddon(fake.createContext());
  addon.fn('onOpen')({ authMode: 'FULL' });
  const captions = fake.ui.menus[0].items.flatMap((i) => ('caption' in i ? [i.caption] : []));
  expect(captions.slice(1, 4)).toEqual(['Créer / compléter le classeur', 'Synchroniser les projets', 'Importer des dossiers (Démarches simplifiées)']);
});
