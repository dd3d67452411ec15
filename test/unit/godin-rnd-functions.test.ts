import { godinProfile } from '../../src/core/godin/profile';
import { rndVerdict } from '../../src/core/rnd/verdict';
import { call } from '../helpers/functions';

/**
 * Issue 14: GODIN_PROFILE and RND_VERDICT on hand-computed fixtures (the module's own rules:
 * core/godin/profile.ts, core/rnd/verdict.ts).
 */
describe('GODIN_PROFILE', () => {
  test('each block’s mean level, then the total; words and numbers alike; a row being scored shows its status', () => {
    const result = call('GODIN_PROFILE', [
      // Émergence (3+2)/2 = 2,5; Processus (2+1+3)/3 = 2; Résultat (3+2)/2 = 2,5; Impacts (1+0)/2 = 0,5; total 3+2+2+1+3+3+2+1+0 = 17.
      ['Fort', 'Intermédiaire', 2, 'faible', 3, 'Fort', 2, 1, 'Inexistant'],
      // Everything at Fort: 3 in every block, 27.
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
      ['', '', '', '', '', '', '', '', ''],
      [3, 3, '', 3, 3, 3, 3, 3, 3],
      [3, 'beaucoup', 3, 3, 3, 3, 3, 3, 3],
    ]) as unknown[][];
    expect(result[0]).toEqual([2.5, 2, 2.5, 0.5, 17]);
    expect(result[1]).toEqual([3, 3, 3, 3, 27]);
    expect(result[2]).toEqual(['', '', '', '', '']);
    expect(result[3]).toEqual(['⚠ incomplet : 8/9 marqueurs notés', '', '', '', '']);
    expect(String(result[4][0])).toMatch(/^⚠ .*« Aspiration sociale ».*beaucoup/);
    expect(godinProfile([3, 2, 2, 1, 3, 3, 2, 1, 0])).toEqual({ blocks: { emergence: 2.5, processus: 2, resultat: 2.5, impacts: 0.5 }, total: 17 });
  });

  test('a range of the wrong width is refused, naming what it expects', () => {
    expect(() => call('GODIN_PROFILE', [[3, 3, 3]])).toThrow(/GODIN_PROFILE.*marqueur/);
  });
});

describe('RND_VERDICT', () => {
  test('which criteria are met, partly or not, from a reviewer’s words or the consensus’s 0–3', () => {
    const result = call('RND_VERDICT', [
      ['oui', 'oui', 'oui', 'oui', 'oui'],
      ['oui', 'en partie', 'yes', 'partly', 'non'],
      // A consensus (CONSENSUS: non 0, en partie 1,5, oui 3): 2,25 ≥ 2 met; 1,5 partly; 0,75 < 1 not.
      [2.25, 1.5, 0.75, 3, 0],
      ['non', 'non', 'non', 'non', 'non'],
      ['oui', '', 'oui', 'oui', 'oui'],
      ['oui', 'peut-être', 'oui', 'oui', 'oui'],
    ]) as unknown[][];
    expect(result.map((r) => r[0])).toEqual([
      'Démarche de R&D sociale : les 5 critères réunis',
      '2/5 critères réunis : nouveauté, incertitude ; en partie : créativité, transférabilité ; non réuni : dimension systématique',
      '2/5 critères réunis : nouveauté, transférabilité ; en partie : créativité ; non réunis : incertitude, dimension systématique',
      '0/5 critère réuni ; non réunis : nouveauté, créativité, incertitude, transférabilité, dimension systématique',
      '⚠ incomplet : 4/5 critères renseignés',
      expect.stringMatching(/^⚠ .*« La créativité ».*peut-être.*oui, en partie ou non/),
    ]);
  });

  test('in English with lang "en"', () => {
    expect(call('RND_VERDICT', [['yes', 'yes', 'partly', 'no', 'yes']], 'en')).toBe(
      '3/5 criteria met: novelty, creativity, systematic approach; partly: uncertainty; not met: transferability',
    );
    expect(rndVerdict([3, 3, 3, 3, 3], 'en')).toBe('Social R&D: all 5 criteria met');
  });
});
