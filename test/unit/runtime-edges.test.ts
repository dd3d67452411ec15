/**
 * Apps Script's runtime edges: a menu that always appears, a missing document lock said for what it
 * is, and a sidebar poll that reads no Properties.
 */
import { onOpen } from '../../src/server/menu';
import { getContext } from '../../src/server/sidebar/get-context';
import { getProject } from '../../src/server/sidebar/get-project';
import { withDocumentLock } from '../../src/sheets/lock';
import { PROJECTS } from '../../src/sheets/schema';
import { addSheet, workbookFake, type Fake } from '../helpers/workbook';

let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
});
afterEach(() => fake.done());

const captions = () => fake.ui.menus[0].items.map((i) => ('caption' in i ? i.caption : '—'));

describe('onOpen', () => {
  test('builds the menu, in French, when Properties cannot be read', () => {
    fake.userProperties.set('lang', 'en');
    // A PropertiesService that fails (fake.done() puts the fake's back).
    Object.assign(globalThis, {
      PropertiesService: {
        getUserProperties: () => {
          throw new Error('Exception: You do not have permission to call PropertiesService.getUserProperties');
        },
      },
    });
    expect(() => onOpen({ authMode: ScriptApp.AuthMode.LIMITED } as GoogleAppsScript.Events.SheetsOnOpen)).not.toThrow();
    expect(fake.ui.menus).toHaveLength(1);
    expect(captions()).toContain('Ouvrir le panneau');
  });

  test('follows the user’s language when Properties can be read', () => {
    fake.userProperties.set('lang', 'en');
    onOpen({ authMode: ScriptApp.AuthMode.FULL } as GoogleAppsScript.Events.SheetsOnOpen);
    expect(captions()).toContain('Open the panel');
  });
});

describe('the document lock', () => {
  test('a null lock (no container document) is explained, not reported as someone else editing', () => {
    // What LockService gives outside a container document (fake.done() puts the fake's back).
    Object.assign(globalThis, { LockService: { getDocumentLock: () => null } });
    let message = '';
    try {
      withDocumentLock(() => 'never');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('hors d’un classeur ouvert');
    expect(message).toContain('menu Extensions');
    expect(message).not.toMatch(/autre personne|quelqu.un d.autre/);
  });

  test('a lock held by another execution still says so', () => {
    fake.locks.holdDocumentLock();
    expect(() => withDocumentLock(() => 'never')).toThrow(/une autre personne ou une autre action/);
  });
});

describe('the sidebar’s polling', () => {
  test('reads Properties once, on the first call, not at every poll', () => {
    addSheet(fake, PROJECTS, [{ id: 'P-0001', name: 'Épicerie' }]);
    fake.select('Projets', 'B2');
    fake.userProperties.set('lang', 'en');
    fake.resetCalls();
    // What sidebar/app.ts sends: {} when it loads, then the language it was told at every poll.
    const first = getContext({});
    expect(first).toEqual({ lang: 'en', projectId: 'P-0001', sheet: 'projects' });
    for (let poll = 0; poll < 5; poll++) expect(getContext({ lang: first.lang })).toEqual(first);
    expect(fake.calls.byMethod['PropertiesService.getUserProperties']).toBe(1);
    expect(fake.calls.byMethod['Properties.getProperty']).toBe(1);
  });

  test('every endpoint takes the language the panel states: its refusals in that language, no Properties read', () => {
    addSheet(fake, PROJECTS, [{ id: 'P-0001', name: 'Épicerie' }]);
    fake.resetCalls();
    expect(() => getProject({ id: 'P-0404', lang: 'en' })).toThrow(/No project has the ID "P-0404"/);
    expect(() => getProject({ id: 'P-0404', lang: 'fr' })).toThrow(/Aucun projet n’a l’ID « P-0404 »/);
    expect(fake.calls.byMethod['PropertiesService.getUserProperties'] ?? 0).toBe(0);
    // A request stating its language is checked as the rest: anything but fr/en is refused.
    expect(() => getProject({ id: 'P-0001', lang: 'de' } as never)).toThrow(/getProject/);
  });

  test('a poll sending anything but fr/en is refused, as every invalid request', () => {
    expect(() => getContext({ lang: 'de' } as never)).toThrow(/getContext/);
  });
});
