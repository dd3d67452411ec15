import type { InstrumentId } from '../src/contract/endpoints';
import type { Text } from '../src/core/i18n';
import { INSTRUMENTS } from '../src/core/instruments';
import { el } from './dom';
import { t } from './lang';
import { S } from './strings';

/** A tab of the panel: an instrument's, or one that belongs to no instrument (the grids users define, issue 14 §5). */
export type TabId = InstrumentId | 'grids';

const OTHER_TABS: Record<Exclude<TabId, InstrumentId>, { short: Text; full: Text }> = {
  grids: { short: S.gridsTab, full: S.gridsTabFull },
};

/** Each tab's names: an instrument's from its declaration (src/core/instruments/), the others' from strings.ts. */
export const tabNames = (id: TabId): { short: Text; full: Text } => (id === 'grids' ? OTHER_TABS[id] : INSTRUMENTS[id].tab);

/**
 * The tabs as ARIA tabs: one Tab stop, arrows / Home / End move between tabs (and show
 * them), the panel is labelled by its tab.
 */
export const tabId = (id: TabId) => `tab-${id}`;
export const panelId = (id: TabId) => `panel-${id}`;

export function tabList<T extends TabId>(ids: readonly T[], active: T, select: (id: T) => void): HTMLElement {
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
