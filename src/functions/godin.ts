import type { Lang } from '../core/i18n';
import { MAX_LEVEL, parseLevel } from '../core/cells/level';
import { GODIN_BLOCKS, GODIN_MARKERS } from '../core/godin/markers';
import { godinProfile } from '../core/godin/profile';
import { table } from './params';
import { readAll, rowwise, type RowResult } from './rows';
import { defineFunction, perRowOfFirst } from './spec';

const markerName = (i: number, lang: Lang) => GODIN_MARKERS[i].label[lang];
const SCORED = { fr: 'marqueurs notés', en: 'markers scored' };
// Written out: the bundle's top level builds nothing (every custom-function call evaluates it), and the help is read there.
const BLOCKS = { fr: 'Émergence, Processus, Résultat, Impacts et diffusion', en: 'Emergence, Process, Result, Impacts and diffusion' };

/**
 * The profile of the Institut Godin's markers (the module's scale and rule, core/godin/profile.ts):
 * each block's mean level, then the total. Like AMI_PROFILE, a row still being scored shows its
 * status in the first column and leaves the others blank.
 */
export const GODIN_PROFILE = defineFunction({
  name: 'GODIN_PROFILE',
  summary: {
    fr: `Profil des ${GODIN_MARKERS.length} marqueurs de l’innovation sociale (Institut Godin) : niveau moyen de chaque bloc (${BLOCKS.fr}, 0–${MAX_LEVEL}) et total (0–${GODIN_MARKERS.length * MAX_LEVEL}).`,
    en: `Profile of the ${GODIN_MARKERS.length} markers of social innovation (Institut Godin): each block’s mean level (${BLOCKS.en}, 0–${MAX_LEVEL}) and the total (0–${GODIN_MARKERS.length * MAX_LEVEL}).`,
  },
  params: [
    {
      name: 'levels',
      type: table([GODIN_MARKERS.length], { fr: 'une par marqueur de l’Institut Godin', en: 'one per Institut Godin marker' }),
      example: 'E2:M',
      help: {
        fr: `Les niveaux des ${GODIN_MARKERS.length} marqueurs, une ligne par évaluation (0–${MAX_LEVEL} ou Inexistant, Faible, Intermédiaire, Fort : l’échelle du module).`,
        en: `The levels of the ${GODIN_MARKERS.length} markers, one row per assessment (0–${MAX_LEVEL} or None, Weak, Intermediate, Strong: the add-on’s scale).`,
      },
    },
  ],
  returns: {
    fr: `${GODIN_BLOCKS.length + 1} colonnes : ${BLOCKS.fr}, Total.`,
    en: `${GODIN_BLOCKS.length + 1} columns: ${BLOCKS.en}, Total.`,
  },
  exampleSheet: 'godin',
  example: '=GODIN_PROFILE(E2:M)',
  resultShape: perRowOfFirst(GODIN_BLOCKS.length + 1),
  body(call, levels) {
    return rowwise({
      ...call,
      table: levels,
      outWidth: GODIN_BLOCKS.length + 1,
      columnName: markerName,
      row: (cells): RowResult => {
        const l = readAll(cells, (v) => parseLevel(v), SCORED);
        if (!Array.isArray(l)) return l;
        const p = godinProfile(l);
        return [...GODIN_BLOCKS.map((b) => p.blocks[b.id]), p.total];
      },
    });
  },
});
