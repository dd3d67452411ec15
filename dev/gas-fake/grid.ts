/**
 * Dense per-sheet storage of one cell attribute (values, formulas, notes, formats, validations, a style).
 *
 * Rows are JS arrays allocated on first write and only as long as their last written column, so a
 * 10,000 × 30 block read/write is a pair of nested loops over arrays (no Map lookups, no strings).
 * All coordinates are 1-based like Apps Script.
 */
export class Layer<T> {
  /** rows[r - 1] is row r, or undefined when nothing was ever written on it. */
  rows: (T[] | undefined)[] = [];

  constructor(readonly empty: T) {}

  get(row: number, col: number): T {
    const r = this.rows[row - 1];
    if (!r || col > r.length) return this.empty;
    return r[col - 1];
  }

  set(row: number, col: number, v: T): void {
    let r = this.rows[row - 1];
    if (!r) {
      if (v === this.empty) return;
      while (this.rows.length < row - 1) this.rows.push(undefined);
      r = [];
      this.rows[row - 1] = r;
    }
    if (col > r.length) {
      if (v === this.empty) return;
      while (r.length < col - 1) r.push(this.empty);
      r.push(v);
      return;
    }
    r[col - 1] = v;
  }

  /** The array of row `row`, created and padded with `empty` up to `minLength` cells (fast bulk writes). */
  rowFor(row: number, minLength: number): T[] {
    let r = this.rows[row - 1];
    if (!r) {
      while (this.rows.length < row - 1) this.rows.push(undefined);
      r = [];
      this.rows[row - 1] = r;
    }
    while (r.length < minLength) r.push(this.empty);
    return r;
  }

  /** Reads a block, mapping every cell (the mapper is where copies are made). */
  read<U>(row: number, col: number, numRows: number, numCols: number, map: (v: T) => U): U[][] {
    const out: U[][] = new Array(numRows);
    const emptyMapped = map(this.empty);
    for (let i = 0; i < numRows; i++) {
      const src = this.rows[row - 1 + i];
      const line: U[] = new Array(numCols);
      if (!src) {
        for (let j = 0; j < numCols; j++) line[j] = emptyMapped;
      } else {
        for (let j = 0; j < numCols; j++) {
          const k = col - 1 + j;
          line[j] = k < src.length ? map(src[k]) : emptyMapped;
        }
      }
      out[i] = line;
    }
    return out;
  }

  /** Sets every cell of a block to `produce(i, j)` (0-based offsets inside the block). */
  fill(row: number, col: number, numRows: number, numCols: number, produce: (i: number, j: number) => T): void {
    for (let i = 0; i < numRows; i++) {
      for (let j = 0; j < numCols; j++) this.set(row + i, col + j, produce(i, j));
    }
  }

  clear(row: number, col: number, numRows: number, numCols: number): void {
    const end = Math.min(this.rows.length, row - 1 + numRows);
    for (let i = row - 1; i < end; i++) {
      const r = this.rows[i];
      if (!r) continue;
      const stop = Math.min(r.length, col - 1 + numCols);
      for (let k = col - 1; k < stop; k++) r[k] = this.empty;
    }
  }

  /** Last 1-based row having a cell different from `empty` (0 when none). */
  lastRow(): number {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      const r = this.rows[i];
      if (r && r.some((v) => v !== this.empty)) return i + 1;
    }
    return 0;
  }

  /** Last 1-based column having a cell different from `empty` (0 when none). */
  lastCol(): number {
    let max = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let k = r.length - 1; k >= max; k--) {
        if (r[k] !== this.empty) {
          max = k + 1;
          break;
        }
      }
    }
    return max;
  }

  isEmpty(): boolean {
    return this.lastRow() === 0;
  }

  insertRows(at: number, count: number): void {
    if (this.rows.length < at) return;
    // concat rather than splice(...spread): counts can exceed the engine's argument limit.
    this.rows = this.rows.slice(0, at - 1).concat(new Array<undefined>(count).fill(undefined), this.rows.slice(at - 1));
  }

  deleteRows(at: number, count: number): void {
    if (this.rows.length < at) return;
    this.rows.splice(at - 1, count);
  }

  insertCols(at: number, count: number): void {
    for (const r of this.rows) {
      if (r && r.length >= at) {
        const tail = r.splice(at - 1);
        for (let k = 0; k < count; k++) r.push(this.empty);
        for (const v of tail) r.push(v);
      }
    }
  }

  deleteCols(at: number, count: number): void {
    for (const r of this.rows) {
      if (r && r.length >= at) r.splice(at - 1, count);
    }
  }

  /** Reorders whole rows: new row (start + i) = old row (start + order[i]). */
  permuteRows(start: number, order: number[]): void {
    while (this.rows.length < start - 1 + order.length) this.rows.push(undefined);
    const old = this.rows.slice(start - 1, start - 1 + order.length);
    for (let i = 0; i < order.length; i++) this.rows[start - 1 + i] = old[order[i]];
  }

  /** Reorders rows only inside columns col..col+numCols-1 (Range.sort). */
  permuteBlock(start: number, col: number, numCols: number, order: number[]): void {
    const old = this.read(start, col, order.length, numCols, (v) => v);
    this.fill(start, col, order.length, numCols, (i, j) => old[order[i]][j]);
  }

  /** Dense copy trimmed to the used area, or null when the layer is empty (for snapshots). */
  toDense<U>(map: (v: T) => U): U[][] | null {
    const lr = this.lastRow();
    if (lr === 0) return null;
    const out: U[][] = [];
    for (let i = 0; i < lr; i++) {
      const r = this.rows[i];
      if (!r) {
        out.push([]);
        continue;
      }
      let len = r.length;
      while (len > 0 && r[len - 1] === this.empty) len--;
      const line: U[] = new Array(len);
      for (let k = 0; k < len; k++) line[k] = map(r[k]);
      out.push(line);
    }
    return out;
  }

  loadDense<U>(dense: U[][], map: (u: U) => T): void {
    this.rows = dense.map((line) => (line.length === 0 ? undefined : line.map(map)));
  }
}
