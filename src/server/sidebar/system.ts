import type { SaveSystemResult, SystemActorJson, SystemConflict, SystemTable } from '../../contract/endpoints';
import { fold, isBlank } from '../../core/cells/text';
import type { Lang } from '../../core/i18n';
import { SYSTEM } from '../../sheets/schema';
import { Problem, problem, quote } from '../../core/problem';
import { actorKey, categoryKey, readCategory, readRole, SYSTEM_COLUMNS } from '../../core/system/matrix';
import { SYSTEM_CATEGORIES, SYSTEM_ROLES } from '../../core/system/target-system';
import type { CellInput } from '../../sheets/literal';
import { withDocumentLock } from '../../sheets/lock';
import { ambiguityText, readRows, value, writeRowCells, type Table } from '../../sheets/table';
import { namedSheet } from '../../sheets/workbook';
import { newAssessmentRow, readProjectRows } from './assessment-rows';
import { endpoint } from './endpoint';
import { menuHint } from './menu-hint';

/** The columns the panel edits, in the order a row is shown. */
const FIELDS = ['actor', 'category', 'role', 'comment'] as const;

const text = (v: unknown) => (isBlank(v) ? '' : String(v).trim());
const actorOf = (table: Table, row: unknown[]): SystemActorJson => ({
  actor: text(value(table, row, 'actor')),
  category: text(value(table, row, 'category')),
  role: text(value(table, row, 'role')),
  comment: text(value(table, row, 'comment')),
});
const isEmpty = (a: SystemActorJson) => FIELDS.every((f) => isBlank(a[f]));

/**
 * The target social system's rows of one project (issue 14 §3), for the panel's section « Système
 * social cible »: asked for only when the person opens it, so that getProject reads nothing more.
 * Read by ID: the ID column, then the project's rows (table.ts readRows).
 */
export const getSystem = endpoint('getSystem', ({ id }): SystemTable => {
  const found = namedSheet(SpreadsheetApp.getActiveSpreadsheet(), SYSTEM);
  if (!found || found.sheet.getLastRow() < 2) return { sheetName: found?.name ?? '', actors: [] };
  const { table } = readRows(found.sheet, SYSTEM, id, true);
  return { sheetName: found.name, actors: table.rows.map((row) => actorOf(table, row)).filter((a) => !isEmpty(a)) };
});

/** A row's key: the project, the actor and the category (core/system/matrix.ts actorKey). */
const keyOf = (id: string, a: SystemActorJson) => actorKey(id, a.actor, categoryKey(a.category));

/** Whether a row still holds what the panel read: its key, and its role and comment (role read as core reads it). */
function same(a: SystemActorJson, b: SystemActorJson): boolean {
  const role = (v: string) => {
    try {
      return readRole(v);
    } catch {
      return fold(v);
    }
  };
  return (
    fold(a.actor) === fold(b.actor) &&
    categoryKey(a.category) === categoryKey(b.category) &&
    role(a.role) === role(b.role) &&
    a.comment.trim() === b.comment.trim()
  );
}

/**
 * Saves the panel's edits of one project's actors, under the document lock, every row found by its
 * key (ID, actor, category), never by row number. A row changed or removed by someone else since the
 * panel read it is a conflict: nothing is written, and the answer holds the table as it is now. A
 * new or changed actor is checked as core checks the sheet (readCategory, readRole: the message
 * names the value and what is accepted) and refused when its (actor, category) is already the
 * project's, naming that row. The category and the role are written as the seed's words in the
 * sheet's language, what its dropdowns list.
 *
 * A removed actor's row is blanked, not deleted: no other row moves, so someone typing in the sheet
 * at that moment, a filter view or a formula pointing at a row is not thrown off; the blank row is
 * skipped by every reader (and taken by the next actor added when it is below the sheet's last ID).
 */
