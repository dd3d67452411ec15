import type { Project, SaveResult } from '../../src/contract/endpoints';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../src/core/instruments';
import { getProgress, getProject, getReviewer, saveProject, setAssessmentState, setReviewer } from '../../src/server/sidebar';
import { getProject as project } from '../../src/server/sidebar/get-project';
import { setAssessmentState as state } from '../../src/server/sidebar/assessment-state';
import { saveProject as save } from '../../src/server/sidebar/save-project';
import { getProgress as progress } from '../../src/server/sidebar/progress';
import { AMI, PROJECTS, SRL, type SheetSpec } from '../../src/sheets/schema';
import { PARAMETER_NAMES } from '../../src/sheets/templates/parameters';
import { addSheet, assessmentRows, columnsOf, interleavedLayout, setUpWithProjects, sheet, workbookFake, type Fake } from '../helpers/workbook';
import { scriptToday } from '../helpers/today';

/**
 * Issue 11 in the sidebar: each reviewer opens and saves their own assessment of a project (one row
 * per (ID, reviewer, date) in each instrument sheet), sees the others' ones (not under blind review
 * until theirs is done), declares a conflict of interest, and follows their assigned projects.
 */
let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
});
afterEach(() => fake.done());

const LEVEL = 'level:caractere-collectif';
const COMMENT = 'comment:caractere-collectif';
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const workbook = (count = 3) => setUpWithProjects(fake, count);
const rowsOf = (s: Sheet, spec: SheetSpec = AMI) => assessmentRows(s, spec);

const saveAs = (
  reviewer: string,
  id: string,
  changes: { field: string; before: string | number; after: string | number }[],
  date = '',
  sheetId: 'ami' | 'srl' = 'ami',
) => save({ id, sheet: sheetId, reviewer, date, changes }) as SaveResult;

const open = (id: string, reviewer?: string) => project(reviewer === undefined ? { id } : { id, reviewer }) as Project;

