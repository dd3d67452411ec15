/**
 * Cell parsing (formulas.md, "Cell values" and "The level scale"): what users type, as Sheets hands
 * it over, and the messages for what cannot be read.
 */
import { levelLabel, parseLevel, toLevel } from '../../src/core/cells/level';
import { parseInteger, parseNumber, parseNumberIn, toAmount, toNumber } from '../../src/core/cells/number';
import { parseCompletion, parseProportion, toBoolean } from '../../src/core/cells/proportion';
import { fold, isBlank } from '../../src/core/cells/text';
import { Problem } from '../../src/core/problem';
import { parseSrlLevel, toSrlLevel } from '../../src/core/srl/level';

/** The fr and en messages of a rejected value. */
function rejection(f: () => unknown): { fr: string; en: string } {
  try {
    f();
  } catch (e) {
    if (!(e instanceof Problem)) throw new Error(`expected a Problem, got ${String(e)}`);
    return { fr: e.render('fr'), en: e.render('en') };
  }
  throw new Error('expected a rejection');
}

describe('levels 0–3', () => {
  test.each([
    // French labels, with and without accents, feminine forms, any case and surrounding spaces
    ['Inexistant', 0],
    ['inexistante', 0],
    ['INEXISTANT', 0],
    ['Faible', 1],
    ['faible', 1],
    ['Intermédiaire', 2],
    ['intermediaire', 2],
    ['INTERMÉDIAIRE', 2],
    ['Moyen', 2],
    ['moyenne', 2],
    ['Fort', 3],
    ['forte', 3],
    ['  Fort  ', 3],
    ['\u00a0Fort\u202f', 3],
    // English
    ['None', 0],
    ['absent', 0],
    ['Weak', 1],
    ['low', 1],
    ['Intermediate', 2],
    ['medium', 2],
    ['Strong', 3],
    ['HIGH', 3],
    // numbered dropdown labels
    ['2 - Intermédiaire', 2],
    ['3 – Fort', 3],
    ['0 — Inexistant', 0],
    ['1: Faible', 1],
    ['1) faible', 1],
    ['2. Intermediate', 2],
    // numbers, as numbers and as text with either decimal mark
    [0, 0],
    [3, 3],
    [1.5, 1.5],
    [2.25, 2.25],
    ['2', 2],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['2.0', 2],
    [' 1,5 ', 1.5],
    ['0,75', 0.75],
  ] as const)('%p → %p', (input, level) => {
    expect(parseLevel(input)).toBe(level);
  });

  test.each([
    ['Trés fort'],
    ['4'],
    [3.5],
    [-1],
    ['-0,5'],
    ['2 - Fort'],
    ['x'],
    ['oui'],
    [true],
    [Infinity],
    [NaN],
    ['constructor'],
    ['__proto__'],
    ['toString'],
  ] as const)('%p is not a grid level', (input) => {
    expect(toLevel(input)).toBeNaN();
    expect(() => parseLevel(input)).toThrow(Problem);
  });

  test('checklist answers also read non / plutôt non / plutôt oui / oui', () => {
    expect(['non', 'Plutôt non', 'plutot oui', 'OUI', ' plutôt  oui '].map((v) => parseLevel(v, 'checklist'))).toEqual([0, 1, 2, 3, 2]);
    // but the AMI grid does not: "oui" is not a level of a criterion
    expect(toLevel('oui', 'grid')).toBeNaN();
    expect(toLevel('constructor', 'checklist')).toBeNaN();
  });

  test('the message names the value and the accepted forms, in both languages', () => {
    expect(rejection(() => parseLevel('Trés fort'))).toEqual({
      fr: "« Trés fort » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)",
      en: '"Trés fort" is not a level (0–3, None, Weak, Intermediate, Strong)',
    });
    expect(rejection(() => parseLevel(3.5)).fr).toBe("« 3,5 » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)");
    expect(rejection(() => parseLevel('beaucoup', 'checklist')).fr).toBe(
      "« beaucoup » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort, ou non, plutôt non, plutôt oui, oui)",
    );
    expect(rejection(() => parseLevel(true)).fr).toBe("« VRAI » n'est pas un niveau (0–3, Inexistant, Faible, Intermédiaire, Fort)");
  });

  test('levelLabel names whole levels, and shows an average as a number in the reader’s notation', () => {
    expect(levelLabel(2, 'fr')).toBe('Intermédiaire');
    expect(levelLabel(3, 'en')).toBe('Strong');
    expect(levelLabel(2.5, 'fr')).toBe('2,5');
    expect(levelLabel(2.5, 'en')).toBe('2.5');
  });
});

