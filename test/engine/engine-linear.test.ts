/**
 * Issue 10: the engine's recompute grows linearly with the number of projects. The template's
 * ARRAYFORMULA(VLOOKUP…) columns are exact-match lookups: without HyperFormula's column index each
 * one scans its source column for every row (N², 138 s at 10,000 projects). The time itself is
 * proven in `npm run bench` (task "engine: recompute after one edit"); here, that the index is on.
 */
import { loadAddon } from '../../dev/addon/load';
import { createFormulaEngine } from '../../dev/engine/formula-engine';
import { builtBundle } from '../helpers/bundle';

describe('formula engine configuration', () => {
  it('builds HyperFormula with its column index, so exact lookups do not scan', () => {
    const addon = loadAddon({}, builtBundle());
    const hf = createFormulaEngine(addon, { S: [['a', 1]] }, 'addon');
    try {
      expect(hf.getConfig().useColumnIndex).toBe(true);
    } finally {
      hf.destroy();
    }
  });
});
