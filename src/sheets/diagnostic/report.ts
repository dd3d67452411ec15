import { dialogPage, escapeHtml } from '../../core/html';
import type { Lang, Text } from '../../core/i18n';
import { checkSheets } from './checks';
import { checkCustomGrids } from './grids';
import { checkNamedRanges } from './named-ranges';
import { runProbes } from './probes';
import type { Diagnosis, ProbeStatus } from './types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The workbook check: the sheets as read (nothing written), the spreadsheet's locale, and the
 * behaviours tried on a scratch sheet. The caller holds the document lock.
 */
export function diagnose(ss: Spreadsheet): Diagnosis {
  const sheets = [...checkSheets(ss), ...checkCustomGrids(ss), checkNamedRanges(ss)];
  const locale = localeAdvice(ss.getSpreadsheetLocale());
  return { sheets, locale, probes: runProbes(ss) };
}

/**
 * What the spreadsheet's locale (File › Settings) changes for someone typing formulas. Only the
 * conventions of French and English locales are stated; `;` between arguments works in all.
 */
export function localeAdvice(locale: string): Text {
  const lang = locale.toLowerCase().split(/[_-]/)[0];
  const always = {
    fr: '« ; » entre les arguments fonctionne toujours, quelle que soit la langue (c’est ainsi que le module écrit ses formules).',
    en: '";" between arguments always works, whatever the locale (the add-on writes its formulas that way).',
  };
  if (lang === 'fr') {
    return {
      fr: `Paramètres régionaux du classeur : ${locale} (Fichier › Paramètres). On y tape les décimales avec une virgule (0,8) et un tableau en ligne avec « \\ » ({1\\2}). ${always.fr}`,
      en: `Spreadsheet locale: ${locale} (File › Settings). Decimals are typed with a comma there (0,8) and a row array with "\\" ({1\\2}). ${always.en}`,
    };
  }
  if (lang === 'en') {
    return {
      fr: `Paramètres régionaux du classeur : ${locale} (Fichier › Paramètres). On y tape les décimales avec un point (0.8), et Sheets affiche « , » entre les arguments. ${always.fr}`,
      en: `Spreadsheet locale: ${locale} (File › Settings). Decimals are typed with a point there (0.8), and Sheets shows "," between arguments. ${always.en}`,
    };
  }
  return {
    fr: `Paramètres régionaux du classeur : ${locale} (Fichier › Paramètres). Les décimales s’y tapent selon les conventions de cette langue. ${always.fr}`,
    en: `Spreadsheet locale: ${locale} (File › Settings). Decimals are typed by that locale's conventions. ${always.en}`,
  };
}

export interface ReportSection {
  title: string;
  items: string[];
}

const STATUS: Record<ProbeStatus, Text> = {
  confirmed: { fr: '✓ confirmé', en: '✓ confirmed' },
  refuted: { fr: '✗ réfuté', en: '✗ refuted' },
  pending: { fr: '… en attente', en: '… pending' },
};

/** Whether the report has something to fix (the summary's count is not zero). */
export const hasFixes = (d: Diagnosis): boolean => d.sheets.some((s) => s.findings.some((f) => f.severity === 'fix'));

/** The report as sections of plain text lines, in `lang` (the dialog shows them; tests pin them). */
export function reportSections(d: Diagnosis, lang: Lang): ReportSection[] {
  const t = (text: Text) => text[lang];
  const toFix = d.sheets.reduce((n, s) => n + s.findings.filter((f) => f.severity === 'fix').length, 0);
  const summary: Text =
    toFix === 0
      ? { fr: 'Aucun problème trouvé dans les feuilles du module.', en: 'No problem found in the add-on’s sheets.' }
      : { fr: `${toFix} point${toFix > 1 ? 's' : ''} à corriger, feuille par feuille :`, en: `${toFix} point${toFix > 1 ? 's' : ''} to fix, sheet by sheet:` };
  const sheets = d.sheets
    .filter((s) => s.findings.length)
    .map((s) => ({ title: t(s.sheet), items: s.findings.map((f) => `${f.severity === 'fix' ? '✗' : 'ⓘ'} ${t(f.text)}`) }));
  return [
    { title: t({ fr: 'Le classeur', en: 'The workbook' }), items: [t(summary)] },
    ...sheets,
    { title: t({ fr: 'Paramètres régionaux', en: 'Locale' }), items: [t(d.locale)] },
    {
      title: t({ fr: 'Essais en direct', en: 'Live tests' }),
      items: [
        t({
          fr: 'Écrits sur une feuille temporaire, supprimée ensuite : ce que ce classeur fait réellement, là où les tests hors ligne ne pouvaient que supposer.',
          en: 'Written on a temporary sheet, deleted afterwards: what this workbook really does, where the offline tests could only assume.',
        }),
        ...d.probes.map((p) => `${t(STATUS[p.status])} — ${t(p.claim)}. ${t(p.detail)}`),
      ],
    },
  ];
}

/** The dialog's page: text only, every line escaped (sheet names and cell contents are the users'). */
export function reportHtml(d: Diagnosis, lang: Lang): string {
  const sections = reportSections(d, lang)
    .map((s) => `<section><h2>${escapeHtml(s.title)}</h2><ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul></section>`)
    .join('');
  return dialogPage(sections);
}
