import { AMOUNT_MIN, toNumber } from '../cells/number';
import { fold, isBlank } from '../cells/text';
import type { Text } from '../i18n';
import { quote } from '../problem';
import { PROJECT_STATUSES } from '../status';
import type { ImportFieldId } from './fields';
import type { Located } from './mapping';

/** The Projets columns an import writes (column ids of src/core/instruments/sheets.ts). */
export const IMPORTED_COLUMNS = ['dossier', 'name', 'holder', 'siret', 'territory', 'requested', 'need', 'response', 'publics', 'status', 'filed'] as const;
export type ImportedColumn = (typeof IMPORTED_COLUMNS)[number];

/** A value as written into Projets: text, an amount, a date. */
export type ImportedValue = string | number | Date;

/** One dossier of the export, read and checked. */
export interface Dossier {
  /** The row in the export (its header is row 1): the sheet's row after File › Import, the record's rank in a CSV. */
  row: number;
  /** The dossier number, as digits: the key of re-imports. */
  number: string;
  /** Only what the export says: a blank cell is absent (an import never erases what Projets holds). */
  values: Partial<Record<ImportedColumn, ImportedValue>>;
}

/** A row left out, with why. */
export interface Refusal {
  row: number;
  number?: string;
  reason: Text;
}

export interface ReadDossiers {
  dossiers: Dossier[];
  refused: Refusal[];
}

/**
 * The state of a dossier as Projets' « Statut » says it (src/core/status.ts, whose words are the
 * platform's). A « Brouillon » is not filed yet: « En construction » is the nearest status, the
 * applicant still writing.
 */
const STATE_ALIASES: Readonly<Record<string, string>> = { brouillon: 'En construction' };

function readStatus(value: unknown): string | undefined {
  const key = fold(String(value));
  return PROJECT_STATUSES.find((s) => fold(s.fr) === key || fold(s.en) === key)?.fr ?? STATE_ALIASES[key];
}

const DATE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;

/**
 * A date of the export: a date cell (an XLSX import), or the French CSV's `jj/mm/aaaa hh:mm` (or
 * `jj/mm/aaaa`) as the local date and time it shows. Undefined when it is neither, or a day that
 * does not exist (31/02).
 */
export function readExportDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  const m = DATE_TIME.exec(String(value).trim());
  if (!m) return undefined;
  const [d, mo, y, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x))) as number[];
  const date = new Date(y, mo - 1, d, h, mi, s);
  const same = date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d && date.getHours() === h && date.getMinutes() === mi;
  return same ? date : undefined;
}

/** A dossier number: a whole number above zero (`ID`), written as digits. */
function readNumber(value: unknown): string | undefined {
  const n = toNumber(typeof value === 'string' ? value.trim() : value);
  return Number.isInteger(n) && n > 0 ? String(n) : undefined;
}

const text = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value)).trim();

/**
 * The export's data rows read through the mapping's columns. A row is refused, with its row and the
 * reason, when its dossier number is missing or not a number, when the number is on another row too
 * (every row holding it: which one is current is the user's call), when its amount is not an amount
 * (`12 500,00` and `12 500 €` are), its state is not a dossier state or its filing date not a date;
 * the other rows are read. A blank row is skipped.
 */
export function readDossiers(rows: readonly (readonly unknown[])[], located: Located, firstRow = 2): ReadDossiers {
  const cell = (row: readonly unknown[], field: ImportFieldId): unknown[] => (located.columns.get(field) ?? []).map((i) => row[i]);
  const one = (row: readonly unknown[], field: ImportFieldId): unknown => cell(row, field)[0];
  const refused: Refusal[] = [];
  const read: Dossier[] = [];
  rows.forEach((row, r) => {
    const at = firstRow + r;
    if (row.every(isBlank)) return;
    const raw = one(row, 'dossier');
    if (isBlank(raw)) {
      refused.push({ row: at, reason: { fr: 'pas de numéro de dossier', en: 'no application number' } });
      return;
    }
    const number = readNumber(raw);
    if (!number) {
      refused.push({
        row: at,
        reason: {
          fr: `${quote(raw, 'fr')} n’est pas un numéro de dossier (un nombre entier)`,
          en: `${quote(raw, 'en')} is not an application number (a whole number)`,
        },
      });
      return;
    }
    const problems: Text[] = [];
    const values: Dossier['values'] = { dossier: number };
    for (const id of ['name', 'holder', 'siret', 'territory', 'need', 'response', 'publics'] as const) {
      const v = cell(row, id).find((x) => !isBlank(x));
      if (v !== undefined) values[id] = text(v);
    }
    if (values.holder === undefined) {
      const person = cell(row, 'person')
        .filter((v) => !isBlank(v))
        .map(text)
        .join(' ');
      if (person) values.holder = person;
    }
    const amount = one(row, 'requested');
    if (!isBlank(amount)) {
      const n = toNumber(typeof amount === 'string' ? amount.trim() : amount);
      if (n >= AMOUNT_MIN) values.requested = n;
      else
        problems.push({
          fr: `montant demandé ${quote(amount, 'fr')} : pas un montant (un nombre positif, 12 500,00 par exemple)`,
          en: `amount requested ${quote(amount, 'en')}: not an amount (a positive number, 12 500,00 say)`,
        });
    }
    const state = one(row, 'status');
    if (!isBlank(state)) {
      const status = readStatus(state);
      if (status) values.status = status;
      else
        problems.push({
          fr: `état ${quote(state, 'fr')} inconnu (${PROJECT_STATUSES.slice(0, 6)
            .map((s) => s.fr)
            .join(', ')}, Brouillon)`,
          en: `unknown state ${quote(state, 'en')} (${PROJECT_STATUSES.slice(0, 6)
            .map((s) => s.fr)
            .join(', ')}, Brouillon)`,
        });
    }
    const filed = one(row, 'filed');
    if (!isBlank(filed)) {
      const date = readExportDate(filed);
      if (date) values.filed = date;
      else
        problems.push({
          fr: `date de dépôt ${quote(filed, 'fr')} illisible (jj/mm/aaaa hh:mm)`,
          en: `filing date ${quote(filed, 'en')} unreadable (dd/mm/yyyy hh:mm)`,
        });
    }
    if (problems.length) {
      refused.push({ row: at, number, reason: { fr: problems.map((p) => p.fr).join(' ; '), en: problems.map((p) => p.en).join('; ') } });
      return;
    }
    read.push({ row: at, number, values });
  });
  // A number on several rows: every one of them refused, never one picked.
  const rowsOf = new Map<string, number[]>();
  for (const d of read) rowsOf.set(d.number, [...(rowsOf.get(d.number) ?? []), d.row]);
  const dossiers = read.filter((d) => {
    const rows = rowsOf.get(d.number)!;
    if (rows.length === 1) return true;
    const others = rows.filter((r) => r !== d.row).join(', ');
    refused.push({
      row: d.row,
      number: d.number,
      reason: {
        fr: `le dossier n° ${d.number} est aussi en ligne ${others} (en double)`,
        en: `application no. ${d.number} is also on row ${others} (duplicate)`,
      },
    });
    return false;
  });
  refused.sort((a, b) => a.row - b.row);
  return { dossiers, refused };
}
