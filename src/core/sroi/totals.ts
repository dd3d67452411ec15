import { matchKey } from '../assessments/aggregate';
import { presentValue, yearPresentValues, type Outcome } from './valuation';

/**
 * Totals of several outcomes by a key: per stakeholder (the Value Map is organised by stakeholder) or
 * per outcome family. Keys match as project IDs do (matchKey: case and surrounding spaces do not
 * count); each group is named by its first spelling, groups in the order they first appear. One pass.
 */

export interface KeyedOutcome {
  key: unknown;
  outcome: Outcome;
}

export interface GroupTotal {
  /** The key as first written (trimmed); "" for outcomes without one. */
  label: string;
  outcomes: number;
  presentValue: number;
  /** Present value per year of the calendar (index 0 is year 1). */
  years: number[];
}

export function totalsBy(items: readonly KeyedOutcome[]): GroupTotal[] {
  const groups = new Map<string, GroupTotal>();
  for (const { key, outcome } of items) {
    const k = matchKey(key);
    let group = groups.get(k);
    if (!group) {
      group = { label: k === '' ? '' : String(key).trim(), outcomes: 0, presentValue: 0, years: [] };
      groups.set(k, group);
    }
    group.outcomes += 1;
    group.presentValue += presentValue(outcome);
    const years = group.years;
    yearPresentValues(outcome).forEach((v, i) => {
      years[i] = (years[i] ?? 0) + v;
    });
  }
  return [...groups.values()];
}
