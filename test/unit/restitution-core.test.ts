/**
 * Issue 15 §2: what a restitution holds, from core alone (src/core/feedback/restitution.ts): the
 * edges the demo does not reach (every criterion at Fort, the top of the SRL scale, nothing assessed,
 * a decision typed in English or in the user's own words).
 */
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { decisionText, type RestitutionInput, restitutionLines } from '../../src/core/feedback/restitution';

const base: RestitutionInput = {
  id: 'P-0042',
  name: 'Épicerie solidaire',
  decision: '',
  amiWeights: AMI_CRITERIA.map(() => 1),
  srl: null,
  comments: [],
};
const rows = (input: Partial<RestitutionInput>, lang: 'fr' | 'en' = 'fr') =>
  restitutionLines({ ...base, ...input }, lang).map((l) => [l.label, l.value, l.detail]);

test('decisions: the list’s words in either language and case, a blank as pending, other words as typed', () => {
  expect(decisionText('retenu', 'en')).toBe('Selected');
  expect(decisionText('Deferred', 'fr')).toBe('Ajourné');
  expect(decisionText('', 'fr')).toBe('Pas encore décidée');
  expect(decisionText(' Retenu sous réserve ', 'fr')).toBe('Retenu sous réserve');
});

test('nothing assessed yet: one sentence per part, no figure', () => {
  expect(rows({})).toEqual([
    ['Fiche de restitution', 'P-0042', 'Épicerie solidaire'],
    ['Décision du comité', '', 'Pas encore décidée'],
    ['Profil AMI (consensus des évaluations)', '', ''],
    ['Grille AMI incomplète : le profil sera établi quand chaque critère aura un niveau.', '', ''],
    ['Maturité (échelle SRL)', '', ''],
    ['Maturité pas encore évaluée.', '', ''],
    ['Captation de valeur : points de fragilité', '', ''],
    ['Grille de captation de valeur incomplète.', '', ''],
    ['Commentaires des évaluateurs', '', ''],
    ['Aucun commentaire partagé.', '', ''],
  ]);
});

test('every criterion at Fort, SRL 9, no fragile answer; weights doubled on Portage: its maximum is 4 × 3 × 2 = 24', () => {
  const weights = AMI_CRITERIA.map((c) => (c.group === 'portage' ? 2 : 1));
  const out = rows({ amiLevels: AMI_CRITERIA.map(() => 3), amiWeights: weights, srl: 9, vcAnswers: [2, 3, 2, 3, 3] });
  // Portage 4 × 3 × 2 = 24; Contenu 3 × 3 = 9; Contexte 5 × 3 = 15; Total 48.
  expect(out.slice(3, 7)).toEqual([
    ['Portage', 24, 'sur 24'],
    ['Contenu', 9, 'sur 9'],
    ['Contexte', 15, 'sur 15'],
    ['Total', 48, 'sur 48'],
  ]);
  const after = (label: string) => out[out.findIndex((r) => r[0] === label) + 1];
  expect(after('Axes d’amélioration')).toEqual(['Tous les critères atteignent le niveau « Fort ».', '', '']);
  expect(after('Niveau atteint')).toEqual(['Le niveau le plus haut de l’échelle est atteint.', '', '']);
  expect(after('Captation de valeur : points de fragilité')).toEqual(['Aucun point de fragilité.', '', '']);
});

test('in English: the grid’s English words, a level 0 criterion asking for level 1’s descriptor, comments without a criterion under the improvement areas', () => {
  const levels = AMI_CRITERIA.map((_, i) => (i === 0 ? 0 : 3));
  const out = rows(
    { amiLevels: levels, srl: 0, comments: [{ criterion: AMI_CRITERIA[0].id, text: 'Élargir le collectif' }, { text: 'Mieux chiffrer' }] },
    'en',
  );
  const axes = out.findIndex((r) => r[0] === 'Improvement areas');
  expect(out[axes + 1]).toEqual([AMI_CRITERIA[0].label.en, 'None', `Next level (Weak): ${AMI_CRITERIA[0].descriptors.en[1]}`]);
  expect(out.find((r) => r[0] === 'Level reached')).toEqual(['Level reached', 0, 'No level reached (Concept)']);
  expect(out.slice(-2)).toEqual([
    [AMI_CRITERIA[0].label.en, '', 'Élargir le collectif'],
    ['Improvement areas', '', 'Mieux chiffrer'],
  ]);
});
