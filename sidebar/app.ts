import type { InstrumentId, Progress, Project, ProjectSummary, ScoringSettings } from '../src/contract/endpoints';
import { INSTRUMENT_IDS, isOnDemand } from '../src/contract/endpoints';
import { PROJECT_DETAIL_FIELDS } from '../src/contract/fields';
import { isBlankCell } from '../src/contract/cells';
import { myAssessmentView, othersView, progressView } from './assessments';
import { conflictView } from './conflicts';
import { notice } from './controls';
import { el, fill } from './dom';
import { friendlyError } from './errors';
import { formatDay, formatEuros, formatTime } from './format';
import { historyView } from './history-view';
import { opinionsView } from './import-opinions';
import { systemSection } from './system';
import { importPanel } from './import-panel';
import { lang, setLang, t } from './lang';
import { ProjectModel } from './model';
import { navigator } from './navigator';
import { amiPanel } from './panels/ami';
import { GridsTab } from './panels/grids';
import { checklistPanel } from './panels/checklist';
import { godinPanel } from './panels/godin';
import { protocolPanel } from './panels/protocol';
import { rndVerdict } from '../src/core/rnd/verdict';
import type { Panel } from './panels/panel';
import { siatPanel } from './panels/siat';
import { srlPanel } from './panels/srl';
import { valueCapturePanel } from './panels/value-capture';
import { call } from './server';
import { format, S } from './strings';
import { panelId, tabId, tabList, type TabId } from './tabs';

const POLL_MS = 3000;
/**
 * The scoring settings are read apart from the projects (getSettings: six service calls saved on
 * every project opened). They are read again on « Actualiser », after the cursor has been outside the
 * project sheets (in Paramètres, where they are changed), and when older than this: a change made
 * by someone else shows within minutes, never stays.
 */
const SETTINGS_MAX_AGE_MS = 5 * 60 * 1000;
const PANELS: Record<InstrumentId, (model: ProjectModel) => Panel> = {
  ami: amiPanel,
  srl: srlPanel,
  vc: valueCapturePanel,
  siat: siatPanel,
  isr: checklistPanel('isr'),
  // The verdict reads answers on CONSENSUS's 0–3 scale: a choice's value (0 non, 1 en partie, 2 oui) × 3/2.
  rnd: checklistPanel('rnd', (choices, l) =>
    rndVerdict(
      choices.map((c) => (c * 3) / 2),
      l,
    ),
  ),
  godin: godinPanel,
  protocol: protocolPanel,
};

/**
 * The sidebar: follows the project under the cursor, shows one tab per instrument, and saves the
 * reviewer's edits safely (kept on failure, conflicts shown, one save per sheet).
 */
export class SidebarApp {
  private projects: ProjectSummary[] = [];
  private model: ProjectModel | null = null;
  private tab: TabId = 'ami';
  private panels = new Map<TabId, Panel>();
  /** Whether the workbook defines grids (« Grilles personnalisées », issue 14 §5): the « Grilles » tab shows then. */
  private hasGrids = false;
  /** The cursor was outside the project sheets at the last poll: the next one asks about the grids. */
  private outside = false;
  /** The « Grilles » tab of the project shown: its grids read when first shown, its edits kept across re-renders. */
  private grids: GridsTab | null = null;
  /** The last project ID seen under the cursor: the sidebar moves only when the cursor does. */
  private cursorId: string | null = null;
  /** The grid whose sheet the cursor was in at the last poll (its slug): coming into one shows it in « Grilles ». */
  private cursorGrid: string | null = null;
  private waitingCursor: string | null = null;
  private saving = false;
  private saveError: string | null = null;
  private savedAt: Date | null = null;
  private confirmDiscard = false;
  private polling = false;
  /** My reviewer name ('' : none chosen, the unnamed assessment is edited); null until known. */
  private reviewer: string | null = null;
  private editingReviewer = false;
  private reviewerError: string | null = null;
  private progress: Progress | null = null;
  /** The date of my assessment asked for ('' : my latest); kept while the same project is reloaded. */
  private openDate = '';
  /** What « Nouvelle évaluation » did, shown once above the project. */
  private info: string | null = null;
  private settings: ScoringSettings | null = null;
  /** When the settings were read (Date.now()); 0: to read again before they are used. */
  private settingsAt = 0;

