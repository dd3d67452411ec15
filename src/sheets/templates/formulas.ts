import { AMI_CRITERIA, AMI_GROUPS } from '../../core/ami/grid';
import { AMI_PROFILE_COLUMNS, amiLevelField, amiLevelFields } from '../../core/instruments/ami';
import { srlEvidenceField } from '../../core/instruments/srl';
import { vcAnswerField, vcAmountField } from '../../core/instruments/value-capture';
import { siatItemField, siatDimensionField } from '../../core/instruments/siat';
import { GODIN_PROFILE_COLUMNS, godinMarkerFields } from '../../core/instruments/godin';
import { rndCriterionFields } from '../../core/instruments/rnd';
import { MAX_LEVEL } from '../../core/cells/level';
import { once } from '../../core/lazy';
import type { Lang } from '../../core/i18n';
import { problem } from '../../core/problem';
import { SIAT_MAX, SIAT_MIN, siatOutOfScale } from '../../core/siat/index';
import { SIAT_DIMENSIONS } from '../../core/siat/template';
import { WARNING } from '../../functions/messages';
import { SRL_LEVELS } from '../../core/srl/scale';
import { VC_FAMILIES, VC_POINTS } from '../../core/value-capture/checklist';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId, type SummaryColumn } from '../../core/instruments';
import type { SummaryArg } from '../../core/instruments/types';
import { CHOICES } from '../../core/instruments/kinds';
import { COMMITTEE_FIGURES } from '../../core/instruments/committee';
import { DECISIONS } from '../../core/status';
import { AMI_PORTFOLIO_COLUMNS, INVESTMENT_YEARS, investmentField } from '../../core/instruments/sheets';
import { OUTCOME_INPUTS } from '../../core/sroi/inputs';
import { menuItem } from '../menu-captions';
import type { SheetId } from '../schema';
import { column, SIAT, VALUATION, WORKBOOK } from '../schema';
import { columnLetters, dataColumn, dataColumns, quoted, sheetPrefix } from './a1';
import { PARAMETER_NAMES as P, REASSESS_MONTHS } from './parameters';

/**
 * The live computed columns: one formula per column, written in the column's header cell (see
 * headerFormula), over open-ended ranges so that every edit and every new row is computed. The
 * formulas call the add-on's custom functions (the public formula API). Projets shows, per project, a
 * figure of the consensus of its assessments (`AMI_PROFILE(CONSENSUS(A2:A; ids; levels; method); …)`,
 * issue 11): an instrument sheet holds several rows per project, so a lookup by ID (the first row) is
 * wrong. Comité reads Projets' figures by ID (see lookup), its mark too.
 *
 * Lookups by ID are one per source sheet, `VLOOKUP(ids; <ID column … last value column>;
 * HSTACK(COLUMNS(<ID … value 1, row 1>); …); 0)`: an array of column indexes makes VLOOKUP return
 * those columns side by side, over every row, in Sheets' ARRAYFORMULA and in HyperFormula (our
 * formula engine). The form `VLOOKUP(ids; HSTACK(ID col; value col); 2; 0)` is not computed by
 * HyperFormula and `INDEX(…; MATCH(…))` does not spread over rows in Sheets' ARRAYFORMULA.
 * COLUMNS() keeps the offsets right when users insert or move columns (Sheets adjusts both ends).
 *
 * Every formula follows a1.ts's syntax rule (`;` between arguments, HSTACK, no decimal literal), so
 * it parses the same in an English and in a French spreadsheet.
 */
export interface Refs {
  /** 0-based index of a column of `sheet` (this sheet when omitted). */
  at(columnId: string, sheet?: SheetId): number;
  sheetName(sheet: SheetId): string;
}

export interface ComputedFormula {
  /** The columns the formula fills, left to right: one, or a block when one function gives several. */
  columns: readonly string[];
  body(refs: Refs): string;
  /**
   * A block that has a formula per column too (Projets' AMI_PROFILE): those are written instead where
   * the sheet does not have the block's columns side by side in its order (see formulasWhere).
   */
  split?: readonly ComputedFormula[];
}

const col = (r: Refs, id: string) => dataColumn(r.at(id));
const cols = (r: Refs, ids: readonly string[]) => dataColumns(ids.map((id) => r.at(id)));
const arrayIf = (r: Refs, value: string) => `ARRAYFORMULA(IF(${col(r, 'id')}="";"";${value}))`;

const amiLevels = (r: Refs) =>
  cols(
    r,
    AMI_CRITERIA.map((c) => amiLevelField(c.id)),
  );

// Tables built from the frameworks' data are built on first use (once), never at load: dist/Code.js
// is evaluated again on every custom-function call, which never needs the templates.
// Grille AMI's five computed columns, side by side in its order: one AMI_PROFILE_GAPS (AMI_PROFILE's
// four figures then AMI_GAPS's text), one custom-function run per AMI edit (issue 10; two with the
// pair, five when each column was an AMI_SCORE). Where a workbook has them apart, its split form:
// AMI_PROFILE for the groups and the total, AMI_GAPS for the gaps. On an incomplete grid it shows
// its status in Portage only (formulas.md: "its other result cells are empty") and in the gaps, and
// so does Projets' own block in its Portage.
const amiFormulas = once((): ComputedFormula[] => {
  const profile: ComputedFormula = { columns: [...AMI_GROUPS.map((g) => g.id), 'total'], body: (r) => `AMI_PROFILE(${amiLevels(r)};${P.amiWeights})` };
  const gaps: ComputedFormula = { columns: ['gaps'], body: (r) => `AMI_GAPS(${amiLevels(r)};${MAX_LEVEL};${P.lang})` };
  return [
    {
      columns: [...profile.columns, ...gaps.columns],
      body: (r) => `AMI_PROFILE_GAPS(${amiLevels(r)};${P.amiWeights};${MAX_LEVEL};${P.lang})`,
      split: [profile, gaps],
    },
  ];
});

