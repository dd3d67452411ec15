import { isBlankCell, type CellJson } from '../../src/contract/cells';
import type { GridAssessment, GridRecord } from '../../src/contract/endpoints';
import { type CustomGrid, type GridCriterion, slug } from '../../src/core/grids/definition';
import { gridProfile, showScore, toGridLevel } from '../../src/core/grids/score';
import { GRID_COMMENT_FIELD, gridLevelField } from '../../src/core/grids/sheet';
import { conflictView } from '../conflicts';
import { choiceGroup, notice, textArea } from '../controls';
import { el, fill, uid } from '../dom';
import { friendlyError } from '../errors';
import { formatDay, formatNumber } from '../format';
import { GridsModel, type GridConflict } from '../grids-model';
import { lang, t } from '../lang';
import type { ProjectModel } from '../model';
import { call } from '../server';
import { format, S } from '../strings';
import { figure, liveBlock, provisional, type Panel } from './panel';

/** What the tab needs from the panel around it (sidebar/app.ts). */
export interface GridsHost {
  /** An edit or a load: the footer and the other panels' figures are redrawn. */
  changed(): void;
  /** The reviewer chose in the conflict view: the panel is redrawn and saved again. */
  applied(): void;
}

/**
 * The « Grilles » tab (issue 14 §5): the grids users define in « Grilles personnalisées », read from
 * the server only when the tab is first shown (getGrids), for one project and reviewer. For the chosen
 * grid: its criteria by group with their levels' descriptors as text, a comment, the live profile by
 * core's gridProfile (GRID_SCORE's code), the definition's problems as notices. Edits are kept in a
 * GridsModel and saved with the others by the footer (app.ts), conflicts shown by the common view.
 */
export class GridsTab {
  readonly element = el('div', { class: 'grids' });
  model: GridsModel | null = null;
  /** The assessment date the grids were read for: another one (a new assessment, an older one) reads them again. */
  private date: string | null = null;
  private loading = false;
  /** The date last asked for (a retry asks it again). */
  private asked = '';
  private error: string | null = null;
  private chosen = '';
  /** The grid of the sheet the cursor came into (its slug), chosen once the grids are read. */
  private wanted: string | null = null;
  private live: (() => void) | null = null;

  constructor(
    readonly id: string,
    readonly reviewer: string,
    private readonly host: GridsHost,
  ) {}

  /** Reads the grids when the tab is shown: once per assessment date, again when `again` (« Actualiser »). */
  async load(date: string, again = false): Promise<void> {
    if (this.loading || (!again && this.date === date && (this.model || this.error))) return;
    this.loading = true;
    this.error = null;
    this.asked = date;
    if (!this.model) this.render();
    try {
      const data = await call('getGrids', { id: this.id, reviewer: this.reviewer, date });
      if (this.model) this.model.reloaded(data);
      else {
        this.model = new GridsModel(data);
        this.model.onChange(() => this.host.changed());
      }
      this.date = date;
    } catch (e) {
      this.error = friendlyError(e);
    } finally {
      this.loading = false;
    }
    this.render();
    this.host.changed();
  }

  /** Another assessment date with nothing pending: read again when next shown. */
  follow(date: string): void {
    if (this.date !== null && this.date !== date && this.editCount() === 0) {
      this.model = null;
      this.date = null;
    }
  }

  editCount(): number {
    return this.model?.editCount() ?? 0;
  }

  conflicts(): number {
    return this.model?.conflicts.length ?? 0;
  }

  discard(): void {
    this.model?.discard();
    this.render();
  }

  /**
   * Saves each grid with edits into my row of its sheet, dated as my current assessment (the project's
   * date; a first save makes it). Returns whether a conflict stopped it; a refusal is thrown, the
   * edits kept.
   */
  async save(project: ProjectModel): Promise<boolean> {
    const model = this.model;
    if (!model) return false;
    for (const grid of model.dirtyGrids()) {
      const sent = model.changes(grid);
      const result = await call('saveGrid', { id: this.id, grid, reviewer: this.reviewer, date: project.date, changes: sent });
      if (result.status === 'conflict') {
        model.conflicted(grid, result.conflicts);
        this.chosen = grid;
        this.render();
        return true;
      }
      // My first save dated my assessment: the instruments' next saves go to that same one.
      if (!project.date) project.project.date = result.date;
      this.date = project.date;
      // My row just made: its notice (« … créée à votre premier enregistrement ») goes.
      const made = model.grid(grid)?.record.status !== result.record.status;
      model.saved(grid, sent, result.record);
      if (made) this.render();
    }
    return false;
  }

