/** The sidebar's server side: the menu action that opens it and one endpoint per module. */
export { showSidebar } from './show-sidebar';
export { getContext } from './get-context';
export { listProjects } from './list-projects';
export { getProject } from './get-project';
export { saveProject } from './save-project';
export { setLanguage } from './set-language';
