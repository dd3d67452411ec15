// The page's own words in French and English. The page speaks the person's language, the one the
// panel's switch stores for the add-on (the state's `lang`): the add-on's menu, alerts and toasts
// come from dist/Code.js already in that language; these are the playground's labels around them.
// Cell values keep the spreadsheet's fr_FR formats in both languages, as in Sheets.

const STRINGS = {
  pageTitle: { fr: 'Bac à sable — module Google Sheets', en: 'Playground — Google Sheets add-on' },
  titleSuffix: { fr: 'bac à sable', en: 'playground' },
  hint: {
    fr: 'Bac à sable local : le vrai module (dist/Code.js) tourne sur un classeur en mémoire. Aucune donnée ne quitte cette machine.',
    en: 'Local playground: the real add-on (dist/Code.js) runs on an in-memory workbook. No data leaves this machine.',
  },
  menu: { fr: 'Menu Extensions du module', en: 'The add-on’s Extensions menu' },
  newWorkbook: { fr: 'Nouveau classeur vide', en: 'New empty workbook' },
  reset: { fr: 'Réinitialiser la démo', en: 'Reset the demo' },
  workbook: { fr: 'Classeur', en: 'Workbook' },
  tools: { fr: 'Outils de la feuille', en: 'Sheet tools' },
  undo: { fr: '↶ Annuler', en: '↶ Undo' },
  undoTitle: { fr: 'Annuler la dernière modification de la grille (Ctrl+Z)', en: 'Undo the last change made in the grid (Ctrl+Z)' },
  sortAsc: { fr: 'Trier A → Z', en: 'Sort A → Z' },
  sortAscTitle: { fr: 'Trier les lignes sous l’en-tête par la colonne du curseur', en: 'Sort the rows below the header by the cursor’s column' },
  sortDesc: { fr: 'Trier Z → A', en: 'Sort Z → A' },
  sortDescTitle: {
    fr: 'Trier les lignes sous l’en-tête par la colonne du curseur, à l’envers',
    en: 'Sort the rows below the header by the cursor’s column, in reverse',
  },
  insertRow: { fr: 'Insérer une ligne au-dessus', en: 'Insert a row above' },
  insertColumn: { fr: 'Insérer une colonne à gauche', en: 'Insert a column left' },
  nameBox: { fr: 'Cellule sélectionnée', en: 'Selected cell' },
  formulaBar: { fr: 'Barre de formule', en: 'Formula bar' },
  formulaPlaceholder: { fr: 'Valeur ou formule (=SRL_LEVEL(E2:M;SEUIL_SRL))… puis Entrée', en: 'Value or formula (=SRL_LEVEL(E2:M;SEUIL_SRL))… then Enter' },
  grid: { fr: 'Grille de la feuille', en: 'Sheet grid' },
  charts: { fr: 'Graphiques de la feuille', en: 'The sheet’s charts' },
  chartsTitle: { fr: (n) => `Graphiques de la feuille (${n})`, en: (n) => `The sheet’s charts (${n})` },
  sheets: { fr: 'Feuilles', en: 'Sheets' },
  panel: { fr: 'Panneau du module', en: 'The add-on’s panel' },
  closePanel: { fr: 'Fermer le panneau', en: 'Close the panel' },
  close: { fr: 'Fermer', en: 'Close' },
  dialog: { fr: 'Boîte de dialogue du module', en: 'The add-on’s dialog' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  menuName: { fr: (name) => `Extensions › ${name} :`, en: (name) => `Extensions › ${name}:` },
  failed: {
    fr: (what, why) => `${what} n’a pas abouti : ${why}. Rechargez la page ; si le bac à sable est arrêté, relancez npm start.`,
    en: (what, why) => `${what} failed: ${why}. Reload the page; if the playground has stopped, run npm start again.`,
  },
  typing: { fr: 'La saisie', en: 'Typing' },
  selecting: { fr: 'La sélection', en: 'Selecting' },
  action: { fr: 'L’action', en: 'The action' },
  undoing: { fr: 'L’annulation', en: 'Undoing' },
  editAnyway: { fr: 'Modifier quand même', en: 'Edit anyway' },
  nothingToUndo: {
    fr: 'Rien à annuler : « Annuler » reprend les modifications faites dans la grille (saisie, tri, insertion).',
    en: 'Nothing to undo: "Undo" takes back changes made in the grid (typing, sorting, inserting).',
  },
  resetQuestion: {
    fr: 'Revenir à l’exemple ? Le classeur actuel et toutes vos modifications seront remplacés par le classeur de démonstration.',
    en: 'Go back to the example? The current workbook and all your changes will be replaced by the demo workbook.',
  },
  resetConfirm: { fr: 'Revenir à l’exemple', en: 'Back to the example' },
  newQuestion: {
    fr: (setup, demo) =>
      `Partir d’un classeur vide ? Le classeur actuel et toutes vos modifications seront effacés. Le menu du module reste là : « ${setup} » puis « ${demo} » le remplissent.`,
    en: (setup, demo) =>
      `Start from an empty workbook? The current workbook and all your changes will be erased. The add-on’s menu stays: "${setup}" then "${demo}" fill it.`,
  },
  newConfirm: { fr: 'Créer le classeur vide', en: 'Create the empty workbook' },
  outOfList: { fr: 'Valeur hors de la liste de la validation des données', en: 'Value not in the data validation’s list' },
  protectedRange: { fr: (d) => `Plage protégée : ${d}`, en: (d) => `Protected range: ${d}` },
  valueOf: { fr: (a1) => `Valeur de ${a1}`, en: (a1) => `Value of ${a1}` },
  entryIn: { fr: (a1) => `Saisie en ${a1}`, en: (a1) => `Entry in ${a1}` },
  sortBy: {
    fr: (col, up) => `Trier la feuille par la colonne ${col}, de ${up ? 'A à Z' : 'Z à A'}`,
    en: (col, up) => `Sort the sheet by column ${col}, ${up ? 'A to Z' : 'Z to A'}`,
  },
  insertRowMenu: { fr: 'Insérer 1 ligne au-dessus', en: 'Insert 1 row above' },
  undoMenu: { fr: 'Annuler', en: 'Undo' },
  insertColumnMenu: { fr: 'Insérer 1 colonne à gauche', en: 'Insert 1 column left' },
};

let current = 'fr';

/** The page's language: 'fr' (default) or 'en'. */
export const lang = () => current;

/** A label in the page's language; a label taking values is called with them. */
export function t(key, ...args) {
  const text = STRINGS[key][current];
  return typeof text === 'function' ? text(...args) : text;
}

/**
 * Switches the page's language and rewrites the static labels of index.html: `data-t` is an
 * element's text, `data-t-title`, `data-t-label` and `data-t-placeholder` its title, aria-label and
 * placeholder.
 */
export function setLang(next) {
  current = next === 'en' ? 'en' : 'fr';
  document.documentElement.lang = current;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  for (const [attr, name] of [
    ['tTitle', 'title'],
    ['tLabel', 'aria-label'],
    ['tPlaceholder', 'placeholder'],
  ]) {
    for (const node of document.querySelectorAll(`[data-${attr.replace('T', '-t')}]`)) node.setAttribute(name, t(node.dataset[attr]));
  }
}
