import { describe, expect, it } from 'vitest';
import { chartData, defaultPlotOptions } from './chart-data';
import type { PlotOptions } from './chart-data';
import type { TableOutput } from './table-output';

const sales: TableOutput = {
  kind: 'table',
  columns: [
    { name: 'state', type: 'string' },
    { name: 'year', type: 'int' },
    { name: 'amount', type: 'double' },
  ],
  rows: [
    ['CA', 2020, 10],
    ['NY', 2020, 4],
    ['CA', 2021, 6],
    ['NY', 2021, null],
    ['TX', 2021, 1.5],
  ],
  totalRows: 5,
  truncated: false,
};

const opts = (o: Partial<PlotOptions>): PlotOptions => ({ ...defaultPlotOptions(sales), ...o });

describe('chartData', () => {
  it('defaults to a bar chart of the first numeric column by the first text column', () => {
    expect(defaultPlotOptions(sales)).toMatchObject({ kind: 'bar', key: 'state', values: ['year'], aggregation: 'sum' });
  });

  it('aggregates values per key, keeping first-seen key order', () => {
    const d = chartData(sales, opts({ values: ['amount'], aggregation: 'sum' }));
    expect(d.points).toEqual([{ x: 'CA', amount: 16 }, { x: 'NY', amount: 4 }, { x: 'TX', amount: 1.5 }]);
    expect(chartData(sales, opts({ values: ['amount'], aggregation: 'avg' })).points[0]).toEqual({ x: 'CA', amount: 8 });
    expect(chartData(sales, opts({ values: ['amount'], aggregation: 'count' })).points[1]).toEqual({ x: 'NY', amount: 2 });
    expect(chartData(sales, opts({ values: ['amount'], aggregation: 'max' })).points[0]).toEqual({ x: 'CA', amount: 10 });
  });

  it('pivots the grouping column into one series per value', () => {
    const d = chartData(sales, opts({ key: 'year', values: ['amount'], groupBy: 'state', kind: 'line' }));
    expect(d.series).toEqual(['CA', 'NY', 'TX']);
    expect(d.points).toEqual([
      { x: 2020, CA: 10, NY: 4 },
      { x: 2021, CA: 6, NY: null, TX: 1.5 },
    ]);
    expect(d.numericX).toBe(true);
  });

  it('plots every row for scatter and for no aggregation', () => {
    const d = chartData(sales, opts({ kind: 'scatter', key: 'year', values: ['amount'] }));
    expect(d.points).toHaveLength(5);
  });

  it('bins a histogram with the top edge in the last bin', () => {
    const d = chartData(sales, opts({ kind: 'histogram', values: ['amount'], bins: 2 }));
    expect(d.series).toEqual(['count']);
    expect(d.points.map((p) => p['count'])).toEqual([2, 2]);
    expect(d.points.map((p) => p['x'])).toEqual(['1.5–5.75', '5.75–10']);
  });
});
