import type { InstrumentRecords, OnDemandInstrumentId, Project, SaveResult, ScoringSettings } from '../../src/contract/endpoints';
import { INSTRUMENT_IDS, ON_DEMAND_INSTRUMENTS } from '../../src/contract/endpoints';
import { INSTRUMENTS } from '../../src/core/instruments';
import { getInstruments as instrumentsEndpoint } from '../../src/server/sidebar';
import { getInstruments } from '../../src/server/sidebar/get-instruments';
import { getProject } from '../../src/server/sidebar/get-project';
import { saveProject } from '../../src/server/sidebar/save-project';
import { setAssessmentState } from '../../src/server/sidebar/assessment-state';
import { PARAMETER_NAMES } from '../../src/sheets/templates/parameters';
import { ProjectModel } from '../../sidebar/model';
import { assessmentRows, setUpWithProjects, sheet, workbookFake, type Fake } from '../helpers/workbook';
import { scriptToday } from '../helpers/today';

/**
 * Issue 10: getProject leaves four grids (ON_DEMAND_INSTRUMENTS) to getInstruments, asked for when
 * their tab is first shown. What must not change: my date and the « Suivi » list (the same whichever
 * tabs were opened), blind review, and conflict safety of a save made in such a tab.
 */
let fake: Fake;
beforeEach(() => {
  fake = workbookFake();
  setUpWithProjects(fake, 3);
});
afterEach(() => fake.done());

const SETTINGS: ScoringSettings = { amiWeights: Array(12).fill(1), srlThreshold: 1, siatWeights: Array(5).fill(1), siatVariant: 'general' };
const AMI_COMMENT = 'comment:caractere-collectif';
const GODIN_COMMENT = 'comment:finalite';
const GODIN = INSTRUMENTS.godin.sheet;

const open = (reviewer: string, date = '') => getProject({ id: 'P-0001', reviewer, date, lang: 'fr' }) as Project;
const read = (p: Project, instruments: OnDemandInstrumentId[]) =>
  getInstruments({ id: p.id, reviewer: p.reviewer, date: p.date, instruments, lang: 'fr' }) as InstrumentRecords;
const save = (reviewer: string, sheet: 'ami' | 'godin', date: string, field: string, before: string, after: string) =>
  saveProject({ id: 'P-0001', sheet, reviewer, date, changes: [{ field, before, after }], lang: 'fr' }) as SaveResult;

