/** Spark's Executors page, with a button that kills an executor to watch Spark recover. */
import { useState } from 'react';
import { killExecutor } from '../../notebook/run';
import { formatBytes, formatMs, storageRows } from '../../notebook/spark-ui/views';
import { memoryByExecutor } from '../../notebook/spark-ui/sql-views';
import type { ModelTick } from './use-spark-ui-model';

export function ExecutorsTab({ tick }: { readonly tick: ModelTick }) {
  const { model } = tick;
  const [killing, setKilling] = useState<string | null>(null);
  const executors = [...model.executors.values()].sort((a, b) => Number(b.alive) - Number(a.alive) || Number(a.executorId) - Number(b.executorId));
  const blocks = new Map<string, number>();
  for (const r of storageRows(model)) for (const [ex, n] of r.byExecutor) blocks.set(ex, (blocks.get(ex) ?? 0) + n);
  const memory = memoryByExecutor(model);
  const kill = async (slot: number, id: string) => {
    setKilling(id);
    try {
      await killExecutor(slot);
    } finally {
      setKilling(null);
    }
  };
  return (
    <div>
      <table className="spark-ui-table">
        <caption>Executors</caption>
        <thead>
          <tr>
            <th scope="col">Executor</th>
            <th scope="col">Status</th>
            <th scope="col">Active tasks</th>
            <th scope="col">Completed</th>
            <th scope="col">Failed</th>
            <th scope="col">Task time</th>
            <th scope="col">Shuffle read</th>
            <th scope="col">Shuffle write</th>
            <th scope="col">Cached partitions</th>
            <th scope="col">Storage memory (estimated)</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {executors.map((e) => (
            <tr key={e.executorId} className={e.alive ? undefined : 'executor-lost'}>
              <td>
                {e.executorId} (slot {e.slot})
              </td>
              <td>{e.alive ? 'alive' : 'lost'}</td>
              <td>{e.activeTasks}</td>
              <td>{e.completedTasks}</td>
              <td>{e.failedTasks}</td>
              <td>{formatMs(e.durationMs)}</td>
              <td>{formatBytes(e.shuffleReadBytes)}</td>
              <td>{formatBytes(e.shuffleWriteBytes)}</td>
              <td>{blocks.get(e.executorId) ?? 0}</td>
              <td>{memory.has(e.executorId) ? formatBytes(memory.get(e.executorId)!) : '–'}</td>
              <td>
                {e.alive && (
                  <button type="button" disabled={killing !== null} onClick={() => void kill(e.slot, e.executorId)}>
                    {killing === e.executorId ? 'Killing…' : `Kill executor ${e.executorId}`}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="spark-ui-note">
        Killing an executor loses its cached partitions and shuffle output; a new executor takes its slot. The next action recomputes what was lost from the lineage: the Stages tab outlines those partitions.
      </p>
    </div>
  );
}
