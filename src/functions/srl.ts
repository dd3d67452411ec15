import type { Lang } from '../core/i18n';
import { parseCompletion } from '../core/cells/proportion';
import { isBlank } from '../core/cells/text';
import { SRL_LEVELS } from '../core/srl/scale';
import { parseSrlLevel, srlFromChecklist, srlLabel, srlPhaseLabel } from '../core/srl/level';
import { cells, LANG_PARAM, PROPORTION, table } from './params';
import { cell, rowwise } from './rows';
import { gridWidth, type Grid } from './shapes';
import { defineFunction, perRowOfFirst, type Call, type ParamSpec } from './spec';

const levelColumn = (i: number, lang: Lang) => (lang === 'en' ? `SRL ${i + 1} – ${SRL_LEVELS[i].shortEn}` : `SRL ${i + 1} – ${SRL_LEVELS[i].title}`);

export const SRL_LEVEL = defineFunction({
  name: 'SRL_LEVEL',
  summary: {
    fr: `Niveau SRL (Societal Readiness Level, 1–${SRL_LEVELS.length}) de chaque projet : plus haut niveau atteint dont tous les niveaux inférieurs le sont aussi.`,
    en: `SRL (Societal Readiness Level, 1–${SRL_LEVELS.length}) of each project: the highest level reached with every lower level reached too.`,
  },
  params: [
    {
      name: 'evidence',
      type: table([SRL_LEVELS.length, 1], {
        fr: `l’avancement des ${SRL_LEVELS.length} niveaux, ou un niveau déclaré`,
        en: `the completion of the ${SRL_LEVELS.length} levels, or one declared level`,
      }),
      example: 'E2:M',
      help: {
        fr: `${SRL_LEVELS.length} colonnes (avancement des niveaux 1 à ${SRL_LEVELS.length} : case à cocher, oui/non ou %) ; ou 1 colonne de niveaux déclarés (5, « SRL 5 »).`,
        en: `${SRL_LEVELS.length} columns (completion of levels 1 to ${SRL_LEVELS.length}: checkbox, yes/no or %); or 1 column of declared levels (5, "SRL 5").`,
      },
    },
    {
      name: 'threshold',
      type: PROPORTION,
      example: '8/10',
      optional: true,
      default: 1,
      help: {
        fr: 'Facultatif : avancement à partir duquel un niveau est atteint (0 à 1 ou %). Par défaut 1 (100 %).',
        en: 'Optional: completion from which a level is reached (0 to 1 or %). Default 1 (100%).',
      },
    },
  ],
  returns: {
    fr: `Une colonne : le niveau 0–${SRL_LEVELS.length} de chaque projet (0 : niveau 1 non atteint).`,
    en: `One column: each project’s level 0–${SRL_LEVELS.length} (0: level 1 not reached).`,
  },
  exampleSheet: 'srl',
  example: '=SRL_LEVEL(E2:M; 8/10)',
  resultShape: perRowOfFirst(1),
  body(call, table, minimum) {
    const checklist = table[0].length === SRL_LEVELS.length;
    return rowwise({
      ...call,
      table,
      outWidth: 1,
      // Column names are in the message's language, as every other function's (« preuve », not « evidence »).
      columnName: (i, l) => (checklist ? levelColumn(i, l) : l === 'en' ? 'evidence' : 'preuve'),
      // In checklist mode an empty cell in a non-empty row is an unreached level, not a gap.
      row: (cells) =>
        checklist
          ? [
              srlFromChecklist(
                cells.map((c, i) => (isBlank(c) ? 0 : cell(cells, i, parseCompletion))),
                minimum,
              ),
            ]
          : [cell(cells, 0, (v) => parseSrlLevel(v, 1))],
    });
  },
});

/** SRL_PHASE and SRL_LABEL map each level cell to a text, whatever the shape of the range. */
function levelText(call: Call, table: Grid, text: (level: number, lang: Lang) => string) {
  const width = gridWidth(table);
  return rowwise({
    ...call,
    table,
    outWidth: width,
    columnName: (_, l) => (l === 'en' ? 'level' : 'niveau'),
    row: (cells) =>
      cells.map((c, i) =>
        isBlank(c)
          ? ''
          : text(
              cell(cells, i, (v) => parseSrlLevel(v, 0)),
              call.lang,
            ),
      ),
  });
}

const LEVEL_PARAM: ParamSpec<Grid> = {
  name: 'level',
  type: cells({ cellFirst: true }),
  example: 'S2:S',
  help: {
    fr: `Des niveaux SRL 0–${SRL_LEVELS.length} (nombre ou « SRL 5 »), p. ex. le résultat de SRL_LEVEL.`,
    en: `SRL levels 0–${SRL_LEVELS.length} (number or "SRL 5"), e.g. the result of SRL_LEVEL.`,
  },
};

export const SRL_PHASE = defineFunction({
  name: 'SRL_PHASE',
  summary: {
    fr: 'Phase du niveau SRL : Concept (0–4), Pilote expérimental (5–7), Institutionnalisation (8–9).',
    en: 'Phase of the SRL level: Concept (0–4), Experimental pilot (5–7), Institutionalisation (8–9).',
  },
  params: [LEVEL_PARAM, LANG_PARAM],
  returns: { fr: 'Le nom de la phase de chaque niveau (même taille que level).', en: 'The phase name of each level (same size as level).' },
  exampleSheet: 'srl',
  example: '=SRL_PHASE(SRL_LEVEL(E2:M))',
  resultShape: (args) => args[0] ?? { rows: 1, columns: 1 },
  body: (call, level) => levelText(call, level, srlPhaseLabel),
});

export const SRL_LABEL = defineFunction({
  name: 'SRL_LABEL',
  summary: {
    fr: 'Intitulé officiel du niveau SRL (échelle Ellyx – Université de Poitiers – CNRS, CC BY-ND 4.0).',
    en: 'Official title of the SRL level (Ellyx – Université de Poitiers – CNRS scale, CC BY-ND 4.0).',
  },
  params: [LEVEL_PARAM, LANG_PARAM],
  returns: {
    fr: 'L’intitulé de chaque niveau, p. ex. 5 → « Prototypage des fonctions clés ».',
    en: 'The title of each level, with the French official title beside the English name.',
  },
  exampleSheet: 'srl',
  example: '=SRL_LABEL(S2:S)',
  resultShape: (args) => args[0] ?? { rows: 1, columns: 1 },
  body: (call, level) => levelText(call, level, srlLabel),
});
