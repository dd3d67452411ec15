import { createGasFake, type GasFake } from '../../dev/gas-fake';
import { locateColumns } from '../../src/sheets/headers';
import type { SheetSpec } from '../../src/sheets/schema';
import { readHeader } from '../../src/sheets/templates/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A fake whose services are the globals the TypeScript sources call; `done()` puts globals back. */
export function workbookFake(options?: Parameters<typeof createGasFake>[0]): GasFake & { done(): void } {
  const fake = createGasFake(options);
  const restore = fake.install();
  return Object.assign(fake, { done: restore });
}

export type Fake = ReturnType<typeof workbookFake>;

/** A jest test body run on a fresh fake, whose globals are put back whatever happens. */
export function withFake(test: (fake: Fake) => void): () => void {
  return () => {
    const fake = workbookFake();
    try {
      test(fake);
    } finally {
      fake.done();
    }
  };
}

export function sheet(fake: GasFake, name: string): Sheet {
  const s = fake.spreadsheet.getSheetByName(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** 1-based column of each column id, found by header as the add-on finds it. */
export function columnsOf(s: Sheet, spec: SheetSpec): Map<string, number> {
  const found = locateColumns(spec, readHeader(s).texts);
  return new Map([...found].map(([id, i]) => [id, i + 1]));
}

/** Writes N projects (ID, name) into Projets, growing the sheet as needed. */
export function fillProjects(fake: GasFake, count: number, name = (i: number) => `Projet ${i}`): void {
  const projets = sheet(fake, 'Projets');
  const max = projets.getMaxRows();
  if (count + 1 > max) projets.insertRowsAfter(max, count + 1 - max);
  const rows = Array.from({ length: count }, (_, i) => [`P-${String(i + 1).padStart(5, '0')}`, `'${name(i + 1)}`]);
  projets.getRange(2, 1, count, 2).setValues(rows);
}
