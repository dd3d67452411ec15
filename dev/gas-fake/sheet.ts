/** SpreadsheetApp.Sheet: the grid (dense layers), its size, frozen panes, rules, charts and protections. */
import { lastSpilledColumn } from './array-literals';
import { CLOSED, formatA1, parseA1, type OpenBounds } from './a1';
import { ConditionalFormatRule, violates } from './builders';
import { GasObject, unwrap } from './calls';
import { EmbeddedChart, EmbeddedChartBuilder } from './charts';
import { outList, type Env } from './env';
import { Layer } from './grid';
import { addSheetMetadata, DeveloperMetadata, DeveloperMetadataFinder, type MetadataData } from './metadata';
import type { NamedRange, Spreadsheet } from './spreadsheet';
import type { Protection } from './protection';
import { RangeList } from './range-list';
import { OUTSIDE_SHEET, Range, STYLE_DEFAULTS, sortOrder, type SortKey } from './range';
import type { CellValue, ChartData, CondFormatData, ValidationData } from './types';
import { gasTypeName, parseInput, type ParsedInput } from './values';

export type StyleValue = string | number | boolean | null;

/** Operations every layer supports whatever its cell type (used for row/column structure changes). */
type StructuralLayer = Pick<Layer<unknown>, 'insertRows' | 'deleteRows' | 'insertCols' | 'deleteCols' | 'permuteRows' | 'permuteBlock'>;

/** Size of a new sheet in Google Sheets. */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;

export class Sheet extends GasObject {
  get _cls(): string {
    return 'Sheet';
  }

  _values = new Layer<CellValue>('');
  _formulas = new Layer<string>('');
  /** Cells holding a formula engine's spilled result (not user data), set by setComputedValue. */
  _computed = new Layer<boolean>(false);
  _notes = new Layer<string>('');
  _formats = new Layer<string | null>(null);
  _validations = new Layer<ValidationData | null>(null);
  _styles = new Map<string, Layer<StyleValue>>();
  _maxRows = DEFAULT_ROWS;
  _maxCols = DEFAULT_COLS;
  _frozenRows = 0;
  _frozenCols = 0;
  _tabColor: string | null = null;
  _hidden = false;
  _colWidths = new Map<number, number>();
  _rowHeights = new Map<number, number>();
  _hiddenCols = new Set<number>();
  _hiddenRows = new Set<number>();
  _condFormats: CondFormatData[] = [];
  _charts: ChartData[] = [];
  _metadata: MetadataData[] = [];

  constructor(
    readonly _ss: Spreadsheet,
    readonly _id: number,
    public _name: string,
  ) {
    super();
  }

  get _env(): Env {
    return this._ss._env;
  }

  _layers(): StructuralLayer[] {
    return [this._values, this._formulas, this._computed, this._notes, this._formats, this._validations, ...this._styles.values()];
  }

  _styleLayer(name: string): Layer<StyleValue> {
    let l = this._styles.get(name);
    if (!l) {
      l = new Layer<StyleValue>(null);
      this._styles.set(name, l);
    }
    return l;
  }

  _getStyle(name: string, row: number, col: number): StyleValue {
    return this._styles.get(name)?.get(row, col) ?? STYLE_DEFAULTS[name] ?? null;
  }

  _changed(row: number, col: number, numRows: number, numCols: number): void {
    // What a person (or the add-on) writes over a spilled result becomes data, as in Sheets.
    if (this._computed.rows.length > 0) this._computed.clear(row, col, numRows, numCols);
    this._env.hooks.onCellsChanged?.({ sheet: this._name, row, col, numRows, numCols });
  }

  /**
   * Rows or columns inserted or deleted: every cell may have moved, but nothing was written over a
   * spilled result, which stays computed (Sheets recomputes it; setup adding columns after a block
   * must not turn its results into data that would block the next spill).
   */
  _moved(): void {
    this._env.hooks.onCellsChanged?.({ sheet: this._name, row: 1, col: 1, numRows: this._maxRows, numCols: this._maxCols });
  }

