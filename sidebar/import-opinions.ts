import type { OpinionSummary } from '../src/contract/endpoints';
import type { Text } from '../src/core/i18n';
import { notice } from './controls';
import { el, fill } from './dom';
import { friendlyError } from './errors';
import { formatDay } from './format';
import { t } from './lang';
import { call } from './server';
import { format, frenchSpacing } from './strings';

const text = (fr: string, en: string): Text => ({ fr: frenchSpacing(fr), en });

const O = {
  title: text('Avis d’experts (Démarches simplifiées)', 'Experts’ opinions (Démarches simplifiées)'),
  note: text(
    'Importés de l’export dans « Avis DS » : à côté des évaluations, jamais comptés dans les notes.',
    'Imported from the export into "DS opinions": beside the assessments, never counted in the scores.',
  ),
  none: text('Aucun avis importé pour ce projet.', 'No opinion imported for this project.'),
  loading: text('Chargement…', 'Loading…'),
  asked: text('demandé le {day}', 'asked on {day}'),
  answered: text('répondu le {day}', 'answered on {day}'),
  waiting: text('pas encore de réponse', 'no answer yet'),
};

/**
 * The experts' opinions on a project (issue 15), below « Suivi dans le temps »: read from the server
 * only when the person opens the list (getOpinions), never with the project. Shown as text only.
 */
export function opinionsView(id: string): HTMLElement {
  const body = el('div', { class: 'small' });
  const details = el('details', { class: 'opinions block' }, el('summary', {}, t(O.title)), body);
  let loaded = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loaded) return;
    loaded = true;
    fill(body, el('p', { class: 'gray' }, t(O.loading)));
    call('getOpinions', { id })
      .then(({ opinions }) => fill(body, el('p', { class: 'gray' }, t(O.note)), opinions.length ? el('ul', {}, ...opinions.map(item)) : el('p', {}, t(O.none))))
      .catch((e) => {
        loaded = false;
        fill(body, notice(friendlyError(e), 'error'));
      });
  });
  return details;
}

function item(o: OpinionSummary): HTMLElement {
  const when = [o.asked && format(t(O.asked), { day: formatDay(o.asked) }), o.answered ? format(t(O.answered), { day: formatDay(o.answered) }) : t(O.waiting)]
    .filter(Boolean)
    .join(', ');
  return el(
    'li',
    {},
    el('strong', {}, o.expert || '—'),
    ` (${when})`,
    o.introduction && el('div', { class: 'gray' }, o.introduction),
    o.question && el('div', { class: 'gray' }, `${o.question} ${o.yesNo}`.trim()),
    o.answer && el('div', { class: 'opinion-answer' }, o.answer),
  );
}
