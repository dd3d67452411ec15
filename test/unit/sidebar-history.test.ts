import type { NewAssessmentResult, Project, SaveResult } from '../../src/contract/endpoints';
import { amiCommentField, amiLevelField, srlEvidenceField } from '../../src/contract/fields';
import { getProject, newAssessment } from '../../src/server/sidebar';
import { getProject as project } from '../../src/server/sidebar/get-project';
import { newAssessment as fresh } from '../../src/server/sidebar/new-assessment';
import { saveProject as save } from '../../src/server/sidebar/save-project';
import { setAssessmentState as state } from '../../src/server/sidebar/assessment-state';
import { AMI, SRL } from '../../src/sheets/schema';
import { PARAMETER_NAMES } from '../../src/sheets/templates/parameters';
import { assessmentRows, setUpWithProjects, sheet, workbookFake, type Fake } from '../helpers/workbook';
import { scriptToday } from '../helpers/today';

/**
 * Issue 12 in the sidebar: « Nouvelle évaluation » makes my new row dated today from the project's
 * latest values, never touching an earlier row; any of my assessments can be opened by its date and
 * saved into deliberately.
 */
let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
});
afterEach(() => fake.done());

// Fields named as the contract names them (src/contract/fields.ts).
const [LEVEL, COMMENT, EVIDENCE] = [amiLevelField('caractere-collectif'), amiCommentField('caractere-collectif'), srlEvidenceField(1)];
const today = () => scriptToday();
const grid = () => assessmentRows(sheet(fake, 'Grille AMI'), AMI);

const saveAs = (
  reviewer: string,
  date: string,
  changes: { field: string; before: string | number; after: string | number }[],
  sheetId: 'ami' | 'srl' = 'ami',
) => save({ id: 'P-0001', sheet: sheetId, reviewer, date, changes }) as SaveResult;
const create = (reviewer: string, id = 'P-0001') => fresh({ id, reviewer }) as NewAssessmentResult;
const open = (reviewer: string, date?: string) => project(date === undefined ? { id: 'P-0001', reviewer } : { id: 'P-0001', reviewer, date }) as Project;

