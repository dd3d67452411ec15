import type { ProjectSummary } from '../src/contract/endpoints';
import { fold } from '../src/core/cells/text';
import { el, fill, uid } from './dom';
import { t } from './lang';
import { format, S } from './strings';

const MAX_RESULTS = 8;

export interface Navigator {
  element: HTMLElement;
  /** Re-renders the previous / next buttons and position for the project shown. */
  update(projects: readonly ProjectSummary[], currentId: string | null): void;
}

/** Previous / next and a search by name or ID (the results are buttons: Tab and Enter reach them). */
export function navigator(open: (id: string) => void): Navigator {
  let projects: readonly ProjectSummary[] = [];
  let currentId: string | null = null;
  const searchId = uid('search');
  const input = el('input', { type: 'search', id: searchId, autocomplete: 'off', spellcheck: 'false' });
  const results = el('ul', { class: 'results', hidden: true });
  const count = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const previous = el('button', { type: 'button', class: 'icon-button', 'aria-label': t(S.previous), title: t(S.previous) }, '‹');
  const next = el('button', { type: 'button', class: 'icon-button', 'aria-label': t(S.next), title: t(S.next) }, '›');
  const position = el('p', { class: 'position small gray' });

  const matches = (query: string) => {
    const q = fold(query);
    return projects.filter((p) => fold(p.id).includes(q) || fold(p.name).includes(q)).slice(0, MAX_RESULTS);
  };
  const choose = (id: string) => {
    input.value = '';
    results.hidden = true;
    count.textContent = '';
    open(id);
  };
  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (!q) {
      results.hidden = true;
      count.textContent = '';
      return;
    }
    const found = matches(q);
    fill(
      results,
      ...(found.length
        ? found.map((p) => {
            const b = el('button', { type: 'button', class: 'result' }, el('span', { class: 'result-id' }, p.id), ' ', p.name || t(S.unnamed));
            b.addEventListener('click', () => choose(p.id));
            return el('li', {}, b);
          })
        : [el('li', { class: 'small gray' }, t(S.noMatch))]),
    );
    results.hidden = false;
    count.textContent = `${found.length} ${t(S.matches)}`;
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      const first = matches(input.value.trim())[0];
      if (input.value.trim() && first) choose(first.id);
    } else if (e.key === 'Escape') {
      input.value = '';
      results.hidden = true;
    } else if (e.key === 'ArrowDown') {
      (results.querySelector('button') as HTMLButtonElement | null)?.focus();
      e.preventDefault();
    }
  });
  const step = (delta: number) => {
    const i = projects.findIndex((p) => p.id === currentId);
    const target = projects[i < 0 ? 0 : i + delta];
    if (target) open(target.id);
  };
  previous.addEventListener('click', () => step(-1));
  next.addEventListener('click', () => step(1));

  const element = el(
    'div',
    { class: 'navigator', role: 'search' },
    el('label', { for: searchId, class: 'small' }, t(S.search)),
    el('div', { class: 'nav-row' }, previous, input, next),
    count,
    results,
    position,
  );
  return {
    element,
    update(list, id) {
      projects = list;
      currentId = id;
      const i = projects.findIndex((p) => p.id === id);
      previous.disabled = i <= 0;
      next.disabled = projects.length === 0 || i === projects.length - 1;
      position.textContent = i >= 0 ? format(t(S.position), { n: i + 1, total: projects.length }) : '';
    },
  };
}
