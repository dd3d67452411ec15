/**
 * Issue 12 §2 and §3: Projets « now / last time / change » columns and the follow-up flag, evaluated by
 * the formula engine on the BUILT dist/Code.js (npm run build) over dated assessment rows: progress,
 * a stall, a step back, a text date, a bad date, a project with one assessment and one with none.
 * Dates are set relative to today (the flag compares with TODAY()), on the 1st of a month so that
 * « n months ago » is exactly n whole months whatever today's day.
 */
import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook, runsAfterEdit } from '../../dev/engine/workbook';
import { amiLevelField } from '../../src/core/instruments/ami';
import { siatItemField } from '../../src/core/instruments/siat';
import { srlEvidenceField } from '../../src/core/instruments/srl';
import { vcAnswerField } from '../../src/core/instruments/value-capture';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { SIAT_DIMENSIONS } from '../../src/core/siat/template';
import { VC_POINTS } from '../../src/core/value-capture/checklist';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { AMI, PROJECTS, SIAT, SRL, VALUE_CAPTURE } from '../../src/sheets/schema';
import type { SheetSpec } from '../../src/sheets/schema';
import { columnsOf, sheet, workbookFake, type Fake, type Row } from '../helpers/workbook';

const now = new Date();
/** The 1st of the month `n` months before this one (negative: after), as a date cell. */
const monthsAgo = (n: number) => new Date(now.getFullYear(), now.getMonth() - n, 1);
/** The same day as text jj/mm/aaaa, as typed in a sheet whose locale does not read it as a date. */
const asText = (d: Date) => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;

/** SRL evidence complete up to `level`: SRL_LEVEL reads `level`. */
const srl = (level: number): Row => Object.fromEntries(Array.from({ length: 9 }, (_, i) => [srlEvidenceField(i + 1), i < level ? 1 : 0]));
/** Every AMI criterion at `level`: « Total AMI » 12 × level. */
const ami = (level: number): Row => Object.fromEntries(AMI_CRITERIA.map((c) => [amiLevelField(c.id), level]));
/** Every value-capture answer at `level`: « Score captation » 5 × level. */
const vc = (level: number): Row => Object.fromEntries(VC_POINTS.map((p) => [vcAnswerField(p.id), level]));
/** Every SIAT item at `score`: each dimension and the index are `score`. */
const siat = (score: number): Row => Object.fromEntries(SIAT_DIMENSIONS.flatMap((d) => d.items.map((i) => [siatItemField(i.id), score])));

const PROJECTS_ROWS = [
  // ID, name, SRL visé, Date visée
  ['P-0001', 'Progrès', 6, monthsAgo(1)], // reached: no flag
  ['P-0002', 'Plateau', '', ''],
  ['P-0003', 'Recul', 6, monthsAgo(1)], // passed short of the target
  ['P-0004', 'Date en texte', 8, asText(monthsAgo(-12))], // a future target date typed as text
  ['P-0005', 'Date fausse', 7, '31/02/2026'], // a target date that is no day
  ['P-0006', 'Une seule', '', ''],
  ['P-0007', 'Aucune', 3, monthsAgo(2)], // never assessed, target passed
];

// SRL rows, in an order that is not the dates' (LATEST ranks by date, not by row).
const SRL_ROWS: Row[] = [
  { id: 'P-0001', reviewer: 'Alice', date: monthsAgo(8), ...srl(4) }, // the one before
  { id: 'P-0001', reviewer: 'Alice', date: monthsAgo(2), ...srl(6) }, // now: 6 − 4 = +2
  { id: 'P-0001', reviewer: 'Alice', date: monthsAgo(14), ...srl(3) },
  { id: 'P-0001', reviewer: 'Denis', date: monthsAgo(1), ...srl(1), recused: true }, // recused: counts nowhere
  { id: 'P-0002', reviewer: 'Alice', date: monthsAgo(20), ...srl(5) },
  { id: 'P-0002', reviewer: 'Alice', date: monthsAgo(9), ...srl(5) }, // stall: 5 − 5 = 0, 9 months old
  { id: 'P-0003', reviewer: 'Bruno', date: monthsAgo(4), ...srl(5) },
  { id: 'P-0003', reviewer: 'Bruno', date: monthsAgo(1), ...srl(4) }, // step back: 4 − 5 = −1
  { id: 'P-0004', reviewer: 'Chloé', date: monthsAgo(5), ...srl(2) },
  { id: 'P-0004', reviewer: 'Chloé', date: asText(monthsAgo(3)), ...srl(3) }, // text date, the latest
  { id: 'P-0005', reviewer: 'Chloé', date: monthsAgo(3), ...srl(2) },
  { id: 'P-0005', reviewer: 'Chloé', date: '31/02/2025', ...srl(3) }, // sheet row 13 (12th of the range): no such day
  { id: 'P-0006', reviewer: 'Alice', date: monthsAgo(7), ...srl(2) }, // one assessment, 7 months old
  { id: 'P-0006' }, // the sync's empty, undated row: no assessment
];

