import type { GasFake } from '../../dev/gas-fake';
import type { ReplyOf } from '../../src/contract/endpoints';
import { AMI } from '../../src/sheets/schema';
import { getContext, getProject, saveProject, setLanguage } from '../../src/server/sidebar';
import { addSheet, workbookFake } from './sidebar-workbook';

/**
 * What google.script.run hands the sidebar: each endpoint's top-level function answers the
 * contract's Reply, its refusals typed by kind (the sidebar switches on it, never on the text);
 * only what the server did not foresee is thrown, for Apps Script's log and the failure handler.
 */
let fake: GasFake;
let restore: () => void;
beforeEach(() => {
  ({ fake, restore } = workbookFake());
  addSheet(fake, AMI, [{ id: 'P-0001', name: 'Épicerie solidaire', 'level:caractere-collectif': 1 }]);
});
afterEach(() => restore());

const save = (after: unknown) => saveProject({ id: 'P-0001', sheet: 'ami', changes: [{ field: 'level:caractere-collectif', before: 1, after }] });

test('a response comes back as data', () => {
  const reply: ReplyOf<'getProject'> = getProject({ id: 'P-0001' });
  expect(reply).toMatchObject({ ok: true, data: { id: 'P-0001', name: 'Épicerie solidaire' } });
  expect(save(2)).toMatchObject({ ok: true, data: { status: 'saved', written: 1 } });
});

test('a request the schema refuses is « invalid », with the validation message', () => {
  expect(getProject({ id: 42 })).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringMatching(/^Le panneau a envoyé une demande invalide à getProject — id : /) } });
  expect(setLanguage({ lang: 'de' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
});

test('an unknown project is « not-found », a held lock « busy », a refused value « problem », in the person’s language', () => {
  expect(getProject({ id: 'P-0404' })).toEqual({ ok: false, error: { kind: 'not-found', message: 'Aucun projet n’a l’ID « P-0404 » dans ce classeur.' } });
  expect(save(7)).toMatchObject({ ok: false, error: { kind: 'problem', message: expect.stringContaining('7') } });
  fake.userProperties.set('lang', 'en');
  fake.locks.holdDocumentLock();
  expect(save(2)).toEqual({ ok: false, error: { kind: 'busy', message: expect.stringMatching(/^The workbook is being changed by someone else/) } });
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
