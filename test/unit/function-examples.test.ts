/**
 * Issue 8, §1: the examples users copy — README intro and table, help dialog, autocomplete JSDoc —
 * parse in every locale and work as typed on the add-on's own sheets: each range is exactly the
 * columns the argument needs, where the template puts them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { GODIN_MARKERS } from '../../src/core/godin/markers';
import { RND_CRITERIA } from '../../src/core/rnd/criteria';
import { SIAT_DIMENSIONS } from '../../src/core/siat/template';
import { SRL_LEVELS } from '../../src/core/srl/scale';
import { VC_FAMILIES, VC_POINTS } from '../../src/core/value-capture/checklist';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { exampleSheetSpec, type SheetId } from '../../src/sheets/schema';
import { exampleGrid } from '../../src/core/grids/example';
import { GRID_DEFINITIONS_RANGE } from '../../src/core/grids/definition';
import { gridLevelFields } from '../../src/core/grids/sheet';
import { columnLetters } from '../../src/sheets/templates/a1';
import { PARAMETER_NAMES } from '../../src/sheets/templates/parameters';
import { formulaHelpHtml } from '../../src/server/help';
import { customFunctionJsDoc } from '../../src/server/jsdoc';
import { localeProblems } from '../helpers/formula-syntax';

const levels = AMI_CRITERIA.map((c) => `level:${c.id}`);
const evidence = SRL_LEVELS.map((l) => `evidence:${l.level}`);
const answers = VC_POINTS.map((p) => `answer:${p.id}`);

/** The columns each range of a function's example must cover, in order of appearance. */
const RANGES: Record<string, string[][]> = {
  SRL_LEVEL: [evidence],
  SRL_PHASE: [evidence],
  SRL_LABEL: [['level']],
  AMI_LEVEL: [levels],
  AMI_SCORE: [levels],
  AMI_PROFILE: [levels],
  AMI_GAPS: [levels],
  AMI_PROFILE_GAPS: [levels],
  AMI_PORTFOLIO: [['id'], ['id'], levels, ['reviewer'], ['date'], ['recused']],
  VC_SCORE: [answers],
  VC_FLAGS: [answers],
  VC_MIX: [VC_FAMILIES.map((f) => `amount:${f.id}`)],
  SIAT_INDEX: [SIAT_DIMENSIONS.map((d) => `dimension:${d.id}`)],
  SROI_VALUE: ['quantity', 'proxy', 'deadweight', 'attribution', 'displacement', 'dropoff', 'years'].map((id) => [id]),
  SROI_YEARS: ['quantity', 'proxy', 'deadweight', 'attribution', 'displacement', 'dropoff', 'years'].map((id) => [id]),
  SROI_NPV: [['social-value'], ['investment']],
  SROI_PAYBACK: ['quantity', 'proxy', 'deadweight', 'attribution', 'displacement', 'dropoff', 'years'].map((id) => [id]),
  SROI_SWITCH: ['quantity', 'proxy', 'deadweight', 'attribution', 'displacement', 'dropoff', 'years'].map((id) => [id]),
  SROI_RATIO: [['social-value'], ['investment']],
  CONSENSUS: [['id'], ['id'], levels, ['reviewer'], ['date']],
  REVIEW_SPREAD: [['id'], ['id'], levels, ['reviewer'], ['date']],
  LATEST: [['id'], ['id'], ['date'], evidence],
  NORMALIZE_BY_REVIEWER: [['reviewer'], ['level'], ['id'], ['date']],
  READ_DATE: [['date']],
  GODIN_PROFILE: [GODIN_MARKERS.map((m) => `marker:${m.id}`)],
  RND_VERDICT: [RND_CRITERIA.map((c) => `rnd:${c.id}`)],
  GRID_SCORE: [gridLevelFields(exampleGrid())],
};

/** The column ids a formula's ranges cover on `sheet` as the template lays it out (`C2:N` → 12 ids). */
function rangesOf(formula: string, sheet: SheetId): string[][] {
  const spec = exampleSheetSpec(sheet);
  const letters = spec.columns.map((_, i) => columnLetters(i));
  return [...formula.matchAll(/\b([A-Z]{1,3})2:([A-Z]{1,3})(\d*)\b/g)].map(([, from, to]) =>
    spec.columns.slice(letters.indexOf(from), letters.indexOf(to) + 1).map((c) => c.id),
  );
}

/** Names the formula reads that are not functions: each must be a setting of Paramètres. */
const namesOf = (formula: string) =>
  [...formula.replace(/"[^"]*"/g, '').matchAll(/\b([A-Z][A-Z_]+)\b(?!\s*\()/g)].map((m) => m[1]).filter((n) => !/^[A-Z]{1,3}$/.test(n));

describe.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))('%s', (name, spec) => {
  test('its example and argument examples parse in every locale (";", no decimal literal)', () => {
    expect(localeProblems(spec.example)).toEqual([]);
    for (const p of spec.params) expect([p.name, localeProblems(`=${p.example}`)]).toEqual([p.name, []]);
  });

  test('its example’s ranges are the columns the arguments need, on the sheet it names', () => {
    expect(rangesOf(spec.example, spec.exampleSheet)).toEqual(RANGES[name]);
    for (const n of namesOf(spec.example)) expect([...Object.values(PARAMETER_NAMES), GRID_DEFINITIONS_RANGE]).toContain(n);
  });

  test('the help dialog and the autocomplete show the example with its sheet', () => {
    const sheet = exampleSheetSpec(spec.exampleSheet).name;
    // The dialog is HTML: « R&D sociale » is written R&amp;D.
    expect(formulaHelpHtml('fr')).toContain(`Dans la feuille « ${sheet.fr.replace(/&/g, '&amp;')} » : <code>${spec.example.replace(/"/g, '&quot;')}</code>`);
    expect(formulaHelpHtml('en')).toContain(`In the sheet “${sheet.en.replace(/&/g, '&amp;')}”: <code>`);
    expect(customFunctionJsDoc(spec)).toContain(`Exemple (feuille « ${sheet.fr} ») : ${spec.example}`);
  });
});

test('the README’s intro examples parse in every locale and read the right columns', () => {
  const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const intro = readme.slice(0, readme.indexOf('\n## '));
  const examples = [...intro.matchAll(/`(=[A-Z_]+\([^`]*\))`/g)].map((m) => m[1]);
  expect(examples).toEqual(['=AMI_SCORE(E2:P)', '=SRL_LEVEL(E2:M;8/10)']);
  for (const e of examples) expect(localeProblems(e)).toEqual([]);
  expect(rangesOf(examples[0], 'ami')).toEqual([levels]);
  expect(rangesOf(examples[1], 'srl')).toEqual([evidence]);
});

test('every formula the README shows follows the locale rule', () => {
  const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const formulas = [...readme.matchAll(/`(=[^`]*\([^`]*)`/g)].map((m) => m[1]);
  expect(formulas.length).toBeGreaterThan(15);
  expect(formulas.map((f) => [f, localeProblems(f)]).filter(([, p]) => p.length)).toEqual([]);
});