const AMI_ROWS: Row[] = [
  { id: 'P-0001', reviewer: 'Alice', date: monthsAgo(8), ...ami(2) }, // Σ 24
  { id: 'P-0001', reviewer: 'Alice', date: monthsAgo(2), ...ami(3) }, // Σ 36: +12
  { id: 'P-0003', reviewer: 'Bruno', date: monthsAgo(1), ...ami(1) }, // Σ 12
  { id: 'P-0003', reviewer: 'Bruno', date: monthsAgo(4), ...ami(2) }, // Σ 24: −12
  { id: 'P-0001', reviewer: 'Bruno', date: monthsAgo(1), [amiLevelField(AMI_CRITERIA[0].id)]: 2 }, // newer, but unfinished: no total
  { id: 'P-0006', reviewer: 'Alice', date: monthsAgo(7), [amiLevelField(AMI_CRITERIA[0].id)]: 2 }, // unfinished only
];
const VC_ROWS: Row[] = [
  { id: 'P-0001', reviewer: 'Alice', date: monthsAgo(8), ...vc(1) }, // 5
  { id: 'P-0001', reviewer: 'Alice', date: monthsAgo(2), ...vc(2) }, // 10: +5
];
const SIAT_ROWS: Row[] = [
  { id: 'P-0002', reviewer: 'Alice', date: monthsAgo(20), ...siat(3) },
  { id: 'P-0002', reviewer: 'Alice', date: monthsAgo(9), ...siat(4) }, // index 4 − 3 = +1
];

function write(fake: Fake, spec: SheetSpec, rows: Row[]) {
  const s = sheet(fake, spec.name.fr);
  const at = columnsOf(s, spec);
  rows.forEach((row, k) => {
    for (const [id, value] of Object.entries(row)) if (value !== undefined) s.getRange(2 + k, at.get(id)!).setValue(value);
  });
}

/** The workbook of these tests, set up and filled, not evaluated. */
function filled(fake: Fake, months?: number | string, lang?: 'en') {
  setupWorkbook();
  const projets = sheet(fake, PROJECTS.name.fr);
  const at = columnsOf(projets, PROJECTS);
  PROJECTS_ROWS.forEach(([id, name, target, date], k) => {
    projets.getRange(2 + k, 1, 1, 2).setValues([[id, name]]);
    projets.getRange(2 + k, at.get('target-srl')!).setValue(target);
    projets.getRange(2 + k, at.get('target-date')!).setValue(date);
  });
  write(fake, SRL, SRL_ROWS);
  write(fake, AMI, AMI_ROWS);
  write(fake, VALUE_CAPTURE, VC_ROWS);
  write(fake, SIAT, SIAT_ROWS);
  if (months !== undefined) fake.spreadsheet.getRangeByName('DELAI_REEVALUATION')!.setValue(months);
  if (lang) fake.spreadsheet.getRangeByName('LANGUE')!.setValue(lang);
  return { projets, at };
}

function evaluated(months?: number | string, lang?: 'en') {
  const fake = workbookFake();
  try {
    const { projets, at } = filled(fake, months, lang);
    const { errors } = evaluateWorkbook(fake, loadAddon({}));
    const value = (id: string, column: string) => projets.getRange(2 + PROJECTS_ROWS.findIndex((p) => p[0] === id), at.get(column)!).getValue();
    return { errors, value };
  } finally {
    fake.done();
  }
}

const day = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? asText(v as Date) : v);
const row = (value: (id: string, c: string) => unknown, id: string, columns: string[]) => columns.map((c) => day(value(id, c)));
const SRL_COLUMNS = ['last-assessed', 'srl-now', 'srl-before', 'srl-change'];

test('the latest SRL, the one before and the change: progress, stall, step back, a text date, one assessment, none', () => {
  const { errors, value } = evaluated();
  expect(errors).toEqual([]);
  expect(row(value, 'P-0001', SRL_COLUMNS)).toEqual([asText(monthsAgo(2)), 6, 4, 2]); // Denis recused a month ago: left out
  expect(row(value, 'P-0002', SRL_COLUMNS)).toEqual([asText(monthsAgo(9)), 5, 5, 0]);
  expect(row(value, 'P-0003', SRL_COLUMNS)).toEqual([asText(monthsAgo(1)), 4, 5, -1]);
  // The text date is read by LATEST's rule: it is the latest, and « Dernière évaluation » is a real date.
  expect(row(value, 'P-0004', SRL_COLUMNS)).toEqual([asText(monthsAgo(3)), 3, 2, 1]);
  expect(Object.prototype.toString.call(value('P-0004', 'last-assessed'))).toBe('[object Date]');
  // One assessment (the sync's empty row is none): no previous value, no change.
  expect(row(value, 'P-0006', SRL_COLUMNS)).toEqual([asText(monthsAgo(7)), 2, '', '']);
  expect(row(value, 'P-0007', SRL_COLUMNS)).toEqual(['', '', '', '']);
});

