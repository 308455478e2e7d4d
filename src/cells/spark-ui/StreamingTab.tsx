/**
 * Spark's Structured Streaming page: every query run (name, id, runId, status) with its
 * rates, and for the selected run a batch timeline: input rows and batch duration per
 * batchId as bar charts (bars take focus; arrow keys move between batches) and the same
 * batches as a table.
 */
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatMs } from '../../notebook/spark-ui/views';
import { formatCount, formatRate, streamingSummaries } from '../../notebook/spark-ui/sql-views';
import type { StreamingSummary } from '../../notebook/spark-ui/sql-views';
import type { StreamingBatchInfo } from '../../notebook/spark-ui/types';
import type { ModelTick } from './use-spark-ui-model';

const CHART_H = 90;
const BAR_W = 10;

function BatchChart({
  title, batches, value, unit, focus, setFocus,
}: {
  readonly title: string;
  readonly batches: readonly StreamingBatchInfo[];
  readonly value: (b: StreamingBatchInfo) => number;
  readonly unit: (v: number) => string;
  readonly focus: number;
  readonly setFocus: (i: number) => void;
}) {
  const refs = useRef<(SVGRectElement | null)[]>([]);
  const max = Math.max(1, ...batches.map(value));
  const width = Math.max(120, batches.length * (BAR_W + 2) + 40);
  const move = (i: number) => {
    const to = Math.max(0, Math.min(batches.length - 1, i));
    setFocus(to);
    refs.current[to]?.focus();
  };
  const onKey = (e: KeyboardEvent<SVGRectElement>, i: number) => {
    if (e.key === 'ArrowRight') move(i + 1);
    else if (e.key === 'ArrowLeft') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(batches.length - 1);
    else return;
    e.preventDefault();
  };
  return (
    <figure className="stream-chart">
      <figcaption>
        {title}: {batches.length} batches, max {unit(max)}. Arrow keys move between batches.
      </figcaption>
      <div className="dag-scroll">
      <svg role="group" aria-label={`${title} per batch`} width={width} height={CHART_H + 18} viewBox={`0 0 ${width} ${CHART_H + 18}`}>
        <line className="lane-rule" x1={36} y1={CHART_H} x2={width} y2={CHART_H} />
        <text x={0} y={10}>{unit(max)}</text>
        <text x={0} y={CHART_H}>0</text>
        {batches.map((b, i) => {
          const h = Math.max(1, (value(b) / max) * (CHART_H - 8));
          return (
            <rect
              key={b.batchId}
              ref={(el) => {
                refs.current[i] = el;
              }}
              className={`stream-bar${i === focus ? ' stream-bar-focus' : ''}`}
              x={40 + i * (BAR_W + 2)}
              y={CHART_H - h}
              width={BAR_W}
              height={h}
              tabIndex={i === focus ? 0 : -1}
              role="img"
              aria-label={`Batch ${b.batchId}: ${unit(value(b))}`}
              onKeyDown={(e) => onKey(e, i)}
              onFocus={() => setFocus(i)}
            >
              <title>{`Batch ${b.batchId}: ${unit(value(b))}`}</title>
            </rect>
          );
        })}
        {batches.length > 0 && (
          <text x={40} y={CHART_H + 14}>
            batch {batches[0]!.batchId}
            {batches.length > 1 ? ` … ${batches[batches.length - 1]!.batchId}` : ''}
          </text>
        )}
      </svg>
      </div>
    </figure>
  );
}

function QueryDetails({ s }: { readonly s: StreamingSummary }) {
  const q = s.query;
  const [focus, setFocus] = useState(Math.max(0, q.batches.length - 1));
  const picked = q.batches[Math.min(focus, q.batches.length - 1)];
  return (
    <section className="stream-details" aria-labelledby={`stream-${q.runId}`}>
      <h3 id={`stream-${q.runId}`}>
        Batches of {q.name ?? '<no name>'} (run {q.runId})
      </h3>
      {q.batches.length === 0 ? (
        <p className="spark-ui-empty">No batch has run yet.</p>
      ) : (
        <>
          <BatchChart title="Input rows" batches={q.batches} value={(b) => b.numInputRows} unit={(v) => `${formatCount(v)} rows`} focus={focus} setFocus={setFocus} />
          <BatchChart title="Batch duration" batches={q.batches} value={(b) => b.durationMs} unit={(v) => formatMs(v)} focus={focus} setFocus={setFocus} />
          {picked && (
            <p aria-live="polite" className="dag-picked">
              Batch {picked.batchId} at {picked.timestamp}: {formatCount(picked.numInputRows)} input rows, input rate {formatRate(picked.inputRowsPerSecond)}, processing rate{' '}
              {formatRate(picked.processedRowsPerSecond)}, took {formatMs(picked.durationMs)}
            </p>
          )}
          <details className="dag-text">
            <summary>Batches as a table</summary>
            <table className="spark-ui-table">
              <caption>Batches of {q.name ?? q.id}</caption>
              <thead>
                <tr>
                  <th scope="col">Batch</th>
                  <th scope="col">Time</th>
                  <th scope="col">Input rows</th>
                  <th scope="col">Input rate</th>
                  <th scope="col">Processing rate</th>
                  <th scope="col">Duration</th>
                </tr>
              </thead>
              <tbody>
                {[...q.batches].reverse().map((b) => (
                  <tr key={b.batchId}>
                    <td>{b.batchId}</td>
                    <td>{b.timestamp}</td>
                    <td>{formatCount(b.numInputRows)}</td>
                    <td>{formatRate(b.inputRowsPerSecond)}</td>
                    <td>{formatRate(b.processedRowsPerSecond)}</td>
                    <td>{formatMs(b.durationMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      {q.error && <p className="sql-error">Failed: {q.error}</p>}
    </section>
  );
}

export function StreamingTab({ tick }: { readonly tick: ModelTick }) {
  const { model, now } = tick;
  const rows = streamingSummaries(model);
  const [picked, setPicked] = useState<string | null>(null);
  if (rows.length === 0) {
    return (
      <p className="spark-ui-empty">
        No streaming queries yet. <code>writeStream...start()</code> or <code>display(streamingDF)</code> starts one; each micro-batch then shows here.
      </p>
    );
  }
  const shown = rows.find((r) => r.query.runId === picked) ?? rows[0]!;
  return (
    <div>
      <table className="spark-ui-table">
        <caption>Streaming queries ({rows.length})</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col">ID</th>
            <th scope="col">Run ID</th>
            <th scope="col">Duration</th>
            <th scope="col">Avg input rate</th>
            <th scope="col">Avg processing rate</th>
            <th scope="col">Latest batch</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.query.runId} className={`stream-row stream-row-${r.query.status}`}>
              <td>
                <button type="button" className="link" aria-pressed={r === shown} onClick={() => setPicked(r.query.runId)} aria-label={`Query ${r.query.name ?? r.query.id}: show its batches`}>
                  {r.query.name ?? '<no name>'}
                </button>
              </td>
              <td>{r.query.status}</td>
              <td className="mono">{r.query.id}</td>
              <td className="mono">{r.query.runId}</td>
              <td>{formatMs((r.query.ended ?? now) - r.query.started)}</td>
              <td>{formatRate(r.avgInputRate)}</td>
              <td>{formatRate(r.avgProcessingRate)}</td>
              <td>{r.latest ? r.latest.batchId : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <QueryDetails key={shown.query.runId} s={shown} />
    </div>
  );
}
