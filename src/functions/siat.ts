import type { Lang } from '../core/i18n';
import { SIAT_DIMENSIONS } from '../core/siat/template';
import { parseSiatScore, SIAT_DIMENSION_COUNT, siatIndex } from '../core/siat/index';
import { readWeights } from './options';
import { readAll, requireWidth, rowwise, type RowResult } from './rows';
import { perRowOfFirst, type CustomFunctionSpec } from './spec';

const DIMENSIONS_WIDTH = { fr: 'une par dimension SIAT', en: 'one per SIAT dimension' };

export const SIAT_INDEX: CustomFunctionSpec = {
  name: 'SIAT_INDEX',
  summary: {
    fr: 'Indice SIAT : moyenne pondérée des 5 dimensions (économique, environnementale, socio-culturelle, gouvernance, influence), sur 1–5.',
    en: 'SIAT index: weighted mean of the 5 dimensions (economic, environmental, socio-cultural, governance, influence), on 1–5.',
  },
  params: [
    { name: 'scores', example: 'V2:Z', help: { fr: 'Les scores des 5 dimensions (1–5), une ligne par projet.', en: 'The 5 dimension scores (1–5), one row per project.' } },
    { name: 'weights', example: 'SIAT_POIDS', optional: true, help: { fr: 'Facultatif : 5 poids positifs. Par défaut, tous égaux.', en: 'Optional: 5 non-negative weights. Default: all equal.' } },
  ],
  returns: { fr: 'Une colonne : l’indice 1–5 de chaque projet.', en: 'One column: each project’s index 1–5.' },
  exampleSheet: 'siat',
  example: '=SIAT_INDEX(V2:Z; SIAT_POIDS)',
  resultShape: perRowOfFirst(1),
  run(scores: unknown, weights?: unknown) {
    const lang: Lang = 'fr';
    const table = requireWidth('SIAT_INDEX', lang, 'scores', scores, [SIAT_DIMENSION_COUNT], DIMENSIONS_WIDTH);
    // Equal weights by default, built per call rather than at load: the bundle's top level does no work.
    const w = readWeights('SIAT_INDEX', lang, weights, SIAT_DIMENSION_COUNT, { fr: 'un par dimension SIAT', en: DIMENSIONS_WIDTH.en }, { fr: 'cette dimension', en: 'this dimension' }) ?? Array.from({ length: SIAT_DIMENSION_COUNT }, () => 1);
    return rowwise({
      name: 'SIAT_INDEX',
      lang,
      table,
      options: w,
      outWidth: 1,
      columnName: (i, l) => SIAT_DIMENSIONS[i].label[l],
      row: (cells): RowResult => {
        const s = readAll(cells, (v) => parseSiatScore(v), { fr: 'dimensions notées', en: 'dimensions scored' });
        return Array.isArray(s) ? [siatIndex(s, w)] : s;
      },
    });
  },
};