  /** The tab's content as a Panel (app.ts redraws it with the others; the content is the tab's own). */
  panel(): Panel {
    this.render();
    return { element: this.element, refresh: () => this.live?.(), headline: () => this.headline() };
  }

  private headline(): string {
    const record = this.current();
    if (!record || !this.model) return '';
    const p = this.profile(record.grid);
    return format(t(S.gridHeadline), { grid: record.grid.name, total: p.status === 'ok' && p.total !== null ? showScore(p.total, lang()) : '—' });
  }

  /** Chooses the grid of the sheet the cursor is in (sheets/cursor.ts gives its slug): now, or once read. */
  pick(key: string): void {
    this.wanted = key;
    if (this.model) this.render();
  }

  private current(): GridRecord | undefined {
    const grids = this.model?.data.grids ?? [];
    if (this.model && this.wanted !== null) {
      const wanted = grids.find((g) => slug(g.grid.name) === this.wanted);
      if (wanted) this.chosen = wanted.grid.name;
      this.wanted = null;
    }
    return grids.find((g) => g.grid.name === this.chosen) ?? grids[0];
  }

  private profile(grid: CustomGrid) {
    return gridProfile(
      grid,
      grid.criteria.map((c) => this.model!.value(grid.name, gridLevelField(c.id))),
    );
  }

  private render(): void {
    this.live = null;
    if (!this.model) {
      fill(this.element, this.error ? errorBlock(this.error, () => void this.load(this.asked, true)) : el('p', { class: 'gray' }, t(S.gridsLoading)));
      return;
    }
    const { data } = this.model;
    const problems = data.problems.length
      ? el(
          'details',
          { class: 'block grid-problems', open: data.grids.length === 0 },
          el('summary', {}, format(t(S.gridsProblems), { n: data.problems.length })),
          // Each message names its cell (« Grilles personnalisées », cellule F7 : …): shown as text, never as markup.
          ...data.problems.map((p) => notice(t(p), 'warning')),
        )
      : null;
    const record = this.current();
    if (!record) {
      fill(this.element, notice(format(t(S.gridsNone), { sheet: data.sheetName }), 'warning'), problems);
      return;
    }
    this.chosen = record.grid.name;
    fill(
      this.element,
      this.error ? notice(this.error, 'error') : null,
      this.picker(data.grids),
      this.model.conflicts.length ? this.conflictBlock() : null,
      this.gridView(record),
      problems,
    );
  }

  /** A grid picker when the workbook defines several. */
  private picker(grids: readonly GridRecord[]): HTMLElement | null {
    if (grids.length < 2) return null;
    const id = uid('grid-pick');
    const select = el('select', { id });
    for (const g of grids) {
      const option = el('option', { value: g.grid.name }, g.grid.name);
      option.selected = g.grid.name === this.chosen;
      select.append(option);
    }
    select.addEventListener('change', () => {
      this.chosen = select.value;
      this.render();
      this.host.changed();
      (this.element.querySelector('select') as HTMLElement | null)?.focus();
    });
    return el('div', { class: 'field grid-picker' }, el('label', { for: id }, t(S.gridPick)), select);
  }

  private conflictBlock(): HTMLElement {
    const model = this.model!;
    const criterionOf = (c: GridConflict) => {
      const grid = model.grid(c.grid)?.grid;
      const criterion = grid?.criteria.find((x) => gridLevelField(x.id) === c.field);
      return { grid, criterion };
    };
    const label = (c: GridConflict) => `${format(t(S.gridConflicts), { grid: c.grid })} › ${criterionOf(c).criterion?.label ?? t(S.comment)}`;
    // A level as the reviewer chose it: « 3 · Temps partiel avec un calendrier »; anything else as written.
    const value = (c: GridConflict, v: CellJson) => {
      if (isBlankCell(v)) return t(S.empty);
      const { grid, criterion } = criterionOf(c);
      const at = grid && criterion ? grid.levels.indexOf(toGridLevel(grid, v)) : -1;
      return at >= 0 ? `${grid!.levels[at]} · ${criterion!.descriptors[at]}` : String(v);
    };
    return conflictView(
      model,
      () => {
        if (model.applyChoices()) this.host.applied();
      },
      { label, value },
    );
  }

