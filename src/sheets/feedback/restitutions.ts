import { toDateKey } from '../../core/assessments/aggregate';
import { toLevel } from '../../core/cells/level';
import { isBlank } from '../../core/cells/text';
import {
  type RestitutionInput,
  type RestitutionLine,
  RESTITUTION_SHEET,
  RESTITUTIONS_SHEET,
  restitutionLines,
  type SharedComment,
} from '../../core/feedback/restitution';
import type { Lang, Text } from '../../core/i18n';
import { AMI_IMPROVEMENTS_FIELD, AMI_SHARE_FIELD, amiCommentField, amiLevelFields } from '../../core/instruments/ami';
import { AMI_CRITERIA } from '../../core/ami/grid';
import { COMMITTEE } from '../../core/instruments/committee';
import { INSTRUMENTS } from '../../core/instruments';
import { VC_POINTS } from '../../core/value-capture/checklist';
import { vcAnswerField } from '../../core/instruments/value-capture';
import { problem } from '../../core/problem';
import { countedRows } from '../dashboard/counted';
import { readAll } from '../dashboard/figures/figure';
import { SRL_EVIDENCE_FIELDS, srlOfEvidence } from '../dashboard/figures/srl';
import { rowsOf } from '../dashboard/summary';
import { AUTOMATIC_FORMAT } from '../formats';
import { type CellInput, writeCells } from '../literal';
import { menuItem } from '../menu-captions';
import { createOwnSheet, leftAlone, type OwnedSheet, ownSheet } from '../owned';
import { readParameters } from '../parameters-reader';
import { PROJECTS } from '../schema';
import { FIRST_DATA_ROW, indexById, projectId, type Table, value } from '../table';
import { listSheets, readSheet } from '../workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The add-on's restitution sheets (see owned.ts): « Fiche de restitution » for one project, and
 * « Restitutions » with a block per project for the whole call. Each is rewritten whole on a re-run
 * (never a second one), and a user's sheet of that name is left alone.
 */
const ONE: OwnedSheet = { role: 'restitution', name: RESTITUTION_SHEET, madeByEarlierVersion: () => false };
const ALL: OwnedSheet = { role: 'restitutions', name: RESTITUTIONS_SHEET, madeByEarlierVersion: () => false };

/**
 * Three columns, 640 px in all: the width an A4 portrait page prints at 100 % with Sheets' normal
 * margins (21 cm − 2 × 1,9 cm ≈ 17,2 cm ≈ 650 px at 96 dpi). Long words wrap in their cell.
 */
export const COLUMN_WIDTHS = [170, 70, 400] as const;

const STYLE: Record<RestitutionLine['style'], { weight: 'bold' | 'normal'; size: number; background: string }> = {
  title: { weight: 'bold', size: 14, background: '#d9ead3' },
  heading: { weight: 'bold', size: 11, background: '#eeeeee' },
  row: { weight: 'normal', size: 10, background: '#ffffff' },
  note: { weight: 'normal', size: 10, background: '#ffffff' },
};

export interface RestitutionReport {
  projects: number;
  sheetName: string;
  /** Paramètres settings the formulas reject: their defaults were used. */
  problems: Text[];
  leftAlone?: Text;
}

/**
 * Writes the restitution of `only` (a project ID) into « Fiche de restitution », or of every project
 * of Projets, in its order, into « Restitutions ». Reads Projets, the AMI, SRL and value-capture
 * sheets and « Comité » once each, and writes one block: O(1) service calls whatever the number of
 * projects. The caller holds the document lock.
 */
