/**
 * Issue 15: « Importer des dossiers (Démarches simplifiées) » from the menu, run from the BUILT
 * dist/Code.js on an export sheet of N dossiers shaped like the platform's (the newer fixture's
 * columns, test/fixtures/demarches/): N new dossiers into a set-up workbook, then a re-import where
 * every other dossier's amount changed (updates scattered over the whole sheet, the worst case for
 * writing by runs). Service calls must not grow with N.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAddon } from '../../addon/load';
import { createGasFake, type GasFake } from '../../gas-fake';
import { UtilitiesService } from '../../gas-fake/services';
import type { BenchTask, Prepared } from './types';

export const IMPORT_SIZES = [200, 2000] as const;

// From the repository's root, where npm runs the bench and jest its tests (the bench is bundled as an ES module: no __dirname).
const FIXTURE = path.resolve('test/fixtures/demarches/dossiers-2024-04-02.csv');

/** N dossiers with the newer export's columns: the fixture's second row repeated, numbered, named and priced apart. */
function exportRows(size: number, amount: (i: number) => string): string[][] {
  const [header, , model] = new UtilitiesService().parseCsv(readFileSync(FIXTURE, 'utf8'), ';');
  const at = (name: string) => header.indexOf(name);
  const rows = Array.from({ length: size }, (_, i) => {
    const row = [...model];
    row[at('ID')] = String(2000000 + i);
    row[at('Nom du projet')] = `Projet importé ${i + 1}`;
    row[at('Montant demandé')] = amount(i);
    return row;
  });
  return [header, ...rows];
}

function workbookWithExport(size: number): { fake: GasFake; run: () => void; setAmounts: (amount: (i: number) => string) => void } {
  const fake = createGasFake();
  const addon = loadAddon(fake.createContext());
  addon.fn('setupWorkbook')();
  const table = exportRows(size, (i) => `${10 + (i % 50)} 000,00`);
  const sheet = fake.spreadsheet.insertSheet('Export');
  if (sheet.getMaxRows() < table.length) sheet.insertRowsAfter(sheet.getMaxRows(), table.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < table[0].length) sheet.insertColumnsAfter(sheet.getMaxColumns(), table[0].length - sheet.getMaxColumns());
  sheet.getRange(1, 1, table.length, table[0].length).setValues(table);
  const amountAt = table[0].indexOf('Montant demandé') + 1;
  return {
    fake,
    run: () => {
      fake.ui.promptResponse = { button: 'OK', text: 'Export' };
      fake.ui.alertResponse = 'YES';
      addon.fn('importDossiers')();
    },
    setAmounts: (amount) => sheet.getRange(2, amountAt, size, 1).setValues(Array.from({ length: size }, (_, i) => [amount(i)])),
  };
}

/** The import's report (the last alert), checked so that a refused import is not timed as a fast one. */
function expectReport(fake: GasFake, pattern: RegExp): void {
  const report = fake.ui.alerts.at(-1)?.prompt ?? '';
  if (!pattern.test(report)) throw new Error(`importDossiers: ${report.slice(0, 300)}`);
}

function measured(fake: GasFake, work: () => void): { total: number; byMethod: Record<string, number>; cells: number } {
  fake.resetCalls();
  work();
  return { total: fake.calls.total, byMethod: { ...fake.calls.byMethod }, cells: fake.calls.cells };
}

export const IMPORT_TASKS: readonly BenchTask[] = [
  {
    name: 'importDossiers (new)',
    sizes: IMPORT_SIZES,
    prepare(size): Prepared {
      let last = { total: 0, byMethod: {} as Record<string, number>, cells: 0 };
      let fake: GasFake | null = null;
      return {
        // A fresh workbook each run (its making is timed, not counted): every dossier is new.
        run() {
          const w = workbookWithExport(size);
          fake = w.fake;
          last = measured(w.fake, w.run);
        },
        serviceCalls: () => last.total,
        counts: () => last,
        check: () => expectReport(fake!, new RegExp(`^Ajoutés : ${size} `)),
      };
    },
  },
  {
    name: 'importDossiers (re-import, half changed)',
    sizes: IMPORT_SIZES,
    prepare(size): Prepared {
      const w = workbookWithExport(size);
      w.run();
      let runs = 0;
      let last = { total: 0, byMethod: {} as Record<string, number>, cells: 0 };
      return {
        run() {
          // Every other dossier's amount changes (not counted): half the projects updated, scattered.
          const k = ++runs;
          w.setAmounts((i) => (i % 2 ? `${10 + (i % 50)} 000,00` : `${10 + (i % 50)} ${String(k).padStart(3, '0')},00`));
          last = measured(w.fake, w.run);
        },
        serviceCalls: () => last.total,
        counts: () => last,
        check: () => expectReport(w.fake, new RegExp(`^Ajoutés : 0\\.\\nMis à jour : ${size / 2} `)),
      };
    },
  },
];
