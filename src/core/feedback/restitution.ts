import { AMI_CRITERIA, AMI_GROUPS, AMI_LEVEL_LABELS } from '../ami/grid';
import { amiMax } from '../ami/maximum';
import { amiGaps, amiProfile, groupIndices } from '../ami/score';
import { MAX_LEVEL } from '../cells/level';
import { fold, isBlank } from '../cells/text';
import type { Lang, Text } from '../i18n';
import { showNumber } from '../problem';
import { srlLabel, srlNext, srlPhaseLabel } from '../srl/level';
import { DECISIONS } from '../status';
import { VC_POINTS } from '../value-capture/checklist';
import { vcAnswerText } from '../value-capture/answers';
import { vcFragilities } from '../value-capture/score';

/**
 * What an applicant is told after the committee (issue 15 §2, seed 004's workshop « Booster la
 * dimension innovation sociale de son projet »): the decision, the AMI profile with the level
 * descriptors reached, the improvement axes (the criteria below « Fort », as AMI_GAPS lists them,
 * with the next level's descriptor), the SRL and what the next level asks, the value-capture
 * fragilities, and the comments reviewers chose to share. Pure: the sheets layer reads the workbook
 * (consensus as Projets computes it) and lays these lines out. Reviewers' names are not an input,
 * so no line can hold one.
 */

/** A comment a reviewer ticked « Commentaires partageables » for: its AMI criterion, or none for the improvement areas. */
export interface SharedComment {
  criterion?: string;
  text: string;
}

export interface RestitutionInput {
  id: string;
  name: string;
  /** The « Comité » sheet's decision cell, as typed. */
  decision: unknown;
  /** The consensus of the AMI levels (grid order, averages allowed); undefined when the grid is not complete. */
  amiLevels?: readonly number[];
  amiWeights: readonly number[];
  /** The consensus SRL (0–9); null when not assessed. */
  srl: number | null;
  /** The consensus of the value-capture answers (0–3, averages allowed); undefined when not complete. */
  vcAnswers?: readonly number[];
  comments: readonly SharedComment[];
  /** What keeps a part from being drawn (a date that is no date in a grid), in the reader's language: shown under the decision. */
  warnings?: readonly string[];
}

/** A line of the sheet: `title` the project's, `heading` a part's, `row` a figure, `note` a sentence. */
export type LineStyle = 'title' | 'heading' | 'row' | 'note';

export interface RestitutionLine {
  style: LineStyle;
  /** Column A: what the line is about. */
  label: string;
  /** Column B: its figure or level (blank when none). */
  value: string | number;
  /** Column C: the words (descriptor, what the next level asks, the comment). */
  detail: string;
}

const T = {
  title: { fr: 'Fiche de restitution', en: 'Feedback sheet' },
  decision: { fr: 'Décision du comité', en: 'Committee decision' },
  pending: { fr: 'Pas encore décidée', en: 'Not decided yet' },
  profile: { fr: 'Profil AMI (consensus des évaluations)', en: 'AMI profile (consensus of the assessments)' },
  outOf: { fr: 'sur', en: 'out of' },
  noProfile: {
    fr: 'Grille AMI incomplète : le profil sera établi quand chaque critère aura un niveau.',
    en: 'AMI grid incomplete: the profile is drawn once every criterion has a level.',
  },
  axes: { fr: 'Axes d’amélioration', en: 'Improvement areas' },
  next: { fr: 'Niveau suivant', en: 'Next level' },
  allStrong: { fr: 'Tous les critères atteignent le niveau « Fort ».', en: 'Every criterion reaches the "Strong" level.' },
  srl: { fr: 'Maturité (échelle SRL)', en: 'Maturity (SRL scale)' },
  srlReached: { fr: 'Niveau atteint', en: 'Level reached' },
  srlNext: { fr: 'Ce que demande le niveau suivant', en: 'What the next level asks' },
  srlTop: { fr: 'Le niveau le plus haut de l’échelle est atteint.', en: 'The top of the scale is reached.' },
  noSrl: { fr: 'Maturité pas encore évaluée.', en: 'Maturity not assessed yet.' },
  vc: { fr: 'Captation de valeur : points de fragilité', en: 'Value capture: fragile points' },
  noVc: { fr: 'Grille de captation de valeur incomplète.', en: 'Value-capture checklist incomplete.' },
  noFragility: { fr: 'Aucun point de fragilité.', en: 'No fragile point.' },
  comments: { fr: 'Commentaires des évaluateurs', en: 'Reviewers’ comments' },
  noComment: { fr: 'Aucun commentaire partagé.', en: 'No comment shared.' },
  // French typography puts a space before the colon (as every message of the add-on); English none.
  colon: { fr: ' : ', en: ': ' },
} satisfies Record<string, Text>;

