/**
 * The sidebar's server side: the menu action that opens it and one endpoint per module, each
 * exported as google.script.run calls it, answering a Reply (./endpoint.ts). The modules' own
 * functions throw their refusals; tests call them directly.
 */
import { reply } from './endpoint';
import { getContext as context } from './get-context';
import { getProject as project } from './get-project';
import { getSettings as settings } from './scoring-settings';
import { listProjects as projects } from './list-projects';
import { saveProject as save } from './save-project';
import { setLanguage as language } from './set-language';
import { getReviewer as whoAmI, setReviewer as iAm } from './reviewer';
import { setAssessmentState as state } from './assessment-state';
import { getProgress as progress } from './progress';
import { newAssessment as fresh } from './new-assessment';
import { importDossiersFile as importFile } from '../actions/import-dossiers';
import { endpoint } from './endpoint';
import { getOpinions as opinions } from './opinions';
import { getSystem as system, saveSystem as saveActors } from './system';
import { getGrids as grids, saveGrid as saveOneGrid } from './grids';
import { getInstruments as onDemand } from './get-instruments';

export { showSidebar } from './show-sidebar';
export const getContext = reply<'getContext'>(context);
export const listProjects = reply<'listProjects'>(projects);
export const getSettings = reply<'getSettings'>(settings);
export const getProject = reply<'getProject'>(project);
export const saveProject = reply<'saveProject'>(save);
export const setLanguage = reply<'setLanguage'>(language);
export const getReviewer = reply<'getReviewer'>(whoAmI);
export const setReviewer = reply<'setReviewer'>(iAm);
export const setAssessmentState = reply<'setAssessmentState'>(state);
export const getProgress = reply<'getProgress'>(progress);
export const newAssessment = reply<'newAssessment'>(fresh);
export const importDossiersFile = reply<'importDossiersFile'>(endpoint('importDossiersFile', importFile));
export const getOpinions = reply<'getOpinions'>(opinions);
export const getSystem = reply<'getSystem'>(system);
export const saveSystem = reply<'saveSystem'>(saveActors);
export const getGrids = reply<'getGrids'>(grids);
export const saveGrid = reply<'saveGrid'>(saveOneGrid);
export const getInstruments = reply<'getInstruments'>(onDemand);
