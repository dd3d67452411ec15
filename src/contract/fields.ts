/**
 * The workbook columns the sidebar edits, by the column ids of src/sheets/schema.ts (the contract
 * names fields by those ids). test/unit/sidebar-contract.test.ts checks every id built here exists
 * in the schema with the expected kind, so the two cannot drift.
 */
export const amiLevelField = (criterionId: string) => `level:${criterionId}`;
export const amiCommentField = (criterionId: string) => `comment:${criterionId}`;
export const AMI_IMPROVEMENTS_FIELD = 'improvements';

export const srlEvidenceField = (level: number) => `evidence:${level}`;
export const SRL_NOTES_FIELD = 'evidence-notes';
export const SRL_TARGET_FIELD = 'target';

export const vcAnswerField = (pointId: string) => `answer:${pointId}`;
export const vcNoteField = (pointId: string) => `note:${pointId}`;
export const vcAmountField = (familyId: string) => `amount:${familyId}`;

export const siatItemField = (itemId: string) => `item:${itemId}`;

/** Project fields shown read-only in the sidebar's header (from the Projets sheet). */
export const PROJECT_DETAIL_FIELDS = ['holder', 'territory', 'status', 'investment'] as const;
