import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { MAX_LEVEL } from '../../src/core/cells/level';
import { editableFields, fieldLabel, INSTRUMENT_IDS, INSTRUMENTS } from '../../src/core/instruments';
import { KINDS } from '../../src/core/instruments/kinds';
import type { ColumnKind, InstrumentId } from '../../src/core/instruments/types';
import { SIAT_MAX, SIAT_MIN } from '../../src/core/siat/index';
import { SIAT_DIMENSIONS, SIAT_SCALE } from '../../src/core/siat/template';
import { SRL_MAX } from '../../src/core/srl/level';
import { MAX_YEARS } from '../../src/core/sroi/valuation';
import { vcAnswer } from '../../src/core/value-capture/answers';
import { VC_FAMILIES, VC_POINTS } from '../../src/core/value-capture/checklist';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { INSTRUMENT_SHEETS, WORKBOOK } from '../../src/sheets/schema';
import { forgetComplete } from '../../src/sheets/templates/fingerprint';
import { parameterBlocks } from '../../src/sheets/templates/parameters';
import { sheet, withFake } from '../helpers/workbook';

/** Issue 9: each framework is declared once (src/core/instruments/), each column kind once (kinds.ts). */
describe('one list of instruments', () => {
  test('every instrument is declared under its own id, with a sheet of the workbook and a tab', () => {
    expect(Object.keys(INSTRUMENTS).sort()).toEqual([...INSTRUMENT_IDS].sort());
    for (const id of INSTRUMENT_IDS) {
      const i = INSTRUMENTS[id];
      expect(i.id).toBe(id);
      expect(i.sheet.id).toBe(id);
      expect(INSTRUMENT_SHEETS).toContain(i.sheet);
      expect(WORKBOOK).toContain(i.sheet);
      expect(i.tab.short.fr && i.tab.short.en && i.tab.full.fr && i.tab.full.en).toBeTruthy();
      expect(new Set(i.sheet.columns.map((c) => c.id)).size).toBe(i.sheet.columns.length);
    }
  });

  test.each(INSTRUMENT_IDS)('every editable field of %s has a label a reviewer knows (no fall-through to the column id)', (id: InstrumentId) => {
    expect(editableFields(id).length).toBeGreaterThan(0);
    for (const field of editableFields(id)) {
      for (const lang of ['fr', 'en'] as const) expect(fieldLabel(id, field, lang)).not.toBe(field);
    }
  });

  test('counts are derived: the AMI sheet has one level and one comment column per criterion', () => {
    const kinds = INSTRUMENTS.ami.sheet.columns.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'level')).toHaveLength(AMI_CRITERIA.length);
  });

  test('the declarations build nothing at load: columns are built on first read, once', () => {
    expect(INSTRUMENTS.ami.sheet.columns).toBe(INSTRUMENTS.ami.sheet.columns);
  });
});

describe('one table per column kind', () => {
  test('the accepted ranges are core’s constants, the « amount ≥ 0 » rule is written once', () => {
    expect(KINDS.level.range).toEqual({ min: 0, max: MAX_LEVEL, integer: true });
    expect(KINDS.answer.range).toEqual({ min: 0, max: MAX_LEVEL, integer: true });
    expect(KINDS.srl.range).toEqual({ min: 1, max: SRL_MAX, integer: true });
    expect(KINDS.siat.range).toEqual({ min: SIAT_MIN, max: SIAT_MAX, integer: true });
    expect(KINDS.years.range).toEqual({ min: 1, max: MAX_YEARS, integer: true });
    expect(KINDS.amount.range).toEqual({ min: 0 });
  });

  test('every kind the sidebar edits says what it accepts, except free text', () => {
    for (const [kind, spec] of Object.entries(KINDS) as [ColumnKind, (typeof KINDS)[ColumnKind]][]) {
      if (spec.editable && kind !== 'text') expect(spec.input?.expected.fr).toBeTruthy();
      if (spec.colour) expect(spec.range).toBeDefined();
    }
  });
});

