import { dialogPage, escapeHtml } from '../core/html';
import type { Lang } from '../core/i18n';
import { CUSTOM_FUNCTIONS } from '../functions/registry';
import { userLang } from '../sheets/settings';

/** The formulas' help, from the same registry as the autocomplete JSDoc and the README table. */
export function formulaHelpHtml(lang: Lang): string {
  const t = (fr: string, en: string) => escapeHtml(lang === 'en' ? en : fr);
  const rows = CUSTOM_FUNCTIONS.map((f) => {
    const params = f.params
      .map((p) => `<li><code>${escapeHtml(p.name)}</code>${p.optional ? t(' (facultatif)', ' (optional)') : ''} — ${escapeHtml(p.help[lang])}</li>`)
      .join('');
    return `<section><h2><code>${escapeHtml(f.name)}</code></h2><p>${escapeHtml(f.summary[lang])}</p><ul>${params}</ul><p>${t('Résultat', 'Result')} : ${escapeHtml(f.returns[lang])}</p><p><code>${escapeHtml(f.example)}</code></p></section>`;
  }).join('');
  return dialogPage(
    `<p>${t(
      'Les séparateurs d’arguments s’écrivent « ; », accepté par Google Sheets dans toutes les langues.',
      'Arguments are separated with ";", which Google Sheets accepts in every locale.',
    )}</p>${rows}`,
  );
}

export function showFormulaHelp(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutput(formulaHelpHtml(lang)).setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, lang === 'en' ? 'Formulas of the add-on' : 'Les formules du module');
}
