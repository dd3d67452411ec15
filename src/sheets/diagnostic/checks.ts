import { isBlank } from '../../core/cells/text';
import type { Lang, Text } from '../../core/i18n';
import { once } from '../../core/lazy';
import { Problem } from '../../core/problem';
import { menuItem } from '../menu-captions';
import { column, INSTRUMENT_SHEETS, PROJECTS, WORKBOOK, type SheetId, type SheetSpec } from '../schema';
import { assessmentKey, assessmentLabel, isDay, repeatedAssessments, type AssessmentKey } from '../assessments';
import { FIRST_DATA_ROW, indexById, projectId } from '../table';
import { readActors } from '../../core/system/matrix';
import { columnLetters, headerFormula, headersOfFormula, sameFormula } from '../templates/a1';
import type { ComputedFormula, Refs } from '../templates/formulas';
import { isValidated } from '../templates/help';
import { headerRowOf, planLayout, type HeaderRow } from '../templates/layout';
import { findSheet } from '../workbook';
import { errorCode, errorMeaning, isLoading, listed, shown } from './cells';
import type { Finding, SheetFindings } from './types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One sheet of the workbook read in one block: its values and formulas, and where its columns are. */
interface SheetRead {
  spec: SheetSpec;
  name: string;
  values: unknown[][];
  formulas: string[][];
  header: HeaderRow;
  /** 0-based position of each column of the spec found in the header. */
  columns: Map<string, number>;
  /** The computed columns' formulas where the columns are (setup's, see formulasWhere). */
  computed: readonly ComputedFormula[];
  /** 0-based columns whose row-2 cell has a data validation. */
  validated: ReadonlySet<number>;
}

/**
 * Six service calls per sheet, whatever its size: the sheet, its name, one block of values and
 * formulas, and row 2's validations (what setup's quick check does not read, see fingerprint.ts).
 */
function readSheet(ss: Spreadsheet, spec: SheetSpec): SheetRead | null {
  const sheet = findSheet(ss, spec);
  if (!sheet) return null;
  const name = sheet.getName();
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas().map((row) => row.map(String));
  const header = headerRowOf(values[0] ?? [], formulas[0] ?? []);
  // planLayout places a block formula's spilled columns (VC_MIX's three) as setup does; the columns
  // it would append are the missing ones.
  const layout = planLayout(spec, sheet, name, header);
  const columns = new Map([...layout.columns].filter(([id]) => !layout.added.includes(id)));
  const validated = new Set(validatedColumns(sheet, Math.max(1, values[0]?.length ?? 0)));
  return { spec, name, values, formulas, header, columns, computed: layout.formulas, validated };
}

/** The 0-based columns whose row-2 cell has a data validation (none when the sheet has no row 2). */
function validatedColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, width: number): number[] {
  let rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[];
  try {
    rules = sheet.getRange(FIRST_DATA_ROW, 1, 1, width).getDataValidations()[0];
  } catch {
    return []; // a sheet cut down to its header row
  }
  return rules.flatMap((r, i) => (r ? [i] : []));
}

/** « lancez « Créer / compléter le classeur » »: what setup repairs is said so (built on first use). */
const setup = once((): Text => ({ fr: `lancez ${menuItem('setupWorkbook', 'fr')}`, en: `run ${menuItem('setupWorkbook', 'en')}` }));
const fix = (fr: string, en: string): Finding => ({ severity: 'fix', text: { fr, en } });
const note = (fr: string, en: string): Finding => ({ severity: 'note', text: { fr, en } });
const a1 = (row: number, col: number) => `${columnLetters(col)}${row + 1}`;
const headerOf = (spec: SheetSpec, id: string, lang: Lang) => column(spec, id).header[lang];

/**
 * The workbook's sheets as the add-on expects them: present, every header found, each computed
 * column's header formula there, unchanged and showing no error, IDs unique and present. Reads each
 * sheet once (O(1) service calls per sheet); writes nothing. The caller holds the document lock.
 */
export function checkSheets(ss: Spreadsheet): SheetFindings[] {
  const reads = new Map<SheetId, SheetRead | null>(WORKBOOK.map((spec) => [spec.id, readSheet(ss, spec)]));
  return WORKBOOK.map((spec) => {
    const read = reads.get(spec.id)!;
    if (!read) {
      return {
        sheet: spec.name,
        findings: [
          fix(
            `Feuille absente (ni « ${spec.name.fr} » ni « ${spec.name.en} ») : ${setup().fr}, qui la crée.`,
            `Sheet missing (neither "${spec.name.fr}" nor "${spec.name.en}"): ${setup().en}, which creates it.`,
          ),
        ],
      };
    }
    return {
      sheet: { fr: read.name, en: read.name },
      findings: [
        ...missingHeaders(read),
        ...missingValidations(read),
        ...computedColumns(read, reads),
        ...ids(read),
        ...assessments(read),
        ...actorRows(read, reads),
      ],
    };
  });
}

