/** Embedded charts: builder (Sheet.newChart / chart.modify) and the chart object; nothing is rendered. */
import { GasObject, unwrap } from './calls';
import { outList, type Env } from './env';
import type { Range } from './range';
import type { ChartData, Json } from './types';

function toJson(v: unknown): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(toJson);
  if (typeof v === 'object') {
    const o: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) o[k] = toJson(x);
    return o;
  }
  return String(v);
}

function fromJson(env: Env, v: Json): unknown {
  if (Array.isArray(v))
    return outList(
      env,
      v.map((x) => fromJson(env, x)),
    );
  if (v !== null && typeof v === 'object') return structuredClone(v);
  return v;
}

export class EmbeddedChartBuilder extends GasObject {
  get _cls(): string {
    return 'EmbeddedChartBuilder';
  }
  private _data: ChartData;

  constructor(
    private readonly _env: Env,
    from: ChartData | null,
  ) {
    super();
    this._data = from
      ? structuredClone(from)
      : { id: null, type: 'COLUMN', ranges: [], position: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, options: {}, numHeaders: -1, transpose: false };
  }

  setChartType(type: string): this {
    this._data.type = String(type);
    return this;
  }
  getChartType(): string {
    return this._data.type;
  }
  addRange(range: Range): this {
    this._data.ranges.push(unwrap(range)._ref());
    return this;
  }
  removeRange(range: Range): this {
    const ref = unwrap(range)._ref();
    this._data.ranges = this._data.ranges.filter((r) => JSON.stringify(r) !== JSON.stringify(ref));
    return this;
  }
  clearRanges(): this {
    this._data.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return rangesOf(this._env, this._data);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this._data.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this._data.options[String(option)] = toJson(value);
    return this;
  }
  setNumHeaders(headers: number): this {
    this._data.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this._data.transpose = Boolean(transpose);
    return this;
  }
  setHiddenDimensionStrategy(strategy: string): this {
    return this.setOption('hiddenDimensionStrategy', strategy);
  }
  setMergeStrategy(strategy: string): this {
    return this.setOption('mergeStrategy', strategy);
  }
  // The typed builders of GAS (EmbeddedBarChartBuilder, …) are the same builder here with the type set.
  asAreaChart(): this {
    return this.setChartType('AREA');
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asComboChart(): this {
    return this.setChartType('COMBO');
  }
  asHistogramChart(): this {
    return this.setChartType('HISTOGRAM');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  asScatterChart(): this {
    return this.setChartType('SCATTER');
  }
  asTableChart(): this {
    return this.setChartType('TABLE');
  }
  // Shortcuts of the typed builders, stored as the equivalent options.
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setLegendPosition(position: string): this {
    return this.setOption('legend.position', String(position).toLowerCase());
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setColors(colors: string[]): this {
    return this.setOption('colors', colors);
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this._env, structuredClone(this._data));
  }
}

function rangesOf(env: Env, data: ChartData): Range[] {
  const out: Range[] = [];
  for (const ref of data.ranges) {
    const r = env.book()._rangeFromRef(ref);
    if (r) out.push(env.wrap(r));
  }
  return outList(env, out);
}

export class EmbeddedChart extends GasObject {
  get _cls(): string {
    return 'EmbeddedChart';
  }
  constructor(
    private readonly _env: Env,
    readonly _data: ChartData,
  ) {
    super();
  }
  /** null until inserted (as in GAS, "null if the chart is not in a spreadsheet"). */
  getChartId(): number | null {
    return this._data.id;
  }
  getRanges(): Range[] {
    return rangesOf(this._env, this._data);
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this._env, this._data.options);
  }
  getNumHeaders(): number {
    return this._data.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._data.transpose;
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this._data.position);
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._env, this._data);
  }
}

export class ChartOptions extends GasObject {
  get _cls(): string {
    return 'ChartOptions';
  }
  constructor(
    private readonly _env: Env,
    private readonly _opts: Record<string, Json>,
  ) {
    super();
  }
  get(option: string): unknown {
    return Object.prototype.hasOwnProperty.call(this._opts, option) ? fromJson(this._env, this._opts[option]) : null;
  }
  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

export class ContainerInfo extends GasObject {
  get _cls(): string {
    return 'ContainerInfo';
  }
  constructor(private readonly _p: ChartData['position']) {
    super();
  }
  getAnchorRow(): number {
    return this._p.row;
  }
  getAnchorColumn(): number {
    return this._p.col;
  }
  getOffsetX(): number {
    return this._p.offsetX;
  }
  getOffsetY(): number {
    return this._p.offsetY;
  }
}
