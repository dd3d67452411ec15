import { isBlankCell } from '../../src/contract/cells';
import type { InstrumentId } from '../../src/contract/endpoints';
import { INSTRUMENTS, isEditable } from '../../src/core/instruments';
import { CHOICES, KINDS } from '../../src/core/instruments/kinds';
import { el, fill } from '../dom';
import { formatNumber } from '../format';
import { lang } from '../lang';
import type { Lang } from '../../src/core/i18n';
import type { ProjectModel } from '../model';
import { figure, liveBlock, provisional, recordNotice, sheetFields, sourceNote, type Panel } from './panel';

/**
 * A checklist's one-line verdict once every choice is answered (choices by value, kinds.ts CHOICES:
 * 0 non, 1 en partie, 2 oui), as the sheet's own function writes it (social R&D: RND_VERDICT's core).
 */
export type Verdict = (choices: readonly number[], lang: Lang) => string;

/**
 * The panel of an instrument declared with data only (a checklist such as ISR): each `choice`
 * column as « oui / en partie / non » with its help (the framework's wording), each text column as
 * a note, and live the counts its computed columns declare — all from its declaration, so a new
 * checklist needs no panel of its own.
 */
export function checklistPanel(sheet: InstrumentId, verdict?: Verdict): (model: ProjectModel) => Panel {
  return (model) => {
    const instrument = INSTRUMENTS[sheet];
    const f = sheetFields(model, sheet);
    const l = lang();
    const columns = instrument.sheet.columns;
    const choices = columns.filter((c) => c.kind === 'choice');
    const read = (field: string) => {
      const v = f.value(field);
      return isBlankCell(v) ? undefined : KINDS.choice.input!.read(v);
    };
    const controls = columns.filter(isEditable).map((c, i) =>
      c.kind === 'choice'
        ? el(
            'div',
            { class: 'criterion' },
            f.choice(c.id, {
              legend: `${i + 1}. ${c.header[l]}`,
              name: `${sheet}-${c.id}`,
              intro: c.help ? el('p', { class: 'question' }, c.help[l]) : undefined,
              current: read(c.id),
              options: CHOICES.map((choice, value) => ({ value, title: choice[l], text: '' })).reverse(),
            }),
          )
        : f.text(c.id, c.header[l], 3),
    );
    const counts = columns.filter((c) => c.counts !== undefined);
    const count = (value: number) => choices.filter((c) => read(c.id) === value).length;
    const liveBody = el('div', {});
    const verdictLine = () => {
      const answers = choices.map((c) => read(c.id));
      if (!verdict || answers.some((a) => a === undefined || Number.isNaN(a))) return null;
      return el('p', { class: 'verdict' }, verdict(answers as number[], l));
    };
    const refresh = () =>
      fill(
        liveBody,
        ...counts.map((c) => figure(c.header[l], el('strong', {}, `${formatNumber(count(c.counts!))} / ${choices.length}`))),
        verdictLine(),
        provisional(choices.filter((c) => read(c.id) !== undefined).length, choices.length),
      );
    const element = el(
      'div',
      {},
      recordNotice(model, sheet),
      liveBlock(instrument.tab.full[l], liveBody),
      ...controls,
      instrument.source ? sourceNote(instrument.source.citation, instrument.source.licence) : null,
    );
    const headline = () => counts.map((c) => `${c.header[l]} : ${formatNumber(count(c.counts!))} / ${choices.length}`).join(' · ');
    refresh();
    return { element, refresh, headline };
  };
}
