/**
 * Spark's SQL page: every query execution (spark.sql, %sql, DataFrame actions) with its
 * jobs, and for the selected one the physical plan as a graph with per-operator metrics,
 * its EXPLAIN text, and a step-by-step view of the optimizer rules that changed the plan.
 */
import { openSparkUi, openSqlQuery, useSparkUi } from '../../notebook/spark-ui/recorder';
import { formatMs, shortDescription } from '../../notebook/spark-ui/views';
import { explainText, sqlExecutionsNewestFirst } from '../../notebook/spark-ui/sql-views';
import type { SqlExecutionView } from '../../notebook/spark-ui/types';
import { useNotebook } from '../../notebook/store';
import type { ModelTick } from './use-spark-ui-model';
import { PlanGraphView } from './PlanGraphView';
import { OptimizerSteps } from './OptimizerSteps';

function JobLinks({ x }: { readonly x: SqlExecutionView }) {
  if (x.jobIds.length === 0) return <span title="It ran in the driver">none</span>;
  return (
    <>
      {x.jobIds.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <button type="button" className="link" onClick={() => openSparkUi('stages', id)} aria-label={`Job ${id} of query ${x.executionId}: show its stages`}>
            {id}
          </button>
        </span>
      ))}
    </>
  );
}

function ExecutionDetails({ x }: { readonly x: SqlExecutionView }) {
  return (
    <section className="sql-details" aria-labelledby={`sql-details-${x.executionId}`}>
      <h3 id={`sql-details-${x.executionId}`}>
        Details for query {x.executionId} ({x.status})
      </h3>
      {x.sql && (
        <pre className="sql-text" tabIndex={0} aria-label={`SQL of query ${x.executionId}`}>
          {x.sql}
        </pre>
      )}
      {x.error && <p className="sql-error">{x.error}</p>}
      <PlanGraphView x={x} />
      <details className="sql-explain">
        <summary>Physical plan as EXPLAIN prints it</summary>
        <pre tabIndex={0}>{explainText(x.plan)}</pre>
      </details>
      <OptimizerSteps key={x.executionId} executionId={x.executionId} />
    </section>
  );
}

export function SqlTab({ tick }: { readonly tick: ModelTick }) {
  const { model, now } = tick;
  const executions = sqlExecutionsNewestFirst(model);
  const picked = useSparkUi((s) => s.sqlExecutionId);
  const cellIds = useNotebook((s) => s.doc.cells.map((c) => c.id).join(' '));
  const cellIndex = new Map(cellIds.split(' ').map((id, i) => [id, i + 1]));
  if (executions.length === 0) {
    return (
      <p className="spark-ui-empty">
        No SQL queries yet. A <code>%sql</code> cell, <code>spark.sql(...)</code> or a DataFrame action (<code>show()</code>, <code>count()</code>, <code>collect()</code>) runs one; building a DataFrame does not.
      </p>
    );
  }
  const shown = executions.find((x) => x.executionId === picked) ?? executions[0]!;
  return (
    <div>
      <table className="spark-ui-table">
        <caption>SQL queries ({executions.length})</caption>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Description</th>
            <th scope="col">Status</th>
            <th scope="col">Duration</th>
            <th scope="col">Job IDs</th>
          </tr>
        </thead>
        <tbody>
          {executions.map((x) => (
            <tr key={x.executionId} className={`sql-row sql-row-${x.status}${x === shown ? ' sql-row-picked' : ''}`}>
              <td>
                <button
                  type="button"
                  className="link"
                  aria-pressed={x === shown}
                  onClick={() => openSqlQuery(x.executionId)}
                  aria-label={`Query ${x.executionId}: show its plan`}
                >
                  {x.executionId}
                </button>
              </td>
              <td title={x.description}>
                {shortDescription(x.description)}
                {x.cellId !== null && cellIndex.has(x.cellId) ? ` (cell ${cellIndex.get(x.cellId)})` : ''}
              </td>
              <td>{x.status}</td>
              <td>{formatMs((x.completed ?? now) - x.submitted)}</td>
              <td>
                <JobLinks x={x} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ExecutionDetails x={shown} />
    </div>
  );
}
