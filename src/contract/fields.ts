/**
 * The workbook columns the sidebar edits, by the column ids the instruments declare
 * (src/core/instruments/: the contract names fields by those ids, written once there).
 * test/unit/sidebar-contract.test.ts checks every id exists in the schema with the expected kind.
 */
export { AMI_IMPROVEMENTS_FIELD, amiCommentField, amiLevelField } from '../core/instruments/ami';
export { SRL_NOTES_FIELD, SRL_TARGET_FIELD, srlEvidenceField } from '../core/instruments/srl';
export { vcAmountField, vcAnswerField, vcNoteField } from '../core/instruments/value-capture';
export { siatItemField } from '../core/instruments/siat';

/** Project fields shown read-only in the sidebar's header (from the Projets sheet). */
export const PROJECT_DETAIL_FIELDS = ['holder', 'territory', 'status', 'investment'] as const;
