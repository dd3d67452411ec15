import type { SaveSystemResult, SystemActorJson, SystemChange, SystemConflict, SystemTable } from '../src/contract/endpoints';
import type { Text } from '../src/core/i18n';
import { categoryKey, readActors, roleOf, systemMatrix, systemSummary } from '../src/core/system/matrix';
import { SYSTEM_CATEGORIES, SYSTEM_ROLES, SYSTEM_SOURCE } from '../src/core/system/target-system';
import { notice } from './controls';
import { el, fill, uid } from './dom';
import { friendlyError } from './errors';
import { lang, t } from './lang';
import { call } from './server';
import { format, frenchSpacing } from './strings';

const text = (fr: string, en: string): Text => ({ fr: frenchSpacing(fr), en });

const Y = {
  title: text('Système social cible', 'Target social system'),
  note: text(
    'Les acteurs du projet, chacun avec sa catégorie d’innovation et son rôle : une liste par projet (pas par évaluation), que chacun complète.',
    'The project’s actors, each with its innovation category and role: one list per project (not per assessment), which anyone completes.',
  ),
  loading: text('Chargement…', 'Loading…'),
  none: text('Aucun acteur pour ce projet.', 'No actor for this project.'),
  noSheet: text(
    'Le classeur n’a pas de feuille « Système social cible » : lancez « Créer / compléter le classeur » pour l’ajouter.',
    'The workbook has no "Target social system" sheet: run "Create / complete the workbook" to add it.',
  ),
  actor: text('Acteur', 'Actor'),
  newActor: text('Nouvel acteur', 'New actor'),
  category: text('Catégorie d’innovation', 'Innovation category'),
  role: text('Rôle', 'Role'),
  comment: text('Commentaire', 'Comment'),
  choose: text('— choisir —', '— choose —'),
  unreadable: text('« {value} » (illisible)', '"{value}" (unreadable)'),
  add: text('Ajouter un acteur', 'Add an actor'),
  remove: text('Retirer', 'Remove'),
  removeLabel: text('Retirer {actor}', 'Remove {actor}'),
  confirmRemove: text('Confirmer le retrait', 'Confirm removal'),
  confirmRemoveLabel: text('Confirmer le retrait de {actor}', 'Confirm the removal of {actor}'),
  removed: text('{actor} : retiré (à enregistrer)', '{actor}: removed (to be saved)'),
  undo: text('Annuler le retrait', 'Undo removal'),
  save: text('Enregistrer les acteurs', 'Save the actors'),
  saving: text('Enregistrement…', 'Saving…'),
  saved: text('Acteurs enregistrés.', 'Actors saved.'),
  discard: text('Abandonner ces modifications', 'Discard these changes'),
  unsaved: text('{n} modification(s) non enregistrée(s).', '{n} unsaved change(s).'),
  matrix: text('Matrice catégories × rôles', 'Matrix categories × roles'),
  empty: text('— vide', '— empty'),
  conflict: text(
    'Rien n’a été enregistré : quelqu’un a changé ces acteurs depuis leur lecture. Vos modifications sont conservées ; reprenez le tableau actuel pour les refaire sur ses valeurs.',
    'Nothing was saved: someone changed these actors since they were read. Your changes are kept; take the current table to redo them on its values.',
  ),
  changedBy: text('{actor} ({category}) : modifié, maintenant {now}', '{actor} ({category}): changed, now {now}'),
  removedBy: text('{actor} ({category}) : retiré par quelqu’un d’autre', '{actor} ({category}): removed by someone else'),
  reload: text('Reprendre le tableau actuel (mes modifications sont abandonnées)', 'Take the current table (my changes are dropped)'),
  source: text('Source : ', 'Source: '),
};

interface Row {
  /** The row as read from the sheet; null for an actor added in the panel. */
  base: SystemActorJson | null;
  now: SystemActorJson;
  removed: boolean;
  /** « Retirer » pressed once: the next press removes. */
  confirming: boolean;
}

