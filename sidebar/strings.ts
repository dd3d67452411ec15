import type { Text } from '../src/core/i18n';
import { SIAT_MAX, SIAT_MIN } from '../src/core/siat/index';

/**
 * French typography, applied at one place: the spaces before « : ; ? ! » and inside « » become
 * narrow no-break spaces (U+202F), so that in the 300 px panel a colon or a guillemet never wraps
 * alone onto the next line. Sources keep plain spaces, easier to type and to read.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([:;?!])/g, '\u202f$1')
    .replace(/« /g, '«\u202f')
    .replace(/ »/g, '\u202f»');
}

/** One of the sidebar's own texts in both languages (the frameworks' wording comes from src/core). */
const text = (fr: string, en: string): Text => ({ fr: frenchSpacing(fr), en });

export const S = {
  appTitle: text('Notation du projet', 'Project scoring'),
  loading: text('Chargement…', 'Loading…'),
  switchLang: text('English', 'Français'),
  switchLangLabel: text('Switch the panel to English', 'Passer le panneau en français'),
  search: text('Rechercher un projet (nom ou ID)', 'Find a project (name or ID)'),
  noMatch: text('Aucun projet ne correspond.', 'No project matches.'),
  matches: text('résultat(s)', 'result(s)'),
  previous: text('Projet précédent', 'Previous project'),
  next: text('Projet suivant', 'Next project'),
  position: text('Projet {n} sur {total}', 'Project {n} of {total}'),
  reload: text('Actualiser', 'Refresh'),
  reloadLabel: text('Relire le projet dans le classeur', 'Read the project again from the workbook'),
  pickProject: text(
    'Placez le curseur sur la ligne d’un projet (dans Projets ou une grille), ou cherchez-le ci-dessus.',
    'Put the cursor on a project’s row (in Projects or a grid), or find it above.',
  ),
  noProjects: text('Aucun projet dans ce classeur. Ajoutez-en dans la feuille Projets.', 'No project in this workbook yet. Add some in the Projects sheet.'),
  waiting: text('Pour afficher le projet {id}, enregistrez ou annulez d’abord vos modifications.', 'To show project {id}, first save or discard your changes.'),
  unnamed: text('(sans nom)', '(no name)'),
  tabs: text('Instruments', 'Instruments'),
  // Saving
  unsaved: text('{n} modification(s) non enregistrée(s)', '{n} unsaved change(s)'),
  noChanges: text('Aucune modification en attente', 'No pending change'),
  save: text('Enregistrer', 'Save'),
  saveShortcut: text('Enregistrer (Ctrl+S)', 'Save (Ctrl+S)'),
  saving: text('Enregistrement…', 'Saving…'),
  savedAt: text('Enregistré à {time}', 'Saved at {time}'),
  discard: text('Annuler les modifications', 'Discard changes'),
  confirmDiscard: text('Confirmer l’annulation', 'Confirm discard'),
  retry: text('Réessayer', 'Try again'),
  kept: text('Vos saisies sont conservées dans le panneau.', 'Your entries are kept in the panel.'),
  saveBlocked: text('Choisissez d’abord quelle valeur garder pour chaque cellule en conflit.', 'First choose which value to keep for each conflicting cell.'),
  // Conflicts
  conflictTitle: text('Quelqu’un a modifié ces cellules depuis l’ouverture du projet', 'Someone changed these cells since the project was opened'),
  conflictIntro: text(
    'Rien n’a été enregistré. Choisissez pour chaque cellule la valeur à garder, puis appliquez.',
    'Nothing was saved. Choose the value to keep for each cell, then apply.',
  ),
  conflictLoaded: text('Valeur au chargement', 'Value when loaded'),
  conflictTheirs: text('Dans la feuille maintenant', 'In the sheet now'),
  conflictMine: text('Votre saisie', 'Your entry'),
  keepMine: text('Garder ma saisie', 'Keep my entry'),
  keepTheirs: text('Garder la valeur de la feuille', 'Keep the sheet’s value'),
  applyChoices: text('Appliquer mes choix et enregistrer', 'Apply my choices and save'),
  chooseAll: text('Choisissez une valeur pour chaque cellule.', 'Choose a value for each cell.'),
  empty: text('(vide)', '(empty)'),
  // Record status
  noSheet: text(
    'La feuille « {sheet} » est absente du classeur : utilisez le menu du module pour préparer le classeur.',
    'The sheet "{sheet}" is missing: use the add-on menu to set up the workbook.',
  ),
  noRow: text(
    'Vous n’avez pas encore d’évaluation dans la feuille « {sheet} » : votre ligne sera créée à votre premier enregistrement.',
    'You have no assessment in the sheet "{sheet}" yet: your row will be created at your first save.',
  ),
  duplicate: text(
    'Cette évaluation (ID, évaluateur, date) figure sur plusieurs lignes de « {sheet} » (lignes {rows}) : supprimez le doublon pour pouvoir enregistrer.',
    'This assessment (ID, reviewer, date) is on several rows of "{sheet}" (rows {rows}): remove the duplicate to be able to save.',
  ),
  missingColumn: text('Colonne absente de la feuille : non modifiable.', 'Column missing from the sheet: read only.'),
  unreadable: text(
    'Valeur actuelle illisible : « {value} ». Choisissez une valeur pour la remplacer.',
    'Current value cannot be read: "{value}". Choose a value to replace it.',
  ),
  clear: text('Effacer', 'Clear'),
  clearLabel: text('Effacer le choix : {what}', 'Clear the choice: {what}'),
  comment: text('Commentaire', 'Comment'),
  note: text('Note', 'Note'),
  live: text('En direct', 'Live'),
  provisional: text('provisoire : {n} sur {total} renseignés', 'provisional: {n} of {total} filled in'),
  source: text('Source : ', 'Source: '),
  // AMI
  amiProfile: text('Profil AMI', 'AMI profile'),
  amiHeadline: text('Total AMI : {total} / {max}', 'AMI total: {total} / {max}'),
  analysisQuestions: text('Questions pour analyser le projet', 'Questions for analysing the project'),
  total: text('Total', 'Total'),
  gaps: text('Écarts au niveau Fort', 'Gaps to Strong'),
  noGap: text('Aucun écart : tous les critères notés sont au niveau Fort.', 'No gap: every criterion scored is Strong.'),
  improvements: text('Axes d’amélioration', 'Improvement areas'),
  // SRL
  srlReached: text('SRL atteint', 'SRL reached'),
  srlHeadline: text('SRL atteint : {level} · {phase}', 'SRL reached: {level} · {phase}'),
  phase: text('Phase', 'Phase'),
  nextLevel: text('Pour atteindre le niveau {n} : ', 'To reach level {n}: '),
  partialInvalid: text('Saisissez un pourcentage de 0 à 100.', 'Enter a percentage from 0 to 100.'),
  topLevel: text('Le niveau le plus haut de l’échelle est atteint.', 'The top of the scale is reached.'),
  done: text('Preuve acquise', 'Evidence complete'),
  partial: text('ou partiel (%)', 'or partial (%)'),
  evidenceNotes: text('Preuves (notes)', 'Evidence (notes)'),
  target: text('SRL visé', 'Target SRL'),
  noTarget: text('— non défini —', '— not set —'),
  gapToTarget: text('Écart à la cible : {n} niveau(x)', 'Gap to target: {n} level(s)'),
  targetReached: text('Cible atteinte', 'Target reached'),
  srlEnglishNote: text('', 'The official titles and descriptions are French (CC BY-ND licence: no translation).'),
  // Value capture
  vcScore: text('Score de captation', 'Capture score'),
  vcHeadline: text('Score de captation : {score} / {max}', 'Capture score: {score} / {max}'),
  fragilities: text('Fragilités', 'Fragilities'),
  noFragility: text('Aucune fragilité (aucun point à 0 ou 1).', 'No fragility (no point at 0 or 1).'),
  families: text('Montants captés par famille (€)', 'Amounts captured per family (€)'),
  definition: text('Définition', 'Definition'),
  mix: text('Mix de captation', 'Capture mix'),
  dominant: text('Famille dominante', 'Dominant family'),
  hybridity: text('Hybridité', 'Hybridity'),
  noMix: text('Renseignez au moins un montant pour voir le mix.', 'Enter at least one amount to see the mix.'),
  amountInvalid: text('Saisissez un montant positif (chiffres, virgule décimale).', 'Enter an amount of zero or more (digits, decimal point).'),
  // SIAT
  siatIndex: text('Indice SIAT', 'SIAT index'),
  siatHeadline: text('Indice SIAT : {index}', 'SIAT index: {index}'),
  siatWrongItem: text(
    `Un item n’est pas une note de ${SIAT_MIN} à ${SIAT_MAX} ({dimensions}) : sa dimension n’est pas calculée, ni l’indice.`,
    `An item is not a score from ${SIAT_MIN} to ${SIAT_MAX} ({dimensions}): its dimension is not computed, nor the index.`,
  ),
  siatNeedAll: text(
    'L’indice se calcule quand chaque dimension a au moins un item noté.',
    'The index is computed once every dimension has at least one item scored.',
  ),
  valuation: text('Valorisation (SROI)', 'Valuation (SROI)'),
  presentValue: text('Valeur sociale actualisée', 'Present social value'),
  investment: text('Investissement', 'Investment'),
  sroi: text('SROI', 'SROI'),
  sroiRead: text('{value} de valeur sociale par euro investi', '{value} of social value per euro invested'),
  outcomes: text('{n} effet(s) dans Valorisation', '{n} outcome(s) in Valuation'),
  uncomputed: text('dont {n} sans valeur calculée (données incomplètes)', 'of which {n} without a computed value (incomplete data)'),
  noValuation: text('Aucun effet valorisé pour ce projet dans la feuille Valorisation.', 'No valued outcome for this project in the Valuation sheet.'),
  noValuationSheet: text('La feuille Valorisation est absente du classeur.', 'The Valuation sheet is missing from the workbook.'),
  notAvailable: text('non disponible', 'not available'),
  netPresentValue: text('Valeur actuelle nette (VAN)', 'Net present value (NPV)'),
  netSroi: text('SROI net', 'Net SROI'),
  payback: text('Délai de récupération', 'Payback period'),
  months: text('{n} mois', '{n} months'),
  noInvestment: text('investissement non renseigné ou illisible dans Projets', 'no readable investment in Projets'),
  notInProjets: text('non renseigné ou illisible dans Projets', 'blank or unreadable in Projets'),
  investmentSpread: text('versé sur {years} ans, en valeur actualisée', 'paid over {years} years, at present value'),
  notComputed: text('— : non calculé, {why}.', '—: not computed, {why}.'),
  zeroInvestment: text('investissement nul dans Projets', 'an investment of 0 in Projets'),
  noComputedOutcome: text('aucun effet calculé dans Valorisation', 'no computed outcome in Valuation'),
  notPaidBack: text('non atteint pendant la durée des effets', 'not reached within the outcomes’ duration'),
  sheetTotalDiffers: text(
    'La colonne « Valeur actualisée » de Valorisation totalise {value} pour ce projet : une valeur y a-t-elle été saisie à la place de la formule ? Les chiffres ci-dessus sont calculés à partir des hypothèses.',
    'The « Present value » column of Valuation adds up to {value} for this project: was a value typed over the formula? The figures above are computed from the assumptions.',
  ),
  sensitivityTitle: text('Sensibilité, une hypothèse à la fois', 'Sensitivity, one assumption at a time'),
  sensitivityCaption: text(
    'Ratio SROI quand une hypothèse varie seule, pour tous les effets du projet (base {base}, trait pointillé : 1:1)',
    'SROI ratio when one assumption varies alone, for all the project’s outcomes (base {base}, dotted line: 1:1)',
  ),
  assumption: text('Hypothèse', 'Assumption'),
  low: text('Bas', 'Low'),
  high: text('Haut', 'High'),
  spread: text('Fourchette', 'Range'),
  switchingTitle: text('Valeurs de basculement (ratio 1:1)', 'Switching values (ratio 1:1)'),
  sensitivityNeeds: text(
    'La sensibilité du ratio se calcule quand le projet a un investissement et au moins un effet calculé.',
    'The ratio’s sensitivity is computed once the project has an investment and at least one computed outcome.',
  ),
  // Grids users define (issue 14 §5)
  gridsTab: text('Grilles', 'Grids'),
  gridsTabFull: text('Grilles personnalisées (définies dans le classeur)', 'Custom grids (defined in the workbook)'),
  gridsLoading: text('Lecture des grilles…', 'Reading the grids…'),
  gridsNone: text(
    'Aucune grille utilisable dans « {sheet} ». Corrigez les problèmes ci-dessous, puis utilisez le menu « Grilles personnalisées : créer / mettre à jour ».',
    'No usable grid in "{sheet}". Fix the problems below, then use the menu "Custom grids: create / update".',
  ),
  gridsProblems: text('Problèmes dans la définition des grilles ({n})', 'Problems in the grids’ definition ({n})'),
  gridPick: text('Grille', 'Grid'),
  gridProfile: text('Profil de la grille', 'Grid profile'),
  gridHeadline: text('{grid} : {total}', '{grid}: {total}'),
  gridLevels: text('Niveaux {min} à {max}', 'Levels {min} to {max}'),
  gridWeight: text('poids {weight}', 'weight {weight}'),
  gridScoring: text(
    'Score de chaque groupe et total : Σ poids × (niveau − minimum) / Σ poids × (maximum − minimum), en %. Règle de calcul du module, la même que GRID_SCORE.',
    'Score of each group and total: Σ weight × (level − minimum) / Σ weight × (maximum − minimum), as a %. The add-on’s own scoring rule, the same as GRID_SCORE.',
  ),
  gridNoSheet: text(
    'La feuille « {sheet} » de cette grille n’existe pas encore : utilisez le menu « Grilles personnalisées : créer / mettre à jour ».',
    'This grid’s sheet "{sheet}" does not exist yet: use the menu "Custom grids: create / update".',
  ),
  gridOthers: text('Les autres évaluations dans cette grille ({n})', 'The other assessments in this grid ({n})'),
  gridConflicts: text('Grille « {grid} »', 'Grid "{grid}"'),
  gridUnreadable: text('illisible', 'unreadable'),
  // Reviewers (issue 11)
  reviewerLabel: text('Évaluateur ou évaluatrice : ', 'Reviewer: '),
  reviewerChange: text('Changer', 'Change'),
  reviewerChangeLabel: text('Changer le nom d’évaluateur', 'Change the reviewer name'),
  reviewerPrompt: text(
    'Votre nom d’évaluateur ou d’évaluatrice (choisi une fois, gardé pour vous) : vos notes iront dans votre propre ligne.',
    'Your reviewer name (chosen once, kept for you): your scores go into your own row.',
  ),
  reviewerName: text('Votre nom', 'Your name'),
  reviewerSave: text('Valider', 'Confirm'),
  reviewerCancel: text('Annuler', 'Cancel'),
  reviewerInvalid: text('Un nom de 1 à 100 caractères, sans point-virgule.', 'A name of 1 to 100 characters, without a semicolon.'),
  reviewerNone: text(
    'Sans nom, vous modifiez l’évaluation sans nom de ce projet (celle des classeurs d’avant les évaluateurs), partagée par toutes les personnes sans nom.',
    'Without a name, you edit this project’s unnamed assessment (the one of workbooks made before reviewers), shared by everyone without a name.',
  ),
  myAssessment: text('Mon évaluation', 'My assessment'),
  myAssessmentNew: text('Nouvelle : créée à votre premier enregistrement (datée du jour).', 'New: created at your first save (dated today).'),
  myAssessmentOf: text('du {date}', 'of {date}'),
  statusInProgress: text('En cours', 'In progress'),
  statusDone: text('Terminée', 'Done'),
  statusRecused: text('Déport', 'Recused'),
  markDone: text('Marquer comme terminée', 'Mark as done'),
  reopen: text('Reprendre (en cours)', 'Reopen (in progress)'),
  recuse: text('Je me déporte', 'I recuse myself'),
  recuseReason: text('Motif du déport (facultatif)', 'Reason for recusal (optional)'),
  recuseConfirm: text('Confirmer le déport', 'Confirm the recusal'),
  recuseHelp: text(
    'Conflit d’intérêts : votre évaluation est marquée « Déport » dans chaque grille, exclue de tout consensus et signalée au comité.',
    'Conflict of interest: your assessment is marked "Recused" in every grid, left out of every consensus and shown to the committee.',
  ),
  recused: text('Vous vous êtes déporté(e) pour ce projet.', 'You recused yourself from this project.'),
  recusedReason: text('Motif : {reason}', 'Reason: {reason}'),
  unrecuse: text('Annuler le déport', 'Withdraw the recusal'),
  saveFirst: text('Enregistrez ou annulez d’abord vos modifications.', 'First save or discard your changes.'),
  // Other reviewers
  others: text('Les autres évaluations ({n})', 'The other assessments ({n})'),
  noOthers: text('Personne d’autre n’a encore évalué ce projet.', 'Nobody else has assessed this project yet.'),
  unnamedReviewer: text('(sans nom)', '(unnamed)'),
  me: text('moi', 'me'),
  othersEmpty: text('Aucune note des autres dans cet instrument.', 'No score from the others in this instrument.'),
  blindHidden: text(
    'Évaluation à l’aveugle : les {n} autre(s) évaluation(s) s’afficheront quand vous aurez marqué la vôtre « Terminée ».',
    'Blind review: the {n} other assessment(s) will show once you have marked yours "Done".',
  ),
  blindCaveat: text(
    'Dans un classeur partagé, toute personne qui peut le modifier peut ouvrir ces lignes : l’évaluation à l’aveugle est une convention que le panneau respecte, pas une protection.',
    'In a shared workbook, anyone who can edit it can open these rows: blind review is a convention the panel keeps, not a protection.',
  ),
  // My projects
  myProjects: text('Mes dossiers : {done} / {total} évalués', 'My projects: {done} / {total} reviewed'),
  myPrevious: text('Mon dossier précédent', 'My previous project'),
  myNext: text('Mon dossier suivant', 'My next project'),
  // Follow-up over time (issue 12)
  newAssessment: text('Nouvelle évaluation', 'New assessment'),
  newAssessmentHelp: text(
    'Crée votre évaluation datée d’aujourd’hui, pré-remplie avec les dernières valeurs du projet : ne modifiez que ce qui a changé. Les évaluations précédentes ne sont pas touchées.',
    'Creates your assessment dated today, prefilled with the project’s latest values: edit only what changed. Earlier assessments are not touched.',
  ),
  newFromMine: text(
    'Nouvelle évaluation du {date} créée à partir de votre évaluation du {from}.',
    'New assessment of {date} created from your assessment of {from}.',
  ),
  newFromLatest: text(
    'Nouvelle évaluation du {date} créée à partir de la dernière évaluation du projet ({who}, {from}).',
    'New assessment of {date} created from the project’s latest assessment ({who}, {from}).',
  ),
  newBlank: text(
    'Nouvelle évaluation du {date} créée, vierge : le projet n’avait pas encore d’évaluation.',
    'New assessment of {date} created, blank: the project had no assessment yet.',
  ),
  newBlind: text(
    'Nouvelle évaluation du {date} créée, vierge : l’évaluation à l’aveugle est activée et vous n’aviez pas d’évaluation de ce projet.',
    'New assessment of {date} created, blank: blind review is on and you had no assessment of this project.',
  ),
  newExists: text(
    'Vous avez déjà une évaluation de ce projet datée d’aujourd’hui ({date}) : elle est ouverte, complétez-la.',
    'You already have an assessment of this project dated today ({date}): it is open, complete it.',
  ),
  olderOpen: text(
    'Vous modifiez votre évaluation du {date}, qui n’est pas la plus récente : les enregistrements vont dans cette évaluation.',
    'You are editing your assessment of {date}, which is not the latest: saves go into that assessment.',
  ),
  openLatest: text('Revenir à la plus récente', 'Back to the latest'),
  history: text('Suivi dans le temps', 'Follow-up over time'),
  historyCount: text('{n} évaluation(s)', '{n} assessment(s)'),
  historyEmpty: text('Aucune évaluation de ce projet pour l’instant.', 'No assessment of this project yet.'),
  chartTitle: text('SRL au fil des évaluations', 'SRL over the assessments'),
  chartPoint: text('{date} · {who} · SRL {srl}', '{date} · {who} · SRL {srl}'),
  chartNone: text('Aucune évaluation datée n’a encore de SRL à tracer.', 'No dated assessment has an SRL to plot yet.'),
  chartSummary: text('SRL par date : {points}.', 'SRL by date: {points}.'),
  undated: text('sans date', 'undated'),
  srlShort: text('SRL {n}', 'SRL {n}'),
  srlNone: text('SRL —', 'SRL —'),
  amiShort: text('AMI {total} / {max}', 'AMI {total} / {max}'),
  amiNone: text('AMI —', 'AMI —'),
  open: text('Ouvrir', 'Open'),
  openLabel: text('Ouvrir mon évaluation du {date}', 'Open my assessment of {date}'),
  opened: text('ouverte', 'open'),
  view: text('Voir (lecture seule)', 'View (read only)'),
  hiddenShort: text('masquée (à l’aveugle)', 'hidden (blind review)'),
  recusedShort: text('déport', 'recused'),
  nextTitle: text('Ce que demande le niveau suivant', 'What the next level asks'),
  currentSrl: text('SRL actuel : {level} · {label}', 'Current SRL: {level} · {label}'),
  currentFrom: text('d’après l’évaluation du {date} ({who})', 'from the assessment of {date} ({who})'),
  missingTitle: text('Preuves encore insuffisantes (seuil {threshold}) :', 'Evidence still short (threshold {threshold}):'),
  missingItem: text('SRL {level} · {completion}', 'SRL {level} · {completion}'),
  targetLine: text('SRL visé : {n}', 'Target SRL: {n}'),
  notesTitle: text('Notes sur les preuves :', 'Evidence notes:'),
  noSrlYet: text(
    'Aucune évaluation n’a encore de SRL : cochez les preuves dans l’onglet SRL.',
    'No assessment has an SRL yet: tick the evidence in the SRL tab.',
  ),
  // Errors
  multiAccount: text(
    'Google n’a pas autorisé l’appel au module. Cela arrive quand plusieurs comptes Google sont connectés dans ce navigateur : utilisez un seul compte Google ou une fenêtre de navigation privée, puis rouvrez le panneau.',
    'Google refused the call to the add-on. This happens when several Google accounts are signed in to this browser: use a single Google account or a private window, then open the panel again.',
  ),
  network: text(
    'La connexion avec Google Sheets a été interrompue. Vérifiez votre connexion, puis réessayez.',
    'The connection to Google Sheets was interrupted. Check your connection, then try again.',
  ),
  timeout: text('Google Sheets a mis trop de temps à répondre. Réessayez dans un instant.', 'Google Sheets took too long to answer. Try again in a moment.'),
  unexpected: text('Une erreur inattendue est survenue : {message}', 'An unexpected error occurred: {message}'),
} satisfies Record<string, Text>;

/** Fills `{name}` placeholders. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
