import { amiScore } from '../../src/core/ami/score';
import { srlFromChecklist } from '../../src/core/srl/level';
import { loadDemo } from '../../src/server/actions/load-demo';
import { bundledDemo, checkDemo, type DemoFollowUp, type DemoPortfolio } from '../../src/sheets/demo';
import { AMI, SIAT, SRL, VALUE_CAPTURE, type SheetSpec } from '../../src/sheets/schema';
import { columnsOf, sheet, withFake, type Fake } from '../helpers/workbook';

/**
 * Issue 12 §7: the demo follows projects over time. Each followed project's assessments (its earlier
 * follow-ups, then the first reviewer's assessment of the call on reviewDate), read with core's own
 * SRL and AMI rules at the workbook's defaults (SEUIL_SRL 100 %, equal AMI weights).
 */
const demo = bundledDemo();
const followed = [...new Set((demo.history ?? []).map((h) => h.id))];

/** A followed project's assessments, oldest first: [day, SRL, AMI total]. */
function story(id: string): [string, number, number][] {
  const p = demo.projects.find((x) => x.id === id)!;
  const all = [...demo.history!.filter((h) => h.id === id), { date: demo.reviewDate!, srl: p.srl, ami: p.ami }];
  return all.sort((a, b) => a.date.localeCompare(b.date)).map((a) => [a.date, srlFromChecklist(a.srl.map((v) => v ?? 0)), amiScore(a.ami!.map((v) => v ?? 0))]);
}

test('four projects followed over 2024–2026, three or more dated assessments each: a steady progress, a stall, a step back', () => {
  expect(followed).toEqual(['P-0013', 'P-0010', 'P-0011', 'P-0015']);
  // Progress: Graines de Pays, SRL 3 → 5 → 7 (evidence 1,1,1,0.5 · 1×5,0.5 · 1×7); AMI 18 → 22 → 23.
  expect(story('P-0013')).toEqual([
    ['2024-04-16', 3, 18],
    ['2025-03-18', 5, 22],
    ['2026-03-02', 7, 23],
  ]);
  // Stall: Label Bâbord, SRL 4 three times (level 5 at 30 %, then 50 % twice).
  expect(story('P-0010')).toEqual([
    ['2024-05-21', 4, 24],
    ['2025-04-08', 4, 25],
    ['2026-03-02', 4, 26],
  ]);
  // Step back: Mundao, SRL 4 → 6 → 5 (level 6 evidence 1, then 0.5 after the pilot).
  expect(story('P-0011')).toEqual([
    ['2024-06-11', 4, 25],
    ['2025-05-20', 6, 28],
    ['2026-03-02', 5, 28],
  ]);
  // Four assessments: Coop Bio, SRL 6 → 7 → 7 → 8.
  expect(story('P-0015')).toEqual([
    ['2024-02-13', 6, 27],
    ['2024-10-08', 7, 29],
    ['2025-06-17', 7, 30],
    ['2026-03-02', 8, 30],
  ]);
  // The committee's projects, the disputed one, the recusal and the project not reviewed yet keep
  // their one assessment per reviewer (issue 11's figures stay as they were).
  for (const id of ['P-0001', 'P-0002', 'P-0006', 'P-0007', 'P-0008', 'P-0009', 'P-0014']) expect(followed).not.toContain(id);
});

test('a followed project’s AMI levels stay within 1 of each other over time: no « désaccord » flagged by a reviewer’s own progress', () => {
  for (const id of followed) {
    const p = demo.projects.find((x) => x.id === id)!;
    const grids = [p.ami, ...demo.history!.filter((h) => h.id === id && h.ami).map((h) => h.ami!)];
    const spread = p.ami.map((_, i) => Math.max(...grids.map((g) => g[i]!)) - Math.min(...grids.map((g) => g[i]!)));
    expect([id, Math.max(...spread)]).toEqual([id, 1]);
  }
});

test('every follow-up comment is marked illustrative, in French with typographic apostrophes', () => {
  const texts = demo.history!.flatMap((h) => [h.evidence, h.improvements ?? '', ...Object.values(h.notes ?? {}).flatMap((n) => Object.values(n))]);
  const written = texts.filter((t) => t !== '');
  expect(written.length).toBeGreaterThanOrEqual(18);
  for (const t of written) {
    expect(t).toMatch(/^Exemple illustratif : /);
    expect(t).not.toContain("'");
  }
});

