/**
 * Per-operator metrics of the SQL stages that run on the executors, for the Spark UI's SQL
 * tab. As Spark's SQLMetrics, they are accumulators: each task instruments the operators it
 * runs (one clock read and one add per operator call, never per row), adds one entry per
 * operator to the query's metrics accumulator, and the driver merges the successful tasks'
 * entries (a failed or duplicate task's are dropped; a recomputed partition counts again,
 * as in Spark). Only while the Spark UI reporter runs a query: other queries ship stages
 * without the accumulator and their tasks measure nothing.
 */
import type { Accumulator, SparkContext } from '../../rdd';
import { builtin } from '../../rdd';
import type { LPlan } from '../logical';
import type { Exec } from './exec';
import { exclusiveMs, instrumentExec } from './metrics';
import type { ExecMetrics } from './metrics';
import { logicalOf } from './planner';

/**
 * One operator's work in one task: the task attempt, the operator's path in the query's
 * optimized plan (child indexes, '' for the root, '/0/1' below), its role ('' or
 * 'partial' for a partial aggregate), its output rows and its own time in ms.
 */
export type StageMetric = readonly [number, string, string, number, number];

export function pathKey(path: readonly number[]): string {
  let s = '';
  for (const i of path) s += `/${i}`;
  return s;
}

function childrenOf(p: LPlan): LPlan[] {
  switch (p.kind) {
    case 'scan': case 'command': return [];
    case 'join': case 'setOp': return [p.left, p.right];
    default: return [p.child];
  }
}

interface Tracked {
  readonly metrics: Map<Exec, ExecMetrics>;
  /** Logical node of the plan that ran → [path in the optimized plan, role]. */
  readonly at: Map<LPlan, readonly [string, string]>;
}

/** On the executor: the plans one call of a stage function runs, instrumented. */
export class TaskPlanMetrics {
  private readonly tracked: Tracked[] = [];

  /**
   * Instruments `exec`, planned from `plan`, whose root stands at `prefix` in the optimized
   * plan. Scans are the stage's inputs: only the one at `leaf` (below `plan`) is the table
   * scan of the query; the others read exchanged or broadcast rows and are not the plan's.
   */
  track(exec: Exec, plan: LPlan, prefix: readonly number[], rootRole: string, leaf: readonly number[] | null): Exec {
    const at = new Map<LPlan, readonly [string, string]>();
    const leafKey = leaf ? pathKey(leaf) : null;
    const walk = (p: LPlan, local: string, role: string): void => {
      if (p.kind === 'scan' && local !== leafKey) return;
      if (!at.has(p)) at.set(p, [pathKey(prefix) + local, role]);
      childrenOf(p).forEach((c, i) => walk(c, `${local}/${i}`, ''));
    };
    walk(plan, '', rootRole);
    this.tracked.push({ metrics: instrumentExec(exec), at });
    return exec;
  }

  /** One entry per operator that ran (the outermost operator planned from each node). */
  entries(taskId: number): StageMetric[] {
    const out: StageMetric[] = [];
    for (const { metrics, at } of this.tracked) {
      const seen = new Set<LPlan>();
      for (const [e, m] of metrics) {
        const lp = logicalOf(e);
        const where = lp && at.get(lp);
        if (!lp || !where || seen.has(lp) || m.calls === 0) continue;
        seen.add(lp);
        out.push([taskId, where[0], where[1], m.rows, exclusiveMs(e, metrics)]);
      }
    }
    return out;
  }
}

/** Sum over tasks of one operator's entries. */
export interface OperatorTotals {
  rows: number;
  /** Own time per task (a task's calls summed), in task order. */
  readonly taskMs: number[];
}

/** On the driver: the accumulator the stages of one query add their entries to. */
export class StageMetricsCollector {
  private acc: Accumulator<StageMetric[]> | null = null;

  constructor(private readonly sc: SparkContext) {}

  /** The accumulator's id for a stage about to be shipped (created with the first stage). */
  accumulatorId(): number {
    this.acc ??= this.sc.internalAccumulator<StageMetric[]>([], [], builtin('listConcat'));
    return this.acc.id;
  }

  /** Totals by `${role}|${path}`; the accumulator is released. */
  finish(): Map<string, OperatorTotals> {
    const out = new Map<string, OperatorTotals>();
    if (!this.acc) return out;
    const entries = this.acc.value;
    this.sc.releaseAccumulator(this.acc.id);
    this.acc = null;
    const byTask = new Map<string, Map<number, number>>();
    for (const [task, path, role, rows, ms] of entries) {
      const key = `${role}|${path}`;
      let t = out.get(key);
      if (!t) out.set(key, (t = { rows: 0, taskMs: [] }));
      t.rows += rows;
      let tasks = byTask.get(key);
      if (!tasks) byTask.set(key, (tasks = new Map()));
      tasks.set(task, (tasks.get(task) ?? 0) + ms);
    }
    for (const [key, tasks] of byTask) out.get(key)!.taskMs.push(...tasks.values());
    return out;
  }
}

let active: StageMetricsCollector | null = null;

/** The collector of the query the Spark UI reporter is running, if any. */
export function activeStageMetrics(): StageMetricsCollector | null {
  return active;
}

/** Runs `fn` with `c` collecting the metrics of the stages it ships (nested queries restore the outer one). */
export function withStageMetrics<T>(c: StageMetricsCollector, fn: () => T): T {
  const prev = active;
  active = c;
  try {
    return fn();
  } finally {
    active = prev;
  }
}
