import { AMI_ANALYSIS_QUESTIONS, AMI_CRITERIA, AMI_GROUPS, AMI_LEVEL_LABELS, AMI_SOURCE } from '../../src/core/ami/grid';
import { amiMax } from '../../src/core/ami/maximum';
import { amiGaps, amiProfile, groupIndices } from '../../src/core/ami/score';
import { levelLabel, MAX_LEVEL } from '../../src/core/cells/level';
import { AMI_IMPROVEMENTS_FIELD, amiCommentField, amiLevelField } from '../../src/contract/fields';
import { readLevel, type Reading } from '../cells';
import { el, fill } from '../dom';
import { formatNumber } from '../format';
import { lang, t } from '../lang';
import type { ProjectModel } from '../model';
import { format, S } from '../strings';
import { figure, liveBlock, provisional, recordNotice, sheetFields, sourceNote, type Panel } from './panel';

const ALL = AMI_CRITERIA.map((_, i) => i);
const known = (x: Reading): x is number => x !== undefined && !Number.isNaN(x);

/** The AMI grid: 12 criteria with their four descriptors, a comment each, the live profile and gaps. */
export function amiPanel(model: ProjectModel): Panel {
  const f = sheetFields(model, 'ami');
  const l = lang();
  const weights = model.settings.amiWeights;
  const levels = () => AMI_CRITERIA.map((c) => readLevel(f.value(amiLevelField(c.id)), 'grid'));
  // The provisional profile counts an unscored criterion as 0, as the sheet will once it is scored 0.
  const profile = () =>
    amiProfile(
      levels().map((x) => (known(x) ? x : 0)),
      weights,
    );
  // Maxima with the sheet's weights (Paramètres): the score every criterion at Fort would get.
  const outOf = (indices: number[]) => formatNumber(amiMax(weights, indices));

  const profileBody = el('div', { class: 'figures' });
  const gapsList = el('div', {});

  const groups = AMI_GROUPS.map((g) =>
    el(
      'section',
      { class: 'group' },
      el('h2', { class: 'group-title' }, g.label[l]),
      ...groupIndices(g.id).map((i) => {
        const c = AMI_CRITERIA[i];
        const field = amiLevelField(c.id);
        return el(
          'div',
          { class: 'criterion' },
          f.choice(field, {
            legend: `${i + 1}. ${c.label[l]}`,
            name: `ami-${c.id}`,
            current: readLevel(f.value(field), 'grid'),
            options: AMI_LEVEL_LABELS.map((label, level) => ({ value: level, title: `${level} · ${label[l]}`, text: c.descriptors[l][level] })),
          }),
          f.text(amiCommentField(c.id), `${t(S.comment)} – ${c.label[l]}`),
        );
      }),
    ),
  );

  const element = el(
    'div',
    {},
    recordNotice(model, 'ami'),
    liveBlock(t(S.amiProfile), profileBody),
    analysisQuestions(),
    ...groups,
    el('section', { class: 'block' }, el('h2', {}, t(S.gaps)), gapsList, f.text(AMI_IMPROVEMENTS_FIELD, t(S.improvements), 4)),
    sourceNote(AMI_SOURCE.citation, AMI_SOURCE.licence),
  );

  const headline = () => format(t(S.amiHeadline), { total: formatNumber(profile().total), max: outOf(ALL) });

  const refresh = () => {
    const ls = levels();
    const p = profile();
    fill(
      profileBody,
      ...AMI_GROUPS.map((g) => figure(g.label[l], `${formatNumber(p[g.id])} / ${outOf(groupIndices(g.id))}`)),
      figure(t(S.total), el('strong', {}, `${formatNumber(p.total)} / ${outOf(ALL)}`)),
      provisional(ls.filter(known).length, AMI_CRITERIA.length),
    );
    // Same ordering as =AMI_GAPS (lowest level first); an unscored criterion is not a gap yet.
    const gaps = amiGaps(ls.map((x) => (known(x) ? x : MAX_LEVEL)));
    fill(
      gapsList,
      gaps.length
        ? el(
            'ul',
            { class: 'gaps' },
            ...gaps.map((g) =>
              el('li', {}, `${AMI_CRITERIA[g.index].label[l]} `, el('span', { class: 'gray' }, `(${levelLabel(g.level, l)} → ${levelLabel(MAX_LEVEL, l)})`)),
            ),
          )
        : el('p', { class: 'small gray' }, t(S.noGap)),
    );
  };
  refresh();
  return { element, refresh, headline };
}

/** The grid's own questions for analysing a project (verbatim, as help), folded away until opened. */
function analysisQuestions(): HTMLElement {
  const l = lang();
  return el(
    'details',
    { class: 'block help' },
    el('summary', {}, t(S.analysisQuestions)),
    el('ul', { class: 'questions small' }, ...AMI_ANALYSIS_QUESTIONS.map((q) => el('li', {}, q[l]))),
  );
}
