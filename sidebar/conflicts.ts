import { el, uid } from './dom';
import { fieldLabel, fieldValue } from './field-labels';
import { t } from './lang';
import type { ProjectModel } from './model';
import { S } from './strings';

/**
 * The cells someone else changed since the project was loaded: what was loaded, what the sheet
 * holds now, what the reviewer typed, and a choice per cell. Nothing is lost either way: the
 * reviewer's entry stays in the panel until they choose.
 */
export function conflictView(model: ProjectModel, apply: () => void): HTMLElement {
  const titleId = uid('conflicts');
  const problem = el('p', { class: 'error small', role: 'alert', hidden: true }, t(S.chooseAll));
  const items = model.conflicts.map((c) => {
    const name = uid('conflict');
    const option = (choice: 'mine' | 'theirs', label: string) => {
      const input = el('input', { type: 'radio', name, value: choice });
      input.checked = c.choice === choice;
      input.addEventListener('change', () => model.choose(c, choice));
      return el('label', { class: 'check' }, input, el('span', {}, label));
    };
    return el(
      'li',
      { class: 'conflict' },
      el('p', { class: 'conflict-field' }, fieldLabel(c.sheet, c.field)),
      el(
        'dl',
        {},
        el('dt', {}, t(S.conflictLoaded)),
        el('dd', {}, fieldValue(c.sheet, c.field, c.before)),
        el('dt', {}, t(S.conflictTheirs)),
        el('dd', { class: 'theirs' }, fieldValue(c.sheet, c.field, c.theirs)),
        el('dt', {}, t(S.conflictMine)),
        el('dd', { class: 'mine' }, fieldValue(c.sheet, c.field, c.mine)),
      ),
      el(
        'fieldset',
        { class: 'conflict-choice' },
        el('legend', { class: 'visually-hidden' }, fieldLabel(c.sheet, c.field)),
        option('mine', t(S.keepMine)),
        option('theirs', t(S.keepTheirs)),
      ),
    );
  });
  const button = el('button', { type: 'button', class: 'action' }, t(S.applyChoices));
  button.addEventListener('click', () => {
    problem.hidden = model.conflicts.every((c) => c.choice);
    if (problem.hidden) apply();
  });
  return el(
    'section',
    { class: 'conflicts block', 'aria-labelledby': titleId },
    el('h2', { id: titleId, tabindex: -1 }, t(S.conflictTitle)),
    el('p', { class: 'small' }, t(S.conflictIntro)),
    el('ul', {}, ...items),
    problem,
    button,
  );
}
