import { once } from '../lazy';
import { VC_FAMILIES, VC_POINTS } from '../value-capture/checklist';
import { FORMATS } from './formats';
import { assessmentColumns, lazySheet } from './columns';
import { nowAndBefore } from './over-time';
import type { ColumnSpec, Instrument } from './types';

/** The value-capture checklist (seed 003): its wording is in core/value-capture/checklist.ts, its sheet here. */
export const vcAnswerField = (pointId: string) => `answer:${pointId}`;
export const vcNoteField = (pointId: string) => `note:${pointId}`;
export const vcAmountField = (familyId: string) => `amount:${familyId}`;
const vcAnswerFields = () => VC_POINTS.map((p) => vcAnswerField(p.id));

const columns = once((): readonly ColumnSpec[] =>
  assessmentColumns([
    // The 5 answers side by side (`=VC_SCORE(E2:I)` as typed), then their notes as a block.
    ...VC_POINTS.map((p): ColumnSpec => ({ id: vcAnswerField(p.id), header: p.label, kind: 'answer', ref: p.id, help: p.question })),
    ...VC_POINTS.map(
      (p): ColumnSpec => ({ id: vcNoteField(p.id), header: { fr: `Note – ${p.label.fr}`, en: `Note – ${p.label.en}` }, kind: 'text', ref: p.id }),
    ),
    ...VC_FAMILIES.map(
      (f): ColumnSpec => ({
        id: vcAmountField(f.id),
        header: { fr: `${f.label.fr} (€)`, en: `${f.label.en} (€)` },
        aliases: [f.label.fr, f.label.en],
        kind: 'amount',
        ref: f.id,
      }),
    ),
    { id: 'score', header: { fr: 'Score captation', en: 'Capture score' }, kind: 'computed' },
    { id: 'flags', header: { fr: 'Fragilités', en: 'Fragilities' }, kind: 'computed' },
    { id: 'dominant', header: { fr: 'Famille dominante', en: 'Dominant family' }, kind: 'computed' },
    { id: 'hybridity', header: { fr: 'Hybridité', en: 'Hybridity' }, kind: 'computed', format: FORMATS.ratio },
    { id: 'dominant-share', header: { fr: 'Part dominante', en: 'Dominant share' }, kind: 'computed', format: FORMATS.percent },
  ]),
);

export const VALUE_CAPTURE_INSTRUMENT: Instrument = {
  id: 'vc',
  sheet: lazySheet('vc', { fr: 'Captation de valeur', en: 'Value capture' }, 'CAPTATION', columns),
  tab: { short: { fr: 'Captation', en: 'Capture' }, full: { fr: 'Captation de valeur', en: 'Value capture' } },
  summary: [
    { id: 'vc-score', header: { fr: 'Score captation', en: 'Capture score' }, consensus: { inputs: vcAnswerFields, fn: 'VC_SCORE' } },
    { id: 'vc-flags', header: { fr: 'Fragilités', en: 'Fragilities' }, consensus: { inputs: vcAnswerFields, fn: 'VC_FLAGS', args: ['lang'] } },
    ...nowAndBefore('vc', 'score', {
      now: { fr: 'Score captation actuel', en: 'Current capture score' },
      before: { fr: 'Score captation précédent', en: 'Previous capture score' },
      change: { fr: 'Évolution captation', en: 'Capture change' },
    }),
  ],
  // An amount is named by its family (the header adds « (€) »).
  fieldLabel: (field, lang) => VC_FAMILIES.find((f) => vcAmountField(f.id) === field)?.label[lang],
};
