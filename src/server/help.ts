import { dialogPage, escapeHtml } from '../core/html';
import type { Lang } from '../core/i18n';
import type { SheetId } from '../sheets/schema';
import { CUSTOM_FUNCTIONS } from '../functions/registry';
import { exampleSheetSpec } from '../sheets/schema';
import { userLang } from '../sheets/settings';

/** The formulas' help, from the same registry as the autocomplete JSDoc and the README table. */
export function formulaHelpHtml(lang: Lang): string {
  const t = (fr: string, en: string) => escapeHtml(lang === 'en' ? en : fr);
  const rows = CUSTOM_FUNCTIONS.map((f) => {
    const params = f.params
      .map((p) => `<li><code>${escapeHtml(p.name)}</code>${p.optional ? t(' (facultatif)', ' (optional)') : ''} — ${escapeHtml(p.help[lang])}</li>`)
      .join('');
    return `<section><h2><code>${escapeHtml(f.name)}</code></h2><p>${escapeHtml(f.summary[lang])}</p><ul>${params}</ul><p>${t('Résultat', 'Result')} : ${escapeHtml(f.returns[lang])}</p><p>${exampleIn(f.exampleSheet, lang)} <code>${escapeHtml(f.example)}</code></p></section>`;
  }).join('');
  return dialogPage(
    `<p>${t(
      'Les séparateurs d’arguments s’écrivent « ; », accepté par Google Sheets dans toutes les langues. Chaque exemple fonctionne tel quel dans la feuille du module qu’il nomme.',
      'Arguments are separated with ";", which Google Sheets accepts in every locale. Each example works as typed in the add-on sheet it names.',
    )}</p>${rows}`,
  );
}

/** The name the template gives the sheet an example is written for. */
export function exampleSheetName(sheet: SheetId, lang: Lang): string {
  return exampleSheetSpec(sheet).name[lang];
}

function exampleIn(sheet: SheetId, lang: Lang): string {
  const name = escapeHtml(exampleSheetName(sheet, lang));
  return lang === 'en' ? `In the sheet “${name}”:` : `Dans la feuille « ${name} » :`;
}

export function showFormulaHelp(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutput(formulaHelpHtml(lang)).setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, lang === 'en' ? 'Formulas of the add-on' : 'Les formules du module');
}
