/** The workbook's menu actions: one module each, exposed as top-level functions of dist/Code.js. */
export { setupWorkbook } from './setup-workbook';
export { syncProjects } from './sync-projects';
export { loadDemo } from './load-demo';
export { buildDashboard } from './build-dashboard';
export { checkWorkbook } from './check-workbook';

export const ACTION_ENTRY_POINTS = [
  { name: 'setupWorkbook', params: [] },
  { name: 'syncProjects', params: [] },
  { name: 'loadDemo', params: [] },
  { name: 'buildDashboard', params: [] },
  { name: 'checkWorkbook', params: [] },
] as const;