export const saveSystem = endpoint(
  'saveSystem',
  ({ id, changes }): SaveSystemResult =>
    withDocumentLock(() => {
      const found = namedSheet(SpreadsheetApp.getActiveSpreadsheet(), SYSTEM);
      if (!found)
        throw problem(
          `Le classeur n’a pas de feuille « ${SYSTEM.name.fr} » : rien n’a été enregistré ; ${menuHint('setupWorkbook', 'fr')}.`,
          `The workbook has no "${SYSTEM.name.en}" sheet: nothing was saved; ${menuHint('setupWorkbook', 'en')}.`,
        );
      const { sheet, name } = found;
      const rows = readProjectRows(sheet, name, SYSTEM, id);
      const { table, at } = rows;
      checkColumns(table, name);
      const current = table.rows.map((row, k) => ({ row: at[k], actor: actorOf(table, row) })).filter((r) => !isEmpty(r.actor));
      const tableNow = (): SystemTable => ({ sheetName: name, actors: current.map((r) => r.actor) });

      // Each edited row found again by its key; gone or changed since the panel read it: a conflict.
      const conflicts: SystemConflict[] = [];
      const targets = changes.map((change) => {
        if (!change.before) return null;
        const before = change.before;
        const match = current.filter((r) => keyOf(id, r.actor) === keyOf(id, before));
        const exact = match.find((r) => same(r.actor, before));
        if (!exact) conflicts.push({ before, theirs: match[0]?.actor ?? null });
        return exact ?? null;
      });
      if (conflicts.length) return { status: 'conflict', conflicts, table: tableNow() };

      // What the table will hold: checked before anything is written.
      const sheetLang: Lang = name === SYSTEM.name.en ? 'en' : 'fr';
      const written = changes.map((change) => (change.after ? cellsOf(change.after, sheetLang) : null));
      const touched = new Set(targets.filter((t) => t !== null).map((t) => t!.row));
      const kept = new Map(current.filter((r) => !touched.has(r.row)).map((r) => [keyOf(id, r.actor), r.row]));
      const added = new Map<string, string>();
      written.forEach((after) => {
        if (!after) return;
        const key = keyOf(id, after);
        const row = kept.get(key);
        if (row !== undefined || added.has(key)) throw duplicate(after, id, name, row);
        added.set(key, after.actor);
      });

      const column = (f: (typeof FIELDS)[number]) => table.columns.get(f)!;
      // A changed row: only the cells the person changed (a role typed as its short name stays so if untouched).
      const cells = (a: SystemActorJson, edited: readonly string[] = FIELDS) =>
        new Map<number, CellInput>(edited.map((f) => [column(f as (typeof FIELDS)[number]), a[f as (typeof FIELDS)[number]]]));
      const width = Math.max(table.header.length, 1);
      changes.forEach((change, k) => {
        const target = targets[k];
        const after = written[k];
        if (target && after)
          writeRowCells(
            sheet,
            target.row,
            cells(
              after,
              FIELDS.filter((f) => change.after![f].trim() !== change.before![f].trim()),
            ),
          );
        else if (target) sheet.getRange(target.row, 1, 1, width).clearContent();
      });
      for (const after of written.filter((a, k) => a && !targets[k]) as SystemActorJson[]) {
        const row = newAssessmentRow(rows);
        writeRowCells(sheet, row, new Map([[table.columns.get('id')!, id], ...cells(after)]));
        rows.lastId = Math.max(rows.lastId, row);
      }

      // The table as it is now: the rows kept, changed ones in place, new ones last.
      const now = current.flatMap((r) => {
        const k = targets.findIndex((t) => t?.row === r.row);
        if (k < 0) return [r.actor];
        const after = written[k];
        return after
          ? [
              Object.fromEntries(
                FIELDS.map((f) => [f, changes[k].after![f].trim() !== r.actor[f].trim() ? after[f] : r.actor[f]]),
              ) as unknown as SystemActorJson,
            ]
          : [];
      });
      now.push(...(written.filter((a, k) => a && !targets[k]) as SystemActorJson[]));
      return { status: 'saved', table: { sheetName: name, actors: now } };
    }),
);

/** A sheet missing one of the columns the panel edits, or where several headers answer to one: refused, nothing written. */
function checkColumns(table: Table, name: string): void {
  for (const f of ['id', ...FIELDS]) {
    const ambiguous = table.ambiguous?.get(f);
    if (ambiguous) throw new Problem((lang) => ambiguityText(table, f, ambiguous)[lang]);
    if (!table.columns.has(f)) {
      const header = SYSTEM.columns.find((c) => c.id === f)!.header;
      throw problem(
        `La feuille « ${name} » n’a pas de colonne « ${header.fr} » : rien n’a été enregistré ; ${menuHint('setupWorkbook', 'fr')}, qui l’ajoute.`,
        `The sheet "${name}" has no "${header.en}" column: nothing was saved; ${menuHint('setupWorkbook', 'en')}, which adds it.`,
      );
    }
  }
}

/**
 * An edited actor as it will be written: the actor's name and comment as typed (trimmed), the
 * category and the role read as core reads the sheet and written as the seed's words. A blank
 * actor, an unknown category or role is refused naming the value and what is accepted.
 */
function cellsOf(a: SystemActorJson, lang: Lang): SystemActorJson {
  const where = (p: Problem, column: { fr: string; en: string }) =>
    new Problem((l) =>
      l === 'en' ? `Actor ${quote(a.actor, 'en')}, "${column.en}": ${p.render('en')}` : `Acteur ${quote(a.actor, 'fr')}, « ${column.fr} » : ${p.render('fr')}`,
    );
  if (isBlank(a.actor))
    throw problem(
      'Un acteur sans nom ne peut pas être enregistré : saisissez son nom (une personne, une structure, un collectif).',
      'An actor without a name cannot be saved: type its name (a person, an organisation, a group).',
    );
  let category: string;
  let role: string;
  try {
    category = SYSTEM_CATEGORIES.find((c) => c.id === readCategory(a.category))!.label[lang];
  } catch (e) {
    throw e instanceof Problem ? where(e, SYSTEM_COLUMNS.category) : e;
  }
  try {
    role = SYSTEM_ROLES.find((r) => r.id === readRole(a.role))!.label[lang];
  } catch (e) {
    throw e instanceof Problem ? where(e, SYSTEM_COLUMNS.role) : e;
  }
  return { actor: a.actor.trim(), category, role, comment: a.comment.trim() };
}

function duplicate(a: SystemActorJson, id: string, sheetName: string, row: number | undefined): Problem {
  const category = SYSTEM_CATEGORIES.find((c) => c.id === readCategory(a.category))!.label;
  return new Problem((lang) => {
    if (lang === 'en')
      return row === undefined
        ? `${quote(a.actor, 'en')} is added twice for ${id} in "${category.en}": one role per actor and category. Nothing was saved: keep one.`
        : `${quote(a.actor, 'en')} is already listed for ${id} in "${category.en}" ("${sheetName}", row ${row}): one role per actor and category. Nothing was saved: change that row instead.`;
    return row === undefined
      ? `${quote(a.actor, 'fr')} est ajouté deux fois pour ${id} en « ${category.fr} » : un rôle par acteur et par catégorie. Rien n’a été enregistré : gardez-en un.`
      : `${quote(a.actor, 'fr')} figure déjà pour ${id} en « ${category.fr} » (« ${sheetName} », ligne ${row}) : un rôle par acteur et par catégorie. Rien n’a été enregistré : modifiez plutôt cette ligne.`;
  });
}
