/**
 * Per-operator metrics of the SQL stages that run on the executors, for the Spark UI's SQL
 * tab. As Spark's SQLMetrics, they are accumulators: each task instruments the operators it
 * runs (one clock read and one add per operator call, never per row), adds one entry per
 * operator to the query's metrics accumulator, and the driver merges the successful tasks'
 * entries (a failed or duplicate task's are dropped; a recomputed partition counts again,
 * as in Spark). Only while the Spark UI reporter runs a query: other queries ship stages
 * without the accumulator and their tasks measure nothing.
 */
import type { Accumulator, SparkContext, SqlShuffleMetrics, SqlTaskSpread } from '../../rdd';
import { builtin, taskContext, taskExecutorId } from '../../rdd';
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
export type OperatorMetric = readonly [number, string, string, number, number];

/**
 * An exchange's map side in one task: 'w', the task attempt, the path of the node the
 * exchange feeds, the map partition, the executor, records written, bytes per reducer and
 * the write time in ms.
 */
export type ExchangeWrite = readonly ['w', number, string, number, string, number, readonly number[], number];

/** An exchange's reduce side in one task: 'r', task, path, reduce partition, executor, records and bytes read. */
export type ExchangeRead = readonly ['r', number, string, number, string, number, number];

export type StageMetric = OperatorMetric | ExchangeWrite | ExchangeRead;

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
  track(exec: Exec, plan: LPlan, prefix: readonly number[], rootRole: string, leaf: readonly number[] | null | 'tables'): Exec {
    const at = new Map<LPlan, readonly [string, string]>();
    const leafKey = leaf && leaf !== 'tables' ? pathKey(leaf) : null;
    // 'tables': every scan is the query's own except the outputs of stages run before (Exchange).
    const own = (p: Extract<LPlan, { kind: 'scan' }>, local: string) => (leaf === 'tables' ? p.name !== 'Exchange' : local === leafKey);
    const walk = (p: LPlan, local: string, role: string): void => {
      if (p.kind === 'scan' && !own(p, local)) return;
      if (!at.has(p)) at.set(p, [pathKey(prefix) + local, role]);
      childrenOf(p).forEach((c, i) => walk(c, `${local}/${i}`, ''));
    };
    walk(plan, '', rootRole);
    this.tracked.push({ metrics: instrumentExec(exec), at });
    return exec;
  }

  private readonly io: (ExchangeWrite | ExchangeRead)[] = [];

  /** The task wrote an exchange's map side for the node at `path`: records, bytes per reducer, ms. */
  exchangeWrite(path: readonly number[], records: number, bytesByReducer: readonly number[], ms: number): void {
    this.io.push(['w', -1, pathKey(path), taskContext()?.partitionId ?? -1, taskExecutorId() ?? '', records, bytesByReducer, ms]);
  }

  /** The task read an exchange's reduce side for the node at `path`. */
  exchangeRead(path: readonly number[], records: number, bytes: number): void {
    this.io.push(['r', -1, pathKey(path), taskContext()?.partitionId ?? -1, taskExecutorId() ?? '', records, bytes]);
  }

  /** One entry per operator that ran (the outermost operator planned from each node), then the exchanges' reads and writes. */
  entries(taskId: number): StageMetric[] {
    const out: StageMetric[] = [];
    for (const e of this.io) out.push(e[0] === 'w' ? ['w', taskId, e[2], e[3], e[4], e[5], e[6], e[7]] : ['r', taskId, e[2], e[3], e[4], e[5], e[6]]);
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
  /** Own time of the operator where it ran in the driver (a merge of partials, a broadcast side), null if it did not. */
  driverMs: number | null;
}

/** What a broadcast cost in the driver before the tasks that read it ran. */
export interface BroadcastCost {
  readonly rows: number;
  readonly bytes: number;
  readonly collectMs: number;
  readonly buildMs: number;
  readonly broadcastMs: number;
}

/** Everything the stages of one query measured, by node path. */
export interface StageTotals {
  /** By `${role}|${path}`. */
  readonly operators: Map<string, OperatorTotals>;
  /** By the path of the node the exchange feeds (the aggregate or window above it). */
  readonly exchanges: Map<string, SqlShuffleMetrics>;
  /** By the path of the join whose right side was broadcast. */
  readonly broadcasts: Map<string, BroadcastCost>;
}

export function spread(xs: readonly number[]): SqlTaskSpread {
  const s = [...xs].sort((a, b) => a - b);
  return { total: s.reduce((a, b) => a + b, 0), min: s[0] ?? 0, med: s[s.length >> 1] ?? 0, max: s[s.length - 1] ?? 0 };
}

interface Layout {
  readonly reducers: number;
  /** Reducers each reduce task read (AQE's coalesced partitions, in order). */
  readonly groups: readonly (readonly number[])[];
}

/** On the driver: the accumulator the stages of one query add their entries to. */
export class StageMetricsCollector {
  private acc: Accumulator<StageMetric[]> | null = null;
  private readonly layouts = new Map<string, Layout>();
  private readonly driverReads = new Map<string, { records: number; bytes: number }>();
  private readonly driverPlans: TaskPlanMetrics[] = [];
  private readonly broadcasts = new Map<string, BroadcastCost>();
  private readonly driverOps: OperatorMetric[] = [];

  constructor(private readonly sc: SparkContext) {}

