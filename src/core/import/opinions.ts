import { ID_COLUMN } from '../instruments/columns';
import type { SheetSpec } from '../instruments/types';
import { fold, headerKey, isBlank } from '../cells/text';
import { quote } from '../problem';
import { readExportDate, type Refusal } from './dossiers';

/**
 * The experts' opinions of a Démarches simplifiées export (its `Avis` sheet: one row per opinion),
 * kept in their own sheet « Avis DS », beside the reviewers' assessments and never mixed into them:
 * an expert's free-text opinion is no score on the add-on's grids, and no consensus reads it. Each
 * row carries the project's ID (found by dossier number in Projets) so that it can be filtered or
 * looked up like any other sheet of the workbook.
 */
export const OPINIONS: SheetSpec = {
  id: 'opinions',
  name: { fr: 'Avis DS', en: 'DS opinions' },
  namedRange: 'AVIS_DS',
  columns: [
    ID_COLUMN,
    { id: 'dossier', header: { fr: 'N° dossier', en: 'Application no.' }, aliases: ['Dossier ID', 'Numéro de dossier'], kind: 'text' },
    { id: 'expert', header: { fr: 'Expert', en: 'Expert' }, kind: 'text' },
    { id: 'asked', header: { fr: 'Demandé le', en: 'Asked on' }, aliases: ['Créé le'], kind: 'date' },
    { id: 'instructor', header: { fr: 'Demandé par', en: 'Asked by' }, aliases: ['Instructeur'], kind: 'text' },
    { id: 'introduction', header: { fr: 'Demande', en: 'Request' }, aliases: ['Introduction'], kind: 'text' },
    { id: 'answer', header: { fr: 'Avis', en: 'Opinion' }, aliases: ['Réponse'], kind: 'text' },
    { id: 'question', header: { fr: 'Question', en: 'Question' }, kind: 'text' },
    { id: 'yes-no', header: { fr: 'Réponse oui/non', en: 'Yes/no answer' }, kind: 'text' },
    { id: 'answered', header: { fr: 'Répondu le', en: 'Answered on' }, kind: 'date' },
  ],
};

/** The export's `Avis` columns (the platform's own names, fixed: no mapping to confirm), by OPINIONS column id. */
const EXPORT_NAMES: Readonly<Record<string, string>> = {
  dossier: 'Dossier ID',
  expert: 'Expert',
  asked: 'Créé le',
  instructor: 'Instructeur',
  introduction: 'Introduction',
  answer: 'Réponse',
  question: 'Question',
  'yes-no': 'Réponse oui/non',
  answered: 'Répondu le',
};

/** Whether a header row is an export's `Avis` table: its dossier and expert columns. */
export function isOpinionsHeader(header: readonly unknown[]): boolean {
  const keys = header.map(headerKey);
  return keys.includes(headerKey(EXPORT_NAMES.dossier)) && keys.includes(headerKey(EXPORT_NAMES.expert));
}

export interface Opinion {
  row: number;
  dossier: string;
  /** OPINIONS column id → value (dates as dates, the rest as text); blank cells absent. */
  values: Record<string, string | Date>;
}

/** An opinion's key: the dossier, the expert (case and accents ignored) and when it was asked, to the minute. */
export const opinionKey = (dossier: string, expert: unknown, asked: unknown): string =>
  `${dossier}|${fold(String(expert ?? ''))}|${asked instanceof Date ? asked.getTime() : (readExportDate(asked)?.getTime() ?? '')}`;

/**
 * The export's `Avis` rows: refused one by one when the dossier number is missing or not a number,
 * when a date is unreadable, or when two rows are the same opinion (same dossier, expert and date).
 */
export function readOpinions(header: readonly unknown[], rows: readonly (readonly unknown[])[], firstRow = 2): { opinions: Opinion[]; refused: Refusal[] } {
  const keys = header.map(headerKey);
  const at = Object.fromEntries(Object.entries(EXPORT_NAMES).map(([id, name]) => [id, keys.indexOf(headerKey(name))]));
  const refused: Refusal[] = [];
  const read: Opinion[] = [];
  rows.forEach((row, r) => {
    const line = firstRow + r;
    if (row.every(isBlank)) return;
    const raw = row[at.dossier];
    const n = Number(String(raw ?? '').trim());
    if (isBlank(raw) || !Number.isInteger(n) || n <= 0) {
      refused.push({
        row: line,
        reason: isBlank(raw)
          ? { fr: 'pas de numéro de dossier', en: 'no application number' }
          : {
              fr: `${quote(raw, 'fr')} n’est pas un numéro de dossier (un nombre entier)`,
              en: `${quote(raw, 'en')} is not an application number (a whole number)`,
            },
      });
      return;
    }
    const dossier = String(n);
    const values: Opinion['values'] = { dossier };
    const bad: string[] = [];
    for (const [id, i] of Object.entries(at)) {
      if (id === 'dossier' || i < 0 || isBlank(row[i])) continue;
      if (id === 'asked' || id === 'answered') {
        const date = readExportDate(row[i]);
        if (date) values[id] = date;
        else bad.push(String(row[i]));
      } else values[id] = String(row[i]).trim();
    }
    if (bad.length) {
      refused.push({
        row: line,
        number: dossier,
        reason: {
          fr: `date ${bad.map((b) => quote(b, 'fr')).join(', ')} illisible (jj/mm/aaaa hh:mm)`,
          en: `unreadable date ${bad.map((b) => quote(b, 'en')).join(', ')} (dd/mm/yyyy hh:mm)`,
        },
      });
      return;
    }
    read.push({ row: line, dossier, values });
  });
  const seen = new Map<string, number[]>();
  for (const o of read) {
    const key = opinionKey(o.dossier, o.values.expert, o.values.asked);
    seen.set(key, [...(seen.get(key) ?? []), o.row]);
  }
  const opinions = read.filter((o) => {
    const rows = seen.get(opinionKey(o.dossier, o.values.expert, o.values.asked))!;
    if (rows.length === 1) return true;
    refused.push({
      row: o.row,
      number: o.dossier,
      reason: {
        fr: `même avis (dossier, expert, date) qu’en ligne ${rows.filter((x) => x !== o.row).join(', ')}`,
        en: `same opinion (application, expert, date) as row ${rows.filter((x) => x !== o.row).join(', ')}`,
      },
    });
    return false;
  });
  refused.sort((a, b) => a.row - b.row);
  return { opinions, refused };
}
