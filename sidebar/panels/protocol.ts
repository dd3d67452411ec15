import { isBlankCell } from '../../src/contract/cells';
import { INSTRUMENTS } from '../../src/core/instruments';
import { KINDS } from '../../src/core/instruments/kinds';
import { protocolEvidenceField, protocolStepField } from '../../src/core/instruments/protocol';
import { protocolSummary, srlEvidence } from '../../src/core/protocol/evidence';
import { protocolEvidenceNote, srlRecordPlan } from '../../src/core/protocol/srl-record';
import { SRL_NOTES_FIELD, srlEvidenceField } from '../../src/contract/fields';
import { readCompletion } from '../cells';
import { formatNumber } from '../format';
import { PROTOCOL_SOURCE, PROTOCOL_STEPS, SRL_LINK_NOTE, STEP_STATUSES, type StepStatus } from '../../src/core/protocol/steps';
import { el, fill, type Child } from '../dom';
import { lang, t } from '../lang';
import { format, frenchSpacing } from '../strings';
import type { Text } from '../../src/core/i18n';
import type { ProjectModel } from '../model';
import { figure, liveBlock, recordNotice, sheetFields, sourceNote, type Panel } from './panel';

/**
 * The experimentation protocol's six steps (seed 003): each step's status (à faire / en cours / fait)
 * with the seed's objective and the SRL levels it evidences once done (the module's link, said so),
 * its evidence as text, and live which SRL levels the done steps evidence and what the others wait
 * for (core/protocol/evidence.ts). The step's date is typed in the sheet.
 *
 * A level evidenced offers « Enregistrer comme preuve SRL n » (issue 14 §4): the level's completion
 * to 100 % and a line naming the steps and their evidence added to the SRL notes, in MY SRL
 * assessment (the one this panel edits: same reviewer and date as this protocol row), as unsaved
 * edits of the SRL tab. They go through the same save as a change typed there (conflict-checked,
 * seen in the SRL tab and undone there before they count); a level holding another value is only
 * replaced after a second click that says what it replaces. Read through the model's accessors only.
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
          level.open.length ? null : recordControl(model, level.level, element),
        ),
      ),
      el('p', { class: 'verdict' }, protocolSummary(s, l)),
    );
  };
  refresh();
  return { element, refresh, headline };
}

const text = (fr: string, en: string): Text => ({ fr: frenchSpacing(fr), en });
const R = {
  record: text('Enregistrer comme preuve SRL {n}', 'Record as SRL {n} evidence'),
  replace: text('SRL {n} vaut déjà {value} : remplacer par 100 % ?', 'SRL {n} is already {value}: replace with 100%?'),
  confirm: text('Confirmer : SRL {n} de {value} à 100 %', 'Confirm: SRL {n} from {value} to 100%'),
  recorded: text('Preuve de SRL {n} enregistrée dans votre évaluation SRL.', 'SRL {n} evidence recorded in your SRL assessment.'),
  pending: text(
    'Preuve de SRL {n} reportée dans l’onglet SRL (100 % et une ligne dans « Preuves ») : cliquez sur « Enregistrer » pour l’enregistrer.',
    'SRL {n} evidence put in the SRL tab (100% and a line in "Evidence"): click "Save" to save it.',
  ),
  closed: text(
    'SRL {n} : votre évaluation SRL ne peut pas recevoir cette preuve (voir l’onglet SRL).',
    'SRL {n}: your SRL assessment cannot take this evidence (see the SRL tab).',
  ),
};
const say = (text: Text, values: Record<string, string | number>) => format(t(text), values);

/**
 * « Enregistrer comme preuve SRL n » for a level every linked step of which is done, or where it
 * stands: recorded (saved or waiting for the save), or closed (no SRL row I may write, a column
 * missing). `panel` is the protocol panel's element: the event that asks the app to redraw the SRL
 * tab from the model starts there.
 */
function recordControl(model: ProjectModel, level: number, panel: HTMLElement): Child {
  const field = srlEvidenceField(level);
  if (!model.editable('srl', field)) return el('p', { class: 'small gray' }, say(R.closed, { n: level }));
  const evidence = PROTOCOL_STEPS.map((s) => String(model.value('protocol', protocolEvidenceField(s.number)) ?? ''));
  const note = protocolEvidenceNote(level, evidence, lang());
  const notesOpen = model.editable('srl', SRL_NOTES_FIELD);
  const raw = model.value('srl', field);
  const completion = readCompletion(raw);
  const plan = srlRecordPlan(completion, notesOpen ? String(model.value('srl', SRL_NOTES_FIELD) ?? '') : note, note);
  if (plan.recorded) {
    const unsaved = model.changes('srl').some((c) => c.field === field || c.field === SRL_NOTES_FIELD);
    return el('p', { class: `small record-status-${level}`, tabindex: -1 }, say(unsaved ? R.pending : R.recorded, { n: level }));
  }
  const en = lang() === 'en';
  const shown =
    completion === undefined || Number.isNaN(completion)
      ? en
        ? `"${String(raw)}"`
        : `«\u202f${String(raw)}\u202f»`
      : `${formatNumber(completion * 100)}${en ? '' : '\u202f'}%`;
  const button = el(
    'button',
    { type: 'button', class: 'secondary record-srl' },
    plan.completion === 'replace' ? say(R.replace, { n: level, value: shown }) : say(R.record, { n: level }),
  );
  let confirming = false;
  button.addEventListener('click', () => {
    if (plan.completion === 'replace' && !confirming) {
      confirming = true;
      button.textContent = say(R.confirm, { n: level, value: shown });
      return;
    }
    if (plan.completion !== 'same') model.set('srl', field, 1);
    if (plan.notes !== null && notesOpen) model.set('srl', SRL_NOTES_FIELD, plan.notes);
    // The SRL tab was built from the model before these edits: the app builds it again.
    panel.dispatchEvent(new CustomEvent('rebuild-panel', { bubbles: true, detail: 'srl' }));
    (panel.querySelector(`.record-status-${level}`) as HTMLElement | null)?.focus();
  });
  return button;
}
