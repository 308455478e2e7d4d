/**
 * The panel above a live table (display(streamingDF)): the streaming query's state, its last
 * micro-batch, a Stop button, and input rate / processing rate / batch duration over time.
 */
import { Suspense, lazy, useState } from 'react';
import type { LiveQueryInfo } from '../workers/protocol';
import { stopStreamingQuery } from '../notebook/run';

const LiveQueryChart = lazy(() => import('./LiveQueryChart'));

const rate = (n: number | undefined) => (n === undefined ? '–' : n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));

export function LiveQueryPanel({ live }: { readonly live: LiveQueryInfo }) {
  const [stopping, setStopping] = useState(false);
  const last = live.progress[live.progress.length - 1];
  return (
    <div className="live-query" data-testid="live-query" aria-live="polite">
      <div className="live-query-head">
        <span className={live.active ? 'live-dot live-dot-on' : 'live-dot'} aria-hidden="true" />
        <strong>{live.name}</strong>
        <span className="live-query-state">{live.active ? 'Running' : 'Stopped'}</span>
        <span data-testid="live-batch">{live.batchId >= 0 ? `Batch ${live.batchId}` : 'Waiting for data'}</span>
        <span>Input: {rate(last?.inputRowsPerSecond)} rows/s</span>
        <span>Processed: {rate(last?.processedRowsPerSecond)} rows/s</span>
        <span>Batch duration: {last ? `${last.durationMs} ms` : '–'}</span>
        {live.active && (
          <button
            type="button"
            className="live-query-stop"
            disabled={stopping}
            onClick={() => {
              setStopping(true);
              void stopStreamingQuery(live.queryId);
            }}
          >
            {stopping ? 'Stopping…' : 'Stop'}
          </button>
        )}
      </div>
      {live.progress.length > 1 && (
        <Suspense fallback={null}>
          <LiveQueryChart live={live} />
        </Suspense>
      )}
    </div>
  );
}
