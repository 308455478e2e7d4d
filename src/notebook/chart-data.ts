/**
 * Plot options on a table, as in Databricks' plot editor: keys on the x axis, values
 * aggregated per key, an optional series grouping that pivots one column into series,
 * and a histogram of one value column. Pure data shaping; the chart component draws it.
 */
import type { TableCellValue, TableOutput } from './table-output';
import { displayValue, isNumericType, numericValue } from './table-output';

export const chartKinds = ['bar', 'line', 'area', 'pie', 'scatter', 'histogram'] as const;
export type ChartKind = (typeof chartKinds)[number];
export const aggregations = ['sum', 'avg', 'count', 'min', 'max', 'none'] as const;
export type Aggregation = (typeof aggregations)[number];

export interface PlotOptions {
  readonly kind: ChartKind;
  /** Column on the x axis (categories for bar/pie); null plots rows in order. */
  readonly key: string | null;
  readonly values: readonly string[];
  /** Column whose distinct values become separate series. */
  readonly groupBy: string | null;
  readonly aggregation: Aggregation;
  readonly bins: number;
}

export interface ChartData {
  /** One object per x position: `x` plus one numeric field per series. */
  readonly points: readonly Record<string, string | number | null>[];
  readonly series: readonly string[];
  /** The x axis holds numbers (scatter, or a numeric key) rather than categories. */
  readonly numericX: boolean;
}

/** Databricks' defaults: first non-numeric column as key, first numeric as value, sum. */
export function defaultPlotOptions(table: TableOutput): PlotOptions {
  const numeric = table.columns.filter((c) => isNumericType(c.type)).map((c) => c.name);
  const other = table.columns.filter((c) => !isNumericType(c.type)).map((c) => c.name);
  return { kind: 'bar', key: other[0] ?? table.columns[0]?.name ?? null, values: numeric.slice(0, 1), groupBy: null, aggregation: 'sum', bins: 10 };
}

function aggregate(values: readonly number[], how: Aggregation, rows: number): number | null {
  if (how === 'count') return rows;
  if (values.length === 0) return null;
  switch (how) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'avg':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    case 'none':
      return values[values.length - 1]!;
  }
}

export function chartData(table: TableOutput, options: PlotOptions): ChartData {
  const col = (name: string | null) => (name === null ? -1 : table.columns.findIndex((c) => c.name === name));
  if (options.kind === 'histogram') return histogram(table, options);
  const keyAt = col(options.key);
  const groupAt = col(options.groupBy);
  const valueAts = options.values.map(col).filter((i) => i >= 0);
  const seriesName = (group: string | null, value: string) =>
    group === null ? value : valueAts.length > 1 ? `${group} ${value}` : group;
  // Without aggregation (or for scatter) every row is its own point.
  const perRow = options.aggregation === 'none' || options.kind === 'scatter';
  const buckets = new Map<string, { x: TableCellValue; cells: Map<string, { values: number[]; rows: number }> }>();
  const series: string[] = [];
  table.rows.forEach((row, r) => {
    const x = keyAt >= 0 ? (row[keyAt] ?? null) : r + 1;
    const bucketKey = perRow ? `#${r}` : displayValue(x);
    let bucket = buckets.get(bucketKey);
    if (!bucket) buckets.set(bucketKey, (bucket = { x, cells: new Map() }));
    const group = groupAt >= 0 ? displayValue(row[groupAt] ?? null) : null;
    for (const v of valueAts) {
      const name = seriesName(group, table.columns[v]!.name);
      if (!series.includes(name)) series.push(name);
      let cell = bucket.cells.get(name);
      if (!cell) bucket.cells.set(name, (cell = { values: [], rows: 0 }));
      cell.rows++;
      const n = numericValue(row[v] ?? null);
      if (n !== null) cell.values.push(n);
    }
  });
  const numericX = options.kind === 'scatter' || (keyAt >= 0 && isNumericType(table.columns[keyAt]!.type)) || keyAt < 0;
  const points = [...buckets.values()].map((b) => {
    const p: Record<string, string | number | null> = { x: numericX ? numericValue(b.x) : displayValue(b.x) };
    for (const [name, cell] of b.cells) p[name] = aggregate(cell.values, options.aggregation, cell.rows);
    return p;
  });
  if (numericX && options.kind !== 'pie') points.sort((a, b) => (a['x'] as number) - (b['x'] as number));
  return { points, series, numericX: numericX && options.kind !== 'pie' && options.kind !== 'bar' };
}

/** Equal-width bins over the first value column; a series per group when grouped. */
function histogram(table: TableOutput, options: PlotOptions): ChartData {
  const valueAt = table.columns.findIndex((c) => c.name === options.values[0]);
  const groupAt = table.columns.findIndex((c) => c.name === options.groupBy);
  if (valueAt < 0) return { points: [], series: [], numericX: false };
  const samples = table.rows
    .map((row) => ({ v: numericValue(row[valueAt] ?? null), g: groupAt >= 0 ? displayValue(row[groupAt] ?? null) : 'count' }))
    .filter((s): s is { v: number; g: string } => s.v !== null);
  if (samples.length === 0) return { points: [], series: [], numericX: false };
  const min = Math.min(...samples.map((s) => s.v));
  const max = Math.max(...samples.map((s) => s.v));
  const bins = Math.max(1, Math.floor(options.bins));
  const width = max > min ? (max - min) / bins : 1;
  const series = [...new Set(samples.map((s) => s.g))];
  const points = Array.from({ length: bins }, (_, i) => {
    const lo = min + i * width;
    const p: Record<string, string | number | null> = { x: `${round(lo)}–${round(lo + width)}` };
    for (const s of series) p[s] = 0;
    return p;
  });
  for (const s of samples) {
    // The top edge belongs to the last bin, as in numpy.histogram.
    const i = Math.min(bins - 1, Math.floor((s.v - min) / width));
    points[i]![s.g] = (points[i]![s.g] as number) + 1;
  }
  return { points, series, numericX: false };
}

function round(n: number): string {
  return Number(n.toPrecision(4)).toString();
}
