import fs from 'node:fs';
import path from 'node:path';
import { evidencedLevels, protocolSummary, readStep, readStepStatus, srlEvidence } from '../../src/core/protocol/evidence';
import { PROTOCOL_STEPS, type StepStatus } from '../../src/core/protocol/steps';
import { SRL_LEVELS } from '../../src/core/srl/scale';
import { PROTOCOL_FIGURES } from '../../src/sheets/dashboard/figures/protocol';
import { loadDemo } from '../../src/server/actions/load-demo';
import { INSTRUMENTS } from '../../src/core/instruments';
import { SYSTEM } from '../../src/core/instruments/sheets';
import { columnsOf, sheet, withFake } from '../helpers/workbook';
import { emptyCells, readActors, readCategory, readRole, systemMatrix, systemSummary } from '../../src/core/system/matrix';
import { SYSTEM_CATEGORIES, SYSTEM_ROLES } from '../../src/core/system/target-system';

/**
 * Issue 14 §3–§4: the target social system (categories × roles) and the experimentation protocol
 * (6 steps, the SRL levels they evidence), on hand-made fixtures.
 */
const ROLE = (i: number) => SYSTEM_ROLES[i].label.fr;

describe('target social system', () => {
  test('categories and roles read in either language, the seed’s sentence or the short name, apostrophes and case aside', () => {
    expect(readCategory('Plaidoyer')).toBe('plaidoyer');
    expect(readCategory(' experimentation ')).toBe('experimentation');
    expect(readCategory('Modelling')).toBe('modelisation');
    expect(readRole('L’acteur concerné a un rôle-clé dans la conduite de l’innovation')).toBe('cle');
    expect(readRole('conduite partagée')).toBe('partage');
    expect(readRole('Marginal role')).toBe('marginal');
    expect(() => readCategory('Recherche')).toThrow(
      /« Recherche » n’est pas une catégorie d’innovation : Expérimentation, Coopération, Modélisation ou Plaidoyer/,
    );
    expect(() => readRole(3)).toThrow(/« 3 » n’est pas un rôle/);
  });

  // Project P-0001: five rows, one blank, two bad; P-0002: one row.
  const rows = [
    { row: 2, project: 'P-0001', actor: 'Association porteuse', category: 'Expérimentation', role: ROLE(0) },
    { row: 3, project: 'P-0001', actor: 'Mairie', category: 'Coopération', role: ROLE(1), comment: 'convention 2025' },
    { row: 4, project: 'P-0001', actor: 'Réseau régional', category: 'Plaidoyer', role: 'Rôle marginal' },
    { row: 5, project: '', actor: '', category: '', role: '' },
    { row: 6, project: 'P-0001', actor: 'Mairie', category: 'Expérimentation', role: ROLE(1) },
    { row: 7, project: 'p-0001', actor: 'mairie', category: 'coopération', role: ROLE(2) },
    { row: 8, project: 'P-0001', actor: 'CAF', category: 'Financement', role: ROLE(2) },
    { row: 9, project: 'P-0001', actor: '', category: 'Plaidoyer', role: ROLE(0) },
    { row: 10, project: 'P-0002', actor: 'Université', category: 'Modélisation', role: ROLE(0) },
  ];

  test('the table is checked row by row: each bad row named with its sheet, row and column; an actor holds one role per category', () => {
    const { actors, problems } = readActors(rows);
    expect(actors.map((a) => a.row)).toEqual([2, 3, 4, 6, 10]);
    expect(actors[1].comment).toBe('convention 2025');
    expect(problems.map((p) => p.render('fr'))).toEqual([
      '« Système social cible », lignes 3 et 7 : « mairie » figure deux fois pour p-0001 en « Coopération » (un rôle par acteur et par catégorie : gardez une ligne)',
      '« Système social cible », ligne 8, colonne « Catégorie d’innovation » : « Financement » n’est pas une catégorie d’innovation : Expérimentation, Coopération, Modélisation ou Plaidoyer',
      '« Système social cible », ligne 9 : « Acteur » vide (une ligne demande un ID de projet, un acteur, une catégorie et un rôle)',
    ]);
    expect(problems[2].render('en')).toBe('"Target social system", row 9: "Actor" empty (a row needs a project ID, an actor, a category and a role)');
  });

  test('the matrix of a project: who holds which role in which category, the empty cells, one line', () => {
    const { actors } = readActors(rows);
    const m = systemMatrix(actors, 'P-0001');
    expect(m.experimentation).toEqual({ cle: ['Association porteuse'], partage: ['Mairie'], marginal: [] });
    expect(m.cooperation).toEqual({ cle: [], partage: ['Mairie'], marginal: [] });
    expect(m.plaidoyer).toEqual({ cle: [], partage: [], marginal: ['Réseau régional'] });
    expect(m.modelisation).toEqual({ cle: [], partage: [], marginal: [] });
    // 4 actors' places in 4 distinct cells: 12 − 4 = 8 empty.
    expect(emptyCells(m)).toHaveLength(8);
    expect(emptyCells(m)[0]).toEqual({ category: 'experimentation', role: 'marginal' });
    // Only Expérimentation has a key role.
    expect(systemSummary(m, 'fr')).toBe('4/12 cases remplies ; sans rôle-clé : Coopération, Modélisation, Plaidoyer');
    expect(systemSummary(m, 'en')).toBe('4/12 cells filled; no key role: Cooperation, Modelling, Advocacy');
    expect(systemSummary(systemMatrix(actors, 'P-0002'), 'fr')).toBe('1/12 cases remplies ; sans rôle-clé : Expérimentation, Coopération, Plaidoyer');
    expect(systemSummary(systemMatrix(actors, 'P-0099'), 'fr')).toBe('Aucun acteur renseigné');
  });
});

