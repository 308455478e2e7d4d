/** The cluster's state and its live executors, in the header. */
import { useNotebook } from '../notebook/store';

export function ExecutorsIndicator() {
  const cluster = useNotebook((s) => s.cluster);
  const error = useNotebook((s) => s.clusterError);
  const executors = useNotebook((s) => s.executors);
  const alive = executors.filter((e) => e.alive);
  const text =
    cluster === 'ready'
      ? `${alive.length} ${alive.length === 1 ? 'executor' : 'executors'}`
      : cluster === 'failed'
        ? `cluster failed: ${error ?? ''}`
        : `cluster ${cluster}…`;
  return (
    <div className={`executors executors-${cluster}`} role="status" aria-label="Executors">
      <span className="executors-dot" aria-hidden="true" />
      <span className="executors-text">{text}</span>
      <span className="executors-list" title={alive.map((e) => `executor ${e.executorId}: ${e.tasksCompleted} tasks`).join('\n')}>
        {alive.map((e) => (
          <span key={e.executorId} className="executor-chip">
            {e.executorId}
          </span>
        ))}
      </span>
    </div>
  );
}
