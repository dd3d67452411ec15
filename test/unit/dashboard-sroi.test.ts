/**
 * Issue 13 §3 on « Tableau de bord »: the present value per stakeholder and per outcome family, and the portfolio's SROI
 * sensitivity (tornado, switching values, the sentence), from Valorisation's input cells and Projets'
 * instalments by core's rules. Figures by hand, at a 0 % discount rate so that they are plain sums.
 */
import { buildDashboard } from '../../src/sheets/dashboard/build';
import { PROJECTS, VALUATION, type SheetSpec } from '../../src/sheets/schema';
import { columnsOf, setUpWithProjects, sheet, withFake, type Fake, type Row } from '../helpers/workbook';

function write(fake: Fake, spec: SheetSpec, rows: Row[]) {
  const s = sheet(fake, spec.name.fr);
  const at = columnsOf(s, spec);
  rows.forEach((row, k) => {
    for (const [id, value] of Object.entries(row)) if (value !== undefined) s.getRange(2 + k, at.get(id)!).setValue(value);
  });
}

function portfolio(fake: Fake) {
  setUpWithProjects(fake, 4);
  fake.spreadsheet.getRangeByName('TAUX_ACTUALISATION')!.setValue(0);
  write(fake, PROJECTS, [
    { investment: 10000 },
    { investment: 4000, 'investment-2': 2000 }, // 6 000 over two years (not discounted at 0 %)
    { investment: 5000 },
    {}, // no investment: valued, but no ratio
  ]);
  write(fake, VALUATION, [
    // 10 × 1 000 × (1 − 20 %) = 8 000 a year for 2 years: 16 000.
    { id: 'P-0001', stakeholder: 'Jeunes', family: 'Emploi', quantity: 10, proxy: 1000, deadweight: 0.2, years: 2 },
    { id: 'P-0002', stakeholder: 'Familles', family: 'Santé', quantity: 5, proxy: 800 }, // 4 000
    { id: 'P-0002', stakeholder: ' jeunes ', family: 'emploi', quantity: 2, proxy: 500 }, // 1 000, with « Jeunes » (case and spaces do not count)
    { id: 'P-0003', stakeholder: 'Jeunes', family: 'Santé', quantity: 'beaucoup', proxy: 500 }, // ⚠ in Valorisation: P-0003 left out
    { id: 'P-0004', stakeholder: 'Collectivité', quantity: 1, proxy: 3000 }, // 3 000, no investment, no family
  ]);
}

function block(fake: Fake) {
  const values = sheet(fake, 'Tableau de bord').getRange(1, 1, 300, 4).getValues();
  return (header: string, n: number) => values.slice(values.findIndex((r) => r[0] === header) + 1).slice(0, n);
}

const round = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === 'number' ? Number(v.toFixed(6)) : v)));

test(
  'present value per stakeholder: every readable outcome of the listed projects, largest first',
  withFake((fake) => {
    portfolio(fake);
    buildDashboard(fake.spreadsheet as never, 'fr', new Date(2026, 6, 1));
    // Jeunes 16 000 + 1 000; Familles 4 000; Collectivité 3 000 (P-0004 has no investment, its outcome is valued).
    expect(block(fake)('Partie prenante', 4)).toEqual([
      ['Jeunes', 17000, '', ''],
      ['Familles', 4000, '', ''],
      ['Collectivité', 3000, '', ''],
      ['', '', '', ''],
    ]);
    // Per family: Emploi 16 000 + 1 000 (« emploi » is the same family), Santé 4 000 (P-0003's ⚠ row is
    // not counted), and P-0004's outcome without a family 3 000, named so.
    expect(block(fake)('Famille d’effet', 4)).toEqual([
      ['Emploi', 17000, '', ''],
      ['Santé', 4000, '', ''],
      ['(famille non précisée)', 3000, '', ''],
      ['', '', '', ''],
    ]);
  }),
);

test(
  'no outcome with a family: no family chart',
  withFake((fake) => {
    portfolio(fake);
    write(fake, VALUATION, [{ family: '' }, { family: '' }, { family: '' }, { family: '' }]);
    const { sheetName } = buildDashboard(fake.spreadsheet as never, 'fr', new Date(2026, 6, 1));
    const titles = sheet(fake, sheetName)
      .getCharts()
      .map((c) => c.getOptions().get('title'));
    expect(titles).toContain('Valeur sociale actualisée par partie prenante (€)');
    expect(titles).not.toContain('Valeur sociale actualisée par famille d’effet (€)');
  }),
);

