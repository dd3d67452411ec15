/** SpreadsheetApp.Spreadsheet: sheets, selection, named ranges, protections, document properties. */
import { shiftRef } from './a1';
import { GasObject, unwrap } from './calls';
import { outList, type Env } from './env';
import { DeveloperMetadataFinder } from './metadata';
import { Protection } from './protection';
import type { Range } from './range';
import { Sheet } from './sheet';
import type { ChartData, NamedRangeData, ProtectionData, RangeRef } from './types';

export class Spreadsheet extends GasObject {
  get _cls(): string {
    return 'Spreadsheet';
  }

  _sheets: Sheet[] = [];
  _active!: Sheet;
  _activeRange: RangeRef | null = null;
  _currentCell: { row: number; col: number } | null = null;
  _named: NamedRangeData[] = [];
  _protections: ProtectionData[] = [];
  /** Document properties live with the document (they are part of the snapshot). */
  _docProps = new Map<string, string>();
  _nextSheetId = 0;
  _nextObjectId = 1;

  constructor(
    readonly _env: Env,
    public _id: string,
    public _name: string,
    public _locale: string,
    public _timeZone: string,
  ) {
    super();
  }

  // ---- internal helpers -------------------------------------------------------------------------

  _sheetByName(name: string): Sheet | null {
    // Sheet names are unique case-insensitively in Sheets; lookups ignore case too.
    const exact = this._sheets.find((s) => s._name === name);
    return exact ?? this._sheets.find((s) => s._name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  _sheetById(id: number): Sheet | null {
    return this._sheets.find((s) => s._id === id) ?? null;
  }

  _checkNewName(name: string): void {
    if (this._sheets.some((s) => s._name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** Adds a sheet without counting a call (used by the fake itself and by restore). */
  _addSheet(name: string, index?: number, id?: number): Sheet {
    const sheet = new Sheet(this, id ?? this._nextSheetId++, name);
    if (id !== undefined) this._nextSheetId = Math.max(this._nextSheetId, id + 1);
    if (index === undefined || index >= this._sheets.length) this._sheets.push(sheet);
    else this._sheets.splice(Math.max(0, index), 0, sheet);
    if (!this._active) this._active = sheet;
    return sheet;
  }

  _defaultSheetName(): string {
    // New sheets are called "Feuille N" in a French spreadsheet, "SheetN" in English.
    const fr = this._locale.toLowerCase().startsWith('fr');
    for (let n = this._sheets.length + 1; ; n++) {
      const name = fr ? `Feuille ${n}` : `Sheet${n}`;
      if (!this._sheetByName(name)) return name;
    }
  }

  _rangeFromRef(ref: RangeRef): Range | null {
    const sheet = this._sheetById(ref.sheetId);
    if (!sheet) return null;
    try {
      return sheet._makeRange(ref.row, ref.col, ref.numRows, ref.numCols);
    } catch {
      return null;
    }
  }

  _activate(sheet: Sheet, ref: RangeRef | null, cell: { row: number; col: number } | null): void {
    this._active = sheet;
    this._activeRange = ref;
    this._currentCell = cell;
  }

  _addProtection(type: 'RANGE' | 'SHEET', sheet: Sheet, ref: RangeRef | null): Protection {
    const data: ProtectionData = {
      id: this._nextObjectId++,
      type,
      sheetId: sheet._id,
      ref,
      description: '',
      warningOnly: false,
      editors: [],
      domainEdit: true,
      unprotected: [],
    };
    this._protections.push(data);
    return this._protectionView(data);
  }

  _protectionView(data: ProtectionData): Protection {
    return this._env.wrap(new Protection(this._env, data));
  }

  _removeProtection(data: ProtectionData): void {
    this._protections = this._protections.filter((p) => p.id !== data.id);
  }

  _protectionsOf(type: string, sheet: Sheet | null): Protection[] {
    const t = String(type);
    if (t !== 'RANGE' && t !== 'SHEET') throw new Error(`The parameters (${t}) don't match the method signature for getProtections.`);
    return outList(
      this._env,
      this._protections.filter((p) => p.type === t && (!sheet || p.sheetId === sheet._id)).map((p) => this._protectionView(p)),
    );
  }

  _namedRangesOf(sheet: Sheet | null): NamedRange[] {
    return outList(
      this._env,
      this._named.filter((n) => !sheet || n.ref.sheetId === sheet._id).map((n) => this._env.wrap(new NamedRange(this._env, n))),
    );
  }

  _chartById(id: number): ChartData | null {
    for (const s of this._sheets) {
      const c = s._charts.find((x) => x.id === id);
      if (c) return c;
    }
    return null;
  }

  /** Moves stored references after rows/columns were inserted or deleted on `sheet` (see shiftRef). */
  _shiftRefs(sheet: Sheet, dim: 'row' | 'col', at: number, count: number): void {
    const mine = (r: RangeRef): boolean => r.sheetId === sheet._id;
    this._named = this._named.filter((n) => !mine(n.ref) || shiftRef(n.ref, dim, at, count));
    this._protections = this._protections.filter((p) => {
      p.unprotected = p.unprotected.filter((r) => !mine(r) || shiftRef(r, dim, at, count));
      return !p.ref || !mine(p.ref) || shiftRef(p.ref, dim, at, count);
    });
    sheet._condFormats = sheet._condFormats.filter((rule) => {
      rule.ranges = rule.ranges.filter((r) => !mine(r) || shiftRef(r, dim, at, count));
      return rule.ranges.length > 0;
    });
    for (const s of this._sheets) {
      for (const c of s._charts) c.ranges = c.ranges.filter((r) => !mine(r) || shiftRef(r, dim, at, count));
    }
    if (this._activeRange && mine(this._activeRange) && !shiftRef(this._activeRange, dim, at, count)) {
      this._activeRange = null;
      this._currentCell = null;
    }
  }

  // ---- GAS methods ------------------------------------------------------------------------------

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  rename(newName: string): void {
    this._name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this._timeZone = String(timezone);
  }

  getSheets(): Sheet[] {
    return outList(
      this._env,
      this._sheets.map((s) => this._env.wrap(s)),
    );
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    return this._sheetByName(String(name));
  }
  getSheetById(id: number): Sheet | null {
    return this._sheetById(id);
  }
  /** Finds the sheets' developer metadata (the only location the fake models). */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(() => this._sheets);
  }

  /**
   * insertSheet() | insertSheet(name) | insertSheet(index) | insertSheet(name, index).
   * `index` is 0-based (0 = first tab). The new sheet becomes the active sheet, as in Sheets.
   */
  insertSheet(a?: string | number, b?: number): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') index = a;
    const n = name === undefined || name === '' ? this._defaultSheetName() : name;
    this._checkNewName(n);
    const sheet = this._addSheet(n, index);
    this._activate(sheet, null, null);
    return sheet;
  }

  deleteSheet(sheet: Sheet): void {
    const raw = unwrap(sheet);
    if (!this._sheets.includes(raw)) throw new Error('Sheet not found in this spreadsheet.');
    if (this._sheets.length === 1) {
      throw new Error('Sorry, it is not possible to delete all non-hidden sheets in a document. At least one non-hidden sheet must remain.');
    }
    const i = this._sheets.indexOf(raw);
    this._sheets.splice(i, 1);
    this._named = this._named.filter((n) => n.ref.sheetId !== raw._id);
    this._protections = this._protections.filter((p) => p.sheetId !== raw._id);
    for (const s of this._sheets) s._charts = s._charts.filter((c) => c.ranges.every((r) => r.sheetId !== raw._id));
    if (this._active === raw) this._activate(this._sheets[Math.max(0, i - 1)], null, null);
  }

  getActiveSheet(): Sheet {
    return this._active;
  }
  setActiveSheet(sheet: Sheet, restoreSelection?: boolean): Sheet {
    void restoreSelection;
    const raw = unwrap(sheet);
    if (!this._sheets.includes(raw)) throw new Error('Sheet not found in this spreadsheet.');
    this._activate(raw, null, null);
    return raw;
  }
  /** The selection: A1 of the active sheet until something is activated (see the fake's `select`). */
  getActiveRange(): Range | null {
    if (this._activeRange) return this._rangeFromRef(this._activeRange);
    return this._active._makeRange(1, 1, 1, 1);
  }
  setActiveRange(range: Range): Range {
    const r = unwrap(range);
    this._activate(r._sheet, r._ref(), { row: r._row, col: r._col });
    return r;
  }
  getCurrentCell(): Range | null {
    const c = this._currentCell ?? (this._activeRange ? { row: this._activeRange.row, col: this._activeRange.col } : { row: 1, col: 1 });
    return this._active._makeRange(c.row, c.col, 1, 1);
  }
  setCurrentCell(cell: Range): Range {
    const r = unwrap(cell);
    this._active = r._sheet;
    this._currentCell = { row: r._row, col: r._col };
    return r;
  }
  /** getRange("Sheet!A1:B2") or a range of the active sheet. */
  getRange(a1Notation: string): Range {
    return this._active._rangeFromA1(a1Notation);
  }
  getDataRange(): Range {
    return this._active.getDataRange();
  }
  getLastRow(): number {
    return this._active._lastRow();
  }
  getLastColumn(): number {
    return this._active._lastCol();
  }

  getNamedRanges(): NamedRange[] {
    return this._namedRangesOf(null);
  }
  /**
   * Names a range. Names follow Sheets' rules (letters, digits, `_`, `.`; not starting with a digit;
   * not a cell reference; no spaces). Re-using an existing name moves it (fake's choice).
   */
  setNamedRange(name: string, range: Range): void {
    const n = String(name);
    checkRangeName(n);
    const ref = unwrap(range)._ref();
    const existing = this._named.find((x) => x.name.toLowerCase() === n.toLowerCase());
    if (existing) existing.ref = ref;
    else this._named.push({ name: n, ref });
  }
  getRangeByName(name: string): Range | null {
    const n = this._named.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
    return n ? this._rangeFromRef(n.ref) : null;
  }
  removeNamedRange(name: string): void {
    this._named = this._named.filter((x) => x.name.toLowerCase() !== String(name).toLowerCase());
  }

  getProtections(type: string): Protection[] {
    return this._protectionsOf(type, null);
  }

  /** Recorded in `fake.ui.toasts`. */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this._env.ui.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? null : String(title),
      timeoutSeconds: timeoutSeconds === undefined ? null : timeoutSeconds,
    });
  }
}

export function checkRangeName(name: string): void {
  const ok =
    name.length > 0 &&
    name.length <= 250 &&
    /^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && // looks like a cell (A1)
    !/^R[0-9]*C[0-9]*$/i.test(name) && // looks like R1C1
    !/^(true|false)$/i.test(name);
  // Fake's wording (Sheets' exact text is not documented).
  if (!ok) throw new Error(`The range name "${name}" is not valid.`);
}

export class NamedRange extends GasObject {
  get _cls(): string {
    return 'NamedRange';
  }
  constructor(
    private readonly _env: Env,
    private readonly _data: NamedRangeData,
  ) {
    super();
  }
  getName(): string {
    return this._data.name;
  }
  setName(name: string): this {
    const n = String(name);
    checkRangeName(n);
    this._data.name = n;
    return this;
  }
  getRange(): Range | null {
    return this._env.book()._rangeFromRef(this._data.ref);
  }
  setRange(range: Range): this {
    this._data.ref = unwrap(range)._ref();
    return this;
  }
  remove(): void {
    const book = this._env.book();
    book._named = book._named.filter((n) => n !== this._data);
  }
}
