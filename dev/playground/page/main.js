// The playground page: the add-on menu as buttons, the workbook's sheets as tabs over an editable
// grid (grid.js) with its formula bar and the sheet's charts (charts.js), and dist/Sidebar.html in a
// 300 px panel. Every value from the workbook is written with textContent: a cell holding markup
// shows its characters.
import 'jsuites/dist/jsuites.css';
import 'jspreadsheet-ce/dist/jspreadsheet.css';
import { drawCharts } from './charts';
import { el, inputOf, letters } from './format';
import { createGrid } from './grid';
import { lang, setLang, t } from './i18n';

const $ = (id) => document.getElementById(id);
let state = null;
let shownSheet = null;
let seenToasts = 0;
let seenAlerts = 0;
let seenDialog = null;

const api = async (path, body) => {
  const res = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(await res.text());
  return res.json();
};

/**
 * Keeps a state the server sent unless a later one is already kept: requests overlap (a panel call
 * refreshes the page while an edit is on its way) and their replies may come back in any order. The
 * server numbers its states in the order it makes them, so an older one, which misses the edits made
 * since, never replaces a newer one on screen (a typed formula shown blank again). True when kept.
 */
function adopt(next) {
  if (state && next.serial < state.serial) return false;
  state = next;
  return true;
}

/** A notice in the page, in its language (the add-on's own alerts and toasts come through the state). */
function notice(text, alert = false) {
  const p = el('p', { class: alert ? 'notice alert' : 'notice', role: alert ? 'alert' : 'status' }, text);
  $('notices').append(p);
  setTimeout(() => p.remove(), alert ? 12000 : 8000);
}

/** Asks in the page (never window.confirm): resolves true on the confirming button. */
function ask(text, confirmLabel) {
  const dialog = $('confirm');
  $('confirm-text').textContent = text;
  $('confirm-ok').textContent = confirmLabel;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true }));
}

/** Runs a request of the grid; a failure (server stopped, refused request) becomes a notice in the page’s language. */
const attempt = (what, promise) => promise.catch((e) => notice(t('failed', t(what), String(e?.message ?? e).slice(0, 300)), true));

const grid = createGrid({
  container: $('grid'),
  onEdit: (sheet, edits) => void attempt('typing', edit(sheet, edits, false)),
  onSelect: (sheet, row, col) => void attempt('selecting', select(sheet, row, col)),
  onAction: (action, at) => void attempt('action', gridAction(action, at)),
  onCursor: (at, cell) => {
    $('name-box').textContent = `${letters(at.col)}${at.row}`;
    $('formula-bar').value = inputOf(cell);
  },
});

async function edit(sheet, edits, confirmed) {
  const reply = await api('/api/edit', { sheet, edits, confirmed });
  if (adopt(reply.state)) render();
  if (reply.confirm && (await ask(reply.confirm, t('editAnyway')))) return edit(sheet, edits, true);
  if (reply.message) notice(reply.message, true);
}

async function gridAction(action, at) {
  const sheet = grid.sheet.name;
  let next;
  if (action === 'sort-asc' || action === 'sort-desc') next = await api('/api/sort', { sheet, col: at.col, ascending: action === 'sort-asc' });
  else if (action === 'insert-row') next = await api('/api/insert', { sheet, dimension: 'row', at: at.row });
  else if (action === 'insert-column') next = await api('/api/insert', { sheet, dimension: 'column', at: at.col });
  else if (action === 'undo') {
    if (!state.canUndo) return notice(t('nothingToUndo'));
    next = await api('/api/undo', {});
  }
  if (adopt(next)) render();
}

function renderMenu() {
  const nav = $('menu');
  nav.replaceChildren();
  for (const menu of state.menus) {
    nav.append(el('span', { class: 'menu-name' }, t('menuName', menu.name)));
    for (const item of menu.items) {
      if (item.separator) nav.append(el('span', { class: 'sep', 'aria-hidden': 'true' }));
      else if (item.caption) {
        const b = el('button', { type: 'button', 'data-action': item.functionName }, item.caption);
        b.addEventListener('click', () => runMenu(item.functionName));
        nav.append(b);
      }
    }
  }
}

function renderTabs() {
  const tabs = $('sheet-tabs');
  tabs.replaceChildren();
  for (const sheet of state.sheets) {
    const b = el('button', { type: 'button', role: 'tab', 'aria-selected': String(sheet.name === shownSheet), 'data-sheet': sheet.name }, sheet.name);
    b.addEventListener('click', () => {
      shownSheet = sheet.name;
      render();
    });
    tabs.append(b);
  }
}

function renderNotices() {
  const fresh = [...state.alerts.slice(seenAlerts).map((t) => [true, t]), ...state.toasts.slice(seenToasts).map((t) => [false, t])];
  seenAlerts = state.alerts.length;
  seenToasts = state.toasts.length;
  for (const [alert, text] of fresh) notice(text, alert);
}