test(
  'the portfolio’s tornado (sorted by swing), its switching values and the sentence',
  withFake((fake) => {
    portfolio(fake);
    const { sheetName } = buildDashboard(fake.spreadsheet as never, 'fr', new Date(2026, 6, 1));
    const rows = block(fake);
    // Portfolio: P-0001 and P-0002 (P-0003 has a ⚠ outcome, P-0004 no investment). PV 16 000 + 4 000 +
    // 1 000 = 21 000; invested 10 000 + 4 000 + 2 000 = 16 000; base ratio 21 000 / 16 000 = 1.3125.
    // Duration ±1 year: P-0001 1 year (8 000), the others cannot go below 1: 13 000 / 16 000 = 0.8125;
    //   +1: 24 000 + 8 000 + 2 000 = 34 000 / 16 000 = 2.125. Swing 1.3125.
    // Deadweight ±10 points: 20 000 × 0.7 + (4 000 + 1 000) × 0.9 = 18 500 → 1.15625; 20 000 × 0.9 +
    //   5 000 (0 % cannot go lower) = 23 000 → 1.4375. Swing 0.28125.
    // Quantity and proxy ±10 %: 1.3125 × 0.9 = 1.18125, × 1.1 = 1.44375. Swing 0.2625 each.
    // Attribution and displacement +10 points: 21 000 × 0.9 = 18 900 → 1.18125 (−10 cannot go below 0).
    // Drop-off +10 points: P-0001's 2nd year 8 000 × 0.9 = 7 200: 20 200 → 1.2625.
    // Rate +1 point: outcomes (8 000 + 4 000 + 1 000)/1.01 + 8 000/1.01², invested 14 000 + 2 000/1.01.
    const ratePv = 13000 / 1.01 + 8000 / 1.01 ** 2;
    const rateHigh = ratePv / (14000 + 2000 / 1.01);
    expect(round(rows('Hypothèse', 8).map((r) => r.slice(0, 3)))).toEqual(
      round([
        ['Durée (±1 an)', 0.8125, 2.125],
        ['Point mort (±10 points)', 1.15625, 1.4375],
        ['Quantité (±10 %)', 1.18125, 1.44375],
        ['Proxy financier (±10 %)', 1.18125, 1.44375],
        ['Attribution (±10 points)', 1.18125, 1.3125],
        ['Déplacement (±10 points)', 1.18125, 1.3125],
        ['Érosion (±10 points)', 1.2625, 1.3125],
        ['Taux d’actualisation (±1 point)', rateHigh, 1.3125],
      ]),
    );
    // Switching values: quantity 1/1.3125 − 1 = −23.8 %; deadweight 20 000 × (0.8 − c) + 5 000 × (1 − c)
    // = 16 000 at c = 0.2; attribution 21 000 × (1 − c) = 16 000 at c = 5/21 = 23.8 points; drop-off
    // 8 000 × (1 − c) + 13 000 = 16 000 at c = 0.625; duration −1 year (0.8125 < 1).
    const switching = rows('Hypothèse', 18).slice(10); // after the tornado's 8 rows, a blank row and its header
    expect(switching.map((r) => [r[0], r[2]])).toEqual([
      ['Durée (±1 an)', '−1\u00a0an'],
      ['Point mort (±10 points)', '+20\u00a0points'],
      ['Quantité (±10 %)', '−23,8\u00a0%'],
      ['Proxy financier (±10 %)', '−23,8\u00a0%'],
      ['Attribution (±10 points)', '+23,8\u00a0points'],
      ['Déplacement (±10 points)', '+23,8\u00a0points'],
      ['Érosion (±10 points)', '+62,5\u00a0points'],
      ['Taux d’actualisation (±1 point)', expect.stringMatching(/^\+\d+(,\d)?\u00a0points$/)],
    ]);
    expect(switching.every((r) => r[1] === 1.3125)).toBe(true);
    const after = sheet(fake, sheetName).getRange(1, 1, 300, 1).getValues().flat();
    expect(after).toContain(
      // The closest switching value in sensitivity steps: the duration's −1 year is 1 step (deadweight's +20
      // points 2, the quantity's −23,8 % 2,4); the ratio lands at 0.8125 (shown 0,81: V8's toFixed).
      'Le ratio SROI dépend surtout de la durée : de 0,81 à 2,13 pour ±1 an ; la valeur de basculement la plus proche est une baisse d’un an de la durée, qui ferait passer le ratio de 1,31 à 0,81.',
    );
    expect(after).toContain(
      'Portefeuille : 2 projets ayant un SROI, chaque hypothèse variée de même pour tous leurs effets ; 2 projets valorisés laissés de côté (un effet invalide ou pas d’investissement).',
    );
    // The tornado is a native bar chart over its 8 rows and 3 columns; the switching values a table chart.
    const charts = sheet(fake, sheetName).getCharts();
    const chart = (title: string) => charts.find((c) => c.getOptions().get('title') === title)!;
    const tornado = chart('Sensibilité du SROI du portefeuille : ratio bas et haut, une hypothèse à la fois');
    expect(tornado.modify().getChartType()).toBe('BAR');
    expect(tornado.getRanges().map((r) => [r.getNumRows(), r.getNumColumns()])).toEqual([[9, 3]]);
    const table = chart('Valeurs de bascule (le ratio à 1:1)');
    expect(table.modify().getChartType()).toBe('TABLE');
    // The header and the 8 assumptions: the sentence below is not in the chart's range.
    expect(table.getRanges()[0].getNumRows()).toBe(9);
    expect(chart('Valeur sociale actualisée par partie prenante (€)').getRanges()[0].getNumRows()).toBe(4);
  }),
);

test(
  'in English; without any project with an SROI, no sensitivity section',
  withFake((fake) => {
    portfolio(fake);
    buildDashboard(fake.spreadsheet as never, 'en', new Date(2026, 6, 1));
    const values = sheet(fake, 'Tableau de bord').getRange(1, 1, 300, 1).getValues().flat();
    expect(values).toContain(
      'The SROI ratio depends most on the duration: from 0.81 to 2.13 for ±1 year; the closest switching value is a fall of 1\u00a0year in the duration, which would take the ratio from 1.31 to 0.81.',
    );
    // No investment anywhere: the stakeholders are shown, the sensitivity is not.
    write(fake, PROJECTS, [{ investment: '' }, { investment: '', 'investment-2': '' }]);
    buildDashboard(fake.spreadsheet as never, 'fr', new Date(2026, 6, 1));
    const after = sheet(fake, 'Tableau de bord').getRange(1, 1, 300, 1).getValues().flat();
    expect(after).toContain('Partie prenante');
    expect(after.some((v) => String(v).startsWith('Le ratio SROI'))).toBe(false);
  }),
);