  /** The grids read on demand whose tab was shown for the project open: a reload reads them again. */
  private shown = new Set<InstrumentId>();
  /** The on-demand grids being read, per project as loaded (a reload is another read). */
  private reading = new WeakMap<Project, Set<InstrumentId>>();
  /** Why an on-demand grid could not be read, shown in its tab with « Réessayer ». */
  private unreadable = new Map<InstrumentId, string>();
  /** « Suivi dans le temps » as last built: rebuilt when on-demand grids add their fields. */
  private history: HTMLElement | null = null;

  /** The experts' opinions of the project shown, kept across re-renders (open or closed, read once). */
  private opinions: { id: string; element: HTMLElement } | null = null;
  /**
   * Each project's target social system section (issue 14 §3), kept across re-renders and project
   * changes: its unsaved actor edits (outside the save bar's count) are there again when the person comes back.
   */
  private readonly systems = new Map<string, ReturnType<typeof systemSection>>();

  private readonly header = el('header', { class: 'top' });
  private readonly head = el('div', { class: 'project-head' });
  private readonly who = el('div', { class: 'reviewer' });
  private readonly mine = el('div', { class: 'my-projects-slot' });
  private readonly message = el('div', { class: 'message', 'aria-live': 'polite' });
  private readonly body = el('main', { class: 'content' });
  private readonly footer = el('footer', { class: 'save-bar' });
  private nav = navigator((id) => this.open(id));

  constructor(private readonly root: HTMLElement) {
    this.body.addEventListener('rebuild-panel', (e) => this.rebuildPanel((e as CustomEvent<InstrumentId>).detail));
  }

