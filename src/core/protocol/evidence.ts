import { readDate } from '../assessments/dates';
import { fold, isBlank } from '../cells/text';
import type { Lang } from '../i18n';
import { Problem, problem, quote } from '../problem';
import { PROTOCOL_STEPS, STEP_STATUSES, type StepStatus } from './steps';

/**
 * A protocol's steps read from their cells, and the SRL levels the done steps evidence (the module's
 * link, steps.ts SRL_LINK_NOTE). A level is evidenced when every step linked to it is done; the steps
 * still open are named, so that a reviewer sees what is missing for it.
 */

/** A status cell: à faire / en cours / fait in either language; blank is « à faire » (nothing recorded yet). Throws a Problem naming the value otherwise. */
export function readStepStatus(value: unknown): StepStatus {
  if (isBlank(value)) return 'todo';
  const word = typeof value === 'string' ? fold(value) : '';
  const found = STEP_STATUSES.find((s) => fold(s.label.fr) === word || fold(s.label.en) === word);
  if (found) return found.id;
  throw problem(
    `${quote(value, 'fr')} n’est pas un statut d’étape : ${STEP_STATUSES.map((s) => s.label.fr.toLowerCase()).join(', ')}`,
    `${quote(value, 'en')} is not a step status: ${STEP_STATUSES.map((s) => s.label.en.toLowerCase()).join(', ')}`,
  );
}

export interface StepCells {
  status: unknown;
  start?: unknown;
  end?: unknown;
}

/**
 * One step's cells checked: its status, and its dates when typed (a date cell or jj/mm/aaaa); an end
 * before the start is refused, and so is an end date on a step still « à faire ». Throws a Problem
 * naming the step and the value; the caller adds the sheet and row.
 */
export function readStep(step: number, cells: StepCells): { status: StepStatus; start?: Date; end?: Date } {
  const name = (lang: Lang) => (lang === 'en' ? `step ${step}` : `étape ${step}`);
  const wrap = <T>(read: () => T): T => {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof Problem)) throw e;
      throw problem(`${name('fr')} : ${e.render('fr')}`, `${name('en')}: ${e.render('en')}`);
    }
  };
  const status = wrap(() => readStepStatus(cells.status));
  const start = isBlank(cells.start) ? undefined : wrap(() => readDate(cells.start));
  const end = isBlank(cells.end) ? undefined : wrap(() => readDate(cells.end));
  if (start && end && end.getTime() < start.getTime())
    throw problem(
      `${name('fr')} : la date de fin ${quote(cells.end, 'fr')} précède la date de début ${quote(cells.start, 'fr')}`,
      `${name('en')}: the end date ${quote(cells.end, 'en')} is before the start date ${quote(cells.start, 'en')}`,
    );
  if (end && status === 'todo')
    throw problem(
      `${name('fr')} : une date de fin ${quote(cells.end, 'fr')} pour une étape « à faire » (choisissez « en cours » ou « fait », ou videz la date)`,
      `${name('en')}: an end date ${quote(cells.end, 'en')} on a step "to do" (choose "in progress" or "done", or clear the date)`,
    );
  return { status, start, end };
}

export interface LevelEvidence {
  level: number;
  /** The steps linked to the level, in order. */
  steps: number[];
  /** Those not done yet, with their status. */
  open: { step: number; status: StepStatus }[];
}

/** The SRL levels the protocol evidences (4 to 7, ascending), each with its steps and those still open. `statuses` in step order, one per step. */
export function srlEvidence(statuses: readonly StepStatus[]): LevelEvidence[] {
  const levels = [...new Set(PROTOCOL_STEPS.flatMap((s) => s.srl))].sort((a, b) => a - b);
  return levels.map((level) => {
    const linked = PROTOCOL_STEPS.map((s, i) => ({ step: s.number, status: statuses[i] ?? 'todo', srl: s.srl })).filter((s) => s.srl.includes(level));
    return { level, steps: linked.map((s) => s.step), open: linked.filter((s) => s.status !== 'done').map(({ step, status }) => ({ step, status })) };
  });
}

/** The levels a set of statuses fully evidences (every linked step done), ascending. */
export function evidencedLevels(statuses: readonly StepStatus[]): number[] {
  return srlEvidence(statuses)
    .filter((l) => l.open.length === 0)
    .map((l) => l.level);
}

const statusWord = (status: StepStatus, lang: Lang) => STEP_STATUSES.find((s) => s.id === status)!.label[lang].toLowerCase();

/**
 * The protocol in one line: « 4/6 étapes faites ; preuves pour SRL 4, 5 ; SRL 6 : étape 5 en cours ;
 * SRL 7 : étape 6 à faire ». A protocol with nothing done yet says « 0/6 étapes faites » and what
 * each level waits for.
 */
export function protocolSummary(statuses: readonly StepStatus[], lang: Lang): string {
  const n = PROTOCOL_STEPS.length;
  const done = PROTOCOL_STEPS.filter((_, i) => statuses[i] === 'done').length;
  const evidence = srlEvidence(statuses);
  const proven = evidence.filter((l) => l.open.length === 0).map((l) => l.level);
  const waiting = evidence
    .filter((l) => l.open.length > 0)
    .map((l) => {
      const open = l.open.map((o) => `${lang === 'en' ? 'step' : 'étape'} ${o.step} ${statusWord(o.status, lang)}`).join(', ');
      return `SRL ${l.level}${lang === 'en' ? ':' : ' :'} ${open}`;
    });
  const parts = [
    lang === 'en' ? `${done}/${n} steps done` : `${done}/${n} ${done > 1 ? 'étapes faites' : 'étape faite'}`,
    proven.length ? (lang === 'en' ? `evidence for SRL ${proven.join(', ')}` : `preuves pour SRL ${proven.join(', ')}`) : '',
    ...waiting,
  ];
  return parts.filter(Boolean).join(lang === 'en' ? '; ' : ' ; ');
}
