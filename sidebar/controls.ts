import type { CellJson } from '../src/contract/cells';
import { toNumber } from '../src/core/cells/number';
import { el, uid, type Child } from './dom';
import { formatNumber } from './format';
import { t } from './lang';
import { format, S } from './strings';

export interface ChoiceOption {
  value: number;
  /** Short name shown in bold: « 2 · Intermédiaire ». */
  title: string;
  /** The descriptor read before choosing. */
  text?: string;
  /** Language of the descriptor when it differs from the interface (the SRL's French-only text). */
  textLang?: string;
}

export interface ChoiceGroup {
  legend: string;
  name: string;
  options: readonly ChoiceOption[];
  /** The current value; NaN when the cell holds something unreadable. */
  current: number | undefined;
  raw?: CellJson;
  disabled: boolean;
  onChange(value: number | ''): void;
  intro?: Child;
}

/**
 * A level scale as a native radio group in a fieldset: Tab reaches the group, the arrow keys move
 * and choose, the legend names it for screen readers, and every option's descriptor is visible.
 * « Effacer » returns the cell to blank (a radio group cannot be unchecked otherwise).
 */
export function choiceGroup(spec: ChoiceGroup): HTMLFieldSetElement {
  const clear = el(
    'button',
    { type: 'button', class: 'link-button', 'aria-label': format(t(S.clearLabel), { what: spec.legend }), disabled: spec.disabled },
    t(S.clear),
  );
  const radios: HTMLInputElement[] = [];
  const options = spec.options.map((o) => {
    const input = el('input', { type: 'radio', name: spec.name, value: o.value, disabled: spec.disabled });
    input.checked = spec.current === o.value;
    radios.push(input);
    input.addEventListener('change', () => {
      if (input.checked) {
        spec.onChange(o.value);
        clear.hidden = false;
      }
    });
    return el(
      'label',
      { class: 'choice' },
      input,
      el(
        'span',
        { class: 'choice-body' },
        el('span', { class: 'choice-title' }, o.title),
        o.text ? el('span', { class: 'choice-text', lang: o.textLang }, o.text) : null,
      ),
    );
  });
  clear.hidden = spec.current === undefined;
  clear.addEventListener('click', () => {
    for (const r of radios) r.checked = false;
    clear.hidden = true;
    spec.onChange('');
    radios[0]?.focus();
  });
  const unreadable =
    spec.current !== undefined && Number.isNaN(spec.current) ? el('p', { class: 'warning' }, format(t(S.unreadable), { value: String(spec.raw ?? '') })) : null;
  return el(
    'fieldset',
    { class: 'choices', disabled: spec.disabled },
    el('legend', {}, spec.legend),
    spec.intro,
    unreadable,
    ...options,
    el('div', { class: 'choice-actions' }, clear),
  );
}

/** A labelled text area for user text (comments, notes); each keystroke becomes an edit. */
export function textArea(label: string, value: CellJson, disabled: boolean, onInput: (text: string) => void, rows = 2): HTMLElement {
  const id = uid('text');
  const area = el('textarea', { id, rows, disabled });
  area.value = String(value);
  area.addEventListener('input', () => onInput(area.value));
  return el('div', { class: 'field' }, el('label', { for: id }, label), area);
}

/**
 * A number typed the French way (`4 525,85`), read with the formulas' own parser. An unreadable
 * entry is flagged and not kept, so a typo never reaches the sheet.
 */
export function numberField(
  label: string,
  value: CellJson,
  disabled: boolean,
  invalid: string,
  accept: (n: number) => boolean,
  onValue: (n: number | '') => void,
  extra: Partial<Record<string, string>> = {},
): HTMLElement {
  const id = uid('number');
  const error = uid('error');
  const input = el('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', disabled, ...extra });
  input.value = typeof value === 'number' ? formatNumber(value) : String(value);
  const message = el('p', { id: error, class: 'error small', hidden: true }, invalid);
  input.addEventListener('input', () => {
    const text = input.value.trim();
    const n = text === '' ? '' : toNumber(text);
    const ok = n === '' || accept(n);
    input.setAttribute('aria-invalid', String(!ok));
    if (ok) input.removeAttribute('aria-describedby');
    else input.setAttribute('aria-describedby', error);
    message.hidden = ok;
    if (ok) onValue(n);
  });
  return el('div', { class: 'field' }, el('label', { for: id }, label), input, message);
}

export function notice(text: string, kind: 'info' | 'warning' | 'error' = 'info'): HTMLElement {
  return el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : undefined }, text);
}
