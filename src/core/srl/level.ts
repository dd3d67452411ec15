import type { Lang } from '../i18n';
import { fold } from '../cells/text';
import { parseProportion } from '../cells/proportion';
import { Problem, problem, quote } from '../problem';
import type { SrlPhase } from '../frameworks';
import { SRL_LEVELS, SRL_NONE, SRL_PHASES } from './scale';

export const SRL_MAX = 9;

/** The rule of SRL_LEVEL's `threshold`, in its own words. */
const THRESHOLD_RULE = { fr: 'doit être supérieur à 0 (jusqu’à 1, soit 100 %)', en: 'must be above 0 (up to 1, i.e. 100%)' };

/**
 * SRL_LEVEL's `threshold` (the function's parameter and the Paramètres reader both apply it): a
 * proportion (0,8, 80 %, 8/10, at most 1) above 0. `lead` names the value as the caller's message
 * does before the rule (« « 0 » : » in a function's message, « « 0 » » in the reader's).
 */
export function parseThreshold(value: unknown, lead: (lang: Lang) => string): number {
  const t = parseProportion(value);
  if (t <= 0) throw new Problem((lang) => `${lead(lang)}${THRESHOLD_RULE[lang]}`);
  return t;
}

/**
 * Checklist mode: the highest L such that levels 1…L all reach the threshold. A level above an
 * unreached one does not count: the scale asks that earlier stages be consolidated first.
 */
export function srlFromChecklist(completions: readonly number[], threshold = 1): number {
  let level = 0;
  while (level < completions.length && completions[level] >= threshold) level++;
  return level;
}

/** 0–4 Concept, 5–7 Pilote expérimental, 8–9 Institutionnalisation (levels 4 and 7 close a phase). */
export function srlPhase(level: number): SrlPhase {
  return SRL_PHASES.find((p) => level <= p.to) ?? SRL_PHASES[SRL_PHASES.length - 1];
}

/** The level's official French title; in English our short name with the French title beside it (CC BY-ND). */
export function srlLabel(level: number, lang: Lang): string {
  if (level === 0) return SRL_NONE[lang];
  const entry = SRL_LEVELS[level - 1];
  return lang === 'en' ? `${entry.shortEn} (${entry.title})` : entry.title;
}

export function srlPhaseLabel(level: number, lang: Lang): string {
  return srlPhase(level).label[lang];
}

/** What reaching the next level asks, for the sidebar's "next step" line. */
export function srlNext(level: number): { level: number; title: string; description: string } | undefined {
  const next = SRL_LEVELS[level];
  return next && { level: next.level, title: next.title, description: next.description };
}

// The separator belongs to the prefix (« SRL-5 », « n° 5 »): a bare « -5 » is a negative number, not level 5.
const DECLARED = /^(?:(?:srl|niveau|level|n)\s*[:°-]?\s*)?(\d+)$/;

/**
 * A declared SRL: an integer, or text such as `5`, `SRL 5`, `niveau 5`. `min` is 1 for a declared
 * level (0 is "no level", not a declaration) and 0 where a computed level may be read back.
 */
export function toSrlLevel(value: unknown, min: 0 | 1): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(DECLARED.exec(fold(value))?.[1] ?? NaN) : NaN;
  return Number.isInteger(n) && n >= min && n <= SRL_MAX ? n : NaN;
}

export function parseSrlLevel(value: unknown, min: 0 | 1): number {
  const n = toSrlLevel(value, min);
  if (Number.isNaN(n)) {
    throw problem(
      `${quote(value, 'fr')} n'est pas un niveau SRL (un entier de ${min} à ${SRL_MAX}, ou « SRL 5 », « niveau 5 »)`,
      `${quote(value, 'en')} is not an SRL level (a whole number from ${min} to ${SRL_MAX}, or "SRL 5", "level 5")`,
    );
  }
  return n;
}
