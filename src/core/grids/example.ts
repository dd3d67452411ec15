import type { Lang, Text } from '../i18n';
import { type CustomGrid, definitionColumns, readGridDefinitions } from './definition';

/**
 * The worked example « Grilles personnalisées » starts with, and the demo's incubator grid: an
 * illustrative grid for entering an incubator, written by the add-on (not taken from a seed
 * document nor from any incubator), six criteria in two groups, levels 1 to 4, weighted. Its rows
 * are read back by the same reader as a user's (core/grids/definition.ts).
 */
export const EXAMPLE_GRID_NAME: Text = { fr: 'Entrée en incubation', en: 'Incubation entry' };
export const EXAMPLE_GRID_LEVELS = [1, 2, 3, 4] as const;

interface ExampleCriterion {
  group: Text;
  label: Text;
  weight: number;
  descriptors: { fr: readonly string[]; en: readonly string[] };
}

const TEAM: Text = { fr: 'Équipe', en: 'Team' };
const PROJECT: Text = { fr: 'Projet', en: 'Project' };

export const EXAMPLE_CRITERIA: readonly ExampleCriterion[] = [
  {
    group: TEAM,
    label: { fr: 'Engagement des porteurs', en: 'Commitment of the holders' },
    weight: 2,
    descriptors: {
      fr: ['Projet porté à temps perdu', 'Temps partiel, sans échéance', 'Temps partiel avec un calendrier', 'Porteurs à plein temps, calendrier tenu'],
      en: ['Project carried in spare time', 'Part time, no deadline', 'Part time with a schedule', 'Full-time holders, schedule kept'],
    },
  },
  {
    group: TEAM,
    label: { fr: 'Compétences réunies', en: 'Skills gathered' },
    weight: 1,
    descriptors: {
      fr: [
        'Compétences clés absentes',
        'Quelques compétences, manques non identifiés',
        'Manques identifiés, plan pour les combler',
        'Équipe complète ou partenaires engagés',
      ],
      en: ['Key skills missing', 'Some skills, gaps not identified', 'Gaps identified, plan to fill them', 'Complete team or committed partners'],
    },
  },
  {
    group: TEAM,
    label: { fr: 'Ancrage local', en: 'Local roots' },
    weight: 1,
    descriptors: {
      fr: ['Aucun contact sur le territoire', 'Premiers contacts', 'Partenaires locaux identifiés', 'Partenariats locaux formalisés'],
      en: ['No contact in the area', 'First contacts', 'Local partners identified', 'Formal local partnerships'],
    },
  },
  {
    group: PROJECT,
    label: { fr: 'Besoin social documenté', en: 'Documented social need' },
    weight: 2,
    descriptors: {
      fr: ['Besoin supposé', 'Besoin décrit, sans données', 'Besoin étayé par des données ou des témoignages', 'Besoin confirmé avec les publics concernés'],
      en: ['Assumed need', 'Need described, no data', 'Need backed by data or testimonies', 'Need confirmed with the people concerned'],
    },
  },
  {
    group: PROJECT,
    label: { fr: 'Modèle économique envisagé', en: 'Intended business model' },
    weight: 1,
    descriptors: {
      fr: ['Aucune piste de ressources', 'Une seule ressource envisagée', 'Plusieurs ressources identifiées', 'Ressources hybrides chiffrées'],
      en: ['No source of income considered', 'A single source considered', 'Several sources identified', 'Hybrid resources costed'],
    },
  },
  {
    group: PROJECT,
    label: { fr: 'Maturité de la solution', en: 'Maturity of the solution' },
    weight: 1,
    descriptors: {
      fr: ['Idée', 'Solution décrite', 'Premier test auprès d’usagers', 'Expérimentation en cours'],
      en: ['Idea', 'Solution described', 'First test with users', 'Experiment under way'],
    },
  },
];

/** The definition sheet's header row: Grille, Groupe, Critère, Poids, Niveau 0 … Niveau 5. */
export const definitionHeader = (lang: Lang): string[] => definitionColumns().map((c) => c.header[lang]);

/** The example's rows, as the definition sheet holds them (levels 0 and 5 left blank: the grid goes from 1 to 4). */
export function exampleDefinitionRows(lang: Lang): (string | number)[][] {
  return EXAMPLE_CRITERIA.map((c) => [
    EXAMPLE_GRID_NAME[lang],
    c.group[lang],
    c.label[lang],
    c.weight,
    ...definitionColumns()
      .filter((d) => d.id.startsWith('level:'))
      .map((d) => {
        const level = Number(d.id.slice('level:'.length));
        const at = EXAMPLE_GRID_LEVELS.indexOf(level as 1);
        return at >= 0 ? c.descriptors[lang][at] : '';
      }),
  ]);
}

/** The example grid as the reader makes it (French): GRID_SCORE's help example and the demo score it. */
export const exampleGrid = (lang: Lang = 'fr'): CustomGrid => readGridDefinitions([definitionHeader(lang), ...exampleDefinitionRows(lang)]).grids[0];
