import { VC_FAMILIES, VC_POINTS, VC_SCALE_NOTE, VC_SOURCE } from '../../src/core/value-capture/checklist';
import { VC_MAX, vcFragilities, vcMix, vcScore } from '../../src/core/value-capture/score';
import { MAX_LEVEL } from '../../src/core/cells/level';
import { toAmount } from '../../src/core/cells/number';
import { inRange } from '../../src/core/instruments/kinds';
import { vcAmountField, vcAnswerField, vcNoteField } from '../../src/contract/fields';
import { readLevel } from '../cells';
import { el, fill } from '../dom';
import { formatNumber, formatPercent } from '../format';
import { lang, t } from '../lang';
import type { ProjectModel } from '../model';
import { format, S } from '../strings';
import { figure, liveBlock, provisional, recordNotice, sheetFields, sourceNote, type Panel } from './panel';

const valid = (x: number | undefined): x is number => x !== undefined && !Number.isNaN(x);

/** The value-capture checklist: 5 questions with level descriptors and notes, the 4 families' amounts; live score, fragilities and mix. */
export function valueCapturePanel(model: ProjectModel): Panel {
  const f = sheetFields(model, 'vc');
  const l = lang();
  const answers = () => VC_POINTS.map((p) => readLevel(f.value(vcAnswerField(p.id)), 'checklist'));
  const amounts = () => VC_FAMILIES.map((fam) => toAmount(f.value(vcAmountField(fam.id))));
  const liveBody = el('div', {});

  const points = VC_POINTS.map((p, i) => {
    const field = vcAnswerField(p.id);
    return el(
      'div',
      { class: 'criterion' },
      f.choice(field, {
        legend: `${i + 1}. ${p.label[l]}`,
        name: `vc-${p.id}`,
        intro: el('p', { class: 'question' }, p.question[l]),
        current: readLevel(f.value(field), 'checklist'),
        // The point's own answers, not the AMI levels: « Sur-effort : Inexistant » would read as secure.
        options: p.answers[l].map((answer, level) => ({ value: level, title: `${level} · ${answer}`, text: p.descriptors[l][level] })),
      }),
      f.text(vcNoteField(p.id), `${t(S.note)} – ${p.label[l]}`),
    );
  });

  const families = VC_FAMILIES.map((fam) => {
    const control = f.number(vcAmountField(fam.id), fam.label[l], t(S.amountInvalid), (n) => inRange('amount', n), { class: 'amount' });
    control.append(el('details', {}, el('summary', {}, t(S.definition)), ...fam.definition[l].split('\n\n').map((para) => el('p', { class: 'small' }, para))));
    return control;
  });

  const element = el(
    'div',
    {},
    recordNotice(model, 'vc'),
    liveBlock(t(S.vcScore), liveBody),
    el('p', { class: 'small gray scale' }, `${VC_SCALE_NOTE[l]}.`),
    ...points,
    el('section', { class: 'block' }, el('h2', {}, t(S.families)), ...families),
    sourceNote(VC_SOURCE.citation, VC_SOURCE.licence),
  );

  const score = () => vcScore(answers().filter(valid));
  const headline = () => format(t(S.vcHeadline), { score: formatNumber(score()), max: VC_MAX });

  const refresh = () => {
    const a = answers();
    const answered = a.filter(valid).length;
    // Fragile = answered 0 or 1; an unanswered point is not judged yet: it stands in as the top level
    // (a level, not the checklist's total VC_MAX), which is never fragile.
    const fragile = vcFragilities(a.map((x) => (valid(x) ? x : MAX_LEVEL)));
    const mix = vcMix(amounts().map((x) => (valid(x) ? x : 0)));
    fill(
      liveBody,
      el('div', { class: 'figures' }, figure(t(S.vcScore), el('strong', {}, `${formatNumber(score())} / ${VC_MAX}`)), provisional(answered, VC_POINTS.length)),
      el('h3', {}, t(S.fragilities)),
      fragile.length
        ? el('ul', { class: 'gaps' }, ...fragile.map((i) => el('li', {}, VC_POINTS[i].label[l])))
        : el('p', { class: 'small gray' }, t(S.noFragility)),
      el('h3', {}, t(S.mix)),
      mix
        ? el(
            'div',
            { class: 'figures' },
            figure(
              t(S.dominant),
              mix.dominant.map((id) => VC_FAMILIES.find((x) => x.id === id)!.label[l]).join(' / '),
              el('span', { class: 'figure-note' }, formatPercent(mix.dominantShare)),
            ),
            figure(t(S.hybridity), formatNumber(mix.hybridity)),
            ...VC_FAMILIES.map((fam, i) => figure(fam.label[l], formatPercent(mix.shares[i]))),
          )
        : el('p', { class: 'small gray' }, t(S.noMix)),
    );
  };
  refresh();
  return { element, refresh, headline };
}
