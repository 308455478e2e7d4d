/** Bytes each map partition wrote for each reducer, shaded by size; skewed reducers are marked in words too. */
import { SKEW_FACTOR, formatBytes, shuffleMatrix } from '../../notebook/spark-ui/views';
import type { StageView } from '../../notebook/spark-ui/types';

export function ShuffleMatrixView({ stage }: { readonly stage: StageView }) {
  const m = shuffleMatrix(stage);
  if (!m) return null;
  const shade = (n: number) => (m.maxCell === 0 ? 0 : n / m.maxCell);
  return (
    <div className="shuffle-matrix-wrap">
      <table className="spark-ui-table shuffle-matrix">
        <caption>
          Shuffle write of stage {stage.stageId}: map partition × reduce partition
          {m.hiddenEmpty > 0 ? `; ${m.reducers.length} of ${m.numReducers} reducers received data (the empty ones are not shown)` : ''}
          {m.skewed.size > 0 ? ` (skew: reducer ${[...m.skewed].join(', ')} reads over ${SKEW_FACTOR}× the mean)` : ' (no skew)'}
        </caption>
        <thead>
          <tr>
            <th scope="col">map \ reduce</th>
            {m.reducers.map((r) => (
              <th key={r} scope="col" className={m.skewed.has(r) ? 'skewed' : undefined}>
                {r}
                {m.skewed.has(r) ? ' (skewed)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.cells.map((row, i) => (
            <tr key={m.mapPartitions[i]}>
              <th scope="row">{m.mapPartitions[i]}</th>
              {row.map((n, c) => (
                <td key={m.reducers[c]} className={m.skewed.has(m.reducers[c]!) ? 'skewed' : undefined} style={{ background: `rgba(226, 90, 28, ${(0.08 + 0.32 * shade(n)).toFixed(2)})` }}>
                  {formatBytes(n)}
                </td>
              ))}
            </tr>
          ))}
          <tr className="totals">
            <th scope="row">total</th>
            {m.reducerTotals.map((n, c) => (
              <td key={m.reducers[c]} className={m.skewed.has(m.reducers[c]!) ? 'skewed' : undefined}>
                {formatBytes(n)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
