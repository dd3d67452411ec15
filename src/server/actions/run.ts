import type { Lang, Text } from '../../core/i18n';
import { Problem } from '../../core/problem';
import { withDocumentLock } from '../../sheets/lock';
import { userLang } from '../../sheets/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The title of the add-on's toasts and alerts. */
const TITLE: Text = { fr: 'Innovation sociale', en: 'Social innovation' };

/**
 * Runs a menu action under the document lock and tells the user how it went, in their language: a
 * toast for what was done, an alert for what they must fix (a Problem). Other errors are bugs and
 * propagate to Apps Script's error report. `spreadsheet`: the one the action already holds (the toast
 * asks for no other); `unlocked`: see runShowing.
 */
export function runAction(work: (lang: Lang) => Text, options: { spreadsheet?: Spreadsheet; unlocked?: (lang: Lang) => Text | undefined } = {}): void {
  runShowing(work, (message, lang) => (options.spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet()).toast(message[lang], TITLE[lang], 10), options.unlocked);
}

/**
 * runAction with its own way of showing the result (a dialog rather than a toast). `unlocked`, when
 * given, runs first without the lock and only reads: its result, when it has one (there is nothing
 * to write), is shown without taking the lock; otherwise `work` runs under the lock.
 */
export function runShowing<T>(work: (lang: Lang) => T, show: (result: T, lang: Lang) => void, unlocked?: (lang: Lang) => T | undefined): void {
  const lang = userLang();
  let result: T;
  try {
    const read = unlocked?.(lang);
    result = read !== undefined ? read : withDocumentLock(() => work(lang));
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
    SpreadsheetApp.getUi().alert(TITLE[lang], e.render(lang), SpreadsheetApp.getUi().ButtonSet.OK);
    return;
  }
  show(result, lang);
}

/** Joins message parts into one text per language (empty parts dropped). */
export function joinTexts(parts: readonly (Text | undefined)[], separator = ' '): Text {
  const kept = parts.filter((p): p is Text => !!p && !!p.fr);
  return { fr: kept.map((p) => p.fr).join(separator), en: kept.map((p) => p.en).join(separator) };
}

/**
 * A count with its noun agreeing, in each language: French puts 0 and 1 in the singular (« 0 projet »,
 * « 1 projet », « 2 projets »), English only 1 ("0 projects", "1 project").
 */
export function counted(n: number, noun: { fr: readonly [one: string, many: string]; en: readonly [one: string, many: string] }): Text {
  return { fr: `${n} ${n < 2 ? noun.fr[0] : noun.fr[1]}`, en: `${n} ${n === 1 ? noun.en[0] : noun.en[1]}` };
}