  private gridView(record: GridRecord): HTMLElement {
    const model = this.model!;
    const { grid } = record;
    const l = lang();
    const name = grid.name;
    const field = (c: GridCriterion) => gridLevelField(c.id);
    const disabled = (f: string) => !model.editable(name, f);
    const unweighted = grid.criteria.every((c) => c.weight === 1);
    const criterion = (c: GridCriterion) => {
      const f = field(c);
      const value = model.value(name, f);
      return el(
        'div',
        { class: 'criterion' },
        choiceGroup({
          legend: unweighted ? c.label : `${c.label} (${format(t(S.gridWeight), { weight: formatNumber(c.weight) })})`,
          name: `grid-${uid('c')}`,
          current: isBlankCell(value) ? undefined : toGridLevel(grid, value),
          raw: value,
          options: grid.levels.map((level, i) => ({ value: level, title: String(level), text: c.descriptors[i] })),
          disabled: disabled(f),
          onChange: (v) => model.set(name, f, v),
        }),
      );
    };
    // Criteria by group, in the definition's order; those of no group after them.
    const sections = [...grid.groups, ''].flatMap((g) => {
      const criteria = grid.criteria.filter((c) => c.group === g);
      if (!criteria.length) return [];
      return [el('section', { class: 'group' }, g ? el('h2', { class: 'group-title' }, g) : null, ...criteria.map(criterion))];
    });
    const figures = el('div', { class: 'figures' });
    this.live = () => {
      const p = this.profile(grid);
      const shown = (score: number | null) => (p.status === 'ok' && score !== null ? showScore(score, l) : '—');
      const filled = grid.criteria.filter((c) => !isBlankCell(model.value(name, field(c)))).length;
      fill(
        figures,
        ...grid.groups.map((g, i) => figure(g, shown(p.groups[i]))),
        figure(t(S.total), el('strong', {}, shown(p.total))),
        p.status === 'invalid' && p.message ? notice(p.message[l], 'warning') : provisional(filled, grid.criteria.length),
      );
    };
    this.live();
    return el(
      'div',
      { class: 'grid' },
      recordNotice(record),
      liveBlock(t(S.gridProfile), figures),
      el('p', { class: 'small gray' }, format(t(S.gridLevels), { min: grid.levels[0], max: grid.levels[grid.levels.length - 1] }), ' · ', t(S.gridScoring)),
      ...sections,
      el(
        'section',
        { class: 'block' },
        textArea(t(S.comment), model.value(name, GRID_COMMENT_FIELD), disabled(GRID_COMMENT_FIELD), (v) => model.set(name, GRID_COMMENT_FIELD, v), 3),
      ),
      othersBlock(grid, record.others),
    );
  }
}

/** Why the grid's row cannot be edited (no sheet yet, duplicate key), or that it will be made at the first save. */
function recordNotice({ record }: GridRecord): HTMLElement | null {
  if (record.status === 'ok') return null;
  const text = record.status === 'no-sheet' ? S.gridNoSheet : record.status === 'no-row' ? S.noRow : S.duplicate;
  return notice(format(t(text), { sheet: record.sheetName, rows: record.rows.join(', ') }), record.status === 'no-row' ? 'info' : 'warning');
}

/** The others' assessments in this grid: who, when, their total by gridProfile; hidden under blind review. */
function othersBlock(grid: CustomGrid, others: readonly GridAssessment[]): HTMLElement | null {
  if (!others.length) return null;
  const l = lang();
  const line = (a: GridAssessment) => {
    const who = `${a.reviewer || t(S.unnamedReviewer)} · ${formatDay(a.date) || t(S.undated)}`;
    if (a.hidden) return el('li', {}, who, ' · ', el('span', { class: 'gray' }, t(S.hiddenShort)));
    if (a.recused) return el('li', {}, who, ' · ', t(S.recusedShort));
    const p = gridProfile(
      grid,
      grid.criteria.map((c) => a.fields[gridLevelField(c.id)] ?? ''),
    );
    const score = p.status === 'ok' && p.total !== null ? showScore(p.total, l) : (p.message?.[l] ?? '—');
    return el('li', {}, who, ' · ', score);
  };
  return el(
    'details',
    { class: 'block others' },
    el('summary', {}, format(t(S.gridOthers), { n: others.length })),
    el('ul', { class: 'small' }, ...others.map(line)),
  );
}

function errorBlock(message: string, retry: () => void): HTMLElement {
  const button = el('button', { type: 'button', class: 'action' }, t(S.retry));
  button.addEventListener('click', retry);
  return el('div', { class: 'error block', role: 'alert' }, el('p', {}, message), button);
}
