/**
 * What the code under test may call in each ScriptApp.AuthMode (set with `fake.setAuthMode`):
 *  - FULL / LIMITED: everything (the fake does not distinguish them).
 *  - NONE (onOpen of an add-on not yet used in this document): only building menus (and the
 *    user's locale / Utilities, which need no authorization). "Calling services
 *    that need authorization (even PropertiesService) throws and can stop the menu from appearing."
 *  - CUSTOM_FUNCTION: spreadsheet access is read-only (get/is/has/can methods), no UI/HtmlService;
 *    Properties, Lock, Session, Utilities stay available, as in Google's custom-function service table.
 */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

// NONE is "a mode that does not allow access to any services that require authorization" (AuthMode
// reference): menus, plus the base services that need no scope (locale for translated menu captions).
const NONE_ALLOWED = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Session.getActiveUserLocale',
  'Session.getScriptTimeZone',
  'Session.getTemporaryActiveUserKey',
]);
const NONE_ALLOWED_CLASSES = new Set(['Menu', 'ScriptApp', 'Utilities']);
const SPREADSHEET_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'Protection', 'NamedRange', 'EmbeddedChart', 'EmbeddedChartBuilder']);
const READ_ONLY = /^(get|is|has|can)[A-Z]/;
const READ_ONLY_EXTRA = new Set(['offset']);

function denied(cls: string, method: string, mode: AuthModeName): Error {
  return new Error(`You do not have permission to call ${cls}.${method} (fake running in ScriptApp.AuthMode.${mode})`);
}

export function authGuard(mode: () => AuthModeName): (cls: string, method: string) => void {
  return (cls, method) => {
    const m = mode();
    if (m === 'FULL' || m === 'LIMITED') return;
    if (m === 'NONE') {
      if (NONE_ALLOWED_CLASSES.has(cls) || NONE_ALLOWED.has(`${cls}.${method}`)) return;
      throw denied(cls, method, m);
    }
    // CUSTOM_FUNCTION
    if (cls === 'SpreadsheetApp' && method === 'getUi') throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    if (cls === 'Ui' || cls === 'Menu' || cls === 'HtmlService' || cls === 'HtmlOutput') throw denied(cls, method, m);
    if (SPREADSHEET_CLASSES.has(cls) && !READ_ONLY.test(method) && !READ_ONLY_EXTRA.has(method)) throw denied(cls, method, m);
  };
}
