import { once } from '../lazy';
import { PROTOCOL_SOURCE, PROTOCOL_STEPS } from '../protocol/steps';
import { assessmentColumns, lazySheet } from './columns';
import type { ColumnSpec, Instrument } from './types';

/**
 * The experimentation protocol (seed 003): per assessment (a follow-up of the project on a date, by
 * a reviewer), each of the six steps' status (kind `step`: à faire / en cours / fait, the seed's
 * objective as help), the date it was done, and the evidence (free text: a document, a link). Which
 * SRL levels the done steps evidence is the module's link (core/protocol/steps.ts), shown by the
 * panel; several assessments of a project are the protocol's state at several dates.
 */
export const protocolStepField = (step: number) => `step:${step}`;
export const protocolStepFields = once(() => PROTOCOL_STEPS.map((s) => protocolStepField(s.number)));
export const protocolDateField = (step: number) => `step-date:${step}`;
export const protocolEvidenceField = (step: number) => `evidence:${step}`;

const columns = once((): readonly ColumnSpec[] =>
  assessmentColumns([
    // The six statuses side by side, then each step's date and evidence.
    ...PROTOCOL_STEPS.map(
      (s): ColumnSpec => ({
        id: protocolStepField(s.number),
        header: { fr: `Étape ${s.number} – ${s.title.fr}`, en: `Step ${s.number} – ${s.title.en}` },
        kind: 'step',
        ref: String(s.number),
      }),
    ),
    ...PROTOCOL_STEPS.map(
      (s): ColumnSpec => ({
        id: protocolDateField(s.number),
        header: { fr: `Date – étape ${s.number}`, en: `Date – step ${s.number}` },
        kind: 'date',
        ref: String(s.number),
        help: { fr: `Date à laquelle l’étape ${s.number} a été faite (jj/mm/aaaa).`, en: `Date step ${s.number} was done.` },
      }),
    ),
    ...PROTOCOL_STEPS.map(
      (s): ColumnSpec => ({
        id: protocolEvidenceField(s.number),
        header: { fr: `Preuve – étape ${s.number}`, en: `Evidence – step ${s.number}` },
        kind: 'text',
        ref: String(s.number),
        help: {
          fr: `Ce qui montre que l’étape ${s.number} est faite (document, compte rendu, lien) : l’élément de preuve du niveau SRL qu’elle étaye.`,
          en: `What shows step ${s.number} is done (document, minutes, link): the evidence for the SRL level it supports.`,
        },
      }),
    ),
  ]),
);

export const PROTOCOL_INSTRUMENT: Instrument = {
  id: 'protocol',
  sheet: lazySheet('protocol', { fr: 'Protocole', en: 'Protocol' }, 'PROTOCOLE', columns),
  tab: {
    short: { fr: 'Protocole', en: 'Protocol' },
    full: { fr: 'Protocole d’expérimentation : les 6 étapes', en: 'Experimentation protocol: the 6 steps' },
  },
  summary: [],
  source: PROTOCOL_SOURCE,
};
