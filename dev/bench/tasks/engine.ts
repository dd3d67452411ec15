/**
 * The formula engine (tests, playground): a workbook set up with N projects is evaluated whole, then
 * one AMI cell is edited and the workbook recomputed, as the playground does after each edit. The
 * time must grow linearly with N (issue 10: ≤ 10 s at 10,000 projects on a 2-core machine).
 */
import { loadAddon } from '../../addon/load';
import { evaluateWorkbook, runsAfterEdit } from '../../engine/workbook';
import { amiLevelField } from '../../../src/core/instruments/ami';
import { AMI_CRITERIA } from '../../../src/core/ami/grid';
import { locateColumns } from '../../../src/sheets/headers';
import { readHeader } from '../../../src/sheets/templates/layout';
import { AMI } from '../../../src/sheets/schema';
import { portfolio } from './workbook';
import type { BenchTask, Prepared } from './types';

export const ENGINE_SIZES = [1000, 10000] as const;

/** The 1-based column of the grid's first criterion level, found by its header as the add-on finds it. */
const levelColumn = (ami: GoogleAppsScript.Spreadsheet.Sheet) => locateColumns(AMI, readHeader(ami).texts).get(amiLevelField(AMI_CRITERIA[0].id))! + 1;

export const ENGINE_TASKS: BenchTask[] = [
  {
    name: 'engine: recompute after one edit',
    sizes: ENGINE_SIZES,
    growth: true,
    prepare(size): Prepared {
      const { fake } = portfolio(size);
      const addon = loadAddon(fake.createContext());
      evaluateWorkbook(fake, addon);
      const ami = fake.spreadsheet.getSheetByName(AMI.name.fr)!;
      const column = levelColumn(ami);
      let edit = 0;
      let errors = 0;
      return {
        run() {
          // One edit: a level of some project's AMI grid (a different value each run).
          ami.getRange(2 + (edit % size), column).setValue(1 + (edit++ % 4));
          errors = evaluateWorkbook(fake, addon).errors.length;
          return errors;
        },
        serviceCalls: () => 0,
        check() {
          if (errors) throw new Error(`${errors} formula errors after recomputing`);
        },
      };
    },
  },
  {
    // Each run re-evaluates the whole bundle in Sheets (see the load line): an edit of one AMI level
    // costs as many bundle evaluations as the custom-function runs printed here.
    name: 'engine: custom-function runs per AMI edit',
    sizes: [100],
    prepare(size): Prepared {
      const { fake } = portfolio(size);
      const addon = loadAddon(fake.createContext());
      const ami = fake.spreadsheet.getSheetByName(AMI.name.fr)!;
      const column = levelColumn(ami);
      let runs: Record<string, number> = {};
      let edit = 0;
      return {
        run() {
          runs = runsAfterEdit(fake, addon, AMI.name.fr, 2 + (edit++ % size), column);
          return runs;
        },
        serviceCalls: () => 0,
        note: () => {
          const total = Object.values(runs).reduce((a, b) => a + b, 0);
          return `${total} runs (${Object.entries(runs)
            .map(([name, n]) => `${name} ${n}`)
            .join(', ')})`;
        },
      };
    },
  },
];
