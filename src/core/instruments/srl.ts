import { once } from '../lazy';
import { SRL_LEVELS } from '../srl/scale';
import { assessmentColumns, lazySheet } from './columns';
import { nowAndBefore } from './over-time';
import { FORMATS } from './formats';
import type { ColumnSpec, Instrument } from './types';

/** The Societal Readiness Level: its wording is in core/srl/scale.ts, its sheet here. */
export const srlEvidenceField = (level: number) => `evidence:${level}`;
export const SRL_NOTES_FIELD = 'evidence-notes';
export const SRL_TARGET_FIELD = 'target';

const columns = once((): readonly ColumnSpec[] =>
  assessmentColumns([
    ...SRL_LEVELS.map(
      (l): ColumnSpec => ({
        id: srlEvidenceField(l.level),
        header: { fr: `SRL ${l.level}`, en: `SRL ${l.level}` },
        aliases: [`Niveau ${l.level}`, `Level ${l.level}`],
        kind: 'completion',
        ref: String(l.level),
        help: { fr: `${l.title} — ${l.description}`, en: `${l.shortEn} — ${l.title}` },
      }),
    ),
    { id: SRL_NOTES_FIELD, header: { fr: 'Preuves', en: 'Evidence' }, aliases: ['Notes de preuve', 'Justificatifs', 'Evidence notes'], kind: 'text' },
    { id: SRL_TARGET_FIELD, header: { fr: 'SRL visé', en: 'Target SRL' }, aliases: ['SRL cible', 'Cible'], kind: 'srl' },
    { id: 'level', header: { fr: 'SRL atteint', en: 'SRL reached' }, aliases: ['Niveau atteint'], kind: 'computed' },
    { id: 'phase', header: { fr: 'Phase', en: 'Phase' }, kind: 'computed' },
    { id: 'label', header: { fr: 'Intitulé du niveau', en: 'Level title' }, kind: 'computed' },
    { id: 'gap', header: { fr: 'Écart à la cible', en: 'Gap to target' }, kind: 'computed' },
  ]),
);

export const SRL_INSTRUMENT: Instrument = {
  id: 'srl',
  sheet: lazySheet('srl', { fr: 'SRL', en: 'SRL' }, 'SRL_PREUVES', columns),
  tab: { short: { fr: 'SRL', en: 'SRL' }, full: { fr: 'Societal Readiness Level', en: 'Societal Readiness Level' } },
  summary: [
    // The level reached by the consensus of the evidence (a level's mean completion against the threshold).
    {
      id: 'srl',
      header: { fr: 'SRL', en: 'SRL' },
      aliases: ['Niveau SRL'],
      consensus: { inputs: () => SRL_LEVELS.map((l) => srlEvidenceField(l.level)), fn: 'SRL_LEVEL', args: ['srlThreshold'] },
    },
    { id: 'srl-phase', header: { fr: 'Phase SRL', en: 'SRL phase' }, of: { column: 'srl', fn: 'SRL_PHASE', args: ['lang'] } },
    // Where the project stands over time (issue 12): the date of its latest SRL assessment, then the
    // level reached in it, in the one before, and the change.
    {
      id: 'last-assessed',
      header: { fr: 'Dernière évaluation', en: 'Last assessment' },
      aliases: ['Date de la dernière évaluation', 'Dernière évaluation SRL', 'Latest assessment'],
      latest: { column: 'date', rank: 1, holding: 'level', date: true },
      format: FORMATS.date,
    },
    ...nowAndBefore('srl', 'level', {
      now: { fr: 'SRL actuel', en: 'Current SRL' },
      before: { fr: 'SRL précédent', en: 'Previous SRL' },
      change: { fr: 'Évolution SRL', en: 'SRL change' },
      aliases: { now: ['SRL maintenant', 'SRL now'], before: ['SRL la dernière fois', 'SRL last time'], change: ['Progression SRL', 'SRL progress'] },
    }),
  ],
  // The panel names a level by its title, and the notes column as the panel does.
  fieldLabel(field, lang) {
    if (field === SRL_NOTES_FIELD) return lang === 'en' ? 'Evidence (notes)' : 'Preuves (notes)';
    const level = SRL_LEVELS.find((l) => srlEvidenceField(l.level) === field);
    return level && `SRL ${level.level} · ${level.title}`;
  },
};
