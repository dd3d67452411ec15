import type { ParamSpec } from './spec';

/** The `lang` argument, the same on every function that returns text. */
export const LANG_PARAM: ParamSpec = {
  name: 'lang',
  example: '"en"',
  optional: true,
  help: { fr: 'Facultatif : langue du texte, « fr » (par défaut) ou « en ».', en: 'Optional: language of the text, "fr" (default) or "en".' },
};