describe('experimentation protocol', () => {
  test('six steps numbered 1–6, each linked to pilot-phase SRL levels (4–7) that exist', () => {
    expect(PROTOCOL_STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const levels = new Set(SRL_LEVELS.map((l) => l.level));
    for (const s of PROTOCOL_STEPS) for (const l of s.srl) expect(levels.has(l) && l >= 4 && l <= 7).toBe(true);
    expect([...new Set(PROTOCOL_STEPS.flatMap((s) => s.srl))].sort()).toEqual([4, 5, 6, 7]);
  });

  test('statuses read in either language, blank as « à faire »; a bad status is named', () => {
    expect(['À faire', 'en cours', 'FAIT', 'done', '', null].map(readStepStatus)).toEqual(['todo', 'doing', 'done', 'done', 'todo', 'todo']);
    expect(() => readStepStatus('terminé')).toThrow('« terminé » n’est pas un statut d’étape : à faire, en cours, fait');
  });

  test('a step’s dates: an end before its start, or an end on a step to do, is refused naming the step', () => {
    expect(readStep(2, { status: 'Fait', start: '01/03/2025', end: '15/04/2025' }).end).toEqual(new Date(2025, 3, 15));
    expect(() => readStep(4, { status: 'Fait', start: '15/04/2025', end: '01/03/2025' })).toThrow(
      'étape 4 : la date de fin « 01/03/2025 » précède la date de début « 15/04/2025 »',
    );
    expect(() => readStep(1, { status: 'À faire', end: '01/03/2025' })).toThrow(/étape 1 : une date de fin « 01\/03\/2025 » pour une étape « à faire »/);
    expect(() => readStep(3, { status: 'Fait', start: '31/02/2025' })).toThrow(/^étape 3 : « 31\/02\/2025 » n'est pas une date/);
  });

  test('the SRL levels done steps evidence, and what each other level waits for', () => {
    // Steps 1–4 done, 5 in progress, 6 to do: SRL 4 (step 1) and SRL 5 (steps 2, 3, 4) evidenced;
    // SRL 6 waits for step 5, SRL 7 for step 6.
    const s: StepStatus[] = ['done', 'done', 'done', 'done', 'doing', 'todo'];
    expect(evidencedLevels(s)).toEqual([4, 5]);
    expect(srlEvidence(s)).toEqual([
      { level: 4, steps: [1], open: [] },
      { level: 5, steps: [2, 3, 4], open: [] },
      { level: 6, steps: [5], open: [{ step: 5, status: 'doing' }] },
      { level: 7, steps: [6], open: [{ step: 6, status: 'todo' }] },
    ]);
    expect(protocolSummary(s, 'fr')).toBe('4/6 étapes faites ; preuves pour SRL 4, 5 ; SRL 6 : étape 5 en cours ; SRL 7 : étape 6 à faire');
    expect(protocolSummary(s, 'en')).toBe('4/6 steps done; evidence for SRL 4, 5; SRL 6: step 5 in progress; SRL 7: step 6 to do');
    // Step 3 not done: SRL 5 is not evidenced even though steps 2 and 4 are.
    expect(evidencedLevels(['done', 'done', 'doing', 'done', 'todo', 'todo'])).toEqual([4]);
    expect(protocolSummary(['done', 'todo', 'todo', 'todo', 'todo', 'todo'], 'fr')).toBe(
      '1/6 étape faite ; preuves pour SRL 4 ; SRL 5 : étape 2 à faire, étape 3 à faire, étape 4 à faire ; SRL 6 : étape 5 à faire ; SRL 7 : étape 6 à faire',
    );
    expect(evidencedLevels(Array(6).fill('done'))).toEqual([4, 5, 6, 7]);
  });
});

// ---- Verbatim wording against seed 003 (skipped where the seeds are not reachable) ----------------
const SEED = path.resolve(__dirname, '../../../shared/seeds/003_76984837247e84db.txt');
const norm = (t: string) => t.replace(/\*\*/g, '').replace(/\s+/g, ' ');
(fs.existsSync(SEED) ? describe : describe.skip)('verbatim texts match seed 003', () => {
  // Read in beforeAll: a skipped describe still runs its body, and CI has no seeds.
  let seed = '';
  beforeAll(() => {
    seed = norm(fs.readFileSync(SEED, 'utf8'));
  });
  test('the 4 categories with their « Visant à » lines, the 3 roles', () => {
    for (const c of SYSTEM_CATEGORIES) expect(seed).toContain(`${c.label.fr} - ${c.description.fr}`);
    for (const r of SYSTEM_ROLES) expect(seed).toContain(`- ${r.label.fr}`);
  });
  test('the 6 steps: number, title and objective', () => {
    for (const s of PROTOCOL_STEPS) expect(seed).toContain(norm(`${s.number} → ${s.title.fr}`));
    for (const s of PROTOCOL_STEPS) expect(seed).toContain(norm(s.objective.fr));
  });
});

describe('the dashboard’s protocol figure', () => {
  const row = (id: string, cells: unknown[]) => ({ id, cells: () => cells });
  test('projects per SRL level evidenced: words of one assessment, or the consensus of several (done only when all say « fait »)', () => {
    const part = PROTOCOL_FIGURES.summarize({
      rows: [
        // P-1: steps 1–4 fait → SRL 4 and 5.
        row('P-1', ['Fait', 'Fait', 'Fait', 'fait', 'En cours', '']),
        // P-2: two assessments: step 1 fait in both (2), step 2 fait and en cours (1,5 → en cours) → SRL 4 only.
        row('P-2', [2, 1.5, 2, 2, 0, 0]),
        // P-3: nothing recorded: not counted. P-4: an unreadable status: not counted.
        row('P-3', ['', '', '', '', '', '']),
        row('P-4', ['Fait', 'bientôt', '', '', '', '']),
      ],
      name: (id) => id,
      settings: { amiWeights: [], srlThreshold: 1 },
    });
    expect(part).toEqual({
      protocolLevels: [
        { level: 4, projects: 2 },
        { level: 5, projects: 1 },
        { level: 6, projects: 0 },
        { level: 7, projects: 0 },
      ],
      protocolStarted: 2,
    });
    expect(PROTOCOL_FIGURES.tables(part, 'fr')[0].rows).toEqual([
      ['SRL 4', 2],
      ['SRL 5', 1],
      ['SRL 6', 0],
      ['SRL 7', 0],
    ]);
  });
});

test(
  'the demo: P-0001’s actors in « Système social cible » (its matrix read back) and its protocol in « Protocole »',
  withFake((fake) => {
    loadDemo();
    const system = sheet(fake, 'Système social cible');
    const at = columnsOf(system, SYSTEM);
    const values = system.getRange(2, 1, system.getLastRow() - 1, system.getLastColumn()).getValues();
    const rows = values.map((r, i) => ({
      row: i + 2,
      project: r[at.get('id')! - 1],
      actor: r[at.get('actor')! - 1],
      category: r[at.get('category')! - 1],
      role: r[at.get('role')! - 1],
      comment: r[at.get('comment')! - 1],
    }));
    const { actors, problems } = readActors(rows);
    expect(problems).toEqual([]);
    expect(rows[0].role).toBe("L'acteur concerné assume avec d'autres la conduite de l'innovation");
    // 5 actors in 4 cells (the Département and the Ville share Coopération × conduite partagée); key roles in
    // Expérimentation (Acclimat'action) and Plaidoyer (the collectif national).
    expect(systemMatrix(actors, 'P-0001').cooperation.partage).toEqual(['Département de la Gironde', 'Ville de Bordeaux']);
    expect(systemSummary(systemMatrix(actors, 'P-0001'), 'fr')).toBe('4/12 cases remplies ; sans rôle-clé : Coopération, Modélisation');
    const protocol = sheet(fake, 'Protocole');
    const p = columnsOf(protocol, INSTRUMENTS.protocol.sheet);
    const row = protocol
      .getRange(2, 1, protocol.getLastRow() - 1, protocol.getLastColumn())
      .getValues()
      .find((r) => r[p.get('id')! - 1] === 'P-0001')!;
    const statuses = PROTOCOL_STEPS.map((s) => readStepStatus(row[p.get(`step:${s.number}`)! - 1]));
    expect(row[p.get('step:1')! - 1]).toBe('Fait');
    expect(protocolSummary(statuses, 'fr')).toBe('4/6 étapes faites ; preuves pour SRL 4, 5 ; SRL 6 : étape 5 en cours ; SRL 7 : étape 6 à faire');
  }),
);
