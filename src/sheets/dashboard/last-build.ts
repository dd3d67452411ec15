/**
 * What the last « Mettre à jour le tableau de bord » left on the dashboard sheet, kept in the
 * document properties so that every user's refresh sees it: how many rows its data block took (the
 * rows a shorter block leaves are blanked, and no others: a user's cells below stay; without a
 * record, none is) and the spec of each chart it drew (charts.ts keeps those it would draw the same).
 * For one sheet: a record kept for another (the dashboard deleted and made again) is no record.
 */
const KEY = 'grilles-innovation-sociale/dashboard';

interface Stored {
  sheetId: number;
  rows: number;
  charts: string[];
}

export interface LastBuild {
  /** Unknown when nothing is recorded (a first build, a build by an earlier version). */
  rows?: number;
  charts: ReadonlySet<string>;
  raw: string | null;
}

export function readLastBuild(sheetId: number): LastBuild {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  try {
    const stored = raw ? (JSON.parse(raw) as Partial<Stored>) : null;
    if (stored?.sheetId !== sheetId) return { charts: new Set(), raw };
    const rows = Number.isInteger(stored.rows) && stored.rows! > 0 ? stored.rows : undefined;
    const charts = Array.isArray(stored.charts) ? stored.charts.filter((c): c is string => typeof c === 'string') : [];
    return { rows, charts: new Set(charts), raw };
  } catch {
    return { charts: new Set(), raw };
  }
}

/** Keeps what this build left; nothing is written when it is what the last one left. */
export function rememberBuild(last: LastBuild, now: Stored): void {
  const text = JSON.stringify(now);
  if (text !== last.raw) PropertiesService.getDocumentProperties().setProperty(KEY, text);
}