/** Columns of the template whose header is nowhere in row 1: deleted, or renamed beyond recognition. */
function missingHeaders(read: SheetRead): Finding[] {
  const missing = read.spec.columns.filter((c) => !read.columns.has(c.id));
  if (!missing.length) return [];
  const names = (lang: Lang) => listed(missing.map((c) => shown(c.header[lang])[lang]));
  const known = new Set(read.columns.values());
  const others = read.header.texts.map((t, i) => (!known.has(i) && t.trim() ? t.trim() : '')).filter(Boolean);
  const findings = [
    fix(
      `En-têtes introuvables (colonnes supprimées ou renommées) : ${names('fr')}. Si vous en avez renommé une, rendez-lui ce nom ; sinon ${setup().fr}, qui ajoute les colonnes manquantes en fin de feuille.`,
      `Headers not found (columns deleted or renamed): ${names('en')}. If you renamed one, give it this name back; otherwise ${setup().en}, which adds the missing columns at the end of the sheet.`,
    ),
  ];
  if (others.length) {
    const list = (lang: Lang) => listed(others.map((o) => shown(o)[lang]));
    findings.push(
      note(
        `Colonnes non reconnues, gardées telles quelles (l’une d’elles est-elle une colonne renommée ?) : ${list('fr')}.`,
        `Columns not recognised, kept as they are (is one of them a renamed column?): ${list('en')}.`,
      ),
    );
  }
  return findings;
}

/**
 * Columns setup gives a dropdown or a checked range whose row 2 has none: pasted over, or removed by
 * hand. Setup puts it back (on the whole column) where row 2 lacks it; the check of a complete
 * workbook does not look (fingerprint.ts), so the menu action forgets that check's fingerprint
 * when the report has something to fix.
 */
function missingValidations(read: SheetRead): Finding[] {
  const missing = read.spec.columns.filter((c) => isValidated(c) && read.columns.has(c.id) && !read.validated.has(read.columns.get(c.id)!));
  if (!missing.length) return [];
  const names = (lang: Lang) => listed(missing.map((c) => `${shown(c.header[lang])[lang]} (${columnLetters(read.columns.get(c.id)!)})`));
  return [
    fix(
      `Contrôle des données absent en ligne 2 (liste ou plage de valeurs acceptées) : ${names('fr')}. Les formules vérifient les valeurs quand même ; ${setup().fr} pour le remettre.`,
      `Data validation missing in row 2 (a list or range of accepted values): ${names('en')}. The formulas check the values anyway; ${setup().en} to put it back.`,
    ),
  ];
}

/** Where each sheet's columns are, for the expected formulas (lookups read other sheets). */
class MissingColumn extends Error {}
function refsOf(sheet: SheetId, reads: ReadonlyMap<SheetId, SheetRead | null>): Refs {
  const readOf = (s: SheetId) => {
    const r = reads.get(s);
    if (!r) throw new MissingColumn();
    return r;
  };
  return {
    at: (id, other = sheet) => {
      const at = readOf(other).columns.get(id);
      if (at === undefined) throw new MissingColumn();
      return at;
    },
    sheetName: (s) => readOf(s).name,
  };
}

/**
 * The header formula setup would write for this column where the columns are now, or a Problem
 * (a layout the formula cannot read), or undefined when a column it reads is missing (reported as such).
 */
function expectedFormula(
  read: SheetRead,
  formula: ComputedFormula,
  written: string,
  reads: ReadonlyMap<SheetId, SheetRead | null>,
): string | Problem | undefined {
  // The headers the formula shows are the users' to word: only what it computes is compared.
  const own = headersOfFormula(written);
  const headers =
    own.length === formula.columns.length ? own : formula.columns.map((id) => read.header.texts[read.columns.get(id)!] || headerOf(read.spec, id, 'fr'));
  try {
    return headerFormula(headers, formula.body(refsOf(read.spec.id, reads)));
  } catch (e) {
    if (e instanceof MissingColumn) return undefined;
    if (e instanceof Problem) return e;
    throw e;
  }
}

