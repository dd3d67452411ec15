/**
 * The functions' parameters as metadata (issue 9 §4): each parameter declares its type, default and
 * range; one runner reads the arguments through them before the body runs; the JSDoc, the help and
 * the README read the same declaration; the counts are the frameworks'.
 */
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { SIAT_DIMENSIONS } from '../../src/core/siat/template';
import { SRL_LEVELS } from '../../src/core/srl/scale';
import { VC_FAMILIES, VC_POINTS } from '../../src/core/value-capture/checklist';
import { cells, column, LANG_PARAM, OUT_OF, perRowOf, table, weights } from '../../src/functions/params';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { defineFunction, type CustomFunctionSpec, type ParamSpec } from '../../src/functions/spec';
import { formulaHelpHtml } from '../../src/server/help';
import { customFunctionJsDoc } from '../../src/server/jsdoc';
import { thrownMessage } from '../helpers/expect';

const spec = (name: string) => CUSTOM_FUNCTIONS.find((f) => f.name === name)!;
const param = (fn: string, name: string) => spec(fn).params.find((p) => p.name === name)!;

/** The same declaration as `f`, with a spy in place of its body. */
function withSpyBody(f: CustomFunctionSpec) {
  const body = jest.fn(() => 'ran');
  return { body, spied: defineFunction({ ...f, params: f.params, body }) };
}

/** An argument the parameter accepts, and one it rejects (undefined: it accepts every argument). */
function argumentsFor(p: ParamSpec): { good: unknown; bad: unknown } {
  const t = p.type;
  if (t.kind === 'option') return { good: '', bad: 'zzz' };
  if (t.columns) {
    expect(t.columns).not.toContain(2);
    return { good: [Array(t.columns[0]).fill('')], bad: [['', '']] };
  }
  if (t.name === 'column')
    return {
      good: '',
      bad: [
        [1, 2],
        [3, 4],
      ],
    };
  if (t.name.startsWith('perRowOf') || t.name.startsWith('amounts(')) return { good: 100, bad: '' };
  if (t.name === 'amount-row') return { good: 100, bad: [[1], [2]] };
  if (t.name === 'grid-name') return { good: 'Grille', bad: [['a', 'b']] };
  return { good: [['']], bad: undefined };
}

describe('the runner reads every argument through its declared type before the body runs', () => {
  const cases = CUSTOM_FUNCTIONS.flatMap((f) => f.params.map((p, i) => [`${f.name}(${p.name})`, f, i] as const)).filter(
    ([, f, i]) => argumentsFor(f.params[i]).bad !== undefined,
  );

  test.each(cases)('%s: a bad argument rejects the call, with the message of today, and the body never runs', (_, f, i) => {
    const args = f.params.map((p, j) => (j === i ? argumentsFor(p).bad : argumentsFor(p).good));
    const { body, spied } = withSpyBody(f);
    const message = thrownMessage(() => spied.run(...args));
    expect(message).toMatch(new RegExp(`^${f.name} :`));
    expect(message).toContain(f.params[i].name);
    expect(body).not.toHaveBeenCalled();
    // the real function says exactly the same: its checks are the declaration's, not its body's
    expect(thrownMessage(() => f.run(...args))).toBe(message);
  });

  test.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))('%s: good arguments reach the body', (_, f) => {
    const { body, spied } = withSpyBody(f);
    expect(spied.run(...f.params.map((p) => argumentsFor(p).good))).toBe('ran');
    expect(body).toHaveBeenCalledTimes(1);
  });

  const TEST_FN = defineFunction({
    name: 'TEST_FN',
    summary: { fr: '', en: '' },
    params: [
      { name: 'rows', type: table([3], { fr: 'trois choses', en: 'three things' }), example: 'A1:C', help: { fr: '', en: '' } },
      {
        name: 'weights',
        type: weights(3, { fr: 'un par chose', en: 'one per thing' }, { fr: 'cette chose', en: 'this thing' }),
        example: 'P',
        optional: true,
        help: { fr: '', en: '' },
      },
      { name: 'out_of', type: OUT_OF, example: '20', optional: true, default: 20, help: { fr: '', en: '' } },
      LANG_PARAM,
    ],
    returns: { fr: '', en: '' },
    example: '=TEST_FN(A1:C)',
    exampleSheet: 'ami',
    resultShape: () => ({ rows: 1, columns: 1 }),
    body: (call, rows, w, outOf, lang) => ({ call, rows, w, outOf, lang }),
  });

  test('the body gets the converted values and the call; blank options take their declared default', () => {
    expect(TEST_FN.run([[1, 2, 3]], '', undefined)).toEqual({ call: { name: 'TEST_FN', lang: 'fr' }, rows: [[1, 2, 3]], w: undefined, outOf: 20, lang: 'fr' });
    // one cell is a 1×1 table, which a 3-column table rejects: the scalar case goes through the same check
    expect(thrownMessage(() => TEST_FN.run(5))).toBe('TEST_FN : la plage rows doit avoir 3 colonnes (trois choses) ; elle en a 1');
    expect(TEST_FN.run([[1, 2, 3]], [[1], [2], [3]], '10', 'english')).toEqual({
      call: { name: 'TEST_FN', lang: 'en' },
      rows: [[1, 2, 3]],
      w: [1, 2, 3],
      outOf: 10,
      lang: 'en',
    });
  });

  test('lang is read first, so the other messages are in the language asked for', () => {
    expect(thrownMessage(() => TEST_FN.run([[1, 2]], '', '', 'en'))).toBe('TEST_FN: the range rows must have 3 columns (three things); it has 2');
    expect(thrownMessage(() => TEST_FN.run([[1, 2, 3]], [1, 2], '', 'en'))).toBe(
      'TEST_FN: weights: 3 weights are needed (one per thing), in a row or a column',
    );
    expect(thrownMessage(() => TEST_FN.run([[1, 2]], '', '', 'xx'))).toBe("TEST_FN : lang : « xx » n'est pas une langue (« fr » ou « en »)");
  });

  test('columns share one height; a per-row argument is as tall as the range it goes with', () => {
    const zipped = defineFunction({
      ...TEST_FN,
      params: [
        { name: 'a', type: column(), example: '', help: { fr: '', en: '' } },
        { name: 'b', type: column(), example: '', help: { fr: '', en: '' } },
        { name: 'v', type: cells(), example: '', help: { fr: '', en: '' } },
        { name: 'per', type: perRowOf('v', Number, { fr: 'un nombre', en: 'a number' }), example: '', help: { fr: '', en: '' } },
      ],
      body: (_call, a, b, _v, per) => [a.at(1), b.at(1), per.at(1)],
    });
    expect(zipped.run([[1], [2]], 7, [[0], [0]], [[8], [9]])).toEqual([2, 7, 9]);
    expect(thrownMessage(() => zipped.run([[1], [2]], [[1], [2], [3]], 0, 1))).toBe(
      'TEST_FN : les colonnes doivent avoir la même hauteur (l’argument b a 3 lignes, les précédents 2)',
    );
    expect(thrownMessage(() => zipped.run(1, 2, [[0], [0]], [[8], [9], [10]]))).toBe(
      'TEST_FN : l’argument per doit être une cellule, ou une colonne de 2 lignes comme v',
    );
    expect(thrownMessage(() => zipped.run(1, 2, [[0]], ''))).toBe('TEST_FN : l’argument per est requis (un nombre)');
  });
});

