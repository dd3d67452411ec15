import type { CellJson } from '../src/contract/cells';
import { isBlankCell } from '../src/contract/cells';
import type { InstrumentId } from '../src/contract/endpoints';
import { fieldLabel as declaredLabel, INSTRUMENTS } from '../src/core/instruments';
import { KINDS } from '../src/core/instruments/kinds';
import { formatEuros, formatPercent } from './format';
import { lang, t } from './lang';
import { S } from './strings';

/** The words a reviewer knows a field by (the conflict view names cells this way, not by column id). */
export function fieldLabel(sheet: InstrumentId, field: string): string {
  return declaredLabel(sheet, field, lang());
}

/** A cell value as the reviewer would read it in that field (« 2 · Intermédiaire », « 50 % », « 1 200 € »), as its column's kind shows it (kinds.ts). */
export function fieldValue(sheet: InstrumentId, field: string, value: CellJson): string {
  if (isBlankCell(value)) return t(S.empty);
  const column = INSTRUMENTS[sheet].sheet.columns.find((c) => c.id === field);
  const shown = column && KINDS[column.kind].show?.(column, value, lang(), { euros: formatEuros, percent: formatPercent });
  return shown ?? String(value);
}
