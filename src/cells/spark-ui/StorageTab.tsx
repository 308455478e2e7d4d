/** Spark's Storage page: cached RDDs and tables, how many partitions are in memory and where, and their size. */
import { formatBytes, storageRows } from '../../notebook/spark-ui/views';
import { cachedTables, formatCount, memoryByExecutor } from '../../notebook/spark-ui/sql-views';
import type { ModelTick } from './use-spark-ui-model';

export function StorageTab({ tick }: { readonly tick: ModelTick }) {
  const rows = storageRows(tick.model);
  const tables = cachedTables(tick.model);
  const memory = memoryByExecutor(tick.model);
  return (
    <div>
      {tables.length > 0 && (
        <table className="spark-ui-table">
          <caption>Cached tables</caption>
          <thead>
            <tr>
              <th scope="col">Table</th>
              <th scope="col">Storage level</th>
              <th scope="col">Rows</th>
              <th scope="col">Cached partitions</th>
              <th scope="col">Size in memory</th>
              <th scope="col">Held by</th>
            </tr>
          </thead>
          <tbody>
            {tables.map((t) => (
              <tr key={t.name}>
                <td>{t.plan === null ? `In-memory table ${t.name}` : <pre className="spark-ui-cached-plan">{t.plan}</pre>}</td>
                <td>Memory Deserialized 1x Replicated</td>
                <td>{formatCount(t.numRows)}</td>
                <td>
                  {t.numPartitions}/{t.numPartitions}
                </td>
                <td>{formatBytes(t.sizeBytes)}</td>
                <td>{t.executorId === 'driver' ? 'driver' : `executor ${t.executorId}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {memory.size > 0 && (
        <p>
          Memory used by cached data (estimated):{' '}
          {[...memory].map(([ex, n]) => `${ex === 'driver' ? 'driver' : `executor ${ex}`}: ${formatBytes(n)}`).join(', ')}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="spark-ui-empty">No RDD is cached. cache() and persist() are lazy too: partitions are stored by the first action that computes them.</p>
      ) : (
        <table className="spark-ui-table">
          <caption>Cached RDDs</caption>
          <thead>
            <tr>
              <th scope="col">RDD</th>
              <th scope="col">Storage level</th>
              <th scope="col">Cached partitions</th>
              <th scope="col">Size in memory (estimated)</th>
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
                <td>{r.sizeBytes === null ? '–' : formatBytes(r.sizeBytes)}</td>
                <td>
                  {[...r.byExecutor]
                    .sort((a, b) => a[0].localeCompare(b[0], undefined, { numeric: true }))
                    .map(([ex, n]) => `executor ${ex}: ${n}${r.bytesByExecutor.has(ex) ? ` (${formatBytes(r.bytesByExecutor.get(ex)!)})` : ''}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="spark-ui-note">
        Sizes are estimates: an executor measures the serialised bytes of a sample of each cached partition&apos;s records and scales by their count (Flint keeps the records deserialised, so memory use differs). CACHE TABLE keeps a table&apos;s column batches in the driver, sized by the arrays that hold them.
      </p>
    </div>
  );
}
