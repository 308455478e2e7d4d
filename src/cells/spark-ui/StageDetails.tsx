/**
 * One stage: status and metrics, what was shipped to run it (closures with every task,
 * broadcasts once per executor), its accumulators, its shuffle matrix and recomputed partitions.
 */
import { formatBytes, formatMs } from '../../notebook/spark-ui/views';
import type { RecomputedPartition, StageView } from '../../notebook/spark-ui/types';
import { ShuffleMatrixView } from './ShuffleMatrixView';

export function StageDetails({ stage: s, skipped, recomputed }: { readonly stage: StageView; readonly skipped: boolean; readonly recomputed: readonly RecomputedPartition[] }) {
  const heading = `Stage ${s.stageId}${s.attempt > 0 ? `.${s.attempt}` : ''}: ${s.name}`;
  const perTask = s.tasksShipped > 0 ? Math.round(s.closureBytes / s.tasksShipped) : 0;
  return (
    <section className={`stage-details stage-details-${skipped ? 'skipped' : s.status}`} aria-label={`Stage ${s.stageId}`} data-stage={s.stageId}>
      <h3>{heading}</h3>
      <p>
        {s.kind === 'shuffleMap'
          ? `Shuffle map stage (${s.numReducers ?? '?'} reducers)`
          : s.shuffleMatrix.size > 0
            ? 'Result stage whose tasks write a SQL exchange (their blocks go to the driver, then to the reduce tasks)'
            : 'Result stage'} · {skipped ? 'skipped: its shuffle output was already there' : s.status} ·{' '}
        {s.tasksDone}/{s.numTasks} tasks{s.tasksFailed > 0 ? ` (${s.tasksFailed} failed)` : ''} · task time {formatMs(s.durationMs)} · {s.recordsRead} records read
        {s.shuffleReadBytes > 0 ? ` · shuffle read ${formatBytes(s.shuffleReadBytes)}` : ''}
        {s.shuffleWriteBytes > 0 ? ` · shuffle write ${formatBytes(s.shuffleWriteBytes)}` : ''}
      </p>
      {recomputed.length > 0 && (
        <p className="recomputed-note">
          Recomputed after a lost executor: partitions {[...new Set(recomputed.map((r) => r.partition))].sort((a, b) => a - b).join(', ')}
          {recomputed.some((r) => r.rddId !== null) ? ` (cached RDD ${[...new Set(recomputed.filter((r) => r.rddId !== null).map((r) => r.rddId))].join(', ')} rebuilt from its lineage)` : ' (map output rebuilt)'}
        </p>
      )}
      {s.tasksShipped > 0 && (
        <table className="spark-ui-table shipping">
          <caption>Shipped to executors</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">How often</th>
              <th scope="col">Bytes</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Closures (function code)</th>
              <td>with each of {s.tasksShipped} tasks</td>
              <td>
                {formatBytes(s.closureBytes)} ({formatBytes(perTask)} per task)
              </td>
            </tr>
            <tr>
              <th scope="row">Broadcast variables</th>
              <td>once per executor ({s.broadcastExecutors.size} this stage)</td>
              <td>{formatBytes(s.broadcastBytes)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {s.accumulators.size > 0 && (
        <table className="spark-ui-table accumulators">
          <caption>Accumulators updated in this stage</caption>
          <thead>
            <tr>
              <th scope="col">Accumulator</th>
              <th scope="col">Task updates</th>
              <th scope="col">Counted</th>
              <th scope="col">Value after</th>
            </tr>
          </thead>
          <tbody>
            {[...s.accumulators.values()].map((a) => (
              <tr key={a.id}>
                <td>{a.id}</td>
                <td>{a.updates}</td>
                <td>{a.counted}</td>
                <td>
                  <code>{a.value}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {s.kind === 'shuffleMap' && <ShuffleMatrixView stage={s} />}
    </section>
  );
}
