/**
 * The Spark UI's view of one SQL execution: the physical plan as a graph in Spark's shape
 * (the operators EXPLAIN prints, with WholeStageCodegen stage ids), and per-operator
 * metrics mapped back onto it from the operators that actually ran.
 *
 * The plan that runs differs from the one shown in two ways: parts the distributed planner
 * ran as jobs come back as `Exchange` scans of their output, and the planner fuses some
 * nodes (ORDER BY + LIMIT, renaming projections). Metrics travel by position: a node's path
 * of child indexes is the same in the optimized plan and in the plan that ran.
 */
import type { SqlOperatorMetrics, SqlPlanNode } from '../../rdd';
import type { LPlan } from '../logical';
import type { Exec } from './exec';
import { codegenStages, operatorName, physicalTree } from './explain';
import type { PhysicalNode } from './explain';
import { exclusiveMs } from './metrics';
import type { ExecMetrics } from './metrics';
import type { StageTotals } from './stage-metrics';
import { logicalOf } from './planner';

function childrenOf(p: LPlan): LPlan[] {
  switch (p.kind) {
    case 'scan': case 'command': return [];
    case 'join': case 'setOp': return [p.left, p.right];
    default: return [p.child];
  }
}


interface Shaped {
  readonly node: SqlPlanNode;
  /** Display node id → the logical node it stands for. */
  readonly logical: ReadonlyMap<number, LPlan>;
  /** Display node id → its part in the aggregates planned for one logical aggregate (`PhysicalNode.phase`). */
  readonly phase: ReadonlyMap<number, NonNullable<PhysicalNode['phase']>>;
}

/** The graph of `optimized` in Spark's physical shape. */
export function sqlPlanGraph(optimized: LPlan, conf: ReadonlyMap<string, string> = new Map()): Shaped {
  const logical = new Map<number, LPlan>();
  const phase = new Map<number, NonNullable<PhysicalNode['phase']>>();
  let next = 0;
  const tree = physicalTree(optimized, conf);
  const stages = codegenStages(tree);
  // A cached relation's plan (inner children) has codegen stages of its own, not clusters of this query's.
  const shape = (n: PhysicalNode, cached = false): SqlPlanNode => {
    const id = next++;
    if (n.plan) logical.set(id, n.plan);
    if (n.phase) phase.set(id, n.phase);
    const inCache = cached || n.inner === true;
    return { id, name: operatorName(n.text), detail: n.text, codegenStage: inCache ? null : stages.get(n) ?? null, children: n.children.map((c) => shape(c, inCache)) };
  };
  const root = shape(tree);
  return { node: root, logical, phase };
}

function isRenaming(p: LPlan): boolean {
  return p.kind === 'project' && p.exprs.length === p.child.output.length && p.exprs.every((e, i) => e.kind === 'ref' && e.index === i);
}

function pathsOf(root: LPlan): Map<LPlan, string> {
  const out = new Map<LPlan, string>();
  const walk = (p: LPlan, path: string): void => {
    if (!out.has(p)) out.set(p, path);
    childrenOf(p).forEach((c, i) => walk(c, `${path}/${i}`));
  };
  walk(root, '');
  return out;
}

/**
 * Whether the rows an `Exchange` scan at `path` returned are the whole output of the
 * optimized node there: not when a LIMIT above it was pushed into the tasks (a local limit
 * or a per-partition top-N, which the driver cuts again).
 */
function exactOutput(optimized: LPlan, path: string): boolean {
  const steps = path.split('/').slice(1).map(Number);
  const ancestors: LPlan[] = [];
  let cur = optimized;
  for (const s of steps) {
    ancestors.push(cur);
    cur = childrenOf(cur)[s]!;
  }
  const parent = ancestors[ancestors.length - 1];
  const grand = ancestors[ancestors.length - 2];
  const great = ancestors[ancestors.length - 3];
  if (parent?.kind === 'limit') return false;
  if (parent?.kind === 'sort' && (grand?.kind === 'limit' || (grand?.kind === 'project' && great?.kind === 'limit'))) return false;
  return true;
}

