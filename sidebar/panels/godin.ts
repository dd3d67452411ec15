import { AMI_LEVEL_LABELS } from '../../src/core/ami/grid';
import { MAX_LEVEL } from '../../src/core/cells/level';
import { GODIN_BLOCKS, GODIN_MARKERS, GODIN_PLURAL_ECONOMY_NOTE, GODIN_SCALE, GODIN_SCALE_NOTE, GODIN_SOURCE } from '../../src/core/godin/markers';
import { godinBlockIndices, godinProfile } from '../../src/core/godin/profile';
import { godinMarkerField } from '../../src/core/instruments/godin';
import { INSTRUMENTS } from '../../src/core/instruments';
import { readLevel, type Reading } from '../cells';
import { el, fill } from '../dom';
import { formatNumber } from '../format';
import { lang, t } from '../lang';
import type { ProjectModel } from '../model';
import { S } from '../strings';
import { figure, liveBlock, provisional, recordNotice, sheetFields, sourceNote, type Panel } from './panel';

const known = (x: Reading): x is number => x !== undefined && !Number.isNaN(x);

/**
 * The Institut Godin's nine markers by block: each with the seed's definition and examples, scored
 * on the module's scale (its four descriptors, said to be ours), a comment each, and live the
 * profile GODIN_PROFILE computes (core/godin/profile.ts).
 */
export function godinPanel(model: ProjectModel): Panel {
  const f = sheetFields(model, 'godin');
  const l = lang();
  const colon = l === 'en' ? ':' : ' :';
  const levels = () => GODIN_MARKERS.map((m) => readLevel(f.value(godinMarkerField(m.id)), 'grid'));
  // Provisional, as the AMI tab: an unscored marker counts as 0 until it is scored.
  const profile = () => godinProfile(levels().map((x) => (known(x) ? x : 0)));
  const body = el('div', { class: 'figures' });

  const blocks = GODIN_BLOCKS.map((b) =>
    el(
      'section',
      { class: 'group' },
      el('h2', { class: 'group-title' }, b.label[l]),
      ...godinBlockIndices(b.id).map((i) => {
        const m = GODIN_MARKERS[i];
        const field = godinMarkerField(m.id);
        const examples = el(
          'ul',
          { class: 'small gray' },
          el('li', {}, `Initi'elles${colon} ${m.examples.initielles[l]}`),
          el('li', {}, `Graines de Pays${colon} ${m.examples.grainesDePays[l]}`),
          m.id === 'modele' ? el('li', {}, GODIN_PLURAL_ECONOMY_NOTE[l]) : null,
        );
        return el(
          'div',
          { class: 'criterion' },
          f.choice(field, {
            legend: `${i + 1}. ${m.label[l]}`,
            name: `godin-${m.id}`,
            intro: el('div', {}, el('p', { class: 'question' }, m.definition[l]), examples),
            current: readLevel(f.value(field), 'grid'),
            options: AMI_LEVEL_LABELS.map((label, level) => ({ value: level, title: `${level} · ${label[l]}`, text: GODIN_SCALE[l][level] })),
          }),
          f.text(`comment:${m.id}`, `${t(S.comment)} – ${m.label[l]}`),
        );
      }),
    ),
  );

  const element = el(
    'div',
    {},
    recordNotice(model, 'godin'),
    liveBlock(INSTRUMENTS.godin.tab.full[l], body),
    el('p', { class: 'small gray' }, GODIN_SCALE_NOTE[l]),
    ...blocks,
    sourceNote(GODIN_SOURCE.citation, GODIN_SOURCE.licence),
  );
  const total = GODIN_MARKERS.length * MAX_LEVEL;
  // Not « Total »: the AMI tab's figure is, and both tabs are in the page at once.
  const sumLabel = l === 'en' ? `Sum of the ${GODIN_MARKERS.length} markers` : `Somme des ${GODIN_MARKERS.length} marqueurs`;
  const headline = () => `${INSTRUMENTS.godin.sheet.columns.find((c) => c.id === 'total')!.header[l]}${colon} ${formatNumber(profile().total)} / ${total}`;
  const refresh = () => {
    const p = profile();
    fill(
      body,
      ...GODIN_BLOCKS.map((b) => figure(b.label[l], `${formatNumber(p.blocks[b.id])} / ${MAX_LEVEL}`)),
      figure(sumLabel, el('strong', {}, `${formatNumber(p.total)} / ${total}`)),
      provisional(levels().filter(known).length, GODIN_MARKERS.length),
    );
  };
  refresh();
  return { element, refresh, headline };
}
