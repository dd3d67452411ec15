import type { Text } from '../src/core/i18n';

/**
 * The sidebar's own words (the frameworks' wording comes from src/core). French typography: a
 * no-break space before « : ; ! ? » and inside « ».
 */
const fr = (f: string, e: string): Text => ({ fr: f, en: e });

export const S = {
  appTitle: fr('Notation du projet', 'Project scoring'),
  loading: fr('Chargement…', 'Loading…'),
  switchLang: fr('English', 'Français'),
  switchLangLabel: fr('Switch the panel to English', 'Passer le panneau en français'),
  search: fr('Rechercher un projet (nom ou ID)', 'Find a project (name or ID)'),
  noMatch: fr('Aucun projet ne correspond.', 'No project matches.'),
  matches: fr('résultat(s)', 'result(s)'),
  previous: fr('Projet précédent', 'Previous project'),
  next: fr('Projet suivant', 'Next project'),
  position: fr('Projet {n} sur {total}', 'Project {n} of {total}'),
  reload: fr('Actualiser', 'Refresh'),
  reloadLabel: fr('Relire le projet dans le classeur', 'Read the project again from the workbook'),
  pickProject: fr('Placez le curseur sur la ligne d’un projet (dans Projets ou une grille), ou cherchez-le ci-dessus.', 'Put the cursor on a project’s row (in Projects or a grid), or find it above.'),
  noProjects: fr('Aucun projet dans ce classeur. Ajoutez-en dans la feuille Projets.', 'No project in this workbook yet. Add some in the Projects sheet.'),
  waiting: fr('Pour afficher le projet {id}, enregistrez ou annulez d’abord vos modifications.', 'To show project {id}, first save or discard your changes.'),
  unnamed: fr('(sans nom)', '(no name)'),
  tabs: fr('Instruments', 'Instruments'),
  // Saving
  unsaved: fr('{n} modification(s) non enregistrée(s)', '{n} unsaved change(s)'),
  noChanges: fr('Aucune modification en attente', 'No pending change'),
  save: fr('Enregistrer', 'Save'),
  saveShortcut: fr('Enregistrer (Ctrl+S)', 'Save (Ctrl+S)'),
  saving: fr('Enregistrement…', 'Saving…'),
  savedAt: fr('Enregistré à {time}', 'Saved at {time}'),
  discard: fr('Annuler les modifications', 'Discard changes'),
  confirmDiscard: fr('Confirmer l’annulation', 'Confirm discard'),
  retry: fr('Réessayer', 'Try again'),
  kept: fr('Vos saisies sont conservées dans le panneau.', 'Your entries are kept in the panel.'),
  saveBlocked: fr('Choisissez d’abord quelle valeur garder pour chaque cellule en conflit.', 'First choose which value to keep for each conflicting cell.'),
  // Conflicts
  conflictTitle: fr('Quelqu’un a modifié ces cellules depuis l’ouverture du projet', 'Someone changed these cells since the project was opened'),
  conflictIntro: fr('Rien n’a été enregistré. Choisissez pour chaque cellule la valeur à garder, puis appliquez.', 'Nothing was saved. Choose the value to keep for each cell, then apply.'),
  conflictLoaded: fr('Valeur au chargement', 'Value when loaded'),
  conflictTheirs: fr('Dans la feuille maintenant', 'In the sheet now'),
  conflictMine: fr('Votre saisie', 'Your entry'),
  keepMine: fr('Garder ma saisie', 'Keep my entry'),
  keepTheirs: fr('Garder la valeur de la feuille', 'Keep the sheet’s value'),
  applyChoices: fr('Appliquer mes choix et enregistrer', 'Apply my choices and save'),
  chooseAll: fr('Choisissez une valeur pour chaque cellule.', 'Choose a value for each cell.'),
  empty: fr('(vide)', '(empty)'),
  // Record status
  noSheet: fr('La feuille « {sheet} » est absente du classeur : utilisez le menu du module pour préparer le classeur.', 'The sheet "{sheet}" is missing: use the add-on menu to set up the workbook.'),
  noRow: fr('Ce projet n’a pas encore de ligne dans la feuille « {sheet} » : synchronisez les projets depuis le menu du module.', 'This project has no row in the sheet "{sheet}" yet: synchronise the projects from the add-on menu.'),
  duplicate: fr('L’ID de ce projet figure sur plusieurs lignes de « {sheet} » (lignes {rows}) : supprimez le doublon pour pouvoir enregistrer.', 'This project’s ID is on several rows of "{sheet}" (rows {rows}): remove the duplicate to be able to save.'),
  missingColumn: fr('Colonne absente de la feuille : non modifiable.', 'Column missing from the sheet: read only.'),
  unreadable: fr('Valeur actuelle illisible : « {value} ». Choisissez une valeur pour la remplacer.', 'Current value cannot be read: "{value}". Choose a value to replace it.'),
  clear: fr('Effacer', 'Clear'),
  clearLabel: fr('Effacer le choix : {what}', 'Clear the choice: {what}'),
  comment: fr('Commentaire', 'Comment'),
  note: fr('Note', 'Note'),
  live: fr('En direct', 'Live'),
  provisional: fr('provisoire : {n} sur {total} renseignés', 'provisional: {n} of {total} filled in'),
  source: fr('Source : ', 'Source: '),
  // AMI
  amiProfile: fr('Profil AMI', 'AMI profile'),
  amiHeadline: fr('Total AMI : {total} / {max}', 'AMI total: {total} / {max}'),
  total: fr('Total', 'Total'),
  gaps: fr('Écarts au niveau Fort', 'Gaps to Strong'),
  noGap: fr('Aucun écart : tous les critères notés sont au niveau Fort.', 'No gap: every criterion scored is Strong.'),
  improvements: fr('Axes d’amélioration', 'Improvement areas'),
  // SRL
  srlReached: fr('SRL atteint', 'SRL reached'),
  srlHeadline: fr('SRL atteint : {level} · {phase}', 'SRL reached: {level} · {phase}'),
  phase: fr('Phase', 'Phase'),
  nextLevel: fr('Pour atteindre le niveau {n} : ', 'To reach level {n}: '),
  partialInvalid: fr('Saisissez un pourcentage de 0 à 100.', 'Enter a percentage from 0 to 100.'),
  topLevel: fr('Le niveau le plus haut de l’échelle est atteint.', 'The top of the scale is reached.'),
  done: fr('Preuve acquise', 'Evidence complete'),
  partial: fr('ou partiel (%)', 'or partial (%)'),
  evidenceNotes: fr('Preuves (notes)', 'Evidence (notes)'),
  target: fr('SRL visé', 'Target SRL'),
  noTarget: fr('— non défini —', '— not set —'),
  gapToTarget: fr('Écart à la cible : {n} niveau(x)', 'Gap to target: {n} level(s)'),
  targetReached: fr('Cible atteinte', 'Target reached'),
  srlEnglishNote: fr('', 'The official titles and descriptions are French (CC BY-ND licence: no translation).'),
  // Value capture
  vcScore: fr('Score de captation', 'Capture score'),
  vcHeadline: fr('Score de captation : {score} / {max}', 'Capture score: {score} / {max}'),
  fragilities: fr('Fragilités', 'Fragilities'),
  noFragility: fr('Aucune fragilité (aucun point à 0 ou 1).', 'No fragility (no point at 0 or 1).'),
  families: fr('Montants captés par famille (€)', 'Amounts captured per family (€)'),
  definition: fr('Définition', 'Definition'),
  mix: fr('Mix de captation', 'Capture mix'),
  dominant: fr('Famille dominante', 'Dominant family'),
  hybridity: fr('Hybridité', 'Hybridity'),
  noMix: fr('Renseignez au moins un montant pour voir le mix.', 'Enter at least one amount to see the mix.'),
  amountInvalid: fr('Saisissez un montant positif (chiffres, virgule décimale).', 'Enter an amount of zero or more (digits, decimal point).'),
  // SIAT
  siatIndex: fr('Indice SIAT', 'SIAT index'),
  siatHeadline: fr('Indice SIAT : {index}', 'SIAT index: {index}'),
  siatNeedAll: fr('L’indice se calcule quand chaque dimension a au moins un item noté.', 'The index is computed once every dimension has at least one item scored.'),
  valuation: fr('Valorisation (SROI)', 'Valuation (SROI)'),
  presentValue: fr('Valeur sociale actualisée', 'Present social value'),
  investment: fr('Investissement', 'Investment'),
  sroi: fr('SROI', 'SROI'),
  sroiRead: fr('{value} de valeur sociale par euro investi', '{value} of social value per euro invested'),
  outcomes: fr('{n} effet(s) dans Valorisation', '{n} outcome(s) in Valuation'),
  uncomputed: fr('dont {n} sans valeur calculée (données incomplètes)', 'of which {n} without a computed value (incomplete data)'),
  noValuation: fr('Aucun effet valorisé pour ce projet dans la feuille Valorisation.', 'No valued outcome for this project in the Valuation sheet.'),
  noValuationSheet: fr('La feuille Valorisation est absente du classeur.', 'The Valuation sheet is missing from the workbook.'),
  notAvailable: fr('non disponible', 'not available'),
  // Errors
  multiAccount: fr(
    'Google n’a pas autorisé l’appel au module. Cela arrive quand plusieurs comptes Google sont connectés dans ce navigateur : utilisez un seul compte Google ou une fenêtre de navigation privée, puis rouvrez le panneau.',
    'Google refused the call to the add-on. This happens when several Google accounts are signed in to this browser: use a single Google account or a private window, then open the panel again.',
  ),
  network: fr('La connexion avec Google Sheets a été interrompue. Vérifiez votre connexion, puis réessayez.', 'The connection to Google Sheets was interrupted. Check your connection, then try again.'),
  timeout: fr('Google Sheets a mis trop de temps à répondre. Réessayez dans un instant.', 'Google Sheets took too long to answer. Try again in a moment.'),
  unexpected: fr('Une erreur inattendue est survenue : {message}', 'An unexpected error occurred: {message}'),
} satisfies Record<string, Text>;

/** Fills `{name}` placeholders. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
