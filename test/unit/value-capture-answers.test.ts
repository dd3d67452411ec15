/**
 * Issue 8 §5: the value-capture answers are the checklist's own words, not the AMI levels
 * (« Sur-effort : Inexistant » reads "no extra effort" and means the opposite). Every place that shows
 * or accepts an answer uses them; numbers and the former words still read the same.
 */
import { VC_POINTS } from '../../src/core/value-capture/checklist';
import { parseVcAnswer, vcAnswers } from '../../src/core/value-capture/answers';
import { fold } from '../../src/core/cells/text';
import { toLevel } from '../../src/core/cells/level';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { loadDemo } from '../../src/server/actions/load-demo';
import { bundledDemo } from '../../src/sheets/demo';
import { VALUE_CAPTURE } from '../../src/sheets/schema';
import { call } from '../helpers/functions';
import { columnsOf, sheet, workbookFake } from '../helpers/workbook';

const OLD_WORDS = ['Inexistant', 'Faible', 'Intermédiaire', 'Fort', 'None', 'Weak', 'Intermediate', 'Strong'];

describe('the checklist’s answers (data in core)', () => {
  test('each point has four short answers in French and English, none an AMI level word', () => {
    for (const p of VC_POINTS) {
      for (const lang of ['fr', 'en'] as const) {
        expect(p.answers[lang]).toHaveLength(4);
        for (const a of p.answers[lang]) {
          expect(a.length).toBeLessThanOrEqual(45);
          expect(OLD_WORDS.map(fold)).not.toContain(fold(a));
        }
      }
    }
    expect(VC_POINTS.find((p) => p.id === 'sur-effort')!.answers.fr[0]).toBe('Sur-effort ni identifié ni compensé');
  });

  test('distinct across every point and language, so a cell’s words give one level whatever its column', () => {
    const all = VC_POINTS.flatMap((p) => [...p.answers.fr, ...p.answers.en].map(fold));
    expect(new Set(all).size).toBe(all.length);
  });

  test('each answer reads as its level, with or without its number; numbers and the former words still read', () => {
    VC_POINTS.forEach((p, i) => {
      for (const lang of ['fr', 'en'] as const) {
        p.answers[lang].forEach((a, level) => {
          expect(parseVcAnswer(a, i)).toBe(level);
          expect(parseVcAnswer(`${level} – ${a}`, i)).toBe(level);
          expect(parseVcAnswer(` ${a.toUpperCase()} `, i)).toBe(level);
        });
      }
      expect(['Inexistant', 'Faible', 'Intermédiaire', 'Fort', 0, 1, '2', 2.5, 'non', 'plutôt oui'].map((v) => parseVcAnswer(v, i))).toEqual([
        0, 1, 2, 3, 0, 1, 2, 2.5, 0, 2,
      ]);
    });
    // A number with another level's words is refused rather than guessed.
    expect(toLevel('1 – Sur-effort absent ou compensé', 'checklist')).toBeNaN();
  });
});

describe('VC_SCORE and VC_FLAGS', () => {
  const words = (levels: number[], lang: 'fr' | 'en' = 'fr') => VC_POINTS.map((p, i) => vcAnswers(p, lang)[levels[i]]);

  test('give the same numbers from the answers as from the levels and the former words', () => {
    const levels = [3, 2, 1, 0, 2];
    const rows = [levels, words(levels), words(levels, 'en'), ['Fort', 'Intermédiaire', 'Faible', 'Inexistant', 'Intermédiaire']];
    expect(call('VC_SCORE', rows)).toEqual([[8], [8], [8], [8]]);
    expect(call('VC_FLAGS', rows)).toEqual(Array(4).fill(['Co-bénéfices ; Pérennité des soutiens']));
  });

  test('a bad answer’s message lists that point’s answers and says which end is fragile', () => {
    expect(() => call('VC_SCORE', [[3, 'Inexistant du tout', 3, 3, 3]])).toThrow(
      "VC_SCORE : « Sur-effort » : « Inexistant du tout » n'est pas une réponse à ce point : une réponse de la liste (« 0 – Sur-effort ni identifié ni compensé », « 1 – Sur-effort identifié, non compensé », « 2 – Sur-effort en partie compensé », « 3 – Sur-effort absent ou compensé » ; 0 = situation fragile, 3 = situation sécurisée), son numéro 0 à 3, ou Inexistant, Faible, Intermédiaire, Fort, non, plutôt non, plutôt oui, oui",
    );
  });

  test('the answers parameter’s help says which end is fragile', () => {
    const help = CUSTOM_FUNCTIONS.find((f) => f.name === 'VC_SCORE')!.params[0].help;
    expect(help.fr).toContain('0 = situation fragile, 3 = situation sécurisée');
    expect(help.fr).not.toMatch(/Inexistant/);
  });
});

describe('the Captation de valeur sheet', () => {
  const fake = workbookFake();
  afterAll(() => fake.done());
  setupWorkbook();
  const vc = sheet(fake, 'Captation de valeur');
  const at = columnsOf(vc, VALUE_CAPTURE);

  test('each answer column’s dropdown lists its own point’s answers, numbered 0–3', () => {
    const rule = vc.getRange(2, at.get('answer:sur-effort')!).getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual([
      '0 – Sur-effort ni identifié ni compensé',
      '1 – Sur-effort identifié, non compensé',
      '2 – Sur-effort en partie compensé',
      '3 – Sur-effort absent ou compensé',
    ]);
    expect(vc.getRange(2, at.get('answer:perennite')!).getDataValidation()!.getCriteriaValues()[0]).toEqual(vcAnswers(VC_POINTS[3], 'fr'));
  });

  test('the help says which end is fragile and gives each answer its descriptor', () => {
    const help = vc.getRange(2, at.get('answer:sur-effort')!).getDataValidation()!.getHelpText();
    expect(help).toContain('0 = situation fragile, 3 = situation sécurisée');
    expect(help).toContain(
      "0 – Sur-effort ni identifié ni compensé : Un sur-effort important (bénévolat, travail sous-rémunéré) qui n'est ni identifié ni compensé",
    );
    expect(help).not.toMatch(/Inexistant|Fort/);
    expect(vc.getRange(1, at.get('answer:sur-effort')!).getNote()).toBe(help);
  });

  test('answer colours go by the answer’s number, one rule per level for every point', () => {
    const rules = vc.getConditionalFormatRules();
    const texts = rules.map((r) => r.getBooleanCondition()?.getCriteriaValues()[0] ?? 'gradient');
    expect(texts).toEqual(['0 – ', '1 – ', '2 – ', '3 – ', 'gradient']);
    expect(rules[0].getBooleanCondition()!.getCriteriaType()).toBe('TEXT_STARTS_WITH');
  });
});

test('the demo writes the checklist’s answers, not the AMI levels', () => {
  const fake = workbookFake();
  try {
    loadDemo();
    const vc = sheet(fake, 'Captation de valeur');
    const at = columnsOf(vc, VALUE_CAPTURE);
    const first = bundledDemo().projects[0];
    VC_POINTS.forEach((p, i) => {
      const cell = vc.getRange(2, at.get(`answer:${p.id}`)!).getValue();
      expect(cell).toBe(first.vc[i] === null ? '' : vcAnswers(p, 'fr')[first.vc[i]!]);
    });
    const all = vc
      .getRange(2, 1, vc.getLastRow() - 1, vc.getLastColumn())
      .getValues()
      .flat();
    expect(all.filter((v) => OLD_WORDS.includes(String(v)))).toEqual([]);
  } finally {
    fake.done();
  }
});
