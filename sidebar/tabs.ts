import type { InstrumentId } from '../src/contract/endpoints';
import type { Text } from '../src/core/i18n';
import { INSTRUMENTS } from '../src/core/instruments';
import { el } from './dom';
import { t } from './lang';
import { S } from './strings';

/** Each instrument's tab names, from its declaration (src/core/instruments/). */
export const tabNames = (id: InstrumentId): { short: Text; full: Text } => INSTRUMENTS[id].tab;

/**
 * The instruments as ARIA tabs: one Tab stop, arrows / Home / End move between tabs (and show
 * them), the panel is labelled by its tab.
 */
export const tabId = (id: InstrumentId) => `tab-${id}`;
export const panelId = (id: InstrumentId) => `panel-${id}`;

export function tabList(ids: readonly InstrumentId[], active: InstrumentId, select: (id: InstrumentId) => void): HTMLElement {
  const tabs = ids.map((id) => {
    const tab = el(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: tabId(id),
        'aria-controls': panelId(id),
        'aria-selected': String(id === active),
        tabindex: id === active ? 0 : -1,
        title: t(tabNames(id).full),
      },
      t(tabNames(id).short),
    );
    tab.addEventListener('click', () => select(id));
    tab.addEventListener('keydown', (e) => {
      const i = ids.indexOf(id);
      const to =
        e.key === 'ArrowRight'
          ? (i + 1) % ids.length
          : e.key === 'ArrowLeft'
            ? (i - 1 + ids.length) % ids.length
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? ids.length - 1
                : -1;
      if (to < 0) return;
      e.preventDefault();
      select(ids[to]);
      document.getElementById(tabId(ids[to]))?.focus();
    });
    return tab;
  });
  return el('div', { role: 'tablist', class: 'tabs', 'aria-label': t(S.tabs) }, ...tabs);
}
