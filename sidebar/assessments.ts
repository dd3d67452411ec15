import { isBlankCell } from '../src/contract/cells';
import type { AssessmentSummary, InstrumentId, Progress } from '../src/contract/endpoints';
import { editableFields, INSTRUMENTS } from '../src/core/instruments';
import { notice } from './controls';
import { el, uid } from './dom';
import { fieldLabel, fieldValue } from './field-labels';
import { formatDay } from './format';
import { t } from './lang';
import type { ProjectModel } from './model';
import { format, S } from './strings';

/** What the reviewer can do with their own assessment (app.ts calls the server and reloads). */
export interface StateActions {
  setStatus(status: 'in-progress' | 'done'): void;
  recuse(recused: boolean, reason: string): void;
  /** « Nouvelle évaluation » (issue 12): my new assessment dated today, from the project's latest values. */
  newAssessment(): void;
  /** Back to my latest assessment from an older one. */
  openLatest(): void;
  /** Whether an action may run now (no pending edit, nothing saving). */
  ready(): boolean;
}

/**
 * « Mon évaluation »: its date, where it stands, « Marquer comme terminée » and « Je me déporte »
 * (with an optional reason). Everything the sheet holds is shown as text, never as markup.
 */
export function myAssessmentView(model: ProjectModel, actions: StateActions): HTMLElement {
  const mine = model.project.assessments.find((a) => a.mine);
  const titleId = uid('mine');
  const date = model.date ? format(t(S.myAssessmentOf), { date: formatDay(model.date) }) : '';
  const state = mine?.recused ? t(S.statusRecused) : mine?.status === 'done' ? t(S.statusDone) : t(S.statusInProgress);
  const head = el('h2', { id: titleId, class: 'mine-title' }, t(S.myAssessment), date ? ` ${date}` : '', ' · ', el('span', { class: 'mine-state' }, state));
  const blocked = el('p', { class: 'small gray', hidden: true }, t(S.saveFirst));
  const guard = (run: () => void) => () => {
    blocked.hidden = actions.ready();
    if (blocked.hidden) run();
  };
  const fresh = el('button', { type: 'button', class: 'secondary new-assessment' }, t(S.newAssessment));
  fresh.addEventListener('click', guard(actions.newAssessment));
  if (mine?.recused) {
    const undo = el('button', { type: 'button', class: 'secondary' }, t(S.unrecuse));
    undo.addEventListener(
      'click',
      guard(() => actions.recuse(false, '')),
    );
    return el(
      'section',
      { class: 'my-assessment block recused', 'aria-labelledby': titleId },
      head,
      notice(t(S.recused), 'warning'),
      mine.reason ? el('p', { class: 'small' }, format(t(S.recusedReason), { reason: mine.reason })) : null,
      // A later round may find me no longer in conflict: a new assessment stays possible.
      el('div', { class: 'buttons' }, undo, fresh),
      blocked,
    );
  }
  const done = mine?.status === 'done';
  // An older assessment of mine is open (deliberately): said, with the way back to the latest.
  const older = model.date !== '' && model.project.assessments.some((a) => a.own && a.date > model.date);
  const latest = older ? el('button', { type: 'button', class: 'link-button' }, t(S.openLatest)) : null;
  latest?.addEventListener('click', guard(actions.openLatest));
  const status = el('button', { type: 'button', class: 'secondary', disabled: !mine }, done ? t(S.reopen) : t(S.markDone));
  status.addEventListener(
    'click',
    guard(() => actions.setStatus(done ? 'in-progress' : 'done')),
  );
  const recuse = el('button', { type: 'button', class: 'secondary' }, t(S.recuse));
  const reasonId = uid('reason');
  const reason = el('textarea', { id: reasonId, rows: 2, maxlength: 2000 });
  const confirm = el('button', { type: 'button', class: 'action' }, t(S.recuseConfirm));
  const form = el(
    'div',
    { class: 'recuse-form', hidden: true },
    el('p', { class: 'small' }, t(S.recuseHelp)),
    el('div', { class: 'field' }, el('label', { for: reasonId }, t(S.recuseReason)), reason),
    confirm,
  );
  recuse.addEventListener('click', () => {
    form.hidden = !form.hidden;
    if (!form.hidden) reason.focus();
  });
  confirm.addEventListener(
    'click',
    guard(() => actions.recuse(true, reason.value)),
  );
  return el(
    'section',
    { class: 'my-assessment block', 'aria-labelledby': titleId },
    head,
    model.date ? null : el('p', { class: 'small gray' }, t(S.myAssessmentNew)),
    older
      ? el('div', { class: 'notice warning older-open' }, el('p', { class: 'small' }, format(t(S.olderOpen), { date: formatDay(model.date) })), latest)
      : null,
    el('div', { class: 'buttons' }, status, recuse, fresh),
    el('p', { class: 'small gray' }, t(S.newAssessmentHelp)),
    form,
    blocked,
  );
}