const SRL_FORMULAS: ComputedFormula[] = [
  {
    columns: ['level'],
    body: (r) =>
      `SRL_LEVEL(${cols(
        r,
        SRL_LEVELS.map((l) => srlEvidenceField(l.level)),
      )};${P.srlThreshold})`,
  },
  { columns: ['phase'], body: (r) => `SRL_PHASE(${col(r, 'level')};${P.lang})` },
  { columns: ['label'], body: (r) => `SRL_LABEL(${col(r, 'level')};${P.lang})` },
  {
    columns: ['gap'],
    body: (r) => {
      const [target, level] = [col(r, 'target'), col(r, 'level')];
      return `ARRAYFORMULA(IF((${target}="")+(${level}="");"";IFERROR(${target}-${level};"")))`;
    },
  },
];

const vcAnswers = (r: Refs) =>
  cols(
    r,
    VC_POINTS.map((p) => vcAnswerField(p.id)),
  );

const VC_FORMULAS: ComputedFormula[] = [
  { columns: ['score'], body: (r) => `VC_SCORE(${vcAnswers(r)})` },
  { columns: ['flags'], body: (r) => `VC_FLAGS(${vcAnswers(r)};${P.lang})` },
  // VC_MIX gives three columns and no function selects one column of an array in both Sheets and
  // HyperFormula, so its three columns are one block: they must stay side by side.
  {
    columns: ['dominant', 'hybridity', 'dominant-share'],
    body: (r) =>
      `VC_MIX(${cols(
        r,
        VC_FAMILIES.map((f) => vcAmountField(f.id)),
      )};${P.lang})`,
  },
];

/** A formula text: `"before"&ref&"after"`, where `message(x)` is the text with the value x in it. */
function textWithValue(message: (value: string) => string, ref: string): string {
  const HOLE = '\u0000';
  // A double quote as CHAR(34): HyperFormula, our formula engine, does not read "" inside a string.
  const literal = (s: string) => `"${s.replace(/"/g, '"&CHAR(34)&"')}"`;
  const [before, after] = message(HOLE).split(HOLE);
  return `${literal(before)}&${ref}&${literal(after)}`;
}

const siatFormulas = once((): ComputedFormula[] => [
  // A dimension is the mean of its answered items; no custom function averages a row, so this one
  // is native: sum of the items / number of answered items — blank when none is answered or when one
  // is not a number (the rule of core's siatDimensionFromCells, which the sidebar and the dashboard
  // use). An item outside 1–5 gives « ⚠ « Économique 1 » : « 7 » n’est pas compris entre 1 et 5 »,
  // in the results' language: SIAT_INDEX passes that status on (Indice SIAT, then Projets), where a
  // blank dimension would read « incomplet : 4/5 ». `x*1` reads "3" typed as text as 3, an empty cell as 0.
  ...SIAT_DIMENSIONS.map((d) => ({
    columns: [siatDimensionField(d.id)],
    body: (r: Refs) => {
      const items = d.items.map((i) => col(r, siatItemField(i.id)));
      const outside = items.map((i) => `(${i}<>"")*((${i}*1<${SIAT_MIN})+(${i}*1>${SIAT_MAX}))`);
      const answered = items.map((i) => `(${i}<>"")`).join('+');
      // The first item outside the scale, named by its header, with its value.
      const message = (lang: Lang) =>
        items.reduceRight((rest, ref, k) => {
          const header = column(SIAT, siatItemField(d.items[k].id)).header[lang];
          const name = lang === 'en' ? `"${header}": ` : `« ${header} » : `;
          return `IF(${outside[k]};${textWithValue((v) => `${WARNING}${name}${siatOutOfScale(v).render(lang)}`, ref)};${rest})`;
        }, '""');
      return arrayIf(r, `IFERROR(IF(${outside.join('+')}>0;IF(${P.lang}="en";${message('en')};${message('fr')});(${items.join('+')})/(${answered}));"")`);
    },
  })),
  {
    columns: ['index'],
    body: (r) =>
      `SIAT_INDEX(${cols(
        r,
        SIAT_DIMENSIONS.map((d) => siatDimensionField(d.id)),
      )};${P.siatWeights})`,
  },
]);

// Issue 14: the Godin markers' profile, one GODIN_PROFILE for the four blocks and the total (one
// run per edit), and the social R&D verdict beside the counts its declaration makes.
const godinFormulas = once((): ComputedFormula[] => [{ columns: GODIN_PROFILE_COLUMNS(), body: (r) => `GODIN_PROFILE(${cols(r, godinMarkerFields())})` }]);
const rndFormulas = once((): ComputedFormula[] => [{ columns: ['verdict'], body: (r) => `RND_VERDICT(${cols(r, rndCriterionFields())};${P.lang})` }]);

// ---- SROI (issue 13): Valorisation's present value, Projets' SROI figures ------------------------------

/**
 * SROI_VALUE's (and SROI_YEARS') arguments over Valorisation's columns (`prefix`: read from another
 * sheet), in core's OUTCOME_INPUTS order with the shared discount rate, then the outcome's start.
 */
