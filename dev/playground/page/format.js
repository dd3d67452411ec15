// How the page writes the workbook's values: French number and date formats, column letters, and
// elements built with textContent (a cell holding markup shows its characters, never runs).

export const number = (v, format) => {
  const f = format || '';
  if (f.includes('%')) return new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(v);
  if (f.includes('€')) return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(v);
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: Math.abs(v) >= 10000 }).format(v);
};

/** A cell's text as Sheets shows it in the fr_FR locale. */
export const display = (cell) => {
  if (!cell) return '';
  if (typeof cell.v === 'number') return number(cell.v, cell.f);
  if (typeof cell.v === 'boolean') return cell.v ? 'VRAI' : 'FAUX';
  if (/^\d{4}-\d\d-\d\dT/.test(cell.v)) return new Date(cell.v).toLocaleDateString('fr-FR');
  return String(cell.v);
};

/** What the formula bar shows: the formula, or the value as typed (the server sends it when it differs). */
export const inputOf = (cell) => (cell ? (cell.i ?? String(cell.v)) : '');

export const letters = (n) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export const el = (tag, attrs, text) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};