test('the four grids are sent unread by getProject, and read for the key it answered by getInstruments', () => {
  expect([...ON_DEMAND_INSTRUMENTS]).toEqual(['isr', 'rnd', 'godin', 'protocol']);
  save('Claire', 'ami', '2026-11-03', AMI_COMMENT, '', 'collectif');
  save('Claire', 'godin', '2026-11-03', GODIN_COMMENT, '', 'finalité sociale');
  const p = open('Claire');
  expect(p.date).toBe('2026-11-03');
  for (const id of INSTRUMENT_IDS)
    expect(p.instruments[id].status).toBe(ON_DEMAND_INSTRUMENTS.includes(id as OnDemandInstrumentId) ? 'on-demand' : id === 'ami' ? 'ok' : 'no-row');
  const godin = read(p, ['godin']);
  expect(godin).toMatchObject({ id: 'P-0001', reviewer: 'Claire', date: '2026-11-03' });
  expect(Object.keys(godin.instruments)).toEqual(['godin']);
  expect(godin.instruments.godin).toMatchObject({ status: 'ok', sheetName: GODIN.name.fr });
  expect(godin.instruments.godin!.fields[GODIN_COMMENT]).toBe('finalité sociale');
  // Through the exported endpoint: validated with zod like the others (a grid read with the project is refused).
  expect(instrumentsEndpoint({ id: 'P-0001', instruments: ['ami'] as never, lang: 'fr' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  expect(instrumentsEndpoint({ id: 'P-0001', instruments: [], lang: 'fr' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  expect(instrumentsEndpoint({ id: 'P-0001', reviewer: 'Claire', date: '2026-11-03', instruments: ['godin', 'protocol'], lang: 'fr' })).toMatchObject({
    ok: true,
    data: { instruments: { godin: { status: 'ok' }, protocol: { status: 'no-row' } } },
  });
});

test('my date and the « Suivi » list are the same whichever tabs were opened: an assessment only a grid read on demand holds is not added', () => {
  save('Claire', 'ami', '2026-11-03', AMI_COMMENT, '', 'premier tour');
  // A later row in « Marqueurs Godin » only (typed there, or saved there alone): not one of the grids the list is made from.
  save('Claire', 'godin', '2026-11-20', GODIN_COMMENT, '', 'second tour, Godin seul');
  const p = open('Claire');
  expect(p.date).toBe('2026-11-03');
  expect(p.assessments.map((a) => a.date)).toEqual(['2026-11-03']);
  const model = new ProjectModel(p, SETTINGS);
  const answer = read(p, [...ON_DEMAND_INSTRUMENTS]);
  // The server says which rows those grids hold; the panel keeps getProject's list and date.
  expect(answer.assessments.map((a) => a.date)).toEqual(['2026-11-20']);
  expect(answer.instruments.godin!.status).toBe('no-row');
  model.supplied(answer);
  expect(model.date).toBe('2026-11-03');
  expect(model.project.assessments.map((a) => [a.date, Object.keys(a.instruments).sort()])).toEqual([['2026-11-03', ['ami']]]);
  // A save in that tab goes to my 2026-11-03 assessment (a new Godin row with that key), never to the other one.
  expect(save('Claire', 'godin', model.date, GODIN_COMMENT, '', 'premier tour, Godin')).toMatchObject({ status: 'saved', date: '2026-11-03' });
  const rows = assessmentRows(sheet(fake, GODIN.name.fr), GODIN).filter((r) => r.id === 'P-0001');
  expect(rows.map((r) => [r.date, r[GODIN_COMMENT]])).toEqual([
    ['2026-11-20', 'second tour, Godin seul'],
    ['2026-11-03', 'premier tour, Godin'],
  ]);
  // Read again, that assessment's Godin fields join the list's entry.
  const again = open('Claire');
  const after = new ProjectModel(again, SETTINGS);
  after.supplied(read(again, ['godin']));
  expect(after.project.assessments.map((a) => [a.date, a.instruments.godin?.[GODIN_COMMENT]])).toEqual([['2026-11-03', 'premier tour, Godin']]);
});

test('blind review: the others’ values in a grid read on demand are withheld until mine is « Terminée », as getProject withholds them', () => {
  fake.spreadsheet.getRangeByName(PARAMETER_NAMES.blindReview)!.setValue('oui');
  save('Claire', 'ami', '2026-11-03', AMI_COMMENT, '', 'avis de Claire');
  save('Claire', 'godin', '2026-11-03', GODIN_COMMENT, '', 'secret Godin de Claire');
  save('Idriss', 'ami', '2026-11-04', AMI_COMMENT, '', 'avis d’Idriss');
  const before = open('Idriss');
  const hidden = read(before, ['godin']);
  expect(JSON.stringify(hidden)).not.toContain('secret Godin de Claire');
  expect(hidden.assessments.find((a) => a.reviewer === 'Claire')).toMatchObject({ hidden: true, instruments: {} });
  const model = new ProjectModel(before, SETTINGS);
  model.supplied(hidden);
  expect(JSON.stringify(model.project.assessments)).not.toContain('secret Godin de Claire');
  // Mine « Terminée » (the state is written in every grid, Godin included): sent, and merged into Claire's entry.
  setAssessmentState({ id: 'P-0001', reviewer: 'Idriss', date: before.date, status: 'done', lang: 'fr' });
  const after = open('Idriss');
  const shown = new ProjectModel(after, SETTINGS);
  shown.supplied(read(after, ['godin']));
  expect(shown.project.assessments.find((a) => a.reviewer === 'Claire')!.instruments.godin?.[GODIN_COMMENT]).toBe('secret Godin de Claire');
});

test('an edit in a tab read on demand saves with conflict safety: its `before` is what getInstruments read, kept across a reload', () => {
  save('Claire', 'godin', '', GODIN_COMMENT, '', 'version lue');
  const p = open('Claire');
  const model = new ProjectModel(p, SETTINGS);
  expect(model.editable('godin', GODIN_COMMENT)).toBe(false); // not read yet: nothing to edit against
  model.supplied(read(p, ['godin']));
  expect(model.editable('godin', GODIN_COMMENT)).toBe(true);
  model.set('godin', GODIN_COMMENT, 'ma version');
  // Someone else changes the cell meanwhile; « Actualiser » brings the grid back unread, then read again.
  save('Claire', 'godin', p.date, GODIN_COMMENT, 'version lue', 'leur version');
  const reloaded = open('Claire');
  model.reloaded(reloaded);
  expect(model.record('godin').status).toBe('on-demand');
  expect(model.value('godin', GODIN_COMMENT)).toBe('ma version');
  model.supplied(read(reloaded, ['godin']));
  const sent = model.changes('godin');
  expect(sent).toEqual([{ field: GODIN_COMMENT, before: 'version lue', after: 'ma version' }]);
  const result = saveProject({ id: 'P-0001', sheet: 'godin', reviewer: 'Claire', date: model.date, changes: sent, lang: 'fr' }) as SaveResult;
  expect(result).toMatchObject({
    status: 'conflict',
    conflicts: [{ field: GODIN_COMMENT, before: 'version lue', theirs: 'leur version', mine: 'ma version' }],
  });
  expect(assessmentRows(sheet(fake, GODIN.name.fr), GODIN).find((r) => r.id === 'P-0001')![GODIN_COMMENT]).toBe('leur version');
  // Without anyone else's change, the edit is saved against what was read.
  model.conflicted('godin', result.status === 'conflict' ? result.conflicts : []);
  model.choose(model.conflicts[0], 'mine');
  expect(model.applyChoices()).toBe(true);
  const kept = model.changes('godin');
  expect(kept).toEqual([{ field: GODIN_COMMENT, before: 'leur version', after: 'ma version' }]);
  expect(saveProject({ id: 'P-0001', sheet: 'godin', reviewer: 'Claire', date: model.date, changes: kept, lang: 'fr' })).toMatchObject({
    status: 'saved',
    written: 1,
  });
});

test('a first save in a tab read on demand anchors my new assessment in Grille AMI (key cells only), so that it is my date and listed', () => {
  const today = scriptToday();
  expect(open('Claire').date).toBe('');
  expect(save('Claire', 'godin', '', GODIN_COMMENT, '', 'première note')).toMatchObject({ status: 'saved', date: today });
  const ami = assessmentRows(sheet(fake, 'Grille AMI'), INSTRUMENTS.ami.sheet).filter((r) => r.id === 'P-0001' && r.reviewer === 'Claire');
  expect(ami.map((r) => [r.name, r.date, r[AMI_COMMENT]])).toEqual([['Projet 1', today, '']]);
  const p = open('Claire');
  expect(p.date).toBe(today);
  expect(p.assessments.filter((a) => a.mine).map((a) => a.date)).toEqual([today]);
  expect(read(p, ['godin']).instruments.godin!.fields[GODIN_COMMENT]).toBe('première note');
  // The next saves have the date: no second anchor; a save in a grid getProject reads never anchors.
  save('Claire', 'godin', today, GODIN_COMMENT, 'première note', 'deuxième');
  save('Idriss', 'ami', '', AMI_COMMENT, '', 'avis');
  expect(assessmentRows(sheet(fake, 'Grille AMI'), INSTRUMENTS.ami.sheet).filter((r) => r.id === 'P-0001')).toHaveLength(2);
  // A refused value writes nothing, anchor included.
  const before = assessmentRows(sheet(fake, 'Grille AMI'), INSTRUMENTS.ami.sheet).length;
  expect(() =>
    saveProject({ id: 'P-0002', sheet: 'godin', reviewer: 'Claire', changes: [{ field: 'marker:finalite', before: '', after: 'n’importe quoi' }], lang: 'fr' }),
  ).toThrow();
  expect(assessmentRows(sheet(fake, 'Grille AMI'), INSTRUMENTS.ami.sheet)).toHaveLength(before);
  expect(assessmentRows(sheet(fake, GODIN.name.fr), GODIN).filter((r) => r.id === 'P-0002')).toHaveLength(0);
});
