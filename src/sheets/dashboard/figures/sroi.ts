import { matchKey } from '../../../core/assessments/aggregate';
import type { Lang, Text } from '../../../core/i18n';
import { INVESTMENT_YEARS, investmentField } from '../../../core/instruments/sheets';
import { Problem } from '../../../core/problem';
import { bySwing, sensitivitySentence, switchingText } from '../../../core/sroi/explain';
import { investmentPresentValue, readableInstalments, type Investment } from '../../../core/sroi/flows';
import { OUTCOME_INPUTS, outcomeOfRow } from '../../../core/sroi/inputs';
import {
  ASSUMPTION_NAMES,
  oneAtATime,
  SENSITIVITY_ASSUMPTIONS,
  type SensitivityAssumption,
  type SensitivityRow,
  type SwitchingValue,
  switchingValue,
} from '../../../core/sroi/sensitivity';
import { type GroupTotal, totalsBy, type KeyedOutcome } from '../../../core/sroi/totals';
import { presentValue, type Outcome } from '../../../core/sroi/valuation';
import { FORMATS } from '../../formats';
import { projectId, type Table } from '../../table';
import type { ChartTable } from './figure';

/**
 * The SROI on the dashboard (issue 13 §3): the portfolio's sensitivity (a tornado of each assumption's
 * low and high ratio, its switching value, the sentence saying what the ratio depends on most) and
 * the present value per stakeholder and per outcome family (the Value Map's two groupings). Read from Valorisation's input cells and Projets' investments by
 * core's rules (readOutcome, as SROI_VALUE reads a row; core/sroi/sensitivity.ts, as SROI_SWITCH
 * computes), so that the dashboard, Projets and the sidebar agree.
 *
 * Whose sensitivity: the portfolio's — every outcome and every investment of the projects Projets
 * gives an SROI, as one programme (what a funder asks: « how sure is the return of what we fund? »),
 * each assumption moved alike everywhere (sensitivity.ts's « one shared doubt »). A project counts when
 * all its outcomes read (a ⚠ outcome: Projets shows no figure for it, nor does the dashboard) and its
 * investment, every instalment an amount, is above 0 € (else it has no ratio). Its instalments are
 * added year by year to the portfolio's, discounted at Paramètres' rate as SROI_NPV discounts them.
 */
export interface SroiPart {
  sroi: {
    /** Projects in the portfolio's sensitivity, and projects with valued outcomes left out (a ⚠ outcome, no investment). */
    projects: number;
    leftOut: number;
    /** null when no project counts. */
    sensitivity: { rows: SensitivityRow[]; switching: Record<SensitivityAssumption, SwitchingValue>; presentValue: number; investment: number } | null;
    /** Present value per stakeholder over every readable outcome of the listed projects, largest first. */
    stakeholders: GroupTotal[];
    /** The same per Valorisation « Famille d’effet »; empty when no outcome has a family (the chart is then left out). */
    families: GroupTotal[];
  };
}

export interface SroiInput {
  valuation?: Table;
  projects: Table;
  /** Projects listed in Projets (IDs as projectId reads them, duplicates left out). */
  ids: ReadonlySet<string>;
  /** Paramètres TAUX_ACTUALISATION as Valorisation's formula reads it. */
  discountRate: number;
}

/** Stakeholders (or families) a chart shows; the others are added up in one last bar (the block keeps a bounded size). */
export const STAKEHOLDERS_SHOWN = 8;

/** A project's instalments, « Investissement (€) » first, by core's rule (readInstalments); undefined when none is entered or one is unreadable or negative. */
function instalments(projects: Table, row: readonly unknown[]): number[] | undefined {
  const cells = Array.from({ length: INVESTMENT_YEARS }, (_, i) => {
    const at = projects.columns.get(investmentField(i + 1));
    return at === undefined ? undefined : row[at];
  });
  return readableInstalments(cells);
}