describe('the sidebar shows a cell as its kind says (kinds.ts `show`)', () => {
  test('levels, answers, completions, SIAT scores and amounts in words; anything else as written', () => {
    const point = VC_POINTS[0];
    // As sidebar/field-labels.ts fieldValue does, with plain formatters for the locale's numbers.
    const numbers = { euros: (n: number) => `${n} €`, percent: (share: number) => `${share * 100} %` };
    const shown = (sheet: InstrumentId, field: string, v: string | number) => {
      const column = INSTRUMENTS[sheet].sheet.columns.find((c) => c.id === field)!;
      return KINDS[column.kind].show?.(column, v, 'fr', numbers) ?? String(v);
    };
    expect(shown('ami', `level:${AMI_CRITERIA[0].id}`, 2)).toBe('2 · Intermédiaire');
    expect(shown('ami', `level:${AMI_CRITERIA[0].id}`, 'Fort')).toBe('3 · Fort');
    expect(shown('ami', `level:${AMI_CRITERIA[0].id}`, 'beaucoup')).toBe('beaucoup');
    expect(shown('vc', `answer:${point.id}`, 0)).toBe(vcAnswer(point, 0, 'fr'));
    expect(shown('srl', 'evidence:1', 0.5)).toBe('50 %');
    expect(shown('siat', `item:${SIAT_DIMENSIONS[0].items[0].id}`, 4)).toBe(`4 · ${SIAT_SCALE[4 - SIAT_MIN].fr}`);
    expect(shown('siat', `item:${SIAT_DIMENSIONS[0].items[0].id}`, '4')).toBe('4');
    expect(shown('vc', `amount:${VC_FAMILIES[0].id}`, 1200)).toBe('1200 €');
    expect(shown('isr', 'isr:combine', 'en partie')).toBe('en partie');
    expect(shown('ami', 'improvements', 'texte')).toBe('texte');
  });

  test('no switch on column kinds outside the kinds table', () => {
    const source = readFileSync(path.resolve(__dirname, '../../sidebar/field-labels.ts'), 'utf8');
    expect(source).not.toMatch(/switch \(|\.kind ===/);
  });
});

describe('Paramètres grows with the frameworks', () => {
  test(
    'a workbook whose AMI_POIDS has 11 rows gets 12 on setup: the user’s weights kept by label, the blocks below still named',
    withFake((fake) => {
      setupWorkbook();
      const params = sheet(fake, 'Paramètres');
      const weights = fake.spreadsheet.getRangeByName('AMI_POIDS')!;
      const first = weights.getRow();
      // An earlier version's block: the last criterion's row is not there, the user changed two weights.
      params.deleteRow(first + 11);
      fake.spreadsheet.setNamedRange('AMI_POIDS', params.getRange(first, 2, 11, 1));
      params.getRange(first, 2).setValue(2);
      params.getRange(first + 10, 2).setValue(0);
      expect(fake.spreadsheet.getRangeByName('AMI_POIDS')!.getNumRows()).toBe(11);
      // That version's fingerprint (11 weights in its versionOf) never matches this one's: the full setup runs.
      forgetComplete();

      setupWorkbook();

      const grown = fake.spreadsheet.getRangeByName('AMI_POIDS')!;
      expect(grown.getNumRows()).toBe(AMI_CRITERIA.length);
      expect(grown.getValues().flat()).toEqual([2, ...Array(9).fill(1), 0, 1]);
      expect(params.getRange(first + 11, 1).getValue()).toMatch(new RegExp(AMI_CRITERIA[11].label.fr.slice(0, 10)));
      for (const block of parameterBlocks()) expect(fake.spreadsheet.getRangeByName(block.name)!.getNumRows()).toBe(block.rows.length);
      expect(fake.spreadsheet.getRangeByName('SEUIL_SRL')!.getValue()).toBe(1);
      expect(fake.spreadsheet.getRangeByName('LANGUE')!.getValue()).toBe('fr');
      // A second run finds nothing to resize.
      const before = JSON.stringify(fake.snapshot());
      setupWorkbook();
      expect(JSON.stringify(fake.snapshot())).toBe(before);
    }),
  );
});
