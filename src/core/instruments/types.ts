import type { Lang, Text } from '../i18n';

/**
 * The shapes every framework is declared with (see index.ts): a sheet's columns and their kinds,
 * the sidebar tab that edits them. Pure data, no Apps Script: the server, the sheets layer and the
 * sidebar all read the same declarations.
 */
export type ColumnKind =
  | 'id' // project ID (P-0001): the key every instrument sheet matches on
  | 'text' // free text written by users: always written as literal text
  | 'status' // project status dropdown
  | 'publics' // priority publics (seed 002): a dropdown that only warns, several publics joined in one cell
  | 'decision' // the committee's decision dropdown (Retenu / Ajourné / Refusé / En attente)
  | 'reviewer' // who assessed: part of an assessment row's key, written by the panel, free text
  | 'review-status' // an assessment's state dropdown (En cours / Terminée)
  | 'flag' // a checkbox (TRUE/FALSE)
  | 'date'
  | 'level' // 0–3 AMI level dropdown (Inexistant … Fort)
  | 'marker' // 0–3 level of an Institut Godin marker, on the same words (the add-on's own scale, core/godin/markers.ts)
  | 'answer' // 0–3 value-capture answer dropdown
  | 'completion' // SRL evidence of one level: 0–100 %
  | 'srl' // a declared SRL 1–9 (target)
  | 'siat' // a SIAT item answer 1–5
  | 'choice' // oui / en partie / non (a declared checklist's answer, see kinds.ts CHOICES)
  | 'category' // a target social system actor's category of innovation (seed 003's four, core/system/target-system.ts)
  | 'role' // that actor's role in leading the innovation (seed 003's three sentences)
  | 'step' // an experimentation protocol step's status: à faire / en cours / fait (core/protocol/steps.ts)
  | 'grid-level' // a level of a grid users define (core/grids): the grid's own levels, in ColumnSpec.levels
  | 'amount' // euros
  | 'number'
  | 'percent' // a proportion 0–1 shown as %
  | 'years'
  | 'start' // an SROI outcome's start, whole years after the activity (0 during it)
  | 'computed'; // filled by a formula in the header cell: never written by the add-on's actions

export interface ColumnSpec {
  id: string;
  header: Text;
  aliases?: readonly string[];
  kind: ColumnKind;
  /** Help shown in the data validation and the header's note. */
  help?: Text;
  /** The framework element this column holds (criterion id, SRL level, point id, item id, family id). */
  ref?: string;
  /** Number format of the data cells when the kind's default does not fit (see formats.ts). */
  format?: string;
  /**
   * A computed column declared as data: how many of the sheet's `choice` columns hold this answer
   * (kinds.ts CHOICES value, e.g. 2 = oui). The formula is written by src/sheets/templates/formulas.ts.
   */
  counts?: number;
  /** A `grid-level` column's accepted levels (a grid users define, core/grids/definition.ts). */
  levels?: readonly number[];
}

/**
 * A Paramètres value passed to a function, by its key in PARAMETER_NAMES (src/sheets/templates/
 * parameters.ts), optionally masked: `only` (one 0 or 1 per row of the named range) keeps some of
 * its rows, e.g. the AMI weights of one group, so that AMI_SCORE gives that group's score.
 */
export type SummaryArg = string | { parameter: string; only: readonly number[] };

/**
 * A column of Projets: per project, a figure of the instrument computed over the project's
 * assessments (one row per assessment in the instrument's sheet, issue 11). Declared as data; the
 * formula is written by src/sheets/templates/formulas.ts.
 */
export interface SummaryColumn {
  id: string;
  header: Text;
  aliases?: readonly string[];
  /**
   * `fn` (a contract v1 function) applied to the consensus of the instrument's `inputs` columns
   * (CONSENSUS over the project's assessments, recused ones left out, with Paramètres'
   * METHODE_CONSENSUS), then `args`; without `fn`, the consensus itself (one input column).
   */
  consensus?: { inputs: () => readonly string[]; fn?: string; args?: readonly SummaryArg[] };
  /** Or `fn` applied to another column of Projets (the SRL phase of the consensus SRL), then `args`. */
  of?: { column: string; fn: string; args?: readonly SummaryArg[] };
  /**
   * Or where the project stood (issue 12): the value of the instrument sheet's own `column` (a
   * computed one, e.g. « Total AMI », or « Date ») in the project's `rank`-th latest assessment (1
   * now, 2 the time before), by LATEST over the assessments that hold a value in `holding` (default
   * `column`), recused ones left out: one custom-function run over whole ranges. `date`: the value
   * read as a date (READ_DATE), so that Projets compares it with TODAY().
   */
  latest?: { column: string; rank: number; holding?: string; date?: true };
  /** Or the change between two columns of Projets, `now − before`: blank unless both are numbers. */
  change?: { now: string; before: string };
  /** Neither: a column Projets computes itself (the SIAT tab's social value and SROI, from Valorisation). */
  format?: string;
}

/** Several summary columns as one call: `fn(CONSENSUS(…inputs…); args…)` spilling into `columns`. */
export interface SummaryBlock {
  columns: readonly string[];
  consensus: { inputs: () => readonly string[]; fn: string; args?: readonly SummaryArg[] };
}

import type { InstrumentId } from './index';

export type { InstrumentId };

/** `grid`: the assessment sheet of a grid users define (one per grid, core/grids/sheet.ts), outside WORKBOOK. */
export type SheetId = 'projects' | InstrumentId | 'valuation' | 'system' | 'committee' | 'opinions' | 'grid';

export interface SheetSpec {
  id: SheetId;
  name: Text;
  columns: readonly ColumnSpec[];
  /** The named range that covers the table (users' formulas and the dashboard refer to it). */
  namedRange: string;
}

/** One framework, declared once: everything per instrument in the other layers derives from it. */
export interface Instrument {
  id: InstrumentId;
  /** Its sheet: name, named range, columns with their kinds (columns built on first read). */
  sheet: SheetSpec & { id: InstrumentId };
  /** Its sidebar tab. */
  tab: { short: Text; full: Text };
  /** Its columns in Projets, in order (the portfolio at a glance). */
  summary: readonly SummaryColumn[];
  /**
   * Summary columns one function of the consensus fills side by side (AMI_PROFILE's four), in the
   * function's column order, which `summary` follows. Where a workbook has them elsewhere (setup never
   * moves a user's column), each column keeps its own formula (its SummaryColumn's).
   */
  summaryBlocks?: readonly SummaryBlock[];
  /** Where its wording comes from, shown under its sidebar tab. */
  source?: { citation: string; licence?: string };
  /**
   * The words a reviewer knows a field by (the conflict view names cells this way), when they are
   * not the column's header; undefined for the others.
   */
  fieldLabel?(field: string, lang: Lang): string | undefined;
}