/**
 * Metrics for every node of `shaped`: rows and own time of the operator planned from the
 * same position in `executed` (the plan after the distributed stages ran); nodes under a
 * distributed stage are flagged and take what the executor tasks measured there
 * (`executor`, by `${role}|${path}`: rows summed over the tasks, time per task), null where
 * nothing was measured.
 */
export function sqlPlanMetrics(
  shaped: Shaped, optimized: LPlan, executed: LPlan, root: Exec | null, metrics: ReadonlyMap<Exec, ExecMetrics> | null,
  stages?: StageTotals,
): SqlOperatorMetrics[] {
  const executor = stages?.operators ?? new Map<string, never>();
  const optPaths = pathsOf(optimized);

  const execPaths = executed === optimized ? optPaths : pathsOf(executed);
  // Path → the operator that ran for it (the first planned from that node).
  const ran = new Map<string, Exec>();
  if (root && metrics) {
    for (const e of metrics.keys()) {
      const lp = logicalOf(e);
      const path = lp && execPaths.get(lp);
      if (path !== undefined && !ran.has(path)) ran.set(path, e);
    }
  }
  // Positions the distributed planner replaced by the output of its jobs.
  const distributedAt: string[] = [];
  for (const [lp, path] of execPaths) if (lp.kind === 'scan' && lp.name === 'Exchange' && !optPaths.has(lp)) distributedAt.push(path);
  // EXPLAIN and the planner skip renaming projections: what ran at one stands for the node below it.
  const optByPath = new Map([...optPaths].map(([lp, path]) => [path, lp] as const));
  const ranAt = (path: string, has: (p: string) => boolean = (p) => ran.has(p)): string => {
    let p = path;
    while (!has(p) && p !== '') {
      const up = p.slice(0, p.lastIndexOf('/'));
      const parent = optByPath.get(up);
      if (!parent || !isRenaming(parent)) break;
      p = up;
    }
    return p;
  };
  const under = (path: string) => distributedAt.some((d) => path === d || path.startsWith(`${d}/`));
  const hasLimit = [...optPaths.keys()].some((p) => p.kind === 'limit');
  const out: SqlOperatorMetrics[] = [];
  const usedPartials = new Set<string>();
  const usedExchanges = new Set<string>();
  const visit = (n: SqlPlanNode, inherited: string | null): void => {
    const lp = shaped.logical.get(n.id);
    const path = lp ? (optPaths.get(lp) ?? null) : null;
    // Exchanges and partial aggregates stand with the node above them.
    const where = path ?? inherited;
    const distributed = where !== null && under(where);
    let rows: number | null = null;
    let timeMs: number | null = null;
    if (path !== null) {
      const at = ranAt(path);
      const e = ran.get(at);
      const m = e && metrics?.get(e);
      if (e && m && m.calls > 0) {
        const isStageOutput = distributedAt.includes(at);
        rows = isStageOutput && !exactOutput(optimized, at) ? null : m.rows;
        timeMs = distributed ? null : exclusiveMs(e, metrics!);
      }
    }
    // A table scanned by executor tasks outputs every row of the table (its partitions cover it
    // once), unless a LIMIT may have stopped the tasks early. A file scan's rows were read by
    // the executors: counting them would read the files in the driver too.
    if (rows === null && distributed && lp?.kind === 'scan' && lp.batches && !lp.files && !hasLimit) rows = lp.batches().reduce((k, b) => k + b.numRows, 0);
    // What the executor tasks measured: the operator's own rows and time, or for a partial
    // aggregate (shown below the exchange of the aggregate it stands with) the partial's.
    let tasks: SqlOperatorMetrics['tasks'];
    if (distributed) {
      let key: string | null = null;
      if (path !== null) key = `|${ranAt(path, (p) => executor.has(`|${p}`))}`;
      // The map side's partial aggregate (for a DISTINCT aggregate, the lowest of its three).
      else if (n.name === 'HashAggregate' && where !== null && !usedPartials.has(where) && shaped.phase.get(n.id) === 'partial') {
        usedPartials.add(where);
        key = `partial|${where}`;
      }
      const t = key === null ? undefined : executor.get(key);
      if (t && t.taskMs.length > 0) {
        rows ??= t.rows;
        const ms = [...t.taskMs].sort((a, b) => a - b);
        timeMs = ms.reduce((a, b) => a + b, 0) + (t.driverMs ?? 0);
        tasks = { count: ms.length, minMs: ms[0]!, medMs: ms[ms.length >> 1]!, maxMs: ms[ms.length - 1]! };
      } else if (t && t.driverMs !== null) {
        // Ran in the driver between the stages (partials merged, a broadcast side collected).
        rows ??= t.rows;
        timeMs = t.driverMs;
      }
    }
    // An exchange the stages ran: what its map tasks wrote and its readers read (by the node it feeds).
    let shuffle: SqlOperatorMetrics['shuffle'];
    let broadcast: SqlOperatorMetrics['broadcast'];
    // A DISTINCT aggregate's exchange of distinct tuples is the one the stages ran, not the one above its partial counts.
    if (n.name === 'Exchange' && path === null && where !== null && !usedExchanges.has(where) && shaped.phase.get(n.id) !== 'distinctFinal') {
      const x = stages?.exchanges.get(where);
      // The hash exchange of the reduce job, or the single partition partials are merged in.
      if (x && (x.coalescedPartitions !== null ? /\bhashpartitioning\(/.test(n.detail) : /\bSinglePartition\b/.test(n.detail))) {
        usedExchanges.add(where);
        shuffle = x;
      }
    }
    if (n.name === 'BroadcastExchange' && where !== null) {
      const b = stages?.broadcasts.get(where);
      if (b) {
        broadcast = { rows: b.rows, dataSize: b.bytes, collectMs: b.collectMs, buildMs: b.buildMs, broadcastMs: b.broadcastMs };
        rows ??= b.rows;
      }
    }
    out.push({ id: n.id, rows, timeMs, distributed, ...(tasks ? { tasks } : {}), ...(shuffle ? { shuffle } : {}), ...(broadcast ? { broadcast } : {}) });
    // A shuffled join's sides: their Sort and Exchange stand with the side (keyed as the stages key its exchange).
    const shuffledJoin = path !== null && (n.name === 'SortMergeJoin' || n.name === 'ShuffledHashJoin');
    n.children.forEach((c, i) => visit(c, shuffledJoin ? `${path}/${i}/-1` : where));
  };
  visit(shaped.node, null);
  return withOnePartitionRows(shaped, out);
}

/**
 * Operators of Spark's plan that Flint ran fused, over one partition (in the driver, or a
 * table small enough for one task): an exchange that moved nothing passes its input's rows
 * on, and a partial aggregate whose final one ran in the same single pass outputs one row
 * per group, as many as the final aggregate. Below an exchange that ran, the operator the map
 * tasks ended with produced the records the exchange wrote.
 * The plan under an InMemoryRelation is flagged: it ran to fill the cache, not in this query.
 */
function withOnePartitionRows(shaped: Shaped, metrics: SqlOperatorMetrics[]): SqlOperatorMetrics[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const set = (m: SqlOperatorMetrics, extra: Partial<SqlOperatorMetrics>) => byId.set(m.id, { ...m, ...extra });
  const isExchange = (n: SqlPlanNode) => n.name === 'Exchange' || n.name === 'BroadcastExchange';
  const unmeasured = (n: SqlPlanNode) => {
    const m = byId.get(n.id);
    return m && m.rows === null && !m.shuffle && !m.broadcast ? m : null;
  };
  // Partials first (top-down), then exchanges bottom-up, so an exchange above an inferred partial sees its rows.
  const partials = (n: SqlPlanNode): void => {
    for (const x of n.children) {
      const partial = x.children.length === 1 ? x.children[0]! : null;
      const final = byId.get(n.id);
      const kind = shaped.logical.get(n.id)?.kind;
      const agg = kind === 'aggregate' || kind === 'distinct';
      const m = partial && partial.name === 'HashAggregate' && !shaped.logical.has(partial.id) ? unmeasured(partial) : null;
      // Right below the exchange the partial is keyed as the final (a distinct aggregate's further split sits lower).
      if (n.name === 'HashAggregate' && agg && x.name === 'Exchange' && unmeasured(x) && m && final && final.rows !== null) set(m, { rows: final.rows, withFinal: true });
      // The records an exchange wrote are the rows its map side's last operator produced.
      const written = byId.get(x.id)?.shuffle?.recordsWritten;
      if (x.name === 'Exchange' && written !== undefined && partial && !shaped.logical.has(partial.id)) {
        const below = unmeasured(partial);
        if (below) set(below, { rows: written, viaExchange: true });
      }
      partials(x);
    }
  };
  partials(shaped.node);
  // A Project outputs one row per input row: an operator feeding a counted one produced as many
  // (the planner rewrote it, e.g. to carry spark_partition_id(), so it was not counted itself).
  const projected = (n: SqlPlanNode): void => {
    const rows = byId.get(n.id)?.rows ?? null;
    const only = n.children.length === 1 ? n.children[0]! : null;
    const m = only && !isExchange(only) ? unmeasured(only) : null;
    if (n.name === 'Project' && rows !== null && m && m.timeMs === null) set(m, { rows, viaProject: true });
    // ColumnarToRow turns a batched file scan's column batches into rows: as many as the scan read.
    const self = n.name === 'ColumnarToRow' && only ? unmeasured(n) : null;
    const scanned = only ? byId.get(only.id)?.rows ?? null : null;
    if (self && scanned !== null) set(self, { rows: scanned });
    // The Sort EXPLAIN shows below a Window ran inside it (the window operator sorts its partition).
    if (n.name === 'Window' && rows !== null && m && only!.name === 'Sort' && !shaped.logical.has(only!.id)) set(m, { rows, viaWindow: true });
    n.children.forEach(projected);
  };
  projected(shaped.node);
  const exchanges = (n: SqlPlanNode): void => {
    n.children.forEach(exchanges);
    const m = unmeasured(n);
    const child = n.children.length === 1 ? byId.get(n.children[0]!.id) : undefined;
    const rows = child?.rows ?? (child?.notExchanged ?? null);
    if (isExchange(n) && m && rows !== null) set(m, { notExchanged: rows });
  };
  exchanges(shaped.node);
  // The Sort a sort-merge join requires on each side outputs every row it sorts: what its exchange delivered.
  const sorts = (n: SqlPlanNode): void => {
    n.children.forEach(sorts);
    const m = n.name === 'Sort' && !shaped.logical.has(n.id) && n.children.length === 1 ? unmeasured(n) : null;
    const below = m ? byId.get(n.children[0]!.id) : undefined;
    const rows = below?.shuffle?.recordsRead ?? below?.notExchanged ?? below?.rows ?? null;
    if (m && rows !== null) set(m, { rows, viaExchange: n.children[0]!.name === 'Exchange' });
  };
  sorts(shaped.node);
  // A cached relation's plan runs once, to fill the cache, not as operators of the queries that read it.
  const cached = (n: SqlPlanNode, inside: boolean): void => {
    const here = inside || n.name === 'InMemoryRelation';
    const m = here ? unmeasured(n) : null;
    if (m && m.timeMs === null) set(m, { inCache: true });
    n.children.forEach((c) => cached(c, here));
  };
  cached(shaped.node, false);
  return metrics.map((m) => byId.get(m.id)!);
}
