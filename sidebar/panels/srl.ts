import type { Lang } from '../../src/core/i18n';
import { SRL_LEVELS, SRL_SOURCE } from '../../src/core/srl/scale';
import { SRL_MAX, srlFromChecklist, srlLabel, srlNext, srlPhaseLabel } from '../../src/core/srl/level';
import { SRL_NOTES_FIELD, SRL_TARGET_FIELD, srlEvidenceField } from '../../src/contract/fields';
import { readCompletion, readSrl } from '../cells';
import { numberField } from '../controls';
import { el, fill, uid } from '../dom';
import { formatNumber } from '../format';
import { lang, t } from '../lang';
import type { ProjectModel } from '../model';
import { format, S } from '../strings';
import { figure, liveBlock, recordNotice, sheetFields, sourceNote, type Panel, type SheetFields } from './panel';

/**
 * The Societal Readiness Level: the nine levels with their official French titles and descriptions
 * (CC BY-ND: shown verbatim, never translated, always with the credit), the evidence of each level
 * (done, or a partial %), the evidence notes and the target; live level, phase and next step.
 */
export function srlPanel(model: ProjectModel): Panel {
  const f = sheetFields(model, 'srl');
  const l = lang();
  const completions = () => SRL_LEVELS.map((s) => readCompletion(f.value(srlEvidenceField(s.level))));
  // Same rule and threshold as =SRL_LEVEL(…; SEUIL_SRL): a blank or unreadable level is not reached.
  const reached = () =>
    srlFromChecklist(
      completions().map((c) => (c === undefined || Number.isNaN(c) ? 0 : c)),
      model.settings.srlThreshold,
    );

  const liveBody = el('div', { class: 'figures' });
  const targetGap = el('p', { class: 'small', 'aria-live': 'polite' });

  const targetId = uid('target');
  const target = el(
    'select',
    { id: targetId, disabled: f.disabled(SRL_TARGET_FIELD) },
    el('option', { value: '' }, t(S.noTarget)),
    ...SRL_LEVELS.map((s) => el('option', { value: s.level }, `${s.level} · ${l === 'en' ? s.shortEn : s.title}`)),
  );
  const currentTarget = readSrl(f.value(SRL_TARGET_FIELD));
  target.value = currentTarget === undefined || Number.isNaN(currentTarget) ? '' : String(currentTarget);
  target.addEventListener('change', () => model.set('srl', SRL_TARGET_FIELD, target.value === '' ? '' : Number(target.value)));

  const levels = SRL_LEVELS.map((s) => evidenceFieldset(model, f, s.level, l));

  const element = el(
    'div',
    {},
    recordNotice(model, 'srl'),
    liveBlock(t(S.srlReached), liveBody),
    el('div', { class: 'block field' }, el('label', { for: targetId }, t(S.target)), target, targetGap),
    t(S.srlEnglishNote) ? el('p', { class: 'small gray' }, t(S.srlEnglishNote)) : null,
    ...levels,
    f.text(SRL_NOTES_FIELD, t(S.evidenceNotes), 4),
    sourceNote(SRL_SOURCE.citation, SRL_SOURCE.licence),
  );

  const headline = () => format(t(S.srlHeadline), { level: formatNumber(reached()), phase: srlPhaseLabel(reached(), l) });

  const refresh = () => {
    const level = reached();
    const next = srlNext(level);
    fill(
      liveBody,
      figure(t(S.srlReached), el('strong', {}, `${level} / ${SRL_MAX}`), el('span', { class: 'figure-note', lang: 'fr' }, srlLabel(level, l))),
      figure(t(S.phase), srlPhaseLabel(level, l)),
      nextLevelView(next),
    );
    const goal = readSrl(model.value('srl', SRL_TARGET_FIELD));
    targetGap.textContent = goal === undefined || Number.isNaN(goal) ? '' : goal > level ? format(t(S.gapToTarget), { n: goal - level }) : t(S.targetReached);
  };
  refresh();
  return { element, refresh, headline };
}

/** What reaching the next level asks, in the scale's own French words (CC BY-ND: verbatim); the top level says so. */
export function nextLevelView(next: ReturnType<typeof srlNext>): HTMLElement {
  return next
    ? el(
        'div',
        { class: 'next' },
        el('p', { class: 'next-title' }, format(t(S.nextLevel), { n: next.level }), el('span', { lang: 'fr' }, next.title)),
        el('p', { class: 'small', lang: 'fr' }, next.description),
      )
    : el('p', { class: 'small' }, t(S.topLevel));
}

/** One level's evidence: a « done » checkbox, and a partial % unless the column holds checkboxes. */
function evidenceFieldset(model: ProjectModel, f: SheetFields, level: number, l: Lang): HTMLElement {
  const s = SRL_LEVELS[level - 1];
  const field = srlEvidenceField(level);
  const raw = f.value(field);
  const completion = readCompletion(raw);
  const disabled = f.disabled(field);
  const doneId = uid('done');
  const done = el('input', { type: 'checkbox', id: doneId, disabled });
  done.checked = completion === 1;
  // A checkbox column (TRUE/FALSE) cannot hold a partial completion: offer only the tick there.
  const checkboxColumn = typeof raw === 'boolean';
  const partial = checkboxColumn
    ? null
    : numberField(
        t(S.partial),
        completion !== undefined && !Number.isNaN(completion) && completion < 1 ? formatNumber(completion * 100) : '',
        disabled,
        t(S.partialInvalid),
        (n) => n >= 0 && n <= 100,
        (n) => {
          model.set('srl', field, n === '' ? '' : n / 100);
          done.checked = n === 100;
          partial!.hidden = done.checked;
        },
      );
  const partialInput = partial?.querySelector('input') ?? null;
  // Done means 100 %: the partial field only matters while the level is not done.
  if (partial) partial.hidden = done.checked;
  done.addEventListener('change', () => {
    model.set('srl', field, done.checked ? 1 : checkboxColumn ? false : '');
    if (partialInput) partialInput.value = '';
    if (partial) partial.hidden = done.checked;
  });
  const title = l === 'en' ? `${s.shortEn} — ` : '';
  return el(
    'fieldset',
    { class: `evidence${completion === 1 ? ' is-done' : ''}`, disabled },
    el('legend', {}, `SRL ${level} · `, title, el('span', { lang: 'fr' }, s.title)),
    el('p', { class: 'small', lang: 'fr' }, s.description),
    completion !== undefined && Number.isNaN(completion) ? el('p', { class: 'warning' }, format(t(S.unreadable), { value: String(raw) })) : null,
    el('div', { class: 'evidence-inputs' }, el('div', { class: 'check' }, done, el('label', { for: doneId }, t(S.done))), partial),
  );
}