export function writeRestitutions(ss: Spreadsheet, lang: Lang, only?: string): RestitutionReport {
  const projects = readSheet(ss, PROJECTS);
  if (!projects?.columns.has('id')) {
    throw problem(
      `Pas de feuille Projets avec une colonne ID : lancez d’abord ${menuItem('setupWorkbook', 'fr')} (ou ${menuItem('loadDemo', 'fr')}).`,
      `No Projects sheet with an ID column: first run ${menuItem('setupWorkbook', 'en')} (or ${menuItem('loadDemo', 'en')}).`,
    );
  }
  const index = indexById(projects);
  const listed = [...index.byId.keys()].filter((id) => !index.duplicates.has(id));
  if (only !== undefined && !listed.includes(only)) {
    throw problem(
      `Le projet « ${only} » n’est pas dans la feuille Projets (ou son ID y figure sur plusieurs lignes) : placez le curseur sur la ligne d’un projet listé dans Projets, puis relancez.`,
      `Project "${only}" is not in the Projects sheet (or its ID is on several rows): put the cursor on the row of a project listed in Projects, then run it again.`,
    );
  }
  const ids = only === undefined ? listed : [only];
  if (!ids.length) {
    throw problem(
      'La feuille Projets ne liste aucun projet (une ligne par projet, avec son ID) : rien à restituer, aucune feuille n’a été écrite.',
      'The Projects sheet lists no project (one row per project, with its ID): nothing to report, no sheet was written.',
    );
  }
  const { parameters, problems } = readParameters(ss, ['amiWeights', 'srlThreshold', 'consensusMethod']);
  const ami = readSheet(ss, INSTRUMENTS.ami.sheet);
  const srl = readSheet(ss, INSTRUMENTS.srl.sheet);
  const vc = readSheet(ss, INSTRUMENTS.vc.sheet);
  const committee = readSheet(ss, COMMITTEE);
  const wanted = new Set(ids);
  const consensus = (table: Table | undefined) => new Map(rowsOf(table, wanted, parameters.consensusMethod).map((r) => [r.id, r]));
  const [amiRows, srlRows, vcRows] = [ami, srl, vc].map(consensus);
  const decisions = committee ? indexById(committee) : undefined;
  const shared = sharedComments(ami, wanted);
  const name = (id: string) => String(value(projects, projects.rows[index.byId.get(id)!], 'name') ?? '');
  const vcFields = VC_POINTS.map((p) => vcAnswerField(p.id));
  // A sheet's name, asked only for a message and once a sheet.
  const names = new Map<Table, string>();
  const sheetName = (t: Table) => names.get(t) ?? names.set(t, t.sheet.getName()).get(t)!;

  // Read once a sheet, not once a project: a call of 10,000 projects stays linear.
  const dateWarnings = [ami, srl, vc].map((t) => badDates(t, lang, sheetName));
  const lines = ids.flatMap((id, k): RestitutionLine[] => {
    const decisionRow = decisions?.byId.get(id);
    const input: RestitutionInput = {
      id,
      name: name(id),
      decision: committee && decisionRow !== undefined ? value(committee, committee.rows[decisionRow], 'decision') : '',
      amiLevels: readAll(amiRows.get(id)?.cells(amiLevelFields()), (v) => toLevel(v, 'grid')),
      amiWeights: parameters.amiWeights,
      srl: ((level) => (level === null || Number.isNaN(level) ? null : level))(
        srlOfEvidence(srlRows.get(id)?.cells(SRL_EVIDENCE_FIELDS()), parameters.srlThreshold),
      ),
      vcAnswers: readAll(vcRows.get(id)?.cells(vcFields), (v) => toLevel(v, 'checklist')),
      comments: shared.get(id) ?? [],
      warnings: dateWarnings.flatMap((byId) => byId.get(id) ?? []),
    };
    // A blank row between two projects' blocks.
    const blank: RestitutionLine[] = k > 0 ? [{ style: 'note', label: '', value: '', detail: '' }] : [];
    return [...blank, ...restitutionLines(input, lang)];
  });

  const spec = only === undefined ? ALL : ONE;
  // The sheet list read once for the look-up and, when there is no sheet yet, its creation.
  const known = { sheets: listSheets(ss) };
  const own = ownSheet(ss, spec, known);
  const created = own ? null : createOwnSheet(ss, spec, lang, known);
  const sheet = own ?? created!.sheet;
  // The previous restitution goes whole (values and formats): a shorter one leaves nothing behind.
  if (own) sheet.clear();
  // A new sheet has 26 columns: three are kept, so that a long call's rows do not count 26 cells each
  // against the spreadsheet's 10 million.
  if (created) {
    const columns = sheet.getMaxColumns();
    if (columns > COLUMN_WIDTHS.length) sheet.deleteColumns(COLUMN_WIDTHS.length + 1, columns - COLUMN_WIDTHS.length);
  }
  // A new sheet has 1,000 rows: a call of a few dozen projects needs more (getRange refuses past the last).
  const rows = sheet.getMaxRows();
  if (lines.length > rows) sheet.insertRowsAfter(rows, lines.length - rows);
  COLUMN_WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  const range = sheet.getRange(1, 1, lines.length, COLUMN_WIDTHS.length);
  const styles = lines.map((l) => STYLE[l.style]);
  range.setFontWeights(styles.map((s) => COLUMN_WIDTHS.map(() => s.weight)));
  range.setFontSizes(styles.map((s) => COLUMN_WIDTHS.map(() => s.size)));
  range.setBackgrounds(styles.map((s) => COLUMN_WIDTHS.map(() => s.background)));
  range.setWrap(true);
  range.setVerticalAlignment('top');
  // Column B holds whole levels and averages (2,67): a format each, set before the values.
  range.setNumberFormats(
    lines.map((l) => [AUTOMATIC_FORMAT, typeof l.value === 'number' && !Number.isInteger(l.value) ? '0.00' : AUTOMATIC_FORMAT, AUTOMATIC_FORMAT]),
  );
  // Every cell is on Automatic (just set): no format to read; each text behind its apostrophe (literal.ts).
  writeCells(
    range,
    lines.map((l): CellInput[] => [l.label, l.value, l.detail]),
    { noPlainText: true },
  );
  const written = sheet.getName();
  return { projects: ids.length, sheetName: written, problems, ...(created?.userSheet ? { leftAlone: leftAlone(created.userSheet, written) } : {}) };
}

