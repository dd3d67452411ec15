import { SIAT_DIMENSIONS } from '../core/siat/template';
import { parseSiatScore, SIAT_MAX, SIAT_MIN, siatIndex } from '../core/siat/index';
import { table, weights } from './params';
import { readAll, rowwise, type RowResult } from './rows';
import { defineFunction, perRowOfFirst } from './spec';

const DIMENSIONS_WIDTH = { fr: 'une par dimension SIAT', en: 'one per SIAT dimension' };

export const SIAT_INDEX = defineFunction({
  name: 'SIAT_INDEX',
  summary: {
    fr: `Indice SIAT : moyenne pondérée des ${SIAT_DIMENSIONS.length} dimensions (économique, environnementale, socio-culturelle, gouvernance, influence), sur ${SIAT_MIN}–${SIAT_MAX}.`,
    en: `SIAT index: weighted mean of the ${SIAT_DIMENSIONS.length} dimensions (economic, environmental, socio-cultural, governance, influence), on ${SIAT_MIN}–${SIAT_MAX}.`,
  },
  params: [
    {
      name: 'scores',
      type: table([SIAT_DIMENSIONS.length], DIMENSIONS_WIDTH),
      example: 'AA2:AE',
      help: {
        fr: `Les scores des ${SIAT_DIMENSIONS.length} dimensions (${SIAT_MIN}–${SIAT_MAX}), une ligne par projet.`,
        en: `The ${SIAT_DIMENSIONS.length} dimension scores (${SIAT_MIN}–${SIAT_MAX}), one row per project.`,
      },
    },
    {
      name: 'weights',
      type: weights(SIAT_DIMENSIONS.length, { fr: 'un par dimension SIAT', en: DIMENSIONS_WIDTH.en }, { fr: 'cette dimension', en: 'this dimension' }),
      example: 'SIAT_POIDS',
      optional: true,
      help: {
        fr: `Facultatif : ${SIAT_DIMENSIONS.length} poids positifs. Par défaut, tous égaux.`,
        en: `Optional: ${SIAT_DIMENSIONS.length} non-negative weights. Default: all equal.`,
      },
    },
  ],
  returns: { fr: `Une colonne : l’indice ${SIAT_MIN}–${SIAT_MAX} de chaque projet.`, en: `One column: each project’s index ${SIAT_MIN}–${SIAT_MAX}.` },
  exampleSheet: 'siat',
  example: '=SIAT_INDEX(AA2:AE; SIAT_POIDS)',
  resultShape: perRowOfFirst(1),
  body(call, table, weights) {
    // Equal weights by default, built per call rather than at load: the bundle's top level does no work.
    const w = weights ?? Array.from({ length: SIAT_DIMENSIONS.length }, () => 1);
    return rowwise({
      ...call,
      table,
      outWidth: 1,
      columnName: (i, l) => SIAT_DIMENSIONS[i].label[l],
      row: (cells): RowResult => {
        const s = readAll(cells, (v) => parseSiatScore(v), { fr: 'dimensions notées', en: 'dimensions scored' });
        return Array.isArray(s) ? [siatIndex(s, w)] : s;
      },
    });
  },
});
