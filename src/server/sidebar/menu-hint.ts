import type { Lang } from '../../core/i18n';
import { menuItem, type MenuAction } from '../../sheets/menu-captions';

/**
 * Where to click to fix a workbook problem, quoting the menu item's own caption (the one the menu
 * is built from) so the message cannot name an item the menu does not have.
 */
export function menuHint(action: MenuAction, lang: Lang): string {
  return lang === 'en' ? `use ${menuItem(action, lang)} in the add-on menu` : `utilisez ${menuItem(action, lang)} dans le menu du module`;
}