describe('my own assessment', () => {
  test('two reviewers saving the same project each write their own row, never the other’s', () => {
    workbook();
    const today = scriptToday();
    const a = saveAs('Claire Martin', 'P-0002', [
      { field: LEVEL, before: '', after: 1 },
      { field: COMMENT, before: '', after: 'Collectif restreint' },
    ]);
    expect(a).toMatchObject({ status: 'saved', date: today });
    const b = saveAs('Idriss Benali', 'P-0002', [
      { field: LEVEL, before: '', after: 3 },
      { field: COMMENT, before: '', after: 'Gouvernance partagée' },
    ]);
    expect(b).toMatchObject({ status: 'saved', date: today });
    // A saves again: only A's row moves.
    saveAs('Claire Martin', 'P-0002', [{ field: COMMENT, before: 'Collectif restreint', after: 'Revu' }], today);
    const rows = rowsOf(sheet(fake, 'Grille AMI'));
    expect(rows.map((r) => [r.id, r.name, r.reviewer, r.date, r[LEVEL], r[COMMENT]])).toEqual([
      // Levels are written as the sheet's dropdown spells them.
      ['P-0002', 'Projet 2', 'Claire Martin', today, 'Faible', 'Revu'],
      ['P-0002', 'Projet 2', 'Idriss Benali', today, 'Fort', 'Gouvernance partagée'],
    ]);
    // Each opens their own; the other's is listed beside it.
    const seen = open('P-0002', 'Idriss Benali');
    expect(seen).toMatchObject({ reviewer: 'Idriss Benali', date: today, blind: false });
    expect(seen.instruments.ami.fields[COMMENT]).toBe('Gouvernance partagée');
    expect(seen.instruments.srl.status).toBe('no-row');
    expect(seen.assessments.map((x) => [x.reviewer, x.mine, x.hidden, x.instruments.ami?.[COMMENT]])).toEqual([
      ['Claire Martin', false, false, 'Revu'],
      ['Idriss Benali', true, false, 'Gouvernance partagée'],
    ]);
  });

  test('names differing only by case or spaces are the same reviewer: one row, found again', () => {
    workbook();
    saveAs('Claire Martin', 'P-0001', [{ field: LEVEL, before: '', after: 2 }]);
    saveAs('  claire   MARTIN ', 'P-0001', [{ field: COMMENT, before: '', after: 'même personne' }]);
    const rows = rowsOf(sheet(fake, 'Grille AMI'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reviewer: 'Claire Martin', [LEVEL]: 'Intermédiaire', [COMMENT]: 'même personne' });
    expect(open('P-0001', 'CLAIRE MARTIN').instruments.ami.fields[LEVEL]).toBe('Intermédiaire');
  });

  test('the unnamed row of a workbook made before reviewers is one assessment by an unnamed reviewer', () => {
    // Today's layout before issue 11: no Évaluateur, Date nor state columns; one row per project.
    addSheet(fake, AMI, [{ id: 'P-0001', name: 'Épicerie', [LEVEL]: 2, [COMMENT]: 'ancienne note' }], interleavedLayout(AMI));
    const unnamed = open('P-0001');
    expect(unnamed).toMatchObject({ reviewer: '', date: '' });
    expect(unnamed.instruments.ami).toMatchObject({ status: 'ok', rows: [2], fields: { [LEVEL]: 2 } });
    expect(unnamed.assessments).toEqual([
      {
        reviewer: '',
        date: '',
        mine: true,
        own: true,
        status: 'in-progress',
        recused: false,
        reason: '',
        hidden: false,
        instruments: { ami: expect.objectContaining({ [COMMENT]: 'ancienne note' }) },
      },
    ]);
    // Saved as before (no reviewer): the same row.
    saveAs('', 'P-0001', [{ field: COMMENT, before: 'ancienne note', after: 'revue' }]);
    expect(sheet(fake, 'Grille AMI').getLastRow()).toBe(2);
    // A named reviewer sees it as someone else's; their own assessment cannot be made without the columns.
    const claire = open('P-0001', 'Claire');
    expect(claire.instruments.ami.status).toBe('no-row');
    expect(claire.assessments.map((a) => [a.reviewer, a.mine])).toEqual([['', false]]);
    expect(() => saveAs('Claire', 'P-0001', [{ field: LEVEL, before: '', after: 3 }])).toThrow(
      /La feuille « Grille AMI » n’a pas de colonne « Évaluateur » : le module ne peut pas y créer votre évaluation\. Rien n’a été enregistré/,
    );
    expect(sheet(fake, 'Grille AMI').getLastRow()).toBe(2);
  });

  test('an empty unnamed row (as the sync makes) is nobody’s assessment: not listed for a named reviewer', () => {
    workbook();
    sheet(fake, 'Grille AMI')
      .getRange(2, 1, 1, 2)
      .setValues([['P-0001', 'Projet 1']]);
    saveAs('Claire', 'P-0001', [{ field: LEVEL, before: '', after: 2 }]);
    expect(open('P-0001', 'Idriss').assessments.map((a) => a.reviewer)).toEqual(['Claire']);
    // Mine when I have no name: still opened, to be filled in.
    expect(open('P-0001').assessments.map((a) => [a.reviewer, a.mine])).toEqual([
      ['', true],
      ['Claire', false],
    ]);
  });

  test('the date sent finds that assessment; an earlier round stays untouched; a key on two rows is refused, never merged', () => {
    workbook();
    const ami = sheet(fake, 'Grille AMI');
    const at = columnsOf(ami, AMI);
    // Claire's earlier round, typed by hand.
    ami.getRange(2, 1, 1, 4).setValues([['P-0001', 'Projet 1', 'Claire', new Date(2025, 10, 3)]]);
    ami.getRange(2, at.get(LEVEL)!).setValue(1);
    // Today's round is new: date '' opens the latest (2025-11-03); a save with a new date makes a new row.
    expect(open('P-0001', 'Claire').date).toBe('2025-11-03');
    saveAs('Claire', 'P-0001', [{ field: LEVEL, before: '', after: 3 }], '2026-01-15');
    expect(rowsOf(ami).map((r) => [r.date, r[LEVEL]])).toEqual([
      ['2025-11-03', 1],
      ['2026-01-15', 'Fort'],
    ]);
    expect(open('P-0001', 'Claire')).toMatchObject({ date: '2026-01-15', instruments: { ami: { fields: { [LEVEL]: 'Fort' } } } });
    // Someone copies Claire's latest row: the same key twice.
    ami.getRange(4, 1, 1, 4).setValues([['P-0001', 'Projet 1', 'claire', new Date(2026, 0, 15)]]);
    expect(open('P-0001', 'Claire').instruments.ami).toMatchObject({ status: 'duplicate', rows: [3, 4] });
    expect(() => saveAs('Claire', 'P-0001', [{ field: LEVEL, before: 'Fort', after: 2 }], '2026-01-15')).toThrow(
      /L’évaluation \(P-0001, Claire, 15\/01\/2026\) figure sur plusieurs lignes de la feuille « Grille AMI » \(lignes 3, 4\) : le module ne les fusionne pas/,
    );
    expect(rowsOf(ami).map((r) => r[LEVEL])).toEqual([1, 'Fort', '']);
  });

  test('a new row goes below the last ID, never over a row holding someone’s notes', () => {
    workbook();
    const ami = sheet(fake, 'Grille AMI');
    const at = columnsOf(ami, AMI);
    ami.getRange(2, 1, 1, 3).setValues([['P-0003', 'Projet 3', 'Idriss']]);
    ami.getRange(3, at.get(COMMENT)!).setValue('note sans ID');
    saveAs('Claire', 'P-0001', [{ field: LEVEL, before: '', after: 2 }]);
    expect(ami.getRange(3, at.get(COMMENT)!).getValue()).toBe('note sans ID');
    expect(ami.getRange(4, 1, 1, 3).getValues()).toEqual([['P-0001', 'Projet 1', 'Claire']]);
  });
});

