/**
 * The dashboard's figures from tables held in memory: the SIAT dimensions follow the core rule the
 * sidebar shows (siatDimensionFromCells), the AMI group maxima follow the weights (amiMax).
 */
import { AMI_CRITERIA, AMI_GROUPS } from '../../src/core/ami/grid';
import { SIAT_DIMENSIONS } from '../../src/core/siat/template';
import { ISR_CHARACTERISTICS } from '../../src/core/isr/characteristics';
import { VC_FAMILIES } from '../../src/core/value-capture/checklist';
import { portfolioSummary } from '../../src/sheets/dashboard/summary';
import { AMI } from '../../src/sheets/schema';
import type { Table } from '../../src/sheets/table';

/** A table whose columns are the given ids, in that order (no sheet behind it: the summary reads columns and rows only). */
function table(ids: string[], rows: unknown[][]): Table {
  return { sheet: {} as Table['sheet'], spec: {} as Table['spec'], header: ids, rows, columns: new Map(ids.map((id, i) => [id, i])) };
}

const projects = table(
  ['id', 'name'],
  [
    ['P-1', 'Un'],
    ['P-2', 'Deux'],
    ['P-3', 'Trois'],
    ['P-4', 'Quatre'],
  ],
);

test('a SIAT dimension counts where its items give a score: blank, unreadable and out-of-range items as the core rule says', () => {
  const eco = SIAT_DIMENSIONS[0];
  const ids = ['id', ...eco.items.map((i) => `item:${i.id}`)];
  const row = (id: string, ...items: unknown[]) => [id, ...eco.items.map((_, k) => items[k] ?? '')];
  const siat = table(ids, [
    row('P-1', 4, 2), // mean 3
    row('P-2', 5, '', '5'), // mean 5 (text read as a number)
    row('P-3', 6, 2), // 6 is outside 1–5: no score, although the mean (4) is inside
    row('P-4', 'beaucoup', 3), // unreadable: no score
  ]);
  const summary = portfolioSummary({ projects, siat });
  expect(summary.siatDimensions[0]).toEqual({ label: eco.label, mean: 4 });
  // Dimensions whose columns are missing are not scored.
  expect(summary.siatDimensions[1].mean).toBeNull();
});

test('AMI group maxima follow the weights (every criterion of the group at Fort)', () => {
  const weights = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0];
  const summary = portfolioSummary({ projects, ami: table(['id'], []), amiWeights: weights });
  const expected = AMI_GROUPS.map((g) => 3 * AMI_CRITERIA.reduce((s, c, i) => s + (c.group === g.id ? weights[i] : 0), 0));
  expect(summary.amiGroups.map((g) => g.max)).toEqual(expected);
  expect(expected.reduce((a, b) => a + b, 0)).toBe(3 * 12);
});

test('capture amounts: blank is 0, a row with an unreadable or negative amount is left out', () => {
  const ids = ['id', ...VC_FAMILIES.map((f) => `amount:${f.id}`)];
  const vc = table(ids, [
    ['P-1', 100, '', '1 000 €', 0],
    ['P-2', 50, -10, 0, 0],
    ['P-3', 'beaucoup', 0, 0, 0],
  ]);
  expect(portfolioSummary({ projects, vc }).captureMix.map((m) => m.amount)).toEqual([100, 0, 1000, 0]);
});

test('ISR: projects per number of characteristics met (« oui », « yes » or 2, as the sheet’s count), unanswered rows left out', () => {
  const ids = ['id', ...ISR_CHARACTERISTICS.map((c) => `isr:${c.id}`)];
  const isr = table(ids, [
    ['P-1', 'oui', 'Yes', 2, 'en partie'], // 3 met
    ['P-2', 'non', '', '', ''], // answered, none met
    ['P-3', '', '', '', ''], // not assessed
    ['P-4', 'OUI', 'oui', 'oui', 'oui'], // 4 met
  ]);
  const summary = portfolioSummary({ projects, isr });
  expect(summary.isrMet).toEqual([1, 0, 0, 1, 1]);
  expect(summary.isrAnswered).toBe(3);
});

test('a project’s consensus counts each reviewer’s latest assessment, as Projets’ formulas do; a recused latest leaves its reviewer out', () => {
  const levels = AMI_CRITERIA.map((c) => `level:${c.id}`);
  const row = (id: string, reviewer: string, date: unknown, level: number, recused = false) => [id, reviewer, date, recused, ...levels.map(() => level)];
  const ami = {
    ...table(['id', 'reviewer', 'date', 'recused', ...levels], []),
    spec: AMI,
  };
  ami.rows.push(
    row('P-1', 'Claire Martin', '2024-04-16', 0), // superseded by her 2026 assessment
    row('P-1', 'claire martin', new Date(2026, 2, 2), 3),
    row('P-1', 'Idriss Benali', '01/03/2026', 1),
    row('P-1', 'Denis Roux', '2025-01-10', 2), // older than his recusal: left out
    row('P-1', 'Denis Roux', '2026-03-04', 0, true),
    row('P-2', 'Sophie Lambert', '31/02/2024', 3), // no such day: Projets shows ⚠, the dashboard leaves P-2 out
  );
  const summary = portfolioSummary({ projects, ami });
  // P-1: Claire's 3 and Idriss's 1 → (3 + 1)/2 = 2 on every criterion (every row counted: (0+3+1+2)/4 = 1,5).
  expect(summary.amiCriteria.map((c) => c.mean)).toEqual(AMI_CRITERIA.map(() => 2));
  // The reviewers' agreement compares the same two assessments: 3 − 1 = 2 on each criterion.
  expect(summary.multiReviewed).toBe(1);
  expect(summary.agreement.map((a) => a.spread)).toEqual(AMI_CRITERIA.map(() => 2));
});
