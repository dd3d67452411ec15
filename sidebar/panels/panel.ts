import type { CellJson } from '../../src/contract/cells';
import type { InstrumentId } from '../../src/contract/endpoints';
import { choiceGroup, notice, numberField, textArea, type ChoiceGroup } from '../controls';
import { el, type Child } from '../dom';
import { t } from '../lang';
import type { ProjectModel } from '../model';
import { format, S } from '../strings';

/** One tab's content: built once per project and language, with live figures refreshed on each edit. */
export interface Panel {
  element: HTMLElement;
  refresh(): void;
  /** The tab's key figure, repeated in the sticky footer while the reviewer scrolls the grid. */
  headline(): string;
}

export type SheetFields = ReturnType<typeof sheetFields>;

/** The controls of one sheet, bound to the model: each edit is recorded against the sheet's field. */
export function sheetFields(model: ProjectModel, sheet: InstrumentId) {
  const disabled = (field: string) => !model.editable(sheet, field);
  return {
    value: (field: string): CellJson => model.value(sheet, field),
    disabled,
    choice: (field: string, spec: Omit<ChoiceGroup, 'disabled' | 'onChange' | 'raw'>) =>
      choiceGroup({ ...spec, raw: model.value(sheet, field), disabled: disabled(field), onChange: (v) => model.set(sheet, field, v) }),
    text: (field: string, label: string, rows = 2) =>
      withMissing(
        model,
        sheet,
        field,
        textArea(label, model.value(sheet, field), disabled(field), (v) => model.set(sheet, field, v), rows),
      ),
    number: (field: string, label: string, invalid: string, accept: (n: number) => boolean, extra?: Partial<Record<string, string>>) =>
      withMissing(
        model,
        sheet,
        field,
        numberField(label, model.value(sheet, field), disabled(field), invalid, accept, (v) => model.set(sheet, field, v), extra),
      ),
  };
}

function withMissing(model: ProjectModel, sheet: InstrumentId, field: string, control: HTMLElement): HTMLElement {
  if (model.record(sheet).status === 'ok' && model.record(sheet).missing.includes(field)) control.append(el('p', { class: 'small gray' }, t(S.missingColumn)));
  return control;
}

/** Why a sheet cannot be edited for this project (missing sheet, duplicate key), or that my row is still to be made. */
export function recordNotice(model: ProjectModel, sheet: InstrumentId): HTMLElement | null {
  const r = model.record(sheet);
  if (r.status === 'ok') return null;
  const text = r.status === 'no-sheet' ? S.noSheet : r.status === 'no-row' ? S.noRow : S.duplicate;
  // No row yet is no obstacle: the first save creates my row.
  return notice(format(t(text), { sheet: r.sheetName, rows: r.rows.join(', ') }), r.status === 'no-row' ? 'info' : 'warning');
}

/** The live figures block at the top of a tab. */
export function liveBlock(title: string, body: HTMLElement): HTMLElement {
  return el(
    'section',
    { class: 'live block', 'aria-label': `${title} (${t(S.live).toLowerCase()})` },
    el('h2', {}, title, ' ', el('span', { class: 'badge' }, t(S.live))),
    body,
  );
}

/** A label / value line of a live block. */
export function figure(label: string, value: Child, extra?: Child): HTMLElement {
  return el('div', { class: 'figure' }, el('span', { class: 'figure-label' }, label), el('span', { class: 'figure-value' }, value), extra);
}

export function provisional(filled: number, total: number): HTMLElement | null {
  return filled < total ? el('p', { class: 'small gray' }, format(t(S.provisional), { n: filled, total })) : null;
}

export function sourceNote(citation: string, licence?: string): HTMLElement {
  return el('footer', { class: 'source small gray' }, el('p', {}, t(S.source), citation), licence ? el('p', {}, licence) : null);
}