describe('blind review', () => {
  test('hides the others’ values until mine is « Terminée », then shows them', () => {
    workbook();
    fake.spreadsheet.getRangeByName(PARAMETER_NAMES.blindReview)!.setValue('oui');
    saveAs('Claire', 'P-0001', [{ field: COMMENT, before: '', after: 'secret de Claire' }]);
    saveAs('Idriss', 'P-0001', [{ field: LEVEL, before: '', after: 2 }]);
    const before = open('P-0001', 'Idriss');
    expect(before.blind).toBe(true);
    const claire = before.assessments.find((a) => a.reviewer === 'Claire')!;
    expect(claire).toMatchObject({ hidden: true, instruments: {}, reason: '' });
    expect(JSON.stringify(before)).not.toContain('secret de Claire');
    // Mine « Terminée »: the others' values are sent.
    expect(state({ id: 'P-0001', reviewer: 'Idriss', date: before.date, status: 'done' })).toMatchObject({ written: 1, created: 0 });
    const after = open('P-0001', 'Idriss');
    expect(after.assessments.find((a) => a.mine)!.status).toBe('done');
    expect(after.assessments.find((a) => a.reviewer === 'Claire')).toMatchObject({ hidden: false, instruments: { ami: { [COMMENT]: 'secret de Claire' } } });
    // Off (the default « non »): nothing hidden.
    fake.spreadsheet.getRangeByName(PARAMETER_NAMES.blindReview)!.setValue('non');
    expect(open('P-0001', 'Claire').assessments.every((a) => !a.hidden)).toBe(true);
  });
});