describe('numbers', () => {
  test.each([
    [12, 12],
    [-3.5, -3.5],
    ['12', 12],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['-200', -200],
    ['+4', 4],
    [',5', 0.5],
    ['12 500', 12500],
    ['12\u00a0500', 12500],
    ['12\u202f500,75', 12500.75],
    ['1 234 567,8', 1234567.8],
    ['12 500 €', 12500],
    ['12 500€', 12500],
    ['4 525,85 €', 4525.85],
  ] as const)('%p → %p', (input, n) => {
    expect(parseNumber(input)).toBe(n);
  });

  test.each([['douze'], ['12 500 $'], ['1.234,5'], ['12,5,3'], ['€'], [''], [true], [null], [Infinity], [NaN], [[1]], [{}]] as const)(
    '%p is not a number',
    (input) => {
      expect(toNumber(input)).toBeNaN();
    },
  );

  test('messages name the value and what is accepted', () => {
    expect(rejection(() => parseNumber('douze')).fr).toBe("« douze » n'est pas un nombre");
    expect(rejection(() => parseNumber('douze', { fr: 'un montant en euros', en: 'an amount in euros' }))).toEqual({
      fr: "« douze » n'est pas un montant en euros",
      en: '"douze" is not an amount in euros',
    });
    // The interval first, then what the value is, in parentheses: reads well whatever `what` is.
    expect(rejection(() => parseNumberIn(6, 1, 5, { fr: 'l’échelle 1–5', en: 'the 1–5 scale' }))).toEqual({
      fr: "« 6 » n'est pas compris entre 1 et 5 (l’échelle 1–5)",
      en: '"6" is not between 1 and 5 (the 1–5 scale)',
    });
    expect(rejection(() => parseNumberIn('x', 1, 5, { fr: 'l’échelle 1–5', en: 'the 1–5 scale' }))).toEqual({
      fr: "« x » n'est pas un nombre compris entre 1 et 5 (l’échelle 1–5)",
      en: '"x" is not a number between 1 and 5 (the 1–5 scale)',
    });
    const years = { fr: 'la durée en années', en: 'the duration in years' };
    expect(rejection(() => parseInteger(60, 1, 50, years)).fr).toBe("« 60 » n'est pas compris entre 1 et 50 (la durée en années)");
    expect(rejection(() => parseInteger('2,5', 1, 50, years))).toEqual({
      fr: "« 2,5 » n'est pas un nombre entier compris entre 1 et 50 (la durée en années)",
      en: '"2,5" is not a whole number between 1 and 50 (the duration in years)',
    });
    // Bounds are written with the reader's decimal mark.
    expect(rejection(() => parseNumberIn(3, 0.5, 2.5, years))).toEqual({
      fr: "« 3 » n'est pas compris entre 0,5 et 2,5 (la durée en années)",
      en: '"3" is not between 0.5 and 2.5 (the duration in years)',
    });
  });

  test('amounts: blank is undefined, unreadable or negative is NaN', () => {
    expect(toAmount('4 525,85 €')).toBe(4525.85);
    expect(toAmount(0)).toBe(0);
    expect(toAmount('')).toBeUndefined();
    expect(toAmount('  ')).toBeUndefined();
    expect(toAmount(-1)).toBeNaN();
    expect(toAmount('beaucoup')).toBeNaN();
  });
});

describe('booleans', () => {
  test.each([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    ['VRAI', true],
    ['faux', false],
    ['oui', true],
    ['Non', false],
    ['yes', true],
    ['NO', false],
    ['x', true],
    ['X', true],
    ['✓', true],
    ['✔', true],
    [' Oui ', true],
  ] as const)('%p → %p', (input, b) => {
    expect(toBoolean(input)).toBe(b);
  });

  test.each([['peut-être'], [1], [0], [''], ['✗']] as const)('%p is not a boolean', (input) => {
    expect(toBoolean(input)).toBeUndefined();
  });
});