  start(): void {
    // Ctrl+S / ⌘S saves from anywhere in the panel (keyboard users need not tab to the button).
    document.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void this.save();
      }
    });
    window.setInterval(() => void this.poll(), POLL_MS);
    void this.load();
  }

  /** The language, the project list and the project under the cursor (retried from the error view). */
  private async load(): Promise<void> {
    this.renderShell();
    fill(this.body, el('p', { class: 'gray' }, t(S.loading)));
    try {
      // Whether the workbook has grids is asked here only, not at every poll (one more read).
      const context = await call('getContext', { grids: true });
      this.hasGrids = context.grids === true;
      const before = lang();
      setLang(context.lang);
      // Opened in English: what the first render built in French is built again.
      if (context.lang !== before) this.relabel();
      this.cursorId = context.projectId;
      this.reviewer = (await call('getReviewer', {})).name;
      this.editingReviewer = !this.reviewer;
      this.projects = (await call('listProjects', {})).projects;
      await this.loadProgress();
      this.renderShell();
      if (context.projectId) await this.open(context.projectId);
      else this.renderBody();
      this.followGrid(context.grid);
    } catch (e) {
      this.showFailure(e, () => void this.load());
    }
  }

  /** Follows the cursor. A moved cursor never discards edits: the sidebar waits for a save or a discard. */
  private async poll(): Promise<void> {
    if (this.polling || document.visibilityState !== 'visible') return;
    this.polling = true;
    try {
      // The language is known since load (or a switch): call() states it, so a poll reads no Properties.
      // Outside the project sheets (in « Grilles personnalisées », after the menu made it) grids may
      // appear or go: asked at the polls there only.
      const context = await call('getContext', this.outside ? { grids: true } : {});
      // A grid's sheet while « Grilles » is missing (made since the panel opened): the next poll asks too.
      this.outside = !context.sheet || (context.grid !== undefined && !this.hasGrids);
      if (context.grids !== undefined && context.grids !== this.hasGrids) {
        this.hasGrids = context.grids;
        if (this.model) this.renderBody();
      }
      // In Paramètres (or any other sheet) the settings may change: read them again once back.
      if (!context.sheet) this.settingsAt = 0;
      else if (!this.settingsAt && this.model) await this.rereadSettings(this.model);
      if (context.projectId && context.projectId !== this.cursorId) {
        this.cursorId = context.projectId;
        if (context.projectId !== this.model?.id) {
          if (this.model && this.unsaved() > 0) this.waitingCursor = context.projectId;
          else await this.open(context.projectId);
        }
        this.renderMessage();
      }
      this.followGrid(context.grid);
    } catch {
      // A missed poll is retried in a few seconds; errors of the reviewer's own actions are shown.
    } finally {
      this.polling = false;
    }
  }

  /**
   * The cursor came into a grid's sheet (getContext's `grid`, the sheet's mark): « Grilles » is shown
   * with that grid, once per arrival, so that the reviewer may then pick another tab while it stays there.
   * Before the tab exists (no project yet, grids not known yet) the arrival waits for a later poll.
   */
  private followGrid(grid: string | undefined): void {
    const key = grid ?? null;
    if (key === this.cursorGrid || (key !== null && !this.grids)) return;
    this.cursorGrid = key;
    if (key === null || !this.grids) return;
    this.grids.pick(key);
    this.showTab('grids');
  }

  async open(id: string, date = id === this.model?.id ? this.openDate : ''): Promise<void> {
    if (this.model && this.unsaved() > 0 && id !== this.model.id) {
      this.waitingCursor = id;
      this.renderMessage();
      return;
    }
    this.waitingCursor = null;
    this.info = null;
    fill(this.message);
    try {
      // The same project again (« Actualiser », another of its dates) reads the settings again too.
      const [project, settings] = await Promise.all([
        call('getProject', { id, reviewer: this.reviewer ?? '', date }),
        this.currentSettings(id === this.model?.id),
      ]);
      this.openDate = date;
      // Another assessment of the same project is another baseline: a new model, as for another project.
      const reload = this.model?.id === id && this.model.date === project.date;
      // « Actualiser » and an ID the list does not know yet also refresh the list (projects added meanwhile).
      if (reload || !this.projects.some((p) => p.id === id)) this.projects = (await call('listProjects', {})).projects;
      if (reload) {
        this.model!.settings = settings;
        this.model!.reloaded(project);
        // « Actualiser » reads the grids again too, once the tab has read them (edits kept, as the model's).
        if (this.grids?.model) void this.grids.load(project.date, true);
      } else {
        this.model = new ProjectModel(project, settings);
        this.model.onChange(() => this.edited());
        this.savedAt = null;
        this.saveError = null;
        this.shown.clear();
      }
      this.unreadable.clear();
      this.renderAll();
      void this.readOnDemand();
    } catch (e) {
      this.showFailure(e, () => void this.open(id));
    }
  }

  /**
   * Reads the grids getProject leaves out (ON_DEMAND_INSTRUMENTS) that the panel shows: the current
   * tab, and those shown before for this project (« Actualiser » reads them again), in one request,
   * for the key getProject answered (its reviewer and date). An answer for a project, a read or an
   * assessment the panel has left meanwhile (another project, a reload, a first save that dated the
   * assessment) is dropped: the read that replaced it answers instead. Conflict safety as for the
   * other grids: what was read here is the `before` of this grid's saves.
   */
  private async readOnDemand(): Promise<void> {
    const model = this.model;
    if (!model) return;
    const project = model.project;
    const busy = this.reading.get(project) ?? new Set<InstrumentId>();
    this.reading.set(project, busy);
    const wanted = model.unread().filter((id) => (id === this.tab || this.shown.has(id)) && !busy.has(id));
    if (!wanted.length) return;
    for (const id of wanted) {
      busy.add(id);
      this.unreadable.delete(id);
    }
    const date = project.date;
    try {
      const read = await call('getInstruments', { id: model.id, reviewer: project.reviewer, date, instruments: wanted });
      if (this.model !== model || model.project !== project || model.date !== date) return;
      model.supplied(read);
    } catch (e) {
      if (this.model !== model || model.project !== project) return;
      for (const id of wanted) this.unreadable.set(id, friendlyError(e));
    } finally {
      for (const id of wanted) busy.delete(id);
    }
    this.renderOnDemand(model, wanted);
  }

  /**
   * The on-demand tabs just read (or not) built again, and « Suivi dans le temps » with the fields
   * they add, unless the reviewer is in it: the other tabs are left as they are (focus, scroll, typing).
   */
  private renderOnDemand(model: ProjectModel, ids: readonly InstrumentId[]): void {
    for (const id of ids) document.getElementById(panelId(id))?.replaceWith(this.panelSection(model, id));
    if (this.history?.isConnected && !this.history.contains(document.activeElement)) {
      const fresh = this.historyFor(model);
      this.history.replaceWith(fresh);
      this.history = fresh;
    }
    this.renderFooter();
  }

  /** After an import: the project list read again (new projects), the navigator shown with it. */
  private async projectsImported(): Promise<void> {
    try {
      this.projects = (await call('listProjects', {})).projects;
      this.nav.update(this.projects, this.model?.id ?? null);
    } catch {
      // The import's report is already shown; the list catches up at the next « Actualiser ».
    }
  }

  /** The scoring settings as last read, read again when asked (`again`), never read yet, marked to read again or too old. */
  private async currentSettings(again: boolean): Promise<ScoringSettings> {
    if (again || !this.settings || Date.now() - this.settingsAt > SETTINGS_MAX_AGE_MS) {
      this.settings = await call('getSettings', {});
      this.settingsAt = Date.now();
    }
    return this.settings;
  }

  /** Back from another sheet: the settings read again, and the project redrawn when they changed (its edits kept). */
  private async rereadSettings(model: ProjectModel): Promise<void> {
    const before = JSON.stringify(this.settings);
    const settings = await this.currentSettings(true);
    if (JSON.stringify(settings) === before || this.model !== model) return;
    model.settings = settings;
    this.renderBody();
  }

  /**
   * A panel that wrote another sheet's fields (the protocol's « Enregistrer comme preuve SRL ») asks
   * for that sheet's tab to be built again from the model: its controls were built before the edits.
   */
  private rebuildPanel(id: InstrumentId): void {
    const old = this.panels.get(id);
    if (!this.model || !old) return;
    const fresh = PANELS[id](this.model);
    old.element.replaceWith(fresh.element);
    this.panels.set(id, fresh);
  }

  private edited(): void {
    for (const p of this.panels.values()) p.refresh();
    this.confirmDiscard = false;
    this.renderFooter();
  }

  async save(): Promise<void> {
    const model = this.model;
    if (!model || this.saving) return;
    if (model.conflicts.length || this.grids?.conflicts()) {
      this.saveError = t(S.saveBlocked);
      this.renderFooter();
      return;
    }
    this.saving = true;
    this.saveError = null;
    this.renderFooter();
    let conflict = false;
    let refreshed = false;
    // My first save creates my assessment: the panel then reads the project again to show it as mine.
    const created = !model.date;
    try {
      for (const sheet of model.dirtySheets()) {
        const sent = model.changes(sheet);
        // My assessment only: the server finds my row by (ID, me, date) and creates it on the first save.
        const result = await call('saveProject', { id: model.id, sheet, reviewer: this.reviewer ?? '', date: model.date, changes: sent });
        if (result.status === 'conflict') {
          model.conflicted(sheet, result.conflicts);
          conflict = true;
          break;
        }
        // Someone else's change to a field I did not edit: show it, or the panel would show stale
        // values. Only then is the panel rebuilt: otherwise focus and scroll stay where they are.
        refreshed ||= model.changedElsewhere(sheet, sent, result.record);
        model.saved(sheet, sent, result.record, result.date);
      }
      // Then the grids users define, into my row of each grid's sheet, dated as the assessment just saved.
      if (!conflict && this.grids && (await this.grids.save(model))) {
        conflict = true;
        this.tab = 'grids';
      }
      if (!conflict) this.savedAt = new Date();
    } catch (e) {
      this.saveError = friendlyError(e);
    } finally {
      this.saving = false;
    }
    if (conflict || refreshed) this.renderBody();
    this.renderFooter();
    if (conflict) (this.body.querySelector('.conflicts h2') as HTMLElement | null)?.focus();
    else if (!this.saveError && this.waitingCursor && this.unsaved() === 0) await this.open(this.waitingCursor);
    else if (!this.saveError && created && model.date) await this.open(model.id);
  }

  private async switchLanguage(): Promise<void> {
    const next = lang() === 'en' ? 'fr' : 'en';
    try {
      await call('setLanguage', { lang: next });
      setLang(next);
      this.relabel();
      this.renderAll();
      (this.header.querySelector('.lang-toggle') as HTMLElement | null)?.focus();
    } catch (e) {
      this.saveError = friendlyError(e);
      this.renderFooter();
    }
  }

  /**
   * Builds again, in the language just set, what is built once rather than at each render: the
   * navigator and the import section (which keeps its file across re-renders, and its open state here).
   */
  private relabel(): void {
    this.nav = navigator((id) => this.open(id));
    const old = this.root.querySelector(':scope > details.import') as HTMLDetailsElement | null;
    if (!old) return;
    const fresh = importPanel(() => void this.projectsImported()) as HTMLDetailsElement;
    fresh.open = old.open;
    old.replaceWith(fresh);
  }

  // ---- rendering ------------------------------------------------------------------------------

  private renderAll(): void {
    this.renderShell();
    this.renderBody();
  }

  private renderShell(): void {
    const toggle = el(
      'button',
      { type: 'button', class: 'lang-toggle secondary', lang: lang() === 'en' ? 'fr' : 'en', 'aria-label': t(S.switchLangLabel) },
      t(S.switchLang),
    );
    toggle.addEventListener('click', () => void this.switchLanguage());
    // Sheets shows the panel's title above it: the heading is for screen readers only.
    fill(
      this.header,
      el('div', { class: 'top-row' }, el('h1', { class: 'visually-hidden' }, t(S.appTitle)), toggle),
      this.who,
      this.nav.element,
      this.mine,
      this.head,
      this.message,
    );
    this.nav.update(this.projects, this.model?.id ?? null);
    this.renderReviewer();
    fill(
      this.mine,
      progressView(this.progress, this.model?.id ?? null, (id) => void this.open(id)),
    );
    this.renderHead();
    this.renderMessage();
    // The import (issue 15) is built once, below the rest: it keeps its file and mapping across re-renders.
    if (!this.root.firstChild)
      this.root.append(
        this.header,
        this.body,
        this.footer,
        importPanel(() => void this.projectsImported()),
      );
  }

  private renderHead(): void {
    const model = this.model;
    if (!model) return fill(this.head);
    const d = model.project.details.fields;
    const facts = PROJECT_DETAIL_FIELDS.filter((f) => f !== 'investment' && !isBlankCell(d[f])).map((f) => String(d[f]));
    if (typeof d.investment === 'number') facts.push(formatEuros(d.investment));
    const reload = el('button', { type: 'button', class: 'link-button', title: t(S.reloadLabel) }, t(S.reload));
    reload.addEventListener('click', () => void this.open(model.id));
    fill(
      this.head,
      el('h2', { class: 'project-name' }, model.project.name || t(S.unnamed)),
      el(
        'p',
        { class: 'project-facts small gray' },
        el('span', { class: 'project-id' }, model.id),
        facts.length ? ` · ${facts.join(' · ')}` : '',
        ' · ',
        reload,
      ),
    );
  }

  private renderMessage(): void {
    const waiting = this.waitingCursor && this.model && this.waitingCursor !== this.model.id ? this.waitingCursor : null;
    fill(this.message, waiting ? notice(format(t(S.waiting), { id: waiting }), 'info') : null, this.info ? notice(this.info, 'info') : null);
  }

  private renderBody(): void {
    const model = this.model;
    this.panels.clear();
    if (!model) {
      fill(this.body, notice(this.projects.length ? t(S.pickProject) : t(S.noProjects)));
      return this.renderFooter();
    }
    const grids = this.gridsTab(model);
    if (!grids && this.tab === 'grids') this.tab = 'ami';
    const tabs = tabList(this.tabIds(), this.tab, (id) => this.showTab(id));
    const conflicts = model.conflicts.length
      ? conflictView(model, () => {
          if (model.applyChoices()) {
            this.renderBody();
            void this.save();
          }
        })
      : null;
    const panels = INSTRUMENT_IDS.map((id) => this.panelSection(model, id));
    const actions = {
      ready: () => !this.saving && this.unsaved() === 0,
      setStatus: (status: 'in-progress' | 'done') => void this.changeState(model.id, { status }),
      recuse: (recused: boolean, reason: string) => void this.changeState(model.id, { recused, reason }),
      newAssessment: () => void this.newAssessment(model.id),
      openLatest: () => void this.open(model.id, ''),
    };
    const mine = this.reviewer ? myAssessmentView(model, actions) : null;
    const history = this.historyFor(model);
    this.history = history;
    // The experts' opinions imported from Démarches simplifiées (issue 15): beside, never among, the assessments.
    if (this.opinions?.id !== model.id) this.opinions = { id: model.id, element: opinionsView(model.id) };
    const system = this.systems.get(model.id) ?? systemSection(model.id);
    this.systems.set(model.id, system);
    system.render();
    if (grids) panels.push(this.gridsSection(grids, model));
    fill(this.body, mine, history, this.opinions.element, system.element, tabs, conflicts, ...panels);
    this.renderFooter();
  }

  private tabIds(): TabId[] {
    return this.grids ? [...INSTRUMENT_IDS, 'grids'] : [...INSTRUMENT_IDS];
  }

  /** Unsaved edits of the project, the grids' included: the cursor waits, the footer counts them. */
  private unsaved(): number {
    return (this.model?.editCount() ?? 0) + (this.grids?.editCount() ?? 0);
  }

  /** The project's « Grilles » tab when the workbook has grids: the same one while the project and reviewer stay. */
  private gridsTab(model: ProjectModel): GridsTab | null {
    const reviewer = this.reviewer ?? '';
    // Grids gone (the definition sheet deleted) drop the tab, unless edits wait in it: they stay until saved or discarded.
    if (!this.hasGrids && !this.grids?.editCount()) this.grids = null;
    else if (!this.hasGrids) return this.grids;
    else if (this.grids?.id !== model.id || this.grids.reviewer !== reviewer)
      this.grids = new GridsTab(model.id, reviewer, {
        changed: () => this.edited(),
        applied: () => {
          this.renderBody();
          void this.save();
        },
      });
    return this.grids;
  }

  private gridsSection(grids: GridsTab, model: ProjectModel): HTMLElement {
    grids.follow(model.date);
    if (this.tab === 'grids') void grids.load(model.date);
    const panel = grids.panel();
    this.panels.set('grids', panel);
    return el(
      'section',
      { role: 'tabpanel', id: panelId('grids'), 'aria-labelledby': tabId('grids'), hidden: this.tab !== 'grids', class: 'panel' },
      panel.element,
    );
  }

  private historyFor(model: ProjectModel): HTMLElement {
    return historyView(model, { ready: () => !this.saving && model.editCount() === 0, openMine: (date) => void this.open(model.id, date) });
  }

  /**
   * One tab's section: its panel and, below my scoring, the others' assessments of its instrument. A
   * grid read on demand shows « Chargement… » until getInstruments answers (its failure, with « Réessayer »).
   */
  private panelSection(model: ProjectModel, id: InstrumentId): HTMLElement {
    const attributes = { role: 'tabpanel', id: panelId(id), 'aria-labelledby': tabId(id), hidden: id !== this.tab, class: 'panel' };
    if (model.record(id).status === 'on-demand') {
      this.panels.delete(id);
      const failure = this.unreadable.get(id);
      if (!failure) return el('section', attributes, el('p', { class: 'gray' }, t(S.loading)));
      const retry = el('button', { type: 'button', class: 'action' }, t(S.retry));
      retry.addEventListener('click', () => {
        this.shown.add(id);
        this.unreadable.delete(id);
        document.getElementById(panelId(id))?.replaceWith(this.panelSection(model, id));
        void this.readOnDemand();
      });
      return el('section', attributes, el('div', { class: 'error block', role: 'alert' }, el('p', {}, failure), retry));
    }
    const panel = PANELS[id](model);
    this.panels.set(id, panel);
    return el('section', attributes, panel.element, othersView(model, id));
  }

  /** My progress through the projects assigned to me (Projets « Évaluateurs »); none without a name. */
  private async loadProgress(): Promise<void> {
    this.progress = this.reviewer ? await call('getProgress', { reviewer: this.reviewer }) : null;
  }

  /**
   * « Nouvelle évaluation »: the server makes my row dated today (or says I have one already), then
   * the panel opens my latest and says where its values came from.
   */
  private async newAssessment(id: string): Promise<void> {
    if (!this.reviewer) return;
    try {
      const result = await call('newAssessment', { id, reviewer: this.reviewer });
      const date = formatDay(result.date);
      let info: string;
      if (result.status === 'exists') info = format(t(S.newExists), { date });
      else if (result.from?.mine) info = format(t(S.newFromMine), { date, from: formatDay(result.from.date) });
      else if (result.from)
        info = format(t(S.newFromLatest), { date, who: result.from.reviewer || t(S.unnamedReviewer), from: formatDay(result.from.date) || t(S.undated) });
      else info = format(t(result.blind ? S.newBlind : S.newBlank), { date });
      await this.loadProgress();
      await this.open(id, '');
      this.info = info;
      this.renderMessage();
    } catch (e) {
      this.saveError = friendlyError(e);
      this.renderFooter();
    }
  }

  /** « Marquer comme terminée », « Je me déporte » and their undoing: written, then the project read again. */
  private async changeState(id: string, change: { status?: 'in-progress' | 'done'; recused?: boolean; reason?: string }): Promise<void> {
    const model = this.model;
    if (!model || !this.reviewer) return;
    try {
      await call('setAssessmentState', { id, reviewer: this.reviewer, date: model.date, ...change });
      await this.loadProgress();
      await this.open(id);
    } catch (e) {
      this.saveError = friendlyError(e);
      this.renderFooter();
    }
  }

  /** The reviewer's name at the top, with « Changer »; a form when none is chosen yet or while changing it. */
  private renderReviewer(): void {
    if (this.reviewer === null) return fill(this.who);
    if (!this.editingReviewer) {
      const change = el('button', { type: 'button', class: 'link-button', 'aria-label': t(S.reviewerChangeLabel) }, t(S.reviewerChange));
      change.addEventListener('click', () => {
        this.editingReviewer = true;
        this.renderReviewer();
        (this.who.querySelector('input') as HTMLInputElement | null)?.focus();
      });
      return fill(this.who, el('p', { class: 'small' }, t(S.reviewerLabel), el('strong', { class: 'reviewer-name' }, this.reviewer), ' · ', change));
    }
    const id = 'reviewer-name';
    const input = el('input', { type: 'text', id, autocomplete: 'name', maxlength: 100, value: this.reviewer });
    const ok = el('button', { type: 'submit', class: 'action' }, t(S.reviewerSave));
    const cancel = this.reviewer ? el('button', { type: 'button', class: 'secondary' }, t(S.reviewerCancel)) : null;
    cancel?.addEventListener('click', () => {
      this.editingReviewer = false;
      this.reviewerError = null;
      this.renderReviewer();
    });
    const form = el(
      'form',
      { class: 'reviewer-form' },
      el('p', { class: 'small' }, t(S.reviewerPrompt)),
      el('label', { for: id, class: 'small' }, t(S.reviewerName)),
      input,
      el('div', { class: 'buttons' }, ok, cancel),
      this.reviewerError ? el('p', { class: 'error small', role: 'alert' }, this.reviewerError) : null,
      this.reviewer ? null : el('p', { class: 'small gray' }, t(S.reviewerNone)),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.chooseReviewer(input.value);
    });
    fill(this.who, form);
  }

  private async chooseReviewer(typed: string): Promise<void> {
    const name = typed.trim().replace(/\s+/g, ' ');
    if (!name || name.length > 100 || name.includes(';')) {
      this.reviewerError = t(S.reviewerInvalid);
      return this.renderReviewer();
    }
    // My edits belong to the assessment they were typed in: save or discard them first.
    if (this.model && this.unsaved() > 0) {
      this.reviewerError = t(S.saveFirst);
      return this.renderReviewer();
    }
    try {
      this.reviewer = (await call('setReviewer', { name })).name;
      this.editingReviewer = false;
      this.reviewerError = null;
      await this.loadProgress();
      const id = this.model?.id;
      this.model = null;
      if (id) await this.open(id);
      else this.renderAll();
    } catch (e) {
      this.reviewerError = friendlyError(e);
      this.renderReviewer();
    }
  }

  /** Switching tabs only shows another built panel: scroll positions and focus stay where they were. */
  private showTab(id: TabId): void {
    this.tab = id;
    // The grids are read when their tab is first shown (getGrids), never with the project.
    if (id === 'grids' && this.model) void this.grids?.load(this.model.date);
    // An instrument read on demand: asked for the first time its tab is shown for this project.
    if (id !== 'grids' && isOnDemand(id)) {
      this.shown.add(id);
      void this.readOnDemand();
    }
    for (const other of this.tabIds()) {
      const tab = document.getElementById(tabId(other));
      tab?.setAttribute('aria-selected', String(other === id));
      tab?.setAttribute('tabindex', other === id ? '0' : '-1');
      const panel = document.getElementById(panelId(other));
      if (panel) panel.hidden = other !== id;
    }
    this.renderFooter();
  }

  private renderFooter(): void {
    const model = this.model;
    if (!model) return fill(this.footer);
    const edits = this.unsaved();
    const status = this.saving
      ? t(S.saving)
      : edits
        ? format(t(S.unsaved), { n: edits })
        : this.savedAt
          ? format(t(S.savedAt), { time: formatTime(this.savedAt) })
          : t(S.noChanges);
    // While conflicts wait for a choice, saving goes through « Appliquer mes choix » only.
    const save = el(
      'button',
      {
        type: 'button',
        class: 'action',
        disabled: this.saving || edits === 0 || model.conflicts.length > 0 || (this.grids?.conflicts() ?? 0) > 0,
        title: t(S.saveShortcut),
      },
      this.saveError && edits ? t(S.retry) : t(S.save),
    );
    save.addEventListener('click', () => void this.save());
    const discard = el(
      'button',
      { type: 'button', class: 'secondary', disabled: this.saving || edits === 0 },
      this.confirmDiscard ? t(S.confirmDiscard) : t(S.discard),
    );
    discard.addEventListener('click', () => {
      if (!this.confirmDiscard) {
        this.confirmDiscard = true;
        this.renderFooter();
        (this.footer.querySelector('.secondary') as HTMLElement | null)?.focus();
        return;
      }
      this.confirmDiscard = false;
      model.discard();
      this.grids?.discard();
      this.renderBody();
      if (this.waitingCursor) void this.open(this.waitingCursor);
    });
    fill(
      this.footer,
      el('p', { class: 'headline' }, this.panels.get(this.tab)?.headline() ?? ''),
      el('p', { class: `status small${edits ? ' dirty' : ''}`, role: 'status' }, status),
      this.saveError ? el('div', { class: 'error small', role: 'alert' }, el('p', {}, this.saveError), edits ? el('p', {}, t(S.kept)) : null) : null,
      el('div', { class: 'buttons' }, save, discard),
    );
  }

  private showFailure(error: unknown, retry: () => void): void {
    const button = el('button', { type: 'button', class: 'action' }, t(S.retry));
    button.addEventListener('click', retry);
    fill(this.body, el('div', { class: 'error block', role: 'alert' }, el('p', {}, friendlyError(error)), button));
  }
}
