import type { Project, ScoringSettings, SheetRecord } from '../../src/contract/endpoints';
import { INSTRUMENT_IDS } from '../../src/contract/endpoints';
import { INSTRUMENTS } from '../../src/core/instruments';
import { isEditable } from '../../src/server/sidebar/records';
import { editableFields, ProjectModel } from '../../sidebar/model';

/** The sidebar's project state: edits are only dropped by a successful save or an explicit discard. */
const SETTINGS: ScoringSettings = { amiWeights: Array(12).fill(1), srlThreshold: 1, siatWeights: Array(5).fill(1), siatVariant: 'general' };
const record = (fields: Record<string, string | number>): SheetRecord => ({ status: 'ok', sheetName: 'x', rows: [2], fields, missing: [] });
const project = (ami: Record<string, string | number>): Project => ({
  id: 'P-0001',
  name: 'Projet',
  details: record({}),
  reviewer: '',
  date: '',
  assessments: [],
  blind: false,
  instruments: {
    ami: record(ami),
    srl: record({}),
    vc: record({}),
    siat: { ...record({}), status: 'no-row', rows: [] },
    isr: record({}),
    rnd: record({}),
    godin: record({}),
    protocol: record({}),
  },
  valuation: { status: 'ok', outcomes: 0, presentValue: null, uncomputed: 0, investment: null, instalments: [], computed: [], rate: 0 },
});

test('an edit back to the loaded value is no edit; changes carry the loaded value as before', () => {
  const m = new ProjectModel(project({ a: 1, b: 'x' }), SETTINGS);
  m.set('ami', 'a', 2);
  m.set('ami', 'b', 'x');
  expect(m.changes('ami')).toEqual([{ field: 'a', before: 1, after: 2 }]);
  m.set('ami', 'a', 1);
  expect(m.editCount()).toBe(0);
  expect(m.editable('ami', 'a')).toBe(true);
  // Issue 11: no row of mine yet is editable (the first save creates it); a duplicate key is not.
  expect(m.editable('siat', 'item:eco-1')).toBe(true);
  expect(
    new ProjectModel(
      { ...project({}), instruments: { ...project({}).instruments, srl: { ...record({}), status: 'duplicate', rows: [2, 3] } } },
      SETTINGS,
    ).editable('srl', 'evidence-notes'),
  ).toBe(false);
});

test('a save keeps an edit typed while it was in flight', () => {
  const m = new ProjectModel(project({ a: 1, b: '' }), SETTINGS);
  m.set('ami', 'a', 2);
  const sent = m.changes('ami');
  m.set('ami', 'b', 'typed meanwhile');
  m.saved('ami', sent, record({ a: 2, b: '' }));
  expect(m.changes('ami')).toEqual([{ field: 'b', before: '', after: 'typed meanwhile' }]);
  expect(m.loaded('ami', 'a')).toBe(2);
});

test('conflicts: nothing changes until every choice is made; mine is kept against their value, theirs drops my edit', () => {
  const m = new ProjectModel(project({ a: 1, b: 1 }), SETTINGS);
  m.set('ami', 'a', 2);
  m.set('ami', 'b', 2);
  m.conflicted('ami', [
    { field: 'a', before: 1, theirs: 3, mine: 2 },
    { field: 'b', before: 1, theirs: 0, mine: 2 },
  ]);
  m.choose(m.conflicts[0], 'mine');
  expect(m.applyChoices()).toBe(false);
  expect(m.editCount()).toBe(2);
  m.choose(m.conflicts[1], 'theirs');
  expect(m.applyChoices()).toBe(true);
  expect(m.changes('ami')).toEqual([{ field: 'a', before: 3, after: 2 }]);
  expect(m.value('ami', 'b')).toBe(0);
});

test('a reload refreshes unedited fields and keeps the old baseline of edited ones (their change stays a conflict)', () => {
  const m = new ProjectModel(project({ a: 1, b: 1 }), SETTINGS);
  m.set('ami', 'a', 2);
  m.reloaded(project({ a: 3, b: 5 }));
  expect(m.value('ami', 'b')).toBe(5);
  expect(m.changes('ami')).toEqual([{ field: 'a', before: 1, after: 2 }]);
  m.discard();
  expect(m.editCount()).toBe(0);
});

test('a save keeps the old baseline of a field edited while it was in flight: their change to it stays a conflict', () => {
  const m = new ProjectModel(project({ a: 1, b: 1 }), SETTINGS);
  m.set('ami', 'a', 2);
  const sent = m.changes('ami');
  m.set('ami', 'b', 2);
  // Someone else set b to 5 meanwhile: the fresh row says so, but my pending edit of b was made against 1.
  m.saved('ami', sent, record({ a: 2, b: 5 }));
  expect(m.changes('ami')).toEqual([{ field: 'b', before: 1, after: 2 }]);
});

describe('changedElsewhere: whether a save must redraw the panel (someone else changed a field)', () => {
  const LEVEL = 'level:caractere-collectif';
  const COMMENT = 'comment:caractere-collectif';
  const OTHER = 'comment:richesse-collectif';

  test('not for computed fields, nor for the same cell written differently (blank = blank)', () => {
    const m = new ProjectModel(project({ [COMMENT]: '', [OTHER]: '', total: 20, gaps: 'x' }), SETTINGS);
    m.set('ami', COMMENT, 'Mon commentaire');
    const sent = m.changes('ami');
    expect(m.changedElsewhere('ami', sent, record({ [COMMENT]: 'Mon commentaire', [OTHER]: '  ', total: 23, gaps: 'y' }))).toBe(false);
  });

  test('for an editable field the reviewer did not touch', () => {
    const m = new ProjectModel(project({ [COMMENT]: '', [OTHER]: '', [LEVEL]: 1 }), SETTINGS);
    m.set('ami', COMMENT, 'Mon commentaire');
    const sent = m.changes('ami');
    expect(m.changedElsewhere('ami', sent, record({ [COMMENT]: 'Mon commentaire', [OTHER]: 'Leur commentaire', [LEVEL]: 1 }))).toBe(true);
    expect(m.changedElsewhere('ami', sent, record({ [COMMENT]: 'Mon commentaire', [OTHER]: '', [LEVEL]: 3 }))).toBe(true);
  });

  test('not for a field with a pending edit (typed during the save): the panel shows the edit anyway', () => {
    const m = new ProjectModel(project({ [COMMENT]: '', [OTHER]: '' }), SETTINGS);
    m.set('ami', COMMENT, 'Mon commentaire');
    const sent = m.changes('ami');
    m.set('ami', OTHER, 'en cours');
    expect(m.changedElsewhere('ami', sent, record({ [COMMENT]: 'Mon commentaire', [OTHER]: 'Leur commentaire' }))).toBe(false);
  });

  test.each(INSTRUMENT_IDS)('the editable fields of %s are the schema’s editable columns', (sheet) => {
    const schema = INSTRUMENTS[sheet].sheet.columns.filter(isEditable).map((c) => c.id);
    expect([...editableFields(sheet)].sort()).toEqual([...schema].sort());
  });
});
