import type { Lang } from '../i18n';
import { CHOICES } from '../instruments/kinds';
import { acceptedLevels, toLevel } from '../cells/level';
import { toNumber } from '../cells/number';
import { toBoolean, toPercent } from '../cells/proportion';
import { fold } from '../cells/text';
import { once } from '../lazy';
import { problem, quote } from '../problem';
import { STEP_STATUSES } from '../protocol/steps';

/**
 * How an assessment's cell reads as a number when several assessments are aggregated (CONSENSUS,
 * REVIEW_SPREAD): any instrument sheet the add-on lays out must read, so every wording its templates
 * write is accepted — the 0–3 levels and the checklist's answers (cells/level.ts), the SRL evidence
 * (percentages, booleans), SIAT's 1–5 numbers, the oui / en partie / non of a declared checklist, and a
 * protocol step's à faire / en cours / fait.
 */

/**
 * The choices of a declared checklist (kinds.ts CHOICES) on the 0–3 scale, so that « oui » means the
 * same 3 in every column (formulas.md: a word that is a level and a boolean reads as the level):
 * non 0, en partie half-way (1,5), oui 3, in both languages.
 */
const choiceLevels = once((): Map<string, number> => {
  const last = CHOICES.length - 1;
  const levels = new Map<string, number>();
  CHOICES.forEach((c, i) => {
    for (const word of [c.fr, c.en]) levels.set(fold(word), (i * 3) / last);
  });
  return levels;
});

/** A protocol step's statuses (core/protocol/steps.ts) by their position, in both languages. */
const stepPositions = once(
  (): Map<string, number> => new Map(STEP_STATUSES.flatMap((s, i) => [s.label.fr, s.label.en].map((w): [string, number] => [fold(w), i]))),
);

/** The number a cell stands for, or NaN when it is none of the accepted values (blank: NaN too; callers skip blanks). */
export function toAssessmentValue(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return NaN;
  // Levels first: the usual cell, read once per distinct text (toLevel's memo); they win over booleans.
  const level = toLevel(value, 'checklist');
  if (!Number.isNaN(level)) return level;
  // Then any number (a SIAT 4, an amount: toLevel reads only 0–3) and percentages.
  const n = toNumber(value);
  if (!Number.isNaN(n)) return n;
  const percent = toPercent(value);
  if (!Number.isNaN(percent)) return percent;
  const choice = choiceLevels().get(fold(value));
  if (choice !== undefined) return choice;
  // A protocol step's status (issue 14 §4): its position, 0 à faire, 1 en cours, 2 fait (a consensus of 2 is « fait » in every assessment).
  const step = stepPositions().get(fold(value));
  if (step !== undefined) return step;
  const b = toBoolean(value);
  return b === undefined ? NaN : b ? 1 : 0;
}

function accepted(lang: Lang): string {
  return lang === 'en'
    ? `a number, a level (${acceptedLevels('en', 'checklist')}, or an answer from the add-on's lists), a percentage (80%) or a checkbox (TRUE/FALSE, yes/no)`
    : `un nombre, un niveau (${acceptedLevels('fr', 'checklist')}, ou une réponse des listes du module), un pourcentage (80 %) ou une case à cocher (VRAI/FAUX, oui/non)`;
}

/** toAssessmentValue, throwing a Problem that names the value and what is accepted. */
export function parseAssessmentValue(value: unknown): number {
  const n = toAssessmentValue(value);
  if (Number.isNaN(n))
    throw problem(`${quote(value, 'fr')} n'est pas une valeur lisible : ${accepted('fr')}`, `${quote(value, 'en')} is not a readable value: ${accepted('en')}`);
  return n;
}