describe('proportions and percentages', () => {
  test.each([
    [0, 0],
    [1, 1],
    [0.25, 0.25],
    ['0,25', 0.25],
    ['0.25', 0.25],
    ['25%', 0.25],
    ['25 %', 0.25],
    ['25,5 %', 0.255],
    ['25.5%', 0.255],
    ['25\u00a0%', 0.25],
    ['25\u202f%', 0.25],
    ['100 %', 1],
    ['0 %', 0],
    [' 80 % ', 0.8],
  ] as const)('%p → %p', (input, p) => {
    expect(parseProportion(input)).toBeCloseTo(p, 12);
  });

  test('a number above 1 without % is ambiguous, and says both readings', () => {
    expect(rejection(() => parseProportion('80'))).toEqual({
      fr: '« 80 » est ambigu : écrivez 80 % ou 0,8 (une proportion de 0 à 1 (0,25) ou un pourcentage (25 %))',
      en: '"80" is ambiguous: write 80% or 0.8 (a proportion from 0 to 1 (0.25) or a percentage (25%))',
    });
    expect(rejection(() => parseProportion(12.5)).fr).toBe(
      '« 12,5 » est ambigu : écrivez 12,5 % ou 0,125 (une proportion de 0 à 1 (0,25) ou un pourcentage (25 %))',
    );
  });

  test('out of range and unreadable values', () => {
    expect(rejection(() => parseProportion('120 %'))).toEqual({ fr: "« 120 % » n'est pas compris entre 0 et 100 %", en: '"120 %" is not between 0% and 100%' });
    expect(rejection(() => parseProportion(-0.1)).fr).toBe("« -0,1 » n'est pas compris entre 0 et 100 %");
    expect(rejection(() => parseProportion('beaucoup')).fr).toBe("« beaucoup » n'est pas une proportion de 0 à 1 (0,25) ou un pourcentage (25 %)");
  });

  test('SRL evidence: booleans, proportions and percentages', () => {
    const cases: [unknown, number][] = [
      [true, 1],
      [false, 0],
      ['oui', 1],
      ['non', 0],
      ['x', 1],
      ['✓', 1],
      ['✔', 1],
      ['VRAI', 1],
      ['80 %', 0.8],
      ['0,8', 0.8],
      [0.5, 0.5],
      [1, 1],
      [0, 0],
    ];
    for (const [input, c] of cases) expect([input, parseCompletion(input)]).toEqual([input, c]);
    expect(rejection(() => parseCompletion('80')).fr).toMatch(/^« 80 » est ambigu/);
    expect(rejection(() => parseCompletion('fait')).fr).toBe(
      "« fait » n'est pas un état d'avancement (case cochée, oui/non, x, ou une proportion de 0 à 1 (0,25) ou un pourcentage (25 %))",
    );
  });
});

describe('declared SRL levels', () => {
  test.each([
    [5, 5],
    ['5', 5],
    ['SRL 5', 5],
    ['srl5', 5],
    ['Niveau 5', 5],
    ['niveau 9', 9],
    ['Level 1', 1],
    [' SRL 3 ', 3],
  ] as const)('%p → %p', (input, level) => {
    expect(parseSrlLevel(input, 1)).toBe(level);
  });

  test('0 is "no level": refused as a declaration, read back where a computed level may be 0', () => {
    expect(toSrlLevel(0, 1)).toBeNaN();
    expect(toSrlLevel(0, 0)).toBe(0);
    expect(toSrlLevel('SRL 0', 0)).toBe(0);
  });

  test.each([[10], ['SRL 10'], [4.5], ['4,5'], [-1], ['cinq'], [true], ['']] as const)('%p is not a declared level', (input) => {
    expect(toSrlLevel(input, 1)).toBeNaN();
  });

  test('message', () => {
    expect(rejection(() => parseSrlLevel('SRL 10', 1))).toEqual({
      fr: "« SRL 10 » n'est pas un niveau SRL (un entier de 1 à 9, ou « SRL 5 », « niveau 5 »)",
      en: '"SRL 10" is not an SRL level (a whole number from 1 to 9, or "SRL 5", "level 5")',
    });
  });
});

describe('text', () => {
  test('fold: case, accents, apostrophes and spaces', () => {
    expect(fold('  Rupture  avec l’EXISTANT ')).toBe("rupture avec l'existant");
    expect(fold('Intermédiaire\u00a0\u202f')).toBe('intermediaire');
  });

  test('blank cells', () => {
    for (const v of ['', '   ', '\u00a0', null, undefined]) expect(isBlank(v)).toBe(true);
    for (const v of [0, false, 'x', ' 0 ']) expect(isBlank(v)).toBe(false);
  });
});
