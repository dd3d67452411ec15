import { headerKey, isBlank } from '../cells/text';
import { FIRST_FILLED_FIELDS, IMPORT_FIELDS, JOINED_FIELDS, type ImportFieldId } from './fields';

/**
 * Which export columns feed which field, by the columns' names as the export writes them (never by
 * position). Saved in the workbook's document properties and reused for the next export: a field
 * whose saved columns are all still there keeps them, whatever the export's order.
 */
export type Mapping = Partial<Record<ImportFieldId, string[]>>;

/** Where each mapped field's columns are in one export's header row (0-based), and the unmapped columns. */
export interface Located {
  columns: Map<ImportFieldId, number[]>;
  /** Header cells no field reads (shown to the user: they may hold a field under an unusual name). */
  unused: string[];
}

const keyOf = (text: unknown) => headerKey(text);

/**
 * The proposed mapping for an export's header row: each field takes the first of its known names
 * found (a saved choice first; the holder every one found, fields.ts FIRST_FILLED_FIELDS), then a name ending with one of its suffixes; a column serves one
 * field only, in IMPORT_FIELDS' order (so « ID » is the dossier number, never a project's name).
 */
export function proposeMapping(header: readonly unknown[], saved: Mapping = {}): Mapping {
  const keys = header.map(keyOf);
  const taken = new Set<number>();
  const at = (name: string) => keys.findIndex((k, i) => k !== '' && k === keyOf(name) && !taken.has(i));
  const mapping: Mapping = {};
  for (const field of IMPORT_FIELDS) {
    const kept = saved[field.id]?.map(at) ?? [];
    let chosen = kept.length && kept.every((i) => i >= 0) ? kept : [];
    if (!chosen.length) {
      const found = field.names.map(at).filter((i) => i >= 0);
      if (JOINED_FIELDS.has(field.id)) chosen = found.length === field.names.length ? found : [];
      else chosen = FIRST_FILLED_FIELDS.has(field.id) ? found : found.slice(0, 1);
    }
    if (!chosen.length && field.suffixes) {
      const suffixes = field.suffixes.map(keyOf);
      const i = keys.findIndex((k, j) => k !== '' && !taken.has(j) && suffixes.some((s) => k.endsWith(s) && k !== s));
      if (i >= 0) chosen = [i];
    }
    if (!chosen.length) continue;
    for (const i of chosen) taken.add(i);
    mapping[field.id] = chosen.map((i) => String(header[i]).trim());
  }
  return mapping;
}

/** The mapping's columns in this header row; a name not found (the export changed) leaves its field unmapped. */
export function locate(header: readonly unknown[], mapping: Mapping): Located {
  const keys = header.map(keyOf);
  const columns = new Map<ImportFieldId, number[]>();
  const used = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const names = mapping[field.id];
    if (!names?.length) continue;
    const at = names.map((n) => keys.indexOf(keyOf(n)));
    if (at.some((i) => i < 0)) continue;
    columns.set(field.id, at);
    for (const i of at) used.add(i);
  }
  const unused = header.flatMap((h, i) => (used.has(i) || isBlank(h) ? [] : [String(h).trim()]));
  return { columns, unused };
}

/** A mapping read back from the document properties: anything malformed counts as no saved mapping. */
export function parseSavedMapping(json: string | null): Mapping {
  if (!json) return {};
  try {
    const raw: unknown = JSON.parse(json);
    if (!raw || typeof raw !== 'object') return {};
    const mapping: Mapping = {};
    for (const field of IMPORT_FIELDS) {
      const names = (raw as Record<string, unknown>)[field.id];
      if (Array.isArray(names) && names.length && names.every((n) => typeof n === 'string')) mapping[field.id] = names as string[];
    }
    return mapping;
  } catch {
    return {};
  }
}
