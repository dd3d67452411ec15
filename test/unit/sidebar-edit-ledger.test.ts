import type { CellJson } from '../../src/contract/cells';
import type { Conflict, FieldChange } from '../../src/contract/endpoints';
import { type Choice, EditLedger } from '../../sidebar/edit-ledger';

/**
 * The edit rules ProjectModel and GridsModel share (sidebar/edit-ledger.ts), on a ledger of its own:
 * the conflict safety the models' tests check through them, checked once where it lives.
 */
interface Tagged extends Conflict {
  sheet: 'a' | 'b';
  choice?: Choice;
}
/** Two sheets, 'a' and 'b', with what the models feed the ledger (a read, a save) opened up. */
class Ledger extends EditLedger<'a' | 'b', Tagged> {
  constructor() {
    super(
      (c, sheet) => ({ ...c, sheet }),
      (c) => c.sheet,
    );
    this.rebase('a', { note: 'chargée', level: 1 });
    this.rebase('b', { note: '' });
  }
  read(key: 'a' | 'b', fields: Record<string, CellJson>) {
    this.rebase(key, fields);
  }
  saved(key: 'a' | 'b', sent: FieldChange[], fields: Record<string, CellJson>) {
    return this.settle(key, sent, fields);
  }
  gone(key: 'a' | 'b') {
    this.drop(key);
  }
  held() {
    return { sheets: this.sheets(), dirty: this.dirty(), edited: (key: 'a' | 'b') => this.edited(key) };
  }
}
const ledger = () => new Ledger();

test('an edit is kept against the loaded value and dropped when it comes back to it; a sheet not held takes none', () => {
  const l = ledger();
  const told: number[] = [];
  l.onChange(() => told.push(l.editCount()));
  l.set('a', 'level', 2);
  l.set('a', 'note', '  ');
  expect(l.changes('a')).toEqual([
    { field: 'level', before: 1, after: 2 },
    { field: 'note', before: 'chargée', after: '' },
  ]);
  l.set('a', 'level', 1);
  expect(l.held().edited('a')).toEqual(['note']);
  l.set('c' as 'a', 'level', 2);
  expect(l.editCount()).toBe(1);
  expect(l.held().dirty).toEqual(['a']);
  // The listeners heard each edit, not the one of a sheet not held.
  expect(told).toEqual([1, 2, 1]);
});

test('a save keeps an edit typed while it was in flight, against its old baseline, so their change to it stays a conflict', () => {
  const l = ledger();
  l.set('a', 'level', 2);
  const sent = l.changes('a');
  l.set('a', 'note', 'tapée pendant l’enregistrement');
  // The row as saved: my level, and someone else's note written meanwhile.
  expect(l.saved('a', sent, { level: 2, note: 'la leur' })).toBe(true);
  expect(l.loaded('a', 'level')).toBe(2);
  // The note's before is still what I loaded: the server sees 'la leur' ≠ 'chargée' and reports a conflict.
  expect(l.changes('a')).toEqual([{ field: 'note', before: 'chargée', after: 'tapée pendant l’enregistrement' }]);
});

test('a save drops a sent edit unless it was changed again meanwhile, or when the row now holds it; an edit not sent stays', () => {
  const l = ledger();
  l.set('a', 'level', 2);
  const sent = l.changes('a');
  l.set('a', 'level', 3);
  l.set('b', 'note', 'déjà là');
  l.saved('a', sent, { level: 2, note: 'chargée' });
  expect(l.changes('a')).toEqual([{ field: 'level', before: 2, after: 3 }]);
  // 4 sent, 3 typed again meanwhile, and the row read after the save holds 3 (written just after mine): nothing is left to save.
  l.set('a', 'level', 4);
  const again = l.changes('a');
  l.set('a', 'level', 3);
  l.saved('a', again, { level: 3, note: 'chargée' });
  expect(l.changes('a')).toEqual([]);
  // 5 sent and written, then overwritten by someone before the row was read back: my edit is done, not sent again.
  l.set('a', 'level', 5);
  l.saved('a', l.changes('a'), { level: 6, note: 'chargée' });
  expect(l.changes('a')).toEqual([]);
  l.saved('b', [], { note: 'déjà là' });
  // An edit not sent keeps its old baseline ('' here), so it stays though the row holds the same text.
  expect(l.changes('b')).toEqual([{ field: 'note', before: '', after: 'déjà là' }]);
});

test('a reload takes the new values of unedited fields; an edited field keeps its old baseline (their change stays a conflict)', () => {
  const l = ledger();
  l.set('a', 'note', 'la mienne');
  l.read('a', { note: 'la leur', level: 4 });
  expect(l.loaded('a', 'level')).toBe(4);
  expect(l.value('a', 'level')).toBe(4);
  expect(l.changes('a')).toEqual([{ field: 'note', before: 'chargée', after: 'la mienne' }]);
  l.gone('a');
  expect(l.held().sheets).toEqual(['b']);
  expect(l.changes('a')).toEqual([]);
});

test('choices: none applied while one is missing; "mine" keeps the edit against their value, "theirs" drops it', () => {
  const l = ledger();
  l.set('a', 'note', 'la mienne');
  l.set('a', 'level', 2);
  l.set('b', 'note', 'aussi');
  const conflict = (field: string, before: string | number, theirs: string | number, mine: string | number): Conflict => ({ field, before, theirs, mine });
  l.conflicted('a', [conflict('note', 'chargée', 'la leur', 'la mienne'), conflict('level', 1, 3, 2)]);
  l.conflicted('b', [conflict('note', '', 'autre', 'aussi')]);
  // A new refusal of the same sheet replaces its conflicts, not the other sheet's.
  l.conflicted('b', [conflict('note', '', 'encore', 'aussi')]);
  expect(l.conflicts.map((c) => [c.sheet, c.field, c.theirs])).toEqual([
    ['a', 'note', 'la leur'],
    ['a', 'level', 3],
    ['b', 'note', 'encore'],
  ]);
  const [note, level, other] = l.conflicts;
  l.choose(note, 'mine');
  l.choose(level, 'theirs');
  expect(l.applyChoices()).toBe(false);
  expect(l.changes('a')).toHaveLength(2);
  expect(l.conflicts).toHaveLength(3);
  l.choose(other, 'theirs');
  expect(l.applyChoices()).toBe(true);
  expect(l.conflicts).toEqual([]);
  // "mine": the next save's before is their value, so it overwrites it knowingly; "theirs": the edit is gone.
  expect(l.changes('a')).toEqual([{ field: 'note', before: 'la leur', after: 'la mienne' }]);
  expect(l.value('a', 'level')).toBe(3);
  expect(l.value('b', 'note')).toBe('encore');
  expect(l.editCount()).toBe(1);
});

test('discard drops every edit and conflict, and keeps the baselines', () => {
  const l = ledger();
  l.set('a', 'level', 2);
  l.conflicted('a', [{ field: 'level', before: 1, theirs: 5, mine: 2 }]);
  l.discard();
  expect(l.editCount()).toBe(0);
  expect(l.conflicts).toEqual([]);
  expect(l.value('a', 'level')).toBe(1);
});
