import { latestByReviewer, toDateKey } from '../../core/assessments/aggregate';
import { isBlank } from '../../core/cells/text';

/** An instrument sheet's rows and its columns by id (src/sheets/table.ts Table, without the sheet). */
interface Rows {
  rows: readonly (readonly unknown[])[];
  columns: ReadonlyMap<string, number>;
}

/**
 * The rows of one project (positions in `table.rows`) that count in its consensus, exactly as
 * Projets' formulas count them (templates/formulas.ts latestArgs): each reviewer's latest assessment
 * (core latestByReviewer, dates read as LATEST reads them), then the recused ones left out — a
 * reviewer whose latest assessment is recused counts nowhere. Undefined when one of the project's
 * dates is no date: Projets shows its ⚠ for the project, the dashboard leaves it out. A sheet
 * without a reviewer or date column (an older layout) counts every row not recused.
 */
export function countedRows(table: Rows, rows: readonly number[]): number[] | undefined {
  const [reviewer, date, recused] = ['reviewer', 'date', 'recused'].map((id) => table.columns.get(id));
  const dates = rows.map((r) => (date === undefined || isBlank(table.rows[r][date]) ? undefined : toDateKey(table.rows[r][date])));
  if (dates.some((d) => d !== undefined && Number.isNaN(d))) return undefined;
  const latest =
    reviewer === undefined
      ? rows
      : latestByReviewer(
          rows,
          rows.map((r) => table.rows[r][reviewer]),
          dates,
        );
  // The checkbox's value, as Projets' `=TRUE()` compares it.
  return latest.filter((r) => recused === undefined || table.rows[r][recused] !== true);
}