function outcomeArgs(r: Refs, prefix = ''): string {
  const at = (id: string) => dataColumn(r.at(id, 'valuation'), prefix);
  const inputs = OUTCOME_INPUTS.map((input) => (input === 'rate' ? P.discountRate : at(input)));
  return [...inputs, at('start')].join(';');
}

const VALUATION_FORMULAS: ComputedFormula[] = [{ columns: ['present-value'], body: (r) => `SROI_VALUE(${outcomeArgs(r)})` }];

/** Projets' investment amounts, one column per year (« Investissement (€) » first), side by side. */
const investments = (r: Refs) =>
  cols(
    r,
    Array.from({ length: INVESTMENT_YEARS }, (_, i) => investmentField(i + 1)),
  );

/**
 * The NPV and the net SROI of each project: SROI_NPV over « Valeur sociale (€) » and the investment
 * per year, one row per project. Blank unless the social value is a number: no valued outcome (an
 * NPV of minus the investment would read as a loss) or a ⚠ outcome, which « Valeur sociale » shows.
 */
const npvBlock = (r: Refs) => {
  const value = col(r, 'social-value');
  return `ARRAYFORMULA(IF(ISNUMBER(${value});SROI_NPV(${value};${investments(r)};${P.discountRate});""))`;
};

/**
 * The payback of each project: SROI_PAYBACK needs each project's present value per year, one row per
 * project and a column per year. SROI_YEARS gives them per outcome (a row per Valorisation row); MMULT
 * by the project/outcome match matrix (1 where the outcome's ID is the project's) sums them by project
 * in one step, in both engines (SUMIF cannot sum a computed array in Sheets). An outcome's blank years
 * and a ⚠ row count as 0 (IFERROR(…*1;0)): a project with a ⚠ outcome has no number in « Valeur
 * sociale », which blanks its payback. IDs match as SUMIF matches them in « Valeur sociale ».
 */
function paybackFormula(r: Refs): string {
  const p = sheetPrefix(r.sheetName('valuation'));
  const [id, outcomeIds, value] = [col(r, 'id'), dataColumn(r.at('id', 'valuation'), p), col(r, 'social-value')];
  const match = `ARRAYFORMULA((${id}<>"")*(${id}=TRANSPOSE(${outcomeIds})))`;
  const years = `MMULT(${match};ARRAYFORMULA(IFERROR(SROI_YEARS(${outcomeArgs(r, p)})*1;0)))`;
  return `ARRAYFORMULA(IF(ISNUMBER(${value});SROI_PAYBACK(${years};${investments(r)};${P.discountRate};${P.lang});""))`;
}

/**
 * Projets « SROI »: blank until the project has valued outcomes. With the NPV computed, the ratio is
 * 1 + the net SROI (the Guide's definition: SROI = PV ÷ investment, net SROI = (PV − investment) ÷
 * investment), so that it counts every year of the investment as the NPV does; otherwise SROI_RATIO
 * over « Investissement (€) », which says why (investment missing, ⚠ outcome passed through).
 */
function sroiFormula(r: Refs): string {
  const [value, net] = [col(r, 'social-value'), col(r, 'net-sroi')];
  return `ARRAYFORMULA(IF(${value}="";"";IF(ISNUMBER(${net});1+${net};SROI_RATIO(${value};${col(r, 'investment')}))))`;
}

const SROI_PROJECT_FORMULAS: ComputedFormula[] = [
  { columns: ['npv', 'net-sroi'], body: npvBlock },
  { columns: ['payback'], body: paybackFormula },
];

/**
 * Projets reads a project's values from another sheet by ID, with one lookup for all of them (one
 * match per source sheet): the ID column must be left of every value. The values may be in any order
 * and need not be adjacent in the source sheet; their columns in Projets form one block.
 *
 * Columns with a `statusFrom` (AMI_PROFILE's, whose status is in its first column only) take that
 * column's cell where the row has no number: `IF(ISNUMBER(status); values; status)`, the status
 * lookup returning the status column in their place. That is more matches of the sheet's IDs (three
 * instead of one, each a hash probe in Sheets and in HyperFormula's column index): no function both
 * engines know selects one column of a looked-up block (CHOOSECOLS, INDEX(…;0;n)) or names it to
 * read it twice (LET), and the one custom-function run it spares per AMI edit is worth more.
 */
function lookup(r: Refs, sheet: SheetId, columns: readonly { from: string; statusFrom?: string }[]): string {
  const vlookup = lookupOf(r, sheet, [...new Set(columns.flatMap((c) => (c.statusFrom ? [c.from, c.statusFrom] : [c.from])))]);
  const values = vlookup(columns.map((c) => c.from));
  if (!columns.some((c) => c.statusFrom)) return arrayIf(r, `IFERROR(${values};"")`);
  const status = vlookup(columns.map((c) => c.statusFrom ?? c.from));
  // Tested on the status column: a number there is a complete row (HyperFormula reads an empty
  // looked-up cell as 0 in ISNUMBER, so testing the values would show 0 for a status row's blanks).
  return arrayIf(r, `IFERROR(IF(ISNUMBER(${status});${values};${status});"")`);
}

/**
 * `VLOOKUP` of this sheet's IDs in `sheet`, over the range from its ID column to the last of `ids`
 * (which must be right of the ID), returning the columns `read` side by side.
 */
