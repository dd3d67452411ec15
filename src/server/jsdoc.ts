import type { CustomFunctionSpec } from '../functions/spec';
import { exampleSheetName } from './help';

/**
 * The JSDoc block Sheets reads for autocomplete and argument help. esbuild drops comments, so the
 * build writes this text above each generated top-level declaration; `@param` names must equal the
 * declared parameters or Sheets shows no arguments. The type in the braces is the parameter type's
 * (Google's standard types: `{number}`, `{string}`, `{Array<Array<*>>}` for a range); examples go in
 * the description. French: the users' language.
 */
export function customFunctionJsDoc(spec: CustomFunctionSpec): string {
  const clean = (text: string) => text.replace(/\*\//g, '*∕').replace(/\s+/g, ' ').trim();
  const lines = [
    clean(spec.summary.fr),
    `Exemple (feuille « ${exampleSheetName(spec.exampleSheet, 'fr')} ») : ${clean(spec.example)}`,
    '',
    ...spec.params.map((p) => `@param {${p.type.jsdoc}} ${p.name} ${clean(p.help.fr)} Exemple : ${clean(p.example)}`),
    `@return ${clean(spec.returns.fr)}`,
    '@customfunction',
  ];
  return ['/**', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */'].join('\n');
}
