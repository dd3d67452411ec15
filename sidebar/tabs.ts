import type { InstrumentId } from '../src/contract/endpoints';
import type { Text } from '../src/core/i18n';
import { el } from './dom';
import { t } from './lang';
import { S } from './strings';

export const TAB_NAMES: Record<InstrumentId, { short: Text; full: Text }> = {
  ami: { short: { fr: 'Grille AMI', en: 'AMI grid' }, full: { fr: 'Grille AMI', en: 'AMI grid' } },
  srl: { short: { fr: 'SRL', en: 'SRL' }, full: { fr: 'Societal Readiness Level', en: 'Societal Readiness Level' } },
  vc: { short: { fr: 'Captation', en: 'Capture' }, full: { fr: 'Captation de valeur', en: 'Value capture' } },
  siat: { short: { fr: 'SIAT', en: 'SIAT' }, full: { fr: 'SIAT et valorisation', en: 'SIAT and valuation' } },
};

/**
 * The instruments as ARIA tabs: one Tab stop, arrows / Home / End move between tabs (and show
 * them), the panel is labelled by its tab.
 */
export const tabId = (id: InstrumentId) => `tab-${id}`;
export const panelId = (id: InstrumentId) => `panel-${id}`;

export function tabList(ids: readonly InstrumentId[], active: InstrumentId, select: (id: InstrumentId) => void): HTMLElement {
  const tabs = ids.map((id) => {
    const tab = el('button', { type: 'button', role: 'tab', id: tabId(id), 'aria-controls': panelId(id), 'aria-selected': String(id === active), tabindex: id === active ? 0 : -1, title: t(TAB_NAMES[id].full) }, t(TAB_NAMES[id].short));
    tab.addEventListener('click', () => select(id));
    tab.addEventListener('keydown', (e) => {
      const i = ids.indexOf(id);
      const to = e.key === 'ArrowRight' ? (i + 1) % ids.length : e.key === 'ArrowLeft' ? (i - 1 + ids.length) % ids.length : e.key === 'Home' ? 0 : e.key === 'End' ? ids.length - 1 : -1;
      if (to < 0) return;
      e.preventDefault();
      select(ids[to]);
      document.getElementById(tabId(ids[to]))?.focus();
    });
    return tab;
  });
  return el('div', { role: 'tablist', class: 'tabs', 'aria-label': t(S.tabs) }, ...tabs);
}