function lookupOf(r: Refs, sheet: SheetId, ids: readonly string[]): (read: readonly string[]) => string {
  const idAt = r.at('id', sheet);
  ids.forEach((id) => {
    if (r.at(id, sheet) < idAt) throw lookupOrder(r.sheetName(sheet), sheet, id);
  });
  const p = sheetPrefix(r.sheetName(sheet));
  const from = columnLetters(idAt);
  const to = columnLetters(Math.max(...ids.map((id) => r.at(id, sheet))));
  return (read) => {
    const offsets = read.map((id) => `COLUMNS(${p}${from}1:${columnLetters(r.at(id, sheet))}1)`);
    const index = offsets.length === 1 ? offsets[0] : `HSTACK(${offsets.join(';')})`;
    return `VLOOKUP(${col(r, 'id')};${p}${from}2:${to};${index};0)`;
  };
}

function lookupOrder(sheetName: string, sheet: SheetId, columnId: string) {
  const spec = WORKBOOK.find((s) => s.id === sheet)!;
  const header = column(spec, columnId).header;
  return problem(
    `Dans « ${sheetName} », la colonne « ${header.fr} » est à gauche de la colonne ID : Projets ne peut pas la lire. Déplacez-la à droite de l’ID, puis relancez ${menuItem('setupWorkbook', 'fr')}.`,
    `In "${sheetName}", the column "${header.en}" is left of the ID column, so Projects cannot read it. Move it to the right of the ID, then run ${menuItem('setupWorkbook', 'en')} again.`,
  );
}

function invalidOutcome(sheetName: string, lang: Lang): string {
  const header = column(VALUATION, 'present-value').header[lang];
  return lang === 'en'
    ? `${WARNING}${sheetName}: an outcome of this project is not valid (see its “${header}”)`
    : `${WARNING}${sheetName} : un effet de ce projet n’est pas valide (voir sa « ${header} »)`;
}

/** A Paramètres value as a function's argument; a masked one keeps only the rows `only` marks with 1. */
function parameterArg(arg: SummaryArg): string {
  if (typeof arg === 'string') return P[arg as keyof typeof P];
  return `ARRAYFORMULA(${P[arg.parameter as keyof typeof P]}*{${arg.only.join(';')}})`;
}

/**
 * The arguments CONSENSUS and REVIEW_SPREAD read an instrument sheet's `inputs` through, so that
 * each reviewer's latest assessment alone counts (issue 12): `<IDs>; <inputs, blank where recused>`,
 * and `<reviewers>; <dates>` to end the call. A recused row (Déport ticked) keeps its ID, reviewer
 * and date but holds nothing: it counts nowhere, and when it is a reviewer's latest assessment that
 * reviewer counts nowhere either — a recusal marks only the latest assessment's rows, so leaving the
 * row out would bring the reviewer's older assessment back into the consensus. `=TRUE()`: the
 * checkbox's value, in every locale.
 */
function latestArgs(r: Refs, sheet: SheetId, inputs: readonly string[]): { rows: string; byReviewer: string } {
  const p = sheetPrefix(r.sheetName(sheet));
  const at = (id: string) => dataColumn(r.at(id, sheet), p);
  const values = dataColumns(
    inputs.map((id) => r.at(id, sheet)),
    p,
  );
  return { rows: `${at('id')};ARRAYFORMULA(IF(${at('recused')}=TRUE();"";${values}))`, byReviewer: `${at('reviewer')};${at('date')}` };
}

/** `CONSENSUS(A2:A; <ids>; <columns not recused>; METHODE_CONSENSUS; <reviewers>; <dates>)`: one row per project of this sheet. */
function consensusOf(r: Refs, sheet: SheetId, inputs: readonly string[]): string {
  const { rows, byReviewer } = latestArgs(r, sheet, inputs);
  return `CONSENSUS(${col(r, 'id')};${rows};${P.consensusMethod};${byReviewer})`;
}

const call = (fn: string, first: string, args: readonly SummaryArg[] = []) => `${fn}(${[first, ...args.map(parameterArg)].join(';')})`;

/**
 * An instrument's summary columns, as it declares them (src/core/instruments/): a figure of the
 * consensus of the project's assessments (issue 11), one formula per column, except the columns one
 * function fills side by side (summaryBlocks: AMI_PROFILE's four), one formula for them all, which
 * keeps each column's own as its split form for workbooks that have them in another order.
 */
function summaryFormulas(sheet: InstrumentId): ComputedFormula[] {
  const { summary, summaryBlocks = [] } = INSTRUMENTS[sheet];
  const own = (id: string) => summaryFormula(sheet, summary.find((s) => s.id === id)!);
  return summary.flatMap((s, i) => {
    const ranks = latestRun(summary, i);
    if (ranks?.length === 1) return [];
    if (ranks) {
      const columns = ranks.map((r) => r.id);
      return [
        {
          columns,
          body: (r: Refs) =>
            latestOf(
              r,
              sheet,
              s.latest!,
              ranks.map((c) => c.latest!.rank),
            ),
          split: columns.flatMap(own),
        },
      ];
    }
    const block = summaryBlocks.find((b) => b.columns.includes(s.id));
    if (!block) return summaryFormula(sheet, s);
    if (block.columns[0] !== s.id) return [];
    const { inputs, fn, args } = block.consensus;
    return [{ columns: block.columns, body: (r: Refs) => call(fn, consensusOf(r, sheet, inputs()), args), split: block.columns.flatMap(own) }];
  });
}

