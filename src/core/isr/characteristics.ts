import type { Source } from '../frameworks';
import type { Text } from '../i18n';

/**
 * The Innovation Sociale de Rupture (ISR): the four characteristics that distinguish it, from
 * seed 003 (« 4 caractéristiques distinguent ainsi l'ISR de l'appréhension classique de
 * l'innovation sociale »). fr is the seed's wording, verbatim; en is this project's translation.
 */
export const ISR_SOURCE: Source = {
  citation:
    "« Comprendre les dynamiques et les besoins liés aux démarches d'innovation sociale — 11 études de cas », Concept n°1 : L'Innovation Sociale de Rupture (ISR), LabCom DESTINS (Ellyx – Université de Poitiers – CNRS).",
  licence: 'Courtes citations reproduites à l’identique avec mention de la source.',
};

export type IsrCharacteristicId = 'combine' | 'cooperation' | 'echelles' | 'transformation';

export interface IsrCharacteristic {
  id: IsrCharacteristicId;
  /** Short name (the seed's words in bold). */
  label: Text;
  /** The seed's sentence, verbatim in fr. */
  description: Text;
}

export const ISR_CHARACTERISTICS: readonly IsrCharacteristic[] = [
  {
    id: 'combine',
    label: { fr: 'Elle combine plusieurs innovations', en: 'It combines several innovations' },
    description: {
      fr: 'Elle combine plusieurs innovations de nature différentes, servant un même objectif : produits, services, dispositifs, modèle économique, politique publique, etc.',
      en: 'It combines several innovations of different kinds serving one goal: products, services, schemes, business model, public policy, etc.',
    },
  },
  {
    id: 'cooperation',
    label: { fr: 'Elle induit la coopération', en: 'It brings about cooperation' },
    description: {
      fr: "Elle induit la coopération d'acteurs hétérogènes, alignés et disposant de compétences et de leviers variés pour faire émerger les innovations nécessaires à la transformation visée.",
      en: 'It brings about the cooperation of heterogeneous actors, aligned and with varied skills and levers, to bring forth the innovations the intended transformation needs.',
    },
  },
  {
    id: 'echelles',
    label: { fr: 'Elle se déploie à différentes échelles', en: 'It unfolds at several scales' },
    description: {
      fr: "Elle se déploie à différentes échelles d'action en simultané (local, départemental, régional, national etc.), à la fois sur le plan politique et sur le terrain.",
      en: 'It unfolds at several scales of action at once (local, departmental, regional, national, etc.), both politically and on the ground.',
    },
  },
  {
    id: 'transformation',
    label: { fr: 'Elle a une finalité de transformation sociale et sociétale', en: 'It aims at social and societal transformation' },
    description: {
      fr: "Elle a une finalité de transformation sociale et sociétale et vise la rupture avec les cadres dominants dans lesquels jouent les acteurs, qu'il s'agisse des cadres de pensée et des paradigmes, des outils, des rôles sociaux, ou des politiques publiques et cadres réglementaires.",
      en: 'It aims at social and societal transformation and seeks a break with the dominant frameworks in which actors operate: frameworks of thought and paradigms, tools, social roles, or public policies and regulations.',
    },
  },
];
