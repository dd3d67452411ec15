/**
 * The parts of zod schemas.ts uses, for its lazy `require`: required, this module (and zod's
 * modules it imports, resolved as ES modules) is wrapped by esbuild in an initialiser run on first use.
 */
export {
  array,
  boolean,
  config,
  enum,
  maxLength,
  minLength,
  number,
  optional,
  partialRecord,
  refine,
  regex,
  strictObject,
  string,
  trim,
  union,
} from 'zod/mini';
export { en, fr } from 'zod/locales';
