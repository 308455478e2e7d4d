/** Draws chart data with recharts. Part of the lazily loaded chart chunk. */
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { assertNever } from '../notebook/model/assert-never';
import type { ChartData, ChartKind } from '../notebook/chart-data';

const palette = ['#e25a1c', '#1f6feb', '#1a7f37', '#8250df', '#bf8700', '#cf222e', '#0a7ea4', '#6e7781'];
const color = (i: number) => palette[i % palette.length]!;
const HEIGHT = 320;

function chart(kind: ChartKind, data: ChartData) {
  const points = data.points as Record<string, string | number | null>[];
  const x = <XAxis dataKey="x" type={data.numericX ? 'number' : 'category'} domain={['auto', 'auto']} />;
  const common = [<CartesianGrid key="g" strokeDasharray="3 3" />, <YAxis key="y" />, <Tooltip key="t" />, <Legend key="l" />];
  switch (kind) {
    case 'bar':
    case 'histogram':
      return (
        <BarChart data={points}>
          {x}
          {common}
          {data.series.map((s, i) => (
            <Bar key={s} dataKey={s} fill={color(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      );
    case 'line':
      return (
        <LineChart data={points}>
          {x}
          {common}
          {data.series.map((s, i) => (
            <Line key={s} dataKey={s} stroke={color(i)} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      );
    case 'area':
      return (
        <AreaChart data={points}>
          {x}
          {common}
          {data.series.map((s, i) => (
            <Area key={s} dataKey={s} stroke={color(i)} fill={color(i)} fillOpacity={0.25} connectNulls isAnimationActive={false} />
          ))}
        </AreaChart>
      );
    case 'scatter':
      return (
        <ScatterChart>
          <XAxis dataKey="x" type="number" name="x" domain={['auto', 'auto']} />
          {common}
          {data.series.map((s, i) => (
            <Scatter key={s} name={s} data={points.map((p) => ({ x: p['x'], [s]: p[s] }))} dataKey={s} fill={color(i)} isAnimationActive={false} />
          ))}
        </ScatterChart>
      );
    case 'pie': {
      const s = data.series[0];
      return (
        <PieChart>
          <Tooltip />
          <Legend />
          {s && (
            <Pie data={points} dataKey={s} nameKey="x" outerRadius={120} isAnimationActive={false}>
              {points.map((_, i) => (
                <Cell key={i} fill={color(i)} />
              ))}
            </Pie>
          )}
        </PieChart>
      );
    }
    default:
      return assertNever(kind, 'chart kind');
  }
}

export function ChartView({ kind, data }: { readonly kind: ChartKind; readonly data: ChartData }) {
  if (data.points.length === 0 || data.series.length === 0) return <p className="output-notice">Choose a values column with numbers to plot.</p>;
  return (
    <figure className="chart" aria-label={`${kind} chart of ${data.series.join(', ')}`} data-chart-kind={kind} data-points={data.points.length}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        {chart(kind, data)}
      </ResponsiveContainer>
    </figure>
  );
}
