/**
 * « Diagnostic du classeur » from the built dist/Code.js, on the fake with a calculator: the formula
 * engine (HyperFormula, our custom functions from the bundle) evaluates the workbook at every
 * SpreadsheetApp.flush(), so the live probes' formulas really compute. The report is pinned whole.
 */
import { loadAddon } from '../../dev/addon/load';
import { calculateOnFlush, evaluateWorkbook } from '../../dev/engine/workbook';
import { createGasFake } from '../../dev/gas-fake';
import { builtBundle } from '../helpers/bundle';

beforeAll(() => builtBundle());

/** The dialog's text: `# heading` and item lines, entities decoded. */
function dialogLines(html: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<h2>(.*?)<\/h2>|<li>(.*?)<\/li>/g)].map((m) => (m[1] !== undefined ? `# ${decode(m[1])}` : decode(m[2])));
}

test('the demo workbook with a duplicate ID and a header formula pasted over, on the fake with a calculator', () => {
  const fake = createGasFake();
  const addon = loadAddon(fake.createContext());
  addon.fn('loadDemo')();
  calculateOnFlush(fake, addon);
  const projets = fake.spreadsheet.getSheetByName('Projets')!;
  projets.getRange('A4').setValue('P-0001');
  // The header formula's results pasted as values: AMI_PROFILE's block, its four headers.
  projets.getRange('J1:M1').setValues([['AMI Portage', 'AMI Contenu', 'AMI Contexte', 'Total AMI']]);
  evaluateWorkbook(fake, addon); // what Sheets shows before the menu is clicked
  const sheets = fake.spreadsheet.getSheets().map((s) => s.getName());

  addon.fn('checkWorkbook')();

  expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheets);
  expect(fake.ui.dialogs.map((d) => d.dialogTitle)).toEqual(['Diagnostic du classeur']);
  // dev/engine reads `;` between arguments and has HSTACK (issue 8, section 1): both probes are
  // confirmed. The fake keeps the apostrophe visible in `@` cells (section 2, the stricter reading): refuted.
  expect(dialogLines(fake.ui.dialogs[0].content)).toEqual([
    '# Le classeur',
    '2 points à corriger, feuille par feuille :',
    '# Projets',
    '✗ Colonne calculée « AMI Portage » (J1) : sa formule d’en-tête a disparu (la cellule contient « AMI Portage »), la colonne ne se calcule plus. Lancez « Créer / compléter le classeur » : il réécrit la formule.',
    '✗ ID en double : P-0001 (lignes 2, 4). Chaque projet a une seule ligne dans Projets (les feuilles des grilles ont, elles, une ligne par évaluation) : la synchronisation laisse de côté un ID en double. Supprimez la ligne en trop ou corrigez son ID.',
    '# Paramètres régionaux',
    'Paramètres régionaux du classeur : fr_FR (Fichier › Paramètres). On y tape les décimales avec une virgule (0,8) et un tableau en ligne avec « \\ » ({1\\2}). « ; » entre les arguments fonctionne toujours, quelle que soit la langue (c’est ainsi que le module écrit ses formules).',
    '# Essais en direct',
    'Écrits sur une feuille temporaire, supprimée ensuite : ce que ce classeur fait réellement, là où les tests hors ligne ne pouvaient que supposer.',
    '✓ confirmé — Une formule écrite avec « ; » entre les arguments se calcule sans erreur. Résultat : 3. Formule relue : =SUM(1;2).',
    '✓ confirmé — Une formule avec HSTACK (au lieu du tableau {a,b}) se calcule. Résultat : 1 et 2, côte à côte.',
    "✗ réfuté — Un texte précédé d’une apostrophe se relit sans elle, dans une cellule au format Texte brut (@). Relu : « 'texte » — l’apostrophe reste visible.",
    '✓ confirmé — Un texte précédé d’une apostrophe se relit sans elle, dans une cellule au format Automatique. Relu : « texte ».',
    '✓ confirmé — Un texte commençant par « = », écrit par la règle du module pour le texte, reste du texte. Relu : « =1+1 ».',
    '✓ confirmé — Une fonction du module (AMI_LEVEL) se calcule dans ce classeur. Résultat : 3.',
  ]);
});