  /** One input as the cell at (row, col) reads it: its number format decides what a leading `'` does (values.ts). */
  _parse(v: unknown, row: number, col: number): ParsedInput {
    return parseInput(v, this._formats.get(row, col));
  }

  /** A block of raw inputs parsed cell by cell, from (row, col). */
  _parseBlock(row: number, col: number, data: readonly (readonly unknown[])[]): ParsedInput[][] {
    return data.map((r, i) => r.map((v, j) => this._parse(v, row + i, col + j)));
  }

  /**
   * Writes parsed inputs. Like Sheets, a write that breaks a "reject input" validation
   * (allowInvalid = false) throws and writes nothing; formulas are not checked (no evaluation).
   */
  _writeInputs(row: number, col: number, cells: ParsedInput[][], validate = true): void {
    if (validate && this._validations.rows.length > 0) {
      for (let i = 0; i < cells.length; i++) {
        for (let j = 0; j < cells[i].length; j++) {
          const rule = this._validations.get(row + i, col + j);
          const cell = cells[i][j];
          if (rule && !cell.formula && violates(rule, cell.value)) {
            throw new Error(`The data you entered in cell ${formatA1(row + i, col + j, 1, 1)} violates the data validation rules set on this cell.`);
          }
        }
      }
    }
    for (let i = 0; i < cells.length; i++) {
      const line = cells[i];
      for (let j = 0; j < line.length; j++) {
        this._values.set(row + i, col + j, line[j].value);
        this._formulas.set(row + i, col + j, line[j].formula);
      }
    }
    if (cells.length > 0) this._changed(row, col, cells.length, cells[0].length);
  }

  /**
   * Bulk write of raw inputs (setValues): the same rules as parseInput, inlined for the common
   * string/number/boolean cases so a 10,000 × 30 block does not allocate one object per cell.
   */
  _writeValues(row: number, col: number, data: unknown[][]): void {
    if (this._validations.rows.length > 0) {
      this._writeInputs(row, col, this._parseBlock(row, col, data));
      return;
    }
    const nc = data.length > 0 ? data[0].length : 0;
    const formulas = this._formulas;
    for (let i = 0; i < data.length; i++) {
      const src = data[i];
      const dst = this._values.rowFor(row + i, col - 1 + nc);
      const hasFormulaRow = formulas.rows[row + i - 1] !== undefined;
      for (let j = 0; j < nc; j++) {
        const v = src[j];
        let value: CellValue;
        let formula = '';
        if (typeof v === 'number' || typeof v === 'boolean') value = v;
        else if (typeof v === 'string') {
          if (v.length > 0 && v.charCodeAt(0) === 61 /* = */) {
            value = '';
            formula = v;
          } else if (v.length > 0 && v.charCodeAt(0) === 39 /* ' */) value = this._parse(v, row + i, col + j).value;
          else value = v;
        } else {
          const p = parseInput(v);
          value = p.value;
          formula = p.formula;
        }
        dst[col - 1 + j] = value;
        if (formula !== '' || hasFormulaRow) formulas.set(row + i, col + j, formula);
      }
    }
    if (data.length > 0) this._changed(row, col, data.length, nc);
  }

  _clearContent(row: number, col: number, numRows: number, numCols: number): void {
    this._values.clear(row, col, numRows, numCols);
    this._formulas.clear(row, col, numRows, numCols);
    this._changed(row, col, numRows, numCols);
  }

  _clearFormats(row: number, col: number, numRows: number, numCols: number): void {
    this._formats.clear(row, col, numRows, numCols);
    for (const l of this._styles.values()) l.clear(row, col, numRows, numCols);
  }

