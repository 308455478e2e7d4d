/** Spark's Storage page: cached RDDs, how many partitions are in memory and on which executors. */
import { storageRows } from '../../notebook/spark-ui/views';
import type { ModelTick } from './use-spark-ui-model';

export function StorageTab({ tick }: { readonly tick: ModelTick }) {
  const rows = storageRows(tick.model);
  return (
    <div>
      {rows.length === 0 ? (
        <p className="spark-ui-empty">Nothing is cached. cache() and persist() are lazy too: partitions are stored by the first action that computes them.</p>
      ) : (
        <table className="spark-ui-table">
          <caption>Cached RDDs</caption>
          <thead>
            <tr>
              <th scope="col">RDD</th>
              <th scope="col">Storage level</th>
              <th scope="col">Cached partitions</th>
              <th scope="col">Partitions per executor</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.rddId}>
                <td>
                  [{r.rddId}] {r.name}
                </td>
                <td>{r.storageLevel}</td>
                <td>
                  {r.cachedPartitions}/{r.numPartitions}
                </td>
                <td>
                  {[...r.byExecutor]
                    .sort((a, b) => a[0].localeCompare(b[0], undefined, { numeric: true }))
                    .map(([ex, n]) => `executor ${ex}: ${n}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="spark-ui-note">
        Flint keeps cached partitions as deserialised records and does not measure their size, so memory per executor is shown as partitions held. Cached SQL tables are not listed yet.
      </p>
    </div>
  );
}
