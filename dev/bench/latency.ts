/**
 * Latency model for `npm run bench`: turns the fake's counts (calls per method, cells moved) into an
 * estimated Apps Script time, low–high. Assumptions and sources (../shared/notes/real-sheets-findings.md
 * « Cost of service calls »): Google's best-practices page (batched reads/writes ~70× faster than cell
 * by cell); a 4,000-cell setValues measured under 50 ms; flush() 610 ms; getProperty about 30 ms; no
 * published figure for validation, protection and charts: assume 50–150 ms per write; 5 µs per cell moved
 * (high), 1 µs (low). Calls that stay inside the script (getRange, getSheetByName…) cost 0–5 ms.
 * These are estimates to compare actions and versions, not measurements.
 */
export interface Kind {
  name: string;
  /** Milliseconds per call, low and high. */
  low: number;
  high: number;
  test: RegExp;
}

/** First matching kind wins (order matters: format/validation before plain writes). */
export const KINDS: readonly Kind[] = [
  { name: 'flush', low: 100, high: 610, test: /\.flush$/ },
  // Builders (DataValidationBuilder, ConditionalFormatRuleBuilder, EmbeddedChartBuilder…) only assemble an
  // object in the script: nothing reaches the spreadsheet until the rule or chart is set. The same for
  // SpreadsheetApp.newDataValidation() and its kin, which only create the builder.
  // A chart's modify() and a rule's copy() hand back such a builder too, and Sheet.newChart() makes one.
  {
    name: 'builder',
    low: 0,
    high: 1,
    test: /^[A-Za-z]*Builder\.|^SpreadsheetApp\.new|^Sheet\.newChart$|^EmbeddedChart\.modify$|^(DataValidation|ConditionalFormatRule)\.copy$/,
  },
  // Reading a format, a rule, a protection or a chart (Range.getNumberFormats, Sheet.getCharts, a
  // chart's ranges and options) is a read: the 50–150 ms below is assumed for writing one.
  {
    name: 'read (formats, rules, charts)',
    low: 5,
    high: 50,
    test: /^(?=.*(Format|Validation|Protection|protect|Chart|Background|Font|Border|Banding))[A-Za-z]+\.(get|is|has|can)(?![a-z])/,
  },
  {
    name: 'format/validation/protection/chart',
    low: 50,
    high: 150,
    test: /(Format|Validation|Protection|protect|Chart|Background|Font|Border|Banding|ConditionalFormat|setColumnWidth|setFrozen|merge|setWrap|setHorizontalAlignment|setVerticalAlignment)/,
  },
  { name: 'properties', low: 10, high: 30, test: /^(PropertiesService|Properties)\./ },
  { name: 'lock', low: 10, high: 50, test: /^(LockService|Lock)\./ },
  { name: 'ui', low: 5, high: 50, test: /^(Ui|HtmlService|HtmlOutput|SpreadsheetApp\.getUi)/ },
  {
    name: 'read',
    low: 5,
    high: 50,
    test: /^(Range\.get(Values|DisplayValues|Formulas|Notes|Value|DisplayValue|Formula|Note|RichText)|Sheet\.getSheetValues$)/,
  },
  { name: 'write', low: 5, high: 50, test: /\.(set|clear|insert|delete|append)/ },
  { name: 'other', low: 0, high: 5, test: /./ },
];

/** Milliseconds per cell moved, low and high. */
export const PER_CELL = { low: 0.001, high: 0.005 };

export function kindOf(method: string): Kind {
  return KINDS.find((k) => k.test.test(method))!;
}

/** Estimated Apps Script milliseconds, low and high, for one run's calls per method and cells moved. */
export function estimate(byMethod: Record<string, number>, cells: number): { low: number; high: number } {
  let low = cells * PER_CELL.low;
  let high = cells * PER_CELL.high;
  for (const [m, n] of Object.entries(byMethod)) {
    const k = kindOf(m);
    low += n * k.low;
    high += n * k.high;
  }
  return { low, high };
}

/** The model as printed under the bench's table. */
export function describeModel(): string {
  const kinds = KINDS.map((k) => `${k.name} ${k.low}–${k.high} ms`).join('; ');
  return `Estimated Apps Script time (dev/bench/latency.ts): per call ${kinds}; per cell moved ${PER_CELL.low * 1000}–${PER_CELL.high * 1000} µs. Sources: Google best practices, a 4,000-cell setValues < 50 ms, flush 610 ms, getProperty ≈ 30 ms, 50–150 ms assumed for validation/protection/charts (../shared/notes/real-sheets-findings.md).`;
}
