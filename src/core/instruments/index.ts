import type { Lang } from '../i18n';
import { AMI_INSTRUMENT } from './ami';
import { COMMITTEE } from './committee';
import { ASSESSMENT_STATE } from './columns';
import { GODIN_INSTRUMENT } from './godin';
import { ISR_INSTRUMENT } from './isr';
import { KINDS } from './kinds';
import { PROTOCOL_INSTRUMENT } from './protocol';
import { RND_INSTRUMENT } from './rnd';
import { SIAT_INSTRUMENT } from './siat';
import { SRL_INSTRUMENT } from './srl';
import { PROJECTS, SYSTEM, VALUATION } from './sheets';
import type { ColumnSpec, Instrument, SheetSpec } from './types';
import { VALUE_CAPTURE_INSTRUMENT } from './value-capture';

export type { ColumnKind, ColumnSpec, Instrument, SheetId, SheetSpec, SummaryColumn } from './types';

/** The instruments, in the order of the workbook's sheets and the sidebar's tabs. */
export const INSTRUMENT_IDS = ['ami', 'srl', 'vc', 'siat', 'isr', 'rnd', 'godin', 'protocol'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/**
 * The list of instruments: each framework declared once (its sheet, columns and kinds, sidebar tab).
 * The schema, the contract's field ids, the sidebar's tabs, editable fields and labels derive from
 * it; every table kept per instrument elsewhere is a Record<InstrumentId, …>, so the compiler names
 * a place a new instrument has not reached. To add one: see README « Ajouter un cadre ».
 */
export const INSTRUMENTS: Record<InstrumentId, Instrument> = {
  ami: AMI_INSTRUMENT,
  srl: SRL_INSTRUMENT,
  vc: VALUE_CAPTURE_INSTRUMENT,
  siat: SIAT_INSTRUMENT,
  isr: ISR_INSTRUMENT,
  rnd: RND_INSTRUMENT,
  godin: GODIN_INSTRUMENT,
  protocol: PROTOCOL_INSTRUMENT,
};

/** Sheets made of one row per project, matched by ID to Projets by syncProjects and the sidebar (listed: the top level builds nothing). */
export const INSTRUMENT_SHEETS: readonly SheetSpec[] = [
  AMI_INSTRUMENT.sheet,
  SRL_INSTRUMENT.sheet,
  VALUE_CAPTURE_INSTRUMENT.sheet,
  SIAT_INSTRUMENT.sheet,
  ISR_INSTRUMENT.sheet,
  RND_INSTRUMENT.sheet,
  GODIN_INSTRUMENT.sheet,
  PROTOCOL_INSTRUMENT.sheet,
];

/** The workbook's sheets, in order: Projets, the instruments, Valorisation, the target social system, Comité. */
export const WORKBOOK: readonly SheetSpec[] = [
  PROJECTS,
  AMI_INSTRUMENT.sheet,
  SRL_INSTRUMENT.sheet,
  VALUE_CAPTURE_INSTRUMENT.sheet,
  SIAT_INSTRUMENT.sheet,
  ISR_INSTRUMENT.sheet,
  RND_INSTRUMENT.sheet,
  GODIN_INSTRUMENT.sheet,
  PROTOCOL_INSTRUMENT.sheet,
  VALUATION,
  SYSTEM,
  COMMITTEE,
];

/**
 * The project name is copied from Projets into each sheet by the sync: editing it there would
 * diverge. An assessment's state (recusal and its reason) has the panel's own controls.
 */
export function isEditable(column: ColumnSpec): boolean {
  return KINDS[column.kind].editable && column.id !== 'name' && !ASSESSMENT_STATE.includes(column);
}

/** The fields the sidebar edits in an instrument's sheet: its editable columns. */
export function editableFields(id: InstrumentId): string[] {
  return INSTRUMENTS[id].sheet.columns.filter(isEditable).map((c) => c.id);
}

/** The words a reviewer knows a field by: the instrument's own name for it, else its column's header. */
export function fieldLabel(id: InstrumentId, field: string, lang: Lang): string {
  const instrument = INSTRUMENTS[id];
  return instrument.fieldLabel?.(field, lang) ?? instrument.sheet.columns.find((c) => c.id === field)?.header[lang] ?? field;
}
