import { setUserLang } from '../../sheets/settings';
import { endpoint } from './endpoint';

/** The person's interface language (their user properties): the sidebar, menus and messages follow it. */
export const setLanguage = endpoint('setLanguage', ({ lang }) => {
  setUserLang(lang);
  return { lang };
});
