import { fold, isBlank } from '../cells/text';
import type { Lang, Text } from '../i18n';
import { Problem, problem, quote } from '../problem';
import { SYSTEM_CATEGORIES, SYSTEM_ROLES, type SystemCategoryId, type SystemRoleId } from './target-system';

/**
 * The target social system's table read and checked, and its matrix (categories × roles) per
 * project: who holds which role in which category, and which cells are empty. The module's own view
 * of the seed's schema (the seed draws the system; it does not score it).
 */
export const SYSTEM_SHEET_NAME: Text = { fr: 'Système social cible', en: 'Target social system' };

/** One row of the table as the sheet gives it, with its row number in the sheet (for messages). */
export interface ActorCells {
  row: number;
  project: unknown;
  actor: unknown;
  category: unknown;
  role: unknown;
  comment?: unknown;
}

export interface Actor {
  row: number;
  project: string;
  actor: string;
  category: SystemCategoryId;
  role: SystemRoleId;
  comment: string;
}

const orList = (words: readonly string[], lang: Lang) => `${words.slice(0, -1).join(', ')} ${lang === 'en' ? 'or' : 'ou'} ${words[words.length - 1]}`;

/** A category cell: the seed's name in either language (case, accents and spaces aside). Throws a Problem naming the value otherwise. */
export function readCategory(value: unknown): SystemCategoryId {
  const word = typeof value === 'string' ? fold(value) : '';
  const found = SYSTEM_CATEGORIES.find((c) => fold(c.label.fr) === word || fold(c.label.en) === word);
  if (found) return found.id;
  throw problem(
    `${quote(value, 'fr')} n’est pas une catégorie d’innovation : ${orList(
      SYSTEM_CATEGORIES.map((c) => c.label.fr),
      'fr',
    )}`,
    `${quote(value, 'en')} is not an innovation category: ${orList(
      SYSTEM_CATEGORIES.map((c) => c.label.en),
      'en',
    )}`,
  );
}

/** A role cell: the seed's sentence or the module's short name, in either language. Throws a Problem naming the value otherwise. */
export function readRole(value: unknown): SystemRoleId {
  const word = typeof value === 'string' ? fold(value) : '';
  const found = SYSTEM_ROLES.find((r) => [r.label.fr, r.label.en, r.short.fr, r.short.en].some((w) => fold(w) === word));
  if (found) return found.id;
  throw problem(
    `${quote(value, 'fr')} n’est pas un rôle : ${orList(
      SYSTEM_ROLES.map((r) => `« ${r.label.fr} »`),
      'fr',
    )} (ou ${SYSTEM_ROLES.map((r) => r.short.fr).join(', ')})`,
    `${quote(value, 'en')} is not a role: ${orList(
      SYSTEM_ROLES.map((r) => `"${r.label.en}"`),
      'en',
    )} (or ${SYSTEM_ROLES.map((r) => r.short.en).join(', ')})`,
  );
}

/** Where a cell is, for a message: « Système social cible », ligne 7, colonne « Rôle ». */
function at(row: number, column: Text, lang: Lang): string {
  return lang === 'en' ? `"${SYSTEM_SHEET_NAME.en}", row ${row}, column "${column.en}"` : `« ${SYSTEM_SHEET_NAME.fr} », ligne ${row}, colonne « ${column.fr} »`;
}

export const SYSTEM_COLUMNS = {
  project: { fr: 'ID', en: 'ID' },
  actor: { fr: 'Acteur', en: 'Actor' },
  category: { fr: 'Catégorie d’innovation', en: 'Innovation category' },
  role: { fr: 'Rôle', en: 'Role' },
  comment: { fr: 'Commentaire', en: 'Comment' },
} as const satisfies Record<string, Text>;

const located = (p: Problem, row: number, column: Text) => new Problem((lang) => `${at(row, column, lang)} : ${p.render(lang)}`);

/**
 * What identifies a row of the table: the project, the actor and the category, case, accents and
 * spaces aside (an actor holds one role per category). `category` is the category's id, or the cell's
 * text when it is unreadable (a row the panel cannot place still has a key to be found by).
 */
export function actorKey(project: string, actor: string, category: SystemCategoryId | string): string {
  return `${fold(project)}\u0000${fold(actor)}\u0000${fold(category)}`;
}

/** A category cell's id, or its folded text when unreadable (see actorKey): reading it never throws. */
export function categoryKey(value: unknown): string {
  try {
    return readCategory(value);
  } catch {
    return fold(String(value ?? ''));
  }
}

/** A role cell's id, or undefined when unreadable (the panel's select shows it as it is). */
export function roleOf(value: unknown): SystemRoleId | undefined {
  try {
    return readRole(value);
  } catch {
    return undefined;
  }
}

/**
 * The table's rows checked: blank rows skipped; a row needs a project ID, an actor, a category and a
 * role; an actor holds one role per category and project (a second row for the same actor and
 * category is refused, naming both rows, rather than one silently winning). Every bad row is
 * reported, so that one message lists what to fix; `actors` holds the good rows.
 */
