// The sheet shown as a spreadsheet grid (jspreadsheet CE), kept as a view of the server's workbook:
// every change a person makes (typing, a dropdown choice, Delete, paste) is sent to the server as
// what they typed, the fake workbook is written and recomputed there, and the grid is drawn again
// from the new state. jspreadsheet never computes or keeps a value of its own.
import jspreadsheet from 'jspreadsheet-ce';
import { display, el, inputOf, letters } from './format';
import { t } from './i18n';

/**
 * @param {object} o
 * @param {HTMLElement} o.container
 * @param {(sheet: string, edits: {row: number, col: number, text: string}[]) => void} o.onEdit
 * @param {(sheet: string, row: number, col: number) => void} o.onSelect
 * @param {(action: string, at: {row: number, col: number}) => void} o.onAction  sort-asc, sort-desc, insert-row, insert-column, undo
 * @param {(at: {row: number, col: number}, cell: object) => void} o.onCursor  the formula bar follows the cursor
 */
export function createGrid(o) {
  let sheet = null;
  let worksheet = null;
  let cursor = { row: 1, col: 1 };
  let restoring = false;
  let pending = [];
  const frozenStyle = document.head.appendChild(el('style', { id: 'frozen-rows' }));

  const cellAt = (x, y) => sheet?.rows[y]?.[x];
  /** Editor fields being closed by jspreadsheet (their blur must not close them again). */
  const closing = new WeakSet();

  /** Paints a cell from the state: its text (never markup), colours, dropdown, note and protection marks. */
  function paint(td, x, y) {
    const c = cellAt(x, y);
    td.textContent = display(c);
    // The sheet's own 1-based coordinates, which the browser tests and the screenshots look cells up by.
    td.dataset.row = String(y + 1);
    td.dataset.col = String(x + 1);
    td.classList.toggle('num', typeof c?.v === 'number');
    td.style.backgroundColor = c?.bg || '';
    td.style.color = c?.fg || '';
    td.classList.toggle('computed', Boolean(c?.computed));
    td.classList.toggle('has-list', c?.list !== undefined);
    td.classList.toggle('invalid', Boolean(c?.invalid));
    td.classList.toggle('has-note', Boolean(c?.note));
    td.classList.toggle('protected', c?.p !== undefined);
    const protection = c?.p !== undefined ? sheet.protections[c.p] : null;
    const title = [c?.note, c?.invalid ? t('outOfList') : '', protection ? t('protectedRange', protection.description) : ''].filter(Boolean).join('\n\n');
    if (title) td.title = title;
    else td.removeAttribute('title');
  }

  /** One editor for every column: a list validation gets a dropdown, any other cell a text field. */
  const editor = {
    createCell(td, _value, x, y) {
      paint(td, x, y);
      return td;
    },
    updateCell(td, _value, x, y) {
      paint(td, x, y);
      return display(cellAt(x, y));
    },
    openEditor(td, _value, x, y, instance, _options, e) {
      const c = cellAt(x, y);
      td.classList.add('editor');
      td.textContent = '';
      let field;
      // A key typed on a selected cell starts a new entry, as in Sheets (a dropdown cell too); a
      // double click or Enter edits: a dropdown cell then opens its list.
      const typing = e && e.type === 'keydown' && e.key?.length === 1;
      if (c?.list !== undefined && !typing) {
        field = el('select', { 'aria-label': t('valueOf', `${letters(x + 1)}${y + 1}`) });
        field.append(el('option', { value: '' }, ''));
        for (const choice of sheet.lists[c.list]) field.append(el('option', { value: choice }, choice));
        field.value = inputOf(c);
        field.addEventListener('change', () => instance.closeEditor(td, true));
      } else {
        field = el('input', { type: 'text', 'aria-label': t('entryIn', `${letters(x + 1)}${y + 1}`) });
        field.value = typing ? '' : inputOf(c);
      }
      field.addEventListener('blur', () => {
        // Not when jspreadsheet is closing the editor itself (Escape, Enter): removing the field
        // blurs it, and closing twice makes jspreadsheet throw.
        if (instance.edition && !closing.has(field)) instance.closeEditor(td, true);
      });
      td.append(field);
      field.focus();
    },
    closeEditor(td, save, x, y, instance) {
      const field = td.querySelector('input, select');
      if (field) closing.add(field);
      const text = field ? field.value : '';
      td.classList.remove('editor');
      // Unchanged (or cancelled): the stored value, so jspreadsheet restores the cell as it was.
      if (!save || text === inputOf(cellAt(x, y))) return instance.options.data[y][x];
      return text;
    },
  };

  function flush() {
    const edits = pending;
    pending = [];
    if (edits.length && sheet) o.onEdit(sheet.name, edits);
  }

  function contextMenu(_instance, x, y) {
    const at = { row: y === null ? cursor.row : Number(y) + 1, col: x === null ? cursor.col : Number(x) + 1 };
    const item = (title, action) => ({ title, onclick: () => o.onAction(action, at) });
    return [
      item(t('sortBy', letters(at.col), true), 'sort-asc'),
      item(t('sortBy', letters(at.col), false), 'sort-desc'),
      { type: 'line' },
      item(t('insertRowMenu'), 'insert-row'),
      item(t('insertColumnMenu'), 'insert-column'),
      { type: 'line' },
      item(t('undoMenu'), 'undo'),
    ];
  }

  /**
   * The frozen panes Sheets keeps in view: header rows stuck under the column letters, and the first
   * columns stuck beside the row numbers, as CSS sticky cells (jspreadsheet's own frozen columns move
   * cells on scroll events and do not freeze rows).
   */
  function freezePanes(rows, columns) {
    const head = o.container.querySelector('thead tr:last-child');
    const top = head?.offsetHeight ?? 0;
    // Layers, bottom to top: cells, frozen columns, frozen rows, their corner, row numbers, then the
    // column letters (their frozen ones above the others, the corner above all).
    const rules = ['#grid tbody td:first-child { position: sticky; left: 0; z-index: 5 !important; }', '#grid thead td { z-index: 6 !important; }'];
    let down = top;
    for (let r = 1; r <= rows; r++) {
      rules.push(`#grid tbody tr:nth-child(${r}) > td { position: sticky; top: ${down}px; z-index: 3; }`);
      down += o.container.querySelector(`tbody tr:nth-child(${r})`)?.offsetHeight ?? 0;
    }
    for (let c = 1; c <= columns; c++) {
      const left = head?.children[c]?.offsetLeft ?? 0;
      rules.push(`#grid tbody td[data-col="${c}"] { position: sticky; left: ${left}px; z-index: 2; background-color: #fff; }`);
      rules.push(`#grid thead td[data-x="${c - 1}"] { position: sticky; left: ${left}px; z-index: 7 !important; }`);
      for (let r = 1; r <= rows; r++) rules.push(`#grid tbody tr:nth-child(${r}) > td[data-col="${c}"] { z-index: 4; }`);
    }
    rules.push('#grid thead td:first-child { position: sticky; left: 0; z-index: 8 !important; }');
    frozenStyle.textContent = rules.join('\n');
  }

  /** Repaints every cell in place: the same sheet with the same shape (a save, a recompute). */
  function repaint() {
    const width = worksheet.options.data[0]?.length ?? 0;
    sheet.rows.forEach((row, y) => {
      for (let x = 0; x < width; x++) {
        worksheet.options.data[y][x] = display(row[x]);
        const td = worksheet.records[y]?.[x]?.element;
        if (td && !td.classList.contains('editor')) paint(td, x, y);
      }
    });
  }

  function render(next, active) {
    const scroll = worksheet?.content ? [worksheet.content.scrollLeft, worksheet.content.scrollTop] : [0, 0];
    const sameSheet = sheet?.name === next.name;
    const sameShape =
      sameSheet &&
      worksheet &&
      next.rows.length === worksheet.options.data.length &&
      next.rows.every((r) => r.length === worksheet.options.data[0].length) &&
      next.frozenRows === sheet.frozenRows &&
      next.frozenColumns === sheet.frozenColumns &&
      JSON.stringify(next.columnWidths) === JSON.stringify(sheet.columnWidths);
    sheet = next;
    if (sameShape) {
      repaint();
      o.onCursor(cursor, cellAt(cursor.col - 1, cursor.row - 1));
      return;
    }
    if (worksheet) jspreadsheet.destroy(o.container, true);
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    // The widths setup gave (a restitution's descriptors, a comment column), else a readable default.
    const columns = Array.from({ length: width }, (_, c) => ({ type: editor, width: sheet.columnWidths?.[c] ?? 120, align: 'left' }));
    const spreadsheet = jspreadsheet(o.container, {
      tabs: false,
      toolbar: false,
      about: false,
      contextMenu,
      worksheets: [
        {
          worksheetName: sheet.name,
          data: sheet.rows.map((r) => Array.from({ length: width }, (_, c) => display(r[c]))),
          columns,
          // Scrolls inside its box (page.css sizes it), with the column letters kept in view.
          tableOverflow: true,
          columnSorting: false,
          columnDrag: false,
          rowDrag: false,
          allowInsertRow: false,
          allowManualInsertRow: false,
          allowInsertColumn: false,
          allowManualInsertColumn: false,
          allowDeleteRow: false,
          allowDeleteColumn: false,
          allowRenameColumn: false,
          allowComments: false,
          parseFormulas: false,
          parseHTML: false,
          selectionCopy: false,
          wordWrap: false,
        },
      ],
      onbeforechange(instance, _td, x, y, value) {
        const before = instance.options.data[y][x];
        if (value === before) return undefined;
        // Sent to the server as typed; the grid keeps its value until the server's state comes back.
        pending.push({ row: Number(y) + 1, col: Number(x) + 1, text: String(value ?? '') });
        setTimeout(flush, 0);
        return before;
      },
      onselection(_instance, x1, y1) {
        cursor = { row: y1 + 1, col: x1 + 1 };
        o.onCursor(cursor, cellAt(x1, y1));
        if (!restoring) o.onSelect(sheet.name, cursor.row, cursor.col);
      },
    });
    worksheet = spreadsheet[0];
    // The grid scrolls inside its box: focusable, so the keyboard can scroll it too (axe's
    // scrollable-region-focusable); its cells are reached with the arrow keys once one is selected.
    worksheet.content?.setAttribute('tabindex', '0');
    freezePanes(sheet.frozenRows, sheet.frozenColumns);
    if (sameSheet && worksheet.content) [worksheet.content.scrollLeft, worksheet.content.scrollTop] = scroll;
    if (active && active.sheet === sheet.name) cursor = { row: active.row, col: active.col };
    else if (!sameSheet) cursor = { row: 1, col: 1 };
    restoring = true;
    try {
      worksheet.updateSelectionFromCoords(cursor.col - 1, cursor.row - 1, cursor.col - 1, cursor.row - 1);
    } finally {
      restoring = false;
    }
    o.onCursor(cursor, cellAt(cursor.col - 1, cursor.row - 1));
  }

  return {
    render,
    get cursor() {
      return cursor;
    },
    get sheet() {
      return sheet;
    },
    /** Whether a cell editor is open (a key then belongs to it, not to the page's shortcuts). */
    get editing() {
      return Boolean(worksheet?.edition);
    },
  };
}
