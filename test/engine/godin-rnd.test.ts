import { loadAddon } from '../../dev/addon/load';
import { evaluateWorkbook } from '../../dev/engine/workbook';
import { INSTRUMENTS } from '../../src/core/instruments';
import { GODIN_MARKERS } from '../../src/core/godin/markers';
import { RND_CRITERIA } from '../../src/core/rnd/criteria';
import { loadDemo } from '../../src/server/actions/load-demo';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { PROJECTS } from '../../src/sheets/schema';
import { columnsOf, sheet, workbookFake } from '../helpers/workbook';

/**
 * Issue 14 §1–2: the Institut Godin's markers and the social R&D checklist, each one declaration,
 * through setup, the demo and the formula engine. Needs a built dist/Code.js (npm run build).
 */
const GODIN = INSTRUMENTS.godin.sheet;
const RND = INSTRUMENTS.rnd.sheet;

function rowsOf(s: ReturnType<typeof sheet>) {
  return s.getRange(2, 1, s.getLastRow() - 1, s.getLastColumn()).getValues();
}

test('setup lays out « Marqueurs Godin » (the module’s level words, the seed’s definition and examples as help) and « R&D sociale »', () => {
  const fake = workbookFake();
  try {
    setupWorkbook();
    const g = sheet(fake, 'Marqueurs Godin');
    const at = columnsOf(g, GODIN);
    const modele = at.get('marker:modele')!;
    expect(g.getRange(1, modele).getValue()).toBe('Modèle économique pluriel');
    const rule = g.getRange(2, modele).getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual(['Inexistant', 'Faible', 'Intermédiaire', 'Fort']);
    const help = rule.getHelpText();
    expect(help).toContain("s'appuyer sur différentes ressources");
    expect(help).toContain("Exemple Initi'elles : mixité des ressources : non marchandes et réciprocaires");
    expect(help).toContain('Exemple Graines de Pays : hybridation des ressources : réciprocité, redistribution et prestations');
    // The value-capture families line up with the plural economy (issue 14 §1); the scale is said to be ours.
    expect(help).toContain('Captation de valeur');
    expect(help).toContain('Échelle et descripteurs propres au module');
    expect(g.getRange(1, at.get('block:emergence')!).getFormula()).toBe(
      '={HSTACK("Bloc Émergence";"Bloc Processus";"Bloc Résultat";"Bloc Impacts et diffusion";"Total Godin");GODIN_PROFILE(E2:M)}',
    );
    expect(fake.spreadsheet.getRangeByName('MARQUEURS_GODIN')).not.toBeNull();

    const r = sheet(fake, 'R&D sociale');
    const rat = columnsOf(r, RND);
    RND_CRITERIA.forEach((c) => expect(r.getRange(1, rat.get(`rnd:${c.id}`)!).getValue()).toBe(c.label.fr));
    expect(r.getRange(2, rat.get('rnd:incertitude')!).getDataValidation()!.getHelpText()).toContain('Manuel de Frascati');
    expect(r.getRange(1, rat.get('verdict')!).getFormula()).toMatch(/^=\{"Verdict R&D sociale";RND_VERDICT\(E2:I;LANGUE\)\}$/);
  } finally {
    fake.done();
  }
});