export function sroiSummary({ valuation, projects, ids, discountRate }: SroiInput): SroiPart {
  const listed = new Map([...ids].map((id) => [matchKey(id), id]));
  // Each listed project's outcomes (one pass over Valorisation); a project with a bad one is marked.
  const outcomes = new Map<string, Outcome[]>();
  const invalid = new Set<string>();
  const keyed: KeyedOutcome[] = [];
  const byFamily: KeyedOutcome[] = [];
  const at = (row: readonly unknown[]) => (column: string) => {
    const i = valuation!.columns.get(column);
    return i === undefined ? undefined : row[i];
  };
  for (const row of valuation?.columns.has('id') ? valuation.rows : []) {
    const key = matchKey(projectId(at(row)('id')));
    if (!listed.has(key)) continue;
    const outcome = outcomeOfRow(at(row), discountRate);
    if (outcome instanceof Problem || outcome === undefined) {
      // An incomplete row (quantity or proxy blank) shows « incomplet » in Valorisation, which Projets
      // counts as a ⚠ outcome too; an empty row is no outcome.
      if (outcome instanceof Problem || !isEmptyOutcome(at(row))) invalid.add(key);
      continue;
    }
    outcomes.set(key, [...(outcomes.get(key) ?? []), outcome]);
    keyed.push({ key: at(row)('stakeholder'), outcome });
    byFamily.push({ key: at(row)('family'), outcome });
  }
  // The portfolio: every counted project's outcomes, and its instalments added year by year.
  const portfolio: Outcome[] = [];
  const amounts = new Array<number>(INVESTMENT_YEARS).fill(0);
  let counted = 0;
  const idAt = projects.columns.get('id') ?? -1;
  for (const row of idAt < 0 ? [] : projects.rows) {
    const key = matchKey(projectId(row[idAt]));
    const own = outcomes.get(key);
    if (!listed.has(key) || !own || invalid.has(key)) continue;
    const inv = instalments(projects, row);
    if (!inv || !(investmentPresentValue({ amounts: inv, rate: discountRate }) > 0)) continue;
    counted += 1;
    portfolio.push(...own);
    inv.forEach((a, i) => {
      amounts[i] += a;
    });
  }
  const valued = new Set([...outcomes.keys(), ...invalid]).size;
  const investment: Investment = { amounts, rate: discountRate };
  const largestFirst = (groups: GroupTotal[]) => groups.sort((a, b) => b.presentValue - a.presentValue);
  const stakeholders = largestFirst(totalsBy(keyed));
  const families = largestFirst(totalsBy(byFamily));
  return {
    sroi: {
      projects: counted,
      leftOut: valued - counted,
      sensitivity: counted
        ? {
            rows: oneAtATime(portfolio, investment),
            switching: Object.fromEntries(SENSITIVITY_ASSUMPTIONS.map((a) => [a, switchingValue(portfolio, investment, a)])) as Record<
              SensitivityAssumption,
              SwitchingValue
            >,
            presentValue: portfolio.reduce((s, o) => s + presentValue(o), 0),
            investment: investmentPresentValue(investment),
          }
        : null,
      stakeholders,
      families: families.some((g) => g.label !== '') ? families : [],
    },
  };
}

/** A row whose outcome cells are all blank (a stakeholder or a note typed alone is not an outcome yet). */
function isEmptyOutcome(get: (column: string) => unknown): boolean {
  return [...OUTCOME_INPUTS.filter((i) => i !== 'rate'), 'start'].every((c) => {
    const v = get(c);
    return v === undefined || v === null || String(v).trim() === '';
  });
}

const ASSUMPTION: Text = { fr: 'Hypothèse', en: 'Assumption' };
/** How each grouping of the present value is charted: its title, its column, its blank and its « others » labels. */
const GROUPINGS = {
  stakeholders: {
    title: { fr: 'Valeur sociale actualisée par partie prenante (€)', en: 'Present social value per stakeholder (€)' },
    header: { fr: 'Partie prenante', en: 'Stakeholder' },
    none: { fr: '(partie prenante non précisée)', en: '(stakeholder not given)' },
    others: { fr: 'Autres parties prenantes', en: 'Other stakeholders' },
  },
  families: {
    title: { fr: 'Valeur sociale actualisée par famille d’effet (€)', en: 'Present social value per outcome family (€)' },
    header: { fr: 'Famille d’effet', en: 'Outcome family' },
    none: { fr: '(famille non précisée)', en: '(family not given)' },
    others: { fr: 'Autres familles', en: 'Other families' },
  },
} satisfies Record<string, { title: Text; header: Text; none: Text; others: Text }>;

