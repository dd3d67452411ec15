import type { CellJson } from '../src/contract/cells';
import type { Conflict } from '../src/contract/endpoints';
import { el, uid } from './dom';
import { fieldLabel, fieldValue } from './field-labels';
import { t } from './lang';
import type { PendingConflict } from './model';
import { S } from './strings';

type Choice = 'mine' | 'theirs';

/** What the view lists and where a choice goes: the project's model, or the grids' (panels/grids.ts). */
export interface ConflictSource<C extends Conflict & { choice?: Choice }> {
  conflicts: readonly C[];
  choose(conflict: C, choice: Choice): void;
}

/** How a conflicting cell is named and its values read (a field of an instrument sheet, or a grid's criterion). */
export interface ConflictWords<C> {
  label(conflict: C): string;
  value(conflict: C, value: CellJson): string;
}

const INSTRUMENT_WORDS: ConflictWords<PendingConflict> = {
  label: (c) => fieldLabel(c.sheet, c.field),
  value: (c, v) => fieldValue(c.sheet, c.field, v),
};

/**
 * The cells someone else changed since the project was loaded: what was loaded, what the sheet
 * holds now, what the reviewer typed, and a choice per cell. Nothing is lost either way: the
 * reviewer's entry stays in the panel until they choose.
 */
export function conflictView(model: ConflictSource<PendingConflict>, apply: () => void): HTMLElement;
export function conflictView<C extends Conflict & { choice?: Choice }>(model: ConflictSource<C>, apply: () => void, words: ConflictWords<C>): HTMLElement;
export function conflictView(model: ConflictSource<PendingConflict>, apply: () => void, words: ConflictWords<PendingConflict> = INSTRUMENT_WORDS): HTMLElement {
  const titleId = uid('conflicts');
  const problem = el('p', { class: 'error small', role: 'alert', hidden: true }, t(S.chooseAll));
  const items = model.conflicts.map((c) => {
    const name = uid('conflict');
    const option = (choice: Choice, label: string) => {
      const input = el('input', { type: 'radio', name, value: choice });
      input.checked = c.choice === choice;
      input.addEventListener('change', () => model.choose(c, choice));
      return el('label', { class: 'check' }, input, el('span', {}, label));
    };
    return el(
      'li',
      { class: 'conflict' },
      el('p', { class: 'conflict-field' }, words.label(c)),
      el(
        'dl',
        {},
        el('dt', {}, t(S.conflictLoaded)),
        el('dd', {}, words.value(c, c.before)),
        el('dt', {}, t(S.conflictTheirs)),
        el('dd', { class: 'theirs' }, words.value(c, c.theirs)),
        el('dt', {}, t(S.conflictMine)),
        el('dd', { class: 'mine' }, words.value(c, c.mine)),
      ),
      el(
        'fieldset',
        { class: 'conflict-choice' },
        el('legend', { class: 'visually-hidden' }, words.label(c)),
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
