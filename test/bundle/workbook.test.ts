import { loadAddon } from '../../dev/addon/load';
import { createGasFake } from '../../dev/gas-fake';
import { builtBundle } from '../helpers/bundle';

/** The workbook's menu actions, run from the built dist/Code.js as Apps Script runs them. */
beforeAll(() => builtBundle());

test('the menu offers the four workbook actions, in French by default', () => {
  const fake = createGasFake();
  const addon = loadAddon(fake.createContext());
  addon.fn('onOpen')({ authMode: 'NONE' });
  const items = fake.ui.menus[0].items.filter((i): i is { caption: string; functionName: string } => 'caption' in i);
  expect(items).toEqual(
    expect.arrayContaining([
      { caption: 'Créer / compléter le classeur', functionName: 'setupWorkbook' },
      { caption: 'Synchroniser les projets', functionName: 'syncProjects' },
      { caption: 'Charger l’exemple', functionName: 'loadDemo' },
      { caption: 'Mettre à jour le tableau de bord', functionName: 'buildDashboard' },
    ]),
  );
  for (const i of items) expect(addon.has(i.functionName)).toBe(true);
});

test('loadDemo, syncProjects, buildDashboard and setupWorkbook run end to end from the bundle', () => {
  const fake = createGasFake();
  const addon = loadAddon(fake.createContext());
  addon.fn('loadDemo')();
  addon.fn('syncProjects')();
  addon.fn('buildDashboard')();
  const before = JSON.stringify(fake.snapshot());
  addon.fn('setupWorkbook')();
  expect(JSON.stringify(fake.snapshot())).toBe(before);
  expect(fake.ui.alerts).toEqual([]);
  expect(fake.ui.toasts.map((t) => t.message.split(' ')[0])).toEqual(['Exemple', 'Les', '«', 'Le']);
  expect(fake.spreadsheet.getSheetByName('Tableau de bord')!.getCharts()).toHaveLength(23); // 9, the committee's three (issue 11), the portfolio over time's three (issue 12), the SROI's four (issue 13: per stakeholder, per family, tornado, switching values), social R&D's, the Godin markers', the protocol's and the example grid users define's (issue 14)
  expect(fake.cellsWithFormulas().every((f) => f.row === 1)).toBe(true);
});

test('in English, the workbook is laid out with English sheet names and messages', () => {
  const fake = createGasFake({ locale: 'en' });
  fake.userProperties.set('lang', 'en');
  const addon = loadAddon(fake.createContext());
  addon.fn('setupWorkbook')();
  expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
    'Projects',
    'AMI grid',
    'SRL',
    'Value capture',
    'SIAT',
    'Disruptive innovation',
    'Social R&D',
    'Godin markers',
    'Protocol',
    'Valuation',
    'Target social system',
    'Committee',
    'Settings',
    'Dashboard',
  ]);
  expect(fake.ui.toasts.at(-1)!.message).toMatch(/^Sheets created: Projects, AMI grid/);
  expect(fake.spreadsheet.getRangeByName('LANGUE')!.getValue()).toBe('en');
});
