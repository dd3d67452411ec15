import type { Text } from '../i18n';
import { FORMATS } from './formats';
import type { SummaryColumn } from './types';

/**
 * Where a project stands and where it stood (issue 12): three columns of Projets for one figure of an
 * instrument, each declared as data: the figure in the project's latest assessment, in the one before,
 * and the change. `column` is the instrument sheet's own per-assessment column (« Total AMI », « SRL
 * atteint »…), so each of the first two is ONE LATEST run over whole ranges, never a re-scoring.
 */
export function nowAndBefore(
  id: string,
  column: string,
  names: { now: Text; before: Text; change: Text; aliases?: { now?: readonly string[]; before?: readonly string[]; change?: readonly string[] } },
  format: { value?: string; change: string } = { change: FORMATS.change },
): SummaryColumn[] {
  return [
    { id: `${id}-now`, header: names.now, aliases: names.aliases?.now, latest: { column, rank: 1 }, format: format.value },
    { id: `${id}-before`, header: names.before, aliases: names.aliases?.before, latest: { column, rank: 2 }, format: format.value },
    { id: `${id}-change`, header: names.change, aliases: names.aliases?.change, change: { now: `${id}-now`, before: `${id}-before` }, format: format.change },
  ];
}

/** Whether a Projets column says where the project stands over time (placed with the follow-up, AMI's apart: in its block, sheets.ts). */
export const isOverTime = (s: SummaryColumn): boolean => Boolean(s.latest || s.change);
