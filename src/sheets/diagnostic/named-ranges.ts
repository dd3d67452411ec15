import type { Lang } from '../../core/i18n';
import { menuItem } from '../menu-captions';
import { WORKBOOK } from '../schema';
import { parameterBlocks } from '../templates/parameters';
import { listed } from './cells';
import type { SheetFindings } from './types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The named ranges setup makes, as the formulas read them: one per table (VALORISATION…) and one per
 * settings block of Paramètres (AMI_POIDS…), each there and, for a block, as many rows as it has
 * settings (a row deleted inside AMI_POIDS leaves eleven weights). The check of a complete workbook
 * does not read them (fingerprint.ts): this is where a range removed by hand, or the Paramètres
 * sheet deleted with its ranges, is said. Two calls a settings block, one a table.
 */
export function checkNamedRanges(ss: Spreadsheet): SheetFindings {
  const missing: string[] = [];
  const short: { name: string; rows: number; expected: number }[] = [];
  for (const spec of WORKBOOK) if (!ss.getRangeByName(spec.namedRange)) missing.push(spec.namedRange);
  for (const block of parameterBlocks()) {
    const range = ss.getRangeByName(block.name);
    if (!range) missing.push(block.name);
    else if (range.getNumRows() !== block.rows.length) short.push({ name: block.name, rows: range.getNumRows(), expected: block.rows.length });
  }
  const setup = (lang: Lang) => menuItem('setupWorkbook', lang);
  const findings = [];
  if (missing.length) {
    findings.push({
      severity: 'fix' as const,
      text: {
        fr: `Plages nommées introuvables : ${listed(missing)}. Les formules qui les lisent ne se calculent plus ; lancez ${setup('fr')}, qui les recrée.`,
        en: `Named ranges missing: ${listed(missing)}. The formulas that read them no longer compute; run ${setup('en')}, which creates them again.`,
      },
    });
  }
  for (const { name, rows, expected } of short) {
    findings.push({
      severity: 'fix' as const,
      text: {
        fr: `La plage nommée ${name} a ${rows} ligne${rows > 1 ? 's' : ''} au lieu de ${expected} (une ligne supprimée ou insérée dedans) : lancez ${setup('fr')}, qui la rétablit.`,
        en: `The named range ${name} has ${rows} row${rows === 1 ? '' : 's'} instead of ${expected} (a row deleted or inserted inside it): run ${setup('en')}, which restores it.`,
      },
    });
  }
  return { sheet: { fr: 'Plages nommées', en: 'Named ranges' }, findings };
}