/**
 * Adjacent summary columns that take the same column of the same assessments, each at its rank (an
 * instrument's « now » and « before », issue 10): one LATEST run gives them side by side (split into
 * one formula each where a workbook has them apart). For column `i`: the whole run when `i` starts
 * one, `[summary[i]]` when a run includes it but starts before (its first column holds the formula),
 * undefined otherwise.
 */
function latestRun(summary: readonly SummaryColumn[], i: number): SummaryColumn[] | undefined {
  const same = (a: SummaryColumn, b: SummaryColumn) =>
    a.latest !== undefined &&
    b.latest !== undefined &&
    a.latest.column === b.latest.column &&
    a.latest.holding === b.latest.holding &&
    a.latest.date === b.latest.date;
  const s = summary[i];
  if (!s.latest) return undefined;
  if (i > 0 && same(summary[i - 1], s)) return [s];
  let end = i + 1;
  while (end < summary.length && same(summary[end - 1], summary[end])) end++;
  return end - i > 1 ? summary.slice(i, end) : undefined;
}

/** A summary column's own formula, as its instrument declares it (src/core/instruments/). */
function summaryFormula(sheet: InstrumentId, s: SummaryColumn): ComputedFormula[] {
  if (s.consensus) {
    const { inputs, fn, args } = s.consensus;
    return [{ columns: [s.id], body: (r) => (fn ? call(fn, consensusOf(r, sheet, inputs()), args) : consensusOf(r, sheet, inputs())) }];
  }
  if (s.of) {
    const { column, fn, args } = s.of;
    return [{ columns: [s.id], body: (r) => call(fn, col(r, column), args) }];
  }
  if (s.latest) {
    const latest = s.latest;
    return [{ columns: [s.id], body: (r) => latestOf(r, sheet, latest) }];
  }
  if (s.change) {
    const { now, before } = s.change;
    return [{ columns: [s.id], body: (r) => changeOf(r, now, before) }];
  }
  return [];
}

/**
 * `LATEST(A2:A; <ids>; <dates>; <column>; rank)` over the instrument sheet's own per-assessment
 * column: one custom-function run over whole ranges (issue 12). The IDs are blank on a recused
 * assessment and on one with nothing in `holding`, so that « now » is the latest assessment that
 * says something (a row the sync made, empty and undated, is no assessment). A cell in error
 * (#REF!, a broken formula the instrument sheet shows) counts as one without a value: an error in
 * a custom function's argument would blank every project. A date is read by READ_DATE, LATEST's
 * own rule, so that Projets « Suivi » can compare it with TODAY().
 */
function latestOf(r: Refs, sheet: InstrumentId, latest: NonNullable<SummaryColumn['latest']>, ranks: readonly number[] = [latest.rank]): string {
  const { column, holding = column, date } = latest;
  // Several ranks side by side (one run for « now » and « before », issue 10): HSTACK, no `{a,b}` literal.
  const rank = ranks.length === 1 ? String(ranks[0]) : `HSTACK(${ranks.join(';')})`;
  const p = sheetPrefix(r.sheetName(sheet));
  const at = (id: string) => dataColumn(r.at(id, sheet), p);
  const ids = `ARRAYFORMULA(IF((${at('recused')}=TRUE())+IFERROR(${at(holding)}="";TRUE());"";${at('id')}))`;
  const value = `LATEST(${col(r, 'id')};${ids};${at('date')};ARRAYFORMULA(IFERROR(${at(column)};""));${rank})`;
  return date ? `READ_DATE(${value};${P.lang})` : value;
}

/** `now − before`, blank unless both are numbers: an empty or « ⚠ » cell never makes a #VALUE!. */
function changeOf(r: Refs, now: string, before: string): string {
  const [a, b] = [col(r, now), col(r, before)];
  return `ARRAYFORMULA(IF(ISNUMBER(${a})*ISNUMBER(${b});${a}-${b};""))`;
}

/**
 * Projets « Suivi » (issue 12), in the results' language: « ⚠ date visée dépassée (SRL 5 < 7) » when
 * « Date visée » has passed and the current SRL is below « SRL visé » (or unknown), and « ⚠ pas
 * évalué depuis 8 mois » when the latest SRL assessment is DELAI_REEVALUATION months old or more
 * (whole months, as a calendar counts them: 15/01 → 14/07 is 5, 15/07 is 6). TODAY() stays outside
 * every custom function (a custom function's arguments must not be volatile); « Date visée » is read
 * by READ_DATE, so a date typed as text counts as LATEST counts it and a bad one shows READ_DATE's
 * « ⚠ » naming its row (the fallback of IFERROR: a text times 1 is an error). Months with YEAR,
 * MONTH and DAY, which spread over rows in ARRAYFORMULA (EDATE and DATEDIF do not in Sheets).
 */
