import { AMI_CRITERIA } from '../../src/core/ami/grid';
import { SIAT_DIMENSIONS } from '../../src/core/siat/template';
import { SRL_LEVELS } from '../../src/core/srl/scale';
import { VC_FAMILIES, VC_POINTS } from '../../src/core/value-capture/checklist';
import { ENDPOINT_NAMES } from '../../src/contract/endpoints';
import * as F from '../../src/contract/fields';
import { requestSchemas } from '../../src/contract/schemas';
import { AMI, PROJECTS, SIAT, SRL, VALUE_CAPTURE, type ColumnKind, type SheetSpec } from '../../src/sheets/schema';
import { SIDEBAR_ENTRY_POINTS } from '../../src/server/sidebar/entry-points';
import { getProject } from '../../src/server/sidebar/get-project';
import { saveProject } from '../../src/server/sidebar/save-project';
import { setLanguage } from '../../src/server/sidebar/set-language';
import { workbookFake, type Fake } from '../helpers/workbook';

describe('the contract’s field ids are the schema’s column ids', () => {
  const expectColumn = (spec: SheetSpec, id: string, kind: ColumnKind) => expect(spec.columns.find((c) => c.id === id)).toMatchObject({ id, kind });

  test('AMI, SRL, value capture, SIAT and Projets', () => {
    for (const c of AMI_CRITERIA) {
      expectColumn(AMI, F.amiLevelField(c.id), 'level');
      expectColumn(AMI, F.amiCommentField(c.id), 'text');
    }
    expectColumn(AMI, F.AMI_IMPROVEMENTS_FIELD, 'text');
    for (const l of SRL_LEVELS) expectColumn(SRL, F.srlEvidenceField(l.level), 'completion');
    expectColumn(SRL, F.SRL_NOTES_FIELD, 'text');
    expectColumn(SRL, F.SRL_TARGET_FIELD, 'srl');
    for (const p of VC_POINTS) {
      expectColumn(VALUE_CAPTURE, F.vcAnswerField(p.id), 'answer');
      expectColumn(VALUE_CAPTURE, F.vcNoteField(p.id), 'text');
    }
    for (const f of VC_FAMILIES) expectColumn(VALUE_CAPTURE, F.vcAmountField(f.id), 'amount');
    for (const d of SIAT_DIMENSIONS) for (const i of d.items) expectColumn(SIAT, F.siatItemField(i.id), 'siat');
    for (const id of F.PROJECT_DETAIL_FIELDS) expect(PROJECTS.columns.some((c) => c.id === id)).toBe(true);
  });

  test('every endpoint is a top-level function taking one request object', () => {
    expect(SIDEBAR_ENTRY_POINTS.filter((e) => e.name !== 'showSidebar')).toEqual(ENDPOINT_NAMES.map((name) => ({ name, params: ['request'] })));
  });
});

describe('requests are validated with zod', () => {
  let fake: Fake;
  beforeEach(() => {
    fake = workbookFake();
  });
  afterEach(() => fake.done());

  test('schemas are built once, on first use', () => {
    expect(requestSchemas()).toBe(requestSchemas());
  });

  test('a malformed payload fails with a French message naming the field, and writes nothing', () => {
    const bad = [
      [() => getProject({} as never), /demande invalide à getProject — id : Entrée invalide : chaîne de caractères attendu, indéfini reçu/],
      [() => getProject({ id: '  ' }), /id : Trop petit/],
      [() => saveProject({ id: 'P-1', sheet: 'budget', changes: [] } as never), /sheet : Option invalide/],
      [() => saveProject({ id: 'P-1', sheet: 'ami', changes: [] }), /changes : Trop petit/],
      [
        () => saveProject({ id: 'P-1', sheet: 'ami', changes: [{ field: 'x', before: '', after: { html: 1 } }] } as never),
        /changes\.0\.after : Entrée invalide/,
      ],
      [() => saveProject({ id: 'P-1', sheet: 'ami', changes: [{ field: 'x', before: '', after: 'a'.repeat(50_001) }] }), /changes\.0\.after/],
      [() => saveProject({ id: 'P-1', sheet: 'ami', changes: [{ field: '__proto__', before: '', after: 1 }] }), /changes\.0\.field/],
      [() => saveProject({ id: 'P-1', sheet: 'ami', changes: [{ field: 'x', before: '', after: Number.NaN }] }), /changes\.0\.after/],
      [() => setLanguage({ lang: 'de' } as never), /lang : Option invalide/],
      [() => setLanguage({ lang: 'en', extra: 1 } as never), /Clé non reconnue|clé/i],
      [() => getProject('P-0001' as never), /requête : Entrée invalide : objet attendu/],
    ] as const;
    for (const [call, message] of bad) {
      expect(call).toThrow(message);
      expect(call).toThrow(/Rien n’a été écrit\. Rechargez le panneau/);
    }
  });

  test('in English for a person who chose English', () => {
    setLanguage({ lang: 'en' });
    expect(() => getProject({} as never)).toThrow(
      /The panel sent an invalid request to getProject: id: Invalid input: expected string, received undefined\. Nothing was written/,
    );
  });
});
