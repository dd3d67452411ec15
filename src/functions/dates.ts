import type { Lang } from '../core/i18n';
import { readDate } from '../core/assessments/dates';
import { cells, LANG_PARAM } from './params';
import { eachCell, rowwise } from './rows';
import { gridWidth } from './shapes';
import { defineFunction } from './spec';

/**
 * READ_DATE: dates as LATEST reads them, returned as dates. A date typed as text (`15/03/2025` in a
 * sheet whose locale does not read it, or pasted) is then a real date that the sheet's own formulas
 * compare with TODAY(): Projets « Suivi » reads « Date visée » and the latest assessment's date with it.
 * TODAY() itself stays outside: a custom function's arguments must not be volatile.
 */
export const READ_DATE = defineFunction({
  name: 'READ_DATE',
  summary: {
    fr: 'Des dates lues comme LATEST les lit (cellule date, texte jj/mm/aaaa ou aaaa-mm-jj), rendues comme dates.',
    en: 'Dates read as LATEST reads them (date cell, text dd/mm/yyyy or yyyy-mm-dd), returned as dates.',
  },
  params: [
    {
      name: 'dates',
      type: cells({ cellFirst: true }),
      example: 'D2:D',
      help: {
        fr: 'Des dates : cellules date, ou textes jj/mm/aaaa ou aaaa-mm-jj ; une cellule vide reste vide.',
        en: 'Dates: date cells, or text dd/mm/yyyy or yyyy-mm-dd; an empty cell stays empty.',
      },
    },
    LANG_PARAM,
  ],
  returns: {
    fr: 'La même taille que dates : chaque date comme date ; « ⚠ … » dans la ligne d’une valeur qui n’est pas une date.',
    en: 'The same size as dates: each date as a date; "⚠ …" in the row of a value that is no date.',
  },
  exampleSheet: 'srl',
  example: '=READ_DATE(D2:D)',
  resultShape: (args) => args[0] ?? { rows: 1, columns: 1 },
  body(call, dates) {
    const width = gridWidth(dates);
    return rowwise({
      ...call,
      table: dates,
      outWidth: width,
      columnName: (i: number, lang: Lang) => (width === 1 ? 'dates' : lang === 'en' ? `column ${i + 1}` : `colonne ${i + 1}`),
      row: eachCell(readDate),
    });
  },
});
