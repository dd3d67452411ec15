import type { SiatDimension, SiatItem } from '../frameworks';
import { fold } from '../cells/text';
import type { Lang } from '../i18n';
import { problem, quote } from '../problem';
import { DEFAULT_SIAT_VARIANT, SIAT_VARIANTS, type SiatVariant } from './template';

/** An item's statement in the workbook's variant (template.ts SiatVariant): the general wording where it has one. */
export function siatItemText(item: SiatItem, variant: SiatVariant, lang: Lang): string {
  return (variant === 'general' && item.general ? item.general : item.label)[lang];
}

/** A dimension's description in the workbook's variant. */
export function siatDimensionText(dimension: SiatDimension, variant: SiatVariant, lang: Lang): string {
  return (variant === 'general' && dimension.generalDescription ? dimension.generalDescription : dimension.description)[lang];
}

/** Paramètres VARIANTE_SIAT as typed (either language, case and accents ignored); blank is the default. Throws a Problem naming the value otherwise. */
export function parseSiatVariant(value: unknown): SiatVariant {
  const word = fold(String(value ?? ''));
  if (word === '') return DEFAULT_SIAT_VARIANT;
  const found = SIAT_VARIANTS.find((v) => fold(v.label.fr) === word || fold(v.label.en) === word || v.id === word);
  if (found) return found.id;
  const list = (lang: Lang) => SIAT_VARIANTS.map((v) => v.label[lang]).join(lang === 'en' ? ' or ' : ' ou ');
  throw problem(`${quote(value, 'fr')} n’est pas une variante SIAT : ${list('fr')}`, `${quote(value, 'en')} is not a SIAT variant: ${list('en')}`);
}
