import type { Text } from '../../core/i18n';
import { quote } from '../../core/problem';
import { ADDON_NAME } from '../menu-captions';

/** The error codes a cell shows (getValues gives them as text). */
const ERROR_CODE = /^#(?:NAME\?|ERROR!|REF!|VALUE!|N\/A|DIV\/0!|NUM!|NULL!|SPILL!|CALC!)$/;

export function errorCode(value: unknown): string | undefined {
  return typeof value === 'string' && ERROR_CODE.test(value) ? value : undefined;
}

/** A custom function still running shows « Loading… » (« Chargement… » in French). */
export function isLoading(value: unknown): boolean {
  return typeof value === 'string' && /^(?:loading|chargement)/i.test(value.trim());
}

/** A list cut after a few items (a dialog is read, not searched): `a, b, c, … (+7)`. */
export function listed(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, … (+${items.length - max})` : shown;
}

/** A value as the user sees it, quoted in each language. */
export function shown(value: unknown): Text {
  return { fr: quote(value, 'fr'), en: quote(value, 'en') };
}

/** What an error code in a formula's cell means, and what to do (the add-on's custom functions). */
export function errorMeaning(code: string): Text {
  switch (code) {
    case '#NAME?':
      return {
        fr: `#NAME? : les fonctions du module ne sont pas reconnues dans ce document. Activez le module dans ce document : Extensions › ${ADDON_NAME} › Utiliser dans ce document (ou ouvrez son menu), puis rechargez la page. Une copie du classeur doit être activée à son tour.`,
        en: `#NAME?: the add-on's functions are not recognised in this document. Enable the add-on in this document: Extensions › ${ADDON_NAME} › Use in this document (or open its menu), then reload the page. A copy of the workbook must be enabled in turn.`,
      };
    case '#ERROR!':
      return {
        fr: '#ERROR! : la formule ne se lit pas, ou une fonction du module a refusé ses données. Le message s’affiche en survolant la cellule (Apps Script ne peut pas le lire). Le plus souvent, une colonne lue par la formule a été supprimée ou déplacée, ou la plage n’a pas la bonne largeur.',
        en: '#ERROR!: the formula does not parse, or an add-on function refused its data. Hover over the cell to read the message (Apps Script cannot read it). Most often a column the formula reads was deleted or moved, or the range has the wrong width.',
      };
    case '#REF!':
      return {
        fr: '#REF! : la formule désigne une feuille ou une colonne supprimée, ou son résultat ne peut pas s’étendre parce que des cellules non vides sont sur son passage.',
        en: '#REF!: the formula points at a deleted sheet or column, or its result cannot expand because non-empty cells are in its way.',
      };
    default:
      return {
        fr: `${code} : la formule ne donne pas de résultat (une donnée qu’elle lit est d’un type inattendu ou manquante).`,
        en: `${code}: the formula gives no result (data it reads is missing or of an unexpected type).`,
      };
  }
}
