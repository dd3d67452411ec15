import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CODE_PATH, loadAddon, plain } from '../../dev/addon/load';
import { createGasFake } from '../../dev/gas-fake';
import { builtBundle } from '../helpers/bundle';

/**
 * The artefact clasp pushes, loaded as Apps Script loads it: one global scope, only our fakes as
 * services. `npm test` builds dist/ first.
 */
beforeAll(() => builtBundle());

const code = () => readFileSync(CODE_PATH, 'utf8');

test('loading the bundle in a bare context does no work and needs no Apps Script service', () => {
  const context = vm.createContext({});
  expect(() => vm.runInContext(code(), context)).not.toThrow();
  expect(typeof context.onOpen).toBe('function');
});

test('every entry point of the registry is a real top-level function declaration', () => {
  const addon = loadAddon();
  const declared = addon.topLevelFunctions();
  const entries = plain(addon.context.GIS_.entryPoints() as { name: string; params: string[] }[]);
  expect(declared.sort()).toEqual(entries.map((e) => e.name).sort());
  for (const e of entries) {
    expect(code()).toContain(`function ${e.name}(${e.params.join(', ')}) {`);
    expect(e.name.endsWith('_')).toBe(false);
  }
  expect(declared).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
});

test('the manifest asks for exactly the two least-privilege scopes, on V8', () => {
  const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
});

describe('onOpen', () => {
  function openIn(mode: 'NONE' | 'LIMITED' | 'FULL', lang?: 'en') {
    const fake = createGasFake();
    if (lang) fake.userProperties.set('lang', lang);
    const addon = loadAddon(fake.createContext());
    fake.setAuthMode(mode);
    addon.fn('onOpen')({ authMode: mode });
    fake.setAuthMode('FULL');
    return { fake, addon };
  }

  test('in AuthMode.NONE it only adds the add-on menu, in French, and every item is a top-level function', () => {
    const { fake, addon } = openIn('NONE', 'en');
    expect(fake.ui.menus).toHaveLength(1);
    const items = fake.ui.menus[0].items.filter((i): i is { caption: string; functionName: string } => 'functionName' in i);
    expect(items.length).toBeGreaterThan(1);
    expect(items.map((i) => i.caption)).toContain('Ouvrir le panneau');
    for (const item of items) expect(addon.has(item.functionName)).toBe(true);
    // No property read, no sheet access: the only calls are the menu's.
    expect(Object.keys(fake.calls.byMethod).every((m) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(m))).toBe(true);
  });

  test('once authorised, the menu follows the user’s language', () => {
    const { fake } = openIn('FULL', 'en');
    const captions = fake.ui.menus[0].items.map((i) => ('caption' in i ? i.caption : ''));
    expect(captions).toContain('Open the panel');
  });

  test('onInstall shows the menu right away', () => {
    const fake = createGasFake();
    const addon = loadAddon(fake.createContext());
    addon.fn('onInstall')({ authMode: 'FULL' });
    expect(fake.ui.menus).toHaveLength(1);
  });
});

test('a custom function runs end to end from the built file', () => {
  const addon = loadAddon();
  const result = plain(
    addon.fn('AMI_SCORE')([
      [3, 3, 3, 3, 'Fort', 'fort', 'FORTE', 2, 2, 2, 'intermediaire', 1],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
    ]),
  );
  expect(result).toEqual([[30], ['']]); // 3×7 (Fort) + 2×4 + 1
});

test('the formula help dialog lists every custom function from the registry, escaped', () => {
  const fake = createGasFake();
  const addon = loadAddon(fake.createContext());
  addon.fn('showFormulaHelp')();
  expect(fake.ui.dialogs).toHaveLength(1);
  const html = fake.ui.dialogs[0].content;
  for (const name of addon.customFunctionNames()) expect(html).toContain(`<code>${name}</code>`);
  expect(html).not.toMatch(/<script/i);
});