/** The comment written beside a scored field (AMI: comment:x beside level:x; value capture: note:x beside answer:x). */
const COMMENT_OF: Record<string, string> = { 'level:': 'comment:', 'answer:': 'note:' };
function commentField(field: string): string | undefined {
  const prefix = Object.keys(COMMENT_OF).find((p) => field.startsWith(p));
  return prefix ? COMMENT_OF[prefix] + field.slice(prefix.length) : undefined;
}

const who = (a: AssessmentSummary) => (a.reviewer || t(S.unnamedReviewer)) + (a.date ? ` (${formatDay(a.date)})` : '');

/**
 * The others' assessments of this instrument, criterion by criterion: each reviewer's value side by
 * side with mine, then their comments (as text). Under blind review, a notice instead, until mine is
 * « Terminée ». Either way, a plain word that blind review is a convention, not a protection.
 */
export function othersView(model: ProjectModel, sheet: InstrumentId): HTMLElement {
  const others = model.project.assessments.filter((a) => !a.mine);
  const titleId = uid('others');
  const title = el('h2', { id: titleId }, format(t(S.others), { n: others.length }));
  const caveat = el('p', { class: 'small gray caveat' }, t(S.blindCaveat));
  const hidden = others.filter((a) => a.hidden);
  if (!others.length) return el('section', { class: 'others block', 'aria-labelledby': titleId }, title, el('p', { class: 'small gray' }, t(S.noOthers)));
  const shown = others.filter((a) => !a.hidden);
  const parts: HTMLElement[] = [];
  if (hidden.length) parts.push(notice(format(t(S.blindHidden), { n: hidden.length }), 'info'));
  const fields = editableFields(sheet);
  const comments = new Set(fields.map(commentField));
  const scored = fields.filter((f) => !comments.has(f) && shown.some((a) => !isBlankCell(a.instruments[sheet]?.[f])));
  const kindOf = (f: string) => INSTRUMENTS[sheet].sheet.columns.find((c) => c.id === f)?.kind;
  for (const field of scored) {
    const text = kindOf(field) === 'text';
    const comment = commentField(field);
    const values = shown
      .filter((a) => !isBlankCell(a.instruments[sheet]?.[field]))
      .map((a) =>
        el(
          'li',
          { class: a.recused ? 'recused' : undefined },
          el('span', { class: 'who' }, who(a)),
          ' ',
          fieldValue(sheet, field, a.instruments[sheet]![field]),
        ),
      );
    const mine = model.value(sheet, field);
    const notes = comment
      ? shown
          .filter((a) => !isBlankCell(a.instruments[sheet]?.[comment]))
          .map((a) => el('li', {}, el('span', { class: 'who' }, who(a)), ' ', String(a.instruments[sheet]![comment])))
      : [];
    parts.push(
      el(
        'div',
        { class: `other-field${text ? ' text' : ''}` },
        el('h3', {}, fieldLabel(sheet, field)),
        el(
          'ul',
          { class: text ? 'other-texts' : 'other-values' },
          text || isBlankCell(mine) ? null : el('li', { class: 'me' }, el('span', { class: 'who' }, t(S.me)), ' ', fieldValue(sheet, field, mine)),
          ...values,
        ),
        notes.length ? el('ul', { class: 'other-texts' }, ...notes) : null,
      ),
    );
  }
  if (shown.length && !scored.length) parts.push(el('p', { class: 'small gray' }, t(S.othersEmpty)));
  return el('section', { class: 'others block', 'aria-labelledby': titleId }, title, ...parts, caveat);
}

/** « Mes dossiers : 3 / 7 évalués », with previous / next through my assigned projects. */
export function progressView(progress: Progress | null, currentId: string | null, open: (id: string) => void): HTMLElement | null {
  if (!progress?.column || !progress.total) return null;
  const i = progress.projects.findIndex((p) => p.id === currentId);
  const step = (delta: number) => {
    const target = i < 0 ? progress.projects[delta > 0 ? 0 : progress.projects.length - 1] : progress.projects[i + delta];
    if (target) open(target.id);
  };
  const previous = el('button', { type: 'button', class: 'icon-button', 'aria-label': t(S.myPrevious), title: t(S.myPrevious), disabled: i === 0 }, '‹');
  const next = el(
    'button',
    { type: 'button', class: 'icon-button', 'aria-label': t(S.myNext), title: t(S.myNext), disabled: i === progress.projects.length - 1 },
    '›',
  );
  previous.addEventListener('click', () => step(-1));
  next.addEventListener('click', () => step(1));
  return el(
    'div',
    { class: 'my-projects' },
    previous,
    el('p', { class: 'small', role: 'status' }, format(t(S.myProjects), { done: progress.done, total: progress.total })),
    next,
  );
}
