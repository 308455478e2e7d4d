/** Plot options, as labelled form controls: chart type, keys, values, grouping, aggregation. */
import type { TableOutput } from '../notebook/table-output';
import { aggregations, chartKinds } from '../notebook/chart-data';
import type { Aggregation, ChartKind, PlotOptions } from '../notebook/chart-data';

interface Props {
  readonly table: TableOutput;
  readonly options: PlotOptions;
  onChange(options: PlotOptions): void;
}

const NONE = '';

export function PlotPicker({ table, options, onChange }: Props) {
  const names = table.columns.map((c) => c.name);
  const set = (patch: Partial<PlotOptions>) => onChange({ ...options, ...patch });
  const histogram = options.kind === 'histogram';
  return (
    <fieldset className="plot-picker">
      <legend>Plot options</legend>
      <label>
        Chart type
        <select value={options.kind} onChange={(e) => set({ kind: e.target.value as ChartKind })}>
          {chartKinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      {!histogram && (
        <label>
          Keys
          <select value={options.key ?? NONE} onChange={(e) => set({ key: e.target.value || null })}>
            <option value={NONE}>(row number)</option>
            {names.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        Values
        <select
          multiple={!histogram}
          size={histogram ? undefined : Math.min(4, names.length)}
          value={histogram ? (options.values[0] ?? NONE) : [...options.values]}
          onChange={(e) => set({ values: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {names.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      <label>
        Series grouping
        <select value={options.groupBy ?? NONE} onChange={(e) => set({ groupBy: e.target.value || null })}>
          <option value={NONE}>(none)</option>
          {names.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      {histogram ? (
        <label>
          Bins
          <input type="number" min={1} max={100} value={options.bins} onChange={(e) => set({ bins: Math.max(1, Number(e.target.value) || 1) })} />
        </label>
      ) : (
        <label>
          Aggregation
          <select value={options.aggregation} onChange={(e) => set({ aggregation: e.target.value as Aggregation })}>
            {aggregations.map((a) => (
              <option key={a} value={a}>
                {a === 'none' ? 'none (each row)' : a.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
