/** The chart view of a table: plot options, then the chart. Its own chunk, with recharts. */
import { useMemo, useState } from 'react';
import type { TableOutput } from '../notebook/table-output';
import { chartData, defaultPlotOptions } from '../notebook/chart-data';
import type { PlotOptions } from '../notebook/chart-data';
import { PlotPicker } from './PlotPicker';
import { ChartView } from './ChartView';

export default function TableChart({ table }: { readonly table: TableOutput }) {
  const [options, setOptions] = useState<PlotOptions>(() => defaultPlotOptions(table));
  const data = useMemo(() => chartData(table, options), [table, options]);
  return (
    <div className="table-chart">
      <PlotPicker table={table} options={options} onChange={setOptions} />
      <ChartView kind={options.kind} data={data} />
    </div>
  );
}
