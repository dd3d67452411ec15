/**
 * zod schemas of the sidebar's requests (the server validates every call: the browser is not
 * trusted, and a malformed payload must fail with a message, not write a wrong cell).
 *
 * zod/mini rather than zod: dist/Code.js is parsed again on every custom-function call, and the
 * mini build adds a quarter of the bytes. Our schemas are built on first use, never at load time,
 * and with `jitless` because zod's JIT compiles with `new Function`, which buys nothing for one
 * parse per call. zod's own module code does run at load: about thirty `$constructor(…)` calls
 * defining its schema classes, and its parse/safeParse factories. That is the library's
 * definition (closures and prototypes, no data built), the one top-level work the bundle accepts;
 * test/bundle/top-level.test.ts checks that loading builds nothing else.
 */
import * as z from 'zod/mini';
import { MAX_CELL_TEXT, type CellJson } from './cells';
import { INSTRUMENT_IDS, type EndpointName, type RequestOf } from './endpoints';

export const MAX_ID_LENGTH = 100;
export const MAX_CHANGES = 500;
const FIELD_ID = /^[a-z0-9][a-z0-9:-]*$/;

type RequestSchemas = { [K in EndpointName]: z.ZodMiniType<RequestOf<K>> };

let built: RequestSchemas | undefined;

export function requestSchemas(): RequestSchemas {
  if (!built) {
    z.config({ jitless: true });
    built = build();
  }
  return built;
}

function build(): RequestSchemas {
  const none = z.optional(z.strictObject({}));
  const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_ID_LENGTH));
  const cell: z.ZodMiniType<CellJson> = z.union([z.string().check(z.maxLength(MAX_CELL_TEXT)), z.number().check(z.refine(Number.isFinite)), z.boolean()]);
  const change = z.strictObject({
    field: z.string().check(z.maxLength(100), z.regex(FIELD_ID)),
    before: cell,
    after: cell,
  });
  return {
    getContext: z.optional(z.strictObject({ lang: z.optional(z.enum(['fr', 'en'])) })),
    listProjects: none,
    getProject: z.strictObject({ id }),
    saveProject: z.strictObject({
      id,
      sheet: z.enum(INSTRUMENT_IDS),
      changes: z.array(change).check(z.minLength(1), z.maxLength(MAX_CHANGES)),
    }),
    setLanguage: z.strictObject({ lang: z.enum(['fr', 'en']) }),
  };
}
