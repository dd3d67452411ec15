import type { SaveResult } from '../../src/contract/endpoints';
import { toLevel } from '../../src/core/cells/level';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { saveProject } from '../../src/server/sidebar/save-project';
import { reviewerKey } from '../../src/sheets/assessments';
import { AMI, SRL, type SheetSpec } from '../../src/sheets/schema';
import { columnsOf, sheet, workbookFake, type Fake } from '../helpers/workbook';

/**
 * Issue 11, « Bad input and safety »: twenty reviewers save their own assessments of the same
 * projects in interleaved order while rows are sorted, inserted and deleted between the saves (as
 * people do in a shared sheet). Nothing is lost, nothing is mixed: every (project, reviewer) has
 * exactly one row per sheet it saved to, holding that reviewer's last values and nobody else's.
 */
let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
});
afterEach(() => fake.done());

const REVIEWERS = Array.from({ length: 20 }, (_, i) => `Évaluateur ${String(i + 1).padStart(2, '0')}`);
const PROJECTS = ['P-0001', 'P-0002', 'P-0003', 'P-0004', 'P-0005'];
const ROUNDS = 3;
const COMMENT = 'comment:caractere-collectif';
const LEVEL = 'level:caractere-collectif';
const NOTES = 'evidence-notes';

/** A small seeded generator: the interleaving is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const disturbed = { sorted: 0, inserted: 0, deleted: 0 };

/** Sorts, inserts or deletes rows of a sheet, as someone else editing the sheet would. */
function disturb(s: Sheet, rnd: () => number): void {
  const last = s.getLastRow();
  const what = rnd();
  if (what < 0.4 && last > 2) {
    s.getRange(2, 1, last - 1, s.getLastColumn()).sort({ column: 1 + Math.floor(rnd() * 4), ascending: rnd() < 0.5 });
    disturbed.sorted++;
  } else if (what < 0.75) {
    s.insertRowsBefore(2 + Math.floor(rnd() * Math.max(1, last - 1)), 1 + Math.floor(rnd() * 2));
    disturbed.inserted++;
  } else {
    // Deletes an empty row among the data (never an assessment: that would be losing data on purpose).
    const values = s.getDataRange().getValues();
    const blank = values.findIndex((r, i) => i > 0 && r.slice(0, 4).every((v) => v === ''));
    if (blank > 0) {
      s.deleteRow(blank + 1);
      disturbed.deleted++;
    }
  }
}

/** A reviewer's name as they happen to type it this time: case and spaces vary. */
const spelled = (name: string, rnd: () => number) => {
  const r = rnd();
  return r < 0.2 ? name.toUpperCase() : r < 0.4 ? `  ${name.toLowerCase().replace(' ', '   ')} ` : name;
};

function rowsBy(s: Sheet, spec: SheetSpec): { key: string; id: string; reviewer: string; values: Record<string, unknown> }[] {
  const at = columnsOf(s, spec);
  return s
    .getDataRange()
    .getValues()
    .slice(1)
    .filter((r) => r[at.get('id')! - 1] !== '')
    .map((r) => {
      const id = String(r[at.get('id')! - 1]);
      const reviewer = String(r[at.get('reviewer')! - 1]);
      return { key: `${id}|${reviewerKey(reviewer)}`, id, reviewer, values: Object.fromEntries([...at].map(([c, i]) => [c, r[i - 1]])) };
    });
}

test('twenty reviewers, interleaved saves, rows sorted, inserted and deleted in between: nothing lost, nothing mixed', () => {
  setupWorkbook();
  sheet(fake, 'Projets')
    .getRange(2, 1, PROJECTS.length, 2)
    .setValues(PROJECTS.map((id, i) => [id, `Projet ${i + 1}`]));
  const rnd = random(20261201);
  // Every save of every reviewer, rounds in order per reviewer but interleaved across reviewers.
  const queue = REVIEWERS.flatMap((reviewer, r) => PROJECTS.flatMap((id) => Array.from({ length: ROUNDS }, (_, round) => ({ reviewer, r, id, round }))));
  const pending = new Map<string, typeof queue>();
  for (const op of queue) {
    const k = `${op.reviewer}|${op.id}`;
    pending.set(k, [...(pending.get(k) ?? []), op]);
  }
  // What each reviewer's panel holds: the date of their assessment and the values last saved.
  const panel = new Map<string, { date: string; comment: string; level: number | string; notes: string }>();
  const ami = sheet(fake, 'Grille AMI');
  const srl = sheet(fake, 'SRL');
  let saves = 0;
  while (pending.size) {
    const keys = [...pending.keys()];
    const k = keys[Math.floor(rnd() * keys.length)];
    const ops = pending.get(k)!;
    const op = ops.shift()!;
    if (!ops.length) pending.delete(k);
    const mine = panel.get(k) ?? { date: '', comment: '', level: '', notes: '' };
    const comment = `${op.reviewer} sur ${op.id}, tour ${op.round}`;
    const level = (op.r + op.round) % 4;
    const sheetId = op.round === 1 ? 'srl' : 'ami';
    const changes =
      sheetId === 'ami'
        ? [
            { field: COMMENT, before: mine.comment, after: comment },
            { field: LEVEL, before: mine.level, after: level },
          ]
        : [{ field: NOTES, before: mine.notes, after: comment }];
    const result = saveProject({ id: op.id, sheet: sheetId, reviewer: spelled(op.reviewer, rnd), date: mine.date, changes }) as SaveResult;
    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    saves++;
    panel.set(
      k,
      sheetId === 'ami'
        ? { ...mine, date: result.date, comment, level: result.record.fields[LEVEL] as number | string }
        : { ...mine, date: result.date, notes: comment },
    );
    disturb(rnd() < 0.5 ? ami : srl, rnd);
  }
  expect(saves).toBe(REVIEWERS.length * PROJECTS.length * ROUNDS);
  // The rows really moved under the reviewers' feet.
  expect(disturbed.sorted).toBeGreaterThan(50);
  expect(disturbed.inserted).toBeGreaterThan(50);
  expect(disturbed.deleted).toBeGreaterThan(20);

  // Counts: one row per (project, reviewer) in each sheet, 100 in all; none for anyone else.
  for (const [s, spec] of [
    [ami, AMI],
    [srl, SRL],
  ] as const) {
    const rows = rowsBy(s, spec);
    const perKey = new Map<string, number>();
    for (const r of rows) perKey.set(r.key, (perKey.get(r.key) ?? 0) + 1);
    expect(rows).toHaveLength(REVIEWERS.length * PROJECTS.length);
    expect(new Set(perKey.values())).toEqual(new Set([1]));
    // Per reviewer: one row per project, every value of that row theirs.
    for (const [n, reviewer] of REVIEWERS.entries()) {
      const theirs = rows.filter((r) => reviewerKey(r.reviewer) === reviewerKey(reviewer));
      expect(theirs.map((r) => r.id).sort()).toEqual(PROJECTS);
      for (const row of theirs) {
        const last = panel.get(`${reviewer}|${row.id}`)!;
        expect(row.values.name).toBe(`Projet ${PROJECTS.indexOf(row.id) + 1}`);
        if (spec === AMI) {
          expect(row.values[COMMENT]).toBe(`${reviewer} sur ${row.id}, tour 2`);
          expect(row.values[LEVEL]).toBe(last.level);
          // Spelled as the row's dropdown spells it, or a number on a row without one: the same level.
          expect(toLevel(last.level)).toBe((n + 2) % 4);
        } else expect(row.values[NOTES]).toBe(`${reviewer} sur ${row.id}, tour 1`);
      }
    }
  }
});
