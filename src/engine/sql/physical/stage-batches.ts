/**
 * Batches as SQL stages pass them around: an operator's output as columnar batches, a scan
 * over received batches, and the values of a batch's rows (for the driver's row-based parts).
 */
import type { ColumnBatch, ColumnVector } from '../../columnar';
import { DEFAULT_BATCH_ROWS, batchFromRows } from '../../columnar';
import { newEnv } from '../../expr';
import type { Env } from '../../expr';
import type { Attribute, LPlan } from '../logical';
import type { Exec, ExecContext } from './exec';

const NO_SUBQUERIES: ExecContext = {
  outer: [],
  runSubquery: () => {
    throw new Error('a SQL stage cannot run subqueries');
  },
};

export function stageEnv(): Env {
  return newEnv(NO_SUBQUERIES.runSubquery, []);
}

/** Output of a physical operator as batches (columnar when it can, else built from its rows). */
export function execBatches(exec: Exec, ctx: ExecContext = NO_SUBQUERIES): ColumnBatch[] {
  const b = exec.batches ? exec.batches(ctx, null) : null;
  if (b) return b;
  // Plain chunks: a table-wide string dictionary costs more than it saves for data in transit.
  const types = exec.output.map((a) => a.type);
  const rows = exec.execute(ctx);
  const out: ColumnBatch[] = [];
  for (let i = 0; i < rows.length; i += DEFAULT_BATCH_ROWS) out.push(batchFromRows(types, rows.slice(i, i + DEFAULT_BATCH_ROWS)));
  return out;
}

export function inputScan(output: Attribute[], batches: readonly ColumnBatch[], name = 'LocalRelation'): LPlan {
  let rows: unknown[][] | null = null;
  return {
    kind: 'scan', name, output,
    rows: () => (rows ??= batches.flatMap((b) => b.columns.length === 0 ? Array.from({ length: b.numRows }, () => []) : rowsOf(b))),
    batches: () => batches,
  };
}

export function rowsOf(b: ColumnBatch): unknown[][] {
  const out = new Array<unknown[]>(b.numRows);
  for (let i = 0; i < b.numRows; i++) {
    const r = new Array<unknown>(b.columns.length);
    for (let c = 0; c < b.columns.length; c++) r[c] = valueAt(b.columns[c]!, i);
    out[i] = r;
  }
  return out;
}

export function valueAt(v: ColumnVector, i: number): unknown {
  if (v.kind === 'object') return v.values[i] ?? null;
  if ((v.validity[i >> 3]! & (1 << (i & 7))) === 0) return null;
  return v.kind === 'bool' ? v.values[i] === 1 : v.values[i]!;
}
