/** The workbook's menu actions: one module each, exposed as top-level functions of dist/Code.js. */
export { setupWorkbook } from './setup-workbook';
export { syncProjects } from './sync-projects';
export { loadDemo } from './load-demo';
export { buildDashboard } from './build-dashboard';
export { checkWorkbook } from './check-workbook';
export { importDossiers } from './import-dossiers';
export { buildRestitution, buildRestitutions } from './restitution';
export { updateCustomGrids } from './custom-grids';
