import type { Lang } from '../core/i18n';
import { RND_CRITERIA } from '../core/rnd/criteria';
import { readRndAnswer, rndVerdict } from '../core/rnd/verdict';
import { LANG_PARAM, table } from './params';
import { readAll, rowwise, type RowResult } from './rows';
import { defineFunction, perRowOfFirst } from './spec';

const criterionName = (i: number, lang: Lang) => RND_CRITERIA[i].label[lang];
const ANSWERED = { fr: 'critères renseignés', en: 'criteria answered' };

/** The social R&D checklist's one-line verdict (core/rnd/verdict.ts: the module's rule). */
export const RND_VERDICT = defineFunction({
  name: 'RND_VERDICT',
  summary: {
    fr: `Verdict R&D sociale : lesquels des ${RND_CRITERIA.length} critères (nouveauté, créativité, incertitude, transférabilité, dimension systématique) sont réunis, en partie, ou non.`,
    en: `Social R&D verdict: which of the ${RND_CRITERIA.length} criteria (novelty, creativity, uncertainty, transferability, systematic approach) are met, partly met, or not.`,
  },
  params: [
    {
      name: 'answers',
      type: table([RND_CRITERIA.length], { fr: 'une par critère de la R&D sociale', en: 'one per social R&D criterion' }),
      example: 'E2:I',
      help: {
        fr: 'Les réponses aux 5 critères : oui, en partie, non, ou un nombre de 0 à 3 (le consensus de plusieurs évaluations : non 0, en partie 1,5, oui 3). Réuni à partir de 2, en partie à partir de 1.',
        en: 'The answers to the 5 criteria: yes, partly, no, or a number from 0 to 3 (the consensus of several assessments: no 0, partly 1.5, yes 3). Met from 2, partly from 1.',
      },
    },
    LANG_PARAM,
  ],
  returns: {
    fr: 'Une colonne de texte, p. ex. « 3/5 critères réunis : nouveauté, créativité, incertitude ; en partie : transférabilité ; non réuni : dimension systématique ».',
    en: 'A text column, e.g. "3/5 criteria met: novelty, creativity, uncertainty; partly: transferability; not met: systematic approach".',
  },
  exampleSheet: 'rnd',
  example: '=RND_VERDICT(E2:I)',
  resultShape: perRowOfFirst(1),
  body(call, answers, lang) {
    return rowwise({
      ...call,
      table: answers,
      outWidth: 1,
      columnName: criterionName,
      row: (cells): RowResult => {
        const a = readAll(cells, readRndAnswer, ANSWERED);
        return Array.isArray(a) ? [rndVerdict(a, lang)] : a;
      },
    });
  },
});
