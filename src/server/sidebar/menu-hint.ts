import type { Lang } from '../../core/i18n';
import { MENU } from '../menu';

/**
 * Where to click to fix a workbook problem, quoting the menu item's own caption so the message
 * cannot name an item the menu does not have.
 */
export function menuHint(action: string, lang: Lang): string {
  const item = MENU.find((i) => i !== 'separator' && i.action === action);
  const caption = item && item !== 'separator' ? item.caption[lang] : undefined;
  if (lang === 'en') return caption ? `use "${caption}" in the add-on menu` : 'use the add-on menu (Extensions)';
  return caption ? `utilisez « ${caption} » dans le menu du module` : 'utilisez le menu du module (Extensions)';
}
