import type { Lang, Text } from '../i18n';
import { DEFINITION_COLUMNS } from './definition';

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
export const definitionHeader = (lang: Lang): string[] => DEFINITION_COLUMNS.map((c) => c.header[lang]);

/** The example's rows, as the definition sheet holds them (levels 0 and 5 left blank: the grid goes from 1 to 4). */
export function exampleDefinitionRows(lang: Lang): (string | number)[][] {
  return EXAMPLE_CRITERIA.map((c) => [
    EXAMPLE_GRID_NAME[lang],
    c.group[lang],
    c.label[lang],
    c.weight,
    ...DEFINITION_COLUMNS.filter((d) => d.id.startsWith('level:')).map((d) => {
      const level = Number(d.id.slice('level:'.length));
      const at = EXAMPLE_GRID_LEVELS.indexOf(level as 1);
      return at >= 0 ? c.descriptors[lang][at] : '';
    }),
  ]);
}

/** The header's notes: how to write a grid (the definition sheet has no explanation row, which would read as a criterion). */
export function definitionNotes(lang: Lang): string[] {
  const t = (fr: string, en: string) => (lang === 'en' ? en : fr);
  return DEFINITION_COLUMNS.map((c) => {
    if (c.id === 'grid')
      return t(
        'Une ligne par critère. « Grille » : le nom de la grille ; ses lignes peuvent être dispersées. Chaque grille a sa feuille « Grille – <nom> », créée par « Grilles personnalisées : créer / mettre à jour ». La grille « Entrée en incubation » est un exemple rédigé par le module, à modifier ou supprimer.',
        'One row per criterion. "Grid": the grid\'s name; its rows may be scattered. Each grid gets its sheet "Grid – <name>", made by "Custom grids: create / update". The grid "Incubation entry" is an example written by the add-on, to edit or delete.',
      );
    if (c.id === 'group')
      return t(
        'Facultatif : les critères d’un même groupe ont un score de groupe (une colonne chacun).',
        'Optional: criteria of one group get a group score (a column each).',
      );
    if (c.id === 'criterion')
      return t(
        'L’intitulé du critère : l’en-tête de sa colonne dans la feuille de la grille. Deux critères d’une grille ont des intitulés distincts.',
        "The criterion's label: its column header in the grid's sheet. Two criteria of a grid have distinct labels.",
      );
    if (c.id === 'weight')
      return t(
        'Facultatif : un nombre ≥ 0. Vide pour tous les critères d’une grille : chacun vaut 1. Score (règle du module) = Σ poids × (niveau − niveau le plus bas) / (Σ poids × (niveau le plus haut − le plus bas)), de 0 à 100 %.',
        "Optional: a number ≥ 0. Blank for every criterion of a grid: each counts 1. Score (the add-on's rule) = Σ weight × (level − lowest level) / (Σ weight × (highest − lowest level)), 0 to 100%.",
      );
    return t(
      'Ce que vaut ce niveau pour le critère. Une grille utilise les niveaux que ses critères décrivent (au moins deux, consécutifs, par exemple 1 à 4) ; chaque critère les décrit tous.',
      'What this level means for the criterion. A grid uses the levels its criteria describe (at least two, consecutive, e.g. 1 to 4); each criterion describes them all.',
    );
  });
}
