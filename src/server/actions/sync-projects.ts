import type { Lang, Text } from '../../core/i18n';
import { assessmentLabel } from '../../sheets/assessments';
import { syncProjects as sync, type SyncReport } from '../../sheets/sync';
import { joinTexts, runAction } from './run';

/** Menu « Synchroniser les projets ». */
export function syncProjects(): void {
  runAction(() => syncMessage(sync(SpreadsheetApp.getActiveSpreadsheet())));
}

const LISTED = 8;
/** A list cut after a few items: a toast is read in seconds. */
function list<T>(items: readonly T[], show: (item: T) => string): string {
  const shownItems = items.slice(0, LISTED).map(show).join(', ');
  return items.length > LISTED ? `${shownItems}, … (+${items.length - LISTED})` : shownItems;
}

/** Nothing added: the wording agrees with the number of projects (none, one, several). */
function upToDate(projects: number): Text {
  if (projects === 0) return { fr: 'Aucun projet à synchroniser dans Projets.', en: 'No project to synchronise in Projects.' };
  if (projects === 1) return { fr: 'Le projet a déjà sa ligne dans chaque feuille.', en: 'The project already has its row in every sheet.' };
  return { fr: `Les ${projects} projets ont déjà leur ligne dans chaque feuille.`, en: `All ${projects} projects already have their row in every sheet.` };
}

export function syncMessage(r: SyncReport): Text {
  const perSheet = (items: { sheet: string; count: number }[]) => list(items, (i) => `${i.sheet} ${i.count}`);
  const duplicates = list(r.duplicates, (d) => `${d.id} (${d.sheet}, ${d.rows.join(' / ')})`);
  const rowsOf = (rows: number[]) => rows.join(', ');
  const same = (lang: Lang) =>
    list(r.sameAssessment, (d) => `${assessmentLabel(d.key, lang)} (${d.sheet}, ${lang === 'fr' ? 'lignes' : 'rows'} ${d.rows.join(' / ')})`);
  return joinTexts([
    r.added.length ? { fr: `Lignes ajoutées : ${perSheet(r.added)}.`, en: `Rows added: ${perSheet(r.added)}.` } : upToDate(r.projects),
    r.renamed.length ? { fr: `Noms mis à jour : ${perSheet(r.renamed)}.`, en: `Names updated: ${perSheet(r.renamed)}.` } : undefined,
    r.generated.length
      ? {
          fr: `ID attribués aux lignes sans ID de Projets : ${list(r.generated, (g) => `${g.id} (ligne ${g.row})`)}.`,
          en: `IDs given to Projects rows without one: ${list(r.generated, (g) => `${g.id} (row ${g.row})`)}.`,
        }
      : undefined,
    r.duplicates.length
      ? {
          fr: `ID en double, projets laissés de côté : ${duplicates}. Donnez un ID distinct à chaque projet de Projets (ou supprimez la ligne en trop), puis relancez.`,
          en: `Duplicate IDs, projects left out: ${duplicates}. Give each project of Projects its own ID (or delete the extra row), then run again.`,
        }
      : undefined,
    r.sameAssessment.length
      ? {
          fr: `Évaluations en double (même projet, même évaluateur, même jour), rien n’a été fusionné : ${same('fr')}. Gardez une seule de ces lignes (supprimez l’autre, après avoir reporté ce qu’il faut garder) ou corrigez son évaluateur ou sa date, puis relancez.`,
          en: `Duplicate assessments (same project, same reviewer, same day), nothing was merged: ${same('en')}. Keep one of these rows (delete the other once what matters is copied over) or correct its reviewer or date, then run again.`,
        }
      : undefined,
    ...r.unidentified.map((u) => ({
      fr: `« ${u.sheet} » : lignes sans ID (${rowsOf(u.rows)}), laissées telles quelles — ajoutez l’ID du projet.`,
      en: `"${u.sheet}": rows without an ID (${rowsOf(u.rows)}), left as they are — add the project ID.`,
    })),
    ...r.ambiguous,
    r.orphans.length
      ? {
          fr: `ID absents de Projets, lignes conservées : ${perSheet(r.orphans)}.`,
          en: `IDs not in Projects, rows kept: ${perSheet(r.orphans)}.`,
        }
      : undefined,
  ]);
}