describe('the counts are the frameworks’, never written', () => {
  test.each([
    ['AMI_SCORE', 'levels', [AMI_CRITERIA.length]],
    ['AMI_PROFILE', 'levels', [AMI_CRITERIA.length]],
    ['AMI_GAPS', 'levels', [AMI_CRITERIA.length]],
    ['SRL_LEVEL', 'evidence', [SRL_LEVELS.length, 1]],
    ['SIAT_INDEX', 'scores', [SIAT_DIMENSIONS.length]],
    ['VC_SCORE', 'answers', [VC_POINTS.length]],
    ['VC_FLAGS', 'answers', [VC_POINTS.length]],
    ['VC_MIX', 'amounts', [VC_FAMILIES.length]],
  ] as const)('%s(%s) takes %j columns, and its help says so', (fn, name, widths) => {
    const p = param(fn, name);
    expect(p.type.kind === 'data' && p.type.columns).toEqual(widths);
    expect(p.type.name).toBe(`table(${widths.join('|')})`);
    expect(p.help.fr).toContain(String(widths[0]));
    expect(p.help.en).toContain(String(widths[0]));
  });

  test.each([
    ['AMI_SCORE', AMI_CRITERIA.length],
    ['AMI_PROFILE', AMI_CRITERIA.length],
    ['SIAT_INDEX', SIAT_DIMENSIONS.length],
  ] as const)('%s takes %i weights', (fn, count) => {
    const p = param(fn, 'weights');
    expect(p.type.kind === 'option' && p.type.count).toBe(count);
    expect(p.help.fr).toContain(`${count} poids`);
  });
});

describe('the JSDoc and the help read the same declaration', () => {
  const help = { fr: formulaHelpHtml('fr'), en: formulaHelpHtml('en') };
  test.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))('%s', (_, f) => {
    const doc = customFunctionJsDoc(f);
    for (const p of f.params) {
      expect(doc).toContain(`@param {${p.type.jsdoc}} ${p.name} `);
      const item = `<li><code>${p.name}</code>${p.optional ? ' (facultatif)' : ''} — `;
      expect(help.fr).toContain(item);
      expect(help.en).toContain(`<li><code>${p.name}</code>${p.optional ? ' (optional)' : ''} — `);
    }
  });

  test('an option with a default is optional (a required argument has no default to fall back on)', () => {
    for (const f of CUSTOM_FUNCTIONS)
      for (const p of f.params) if (p.default !== undefined) expect([f.name, p.name, p.optional]).toEqual([f.name, p.name, true]);
  });
});