/**
 * Per project, the comments of the AMI assessments whose reviewer ticked « Commentaires
 * partageables », among those its consensus counts (each reviewer's latest, not recused: counted.ts):
 * each criterion's comment, then the improvement areas. The reviewer's name is never read.
 */
function sharedComments(ami: Table | undefined, wanted: ReadonlySet<string>): Map<string, SharedComment[]> {
  const out = new Map<string, SharedComment[]>();
  if (!ami?.columns.has(AMI_SHARE_FIELD)) return out;
  const rowsById = new Map<string, number[]>();
  ami.rows.forEach((row, i) => {
    const id = projectId(value(ami, row, 'id'));
    if (wanted.has(id)) rowsById.set(id, [...(rowsById.get(id) ?? []), i]);
  });
  const fields: { field: string; criterion?: string }[] = [
    ...AMI_CRITERIA.map((c) => ({ field: amiCommentField(c.id), criterion: c.id })),
    { field: AMI_IMPROVEMENTS_FIELD },
  ];
  for (const [id, rows] of rowsById) {
    const kept = (countedRows(ami, rows) ?? []).filter((r) => value(ami, ami.rows[r], AMI_SHARE_FIELD) === true);
    const comments: SharedComment[] = [];
    const seen = new Set<string>();
    for (const { field, criterion } of fields)
      for (const r of kept) {
        const cell = value(ami, ami.rows[r], field);
        if (isBlank(cell)) continue;
        const text = String(cell).trim();
        // Two reviewers who wrote the same words: said once.
        const key = `${criterion ?? ''}\u0000${text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        comments.push(criterion ? { criterion, text } : { text });
      }
    out.set(id, comments);
  }
  return out;
}

/**
 * A date that is no date in one of the project's assessments keeps its consensus from being drawn
 * (Projets shows its ⚠, counted.ts): said where it is, so the fiche never passes it off as
 * « incomplete ». Per project ID, in the sheet's order, from one pass over the sheet.
 */
function badDates(table: Table | undefined, lang: Lang, sheetName: (t: Table) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const at = table?.columns.get('date');
  if (!table || at === undefined) return out;
  table.rows.forEach((row, i) => {
    const cell = row[at];
    if (isBlank(cell) || !Number.isNaN(toDateKey(cell))) return;
    const id = projectId(value(table, row, 'id'));
    const where = { sheet: sheetName(table), row: i + FIRST_DATA_ROW, value: String(cell) };
    const said =
      lang === 'en'
        ? `"${where.sheet}", row ${where.row}: "${where.value}" is not a date (dd/mm/yyyy). Fix it, then run this again: until then this grid's part cannot be drawn.`
        : `« ${where.sheet} », ligne ${where.row} : « ${where.value} » n’est pas une date (jj/mm/aaaa). Corrigez-la puis relancez : d’ici là, la partie de cette grille ne peut pas être établie.`;
    out.set(id, [...(out.get(id) ?? []), said]);
  });
  return out;
}
