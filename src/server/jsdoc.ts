import type { CustomFunctionSpec } from '../functions/spec';
import { exampleSheetName } from './help';

/**
 * The JSDoc type of each parameter, by name (a name means the same in every function). Sheets'
 * autocomplete reads Google's standard types: `{number}`, `{string}`, `{Array<Array<*>>}` for a
 * range; an example in the braces is not a type (examples go in the description). Kept here, beside
 * the generator, rather than in the registry: only the JSDoc needs it.
 */
const RANGE = 'Array<Array<*>>';
const NUMBER_OR_RANGE = 'number|Array<Array<*>>';
export const JSDOC_TYPES: Readonly<Record<string, string>> = {
  evidence: RANGE,
  threshold: 'number',
  level: NUMBER_OR_RANGE,
  lang: 'string',
  values: RANGE,
  levels: RANGE,
  weights: 'Array<Array<number>>',
  out_of: 'number',
  target: 'number|string',
  answers: RANGE,
  amounts: RANGE,
  scores: RANGE,
  quantity: NUMBER_OR_RANGE,
  proxy: NUMBER_OR_RANGE,
  deadweight: NUMBER_OR_RANGE,
  attribution: NUMBER_OR_RANGE,
  displacement: NUMBER_OR_RANGE,
  dropoff: NUMBER_OR_RANGE,
  years: NUMBER_OR_RANGE,
  rate: 'number',
  present_values: RANGE,
  investment: NUMBER_OR_RANGE,
};

/**
 * The JSDoc block Sheets reads for autocomplete and argument help. esbuild drops comments, so the
 * build writes this text above each generated top-level declaration; `@param` names must equal the
 * declared parameters or Sheets shows no arguments. French: the users' language.
 */
export function customFunctionJsDoc(spec: CustomFunctionSpec): string {
  const clean = (text: string) => text.replace(/\*\//g, '*∕').replace(/\s+/g, ' ').trim();
  const typeOf = (name: string) => {
    const type = JSDOC_TYPES[name];
    // The build runs this: a new parameter without a type stops it rather than shipping a bad doc.
    if (!type) throw new Error(`No JSDoc type for the parameter ${name} of ${spec.name}: add it to JSDOC_TYPES (src/server/jsdoc.ts).`);
    return type;
  };
  const lines = [
    clean(spec.summary.fr),
    `Exemple (feuille « ${exampleSheetName(spec.exampleSheet, 'fr')} ») : ${clean(spec.example)}`,
    '',
    ...spec.params.map((p) => `@param {${typeOf(p.name)}} ${p.name} ${clean(p.help.fr)} Exemple : ${clean(p.example)}`),
    `@return ${clean(spec.returns.fr)}`,
    '@customfunction',
  ];
  return ['/**', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */'].join('\n');
}