/** The decision in the reader's language: one of DECISIONS as typed in either language, else the cell's own words. */
export function decisionText(cell: unknown, lang: Lang): string {
  if (isBlank(cell)) return T.pending[lang];
  const typed = fold(String(cell));
  const known = DECISIONS.find((d) => fold(d.fr) === typed || fold(d.en) === typed);
  return known ? known[lang] : String(cell).trim();
}

/** The level a consensus reaches: a mean of 2 and 3 (2,5) has reached « Intermédiaire », not yet « Fort ». */
const reached = (level: number) => Math.min(MAX_LEVEL, Math.max(0, Math.floor(level)));

export function restitutionLines(p: RestitutionInput, lang: Lang): RestitutionLine[] {
  const lines: RestitutionLine[] = [];
  const add = (style: LineStyle, label: string, value: string | number = '', detail = '') => lines.push({ style, label, value, detail });

  add('title', T.title[lang], p.id, p.name);
  add('row', T.decision[lang], '', decisionText(p.decision, lang));
  for (const w of p.warnings ?? []) add('note', `⚠ ${w}`);

  add('heading', T.profile[lang]);
  if (p.amiLevels) {
    const levels = p.amiLevels;
    const profile = amiProfile(levels, p.amiWeights);
    for (const g of AMI_GROUPS) add('row', g.label[lang], profile[g.id], `${T.outOf[lang]} ${showNumber(amiMax(p.amiWeights, groupIndices(g.id)), lang)}`);
    add(
      'row',
      'Total',
      profile.total,
      `${T.outOf[lang]} ${showNumber(
        amiMax(
          p.amiWeights,
          AMI_CRITERIA.map((_, i) => i),
        ),
        lang,
      )}`,
    );
    AMI_CRITERIA.forEach((c, i) => {
      const at = reached(levels[i]);
      add('row', c.label[lang], levels[i], `${AMI_LEVEL_LABELS[at][lang]}${T.colon[lang]}${c.descriptors[lang][at]}`);
    });
    add('heading', T.axes[lang]);
    const gaps = amiGaps(levels);
    if (!gaps.length) add('note', T.allStrong[lang]);
    for (const g of gaps) {
      const c = AMI_CRITERIA[g.index];
      const next = reached(g.level) + 1;
      add(
        'row',
        c.label[lang],
        AMI_LEVEL_LABELS[reached(g.level)][lang],
        `${T.next[lang]} (${AMI_LEVEL_LABELS[next][lang]})${T.colon[lang]}${c.descriptors[lang][next]}`,
      );
    }
  } else add('note', T.noProfile[lang]);

  add('heading', T.srl[lang]);
  if (p.srl === null) add('note', T.noSrl[lang]);
  else {
    add('row', T.srlReached[lang], p.srl, `${srlLabel(p.srl, lang)} (${srlPhaseLabel(p.srl, lang)})`);
    // The scale's wording is French only (CC BY-ND, core/srl/scale.ts): the English sheet quotes it.
    const next = srlNext(p.srl);
    if (next) add('row', T.srlNext[lang], next.level, `${srlLabel(next.level, lang)}${T.colon[lang]}${next.description}`);
    else add('note', T.srlTop[lang]);
  }

  add('heading', T.vc[lang]);
  if (!p.vcAnswers) add('note', T.noVc[lang]);
  else {
    const fragile = vcFragilities(p.vcAnswers);
    if (!fragile.length) add('note', T.noFragility[lang]);
    for (const i of fragile) add('row', VC_POINTS[i].label[lang], p.vcAnswers[i], vcAnswerText(VC_POINTS[i], p.vcAnswers[i], lang));
  }

  add('heading', T.comments[lang]);
  if (!p.comments.length) add('note', T.noComment[lang]);
  for (const c of p.comments) add('row', c.criterion ? (AMI_CRITERIA.find((k) => k.id === c.criterion)?.label[lang] ?? '') : T.axes[lang], '', c.text);
  return lines;
}

/** The sheet's name, by language: one for a project, one for the whole call. */
export const RESTITUTION_SHEET: Text = { fr: 'Fiche de restitution', en: 'Feedback sheet' };
export const RESTITUTIONS_SHEET: Text = { fr: 'Restitutions', en: 'Feedback' };
