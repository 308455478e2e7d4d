/**
 * What a SQL session tells the Spark UI (Spark's SQLAppStatusListener side): each query's
 * execution with its physical plan graph and per-operator metrics, cached tables, and on
 * request the optimizer's rule-by-rule trace of a recent query. Only with a SparkContext
 * (a notebook's session); plain SQL sessions report nothing and pay nothing.
 */
import type { ColumnBatch } from '../columnar';
import type { Row } from '../expr';
import type { SparkContext } from '../rdd';
import type { LPlan } from '../sql/logical';
import { optimize, BATCHES } from '../sql/optimizer/optimizer';
import type { OptimizerStep } from '../sql/optimizer/optimizer';
import { logicalPlanText } from '../sql/optimizer/plan-text';
import type { Exec } from '../sql/physical/exec';
import { instrumentExec } from '../sql/physical/metrics';
import type { ExecMetrics } from '../sql/physical/metrics';
import { sqlPlanGraph, sqlPlanMetrics } from '../sql/physical/plan-graph';
import { StageMetricsCollector, withStageMetrics } from '../sql/physical/stage-metrics';

/** Analyzed plans kept for optimizer traces (they hold their tables' data, so only a few). */
const KEEP_PLANS = 20;

export interface OptimizerTrace {
  readonly executionId: number;
  readonly analyzed: string;
  readonly optimized: string;
  readonly steps: readonly OptimizerStep[];
}

/** Estimated in-memory size of column batches: typed arrays as stored, strings at 2 bytes a char plus a header. */
export function estimateBatchBytes(batches: readonly ColumnBatch[]): number {
  let n = 0;
  for (const b of batches) {
    for (const c of b.columns) {
      const col = c as unknown as Record<string, unknown>;
      for (const v of Object.values(col)) {
        if (ArrayBuffer.isView(v)) n += v.byteLength;
        else if (Array.isArray(v)) {
          for (const x of v) n += typeof x === 'string' ? 40 + 2 * x.length : 16;
        }
      }
    }
  }
  return n;
}

export class SqlUiReporter {
  /** `conf`: the session's settings (join selection reads them to shape the plan graph). */
  constructor(private readonly conf: ReadonlyMap<string, string> = new Map()) {}

  private nextId = 0;
  private readonly plans = new Map<number, LPlan>();

  /**
   * Runs one query, reporting its start (with the plan graph) before any of its jobs and its
   * end (with metrics) after them. `run` gets the hook that instruments the physical plan.
   */
  execute(
    sc: SparkContext | null, analyzed: LPlan, optimized: LPlan, description: string, sql: string,
    run: (observe: ((root: Exec) => void) | undefined) => { executed: LPlan | null; rows: Row[] },
  ): Row[] {
    if (!sc) return run(undefined).rows;
    const executionId = this.nextId++;
    this.plans.set(executionId, analyzed);
    if (this.plans.size > KEEP_PLANS) this.plans.delete(this.plans.keys().next().value!);
    const shaped = sqlPlanGraph(optimized, this.conf);
    sc.post({ kind: 'sqlExecutionStart', executionId, description, sql, time: Date.now(), plan: shaped.node });
    let root: Exec | null = null;
    let metrics: Map<Exec, ExecMetrics> | null = null;
    const observe = (r: Exec) => {
      root = r;
      metrics = instrumentExec(r);
    };
    let executed: LPlan | null = null;
    // The distributed stages' tasks measure their operators into one accumulator per query (when someone listens).
    const stages = sc.listening ? new StageMetricsCollector(sc) : null;
    try {
      const out = stages ? withStageMetrics(stages, () => run(observe)) : run(observe);
      executed = out.executed;
      sc.post({ kind: 'sqlExecutionEnd', executionId, time: Date.now(), succeeded: true, metrics: sqlPlanMetrics(shaped, optimized, executed ?? optimized, root, metrics, stages?.finish()) });
      return out.rows;
    } catch (e) {
      const err = e as { name?: string; message?: string; ename?: string; evalue?: string };
      sc.post({
        kind: 'sqlExecutionEnd', executionId, time: Date.now(), succeeded: false, error: `${err.ename ?? err.name ?? 'Error'}: ${err.evalue ?? err.message ?? String(e)}`,
        metrics: sqlPlanMetrics(shaped, optimized, executed ?? optimized, root, metrics, stages?.finish()),
      });
      throw e;
    }
  }

  /** The optimizer's steps for a recent execution, run again with tracing (null when it is no longer kept). */
  optimizerTrace(executionId: number): OptimizerTrace | null {
    const plan = this.plans.get(executionId);
    if (!plan) return null;
    const steps: OptimizerStep[] = [];
    const optimized = optimize(plan, BATCHES, steps);
    return { executionId, analyzed: logicalPlanText(plan), optimized: logicalPlanText(optimized), steps };
  }

  cached(sc: SparkContext | null, name: string, batches: readonly ColumnBatch[]): void {
    sc?.post({
      kind: 'tableCached', name, numPartitions: Math.max(1, batches.length), numRows: batches.reduce((n, b) => n + b.numRows, 0),
      sizeBytes: estimateBatchBytes(batches), executorId: 'driver',
    });
  }

  uncached(sc: SparkContext | null, name: string | null): void {
    sc?.post({ kind: 'tableUncached', name });
  }
}