describe('« Nouvelle évaluation »', () => {
  test('my new row dated today starts from my latest assessment; my earlier rows are left exactly as they were', () => {
    setUpWithProjects(fake, 2);
    saveAs('Claire', '2025-03-01', [{ field: LEVEL, before: '', after: 1 }]);
    saveAs('Claire', '2025-09-15', [
      { field: LEVEL, before: '', after: 2 },
      { field: COMMENT, before: '', after: 'Collectif élargi' },
    ]);
    saveAs('Claire', '2025-09-15', [{ field: EVIDENCE, before: '', after: 1 }], 'srl');
    const before = grid();
    const result = create('Claire');
    // One row per instrument sheet (7 with issue 14's R&D sociale and Marqueurs Godin, 8 with its Protocole).
    expect(result).toEqual({ status: 'created', date: today(), created: 8, from: { reviewer: 'Claire', date: '2025-09-15', mine: true }, blind: false });
    const after = grid();
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[2]).toMatchObject({
      id: 'P-0001',
      name: 'Projet 1',
      reviewer: 'Claire',
      date: today(),
      [LEVEL]: 'Intermédiaire',
      [COMMENT]: 'Collectif élargi',
    });
    // Its state is its own: not copied (En cours by default, no recusal).
    expect(after[2]['review-status']).toBe('');
    expect(assessmentRows(sheet(fake, 'SRL'), SRL).map((r) => [r.date, r[EVIDENCE]])).toEqual([
      ['2025-09-15', 1],
      [today(), 1],
    ]);
    // The panel then opens it as my latest: saves go to today's row.
    const opened = open('Claire');
    expect(opened.date).toBe(today());
    expect(opened.instruments.ami.fields[COMMENT]).toBe('Collectif élargi');
  });

  test('without an assessment of mine it starts from the project’s latest by date (not a recused or empty one)', () => {
    setUpWithProjects(fake, 2);
    saveAs('Idriss', '2025-01-10', [{ field: LEVEL, before: '', after: 1 }]);
    saveAs('Claire', '2025-06-01', [{ field: LEVEL, before: '', after: 3 }]);
    // A later assessment, but recused: left out.
    state({ id: 'P-0001', reviewer: 'Zoé', date: '', recused: true, reason: 'Associée du porteur' });
    const result = create('Bastien');
    expect(result).toMatchObject({ status: 'created', from: { reviewer: 'Claire', date: '2025-06-01', mine: false } });
    const mine = grid().find((r) => r.reviewer === 'Bastien')!;
    expect(mine).toMatchObject({ date: today(), [LEVEL]: 'Fort', recused: '' });
  });

  test('an assessment of mine dated today: said, and no second row with the same key', () => {
    setUpWithProjects(fake, 2);
    saveAs('Claire', '', [{ field: LEVEL, before: '', after: 2 }]);
    const count = grid().length;
    expect(create('claire ')).toEqual({ status: 'exists', date: today() });
    expect(grid()).toHaveLength(count);
  });

  test('a project with no assessment at all, or under blind review without mine: a blank row dated today', () => {
    setUpWithProjects(fake, 2);
    expect(create('Claire', 'P-0002')).toMatchObject({ status: 'created', from: null, blind: false });
    saveAs('Idriss', '2025-01-10', [{ field: COMMENT, before: '', after: 'secret' }]);
    fake.spreadsheet.getRangeByName(PARAMETER_NAMES.blindReview)!.setValue('oui');
    expect(create('Claire')).toMatchObject({ status: 'created', from: null, blind: true });
    const mine = grid().find((r) => r.id === 'P-0001' && r.reviewer === 'Claire')!;
    expect(mine[COMMENT]).toBe('');
  });

  test('a source assessment on two rows of a sheet: refused with its rows, nothing written in any sheet', () => {
    setUpWithProjects(fake, 2);
    saveAs('Claire', '2025-03-01', [{ field: LEVEL, before: '', after: 1 }]);
    saveAs('Claire', '2025-03-01', [{ field: EVIDENCE, before: '', after: 1 }], 'srl');
    const srl = sheet(fake, 'SRL');
    srl.getRange(3, 1, 1, srl.getLastColumn()).setValues(srl.getRange(2, 1, 1, srl.getLastColumn()).getValues());
    const counts = () => [grid().length, assessmentRows(srl, SRL).length];
    const before = counts();
    expect(() => create('Claire')).toThrow(/L’évaluation \(P-0001, Claire, 01\/03\/2025\) figure sur plusieurs lignes de la feuille « SRL » \(lignes 2, 3\)/);
    expect(counts()).toEqual(before);
  });

  test('an unknown project: refused, nothing written; a request without a reviewer is invalid', () => {
    setUpWithProjects(fake, 2);
    const rows = grid().length;
    expect(() => create('Claire', 'P-0099')).toThrow(/Aucun projet n’a l’ID P-0099/);
    expect(grid()).toHaveLength(rows);
    expect(newAssessment({ id: 'P-0001', reviewer: '' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });
});

describe('an older assessment of mine, opened by its date', () => {
  test('opens that assessment and saves into its row only', () => {
    setUpWithProjects(fake, 2);
    saveAs('Claire', '2025-03-01', [{ field: COMMENT, before: '', after: 'mars' }]);
    saveAs('Claire', '2025-09-15', [{ field: COMMENT, before: '', after: 'septembre' }]);
    const old = open('Claire', '2025-03-01');
    expect(old.date).toBe('2025-03-01');
    expect(old.instruments.ami.fields[COMMENT]).toBe('mars');
    expect(open('Claire').date).toBe('2025-09-15');
    expect(saveAs('Claire', old.date, [{ field: COMMENT, before: 'mars', after: 'mars, corrigé' }])).toMatchObject({ status: 'saved', date: '2025-03-01' });
    expect(grid().map((r) => [r.date, r[COMMENT]])).toEqual([
      ['2025-03-01', 'mars, corrigé'],
      ['2025-09-15', 'septembre'],
    ]);
  });

  test('a date I have no assessment of is refused with the assessment named', () => {
    setUpWithProjects(fake, 2);
    saveAs('Idriss', '2025-03-01', [{ field: COMMENT, before: '', after: 'x' }]);
    expect(() => open('Claire', '2025-03-01')).toThrow('L’évaluation (P-0001, Claire, 01/03/2025) n’existe pas ou plus');
    expect(getProject({ id: 'P-0001', reviewer: 'Claire', date: '1/3/2025' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });
});

describe('my assessments over time in getProject', () => {
  test('every assessment of mine is `own` and never hidden by blind review; only the other reviewers’ are', () => {
    setUpWithProjects(fake, 2);
    saveAs('Claire', '2025-03-01', [{ field: COMMENT, before: '', after: 'mars' }]);
    saveAs('Claire', '2025-09-15', [{ field: COMMENT, before: '', after: 'septembre' }]);
    saveAs('Idriss', '2025-06-01', [{ field: COMMENT, before: '', after: 'secret' }]);
    fake.spreadsheet.getRangeByName(PARAMETER_NAMES.blindReview)!.setValue('oui');
    const seen = open('claire');
    expect(seen.assessments.map((a) => [a.date, a.reviewer, a.mine, a.own, a.hidden, a.instruments.ami?.[COMMENT]])).toEqual([
      ['2025-03-01', 'Claire', false, true, false, 'mars'],
      ['2025-06-01', 'Idriss', false, false, true, undefined],
      ['2025-09-15', 'Claire', true, true, false, 'septembre'],
    ]);
    expect(seen.blind).toBe(true);
  });
});