export function readActors(rows: readonly ActorCells[]): { actors: Actor[]; problems: Problem[] } {
  const actors: Actor[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    if ([r.project, r.actor, r.category, r.role, r.comment].every(isBlank)) continue;
    const missing = (['project', 'actor', 'category', 'role'] as const).filter((k) => isBlank(r[k]));
    if (missing.length) {
      problems.push(
        new Problem((lang) =>
          lang === 'en'
            ? `"${SYSTEM_SHEET_NAME.en}", row ${r.row}: ${missing.map((k) => `"${SYSTEM_COLUMNS[k].en}"`).join(', ')} empty (a row needs a project ID, an actor, a category and a role)`
            : `« ${SYSTEM_SHEET_NAME.fr} », ligne ${r.row} : ${missing.map((k) => `« ${SYSTEM_COLUMNS[k].fr} »`).join(', ')} vide (une ligne demande un ID de projet, un acteur, une catégorie et un rôle)`,
        ),
      );
      continue;
    }
    let category: SystemCategoryId;
    let role: SystemRoleId;
    try {
      category = readCategory(r.category);
    } catch (e) {
      problems.push(located(e as Problem, r.row, SYSTEM_COLUMNS.category));
      continue;
    }
    try {
      role = readRole(r.role);
    } catch (e) {
      problems.push(located(e as Problem, r.row, SYSTEM_COLUMNS.role));
      continue;
    }
    const project = String(r.project).trim();
    const actor = String(r.actor).trim();
    const key = actorKey(project, actor, category);
    const first = seen.get(key);
    if (first !== undefined) {
      const cat = SYSTEM_CATEGORIES.find((c) => c.id === category)!.label;
      problems.push(
        new Problem((lang) =>
          lang === 'en'
            ? `"${SYSTEM_SHEET_NAME.en}", rows ${first} and ${r.row}: ${quote(actor, 'en')} appears twice for ${project} in "${cat.en}" (one role per actor and category: keep one row)`
            : `« ${SYSTEM_SHEET_NAME.fr} », lignes ${first} et ${r.row} : ${quote(actor, 'fr')} figure deux fois pour ${project} en « ${cat.fr} » (un rôle par acteur et par catégorie : gardez une ligne)`,
        ),
      );
      continue;
    }
    seen.set(key, r.row);
    actors.push({ row: r.row, project, actor, category, role, comment: isBlank(r.comment) ? '' : String(r.comment) });
  }
  return { actors, problems };
}

/** Who holds each role in each category, for one project: matrix[category][role] = actors, table order. */
export type SystemMatrix = Record<SystemCategoryId, Record<SystemRoleId, string[]>>;

/** The matrix of one project (matched by ID, case and spaces aside) from the table's checked rows. */
export function systemMatrix(actors: readonly Actor[], project: string): SystemMatrix {
  const matrix = Object.fromEntries(SYSTEM_CATEGORIES.map((c) => [c.id, Object.fromEntries(SYSTEM_ROLES.map((r) => [r.id, [] as string[]]))])) as SystemMatrix;
  const id = fold(project);
  for (const a of actors) if (fold(a.project) === id) matrix[a.category][a.role].push(a.actor);
  return matrix;
}

/** The matrix's empty cells (category, role), in the seed's orders. */
export function emptyCells(matrix: SystemMatrix): { category: SystemCategoryId; role: SystemRoleId }[] {
  return SYSTEM_CATEGORIES.flatMap((c) => SYSTEM_ROLES.filter((r) => matrix[c.id][r.id].length === 0).map((r) => ({ category: c.id, role: r.id })));
}

/**
 * The matrix in one line (a dashboard cell, a sidebar caption): how many of its 12 cells hold an
 * actor, and the categories nobody leads (no « rôle-clé »), e.g. « 5/12 cases remplies ; sans
 * rôle-clé : Coopération, Plaidoyer ». A project without actors says so.
 */
export function systemSummary(matrix: SystemMatrix, lang: Lang): string {
  const total = SYSTEM_CATEGORIES.length * SYSTEM_ROLES.length;
  const filled = total - emptyCells(matrix).length;
  if (filled === 0) return lang === 'en' ? 'No actor listed' : 'Aucun acteur renseigné';
  const unled = SYSTEM_CATEGORIES.filter((c) => matrix[c.id].cle.length === 0).map((c) => c.label[lang]);
  const head = lang === 'en' ? `${filled}/${total} cells filled` : `${filled}/${total} cases remplies`;
  if (!unled.length) return lang === 'en' ? `${head}; every category has a key role` : `${head} ; chaque catégorie a un rôle-clé`;
  return lang === 'en' ? `${head}; no key role: ${unled.join(', ')}` : `${head} ; sans rôle-clé : ${unled.join(', ')}`;
}
