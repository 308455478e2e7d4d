/** Rates and batch durations of a streaming query over its micro-batches (recharts, lazily loaded). */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LiveQueryInfo } from '../workers/protocol';

export default function LiveQueryChart({ live }: { readonly live: LiveQueryInfo }) {
  const data = live.progress.map((p) => ({
    batch: p.batchId,
    'input rows/s': Math.round(p.inputRowsPerSecond),
    'processed rows/s': Math.round(p.processedRowsPerSecond),
    'batch ms': p.durationMs,
  }));
  return (
    <div className="live-query-chart" data-testid="live-query-chart">
      <ResponsiveContainer width="100%" height={140}>
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="batch" />
          <YAxis yAxisId="rate" />
          <YAxis yAxisId="ms" orientation="right" />
          <Tooltip />
          <Legend />
          <Line yAxisId="rate" dataKey="input rows/s" stroke="#1f6feb" dot={false} isAnimationActive={false} />
          <Line yAxisId="rate" dataKey="processed rows/s" stroke="#e25a1c" dot={false} isAnimationActive={false} />
          <Line yAxisId="ms" dataKey="batch ms" stroke="#1a7f37" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