function computedColumns(read: SheetRead, reads: ReadonlyMap<SheetId, SheetRead | null>): Finding[] {
  const findings: Finding[] = [];
  for (const formula of read.computed) {
    const at = read.columns.get(formula.columns[0]);
    if (at === undefined) continue; // a missing header, reported above
    const label = {
      fr: `« ${headerOf(read.spec, formula.columns[0], 'fr')} » (${a1(0, at)})`,
      en: `"${headerOf(read.spec, formula.columns[0], 'en')}" (${a1(0, at)})`,
    };
    const written = read.formulas[0]?.[at] ?? '';
    const value = read.values[0]?.[at];
    const expected = expectedFormula(read, formula, written, reads);
    if (expected instanceof Problem) findings.push({ severity: 'fix', text: { fr: expected.render('fr'), en: expected.render('en') } });
    if (!written) {
      // The header still reads as the column's (it was found by it): values pasted over the formula.
      findings.push(
        fix(
          `Colonne calculée ${label.fr} : sa formule d’en-tête a disparu (la cellule contient ${shown(value).fr}), la colonne ne se calcule plus. ${capital(setup().fr)} : il réécrit la formule.`,
          `Computed column ${label.en}: its header formula is gone (the cell holds ${shown(value).en}), the column is no longer computed. ${capital(setup().en)}: it writes the formula again.`,
        ),
      );
      continue;
    }
    const own = typeof expected === 'string' && sameFormula(written, expected);
    if (typeof expected === 'string' && !own) {
      findings.push(
        fix(
          `Colonne calculée ${label.fr} : sa formule d’en-tête n’est pas celle du module (modifiée à la main, ou écrite par une version précédente). ${capital(setup().fr)} : il la rétablit (une modification faite à la main sera remplacée).`,
          `Computed column ${label.en}: its header formula is not the add-on’s (changed by hand, or written by an earlier version). ${capital(setup().en)}: it puts it back (a change made by hand will be replaced).`,
        ),
      );
    }
    findings.push(...shownError(read, formula, at, label, own));
  }
  return findings;
}

/** The formula's cell (or, when it shows fine, a cell of its result) showing an error, and why. */
function shownError(read: SheetRead, formula: ComputedFormula, at: number, label: Text, own: boolean): Finding[] {
  const width = formula.columns.length;
  const value = read.values[0]?.[at];
  if (isLoading(value)) {
    return [
      note(
        `Colonne calculée ${label.fr} : en cours de calcul. Relancez le diagnostic dans quelques secondes.`,
        `Computed column ${label.en}: still computing. Run the check again in a few seconds.`,
      ),
    ];
  }
  let code = errorCode(value);
  let where = a1(0, at);
  for (let r = 1; !code && r < read.values.length; r++) {
    for (let c = at; !code && c < at + width; c++) {
      code = errorCode(read.values[r][c]);
      if (code) where = a1(r, c);
    }
  }
  if (!code) return [];
  const meaning = errorMeaning(code);
  const cell = where === a1(0, at) ? { fr: '', en: '' } : { fr: ` (en ${where})`, en: ` (in ${where})` };
  const then =
    code === '#REF!'
      ? blockers(read, at, width)
      : code === '#NAME?'
        ? { fr: '', en: '' }
        : own
          ? dataRefused()
          : { fr: ` Puis ${setup().fr} : il réécrit la formule.`, en: ` Then ${setup().en}: it writes the formula again.` };
  return [
    fix(
      `Colonne calculée ${label.fr} affiche une erreur${cell.fr}. ${meaning.fr}${then.fr}`,
      `Computed column ${label.en} shows an error${cell.en}. ${meaning.en}${then.en}`,
    ),
  ];
}

/**
 * `#ERROR!` under the add-on's own formula: setup would write the same formula again, so the fix is
 * in the data the message names (a weight, the threshold or the rate in Paramètres, a range width).
 */
function dataRefused(): Text {
  return {
    fr: ' La formule est bien celle du module : c’est une donnée qu’elle refuse. Survolez la cellule : le message nomme la valeur à corriger (souvent dans « Paramètres » : poids, seuil ou taux).',
    en: ' The formula is the add-on’s own: it refuses some data. Hover over the cell: the message names the value to fix (often in "Settings": weights, threshold or rate).',
  };
}

/**
 * The non-empty cells where a formula's result must spill (its columns below the header, and the
 * headers right of it for a block): whatever is there was typed over the results and blocks them.
 */
