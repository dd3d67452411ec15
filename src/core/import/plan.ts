import { toNumber } from '../cells/number';
import { isBlank } from '../cells/text';
import { readExportDate, type Dossier, type ImportedColumn, type ImportedValue } from './dossiers';

/** A project already in Projets, by its dossier number: its data row (0-based) and its imported columns' cells. */
export interface Existing {
  row: number;
  cells: Partial<Record<ImportedColumn, unknown>>;
}

export interface Update {
  dossier: Dossier;
  row: number;
  /** Only the cells whose value changes. */
  changes: Map<ImportedColumn, ImportedValue>;
}

export interface ImportPlan {
  added: Dossier[];
  updated: Update[];
  unchanged: Dossier[];
}

/** Whether a cell already holds the imported value (an amount as a number or a text `12 500,00`, a date to the minute). */
export function sameValue(cell: unknown, value: ImportedValue): boolean {
  if (isBlank(cell)) return false;
  if (typeof value === 'number') return toNumber(cell) === value;
  if (value instanceof Date) return readExportDate(cell)?.getTime() === value.getTime();
  return String(cell).trim() === value;
}

/**
 * What importing these dossiers does to Projets: a dossier whose number is there updates that
 * project's cells the export fills and that differ (nothing else: its ID, its scores, the reviewers'
 * columns, a cell the export leaves blank), a new number is a new project.
 */
export function planImport(existing: ReadonlyMap<string, Existing>, dossiers: readonly Dossier[]): ImportPlan {
  const plan: ImportPlan = { added: [], updated: [], unchanged: [] };
  for (const dossier of dossiers) {
    const there = existing.get(dossier.number);
    if (!there) {
      plan.added.push(dossier);
      continue;
    }
    const changes = new Map<ImportedColumn, ImportedValue>();
    for (const [column, value] of Object.entries(dossier.values) as [ImportedColumn, ImportedValue][]) {
      if (column in there.cells && !sameValue(there.cells[column], value)) changes.set(column, value);
    }
    if (changes.size) plan.updated.push({ dossier, row: there.row, changes });
    else plan.unchanged.push(dossier);
  }
  return plan;
}
