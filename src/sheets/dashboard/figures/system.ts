import type { Lang, Text } from '../../../core/i18n';
import { readActors, systemMatrix } from '../../../core/system/matrix';
import { SYSTEM_CATEGORIES, type SystemCategoryId } from '../../../core/system/target-system';
import { FIRST_DATA_ROW, projectId, value, type Table } from '../../table';
import { COUNT, type ChartTable, PROJECTS } from './figure';

/**
 * The portfolio's target social systems (issue 14 §3) on the dashboard: per category of innovation,
 * how many listed projects have an actor with a « rôle-clé » in it — the categories nobody leads
 * across the portfolio. Read from « Système social cible » by core (readActors: a row core cannot
 * read counts nowhere, as the diagnostic reports it) and each project's matrix (systemMatrix).
 */
export interface SystemPart {
  system: {
    /** Listed projects with at least one readable actor. */
    projects: number;
    keyRole: { category: SystemCategoryId; projects: number }[];
  };
}

export function systemCoverage(input: { system?: Table; ids: ReadonlySet<string> }): SystemPart {
  const table = input.system;
  const rows = table
    ? table.rows.map((row, r) => ({
        row: r + FIRST_DATA_ROW,
        project: projectId(value(table, row, 'id')),
        actor: value(table, row, 'actor'),
        category: value(table, row, 'category'),
        role: value(table, row, 'role'),
        comment: value(table, row, 'comment'),
      }))
    : [];
  const { actors } = readActors(rows.filter((r) => input.ids.has(r.project)));
  const projects = [...new Set(actors.map((a) => a.project))];
  const matrices = projects.map((id) => systemMatrix(actors, id));
  return {
    system: {
      projects: projects.length,
      keyRole: SYSTEM_CATEGORIES.map((c) => ({ category: c.id, projects: matrices.filter((m) => m[c.id].cle.length > 0).length })),
    },
  };
}

/** Left out when no listed project has an actor (as the SROI's charts without a valued outcome). */
export function systemTables(s: SystemPart, lang: Lang): ChartTable[] {
  const n = s.system.projects;
  if (!n) return [];
  const title: Text = {
    fr: `Système social cible : projets ayant un acteur au rôle-clé, par catégorie (${n} ${n > 1 ? 'projets renseignés' : 'projet renseigné'})`,
    en: `Target social system: projects with a key-role actor, per category (${n} ${n === 1 ? 'project' : 'projects'} recorded)`,
  };
  return [
    {
      kind: 'BAR',
      title,
      header: [{ fr: 'Catégorie d’innovation', en: 'Innovation category' }, PROJECTS],
      rows: s.system.keyRole.map((k) => [SYSTEM_CATEGORIES.find((c) => c.id === k.category)!.label[lang], k.projects]),
      format: COUNT,
    },
  ];
}
