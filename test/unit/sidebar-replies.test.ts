import { createGasFake, type GasFake } from '../../dev/gas-fake';
import type { ReplyOf } from '../../src/contract/endpoints';
import { getContext, getProject, saveProject, setLanguage } from '../../src/server/sidebar';

/**
 * What google.script.run hands the sidebar: each endpoint's top-level function answers the
 * contract's Reply, its refusals typed by kind (the sidebar switches on it, never on the text);
 * only what the server did not foresee is thrown, for Apps Script's log and the failure handler.
 * An empty workbook is enough to reach every kind.
 */
let fake: GasFake;
let restore: () => void;
beforeEach(() => {
  fake = createGasFake();
  restore = fake.install();
});
afterEach(() => restore());

const save = () => saveProject({ id: 'P-0001', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: 1, after: 2 }] });

test('a response comes back as data', () => {
  const reply: ReplyOf<'getContext'> = getContext({});
  expect(reply).toEqual({ ok: true, data: { lang: 'fr', projectId: null, sheet: null } });
});

test('a request the schema refuses is « invalid », with the validation message', () => {
  expect(getProject({ id: 42 })).toEqual({
    ok: false,
    error: { kind: 'invalid', message: expect.stringMatching(/^Le panneau a envoyé une demande invalide à getProject — id : /) },
  });
  expect(setLanguage({ lang: 'de' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
});

test('an unknown project is « not-found », a held lock « busy », a workbook to fix « problem », in the person’s language', () => {
  expect(getProject({ id: 'P-0404' })).toEqual({ ok: false, error: { kind: 'not-found', message: 'Aucun projet n’a l’ID « P-0404 » dans ce classeur.' } });
  expect(save()).toEqual({ ok: false, error: { kind: 'problem', message: expect.stringMatching(/^La feuille « Grille AMI » est absente du classeur/) } });
  fake.userProperties.set('lang', 'en');
  fake.locks.holdDocumentLock();
  expect(save()).toEqual({ ok: false, error: { kind: 'busy', message: expect.stringMatching(/^The workbook is being changed by someone else/) } });
});

test('what the server did not foresee is thrown, not answered', () => {
  const installed = globalThis.SpreadsheetApp;
  globalThis.SpreadsheetApp = { getActiveSpreadsheet: () => undefined } as never;
  try {
    expect(() => getContext({})).toThrow(TypeError);
  } finally {
    globalThis.SpreadsheetApp = installed;
  }
});