/** One bar per group, largest first, the smallest added up in one last bar past STAKEHOLDERS_SHOWN. */
function groupChart(groups: readonly GroupTotal[], g: (typeof GROUPINGS)[keyof typeof GROUPINGS], lang: Lang): ChartTable {
  const shown = groups.length > STAKEHOLDERS_SHOWN ? groups.slice(0, STAKEHOLDERS_SHOWN - 1) : groups;
  const rest = groups.slice(shown.length).reduce((sum, x) => sum + x.presentValue, 0);
  return {
    kind: 'BAR',
    title: g.title,
    header: [g.header, { fr: 'Valeur actualisée (€)', en: 'Present value (€)' }],
    rows: [...shown.map((x) => [x.label || g.none[lang], x.presentValue]), ...(shown.length < groups.length ? [[g.others[lang], rest]] : [])],
    format: FORMATS.euro,
  };
}

/** The assumption with its step, as the tornado's bars are labelled: « Proxy financier (±10 %) ». */
const assumptionLabel = (a: SensitivityAssumption, lang: Lang) => {
  const name = ASSUMPTION_NAMES[a].name[lang];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} (${ASSUMPTION_NAMES[a].step[lang]})`;
};

export function sroiTables(s: SroiPart, lang: Lang): ChartTable[] {
  const { sensitivity, stakeholders, families, projects, leftOut } = s.sroi;
  const tables: ChartTable[] = [];
  if (stakeholders.length) tables.push(groupChart(stakeholders, GROUPINGS.stakeholders, lang));
  if (families.length) tables.push(groupChart(families, GROUPINGS.families, lang));
  if (!sensitivity) return tables;
  const sorted = bySwing(sensitivity.rows);
  const scope =
    lang === 'en'
      ? `Portfolio: ${projects} project${projects > 1 ? 's' : ''} with an SROI, each assumption moved alike for all their outcomes${leftOut ? `; ${leftOut} valued project${leftOut > 1 ? 's' : ''} left out (an invalid outcome or no investment)` : ''}.`
      : `Portefeuille : ${projects} projet${projects > 1 ? 's' : ''} ayant un SROI, chaque hypothèse variée de même pour tous leurs effets${leftOut ? ` ; ${leftOut} projet${leftOut > 1 ? 's' : ''} valorisé${leftOut > 1 ? 's' : ''} laissé${leftOut > 1 ? 's' : ''} de côté (un effet invalide ou pas d’investissement)` : ''}.`;
  tables.push({
    kind: 'BAR',
    title: {
      fr: 'Sensibilité du SROI du portefeuille : ratio bas et haut, une hypothèse à la fois',
      en: 'Sensitivity of the portfolio’s SROI: low and high ratio, one assumption at a time',
    },
    header: [ASSUMPTION, { fr: 'Ratio bas', en: 'Low ratio' }, { fr: 'Ratio haut', en: 'High ratio' }],
    rows: sorted.map((r) => [assumptionLabel(r.assumption, lang), r.low, r.high]),
    format: FORMATS.ratio,
  });
  tables.push({
    kind: 'TABLE',
    title: { fr: 'Valeurs de bascule (le ratio à 1:1)', en: 'Switching values (the ratio at 1:1)' },
    header: [ASSUMPTION, { fr: 'Ratio de base', en: 'Base ratio' }, { fr: 'Valeur de bascule', en: 'Switching value' }],
    rows: sorted.map((r) => [assumptionLabel(r.assumption, lang), r.base, switchingText(r.assumption, sensitivity.switching[r.assumption], lang)]),
    format: FORMATS.ratio,
    after: [sensitivitySentence(sensitivity.rows, sensitivity.switching, lang), scope],
  });
  return tables;
}
