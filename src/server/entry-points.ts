import { CUSTOM_FUNCTIONS } from '../functions/registry';
import { ACTION_ENTRY_POINTS } from './actions';
import { customFunctionJsDoc } from './jsdoc';
import { SIDEBAR_ENTRY_POINTS } from './sidebar/entry-points';

/**
 * Every function Apps Script calls by name: triggers, menu actions, sidebar endpoints and custom
 * functions. The build turns this list into top-level `function` declarations in dist/Code.js
 * (Apps Script only sees top-level declarations), each delegating to the bundle.
 */
export interface EntryPoint {
  name: string;
  params: readonly string[];
  /** JSDoc to write above the declaration (custom functions: Sheets' autocomplete). */
  doc?: string;
}

/** Triggers and help: with the menu actions and sidebar endpoints, the names exported by src/server/index.ts. */
const TRIGGER_ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'onOpen', params: ['e'] },
  { name: 'onInstall', params: ['e'] },
  { name: 'showFormulaHelp', params: [] },
];

/** The lists are joined here, at call time (the build calls it once): the bundle's top level does no work. */
export function entryPoints(): EntryPoint[] {
  return [
    ...TRIGGER_ENTRY_POINTS,
    ...ACTION_ENTRY_POINTS,
    ...SIDEBAR_ENTRY_POINTS,
    ...CUSTOM_FUNCTIONS.map((f) => ({ name: f.name, params: f.params.map((p) => p.name), doc: customFunctionJsDoc(f) })),
  ];
}
