import { lang } from './lang';

/**
 * Numbers as the reader writes them: `4 525,85 €`, `0,45`, `45 %` in French (Intl puts the narrow
 * no-break spaces where French typography wants them), `€4,525.85` in English.
 */
const locale = () => (lang() === 'en' ? 'en-GB' : 'fr-FR');

export function formatNumber(n: number, maxDigits = 2): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: maxDigits }).format(n);
}

/** A ratio with both decimals always written, so that a column of them lines up (1,30 under 1,22). */
export function formatRatio(n: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

export function formatEuros(n: number): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(n);
}

export function formatPercent(share: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An assessment's day `aaaa-mm-jj` as people write it: 30/11/2026 in French, 2026-11-30 left as it is in English (unambiguous). */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m && lang() !== 'en' ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/** « 14 h 32 » in French running text, 14:32 in English. */
export function formatTime(date: Date): string {
  const mm = String(date.getMinutes()).padStart(2, '0');
  return lang() === 'en' ? `${date.getHours()}:${mm}` : `${date.getHours()} h ${mm}`;
}