function blockers(read: SheetRead, at: number, width: number): Text {
  const cells: string[] = [];
  read.values.forEach((row, r) => {
    for (let c = at; c < at + width; c++) {
      if (r === 0 && c === at) continue;
      if (!isBlank(row[c]) || read.formulas[r]?.[c]) cells.push(a1(r, c));
    }
  });
  if (!cells.length)
    return {
      fr: ` Aucune cellule ne bloque la colonne : ${setup().fr}, il réécrit la formule.`,
      en: ` No cell blocks the column: ${setup().en}, it writes the formula again.`,
    };
  return {
    fr: ` Cellules qui bloquent le résultat : ${listed(cells)}. Videz-les (le module les calcule), le résultat s’étendra de lui-même.`,
    en: ` Cells blocking the result: ${listed(cells)}. Clear them (the add-on computes them) and the result expands by itself.`,
  };
}

const isInstrument = (spec: SheetSpec) => INSTRUMENT_SHEETS.some((s) => s.id === spec.id);

/**
 * Duplicate IDs in Projets (one row per project) and filled rows without an ID. An instrument sheet
 * holds one row per assessment (several per ID, see assessments), Valorisation several outcomes per
 * project: only their rows without an ID count here. Computed columns are not "filled": they span every row.
 */
function ids(read: SheetRead): Finding[] {
  if (!read.columns.has('id')) return [];
  const computed = new Set(read.spec.columns.filter((c) => c.kind === 'computed').map((c) => read.columns.get(c.id)));
  const rows = read.values.slice(1).map((row) => row.map((v, c) => (computed.has(c) ? '' : v)));
  const index = indexById({ rows, columns: read.columns });
  const findings: Finding[] = [];
  if (index.duplicates.size && read.spec === PROJECTS) {
    const list = (rowsWord: string) => listed([...index.duplicates].map(([id, at]) => `${id} (${rowsWord} ${at.join(', ')})`));
    findings.push(
      fix(
        `ID en double : ${list('lignes')}. Chaque projet a une seule ligne dans Projets (les feuilles des grilles ont, elles, une ligne par évaluation) : la synchronisation laisse de côté un ID en double. Supprimez la ligne en trop ou corrigez son ID.`,
        `Duplicate IDs: ${list('rows')}. Each project has one row in Projects (the grids’ sheets have one row per assessment): the sync leaves a duplicate ID out. Delete the extra row or correct its ID.`,
      ),
    );
  }
  if (index.missing.length) {
    const nameAt = read.columns.get('name');
    const label = (row: number, lang: Lang) => {
      const name = nameAt === undefined ? '' : read.values[row - 1]?.[nameAt];
      return isBlank(name) ? String(row) : `${row} (${shown(name)[lang]})`;
    };
    const todo: Text =
      read.spec === PROJECTS
        ? { fr: `lancez ${menuItem('syncProjects', 'fr')} : il leur attribue un ID.`, en: `run ${menuItem('syncProjects', 'en')}: it gives them an ID.` }
        : { fr: 'saisissez l’ID du projet (celui de Projets) ou supprimez la ligne.', en: 'type the project’s ID (the one in Projects) or delete the row.' };
    findings.push(
      fix(
        `Lignes remplies sans ID : ${listed(index.missing.map((r) => label(r, 'fr')))} ; ${todo.fr}`,
        `Filled rows without an ID: ${listed(index.missing.map((r) => label(r, 'en')))}; ${todo.en}`,
      ),
    );
  }
  return findings;
}

/**
 * An instrument sheet's assessments (one row each, keyed by ID, reviewer and day): a key on several
 * rows (each of them counts in the consensus, as if the reviewer had spoken twice), a named
 * reviewer's row without a date (which round it belongs to, and which is the latest, is unknown) and
 * any row whose date is no date. An unnamed, undated row is an assessment made before reviewers
 * existed, or the sync's empty row: nothing to fix.
 */
