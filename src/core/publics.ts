import type { Text } from './i18n';

/**
 * The priority publics a call for projects is meant for, in the words of seed 002 (Conseil
 * départemental du Val-de-Marne: « bénéficiaires du RSA, mineurs isolés, personnes handicapées,
 * seniors, etc. »). Projets' « Publics prioritaires » offers them as a dropdown; its « etc. » is why
 * the dropdown only warns: any other public typed or imported is kept as written.
 */
export const PRIORITY_PUBLICS: readonly Text[] = [
  { fr: 'Bénéficiaires du RSA', en: 'RSA beneficiaries' },
  { fr: 'Mineurs isolés', en: 'Unaccompanied minors' },
  { fr: 'Personnes handicapées', en: 'Disabled people' },
  { fr: 'Seniors', en: 'Seniors' },
];
