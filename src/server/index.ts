/**
 * What Apps Script calls by name: triggers, menu actions, the formula help and the sidebar's
 * endpoints. Every export of this module becomes a top-level function of dist/Code.js, with the
 * same parameters (src/server/entry-points.ts; the build stops on an export that is not a function,
 * or whose name ends with `_`). Export nothing else here: the bundle's own API is in ./bundle.ts.
 */
export { onOpen, onInstall } from './menu';
export { showFormulaHelp } from './help';
export {
  showSidebar,
  getContext,
  listProjects,
  getSettings,
  getProject,
  saveProject,
  setLanguage,
  getReviewer,
  setReviewer,
  setAssessmentState,
  getProgress,
  newAssessment,
  importDossiersFile,
  getOpinions,
  getSystem,
  saveSystem,
  getGrids,
  saveGrid,
  getInstruments,
} from './sidebar';
export {
  setupWorkbook,
  syncProjects,
  importDossiers,
  loadDemo,
  buildDashboard,
  buildRestitution,
  buildRestitutions,
  checkWorkbook,
  updateCustomGrids,
} from './actions';