function assessments(read: SheetRead): Finding[] {
  if (!isInstrument(read.spec) || !read.columns.has('id')) return [];
  const undated: { row: number; key: AssessmentKey }[] = [];
  const notDays: { row: number; key: AssessmentKey; cell: unknown }[] = [];
  const dateAt = read.columns.get('date');
  read.values.slice(1).forEach((cells, r) => {
    const key = assessmentKey(read, cells);
    if (!key.id) return;
    const row = r + FIRST_DATA_ROW;
    if (key.date && !isDay(key.date)) notDays.push({ row, key, cell: dateAt === undefined ? '' : cells[dateAt] });
    else if (!key.date && key.reviewer) undated.push({ row, key });
  });
  const findings: Finding[] = [];
  const repeated = repeatedAssessments(read, read.values.slice(1));
  if (repeated.length) {
    const list = (lang: Lang) => listed(repeated.map((k) => `${assessmentLabel(k.key, lang)} (${lang === 'fr' ? 'lignes' : 'rows'} ${k.rows.join(', ')})`));
    findings.push(
      fix(
        `Évaluations en double (même projet, même évaluateur, même jour) : ${list('fr')}. Chacune compte dans le consensus, comme si l’évaluateur avait donné deux avis, et le module n’en fusionne aucune. Gardez-en une (reportez-y ce qui compte dans l’autre, puis supprimez l’autre) ou corrigez l’évaluateur ou la date de l’une.`,
        `Duplicate assessments (same project, same reviewer, same day): ${list('en')}. Each counts in the consensus, as if the reviewer had given two opinions, and the add-on merges none. Keep one (copy what matters from the other into it, then delete the other) or correct the reviewer or date of one of them.`,
      ),
    );
  }
  const dateHeader = (lang: Lang) => headerOf(read.spec, 'date', lang);
  if (undated.length) {
    const list = listed(undated.map((u) => `${u.row} (${u.key.id}, ${u.key.reviewer})`));
    findings.push(
      fix(
        `Évaluations sans date : lignes ${list}. Sans date, on ne sait ni à quelle session l’évaluation appartient ni laquelle est la plus récente. Saisissez dans « ${dateHeader('fr')} » le jour où elle a été faite (jj/mm/aaaa).`,
        `Assessments without a date: rows ${list}. Without a date, neither the round the assessment belongs to nor which one is the latest is known. Type in "${dateHeader('en')}" the day it was made (dd/mm/yyyy).`,
      ),
    );
  }
  if (notDays.length) {
    const list = (lang: Lang) => listed(notDays.map((u) => `${u.row} (${u.key.id}${lang === 'fr' ? ' : ' : ': '}${shown(u.cell)[lang]})`));
    findings.push(
      fix(
        `Dates illisibles : lignes ${list('fr')}. Ce n’est pas une date : l’évaluation ne peut être située ni dans une session ni par rapport aux autres (LATEST signale ⚠ pour ce projet). Saisissez dans « ${dateHeader('fr')} » une date (jj/mm/aaaa), celle du jour où l’évaluation a été faite.`,
        `Dates that are no date: rows ${list('en')}. This is not a date: the assessment cannot be placed in a round nor among the others (LATEST shows ⚠ for this project). Type in "${dateHeader('en')}" a date (dd/mm/yyyy), the day the assessment was made.`,
      ),
    );
  }
  return findings;
}

/**
 * The target social system's rows (issue 14 §3), checked by core as the panel's section reads them:
 * a category or a role that is none of the seed's words (the words accepted listed), an empty actor,
 * category or role, the same actor twice in one category of a project (keep one row) — each named
 * with its row and column by core — and an ID
 * Projets does not have. Rows without an ID are ids()'s finding. From the block already read: no
 * service call.
 */
function actorRows(read: SheetRead, reads: ReadonlyMap<SheetId, SheetRead | null>): Finding[] {
  if (read.spec.id !== 'system' || !read.columns.has('id')) return [];
  const cell = (row: unknown[], id: string) => {
    const c = read.columns.get(id);
    return c === undefined ? '' : row[c];
  };
  const rows = read.values
    .slice(1)
    .map((row, r) => ({
      row: r + FIRST_DATA_ROW,
      project: projectId(cell(row, 'id')),
      actor: cell(row, 'actor'),
      category: cell(row, 'category'),
      role: cell(row, 'role'),
      comment: cell(row, 'comment'),
    }))
    .filter((r) => r.project);
  // Core's messages name the row, the column and the value, and what is accepted (or what to keep).
  const findings = readActors(rows).problems.map((p): Finding => ({ severity: 'fix', text: { fr: `${p.render('fr')}.`, en: `${p.render('en')}.` } }));
  const projects = reads.get(PROJECTS.id);
  const known = projects ? indexById({ rows: projects.values.slice(1), columns: projects.columns }).byId : null;
  const unknown = new Map<string, number[]>();
  if (known) for (const r of rows) if (!known.has(r.project)) unknown.set(r.project, [...(unknown.get(r.project) ?? []), r.row]);
  if (unknown.size) {
    const list = (word: string) => listed([...unknown].map(([id, at]) => `${id} (${word} ${at.join(', ')})`));
    findings.push(
      fix(
        `Acteurs d’un projet absent de Projets : ${list('lignes')}. Corrigez l’ID (celui du projet dans Projets), ou ajoutez le projet dans Projets.`,
        `Actors of a project not in Projects: ${list('rows')}. Correct the ID (the project's one in Projects), or add the project to Projects.`,
      ),
    );
  }
  return findings;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
