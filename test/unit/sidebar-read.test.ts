import type { GasFake } from '../../dev/gas-fake';
import { AMI, PROJECTS, SRL, VALUATION } from '../../src/sheets/schema';
import { getContext } from '../../src/server/sidebar/get-context';
import { getProject } from '../../src/server/sidebar/get-project';
import { listProjects } from '../../src/server/sidebar/list-projects';
import { addSheet, workbookFake } from './sidebar-workbook';

let fake: GasFake;
let restore: () => void;

beforeEach(() => {
  ({ fake, restore } = workbookFake());
  addSheet(fake, PROJECTS, [
    { id: 'P-0001', name: 'Épicerie solidaire', investment: 20000, start: new Date('2024-03-01T00:00:00Z') },
    { id: 'P-0002', name: '<img src=x onerror=alert(1)>', investment: '' },
  ]);
  addSheet(fake, AMI, [
    { id: 'P-0002', name: '<img src=x onerror=alert(1)>', 'level:caractere-collectif': 'Fort' },
    { id: 'P-0001', name: 'Épicerie solidaire', 'level:caractere-collectif': 1 },
    { id: 'P-0007', name: 'Pas encore synchronisé' },
  ]);
  addSheet(fake, SRL, [{ id: 'P-0001', name: 'Épicerie solidaire', 'evidence:1': 1, 'evidence:2': 0.5 }], ['id', 'name', 'evidence:1', 'evidence:2']);
  addSheet(fake, VALUATION, [
    { id: 'P-0001', outcome: 'Emplois', 'present-value': 30000 },
    { id: 'P-0002', outcome: 'Autre', 'present-value': 999 },
    { id: 'P-0001', outcome: 'Santé', 'present-value': 15000 },
    { id: 'P-0001', outcome: 'Incomplet', 'present-value': '⚠ incomplet : quantité et proxy requis' },
  ]);
});
afterEach(() => restore());

describe('getContext', () => {
  test('the project under the cursor, in Projets or an instrument sheet, found by its ID column', () => {
    fake.select('Grille AMI', 'D3');
    expect(getContext({})).toEqual({ lang: 'fr', projectId: 'P-0001', sheet: 'ami' });
    fake.select('Projets', 'B3');
    expect(getContext(undefined)).toEqual({ lang: 'fr', projectId: 'P-0002', sheet: 'projects' });
  });

  test('no project on the header row, on an empty row or in another sheet', () => {
    fake.select('Grille AMI', 'C1');
    expect(getContext({}).projectId).toBeNull();
    fake.select('Grille AMI', 'C40');
    expect(getContext({}).projectId).toBeNull();
    fake.select('Feuille 1', 'A2');
    expect(getContext({})).toEqual({ lang: 'fr', projectId: null, sheet: null });
  });

  test('reads the header and one cell, never whole tables (it is polled)', () => {
    fake.select('Grille AMI', 'D3');
    fake.resetCalls();
    getContext({});
    expect(fake.calls.byMethod['Range.getValues']).toBe(1);
    expect(fake.calls.byMethod['Sheet.getDataRange'] ?? 0).toBe(0);
    expect(fake.calls.total).toBeLessThanOrEqual(12);
  });
});

describe('listProjects', () => {
  test('Projets in order, then IDs only found in instrument sheets', () => {
    expect(listProjects({}).projects).toEqual([
      { id: 'P-0001', name: 'Épicerie solidaire' },
      { id: 'P-0002', name: '<img src=x onerror=alert(1)>' },
      { id: 'P-0007', name: 'Pas encore synchronisé' },
    ]);
  });
});

describe('getProject', () => {
  test('every sheet’s fields by column id, plain JSON (dates as ISO text)', () => {
    const p = getProject({ id: 'P-0001' });
    expect(p.name).toBe('Épicerie solidaire');
    expect(p.details.fields.start).toBe('2024-03-01T00:00:00.000Z');
    expect(p.instruments.ami).toMatchObject({ status: 'ok', sheetName: 'Grille AMI', rows: [3] });
    expect(p.instruments.ami.fields['level:caractere-collectif']).toBe(1);
    expect(p.instruments.srl.fields).toMatchObject({ 'evidence:1': 1, 'evidence:2': 0.5 });
    // SRL lacks the other evidence columns: the sidebar disables them.
    expect(p.instruments.srl.missing).toEqual(expect.arrayContaining(['evidence:3', 'evidence-notes', 'target']));
    expect(p.instruments.vc).toMatchObject({ status: 'no-sheet', rows: [] });
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  test('the valuation summary: Σ present values computed in Valorisation, over the investment', () => {
    expect(getProject({ id: 'P-0001' }).valuation).toEqual({ status: 'ok', outcomes: 3, presentValue: 45000, uncomputed: 1, investment: 20000, sroi: 2.25 });
    expect(getProject({ id: 'P-0002' }).valuation).toMatchObject({ presentValue: 999, investment: null, sroi: null });
  });

  test('an unknown ID is explained', () => {
    expect(() => getProject({ id: 'P-0404' })).toThrow('Aucun projet n’a l’ID « P-0404 » dans ce classeur.');
  });
});
