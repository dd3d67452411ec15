import { protocolEvidenceNote, srlRecordPlan } from '../../src/core/protocol/srl-record';

/**
 * Issue 14 §4: a level the protocol evidences, recorded in the reviewer's SRL assessment — 100 % and
 * a line in the notes naming the steps and their evidence; never over another value without asking.
 */
describe('protocol → SRL evidence', () => {
  const evidence = ['Note de cadrage 2024', '', 'Kit d’enquête', 'CR des tests, mars', '', ''];

  test('the line names the steps linked to the level (seed’s titles) and their evidence when typed', () => {
    expect(protocolEvidenceNote(4, evidence, 'fr')).toBe(
      "SRL 4 — protocole : étape 1 « Formuler et prioriser ce que l'on va tester (fonctions clés) » (preuve : Note de cadrage 2024)",
    );
    // SRL 5 rests on steps 2, 3 and 4; step 2 has no evidence typed: named without one.
    expect(protocolEvidenceNote(5, evidence, 'fr')).toMatch(
      /^SRL 5 — protocole : étape 2 « Planifier et organiser la démarche d'expérimentation » ; étape 3 « .+ » \(preuve : Kit d’enquête\) ; étape 4 « .+ » \(preuve : CR des tests, mars\)$/,
    );
    expect(protocolEvidenceNote(4, evidence, 'en')).toBe(
      'SRL 4 — protocol: step 1 "Formulate and prioritise what will be tested (key functions)" (evidence: Note de cadrage 2024)',
    );
  });

  test('blank or 0 %: set at once; 100 %: nothing to ask; another value: replace, asked first; the notes only added to', () => {
    const note = protocolEvidenceNote(4, evidence, 'fr');
    expect(srlRecordPlan(undefined, '', note)).toEqual({ completion: 'set', notes: note, recorded: false });
    expect(srlRecordPlan(0, 'Visite du 12/03  \n', note)).toEqual({ completion: 'set', notes: `Visite du 12/03\n${note}`, recorded: false });
    expect(srlRecordPlan(0.5, '', note).completion).toBe('replace');
    // An unreadable cell (« bientôt ») is another value too: asked, never silently replaced.
    expect(srlRecordPlan(Number.NaN, '', note).completion).toBe('replace');
    expect(srlRecordPlan(1, '', note)).toEqual({ completion: 'same', notes: note, recorded: false });
    expect(srlRecordPlan(1, `Visite\n${note}`, note)).toEqual({ completion: 'same', notes: null, recorded: true });
  });
});