describe('conflict of interest', () => {
  test('« Je me déporte » ticks Déport with the reason in my row of every instrument sheet, creating the missing ones', () => {
    workbook();
    const { date } = saveAs('Claire', 'P-0002', [{ field: LEVEL, before: '', after: 2 }]) as { date: string };
    saveAs('Idriss', 'P-0002', [{ field: LEVEL, before: '', after: 3 }]);
    expect(state({ id: 'P-0002', reviewer: 'claire', date, recused: true, reason: 'Administratrice de l’association' })).toEqual({
      date,
      written: INSTRUMENT_IDS.length,
      created: INSTRUMENT_IDS.length - 1,
    });
    for (const id of INSTRUMENT_IDS) {
      const spec = INSTRUMENTS[id].sheet;
      const rows = rowsOf(sheet(fake, spec.name.fr), spec).filter((r) => r.reviewer !== 'Idriss');
      expect(rows.map((r) => [r.id, r.name, r.reviewer, r.date, r.recused, r['recusal-reason']])).toEqual([
        ['P-0002', 'Projet 2', id === 'ami' ? 'Claire' : 'claire', date, true, 'Administratrice de l’association'],
      ]);
    }
    // Idriss's rows are untouched; the recusal is shown to everyone.
    expect(rowsOf(sheet(fake, 'Grille AMI')).find((r) => r.reviewer === 'Idriss')).toMatchObject({ recused: '', [LEVEL]: 'Fort' });
    const seen = open('P-0002', 'Idriss').assessments.find((a) => a.reviewer === 'Claire')!;
    expect(seen).toMatchObject({ recused: true, reason: 'Administratrice de l’association' });
    // Withdrawn back: unticked, no row added.
    expect(state({ id: 'P-0002', reviewer: 'Claire', date, recused: false, reason: '' })).toMatchObject({ written: INSTRUMENT_IDS.length, created: 0 });
    expect(open('P-0002', 'Claire').assessments.find((a) => a.mine)).toMatchObject({ recused: false, reason: '' });
  });

  test('a reviewer name and a recusal reason that Sheets would convert stay text: no formula, no number, no visible apostrophe', () => {
    workbook();
    // « 1e5 » is a number to Sheets, « =SOMME(1;2) » a formula: the panel's writes go through literal.ts.
    const { date } = saveAs('1e5', 'P-0001', [{ field: COMMENT, before: '', after: '12/03' }]) as { date: string };
    state({ id: 'P-0001', reviewer: '1e5', date, recused: true, reason: '=SOMME(1;2)' });
    const grid = sheet(fake, 'Grille AMI');
    expect(rowsOf(grid).find((r) => r.id === 'P-0001' && r.reviewer === '1e5')).toMatchObject({ [COMMENT]: '12/03', 'recusal-reason': '=SOMME(1;2)' });
    expect(fake.cellsWithFormulas().filter((f) => f.row > 1)).toEqual([]);
    const at = columnsOf(grid, AMI);
    const row = grid
      .getDataRange()
      .getDisplayValues()
      .find((r) => r[0] === 'P-0001' && r[at.get('reviewer')! - 1] === '1e5')!;
    expect([row[at.get('reviewer')! - 1], row[at.get(COMMENT)! - 1], row[at.get('recusal-reason')! - 1]]).toEqual(['1e5', '12/03', '=SOMME(1;2)']);
  });

  test('marking done needs an assessment; a recusal without one creates it dated today', () => {
    workbook();
    expect(() => state({ id: 'P-0003', reviewer: 'Claire', date: '', status: 'done' })).toThrow(/Vous n’avez pas encore d’évaluation du projet P-0003/);
    const made = state({ id: 'P-0003', reviewer: 'Claire', date: '', recused: true });
    expect(made).toMatchObject({ date: scriptToday(), created: INSTRUMENT_IDS.length });
    expect(rowsOf(sheet(fake, 'SRL'), SRL)).toHaveLength(1);
  });
});