test('the demo’s illustrative answers give the Godin profile and the social R&D verdict, per assessment and in Projets', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const g = sheet(fake, 'Marqueurs Godin');
    const r = sheet(fake, 'R&D sociale');
    // A second reviewer of P-0004's social R&D, typed as a user would (English words too).
    const rat = columnsOf(r, RND);
    const last = r.getLastRow() + 1;
    r.getRange(last, 1).setValue('P-0004');
    r.getRange(last, rat.get('reviewer')!).setValue('Sophie Lambert');
    ['yes', 'oui', 'en partie', 'partly', 'oui'].forEach((v, i) => r.getRange(last, rat.get(`rnd:${RND_CRITERIA[i].id}`)!).setValue(v));
    const evaluation = evaluateWorkbook(fake, loadAddon({}));
    expect(evaluation.errors).toEqual([]);

    const gat = columnsOf(g, GODIN);
    const godin = (id: string) => rowsOf(g).find((x) => x[0] === id)!;
    const block = (id: string, b: string) => godin(id)[gat.get(`block:${b}`)! - 1];
    // P-0012 (Initi'elles): levels 3 3 | 3 3 2 | 3 2 | 2 2.
    // Émergence (3+3)/2 = 3; Processus (3+3+2)/3 = 8/3; Résultat (3+2)/2 = 2,5; Impacts (2+2)/2 = 2; total 23.
    expect(block('P-0012', 'emergence')).toBe(3);
    expect(block('P-0012', 'processus')).toBeCloseTo(8 / 3, 9);
    expect(block('P-0012', 'resultat')).toBe(2.5);
    expect(block('P-0012', 'impacts')).toBe(2);
    expect(godin('P-0012')[gat.get('total')! - 1]).toBe(23);
    // P-0013 (Graines de Pays): 3 3 | 2 1 3 | 3 3 | 2 1 → 3; 2; 3; 1,5; total 21.
    expect([...['emergence', 'processus', 'resultat', 'impacts'].map((b) => block('P-0013', b)), godin('P-0013')[gat.get('total')! - 1]]).toEqual([
      3, 2, 3, 1.5, 21,
    ]);
    expect(String(godin('P-0013')[gat.get('comment:gouvernance')! - 1])).toMatch(/^Illustratif/);
    // A project without markers scored: a blank row.
    expect(godin('P-0001')[gat.get('block:emergence')! - 1]).toBe('');
    expect(godin('P-0001')[gat.get('total')! - 1]).toBe('');
    // One marker left unscored: GODIN_PROFILE's status in the first block, the rest blank.
    g.getRange(rowsOf(g).findIndex((x) => x[0] === 'P-0013') + 2, gat.get('marker:service')!).setValue('');
    evaluateWorkbook(fake, loadAddon({}));
    expect(block('P-0013', 'emergence')).toBe(`⚠ incomplet : ${GODIN_MARKERS.length - 1}/${GODIN_MARKERS.length} marqueurs notés`);
    expect(godin('P-0013')[gat.get('total')! - 1]).toBe('');

    const rnd = (id: string) => rowsOf(r).filter((x) => x[0] === id);
    expect(rnd('P-0001')[0][rat.get('verdict')! - 1]).toBe('Démarche de R&D sociale : les 5 critères réunis');
    expect(rnd('P-0001')[0][rat.get('met')! - 1]).toBe(5);
    // P-0004, the demo's row: oui, en partie, oui, en partie, non.
    expect(rnd('P-0004')[0][rat.get('verdict')! - 1]).toBe(
      '2/5 critères réunis : nouveauté, incertitude ; en partie : créativité, transférabilité ; non réuni : dimension systématique',
    );

    const projets = sheet(fake, 'Projets');
    const p = columnsOf(projets, PROJECTS);
    const project = (id: string) => rowsOf(projets).find((x) => x[0] === id)!;
    // Projets: the consensus (mean) of the assessments' totals.
    expect(project('P-0012')[p.get('godin-total')! - 1]).toBe(23);
    expect(project('P-0001')[p.get('godin-total')! - 1]).toBe('');
    // P-0004's consensus, per criterion on 0–3 (non 0, en partie 1,5, oui 3):
    // nouveauté (3+3)/2 = 3 réuni; créativité (1,5+3)/2 = 2,25 réuni; incertitude (3+1,5)/2 = 2,25 réuni;
    // transférabilité (1,5+1,5)/2 = 1,5 en partie; dimension systématique (0+3)/2 = 1,5 en partie.
    expect(project('P-0004')[p.get('rnd-verdict')! - 1]).toBe(
      '3/5 critères réunis : nouveauté, créativité, incertitude ; en partie : transférabilité, dimension systématique',
    );
    expect(project('P-0001')[p.get('rnd-verdict')! - 1]).toBe('Démarche de R&D sociale : les 5 critères réunis');
  } finally {
    fake.done();
  }
});
