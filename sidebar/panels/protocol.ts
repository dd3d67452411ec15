import { isBlankCell } from '../../src/contract/cells';
import { INSTRUMENTS } from '../../src/core/instruments';
import { KINDS } from '../../src/core/instruments/kinds';
import { protocolEvidenceField, protocolStepField } from '../../src/core/instruments/protocol';
import { protocolSummary, srlEvidence } from '../../src/core/protocol/evidence';
import { PROTOCOL_SOURCE, PROTOCOL_STEPS, SRL_LINK_NOTE, STEP_STATUSES, type StepStatus } from '../../src/core/protocol/steps';
import { el, fill } from '../dom';
import { lang } from '../lang';
import type { ProjectModel } from '../model';
import { figure, liveBlock, recordNotice, sheetFields, sourceNote, type Panel } from './panel';

/**
 * The experimentation protocol's six steps (seed 003): each step's status (à faire / en cours / fait)
 * with the seed's objective and the SRL levels it evidences once done (the module's link, said so),
 * its evidence as text, and live which SRL levels the done steps evidence and what the others wait
 * for (core/protocol/evidence.ts). The step's date is typed in the sheet.
 */
export function protocolPanel(model: ProjectModel): Panel {
  const f = sheetFields(model, 'protocol');
  const l = lang();
  const colon = l === 'en' ? ':' : ' :';
  const statuses = (): StepStatus[] =>
    PROTOCOL_STEPS.map((s) => {
      const v = f.value(protocolStepField(s.number));
      const at = isBlankCell(v) ? 0 : KINDS.step.input!.read(v);
      return STEP_STATUSES[at]?.id ?? 'todo';
    });
  const body = el('div', { class: 'figures' });
  const steps = PROTOCOL_STEPS.map((s) => {
    const field = protocolStepField(s.number);
    const v = f.value(field);
    return el(
      'div',
      { class: 'criterion' },
      f.choice(field, {
        legend: `${s.number}. ${s.title[l]}`,
        name: `protocol-${s.number}`,
        intro: el(
          'div',
          {},
          el('p', { class: 'question' }, s.objective[l]),
          el('p', { class: 'small gray' }, `${l === 'en' ? 'Done: evidences' : 'Fait : étaye'} SRL ${s.srl.join(', ')}`),
        ),
        current: isBlankCell(v) ? undefined : KINDS.step.input!.read(v),
        options: STEP_STATUSES.map((status, value) => ({ value, title: status.label[l], text: '' })),
      }),
      f.text(protocolEvidenceField(s.number), `${l === 'en' ? 'Evidence' : 'Preuve'} – ${l === 'en' ? 'step' : 'étape'} ${s.number}`),
    );
  });
  const element = el(
    'div',
    {},
    recordNotice(model, 'protocol'),
    liveBlock(INSTRUMENTS.protocol.tab.full[l], body),
    ...steps,
    el('p', { class: 'small gray' }, SRL_LINK_NOTE[l]),
    sourceNote(PROTOCOL_SOURCE.citation, PROTOCOL_SOURCE.licence),
  );
  const headline = () => protocolSummary(statuses(), l).split(l === 'en' ? '; ' : ' ; ')[0];
  const refresh = () => {
    const s = statuses();
    fill(
      body,
      ...srlEvidence(s).map((level) =>
        figure(
          `SRL ${level.level}`,
          level.open.length
            ? `${l === 'en' ? 'waiting for' : 'en attente'}${colon} ${level.open.map((o) => `${l === 'en' ? 'step' : 'étape'} ${o.step}`).join(', ')}`
            : el('strong', {}, l === 'en' ? 'evidenced' : 'étayé'),
        ),
      ),
      el('p', { class: 'verdict' }, protocolSummary(s, l)),
    );
  };
  refresh();
  return { element, refresh, headline };
}