describe('checkDemo refuses a follow-up it could not write as one assessment', () => {
  const one = demo.history![0];
  const withFollowUp = (h: Partial<DemoFollowUp>): DemoPortfolio => ({ ...demo, history: [{ ...one, ...h }] });
  test.each<[string, Partial<DemoFollowUp>, RegExp]>([
    ['an unknown project', { id: 'P-9999' }, /P-9999 on 2024-04-16: unknown project/],
    ['a day that does not exist', { date: '2025-02-30' }, /2025-02-30: the date is no day aaaa-mm-jj/],
    ['a French date', { date: '16/04/2024' }, /the date is no day aaaa-mm-jj/],
    ['the first reviewer’s assessment of the call, the same day', { date: demo.reviewDate }, /Claire Martin has another assessment that day/],
    ['SRL evidence of 8 levels', { srl: [1, 1, 1, 1, 1, 1, 1, 1] }, /srl needs 9 values/],
    ['value capture without its amounts', { vc: [1, 1, 1, 1, 1] }, /vc and capture go together/],
    ['a note in a scored column', { notes: { ami: { 'level:rupture': 'Fort' } } }, /notes only go to text columns/],
    ['a note for an instrument it did not score', { notes: { siat: { name: 'x' } } }, /notes only go to text columns/],
  ])('%s', (_, h, message) => {
    expect(() => checkDemo(withFollowUp(h))).toThrow(message);
  });
  test('the same follow-up twice, the second with the name in other case and spaces', () => {
    expect(() => checkDemo({ ...demo, history: [one, { ...one, reviewer: ' claire  MARTIN ' }] })).toThrow(
      /claire {2}MARTIN {2}has another assessment that day/,
    );
  });
  test('another reviewer’s review of the call, the same day', () => {
    const review = demo.reviews![0];
    expect(() => checkDemo(withFollowUp({ id: review.id, reviewer: review.reviewer, date: review.date }))).toThrow(
      /Idriss Benali has another assessment that day/,
    );
  });
});

/** A project's rows of an instrument sheet, by date: [day, reviewer, review status, the given columns]. */
function rowsOf(fake: Fake, spec: SheetSpec, id: string, columns: string[]): unknown[][] {
  const s = sheet(fake, spec.name.fr);
  const at = columnsOf(s, spec);
  const day = (d: unknown) =>
    d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d;
  return s
    .getRange(2, 1, s.getLastRow() - 1, s.getLastColumn())
    .getValues()
    .filter((r) => r[at.get('id')! - 1] === id)
    .map((r) => [day(r[at.get('date')! - 1]), r[at.get('reviewer')! - 1], r[at.get('review-status')! - 1], ...columns.map((c) => r[at.get(c)! - 1])])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

test(
  'loadDemo writes each follow-up as one dated assessment of Claire Martin in the sheets it scored, its notes where they belong',
  withFake((fake) => {
    loadDemo();
    // SRL: every follow-up, dates as date cells, « Terminée », the evidence notes saying what changed.
    const srl = rowsOf(fake, SRL, 'P-0011', ['evidence:6', 'evidence-notes', 'target', 'recused']);
    expect(srl.map((r) => r.slice(0, 4))).toEqual([
      ['2024-06-11', 'Claire Martin', 'Terminée', 0],
      ['2025-05-20', 'Claire Martin', 'Terminée', 1],
      ['2026-03-02', 'Claire Martin', 'Terminée', 0.5],
    ]);
    expect(srl[1][4]).toMatch(/^Exemple illustratif : prototypes prêts et pilote de collecte/);
    expect(srl[2][4]).toMatch(/pilote de collecte non concluant.*\(SRL 6 → 5\)$/);
    // The project's target in each of its rows; no recusal written in an assessment's Déport.
    expect(srl.map((r) => r.slice(5))).toEqual([
      [7, ''],
      [7, ''],
      [7, ''],
    ]);
    // Grille AMI: the 2025 follow-up's comment in its criterion's column, the others' empty.
    const ami = rowsOf(fake, AMI, 'P-0011', ['level:viabilite-economique', 'comment:viabilite-economique', 'improvements']);
    expect(ami.map((r) => r.slice(0, 5))).toEqual([
      ['2024-06-11', 'Claire Martin', 'Terminée', 'Faible', ''],
      [
        '2025-05-20',
        'Claire Martin',
        'Terminée',
        'Intermédiaire',
        'Exemple illustratif : débouchés en crèches identifiés depuis le dernier suivi (Faible → Intermédiaire).',
      ],
      ['2026-03-02', 'Claire Martin', 'Terminée', 'Intermédiaire', ''],
    ]);
    expect(ami[0][5]).toBe('Exemple illustratif : associer les services déchets des collectivités aux essais en crèches.');
    // Value capture and SIAT: a row on the days they were scored only.
    expect(rowsOf(fake, VALUE_CAPTURE, 'P-0011', ['amount:marche']).map((r) => [r[0], r[3]])).toEqual([
      ['2025-05-20', 120000],
      ['2026-03-02', 150000],
    ]);
    expect(rowsOf(fake, SIAT, 'P-0011', []).map((r) => r[0])).toEqual(['2025-05-20', '2026-03-02']);
    expect(rowsOf(fake, SIAT, 'P-0013', []).map((r) => r[0])).toEqual(['2026-03-02']);
    // The rows come after the projects' and the other reviewers' (issue 11 rows keep their places).
    const grid = sheet(fake, 'Grille AMI');
    const ids = grid
      .getRange(2, 1, grid.getLastRow() - 1, 1)
      .getValues()
      .map((r) => r[0]);
    expect(ids.slice(0, 15)).toEqual(demo.projects.map((p) => p.id));
    expect(ids.slice(15, 21)).toEqual(demo.reviews!.map((r) => r.id));
    expect(ids.slice(21)).toEqual(demo.history!.filter((h) => h.ami).map((h) => h.id));
  }),
);