  /** Builds a range after Sheets' argument checks (1-based, inside the grid). */
  _makeRange(row: number, col: number, numRows: number, numCols: number, open: OpenBounds = CLOSED): Range {
    for (const v of [row, col, numRows, numCols]) {
      if (typeof v !== 'number')
        throw new Error(
          `The parameters (${[row, col, numRows, numCols].map(gasTypeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
        );
      if (Number.isNaN(v)) throw new Error('Cannot convert NaN to (class).');
    }
    // GAS truncates fractional coordinates to integers.
    const [r, c, nr, nc] = [row, col, numRows, numCols].map(Math.trunc);
    if (nr < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (nc < 1) throw new Error('The number of columns in the range must be at least 1.');
    // Sheets refuses ranges that start before row/column 1 or end past the grid (getMaxRows/getMaxColumns).
    if (r < 1 || c < 1 || r + nr - 1 > this._maxRows || c + nc - 1 > this._maxCols) throw new Error(OUTSIDE_SHEET);
    return new Range(this, r, c, nr, nc, open);
  }

  _rangeFromA1(a1: string): Range {
    const p = parseA1(String(a1));
    if (!p) throw new Error('Range not found');
    let sheet: Sheet = this;
    if (p.sheetName !== null && p.sheetName.toLowerCase() !== this._name.toLowerCase()) {
      const other = this._ss._sheetByName(p.sheetName);
      if (!other) throw new Error('Range not found');
      sheet = other;
    }
    const startRow = p.startRow ?? 1;
    const startCol = p.startCol ?? 1;
    const endRow = p.endRow ?? sheet._maxRows;
    const endCol = p.endCol ?? sheet._maxCols;
    if (startRow > sheet._maxRows || startCol > sheet._maxCols) throw new Error(OUTSIDE_SHEET);
    const open: OpenBounds = {
      rowsOpen: p.startRow === null && p.startCol !== null,
      endRowOpen: p.startRow !== null && p.endRow === null,
      colsOpen: p.startCol === null,
    };
    return sheet._makeRange(startRow, startCol, endRow - startRow + 1, endCol - startCol + 1, open);
  }

  _lastRow(): number {
    return Math.max(this._values.lastRow(), this._formulas.lastRow());
  }

  _lastCol(): number {
    return Math.max(this._values.lastCol(), this._formulas.lastCol(), lastSpilledColumn(this));
  }

  _sortBlock(row: number, col: number, numRows: number, numCols: number, keys: SortKey[]): void {
    if (numRows < 2) return;
    const vals = this._values.read(row, col, numRows, numCols, (v) => v);
    const order = sortOrder(vals, keys);
    for (const l of this._layers()) l.permuteBlock(row, col, numCols, order);
    this._changed(row, col, numRows, numCols);
  }

  // ---- identity ---------------------------------------------------------------------------------

  getName(): string {
    return this._name;
  }
  getSheetName(): string {
    return this._name;
  }
  setName(name: string): this {
    const n = String(name);
    if (n.toLowerCase() !== this._name.toLowerCase()) this._ss._checkNewName(n);
    this._name = n;
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  /** 1-based position among the sheets. */
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this._ss;
  }
  getType(): string {
    return 'GRID';
  }
  activate(): this {
    this._ss._activate(this, null, null);
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }
  setTabColor(color: string | null): this {
    this._tabColor = color === null || color === undefined ? null : String(color);
    return this;
  }
  hideSheet(): this {
    if (this._ss._sheets.filter((s) => !s._hidden).length <= 1 && !this._hidden) {
      throw new Error('Sorry, it is not possible to hide all non-hidden sheets in a document. At least one non-hidden sheet must remain.');
    }
    this._hidden = true;
    return this;
  }
  showSheet(): this {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }

  // ---- ranges -----------------------------------------------------------------------------------

  /** getRange(a1) | getRange(row, column, numRows = 1, numColumns = 1). */
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') return this._rangeFromA1(a);
    return this._makeRange(a, column as number, numRows ?? 1, numColumns ?? 1);
  }
  /** One call for `getRange(row, column, numRows, numColumns).getValues()`: Apps Script's Sheet.getSheetValues. */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this._makeRange(startRow, startColumn, numRows, numColumns).getValues();
  }
  /** Several A1 ranges of this sheet, set together (RangeList's setters: one call for all). */
  getRangeList(a1Notations: string[]): RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) throw new Error("The parameters () don't match the method signature for Sheet.getRangeList.");
    return new RangeList(
      this._env,
      a1Notations.map((a1) => this._rangeFromA1(a1)),
    );
  }
  /** A1 to the last row/column with content (A1 alone on an empty sheet). */
  getDataRange(): Range {
    return this._makeRange(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastCol()));
  }
  /** Last row holding a value or a formula; 0 when the sheet is empty. */
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastCol();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  getActiveRange(): Range | null {
    const ref = this._ss._activeRange;
    if (ref && ref.sheetId === this._id) return this._ss._rangeFromRef(ref);
    return this._ss._active === this ? this._makeRange(1, 1, 1, 1) : null;
  }
  getNamedRanges(): NamedRange[] {
    return this._ss._namedRangesOf(this);
  }

  // ---- structure: rows and columns --------------------------------------------------------------

  private _insert(dim: 'row' | 'col', at: number, count: number): void {
    const max = dim === 'row' ? this._maxRows : this._maxCols;
    if (!Number.isInteger(at) || at < 1 || at > max + 1) throw new Error(OUTSIDE_SHEET);
    if (!Number.isInteger(count) || count < 1) throw new Error(`The number of ${dim === 'row' ? 'rows' : 'columns'} to insert must be at least 1.`);
    for (const l of this._layers()) {
      if (dim === 'row') l.insertRows(at, count);
      else l.insertCols(at, count);
    }
    if (dim === 'row') {
      this._maxRows += count;
      if (at <= this._frozenRows) this._frozenRows += count;
      this._rowHeights = shiftMap(this._rowHeights, at, count);
      this._hiddenRows = shiftSet(this._hiddenRows, at, count);
    } else {
      this._maxCols += count;
      if (at <= this._frozenCols) this._frozenCols += count;
      this._colWidths = shiftMap(this._colWidths, at, count);
      this._hiddenCols = shiftSet(this._hiddenCols, at, count);
    }
    this._ss._shiftRefs(this, dim, at, count);
    this._moved();
  }

  private _delete(dim: 'row' | 'col', at: number, count: number): void {
    const max = dim === 'row' ? this._maxRows : this._maxCols;
    if (!Number.isInteger(at) || !Number.isInteger(count) || at < 1 || count < 1 || at + count - 1 > max) throw new Error(OUTSIDE_SHEET);
    const frozen = dim === 'row' ? this._frozenRows : this._frozenCols;
    if (max - count <= frozen) {
      throw new Error(`Sorry, it is not possible to delete all non-frozen ${dim === 'row' ? 'rows' : 'columns'}.`);
    }
    for (const l of this._layers()) {
      if (dim === 'row') l.deleteRows(at, count);
      else l.deleteCols(at, count);
    }
    const frozenLost = Math.max(0, Math.min(frozen, at + count - 1) - at + 1);
    if (dim === 'row') {
      this._maxRows -= count;
      this._frozenRows -= frozenLost;
      this._rowHeights = shiftMap(this._rowHeights, at, -count);
      this._hiddenRows = shiftSet(this._hiddenRows, at, -count);
    } else {
      this._maxCols -= count;
      this._frozenCols -= frozenLost;
      this._colWidths = shiftMap(this._colWidths, at, -count);
      this._hiddenCols = shiftSet(this._hiddenCols, at, -count);
    }
    this._ss._shiftRefs(this, dim, at, -count);
    this._moved();
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this._maxRows) throw new Error(OUTSIDE_SHEET);
    this._insert('row', afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    if (beforePosition < 1 || beforePosition > this._maxRows) throw new Error(OUTSIDE_SHEET);
    this._insert('row', beforePosition, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  /** insertRows(rowIndex, numRows = 1): inserts before rowIndex. */
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this._maxCols) throw new Error(OUTSIDE_SHEET);
    this._insert('col', afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    if (beforePosition < 1 || beforePosition > this._maxCols) throw new Error(OUTSIDE_SHEET);
    this._insert('col', beforePosition, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._delete('row', rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this._delete('row', rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._delete('col', columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this._delete('col', columnPosition, 1);
    return this;
  }

  /** Writes after the last row with content, growing the grid as needed (the only write that grows it). */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) {
      throw new Error(`The parameters (${gasTypeName(rowContents)}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`);
    }
    const row = this._lastRow() + 1;
    if (row > this._maxRows) this._insert('row', this._maxRows + 1, row - this._maxRows);
    if (rowContents.length > this._maxCols) this._insert('col', this._maxCols + 1, rowContents.length - this._maxCols);
    if (rowContents.length > 0) this._writeInputs(row, 1, this._parseBlock(row, 1, [rowContents]));
    return this;
  }

  /**
   * Sorts the sheet by a column like "Sort sheet" in Sheets: frozen rows (the header) stay in place,
   * rows frozenRows+1 .. getLastRow() move as whole rows (values, formulas, notes, formats, validations).
   */
  sort(columnPosition: number, ascending = true): this {
    if (!Number.isInteger(columnPosition) || columnPosition < 1 || columnPosition > this._maxCols) throw new Error(OUTSIDE_SHEET);
    const start = this._frozenRows + 1;
    const end = this._lastRow();
    if (end - start + 1 < 2) return this;
    const col = this._values.read(start, columnPosition, end - start + 1, 1, (v) => v);
    const order = sortOrder(col, [{ offset: 0, ascending: ascending !== false }]);
    for (const l of this._layers()) l.permuteRows(start, order);
    // Spilled results moved along stay computed (Sheets recomputes them; a sort never makes them data).
    this._env.hooks.onCellsChanged?.({ sheet: this._name, row: start, col: 1, numRows: end - start + 1, numCols: this._maxCols });
    return this;
  }

  /** Sheet.clear(options?): contents and formats by default (validations and notes stay unless asked). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): this {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!any || o.contentsOnly) this._clearContent(1, 1, this._maxRows, this._maxCols);
    if (!any || o.formatOnly) this._clearFormats(1, 1, this._maxRows, this._maxCols);
    if (o.validationsOnly) this._validations.clear(1, 1, this._maxRows, this._maxCols);
    if (o.commentsOnly) this._notes.clear(1, 1, this._maxRows, this._maxCols);
    return this;
  }
  clearContents(): this {
    this._clearContent(1, 1, this._maxRows, this._maxCols);
    return this;
  }
  clearFormats(): this {
    this._clearFormats(1, 1, this._maxRows, this._maxCols);
    return this;
  }
  clearNotes(): this {
    this._notes.clear(1, 1, this._maxRows, this._maxCols);
    return this;
  }

  // ---- frozen panes, sizes, visibility ----------------------------------------------------------

  setFrozenRows(rows: number): void {
    if (!Number.isInteger(rows) || rows < 0 || rows >= this._maxRows) throw new Error(OUTSIDE_SHEET);
    this._frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    if (!Number.isInteger(columns) || columns < 0 || columns >= this._maxCols) throw new Error(OUTSIDE_SHEET);
    this._frozenCols = columns;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  getFrozenColumns(): number {
    return this._frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this._colWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._colWidths.set(c, width);
    return this;
  }
  /** 100 px is Sheets' default column width. */
  getColumnWidth(columnPosition: number): number {
    return this._colWidths.get(columnPosition) ?? 100;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this._rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this._rowHeights.set(r, height);
    return this;
  }
  /** 21 px is Sheets' default row height. */
  getRowHeight(rowPosition: number): number {
    return this._rowHeights.get(rowPosition) ?? 21;
  }
  /** No text measurement in the fake: the call is only recorded (counted). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    void startColumn;
    void numColumns;
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    void columnPosition;
    return this;
  }
  autoResizeRows(startRow: number, numRows: number): this {
    void startRow;
    void numRows;
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenCols.delete(c);
  }
  hideColumn(column: Range): void {
    const r = unwrap(column);
    this.hideColumns(r._col, r._nc);
  }
  unhideColumn(column: Range): void {
    const r = unwrap(column);
    this.showColumns(r._col, r._nc);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenCols.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._hiddenRows.delete(r);
  }
  hideRow(row: Range): void {
    const r = unwrap(row);
    this.hideRows(r._row, r._nr);
  }
  unhideRow(row: Range): void {
    const r = unwrap(row);
    this.showRows(r._row, r._nr);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._hiddenRows.has(rowPosition);
  }

  // ---- protections, conditional formats, charts -------------------------------------------------

  /** A sheet has at most one SHEET protection: protect() returns the existing one if any. */
  protect(): Protection {
    const existing = this._ss._protections.find((p) => p.type === 'SHEET' && p.sheetId === this._id);
    return existing ? this._ss._protectionView(existing) : this._ss._addProtection('SHEET', this, null);
  }
  getProtections(type: string): Protection[] {
    return this._ss._protectionsOf(type, this);
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      throw new Error(`The parameters (${gasTypeName(rules)}) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.`);
    this._condFormats = rules.map((r) => structuredClone((unwrap(r) as ConditionalFormatRule)._data));
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return outList(
      this._env,
      this._condFormats.map((d) => this._env.wrap(new ConditionalFormatRule(this._env, structuredClone(d)))),
    );
  }
  clearConditionalFormatRules(): void {
    this._condFormats = [];
  }

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._env, null);
  }
  /** Inserts a built chart; it gets an id unique in the spreadsheet (also visible on the object passed). */
  insertChart(chart: EmbeddedChart): void {
    const raw = unwrap(chart);
    const data = structuredClone(raw._data);
    if (data.id === null || this._ss._chartById(data.id)) data.id = this._ss._nextObjectId++;
    raw._data.id = data.id;
    this._charts.push(data);
  }
  getCharts(): EmbeddedChart[] {
    return outList(
      this._env,
      this._charts.map((d) => this._env.wrap(new EmbeddedChart(this._env, structuredClone(d)))),
    );
  }
  addDeveloperMetadata(key: string, value?: string): Sheet {
    addSheetMetadata(this._ss, this, key, value);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return outList(
      this._env,
      // Wrapped (counted) as every object the code under test receives: its getKey/getValue are calls too.
      this._metadata.map((m) => this._env.wrap(new DeveloperMetadata(this, m))),
    );
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(() => [this]);
  }
  removeChart(chart: EmbeddedChart): void {
    const id = unwrap(chart)._data.id;
    this._charts = this._charts.filter((c) => c.id !== id);
  }
  /** Replaces the chart with the same id (a chart from `chart.modify()...build()`). */
  updateChart(chart: EmbeddedChart): void {
    const data = unwrap(chart)._data;
    const i = this._charts.findIndex((c) => c.id === data.id);
    if (data.id === null || i < 0) throw new Error('The chart does not exist in this sheet.');
    this._charts[i] = structuredClone(data);
  }
}

function shiftMap<V>(m: Map<number, V>, at: number, count: number): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of m) {
    if (k < at) out.set(k, v);
    else if (count > 0) out.set(k + count, v);
    else if (k >= at - count) out.set(k + count, v);
  }
  return out;
}

function shiftSet(s: Set<number>, at: number, count: number): Set<number> {
  return new Set(shiftMap(new Map([...s].map((k) => [k, true])), at, count).keys());
}