describe('my projects', () => {
  test('« Mes dossiers » lists the projects assigned to me in Projets order, done when « Terminée » or recused', () => {
    workbook(4);
    const projets = sheet(fake, 'Projets');
    const column = columnsOf(projets, PROJECTS).get('reviewers')!;
    projets.getRange(2, column, 4, 1).setValues([['Claire Martin ; Idriss Benali'], ['Idriss Benali'], ['  claire martin'], ['Claire Martin;Zoé']]);
    const mine = () => progress({ reviewer: 'Claire Martin' });
    expect(mine()).toEqual({
      column: true,
      projects: [
        { id: 'P-0001', name: 'Projet 1', done: false },
        { id: 'P-0003', name: 'Projet 3', done: false },
        { id: 'P-0004', name: 'Projet 4', done: false },
      ],
      done: 0,
      total: 3,
    });
    const { date } = saveAs('Claire Martin', 'P-0003', [{ field: 'evidence-notes', before: '', after: 'preuves' }], '', 'srl') as { date: string };
    state({ id: 'P-0003', reviewer: 'Claire Martin', date, status: 'done' });
    state({ id: 'P-0004', reviewer: 'claire martin', date: '', recused: true });
    // Someone else's « Terminée » is not mine.
    saveAs('Idriss Benali', 'P-0001', [{ field: LEVEL, before: '', after: 2 }]);
    state({ id: 'P-0001', reviewer: 'Idriss Benali', date: '', status: 'done' });
    expect(mine()).toMatchObject({ done: 2, total: 3 });
    expect(mine().projects.map((p) => p.done)).toEqual([false, true, true]);
    expect(progress({ reviewer: 'Personne' })).toEqual({ column: true, projects: [], done: 0, total: 0 });
  });
});

describe('the reviewer’s name', () => {
  test('kept per user, spaces collapsed; no e-mail is read', () => {
    expect(getReviewer({})).toEqual({ ok: true, data: { name: '' } });
    expect(setReviewer({ name: '  Claire   Martin ' })).toEqual({ ok: true, data: { name: 'Claire Martin' } });
    expect(getReviewer({})).toEqual({ ok: true, data: { name: 'Claire Martin' } });
    expect(fake.calls.byMethod['User.getEmail'] ?? 0).toBe(0);
  });
});

describe('bad payloads', () => {
  test('are refused by the schema with a message, nothing written', () => {
    workbook();
    const invalid = (reply: unknown, where: RegExp) => expect(reply).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringMatching(where) } });
    invalid(setReviewer({ name: 'Claire ; Idriss' }), /^Le panneau a envoyé une demande invalide à setReviewer — name : /);
    invalid(setReviewer({ name: '   ' }), /setReviewer — name : /);
    invalid(setReviewer({ name: 'x'.repeat(101) }), /setReviewer — name : /);
    invalid(getProject({ id: 'P-0001', reviewer: 42 }), /getProject — reviewer : /);
    invalid(
      saveProject({ id: 'P-0001', sheet: 'ami', reviewer: 'Claire', date: 'demain', changes: [{ field: LEVEL, before: '', after: 1 }] }),
      /saveProject — date : /,
    );
    invalid(setAssessmentState({ id: 'P-0001', reviewer: 'Claire', date: '', status: 'fini' }), /setAssessmentState — status : /);
    invalid(setAssessmentState({ id: 'P-0001', date: '', recused: true }), /setAssessmentState — reviewer : /);
    invalid(setAssessmentState({ id: 'P-0001', reviewer: 'Claire', date: '', recused: 'oui' }), /setAssessmentState — recused : /);
    invalid(getProgress({ reviewer: '' }), /getProgress — reviewer : /);
    invalid(getProgress({ reviewer: 'Claire', extra: 1 }), /getProgress — /);
    expect(setAssessmentState({ id: 'P-0001', reviewer: 'Claire', date: '' })).toEqual({
      ok: false,
      error: { kind: 'problem', message: 'La demande ne dit rien à changer (état, déport ou motif).' },
    });
    expect(rowsOf(sheet(fake, 'Grille AMI'))).toEqual([]);
  });
});
