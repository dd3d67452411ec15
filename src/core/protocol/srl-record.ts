import type { Lang } from '../i18n';
import { PROTOCOL_STEPS } from './steps';

/**
 * A level of the pilot phase (SRL 4–7) that the protocol evidences, recorded in the reviewer's SRL
 * assessment (issue 14 §4): the level's completion to 100 %, and a line naming the steps and their
 * evidence added to the SRL sheet's « Preuves » (the notes column; the SRL sheet has one for all
 * levels, no column per level). Never over a value the reviewer typed: a level holding another
 * completion is « replace », for the panel to ask first; the notes are only ever added to.
 */

/**
 * The line the notes receive, e.g. « SRL 5 — protocole : étape 2 « Planifier… » (preuve : plan
 * validé) ; étape 3 « … » ; étape 4 « … » ». `evidence` is each step's evidence text, in step order.
 */
export function protocolEvidenceNote(level: number, evidence: readonly string[], lang: Lang): string {
  const steps = PROTOCOL_STEPS.map((s, i) => ({ s, proof: (evidence[i] ?? '').trim() })).filter(({ s }) => s.srl.includes(level));
  const parts = steps.map(({ s, proof }) => {
    const head = lang === 'en' ? `step ${s.number} "${s.title.en}"` : `étape ${s.number} « ${s.title.fr} »`;
    if (!proof) return head;
    return lang === 'en' ? `${head} (evidence: ${proof})` : `${head} (preuve : ${proof})`;
  });
  return lang === 'en' ? `SRL ${level} — protocol: ${parts.join('; ')}` : `SRL ${level} — protocole : ${parts.join(' ; ')}`;
}

export interface SrlRecordPlan {
  /** « set »: blank or 0 %, written at once; « same »: already 100 %; « replace »: another value, the panel asks first. */
  completion: 'set' | 'same' | 'replace';
  /** The notes after recording (the line added on a new line), or null when they already hold it. */
  notes: string | null;
  /** Nothing left to record: 100 % and the line already there. */
  recorded: boolean;
}

/**
 * What recording a level would change. `completion`: the level's cell as read (undefined blank, NaN
 * unreadable, else 0–1); `notes`: the notes cell's text.
 */
export function srlRecordPlan(completion: number | undefined, notes: string, note: string): SrlRecordPlan {
  const state = completion === undefined || completion === 0 ? 'set' : completion === 1 ? 'same' : 'replace';
  const has = notes.split('\n').some((line) => line.trim() === note);
  const after = has ? null : notes.trim() ? `${notes.replace(/\s+$/, '')}\n${note}` : note;
  return { completion: state, notes: after, recorded: state === 'same' && after === null };
}