function renderDialog() {
  const d = state.dialog;
  const key = d ? d.title + d.html.length : null;
  if (!d || key === seenDialog) return;
  seenDialog = key;
  $('dialog-title').textContent = d.title;
  // Sandboxed without scripts: the dialog's HTML is shown, never run with this page's rights.
  $('dialog-frame').srcdoc = d.html;
  $('dialog').showModal();
}

function renderPanel() {
  if (!state.sidebar) return;
  $('panel').hidden = false;
  $('panel-title').textContent = state.sidebar.title;
  if (!$('sidebar').getAttribute('src')) $('sidebar').setAttribute('src', '/sidebar');
}

function render() {
  if (!shownSheet || !state.sheets.some((s) => s.name === shownSheet)) shownSheet = state.active.sheet;
  if (state.lang !== lang()) setLang(state.lang);
  document.title = `${state.title} — ${t('titleSuffix')}`;
  $('title').textContent = state.title;
  $('undo').disabled = !state.canUndo;
  renderMenu();
  renderTabs();
  const sheet = state.sheets.find((s) => s.name === shownSheet) || state.sheets[0];
  $('grid').setAttribute('data-sheet', sheet.name);
  grid.render(sheet, state.active);
  drawCharts($('charts'), sheet.charts);
  renderNotices();
  renderDialog();
  renderPanel();
}

async function refresh() {
  if (adopt(await api('/api/state'))) render();
}

async function select(sheet, row, col) {
  adopt(await api('/api/select', { sheet, row, col }));
  // The grid already shows the cursor: only the state is kept (a redraw would lose the focus).
}

async function runMenu(action) {
  const res = await api('/api/run', { name: action, args: [], withState: true });
  const kept = adopt(res.state);
  if (action === 'showSidebar') $('sidebar').setAttribute('src', '/sidebar');
  if (!res.ok) notice(res.message, true);
  if (kept) render();
}

/** « Réinitialiser » : back to the demo or to an empty workbook, after asking (the workbook is replaced). */
async function restart(path, question, label) {
  if (!(await ask(question, label))) return;
  adopt(await api(path, {}));
  shownSheet = state.active.sheet;
  // The new workbook opened with the add-on: the panel opens as if chosen from the menu (as at the
  // page's first load), its title from the real showSidebar, in the person's language.
  await runMenu('showSidebar');
}

/** A menu item's caption as the add-on's menu shows it now (in the person's language). */
const caption = (action) => state.menus.flatMap((m) => m.items).find((item) => item.functionName === action)?.caption ?? action;

$('reset').addEventListener('click', () => restart('/api/reset', t('resetQuestion'), t('resetConfirm')));
$('new-workbook').addEventListener('click', () => restart('/api/new', t('newQuestion', caption('setupWorkbook'), caption('loadDemo')), t('newConfirm')));
$('undo').addEventListener('click', () => attempt('undoing', gridAction('undo', grid.cursor)));
for (const b of document.querySelectorAll('#grid-tools [data-grid-action]')) {
  b.addEventListener('click', () => attempt('action', gridAction(b.dataset.gridAction, grid.cursor)));
}

// The formula bar: Enter writes what it holds into the cell under the cursor, Escape puts it back.
$('formula-bar').addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    void attempt('typing', edit(grid.sheet.name, [{ ...grid.cursor, text: $('formula-bar').value }], false));
  } else if (e.key === 'Escape') {
    const { row, col } = grid.cursor;
    $('formula-bar').value = inputOf(grid.sheet.rows[row - 1]?.[col - 1]);
  }
});

// Ctrl+Z / Cmd+Z outside a text field: the page's undo (the server's), not the grid component's.
window.addEventListener(
  'keydown',
  (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || e.shiftKey) return;
    if (grid.editing || ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName ?? '')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    void attempt('undoing', gridAction('undo', grid.cursor));
  },
  true,
);

$('panel-close').addEventListener('click', () => {
  $('panel').hidden = true;
  $('sidebar').removeAttribute('src');
});
$('dialog-close').addEventListener('click', () => $('dialog').close());

// The sidebar's shim says when a call may have changed the workbook.
window.addEventListener('message', (e) => {
  if (e.source !== $('sidebar').contentWindow || !e.data) return;
  if (e.data.type === 'gis:changed') void refresh();
  if (e.data.type === 'gis:close') $('panel-close').click();
});

// For the browser tests (and the curious): re-read the workbook now.
window.playground = { refresh };

(async () => {
  adopt(await api('/api/state'));
  // Toasts and alerts of earlier sessions are history: only new ones are shown.
  seenToasts = state.toasts.length;
  seenAlerts = state.alerts.length;
  render();
  // Opening the document with the add-on: the panel opens as if chosen from the menu.
  if (!state.sidebar) await runMenu('showSidebar');
})();