function followUpFlag(r: Refs): string {
  const [now, target, targetDate, last] = [col(r, 'srl-now'), col(r, 'target-srl'), col(r, 'target-date'), col(r, 'last-assessed')];
  const read = `READ_DATE(${targetDate};${P.lang})`;
  const short = `IF(ISNUMBER(${now});${now}<${target};TRUE())`;
  const passed = (lang: Lang) =>
    `${quoted(lang === 'en' ? `${WARNING}target date passed (SRL ` : `${WARNING}date visée dépassée (SRL `)}&IF(ISNUMBER(${now});${now};"–")&" < "&${target}&")"`;
  const targetPart = `IFERROR(IF((${targetDate}<>"")*ISNUMBER(${target})*(${read}*1<TODAY())*${short};IF(${P.lang}="en";${passed('en')};${passed('fr')});"");${read})`;
  const months = `(12*(YEAR(TODAY())-YEAR(${last}))+MONTH(TODAY())-MONTH(${last})-(DAY(TODAY())<DAY(${last})))`;
  // « mois » is both singular and plural; English says « 1 month ».
  const unit = (lang: Lang) => (lang === 'en' ? `IF(${months}=1;${quoted(' month')};${quoted(' months')})` : quoted(' mois'));
  const stale = (lang: Lang) => `${quoted(lang === 'en' ? `${WARNING}not assessed for ` : `${WARNING}pas évalué depuis `)}&${months}&${unit(lang)}`;
  // DELAI_REEVALUATION as the Paramètres reader reads it: a whole number of months from 1 (« 9 »
  // typed as text too), else the default; a word times 1 is an error, hence the IFERROR.
  const M = `${P.reassessMonths}*1`;
  const period = `IFERROR(IF((${M}>=1)*(${M}=INT(${M}));${M};${REASSESS_MONTHS});${REASSESS_MONTHS})`;
  const stalePart = `IFERROR(IF(ISNUMBER(${last});IF(${months}>=${period};IF(${P.lang}="en";${stale('en')};${stale('fr')});"");"");"")`;
  return arrayIf(r, `TRIM(${targetPart}&" "&${stalePart})`);
}

/**
 * The disputed AMI criterion's name from REVIEW_SPREAD's column index, in the results' language,
 * with « ⚠ désaccord : » when the spread reaches ECART_DESACCORD. A chain of IF: no lookup of a
 * literal list reads the same in both engines and both locales.
 */
function disputedCriterion(r: Refs): string {
  const [at, spread] = [col(r, 'spread-at'), col(r, 'spread')];
  const names = (lang: Lang) => AMI_CRITERIA.reduceRight((rest, c, i) => `IF(${at}=${i + 1};${quoted(c.label[lang])};${rest})`, '""');
  const flag = `IF(${spread}>=${P.disagreement};IF(${P.lang}="en";${quoted(`${WARNING}disagreement: `)};${quoted(`${WARNING}désaccord : `)});"")`;
  return `ARRAYFORMULA(IF(${at}="";"";${flag}&IF(${P.lang}="en";${names('en')};${names('fr')})))`;
}

/**
 * Projets' AMI columns (issue 10): one AMI_PORTFOLIO over Grille AMI's assessments fills them side by
 * side (AMI_PORTFOLIO_COLUMNS), one custom-function run per AMI edit. Its split form is the formulas
 * each column had (and has where a workbook laid out by an earlier version keeps them apart): AMI_PROFILE
 * of the consensus, the normalised mark, one LATEST for now and before, the change, REVIEW_SPREAD —
 * AMI_PORTFOLIO runs those functions' own code on the same arguments, so the figures are theirs.
 */
function amiPortfolio(): ComputedFormula {
  const split: ComputedFormula[] = [
    ...summaryFormulas('ami'),
    { columns: ['ami-normalized'], body: normalizedMark },
    {
      // How many assessments, the largest spread between reviewers on one AMI criterion and where.
      columns: ['assessments', 'spread', 'spread-at'],
      body: (r) => {
        // Each reviewer's latest assessment: a reviewer's own progress is not disagreement.
        const { rows, byReviewer } = latestArgs(r, 'ami', amiLevelFields());
        return `REVIEW_SPREAD(${col(r, 'id')};${rows};${byReviewer})`;
      },
    },
  ];
  return {
    columns: AMI_PORTFOLIO_COLUMNS(),
    body: (r) => {
      const p = sheetPrefix(r.sheetName('ami'));
      const at = (id: string) => dataColumn(r.at(id, 'ami'), p);
      const levels = dataColumns(
        amiLevelFields().map((id) => r.at(id, 'ami')),
        p,
      );
      return `AMI_PORTFOLIO(${col(r, 'id')};${at('id')};${levels};${at('reviewer')};${at('date')};${at('recused')};${P.consensusMethod};${P.amiWeights};${P.lang})`;
    },
    split,
  };
}

const projectFormulas = once((): ComputedFormula[] => [
  amiPortfolio(),
  // Each other instrument's summary columns, as it declares them (see summaryFormulas).
  ...INSTRUMENT_IDS.filter((id) => id !== 'ami').flatMap(summaryFormulas),
  { columns: ['disputed'], body: disputedCriterion },
  { columns: ['follow-up'], body: followUpFlag },
  {
    columns: ['social-value'],
    // A number never stands for an error: SUMIF skips a ⚠ outcome (text), which would show a smaller
    // value and SROI as if it were right. A project with one shows a warning instead, which SROI_RATIO
    // passes through.
    body: (r) => {
      const name = r.sheetName('valuation');
      const p = sheetPrefix(name);
      const [ids, values, id] = [dataColumn(r.at('id', 'valuation'), p), dataColumn(r.at('present-value', 'valuation'), p), col(r, 'id')];
      const invalid = `IF(${P.lang}="en";${quoted(invalidOutcome(name, 'en'))};${quoted(invalidOutcome(name, 'fr'))})`;
      return arrayIf(r, `IF(COUNTIF(${ids};${id})=0;"";IF(COUNTIFS(${ids};${id};${values};"${WARNING.trim()}*")>0;${invalid};SUMIF(${ids};${id};${values})))`);
    },
  },
  { columns: ['sroi'], body: sroiFormula },
  ...SROI_PROJECT_FORMULAS,
]);

/**
 * Comité's rank: 1 + how many projects have a higher consensus mark (ties share a rank), blank
 * without a mark. Live, and found by ID like every figure: sorting the sheet by it keeps each
 * decision with its project.
 */
function rankFormula(r: Refs): string {
  const mark = col(r, 'mark');
  // Not COUNTIF(mark;">"&mark) per row, which compares every pair (10,000 projects: 10⁸ comparisons
  // on each recomputation). The marks sorted once, then a binary search per row: MATCH(x; sorted; 1)
  // is how many marks are ≤ x, so COUNT − that is how many are higher.
  return `ARRAYFORMULA(IF(ISNUMBER(${mark});COUNT(${mark})-MATCH(${mark};SORT(FILTER(${mark};ISNUMBER(${mark})));1)+1;""))`;
}

/**
 * An AMI total (Σ wᵢ·levelᵢ) as a mark out of 20: AMI_SCORE's out_of rescaling, Σ wᵢ·levelᵢ / (3·Σ wᵢ)
 * × 20 (core/ami/score.ts weightedScore), in the same order of operations so that the number is the
 * same to the last digit. Written here rather than run again: AMI_SCORE(…; 20) is a custom-function run.
 */
const outOf20 = (total: string) => `${total}/(${MAX_LEVEL}*SUM(${P.amiWeights}))*20`;

/**
 * Comité's mark out of 20: Projets' consensus total, read by ID like Comité's other figures, rescaled
 * (outOf20), rather than AMI_SCORE(CONSENSUS(…); …; 20) run again on every AMI edit. Where Projets has
 * no number, its status is shown, as AMI_SCORE showed it: « AMI Portage » holds it in either layout
 * (AMI_PROFILE's first column, formulas.md, or its own AMI_SCORE where Total comes first);
 * blank for a project without AMI assessment (« Évaluations » 0: its consensus is all blank), the
 * test HyperFormula needs since it reads an empty looked-up cell as 0.
 */
function committeeMark(r: Refs): string {
  const [total, status] = ['ami-total', AMI_PROFILE_COLUMNS()[0]];
  const vlookup = lookupOf(r, 'projects', [total, status, 'assessments']);
  const [count, shown] = [vlookup(['assessments']), vlookup([status])];
  return arrayIf(r, `IFERROR(IF(${count}=0;"";IF(ISNUMBER(${shown});${outOf20(vlookup([total]))};${shown}));"")`);
}

/**
 * Comité's normalised mark: Projets' « Note normalisée /20 », read by ID (issue 10: computed there by
 * AMI_PORTFOLIO, no run here). Blank for a project without AMI assessment or whose consensus is
 * incomplete (then no reviewer's latest grid is complete, so it has no mark), tested on Projets'
 * « Évaluations » and « AMI Portage » as committeeMark does: HyperFormula reads an empty looked-up cell
 * as 0. A « ⚠ » it holds (a date that is no date) is shown.
 */
function normalizedLookup(r: Refs): string {
  const status = AMI_PROFILE_COLUMNS()[0];
  const vlookup = lookupOf(r, 'projects', ['ami-normalized', status, 'assessments']);
  const [count, shown, mark] = [vlookup(['assessments']), vlookup([status]), vlookup(['ami-normalized'])];
  return arrayIf(r, `IFERROR(IF(${count}=0;"";IF(ISNUMBER(${shown});${mark};IF(ISTEXT(${mark});${mark};"")));"")`);
}

/**
 * Projets' « Note normalisée /20 » on its own (AMI_PORTFOLIO's split form; Comité's own formula
 * before issue 10): the mark out of 20 of each assessment with its reviewer's severity removed (NORMALIZE_BY_REVIEWER
 * over the AMI totals of the assessments not recused, rescaled to 20: the normalisation is linear),
 * then the project's consensus of them. Both count each reviewer's latest assessment of a project
 * only, by the same rule (a recused latest one holds no mark), so that a project followed for three
 * years weighs once in its reviewer's severity and once in its consensus.
 */
function normalizedMark(r: Refs): string {
  const p = sheetPrefix(r.sheetName('ami'));
  const at = (id: string) => dataColumn(r.at(id, 'ami'), p);
  const [recused, total, reviewers, ids, dates] = [at('recused'), at('total'), at('reviewer'), at('id'), at('date')];
  const marks = `ARRAYFORMULA(IF((${recused}=TRUE())+NOT(ISNUMBER(${total}));"";${outOf20(total)}))`;
  return `CONSENSUS(${col(r, 'id')};${ids};NORMALIZE_BY_REVIEWER(${reviewers};${marks};${ids};${dates});${P.consensusMethod};${reviewers};${dates})`;
}

/**
 * The envelope's lines, a label and an amount each: the call's envelope (Paramètres ENVELOPPE), the
 * total granted, what remains, how many projects are selected, and a warning with the excess when the
 * total goes beyond the envelope. Without an envelope, it says where to set one.
 */
function envelopeLines(r: Refs): string {
  const granted = `SUM(${col(r, 'granted')})`;
  const none = `${P.envelope}=""`;
  const exceeded = `AND(${P.envelope}<>"";${granted}>N(${P.envelope}))`;
  const count = DECISIONS.slice(0, 1)
    .flatMap((d) => [d.fr, d.en])
    .map((w) => `COUNTIF(${col(r, 'decision')};${quoted(w)})`)
    .join('+');
  const labels = (lang: Lang) => {
    const [envelope, total, left, selected, over, missing] =
      lang === 'en'
        ? ['Call envelope', 'Total granted', 'Remaining', 'Projects selected: ', '⚠ Envelope exceeded by', 'No envelope (Parameters › Call envelope)']
        : [
            'Enveloppe de l’appel',
            'Total accordé',
            'Reste',
            'Projets retenus : ',
            '⚠ Enveloppe dépassée de',
            'Pas d’enveloppe (Paramètres › Enveloppe de l’appel)',
          ];
    return `VSTACK(IF(${none};${quoted(missing)};${quoted(envelope)});${quoted(total)};IF(${none};"";${quoted(left)});${quoted(selected)}&(${count});IF(${exceeded};${quoted(over)};""))`;
  };
  const amounts = `VSTACK(${P.envelope};${granted};IF(${none};"";${P.envelope}-${granted});"";IF(${exceeded};${granted}-${P.envelope};""))`;
  return `HSTACK(IF(${P.lang}="en";${labels('en')};${labels('fr')});${amounts})`;
}

const committeeFormulas = once((): ComputedFormula[] => [
  { columns: ['rank'], body: rankFormula },
  { columns: ['mark'], body: committeeMark },
  { columns: ['normalized'], body: normalizedLookup },
  // Projets' consensus figures, by ID: one lookup, the same numbers as Projets shows.
  {
    columns: [...COMMITTEE_FIGURES],
    body: (r) =>
      lookup(
        r,
        'projects',
        COMMITTEE_FIGURES.map((from) => ({ from })),
      ),
  },
  { columns: ['envelope-line', 'envelope-amount'], body: envelopeLines },
]);

// The formulas written here; a sheet declared with only data (a checklist such as ISR) needs none
// here: its computed columns say what they count (ColumnSpec.counts), see declaredFormulas.
const COMPUTED: Partial<Record<SheetId, () => readonly ComputedFormula[]>> = {
  projects: projectFormulas,
  ami: amiFormulas,
  srl: () => SRL_FORMULAS,
  vc: () => VC_FORMULAS,
  siat: siatFormulas,
  rnd: rndFormulas,
  godin: godinFormulas,
  valuation: () => VALUATION_FORMULAS,
  committee: committeeFormulas,
};

/**
 * A computed column declared as a count of answers: how many of the sheet's `choice` columns hold
 * the answer of value `counts` (its word in French or English, or its number), blank without an ID.
 */
function declaredFormulas(sheet: SheetId): ComputedFormula[] {
  const spec = WORKBOOK.find((s) => s.id === sheet)!;
  const choices = spec.columns.filter((c) => c.kind === 'choice').map((c) => c.id);
  return spec.columns
    .filter((c) => c.counts !== undefined)
    .map((c) => {
      const answer = CHOICES[c.counts!];
      const matches = (ref: string) => `(${ref}=${quoted(answer.fr)})+(${ref}=${quoted(answer.en)})+(${ref}=${c.counts})`;
      return { columns: [c.id], body: (r: Refs) => arrayIf(r, choices.map((id) => matches(col(r, id))).join('+')) };
    });
}

/** The live formulas of a sheet's computed columns. */
export function computedFormulas(sheet: SheetId): readonly ComputedFormula[] {
  return [...(COMPUTED[sheet]?.() ?? []), ...declaredFormulas(sheet)];
}

/**
 * The formulas of a sheet whose columns are where `located` says (0-based, the columns found in its
 * header row): a block with a split form (Grille AMI's AMI_PROFILE_GAPS, Projets' AMI_PROFILE) stays
 * one formula where its columns are side by side in its order, or none of them is there yet (they are
 * appended so); elsewhere each part of its split form is placed by the same rule (a part may be a
 * block itself), since setup never moves a user's column. A column of the block not found beside
 * its first one (its header typed over, so the spill is gone) counts as side by side when its place
 * is free of the sheet's other columns: the block spills there again.
 */
export function formulasWhere(sheet: SheetId, located: ReadonlyMap<string, number>): readonly ComputedFormula[] {
  const place = (f: ComputedFormula): ComputedFormula[] => {
    if (!f.split) return [f];
    const at = f.columns.map((id) => located.get(id));
    const others = new Set([...located].filter(([id]) => !f.columns.includes(id)).map(([, i]) => i));
    const first = at[0];
    const sideBySide =
      at.every((i) => i === undefined) || (first !== undefined && at.every((i, k) => (i === undefined ? !others.has(first + k) : i === first + k)));
    return sideBySide ? [f] : f.split.flatMap(place);
  };
  return computedFormulas(sheet).flatMap(place);
}

/** The formula filling a computed column among `formulas` (the block's first column holds it; the others are spilled into). */
export function formulaOf(formulas: readonly ComputedFormula[], columnId: string): { formula: ComputedFormula; first: boolean } | undefined {
  const formula = formulas.find((f) => f.columns.includes(columnId));
  return formula && { formula, first: formula.columns[0] === columnId };
}

/** The columns (of any sheet) a formula reads, found by running it against recording refs. */
export function readsOf(sheet: SheetId, formula: ComputedFormula): { sheet: SheetId; column: string }[] {
  const reads: { sheet: SheetId; column: string }[] = [];
  let next = 1000;
  formula.body({
    at: (columnId, other = sheet) => {
      reads.push({ sheet: other, column: columnId });
      // Increasing positions keep the lookups' "ID left of the value" rule satisfied in this dry run.
      return columnId === 'id' ? 0 : next++;
    },
    sheetName: (s) => s,
  });
  return reads;
}
