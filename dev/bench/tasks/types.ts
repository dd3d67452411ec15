/**
 * A benchmark task: one operation timed at several sizes. Custom functions live in functions.ts;
 * workbook actions on the in-memory fake (setupWorkbook, syncProjects, buildDashboard) can be added
 * as another module exporting a `BenchTask[]`, listed in bench.ts.
 */
export interface Prepared {
  /** The timed operation (called once per run, after warm-up runs). */
  run(): unknown;
  /** Apps Script service calls made by the runs so far (what a quota or the 30-s limit cares about). */
  serviceCalls(): number;
  /** Calls per method and cells moved by the last run (workbook tasks), for the latency estimate. */
  counts?(): { byMethod: Record<string, number>; cells: number };
  /** A result that is neither a time nor a call count, printed after the row (e.g. custom-function runs). */
  note?(): string;
  /** Optional check of the last result, so a broken operation is not timed as a fast one. */
  check?(result: unknown): void;
}

export interface BenchTask {
  /** Shown in the table, e.g. "AMI_SCORE" or "setupWorkbook". */
  name: string;
  /** The sizes to time, in rows of data. */
  sizes: readonly number[];
  /** Print each size's time as a multiple of the previous size's (the growth ratio). */
  growth?: boolean;
  /** Builds the input for `size` rows (not timed) and returns the operation to time. */
  prepare(size: number): Prepared;
}
