/**
 * Issue 14 §3 on « Tableau de bord »: per category of innovation, the listed projects that have an
 * actor with a « rôle-clé » in it (core's readActors and systemMatrix). Counted by hand below.
 */
import { buildDashboard } from '../../src/sheets/dashboard/build';
import { SYSTEM_ROLES } from '../../src/core/system/target-system';
import { SYSTEM } from '../../src/sheets/schema';
import { columnsOf, setUpWithProjects, sheet, withFake } from '../helpers/workbook';

const KEY = SYSTEM_ROLES[0].label.fr;
const TITLE = 'Système social cible : projets ayant un acteur au rôle-clé, par catégorie (3 projets renseignés)';

test(
  'projects with a key-role actor per category: unreadable rows and unlisted projects count nowhere',
  withFake((fake) => {
    setUpWithProjects(fake, 4);
    const s = sheet(fake, SYSTEM.name.fr);
    const at = columnsOf(s, SYSTEM);
    const rows = [
      ['P-0001', 'Association', 'Expérimentation', KEY], // P-0001: Expérimentation
      ['P-0001', 'Mairie', 'Coopération', 'Conduite partagée'], // shared lead: no key role
      ['P-0001', 'Réseau', 'Plaidoyer', 'Rôle-clé'], // P-0001: Plaidoyer (the short name reads too)
      ['P-0002', 'Université', 'Expérimentation', 'key role'], // P-0002: Expérimentation (English reads too)
      ['P-0002', 'Université', 'Expérimentation', 'Rôle marginal'], // the same actor twice in a category: refused by core, not counted
      ['P-0003', 'CAF', 'Financement', KEY], // no such category: counted nowhere
      ['P-0003', 'Collectif', 'Modélisation', 'Rôle marginal'], // P-0003 has an actor, no key role
      ['P-0099', 'Fondation', 'Coopération', KEY], // not in Projets: left out
    ];
    rows.forEach((r, k) => {
      (['id', 'actor', 'category', 'role'] as const).forEach((id, c) => s.getRange(k + 2, at.get(id)!).setValue(r[c]));
    });
    buildDashboard(fake.spreadsheet as never, 'fr');
    const dash = sheet(fake, 'Tableau de bord');
    expect(dash.getCharts().map((c) => String(c.getOptions().get('title')))).toContain(TITLE);
    const values = dash.getDataRange().getValues();
    const from = values.findIndex((r) => r[0] === 'Catégorie d’innovation');
    // Projects with actors: P-0001, P-0002, P-0003 (3). Key roles: Expérimentation P-0001 and P-0002 (2),
    // Coopération none (P-0099 unlisted), Modélisation none, Plaidoyer P-0001 (1).
    expect(values.slice(from, from + 5).map((r) => r.slice(0, 2))).toEqual([
      ['Catégorie d’innovation', 'Projets'],
      ['Expérimentation', 2],
      ['Coopération', 0],
      ['Modélisation', 0],
      ['Plaidoyer', 1],
    ]);
  }),
);
