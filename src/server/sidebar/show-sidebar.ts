import { userLang } from '../../sheets/settings';

/** Menu action « Ouvrir le panneau »: dist/Sidebar.html, one self-contained page. */
export function showSidebar(): void {
  const title = userLang() === 'en' ? 'Project scoring' : 'Notation du projet';
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(title));
}
