import type { CellJson } from '../src/contract/cells';
import { isBlankCell } from '../src/contract/cells';
import type { InstrumentId } from '../src/contract/endpoints';
import { levelLabel } from '../src/core/cells/level';
import { fieldLabel as declaredLabel, INSTRUMENTS } from '../src/core/instruments';
import { SIAT_MIN } from '../src/core/siat/index';
import { SIAT_SCALE } from '../src/core/siat/template';
import { vcAnswerText } from '../src/core/value-capture/answers';
import { VC_POINTS } from '../src/core/value-capture/checklist';
import { readCompletion, readLevel } from './cells';
import { formatEuros, formatPercent } from './format';
import { lang, t } from './lang';
import { S } from './strings';

/** The words a reviewer knows a field by (the conflict view names cells this way, not by column id). */
export function fieldLabel(sheet: InstrumentId, field: string): string {
  return declaredLabel(sheet, field, lang());
}

/** A cell value as the reviewer would read it in that field (« 2 · Intermédiaire », « 50 % », « 1 200 € »), by its column's kind. */
export function fieldValue(sheet: InstrumentId, field: string, value: CellJson): string {
  if (isBlankCell(value)) return t(S.empty);
  const l = lang();
  const column = INSTRUMENTS[sheet].sheet.columns.find((c) => c.id === field);
  switch (column?.kind) {
    case 'level':
    case 'answer': {
      const level = readLevel(value, column.kind === 'answer' ? 'checklist' : 'grid');
      if (level === undefined || !Number.isInteger(level)) break;
      const point = column.kind === 'answer' ? VC_POINTS.find((p) => p.id === column.ref) : undefined;
      return point ? vcAnswerText(point, level, l) : `${level} · ${levelLabel(level, l)}`;
    }
    case 'completion': {
      const c = readCompletion(value);
      if (c !== undefined && !Number.isNaN(c)) return formatPercent(c);
      break;
    }
    case 'siat':
      if (typeof value === 'number' && SIAT_SCALE[value - SIAT_MIN]) return `${value} · ${SIAT_SCALE[value - SIAT_MIN][l]}`;
      break;
    case 'amount':
      if (typeof value === 'number') return formatEuros(value);
  }
  return String(value);
}
