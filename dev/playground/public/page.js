// The playground page: renders the in-memory workbook as sheet tabs and tables, the add-on menu
// as buttons, and hosts dist/Sidebar.html in a 300 px panel. Every value from the workbook is
// written with textContent: a cell holding markup shows its characters.
(() => {
  'use strict';
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

  const number = (v, format) => {
    const f = format || '';
    if (f.includes('%')) return new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(v);
    if (f.includes('€')) return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(v);
    return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: Math.abs(v) >= 10000 }).format(v);
  };
  const display = (cell) => {
    if (typeof cell.v === 'number') return number(cell.v, cell.f);
    if (typeof cell.v === 'boolean') return cell.v ? 'VRAI' : 'FAUX';
    if (/^\d{4}-\d\d-\d\dT/.test(cell.v)) return new Date(cell.v).toLocaleDateString('fr-FR');
    return String(cell.v);
  };
  const letters = (n) => {
    let s = '';
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const el = (tag, attrs, text) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  function renderMenu() {
    const nav = $('menu');
    nav.replaceChildren();
    for (const menu of state.menus) {
      nav.append(el('span', { class: 'menu-name' }, `Extensions › ${menu.name || 'Module'} :`));
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

  function renderGrid() {
    const sheet = state.sheets.find((s) => s.name === shownSheet) || state.sheets[0];
    const grid = $('grid');
    grid.replaceChildren();
    if (!sheet) return;
    grid.setAttribute('data-sheet', sheet.name);
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    const head = el('thead');
    const hr = el('tr');
    hr.append(el('th', { class: 'rownum' }, ''));
    for (let c = 1; c <= width; c++) hr.append(el('th', { scope: 'col' }, letters(c)));
    head.append(hr);
    const body = el('tbody');
    const active = state.active.sheet === sheet.name ? state.active : null;
    sheet.rows.forEach((row, r) => {
      const tr = el('tr', { 'data-row': String(r + 1) });
      if (active && active.row === r + 1 && r > 0) tr.className = 'selected';
      tr.append(el('th', { class: 'rownum', scope: 'row' }, String(r + 1)));
      for (let c = 0; c < width; c++) {
        const cell = row[c] || { v: '' };
        const td = el('td', { 'data-col': String(c + 1) }, display(cell));
        td.title = td.textContent;
        if (typeof cell.v === 'number') td.classList.add('num');
        if (cell.computed) td.classList.add('computed');
        if (active && active.row === r + 1 && active.col === c + 1) td.classList.add('current');
        td.addEventListener('click', () => select(sheet.name, r + 1, c + 1));
        tr.append(td);
      }
      body.append(tr);
    });
    grid.append(head, body);
  }

  function renderNotices() {
    const box = $('notices');
    const fresh = [...state.alerts.slice(seenAlerts).map((t) => ['notice alert', t]), ...state.toasts.slice(seenToasts).map((t) => ['notice', t])];
    seenAlerts = state.alerts.length;
    seenToasts = state.toasts.length;
    for (const [cls, text] of fresh) {
      const p = el('p', { class: cls, role: cls.includes('alert') ? 'alert' : 'status' }, text);
      box.append(p);
      setTimeout(() => p.remove(), 8000);
    }
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
    document.title = `${state.title} — bac à sable`;
    $('title').textContent = state.title;
    renderMenu();
    renderTabs();
    renderGrid();
    renderNotices();
    renderDialog();
    renderPanel();
  }

  async function refresh() {
    state = await api('/api/state');
    render();
  }

  async function select(sheet, row, col) {
    state = await api('/api/select', { sheet, row, col });
    render();
  }

  async function runMenu(action) {
    const res = await api('/api/run', { name: action, args: [], withState: true });
    state = res.state;
    if (action === 'showSidebar') $('sidebar').setAttribute('src', '/sidebar');
    render();
  }

  $('reset').addEventListener('click', async () => {
    state = await api('/api/reset', {});
    shownSheet = state.active.sheet;
    $('sidebar').setAttribute('src', '/sidebar');
    render();
  });
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
    state = await api('/api/state');
    // Toasts and alerts of earlier sessions are history: only new ones are shown.
    seenToasts = state.toasts.length;
    seenAlerts = state.alerts.length;
    render();
    // Opening the document with the add-on: the panel opens as if chosen from the menu.
    if (!state.sidebar) await runMenu('showSidebar');
  })();
})();