test('a bad assessment date gets LATEST’s ⚠ naming its row; the change stays blank, never #VALUE!', () => {
  const { value } = evaluated();
  const notADate = `⚠ LATEST : 12e ligne de la plage, « dates » : « 31/02/2025 » n'est pas une date (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj)`;
  // « SRL actuel » and « précédent » are one LATEST (issue 10): its ⚠ once, in its first column, as
  // AMI_PROFILE shows a status in Portage only (formulas.md); « précédent » is blank.
  expect(row(value, 'P-0005', SRL_COLUMNS)).toEqual([notADate, notADate, '', '']);
});

test('the AMI total, the value-capture score and the SIAT index: now, before, change', () => {
  const { value } = evaluated();
  expect(row(value, 'P-0001', ['ami-now', 'ami-before', 'ami-change'])).toEqual([36, 24, 12]);
  expect(row(value, 'P-0003', ['ami-now', 'ami-before', 'ami-change'])).toEqual([12, 24, -12]);
  expect(row(value, 'P-0001', ['vc-now', 'vc-before', 'vc-change'])).toEqual([10, 5, 5]);
  expect(row(value, 'P-0002', ['siat-now', 'siat-before', 'siat-change'])).toEqual([4, 3, 1]);
  // An unfinished grid has no « Total AMI » (AMI_PROFILE's status is in « Portage »): « now » is the
  // latest grid with a total (P-0001's 36 above, not Bruno's newer 1/12), and none is blank.
  expect(row(value, 'P-0006', ['ami-now', 'ami-before', 'ami-change'])).toEqual(['', '', '']);
  expect(row(value, 'P-0007', ['ami-now', 'ami-before', 'ami-change', 'vc-now', 'siat-now'])).toEqual(['', '', '', '', '']);
});

test('« Suivi »: a target date passed short of the target, a project not assessed for 6 months or more, a bad target date', () => {
  const { value } = evaluated();
  expect(value('P-0001', 'follow-up')).toBe(''); // SRL 6 reached by its date, assessed 2 months ago
  expect(value('P-0002', 'follow-up')).toBe('⚠ pas évalué depuis 9 mois');
  expect(value('P-0003', 'follow-up')).toBe('⚠ date visée dépassée (SRL 4 < 6)');
  expect(value('P-0004', 'follow-up')).toBe(''); // target date next year, typed as text
  expect(value('P-0005', 'follow-up')).toBe(
    "⚠ READ_DATE : 5e ligne de la plage, « dates » : « 31/02/2026 » n'est pas une date (une cellule date, ou un texte jj/mm/aaaa ou aaaa-mm-jj)",
  );
  expect(value('P-0006', 'follow-up')).toBe('⚠ pas évalué depuis 7 mois');
  expect(value('P-0007', 'follow-up')).toBe('⚠ date visée dépassée (SRL – < 3)');
});

test('« Suivi » in English with LANGUE = en', () => {
  const { value } = evaluated(undefined, 'en');
  expect(value('P-0002', 'follow-up')).toBe('⚠ not assessed for 9 months');
  expect(value('P-0003', 'follow-up')).toBe('⚠ target date passed (SRL 4 < 6)');
  expect(value('P-0005', 'follow-up')).toBe(
    '⚠ READ_DATE: 5th row of the range, "dates": "31/02/2026" is not a date (a date cell, or text dd/mm/yyyy or yyyy-mm-dd)',
  );
});

test('« Suivi » in English says « 1 month », « 2 months »', () => {
  const { value } = evaluated(1, 'en');
  // DELAI_REEVALUATION 1: P-0003 assessed a month ago (and short of its target), P-0001 two months ago.
  expect(value('P-0003', 'follow-up')).toBe('⚠ target date passed (SRL 4 < 6) ⚠ not assessed for 1 month');
  expect(value('P-0001', 'follow-up')).toBe('⚠ not assessed for 2 months');
});

test('« Délai de réévaluation (mois) » in Paramètres sets when a project is flagged', () => {
  const { value } = evaluated(8);
  expect(value('P-0002', 'follow-up')).toBe('⚠ pas évalué depuis 9 mois');
  expect(value('P-0006', 'follow-up')).toBe(''); // 7 months < 8
  expect(evaluated('8').value('P-0006', 'follow-up')).toBe(''); // « 8 » typed as text is 8, as the reader reads it
  // Blank or not a whole number of months from 1: the default, 6, as the Paramètres reader reads it.
  for (const months of ['', 'six', 0, 2.5]) expect(evaluated(months).value('P-0006', 'follow-up')).toBe('⚠ pas évalué depuis 7 mois');
});

test('custom-function runs per SRL edit that the follow-up columns add: LATEST 2, READ_DATE 3', () => {
  const fake = workbookFake();
  try {
    filled(fake);
    const srlSheet = sheet(fake, SRL.name.fr);
    const runs = runsAfterEdit(fake, loadAddon({}), SRL.name.fr, 2, columnsOf(srlSheet, SRL).get(srlEvidenceField(5))!);
    // « Dernière évaluation » READ_DATE(LATEST(…)), « SRL actuel » and « précédent » one LATEST side by
    // side (3 before issue 10); « Suivi » reads « Date visée » with READ_DATE twice (the test, and the ⚠ shown when it fails).
    expect([runs.LATEST, runs.READ_DATE]).toEqual([2, 3]);
  } finally {
    fake.done();
  }
});
