import type { CellJson } from '../../src/contract/cells';
import type { AssessmentSummary, Project, ScoringSettings, SheetRecord } from '../../src/contract/endpoints';
import { amiLevelField, SRL_NOTES_FIELD, SRL_TARGET_FIELD, srlEvidenceField } from '../../src/contract/fields';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { SRL_LEVELS } from '../../src/core/srl/scale';
import { amiTotalOf, historyOf, nextStep, srlOf } from '../../sidebar/history';
import { call } from '../helpers/functions';

/**
 * The sidebar's history (issue 12): each assessment's SRL and AMI total computed from its cells by
 * core, as SRL_LEVEL and AMI_SCORE compute them in the sheet; what the next level asks, from the
 * latest assessment with an SRL.
 */
const record = (): SheetRecord => ({ status: 'ok', sheetName: 'x', rows: [2], fields: {}, missing: [] });
const evidence = (done: number, extra: Record<string, CellJson> = {}): Record<string, CellJson> => ({
  ...Object.fromEntries(Array.from({ length: done }, (_, i) => [srlEvidenceField(i + 1), 1])),
  ...extra,
});
const grid = (level: number | string): Record<string, CellJson> => Object.fromEntries(AMI_CRITERIA.map((c) => [amiLevelField(c.id), level]));
const assessment = (
  date: string,
  srl?: Record<string, CellJson>,
  ami?: Record<string, CellJson>,
  over: Partial<AssessmentSummary> = {},
): AssessmentSummary => ({
  reviewer: 'Claire',
  date,
  mine: false,
  own: true,
  status: 'in-progress',
  recused: false,
  reason: '',
  hidden: false,
  instruments: { ...(srl ? { srl } : {}), ...(ami ? { ami } : {}) },
  ...over,
});
const SETTINGS: ScoringSettings = { amiWeights: Array(12).fill(1), srlThreshold: 1, siatWeights: Array(5).fill(1), siatVariant: 'general' };
const project = (assessments: AssessmentSummary[]): Project => ({
  id: 'P-0001',
  name: 'Projet',
  details: record(),
  reviewer: 'Claire',
  date: '',
  assessments,
  blind: false,
  instruments: { ami: record(), srl: record(), vc: record(), siat: record(), isr: record(), rnd: record(), godin: record(), protocol: record() },
  valuation: { status: 'ok', outcomes: 0, presentValue: null, uncomputed: 0, investment: null, instalments: [], computed: [], rate: 0 },
});

/** What the sheet's SRL_LEVEL gives for the row (in a range of two rows, as a column: a bad value is a ⚠ cell). */
const sheetSrl = (fields: Record<string, CellJson>, threshold: number): unknown => {
  const row = SRL_LEVELS.map((s) => fields[srlEvidenceField(s.level)] ?? '');
  const cell = (call('SRL_LEVEL', [row, SRL_LEVELS.map((_, i) => (i ? '' : 1))], threshold) as unknown[][])[0][0];
  return typeof cell === 'string' && cell.startsWith('⚠') ? '⚠' : cell;
};

describe('each assessment’s SRL, as SRL_LEVEL gives it with the Paramètres threshold', () => {
  const cases: [string, Record<string, CellJson>, number][] = [
    ['three levels done', evidence(3), 1],
    ['a gap: level 2 blank, level 3 done', { [srlEvidenceField(1)]: 1, [srlEvidenceField(3)]: 1 }, 1],
    ['80 % counts at a threshold of 0,8', evidence(2, { [srlEvidenceField(3)]: '80 %' }), 0.8],
    ['80 % does not at 1', evidence(2, { [srlEvidenceField(3)]: 0.8 }), 1],
    ['ticked checkboxes', { [srlEvidenceField(1)]: true, [srlEvidenceField(2)]: true, [srlEvidenceField(3)]: false }, 1],
  ];
  test.each(cases)('%s', (_, fields, threshold) => {
    expect(srlOf(fields, threshold)).toBe(sheetSrl(fields, threshold));
  });

  test('no number where the sheet shows none: a row without evidence (blank), an unreadable cell (⚠), a hidden assessment', () => {
    expect(sheetSrl({}, 1)).toBe('');
    expect(srlOf({}, 1)).toBeNull();
    expect(sheetSrl(evidence(1, { [srlEvidenceField(2)]: 'beaucoup' }), 1)).toBe('⚠');
    expect(srlOf(evidence(1, { [srlEvidenceField(2)]: 'beaucoup' }), 1)).toBeNull();
    const hidden = assessment('2025-01-01', evidence(3), grid(2), { hidden: true, own: false });
    expect(historyOf(project([hidden]), SETTINGS)[0]).toMatchObject({ srl: null, ami: null });
  });
});

test('each assessment’s AMI total, as AMI_SCORE gives it: only for a fully scored grid', () => {
  const weights = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2];
  const fields = { ...grid('Intermédiaire'), [amiLevelField(AMI_CRITERIA[0].id)]: 3 };
  const levels = AMI_CRITERIA.map((c) => fields[amiLevelField(c.id)]);
  const sheet = call('AMI_SCORE', [levels], [weights]);
  expect(amiTotalOf(fields, weights)).toBeCloseTo(sheet as number, 10);
  expect(amiTotalOf({ ...fields, [amiLevelField(AMI_CRITERIA[5].id)]: '' }, weights)).toBeNull();
});

test('the history keeps getProject’s order (by date) and computes each point', () => {
  const h = historyOf(
    project([assessment('2025-03-10', evidence(2), grid(1)), assessment('2025-10-02', evidence(4), grid(2)), assessment('2026-02-20', evidence(3))]),
    SETTINGS,
  );
  expect(h.map((p) => [p.assessment.date, p.srl, p.ami])).toEqual([
    ['2025-03-10', 2, 12],
    ['2025-10-02', 4, 24],
    ['2026-02-20', 3, null],
  ]);
});

describe('what the next level asks', () => {
  test('from the latest assessment with an SRL (a recused one left out): the scale’s next level, the evidence short of the threshold up to the target, the notes', () => {
    const notes = 'Convention avec la mairie en cours';
    const p = project([
      assessment('2025-03-10', evidence(2)),
      assessment('2025-10-02', evidence(4, { [srlEvidenceField(5)]: 0.5, [srlEvidenceField(6)]: 1, [SRL_TARGET_FIELD]: 7, [SRL_NOTES_FIELD]: notes })),
      assessment('2026-01-01', evidence(8), undefined, { recused: true }),
      assessment('2026-02-01', {}),
    ]);
    const step = nextStep(p, SETTINGS)!;
    expect(step.from.assessment.date).toBe('2025-10-02');
    expect(step.from.srl).toBe(4);
    expect(step.next).toEqual({ level: 5, title: SRL_LEVELS[4].title, description: SRL_LEVELS[4].description });
    // Level 6 is done already: only 5 and 7 are short of the threshold on the way to the target.
    expect(step.missing).toEqual([
      { level: 5, title: SRL_LEVELS[4].title, completion: 0.5 },
      { level: 7, title: SRL_LEVELS[6].title, completion: 0 },
    ]);
    expect(step).toMatchObject({ target: 7, notes });
  });

  test('at the top of the scale: no next level, nothing missing; no SRL at all: nothing to say', () => {
    expect(nextStep(project([assessment('2025-03-10', evidence(9))]), SETTINGS)).toMatchObject({ next: undefined, missing: [] });
    expect(nextStep(project([assessment('2025-03-10', {})]), SETTINGS)).toBeNull();
  });
});
