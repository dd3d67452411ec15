/**
 * zod schemas of the sidebar's requests (the server validates every call: the browser is not
 * trusted, and a malformed payload must fail with a message, not write a wrong cell).
 *
 * zod/mini rather than zod: dist/Code.js is parsed again on every custom-function call, and the
 * mini build adds a quarter of the bytes. Our schemas are built on first use, never at load time,
 * and with `jitless` because zod's JIT compiles with `new Function`, which buys nothing for one
 * parse per call. zod's own module code (about thirty `$constructor(…)` calls defining its schema
 * classes, its locales) is required on first use too: esbuild wraps a module that is `require`d in
 * a lazy initialiser, so only a sidebar call runs it, never a custom-function call (about a quarter
 * of the bundle's evaluation: the bench's « zod module set-up » line).
 * test/bundle/top-level.test.ts checks that loading builds nothing and runs none of zod.
 */
import type * as Zod from 'zod/mini';
import { once } from '../core/lazy';
import type { Lang } from '../core/i18n';
import { MAX_CELL_TEXT, type CellJson } from './cells';
import { INSTRUMENT_IDS, MAX_IMPORT_CHARS, ON_DEMAND_INSTRUMENTS, type EndpointName, type RequestOf } from './endpoints';
import { IMPORT_FIELD_IDS } from '../core/import/fields';

export const MAX_ID_LENGTH = 100;
export const MAX_CHANGES = 500;
export const MAX_REVIEWER_LENGTH = 100;
/** A grid's name: its sheet « Grille – <Nom> » must stay within Sheets' 100 characters, so a name is shorter still. */
const MAX_GRID_NAME = 100;
const MAX_IMPORT_COLUMN = 500;
/** An assessment's day `aaaa-mm-jj`, or '' (my latest, or today for a new one). */
const DAY = /^(\d{4}-\d{2}-\d{2})?$/;
const FIELD_ID = /^[a-z0-9][a-z0-9:-]*$/;

type RequestSchemas = { [K in EndpointName]: Zod.ZodMiniType<RequestOf<K>> };

// A static import would run zod's module set-up at every load (see above). `require` as the
// bundler and jest provide it (this file is also type-checked with the sidebar, without Node's types).
declare const require: (id: './zod') => typeof import('./zod');
const zodModule = once(() => require('./zod'));

export const requestSchemas = once((): RequestSchemas => {
  zodModule().config({ jitless: true });
  return build();
});

/** zod's error messages in the person's language (its `error` parse option). */
export function zodMessages(lang: Lang) {
  return (lang === 'en' ? zodModule().en : zodModule().fr)().localeError;
}

function build(): RequestSchemas {
  const z = zodModule();
  // The language the panel states (StatedLang): accepted by every endpoint but setLanguage, whose `lang` is the new choice.
  const lang = z.optional(z.enum(['fr', 'en']));
  const none = z.optional(z.strictObject({ lang }));
  const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_ID_LENGTH));
  const cell: Zod.ZodMiniType<CellJson> = z.union([z.string().check(z.maxLength(MAX_CELL_TEXT)), z.number().check(z.refine(Number.isFinite)), z.boolean()]);
  const change = z.strictObject({
    field: z.string().check(z.maxLength(100), z.regex(FIELD_ID)),
    before: cell,
    after: cell,
  });
  // A name as people write it; `;` separates names in Projets' « Évaluateurs », so it cannot be in one.
  const reviewer = z.string().check(z.trim(), z.maxLength(MAX_REVIEWER_LENGTH), z.regex(/^[^;]*$/));
  const date = z.string().check(z.trim(), z.regex(DAY));
  // An actor of the target social system as the panel read or edited it: texts only (the server reads the category and role).
  const text = z.string().check(z.maxLength(MAX_CELL_TEXT));
  const actor = z.strictObject({ actor: text, category: text, role: text, comment: text });
  return {
    getContext: z.optional(z.strictObject({ lang, grids: z.optional(z.boolean()) })),
    listProjects: none,
    getSettings: none,
    getProject: z.strictObject({ id, reviewer: z.optional(reviewer), date: z.optional(date), lang }),
    saveProject: z.strictObject({
      id,
      lang,
      sheet: z.enum(INSTRUMENT_IDS),
      reviewer: z.optional(reviewer),
      date: z.optional(date),
      changes: z.array(change).check(z.minLength(1), z.maxLength(MAX_CHANGES)),
    }),
    setLanguage: z.strictObject({ lang: z.enum(['fr', 'en']) }),
    getReviewer: none,
    setReviewer: z.strictObject({ name: reviewer.check(z.minLength(1)), lang }),
    setAssessmentState: z.strictObject({
      id,
      lang,
      reviewer: reviewer.check(z.minLength(1)),
      date,
      status: z.optional(z.enum(['in-progress', 'done'])),
      recused: z.optional(z.boolean()),
      reason: z.optional(z.string().check(z.maxLength(MAX_CELL_TEXT))),
    }),
    getProgress: z.strictObject({ reviewer: reviewer.check(z.minLength(1)), lang }),
    newAssessment: z.strictObject({ id, reviewer: reviewer.check(z.minLength(1)), lang }),
    importDossiersFile: z.strictObject({
      text: z.string().check(z.minLength(1), z.maxLength(MAX_IMPORT_CHARS)),
      confirm: z.optional(z.boolean()),
      mapping: z.optional(z.partialRecord(z.enum(IMPORT_FIELD_IDS), z.array(z.string().check(z.maxLength(MAX_IMPORT_COLUMN))).check(z.maxLength(10)))),
      lang,
    }),
    getOpinions: z.strictObject({ id, lang }),
    getSystem: z.strictObject({ id, lang }),
    saveSystem: z.strictObject({
      id,
      lang,
      changes: z
        .array(z.strictObject({ before: z.optional(actor), after: z.optional(actor) }).check(z.refine((c) => c.before !== undefined || c.after !== undefined)))
        .check(z.minLength(1), z.maxLength(MAX_CHANGES)),
    }),
    getGrids: z.strictObject({ id, reviewer: z.optional(reviewer), date: z.optional(date), lang }),
    saveGrid: z.strictObject({
      id,
      lang,
      reviewer: z.optional(reviewer),
      date: z.optional(date),
      // A grid's name as the definition sheet gives it (a sheet name at most 100 characters, see core/grids).
      grid: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_GRID_NAME)),
      changes: z.array(change).check(z.minLength(1), z.maxLength(MAX_CHANGES)),
    }),
    getInstruments: z.strictObject({
      id,
      reviewer: z.optional(reviewer),
      date: z.optional(date),
      instruments: z.array(z.enum(ON_DEMAND_INSTRUMENTS)).check(z.minLength(1), z.maxLength(ON_DEMAND_INSTRUMENTS.length)),
      lang,
    }),
  };
}
