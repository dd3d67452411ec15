import { parseSavedMapping, type Mapping } from '../../core/import/mapping';

/** The document property holding the last confirmed mapping (JSON: field id → export column names). */
const KEY = 'dsImportMapping';

/** The mapping confirmed at the last import of this workbook, or none. One Properties read. */
export function loadMapping(): Mapping {
  return parseSavedMapping(PropertiesService.getDocumentProperties().getProperty(KEY));
}

/** Kept with the workbook (document properties): whoever imports the next export starts from it. One write. */
export function saveMapping(mapping: Mapping): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(mapping));
}
