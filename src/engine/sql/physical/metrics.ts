/**
 * Per-operator metrics for the Spark UI's SQL tab (Spark's "number of output rows" and
 * operator time). Opt-in per execution: `instrumentExec` wraps the `execute`/`batches`
 * methods of one plan's operator instances, so an uninstrumented query pays nothing and an
 * instrumented one pays one clock read and one add per operator call, never per row.
 */
import type { ColumnBatch } from '../../columnar';
import type { Row } from '../../expr';
import type { Exec, ExecContext } from './exec';

export interface ExecMetrics {
  /** Rows the operator returned (as rows or in column batches). */
  rows: number;
  /** Wall time of its calls, its children's included. */
  inclusiveMs: number;
  /** Calls that returned output (0: the operator never ran, e.g. under a LIMIT 0). */
  calls: number;
}

/** Wraps every operator of the tree; the map fills in as the plan runs. */
export function instrumentExec(root: Exec): Map<Exec, ExecMetrics> {
  const out = new Map<Exec, ExecMetrics>();
  const visit = (e: Exec): void => {
    if (out.has(e)) return;
    const m: ExecMetrics = { rows: 0, inclusiveMs: 0, calls: 0 };
    out.set(e, m);
    // An operator whose execute() calls its own batches() (or the reverse) is measured once, at the outer call.
    let depth = 0;
    const execute = e.execute.bind(e);
    const target = e as { execute: Exec['execute']; batches?: Exec['batches'] };
    target.execute = (ctx: ExecContext): Row[] => {
      const t0 = performance.now();
      depth++;
      try {
        const rows = execute(ctx);
        if (depth === 1) {
          m.rows += rows.length;
          m.calls++;
        }
        return rows;
      } finally {
        depth--;
        if (depth === 0) m.inclusiveMs += performance.now() - t0;
      }
    };
    if (e.batches) {
      const batches = e.batches.bind(e);
      target.batches = (ctx: ExecContext, needed?: ReadonlySet<number> | null): ColumnBatch[] | null => {
        const t0 = performance.now();
        depth++;
        try {
          const bs = batches(ctx, needed);
          if (bs && depth === 1) {
            for (const b of bs) m.rows += b.numRows;
            m.calls++;
          }
          return bs;
        } finally {
          depth--;
          if (depth === 0) m.inclusiveMs += performance.now() - t0;
        }
      };
    }
    // A Project over a Filter reads the filter's selections directly (no gathered batches): counted as its output.
    const selecting = e as { selections?: (ctx: ExecContext, needed?: ReadonlySet<number> | null) => { n: number }[] | null };
    if (typeof selecting.selections === 'function') {
      const selections = selecting.selections.bind(e);
      selecting.selections = (ctx: ExecContext, needed?: ReadonlySet<number> | null) => {
        const t0 = performance.now();
        depth++;
        try {
          const sels = selections(ctx, needed);
          if (sels && depth === 1) {
            for (const x of sels) m.rows += x.n;
            m.calls++;
          }
          return sels;
        } finally {
          depth--;
          if (depth === 0) m.inclusiveMs += performance.now() - t0;
        }
      };
    }
    e.children.forEach(visit);
  };
  visit(root);
  return out;
}

/** Time spent in each operator itself: its inclusive time minus its children's. */
export function exclusiveMs(e: Exec, metrics: ReadonlyMap<Exec, ExecMetrics>): number {
  const m = metrics.get(e);
  if (!m) return 0;
  let kids = 0;
  for (const c of e.children) kids += metrics.get(c)?.inclusiveMs ?? 0;
  return Math.max(0, m.inclusiveMs - kids);
}
