import { existsSync } from 'node:fs';
import path from 'node:path';
import { CODE_PATH } from '../../dev/addon/load';

/**
 * The built dist/Code.js (absolute path), which the bundle and engine layers test: a suite that
 * needs it fails at once, saying what to do, when it is missing. `npm test` builds before jest.
 */
export function builtBundle(): string {
  const file = path.resolve(__dirname, '../..', CODE_PATH);
  if (!existsSync(file)) throw new Error(`${CODE_PATH} is missing: run \`npm run build\` first (\`npm test\` builds before running jest).`);
  return file;
}