const blank = (): SystemActorJson => ({ actor: '', category: '', role: '', comment: '' });
const sameActor = (a: SystemActorJson, b: SystemActorJson) => a.actor === b.actor && a.category === b.category && a.role === b.role && a.comment === b.comment;

/**
 * The project's target social system (issue 14 §3), below the assessments: read only when the person
 * opens it (getSystem, never with the project), edited as a list of actors (name, category, role,
 * comment), saved by saveSystem, which finds each row by its key and refuses to overwrite someone
 * else's change. The matrix categories × roles and its one line are core's (core/system/matrix.ts),
 * recomputed as the person types. Everything the sheet holds is shown as text. Unsaved edits stay
 * through failures and conflicts; `render` redraws the section in the current language.
 */
export function systemSection(id: string): { element: HTMLElement; render(): void } {
  const body = el('div', { class: 'small' });
  const summary = el('summary', {}, t(Y.title));
  const details = el('details', { class: 'system block' }, summary, body);
  let table: SystemTable | null = null;
  let rows: Row[] = [];
  let conflicts: SystemConflict[] = [];
  let message: { text: string; kind: 'info' | 'error' } | null = null;
  let busy = false;
  let loading = false;

  const load = () => {
    loading = true;
    render();
    call('getSystem', { id })
      .then((fresh) => take(fresh))
      .catch((e) => {
        message = { text: friendlyError(e), kind: 'error' };
      })
      .finally(() => {
        loading = false;
        render();
      });
  };
  const take = (fresh: SystemTable) => {
    table = fresh;
    rows = fresh.actors.map((a) => ({ base: a, now: { ...a }, removed: false, confirming: false }));
    conflicts = [];
  };
  details.addEventListener('toggle', () => {
    if (details.open && !table && !loading) load();
  });

  const changes = (): SystemChange[] =>
    rows.flatMap((r): SystemChange[] => {
      if (r.base && r.removed) return [{ before: r.base }];
      if (r.base) return sameActor(r.base, r.now) ? [] : [{ before: r.base, after: r.now }];
      // An actor added and left blank is no change (nothing to refuse).
      return r.removed || Object.values(r.now).every((v) => !v.trim()) ? [] : [{ after: r.now }];
    });

  const save = async () => {
    busy = true;
    message = null;
    render();
    try {
      const result: SaveSystemResult = await call('saveSystem', { id, changes: changes() });
      if (result.status === 'saved') {
        take(result.table);
        message = { text: t(Y.saved), kind: 'info' };
      } else {
        conflicts = result.conflicts;
        table = { ...result.table };
      }
    } catch (e) {
      // A refusal or a failure: the edits stay, the message says what to fix.
      message = { text: friendlyError(e), kind: 'error' };
    } finally {
      busy = false;
      render();
    }
  };

  function render(): void {
    summary.textContent = t(Y.title);
    if (!table) return fill(body, loading ? el('p', { class: 'gray' }, t(Y.loading)) : message && notice(message.text, message.kind));
    if (!table.sheetName) return fill(body, notice(t(Y.noSheet), 'warning'));
    const pending = changes().length;
    const add = el('button', { type: 'button', class: 'secondary', disabled: busy }, t(Y.add));
    add.addEventListener('click', () => {
      rows.push({ base: null, now: blank(), removed: false, confirming: false });
      render();
      const inputs = body.querySelectorAll<HTMLInputElement>('.actor-row input.actor-name');
      inputs[inputs.length - 1]?.focus();
    });
    saveButton = el('button', { type: 'button', class: 'action', disabled: busy || pending === 0 }, busy ? t(Y.saving) : t(Y.save));
    saveButton.addEventListener('click', () => void save());
    discard = el('button', { type: 'button', class: 'secondary', disabled: busy || pending === 0 }, t(Y.discard));
    countLine = el('p', { class: 'small', 'aria-live': 'polite' }, pending ? format(t(Y.unsaved), { n: pending }) : '');
    discard.addEventListener('click', () => {
      take(table!);
      message = null;
      render();
    });
    fill(
      body,
      el('p', { class: 'gray' }, t(Y.note)),
      conflicts.length ? conflictNotice() : null,
      message && notice(message.text, message.kind),
      rows.length ? el('div', { class: 'actor-rows' }, ...rows.map(rowView)) : el('p', {}, t(Y.none)),
      el('div', { class: 'buttons' }, add),
      matrixView(),
      countLine,
      el('div', { class: 'buttons' }, saveButton, discard),
      el('footer', { class: 'source small gray' }, el('p', {}, t(Y.source), SYSTEM_SOURCE.citation)),
    );
  }

  function conflictNotice(): HTMLElement {
    const l = lang();
    const categoryName = (v: string) => SYSTEM_CATEGORIES.find((c) => c.id === categoryKey(v))?.label[l] ?? v;
    const reload = el('button', { type: 'button', class: 'secondary' }, t(Y.reload));
    reload.addEventListener('click', () => {
      take(table!);
      render();
    });
    return el(
      'div',
      { class: 'notice warning', role: 'alert' },
      el('p', {}, t(Y.conflict)),
      el(
        'ul',
        {},
        ...conflicts.map((c) =>
          el(
            'li',
            {},
            c.theirs
              ? format(t(Y.changedBy), {
                  actor: c.before.actor,
                  category: categoryName(c.before.category),
                  now: [c.theirs.actor, categoryName(c.theirs.category), c.theirs.role, c.theirs.comment].filter(Boolean).join(' · '),
                })
              : format(t(Y.removedBy), { actor: c.before.actor, category: categoryName(c.before.category) }),
          ),
        ),
      ),
      reload,
    );
  }

  /** One actor: its name, category and role as selects (the seed's words), its comment; or a removed one with its undo. */
  function rowView(r: Row): HTMLElement {
    const l = lang();
    const name = r.now.actor || t(Y.newActor);
    if (r.removed) {
      const undo = el('button', { type: 'button', class: 'link-button' }, t(Y.undo));
      undo.addEventListener('click', () => {
        r.removed = false;
        render();
      });
      return el('div', { class: 'actor-row removed' }, el('p', {}, format(t(Y.removed), { actor: name }), ' ', undo));
    }
    const edited = () => {
      message = null;
      matrix.replaceWith(matrixView());
      refreshCount();
    };
    const field = (label: string, control: HTMLElement & { id: string }) => el('div', { class: 'field' }, el('label', { for: control.id }, label), control);
    const actor = el('input', { id: uid('actor'), type: 'text', class: 'actor-name', autocomplete: 'off', disabled: busy });
    actor.value = r.now.actor;
    actor.addEventListener('input', () => {
      r.now.actor = actor.value;
      legend.textContent = actor.value || t(Y.newActor);
      edited();
    });
    const select = (current: string, options: { value: string; label: string }[], known: boolean) => {
      const s = el(
        'select',
        { id: uid('select'), disabled: busy },
        el('option', { value: '' }, t(Y.choose)),
        // A value the sheet holds that is none of the seed's words: shown as it is, to be replaced.
        current && !known ? el('option', { value: current }, format(t(Y.unreadable), { value: current })) : null,
        ...options.map((o) => el('option', { value: o.value }, o.label)),
      );
      s.value = known ? (options.find((o) => o.value === current)?.value ?? '') : current;
      return s;
    };
    const categoryId = SYSTEM_CATEGORIES.find((c) => c.id === categoryKey(r.now.category))?.id;
    const category = select(
      categoryId ? SYSTEM_CATEGORIES.find((c) => c.id === categoryId)!.label[l] : r.now.category,
      SYSTEM_CATEGORIES.map((c) => ({ value: c.label[l], label: c.label[l] })),
      Boolean(categoryId),
    );
    const describe = el('p', { class: 'small gray' });
    const roleText = (v: string) => SYSTEM_ROLES.find((x) => x.id === roleOf(v));
    const known = roleText(r.now.role);
    const role = select(
      known ? known.label[l] : r.now.role,
      SYSTEM_ROLES.map((x) => ({ value: x.label[l], label: x.short[l] })),
      Boolean(known),
    );
    // The seed's sentence of the chosen role, as text under its short name.
    const sentence = () => {
      describe.textContent = roleText(role.value)?.label[l] ?? '';
    };
    sentence();
    category.addEventListener('change', () => {
      r.now.category = category.value;
      edited();
    });
    role.addEventListener('change', () => {
      r.now.role = role.value;
      sentence();
      edited();
    });
    const comment = el('input', { id: uid('comment'), type: 'text', autocomplete: 'off', disabled: busy });
    comment.value = r.now.comment;
    comment.addEventListener('input', () => {
      r.now.comment = comment.value;
      edited();
    });
    const remove = el('button', { type: 'button', class: 'link-button', 'aria-label': format(t(Y.removeLabel), { actor: name }), disabled: busy }, t(Y.remove));
    remove.addEventListener('click', () => {
      if (!r.confirming && r.base) {
        r.confirming = true;
        remove.textContent = t(Y.confirmRemove);
        remove.setAttribute('aria-label', format(t(Y.confirmRemoveLabel), { actor: name }));
        return;
      }
      // A new actor, never saved, simply goes; a saved one waits for the save.
      if (r.base) r.removed = true;
      else rows = rows.filter((x) => x !== r);
      render();
    });
    const legend = el('legend', {}, name);
    return el(
      'fieldset',
      { class: 'actor-row' },
      legend,
      field(t(Y.actor), actor),
      field(t(Y.category), category),
      el('div', { class: 'field' }, el('label', { for: role.id }, t(Y.role)), role, describe),
      field(t(Y.comment), comment),
      remove,
    );
  }

  let matrix: HTMLElement = el('div');
  let saveButton: HTMLButtonElement | null = null;
  let discard: HTMLButtonElement | null = null;
  let countLine: HTMLElement | null = null;
  // After a keystroke: the count and the buttons follow, without redrawing the rows (focus stays).
  const refreshCount = () => {
    const pending = changes().length;
    if (saveButton) saveButton.disabled = busy || pending === 0;
    if (discard) discard.disabled = busy || pending === 0;
    if (countLine) countLine.textContent = pending ? format(t(Y.unsaved), { n: pending }) : '';
  };

  /** Core's matrix of the actors as they stand in the panel (the unsaved ones too): who holds each cell, empty cells said so. */
  function matrixView(): HTMLElement {
    const l = lang();
    const { actors } = readActors(rows.filter((r) => !r.removed).map((r, k) => ({ row: k + 2, project: id, ...r.now })));
    const m = systemMatrix(actors, id);
    matrix = el(
      'div',
      { class: 'system-matrix' },
      el(
        'table',
        { class: 'matrix' },
        el('caption', {}, t(Y.matrix)),
        el('thead', {}, el('tr', {}, el('td', {}), ...SYSTEM_ROLES.map((r) => el('th', { scope: 'col' }, r.short[l])))),
        el(
          'tbody',
          {},
          ...SYSTEM_CATEGORIES.map((c) =>
            el(
              'tr',
              {},
              el('th', { scope: 'row' }, c.label[l]),
              ...SYSTEM_ROLES.map((r) => {
                const who = m[c.id][r.id];
                return el('td', { class: who.length ? '' : 'empty' }, who.length ? who.join(', ') : t(Y.empty));
              }),
            ),
          ),
        ),
      ),
      el('p', { class: 'verdict' }, systemSummary(m, l)),
    );
    return matrix;
  }

  return { element: details, render };
}
