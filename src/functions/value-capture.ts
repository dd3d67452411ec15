import type { Lang } from '../core/i18n';
import { MAX_LEVEL } from '../core/cells/level';
import { parseNumber } from '../core/cells/number';
import { isBlank } from '../core/cells/text';
import { problem, quote } from '../core/problem';
import { parseVcAnswer } from '../core/value-capture/answers';
import { VC_FAMILIES, VC_POINTS, VC_SCALE_NOTE } from '../core/value-capture/checklist';
import { vcFragilities, vcMix, vcScore } from '../core/value-capture/score';
import { LIST_SEPARATOR } from './messages';
import { LANG_PARAM, table } from './params';
import { cell, readAll, rowwise, type RowResult } from './rows';
import type { Grid } from './shapes';
import { defineFunction, perRowOfFirst, type ParamSpec } from './spec';

const POINTS_WIDTH = { fr: 'une par point de la grille de captation', en: 'one per point of the value-capture checklist' };
const ANSWERED = { fr: 'points renseignés', en: 'points answered' };
const pointName = (i: number, lang: Lang) => VC_POINTS[i].label[lang];

const ANSWERS_PARAM: ParamSpec<Grid> = {
  name: 'answers',
  type: table([VC_POINTS.length], POINTS_WIDTH),
  example: 'E2:I',
  help: {
    fr: `Les réponses aux ${VC_POINTS.length} points (prise de risque, sur-effort, co-bénéfices, pérennité des soutiens, élasticité de la rémunération) : 0 à ${MAX_LEVEL} ou la réponse de la liste (« 2 – Sur-effort en partie compensé ») ; ${VC_SCALE_NOTE.fr}.`,
    en: `The answers to the ${VC_POINTS.length} points (risk, over-effort, co-benefits, durability of support, elasticity of remuneration): 0 to ${MAX_LEVEL} or the answer from the list ("2 – Over-effort partly compensated"); ${VC_SCALE_NOTE.en}.`,
  },
};

export const VC_SCORE = defineFunction({
  name: 'VC_SCORE',
  summary: {
    fr: `Score de captation de la valeur : somme des ${VC_POINTS.length} réponses (0–${VC_POINTS.length * MAX_LEVEL}).`,
    en: `Value-capture score: sum of the ${VC_POINTS.length} answers (0–${VC_POINTS.length * MAX_LEVEL}).`,
  },
  params: [ANSWERS_PARAM],
  returns: {
    fr: `Une colonne : le score 0–${VC_POINTS.length * MAX_LEVEL} de chaque projet.`,
    en: `One column: each project’s score 0–${VC_POINTS.length * MAX_LEVEL}.`,
  },
  exampleSheet: 'vc',
  example: '=VC_SCORE(E2:I)',
  resultShape: perRowOfFirst(1),
  body(call, table) {
    return rowwise({
      ...call,
      table,
      outWidth: 1,
      columnName: pointName,
      row: (cells): RowResult => {
        const a = readAll(cells, parseVcAnswer, ANSWERED);
        return Array.isArray(a) ? [vcScore(a)] : a;
      },
    });
  },
});

export const VC_FLAGS = defineFunction({
  name: 'VC_FLAGS',
  summary: {
    fr: 'Les fragilités du modèle de captation : points répondus 0 ou 1, dans l’ordre de la grille.',
    en: 'Fragilities of the capture model: points answered 0 or 1, in checklist order.',
  },
  params: [ANSWERS_PARAM, LANG_PARAM],
  returns: {
    fr: 'Une colonne de texte, p. ex. « Sur-effort ; Pérennité des soutiens » ; vide si aucune.',
    en: 'A text column, e.g. "Over-effort; Durability of support"; empty when none.',
  },
  exampleSheet: 'vc',
  example: '=VC_FLAGS(E2:I)',
  resultShape: perRowOfFirst(1),
  body(call, table, l) {
    return rowwise({
      ...call,
      table,
      outWidth: 1,
      columnName: pointName,
      row: (cells): RowResult => {
        const a = readAll(cells, parseVcAnswer, ANSWERED);
        return Array.isArray(a)
          ? [
              vcFragilities(a)
                .map((i) => pointName(i, l))
                .join(LIST_SEPARATOR),
            ]
          : a;
      },
    });
  },
});

function readAmount(v: unknown): number {
  const n = parseNumber(v, { fr: 'un montant (en euros ou en parts)', en: 'an amount (euros or shares)' });
  if (n < 0)
    throw problem(`${quote(v, 'fr')} est négatif : un montant capté est positif ou nul`, `${quote(v, 'en')} is negative: a captured amount is zero or more`);
  return n;
}

export const VC_MIX = defineFunction({
  name: 'VC_MIX',
  summary: {
    fr: 'Mix de captation de la valeur : famille dominante, hybridité (0 = une seule famille, 1 = quatre parts égales) et part de la famille dominante.',
    en: 'Value-capture mix: dominant family, hybridity (0 = one family, 1 = four equal shares) and share of the dominant family.',
  },
  params: [
    {
      name: 'amounts',
      type: table([VC_FAMILIES.length], { fr: 'une par famille de captation', en: 'one per capture family' }),
      example: 'O2:R',
      help: {
        fr: `Les montants captés par les ${VC_FAMILIES.length} familles (marché, redistribution, communauté, tiers compensateur), en euros ou en parts ; vide = 0.`,
        en: `The amounts captured by the ${VC_FAMILIES.length} families (market, redistribution, community, third-party payer), in euros or shares; empty = 0.`,
      },
    },
    LANG_PARAM,
  ],
  returns: {
    fr: '3 colonnes : famille(s) dominante(s), hybridité 0–1, part dominante 0–1.',
    en: '3 columns: dominant family(ies), hybridity 0–1, dominant share 0–1.',
  },
  exampleSheet: 'vc',
  example: '=VC_MIX(O2:R)',
  resultShape: perRowOfFirst(3),
  body(call, table, l) {
    return rowwise({
      ...call,
      table,
      outWidth: 3,
      columnName: (i, lang2) => VC_FAMILIES[i].label[lang2],
      row: (cells): RowResult => {
        const mix = vcMix(cells.map((c, i) => (isBlank(c) ? 0 : cell(cells, i, readAmount))));
        if (!mix) return { status: { fr: 'total nul : aucun montant capté', en: 'zero total: nothing captured' } };
        const names = mix.dominant.map((id) => VC_FAMILIES.find((f) => f.id === id)!.label[l]);
        return [names.join(' / '), mix.hybridity, mix.dominantShare];
      },
    });
  },
});
