import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDON_NAME, MENU_CAPTIONS } from '../../src/sheets/menu-captions';

/**
 * The user guide (docs/guide.md, issue 16 §5) against what it shows and quotes, without a browser:
 * its pictures (taken by test/browser/guide.test.ts) all exist and are all used, the menu items it
 * names are the menu's own captions, its French spacing is the sidebar's, and the README opens on it.
 */
const GUIDE = 'docs/guide.md';
const IMAGES = 'docs/guide/images';
const guide = readFileSync(GUIDE, 'utf8');
/** The guide's prose: code blocks and code spans left out (formulas keep their `;` unspaced). */
const prose = guide.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
const linked = (text: string) => [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);

test('every picture the guide shows exists, and every picture of docs/guide/images is shown', () => {
  const shown = linked(guide);
  expect(shown.length).toBeGreaterThanOrEqual(8);
  for (const path of shown) expect([path, existsSync(join('docs', path))]).toEqual([path, true]);
  const files = readdirSync(IMAGES).filter((f) => f.endsWith('.png'));
  expect(files.map((f) => `guide/images/${f}`).sort()).toEqual([...new Set(shown)].sort());
  // Each picture has a French description for screen readers (the alt text between the brackets).
  for (const m of guide.matchAll(/!\[([^\]]*)\]\(/g)) expect(m[1].length).toBeGreaterThan(20);
});

test('every menu item the guide names (« Menu › **…** ») is one of the menu’s captions, and the guide names them all', () => {
  // The rule the guide states at its top: a menu item is written after « › » in bold, as Sheets shows it.
  const named = [...prose.matchAll(/›\s*\*\*([^*]+)\*\*/g)].map((m) => m[1].replace(/\s+/g, ' ').trim());
  const captions: string[] = Object.values(MENU_CAPTIONS).map((c) => c.fr);
  const unknown = named.filter((n) => n !== `Extensions › ${ADDON_NAME}` && !captions.includes(n));
  expect(unknown).toEqual([]);
  expect(captions.filter((c) => !named.includes(c))).toEqual([]);
  expect(guide).toContain(`**Extensions › ${ADDON_NAME}**`);
});

test('French typography: a narrow no-break space before : ; ? ! and inside « », as the sidebar writes them', () => {
  const lines = prose.split('\n');
  // Markdown link targets and addresses have no spaces; a plain space before the mark is the mistake.
  const wrong = lines.filter((l) => / [:;?!](\s|$)/.test(l) || /« | »/.test(l));
  expect(wrong).toEqual([]);
  expect(prose).toMatch(/\u202f:/);
  expect(prose).toMatch(/«\u202f[^»]+\u202f»/);
  // Apostrophes are curly in French prose (code spans are left out above).
  expect(prose.match(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/g) ?? []).toEqual([]);
});

test('the README opens with a French summary, a picture of the guide and the link to the guide', () => {
  const top = readFileSync('README.md', 'utf8').split('\n').slice(0, 15).join('\n');
  expect(top).toContain('(docs/guide.md)');
  const pictures = linked(top);
  expect(pictures.length).toBeGreaterThan(0);
  for (const path of pictures) {
    expect(path.startsWith('docs/guide/images/')).toBe(true);
    expect(existsSync(path)).toBe(true);
  }
  expect(top).toMatch(/module complémentaire|Google Sheets/);
});

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
const anchors = (markdown: string) => new Set([...markdown.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1])));

test('the guide’s links to its own sections and to the README’s land on a heading', () => {
  const own = anchors(guide);
  const readme = anchors(readFileSync('README.md', 'utf8'));
  const links = [...guide.matchAll(/\]\(((?:\.\.\/README\.md)?)#([^)]+)\)/g)].map((m) => [m[1], m[2]]);
  expect(links.length).toBeGreaterThan(10);
  const broken = links.filter(([file, anchor]) => !(file ? readme : own).has(anchor));
  expect(broken).toEqual([]);
});

test('the guide says how its pictures are made again', () => {
  expect(guide).toContain('`npx jest test/browser/guide.test.ts`');
});
