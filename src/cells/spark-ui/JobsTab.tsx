/** Spark's Jobs page: every job of the application, newest first. */
import { openSparkUi, openSqlQuery } from '../../notebook/spark-ui/recorder';
import { formatMs, jobDuration, jobsNewestFirst, shortDescription, skippedStages } from '../../notebook/spark-ui/views';
import type { ModelTick } from './use-spark-ui-model';
import { useNotebook } from '../../notebook/store';

export function JobsTab({ tick }: { readonly tick: ModelTick }) {
  const { model, now } = tick;
  const jobs = jobsNewestFirst(model);
  const cellIds = useNotebook((s) => s.doc.cells.map((c) => c.id).join(' '));
  const cellIndex = new Map(cellIds.split(' ').map((id, i) => [id, i + 1]));
  if (jobs.length === 0) return <p className="spark-ui-empty">No Spark jobs yet. Transformations are lazy: jobs run when a cell calls an action such as collect() or count().</p>;
  return (
    <table className="spark-ui-table">
      <caption>Jobs ({jobs.length})</caption>
      <thead>
        <tr>
          <th scope="col">Job</th>
          <th scope="col">Description</th>
          <th scope="col">Status</th>
          <th scope="col">Stages</th>
          <th scope="col">Tasks (succeeded/total)</th>
          <th scope="col">Duration</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((j) => {
          const skipped = skippedStages(model, j).size;
          return (
            <tr key={j.jobId} className={`job-row job-row-${j.status}`}>
              <td>
                <button type="button" className="link" onClick={() => openSparkUi('stages', j.jobId)} aria-label={`Job ${j.jobId}: show its stages and DAG`}>
                  {j.jobId}
                </button>
              </td>
              <td title={j.description}>
                {shortDescription(j.description)}
                {j.cellId !== null && cellIndex.has(j.cellId) ? ` (cell ${cellIndex.get(j.cellId)})` : ''}
                {j.sqlExecutionId !== null && (
                  <>
                    {' '}
                    <button type="button" className="link" onClick={() => openSqlQuery(j.sqlExecutionId)} aria-label={`Job ${j.jobId} ran SQL query ${j.sqlExecutionId}: show its plan`}>
                      SQL query {j.sqlExecutionId}
                    </button>
                  </>
                )}
              </td>
              <td>{j.status}</td>
              <td>
                {j.stageIds.length - skipped}
                {skipped > 0 ? ` (${skipped} skipped)` : ''}
              </td>
              <td>
                <progress max={Math.max(1, j.numTasks)} value={j.tasksDone} aria-label={`Job ${j.jobId} tasks done`} /> {j.tasksDone}/{j.numTasks}
                {j.tasksFailed > 0 ? ` (${j.tasksFailed} failed)` : ''}
              </td>
              <td>{formatMs(jobDuration(j, now))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
