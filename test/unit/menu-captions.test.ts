import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { MENU } from '../../src/server/menu';
import { menuHint } from '../../src/server/sidebar/menu-hint';
import { buildDashboard } from '../../src/server/actions/build-dashboard';
import { MENU_CAPTIONS, menuItem } from '../../src/sheets/menu-captions';
import { workbookFake } from '../helpers/workbook';

/** The menu's captions live in one module: the menu is built from it and every message quotes it. */

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });

/** The text of every string and template literal of a source file (comments excluded). */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const apostrophes = (text: string) => text.replace(/’/g, "'");

test('the menu is built from MENU_CAPTIONS, one item per caption', () => {
  const items = MENU.filter((i) => i !== 'separator');
  expect(items.map((i) => i.action).sort()).toEqual(Object.keys(MENU_CAPTIONS).sort());
  for (const item of items) expect(item.caption).toBe(MENU_CAPTIONS[item.action]);
});

test('no source file spells a caption by hand: messages quote MENU_CAPTIONS', () => {
  const captions = Object.values(MENU_CAPTIONS)
    .flatMap((c) => [c.fr, c.en])
    .map(apostrophes);
  const copies = filesUnder('src')
    .filter((f) => !f.endsWith(join('sheets', 'menu-captions.ts')))
    .flatMap((f) =>
      literals(f)
        .filter((text) => captions.some((c) => apostrophes(text).includes(c)))
        .map((text) => `${f}: ${text}`),
    );
  expect(copies).toEqual([]);
});

test('messages show the caption exactly as the menu does, in each language', () => {
  expect(menuItem('loadDemo', 'fr')).toBe('« Charger l’exemple »');
  expect(menuItem('syncProjects', 'en')).toBe('"Synchronise projects"');
  expect(menuHint('setupWorkbook', 'fr')).toBe('utilisez « Créer / compléter le classeur » dans le menu du module');

  const fake = workbookFake();
  try {
    buildDashboard(); // an empty workbook: no Projets sheet
    const prompt = fake.ui.alerts.at(-1)!.prompt;
    expect(prompt).toContain(`« ${MENU_CAPTIONS.setupWorkbook.fr} »`);
    expect(prompt).toContain(`« ${MENU_CAPTIONS.loadDemo.fr} »`);
  } finally {
    fake.done();
  }
});
