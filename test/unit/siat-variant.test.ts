import { SIAT_DIMENSIONS } from '../../src/core/siat/template';
import { parseSiatVariant, siatItemText } from '../../src/core/siat/variant';
import { siatItemField } from '../../src/core/instruments/siat';
import { setupWorkbook } from '../../src/server/actions/setup-workbook';
import { readScoringSettings } from '../../src/server/sidebar/scoring-settings';
import { SIAT } from '../../src/sheets/schema';
import { columnsOf, sheet, workbookFake } from '../helpers/workbook';

/**
 * Issue 14 §6: SIAT for every sector. The same items (and scores) in two wordings, picked in
 * Paramètres VARIANTE_SIAT: the sheet's notes, its dropdowns' help and the panel's settings follow it.
 */
const eco1 = SIAT_DIMENSIONS[0].items[0];
const soc2 = SIAT_DIMENSIONS[2].items[1];

test('each variant words the items; the general one leaves the short supply chain out', () => {
  expect(siatItemText(eco1, 'circuits-courts', 'fr')).toContain('épicerie ambulante');
  expect(siatItemText(eco1, 'general', 'fr')).not.toMatch(/circuit|épicerie/);
  // Every item, in the general wording, speaks of no supply chain.
  for (const item of SIAT_DIMENSIONS.flatMap((d) => d.items)) expect(siatItemText(item, 'general', 'fr')).not.toMatch(/circuit|producteur|consommateur/i);
  expect(parseSiatVariant('')).toBe('general');
  expect(parseSiatVariant('Circuits Courts')).toBe('circuits-courts');
  expect(parseSiatVariant('short supply chains')).toBe('circuits-courts');
  expect(() => parseSiatVariant('alimentaire')).toThrow(/« alimentaire » n’est pas une variante SIAT : tous secteurs ou circuits courts/);
});

test('setup writes the chosen wording; after a change in Paramètres the next setup rewrites its own notes and help, never a user’s', () => {
  const fake = workbookFake();
  try {
    setupWorkbook();
    const variant = fake.spreadsheet.getRangeByName('VARIANTE_SIAT')!;
    expect(variant.getValue()).toBe('tous secteurs');
    expect(variant.getDataValidation()!.getCriteriaValues()[0]).toEqual(['tous secteurs', 'circuits courts']);
    const s = sheet(fake, 'SIAT');
    const at = columnsOf(s, SIAT);
    const [c1, c2] = [at.get(siatItemField(eco1.id))!, at.get(siatItemField(soc2.id))!];
    const note = (c: number) => s.getRange(1, c).getNote();
    const help = (c: number) => s.getRange(2, c).getDataValidation()!.getHelpText();
    expect(note(c1).split('\n')[0]).toBe(siatItemText(eco1, 'general', 'fr'));
    expect(help(c1).split('\n')[0]).toBe(siatItemText(eco1, 'general', 'fr'));
    const formulas = JSON.stringify(fake.cellsWithFormulas());
    expect(readScoringSettings(fake.spreadsheet).siatVariant).toBe('general');

    // A user's own note on one item, then the variant changed.
    s.getRange(1, c2).setNote('Notre propre définition');
    variant.setValue('circuits courts');
    setupWorkbook();
    expect(note(c1).split('\n')[0]).toBe(siatItemText(eco1, 'circuits-courts', 'fr'));
    expect(help(c1).split('\n')[0]).toContain('épicerie ambulante');
    expect(note(c2)).toBe('Notre propre définition');
    // The items, their columns and formulas are the same: scores do not change.
    expect(JSON.stringify(fake.cellsWithFormulas())).toBe(formulas);
    expect(readScoringSettings(fake.spreadsheet).siatVariant).toBe('circuits-courts');
    // And the run after that finds nothing to do.
    setupWorkbook();
    expect(fake.ui.toasts.at(-1)!.message).toBe(
      'Le classeur est complet : rien à ajouter. Une colonne calculée vide ou figée ? « Diagnostic du classeur » dit pourquoi.',
    );
  } finally {
    fake.done();
  }
});
