import type { CellJson } from '../src/contract/cells';
import { isBlankCell } from '../src/contract/cells';
import type { InstrumentId } from '../src/contract/endpoints';
import { AMI_CRITERIA } from '../src/core/ami/grid';
import { levelLabel } from '../src/core/cells/level';
import { vcAnswerText } from '../src/core/value-capture/answers';
import { SIAT_DIMENSIONS, SIAT_SCALE } from '../src/core/siat/template';
import { SRL_LEVELS } from '../src/core/srl/scale';
import { VC_FAMILIES, VC_POINTS } from '../src/core/value-capture/checklist';
import * as F from '../src/contract/fields';
import { readCompletion, readLevel } from './cells';
import { formatEuros, formatPercent } from './format';
import { lang, t } from './lang';
import { S } from './strings';

/** The words a reviewer knows a field by (the conflict view names cells this way, not by column id). */
export function fieldLabel(sheet: InstrumentId, field: string): string {
  const l = lang();
  const [kind, ref] = field.split(':');
  switch (sheet) {
    case 'ami': {
      if (field === F.AMI_IMPROVEMENTS_FIELD) return t(S.improvements);
      const c = AMI_CRITERIA.find((x) => x.id === ref);
      if (!c) break;
      return kind === 'comment' ? `${t(S.comment)} – ${c.label[l]}` : c.label[l];
    }
    case 'srl':
      if (field === F.SRL_NOTES_FIELD) return t(S.evidenceNotes);
      if (field === F.SRL_TARGET_FIELD) return t(S.target);
      return `SRL ${ref} · ${SRL_LEVELS[Number(ref) - 1]?.title ?? ''}`;
    case 'vc': {
      const p = VC_POINTS.find((x) => x.id === ref);
      if (p) return kind === 'note' ? `${t(S.note)} – ${p.label[l]}` : p.label[l];
      const fam = VC_FAMILIES.find((x) => x.id === ref);
      if (fam) return fam.label[l];
      break;
    }
    case 'siat':
      for (const d of SIAT_DIMENSIONS) {
        const n = d.items.findIndex((i) => i.id === ref);
        if (n >= 0) return `${d.label[l]} ${n + 1}. ${d.items[n].label[l]}`;
      }
  }
  return field;
}

/** A cell value as the reviewer would read it in that field (« 2 · Intermédiaire », « 50 % », « 1 200 € »). */
export function fieldValue(sheet: InstrumentId, field: string, value: CellJson): string {
  if (isBlankCell(value)) return t(S.empty);
  const l = lang();
  const kind = field.split(':')[0];
  const scale = sheet === 'vc' ? 'checklist' : 'grid';
  if (kind === 'level' || kind === 'answer') {
    const level = readLevel(value, scale);
    if (level !== undefined && Number.isInteger(level)) {
      const point = sheet === 'vc' ? VC_POINTS.find((p) => p.id === field.split(':')[1]) : undefined;
      return point ? vcAnswerText(point, level, l) : `${level} · ${levelLabel(level, l)}`;
    }
  }
  if (kind === 'evidence') {
    const c = readCompletion(value);
    if (c !== undefined && !Number.isNaN(c)) return formatPercent(c);
  }
  if (kind === 'item' && typeof value === 'number' && SIAT_SCALE[value - 1]) return `${value} · ${SIAT_SCALE[value - 1][l]}`;
  if (kind === 'amount' && typeof value === 'number') return formatEuros(value);
  return String(value);
}