  /** The accumulator's id for a stage about to be shipped (created with the first stage). */
  accumulatorId(): number {
    this.acc ??= this.sc.internalAccumulator<StageMetric[]>([], [], builtin('listConcat'));
    return this.acc.id;
  }

  /** How the exchange feeding the node at `path` was read: its reducers and the coalesced groups of them. */
  exchangeLayout(path: readonly number[], reducers: number, groups: readonly (readonly number[])[]): void {
    this.layouts.set(pathKey(path), { reducers, groups });
  }

  /** The driver read an exchange's output itself (Exchange SinglePartition: partials merged in the driver). */
  driverRead(path: readonly number[], records: number, bytes: number): void {
    const k = pathKey(path);
    const r = this.driverReads.get(k) ?? { records: 0, bytes: 0 };
    this.driverReads.set(k, { records: r.records + records, bytes: r.bytes + bytes });
  }

  /** A broadcast join's right side, collected, built and broadcast in the driver. */
  broadcast(joinPath: readonly number[], cost: BroadcastCost): void {
    this.broadcasts.set(pathKey(joinPath), cost);
  }

  /**
   * executePlan's observer for part of the query run in the driver while its stages run
   * (`plan` standing at `prefix` in the optimized plan): its operators are timed as tasks' are.
   */
  observeDriver(plan: LPlan, prefix: readonly number[], role = ''): (root: Exec) => void {
    return (root) => {
      const t = new TaskPlanMetrics();
      t.track(root, plan, prefix, role, 'tables');
      this.driverPlans.push(t);
    };
  }

  /** An operator of the query the driver ran itself between the stages (the final merge of partials). */
  driverOperator(path: readonly number[], role: string, rows: number, ms: number): void {
    this.driverOps.push([-1, pathKey(path), role, rows, ms]);
  }

  /** Totals of everything measured; the accumulator is released. */
  finish(): StageTotals {
    const operators = new Map<string, OperatorTotals>();
    const exchanges = new Map<string, SqlShuffleMetrics>();
    const totals: StageTotals = { operators, exchanges, broadcasts: new Map(this.broadcasts) };
    const entries = this.acc ? this.acc.value : [];
    if (this.acc) this.sc.releaseAccumulator(this.acc.id);
    this.acc = null;
    const byTask = new Map<string, Map<number, number>>();
    const writes: ExchangeWrite[] = [];
    const reads: ExchangeRead[] = [];
    for (const e of entries) {
      if (e[0] === 'w') {
        writes.push(e);
        continue;
      }
      if (e[0] === 'r') {
        reads.push(e);
        continue;
      }
      const [task, path, role, rows, ms] = e;
      const key = `${role}|${path}`;
      let t = operators.get(key);
      if (!t) operators.set(key, (t = { rows: 0, taskMs: [], driverMs: null }));
      t.rows += rows;
      let tasks = byTask.get(key);
      if (!tasks) byTask.set(key, (tasks = new Map()));
      tasks.set(task, (tasks.get(task) ?? 0) + ms);
    }
    for (const [key, tasks] of byTask) operators.get(key)!.taskMs.push(...tasks.values());
    const driverEntries = [...this.driverOps.splice(0), ...this.driverPlans.splice(0).flatMap((p) => p.entries(-1))];
    for (const e of driverEntries) {
      if (typeof e[0] !== 'number') continue;
      const [, path, role, rows, ms] = e as OperatorMetric;
      const key = `${role}|${path}`;
      let t = operators.get(key);
      if (!t) operators.set(key, (t = { rows: 0, taskMs: [], driverMs: null }));
      t.rows += rows;
      t.driverMs = (t.driverMs ?? 0) + ms;
    }
    this.exchangeTotals(writes, reads, exchanges);
    return totals;
  }

  private exchangeTotals(writes: readonly ExchangeWrite[], reads: readonly ExchangeRead[], out: Map<string, SqlShuffleMetrics>): void {
    const paths = new Set([...writes.map((w) => w[2]), ...reads.map((r) => r[2])]);
    for (const path of paths) {
      // A map partition run again (a lost executor) wrote again: keep what its last run wrote for the reads.
      const byMap = new Map<number, ExchangeWrite>();
      const ws = writes.filter((w) => w[2] === path);
      for (const w of ws) byMap.set(w[3], w);
      const rs = reads.filter((r) => r[2] === path);
      const layout = this.layouts.get(path);
      const driver = this.driverReads.get(path);
      let local = 0;
      let read = 0;
      for (const r of rs) {
        read += r[6];
        const reducers = layout?.groups[r[3]] ?? [];
        for (const w of byMap.values()) if (w[4] === r[4]) for (const red of reducers) local += w[6][red] ?? 0;
      }
      local = Math.min(local, read);
      const written = ws.map((w) => w[6].reduce((a, b) => a + b, 0));
      out.set(path, {
        recordsWritten: ws.reduce((n, w) => n + w[5], 0),
        bytesWritten: spread(written),
        writeTimeMs: spread(ws.map((w) => w[7])),
        recordsRead: rs.reduce((n, r) => n + r[5], 0) + (driver?.records ?? 0),
        localBytesRead: local,
        remoteBytesRead: read - local + (driver?.bytes ?? 0),
        partitions: layout?.reducers ?? Math.max(1, ...ws.map((w) => w[6].length)),
        coalescedPartitions: layout ? layout.groups.length : null,
        partitionDataSize: rs.length > 0 ? spread(rs.map((r) => r[6])) : null,
      });
    }
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
