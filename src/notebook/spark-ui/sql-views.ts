/**
 * Derived views for the SQL, Streaming and Storage tabs: the SQL executions list, the
 * physical plan laid out as a graph (data flowing from the scans at the top down to the
 * root, as Spark's SQL tab draws it, with WholeStageCodegen clusters), a line diff for the
 * optimizer's before/after plans, streaming batch summaries, and cached tables.
 */
import type { SparkUiModel } from './model';
import type { SqlExecutionView, SqlOperatorMetrics, SqlPlanNode, StreamingBatchInfo, StreamingQueryView, CachedTableView } from './types';
import type { SqlBroadcastMetrics, SqlShuffleMetrics, SqlTaskSpread } from './types';
import { formatBytes } from './views';

export function sqlExecutionsNewestFirst(model: SparkUiModel): SqlExecutionView[] {
  return [...model.sqlExecutions.values()].sort((a, b) => b.executionId - a.executionId);
}

/** The plan as Spark 3.5's EXPLAIN prints it (adaptive execution on, before it ran). */
export function explainText(plan: SqlPlanNode): string {
  const lines = ['AdaptiveSparkPlan isFinalPlan=false'];
  const walk = (n: SqlPlanNode, prefix: string, last: boolean): void => {
    lines.push(`${prefix}${last ? '+- ' : ':- '}${n.detail}`);
    n.children.forEach((c, i) => walk(c, prefix + (last ? '   ' : ':  '), i === n.children.length - 1));
  };
  walk(plan, '', true);
  return `== Physical Plan ==\n${lines.join('\n')}\n`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export const PLAN_NODE_W = 220;
export const PLAN_NODE_H = 52;
const GAP_X = 24;
const GAP_Y = 34;
const CLUSTER_PAD = 8;

export interface PlanGraphNode {
  readonly node: SqlPlanNode;
  readonly x: number;
  readonly y: number;
  readonly metrics: SqlOperatorMetrics | null;
  /** Pre-order position (the order keyboard focus moves in). */
  readonly index: number;
}

export interface PlanGraphEdge {
  /** From the child (input) to the parent (consumer): the direction rows flow. */
  readonly from: number;
  readonly to: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface CodegenCluster {
  readonly stage: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlanGraph {
  readonly nodes: readonly PlanGraphNode[];
  readonly edges: readonly PlanGraphEdge[];
  readonly clusters: readonly CodegenCluster[];
  readonly width: number;
  readonly height: number;
}

/**
 * A tidy layered layout: each leaf takes the next column, a parent sits centred over its
 * children; depth decides the row, the deepest operators (the scans) on top.
 */
export function layoutPlanGraph(plan: SqlPlanNode, metrics: ReadonlyMap<number, SqlOperatorMetrics>): PlanGraph {
  const depthOf = new Map<number, number>();
  let maxDepth = 0;
  const order: SqlPlanNode[] = [];
  const walk = (n: SqlPlanNode, d: number): void => {
    depthOf.set(n.id, d);
    maxDepth = Math.max(maxDepth, d);
    order.push(n);
    n.children.forEach((c) => walk(c, d + 1));
  };
  walk(plan, 0);
  const col = new Map<number, number>();
  let nextLeaf = 0;
  const place = (n: SqlPlanNode): number => {
    if (n.children.length === 0) {
      col.set(n.id, nextLeaf++);
      return col.get(n.id)!;
    }
    const xs = n.children.map(place);
    const c = (Math.min(...xs) + Math.max(...xs)) / 2;
    col.set(n.id, c);
    return c;
  };
  place(plan);
  const pos = (n: SqlPlanNode) => ({ x: col.get(n.id)! * (PLAN_NODE_W + GAP_X) + CLUSTER_PAD, y: (maxDepth - depthOf.get(n.id)!) * (PLAN_NODE_H + GAP_Y) + CLUSTER_PAD + 14 });
  const nodes = order.map((n, index) => ({ node: n, ...pos(n), metrics: metrics.get(n.id) ?? null, index }));
  const at = new Map(nodes.map((n) => [n.node.id, n]));
  const edges: PlanGraphEdge[] = [];
  for (const n of order) {
    const p = at.get(n.id)!;
    for (const c of n.children) {
      const q = at.get(c.id)!;
      edges.push({ from: c.id, to: n.id, x1: q.x + PLAN_NODE_W / 2, y1: q.y + PLAN_NODE_H, x2: p.x + PLAN_NODE_W / 2, y2: p.y });
    }
  }
  const byStage = new Map<number, PlanGraphNode[]>();
  for (const n of nodes) if (n.node.codegenStage !== null) byStage.set(n.node.codegenStage, [...(byStage.get(n.node.codegenStage) ?? []), n]);
  const clusters = [...byStage.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([stage, ns]) => {
      const x = Math.min(...ns.map((n) => n.x)) - CLUSTER_PAD;
      const y = Math.min(...ns.map((n) => n.y)) - CLUSTER_PAD - 14;
      return { stage, x, y, width: Math.max(...ns.map((n) => n.x)) + PLAN_NODE_W + CLUSTER_PAD - x, height: Math.max(...ns.map((n) => n.y)) + PLAN_NODE_H + CLUSTER_PAD - y };
    });
  return {
    nodes, edges, clusters,
    width: Math.max(1, nextLeaf) * (PLAN_NODE_W + GAP_X) - GAP_X + 2 * CLUSTER_PAD,
    height: (maxDepth + 1) * (PLAN_NODE_H + GAP_Y) - GAP_Y + 2 * CLUSTER_PAD + 14,
  };
}

const ms = (t: number) => (t < 1 ? '<1' : String(Math.round(t)));
// Per-task figures in whole ms as Spark prints them (kept short for the graph's boxes).
const whole = (t: number) => String(Math.round(t));

/** Spark's "total (min, med, max)" of a metric over the tasks that reported it. */
function spreadText(s: SqlTaskSpread, unit: 'ms' | 'bytes'): string {
  if (unit === 'bytes') return `${formatBytes(s.total)} (min ${formatBytes(s.min)}, med ${formatBytes(s.med)}, max ${formatBytes(s.max)})`;
  return `${ms(s.total)} ms (min ${whole(s.min)}, med ${whole(s.med)}, max ${whole(s.max)})`;
}

/** An Exchange's metrics as Spark's ShuffleExchangeExec and AQEShuffleRead name them. */
function shuffleLines(x: SqlShuffleMetrics): string[] {
  const out = [
    `shuffle records written: ${formatCount(x.recordsWritten)}`,
    `shuffle bytes written: ${spreadText(x.bytesWritten, 'bytes')}`,
    `shuffle write time: ${spreadText(x.writeTimeMs, 'ms')}`,
    `records read: ${formatCount(x.recordsRead)}`,
    `local bytes read: ${formatBytes(x.localBytesRead)}`,
    `remote bytes read: ${formatBytes(x.remoteBytesRead)}`,
    // Flint's blocks are not compressed: the rows' size is what was written.
    `data size: ${formatBytes(x.bytesWritten.total)}`,
    `number of partitions: ${formatCount(x.partitions)}`,
  ];
  if (x.coalescedPartitions !== null) out.push(`AQEShuffleRead number of coalesced partitions: ${formatCount(x.coalescedPartitions)}`);
  if (x.partitionDataSize) out.push(`AQEShuffleRead partition data size: ${spreadText(x.partitionDataSize, 'bytes')}`);
  return out;
}

/** A BroadcastExchange's metrics as Spark's BroadcastExchangeExec names them (rows come first, as every operator's). */
function broadcastLines(b: SqlBroadcastMetrics): string[] {
  return [`data size: ${formatBytes(b.dataSize)}`, `time to collect: ${ms(b.collectMs)} ms`, `time to build: ${ms(b.buildMs)} ms`, `time to broadcast: ${ms(b.broadcastMs)} ms`];
}

/** The metric lines Spark shows in an operator's box. */
export function metricLines(m: SqlOperatorMetrics | null): string[] {
  if (!m) return [];
  const out: string[] = [];
  if (m.shuffle) return shuffleLines(m.shuffle);
  if (m.inCache) return ['in the cache: computed once, when first read'];
  if (m.notExchanged !== undefined) return [`records: ${formatCount(m.notExchanged)} (one partition, not exchanged)`];
  if (m.rows !== null) out.push(`number of output rows: ${formatCount(m.rows)}${m.withFinal ? ' (one partition: with the final aggregate)' : m.viaProject ? ' (as the Project it feeds)' : m.viaWindow ? ' (as the Window it feeds)' : m.viaExchange ? ' (the records its exchange wrote)' : ''}`);
  if (m.broadcast) out.push(...broadcastLines(m.broadcast));
  // Spark's "time: total (min, med, max)" over the executor tasks that ran the operator.
  if (m.timeMs !== null) out.push(m.tasks ? `time: ${ms(m.timeMs)} ms (min ${whole(m.tasks.minMs)}, med ${whole(m.tasks.medMs)}, max ${whole(m.tasks.maxMs)})` : `time: ${ms(m.timeMs)} ms`);
  if (m.distributed && m.rows === null) out.push('ran in executor tasks');
  if (m.tasks) out.push(`in ${formatCount(m.tasks.count)} executor task${m.tasks.count === 1 ? '' : 's'}`);
  return out;
}

/** One operator in words: the text alternative of its box. */
export function planNodeLabel(n: PlanGraphNode): string {
  const parts = [n.node.codegenStage !== null ? `*(${n.node.codegenStage}) ${n.node.name}` : n.node.name, n.node.detail, ...metricLines(n.metrics)];
  return parts.join('; ');
}

export interface DiffLine {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Line diff by longest common subsequence (plans are short). */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ kind: 'removed', text: a[i++]! });
    else out.push({ kind: 'added', text: b[j++]! });
  }
  while (i < n) out.push({ kind: 'removed', text: a[i++]! });
  while (j < m) out.push({ kind: 'added', text: b[j++]! });
  return out;
}

export interface StreamingSummary {
  readonly query: StreamingQueryView;
  readonly avgInputRate: number | null;
  readonly avgProcessingRate: number | null;
  readonly avgDurationMs: number | null;
  readonly totalInputRows: number;
  readonly latest: StreamingBatchInfo | null;
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Active queries first, then by start time, newest first (as Spark's two tables). */
export function streamingSummaries(model: SparkUiModel): StreamingSummary[] {
  return [...model.streamingQueries.values()]
    .sort((a, b) => (a.status === 'active' ? 0 : 1) - (b.status === 'active' ? 0 : 1) || b.started - a.started)
    .map((q) => ({
      query: q,
      avgInputRate: mean(q.batches.map((b) => b.inputRowsPerSecond)),
      avgProcessingRate: mean(q.batches.map((b) => b.processedRowsPerSecond)),
      avgDurationMs: mean(q.batches.map((b) => b.durationMs)),
      totalInputRows: q.batches.reduce((n, b) => n + b.numInputRows, 0),
      latest: q.batches[q.batches.length - 1] ?? null,
    }));
}

export function formatRate(r: number | null): string {
  if (r === null) return '–';
  return `${r >= 100 ? Math.round(r).toLocaleString('en-US') : r.toFixed(1)}/s`;
}

export function cachedTables(model: SparkUiModel): CachedTableView[] {
  return [...model.cachedTables.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Estimated bytes held per executor (and the driver) across cached tables and RDD partitions. */
export function memoryByExecutor(model: SparkUiModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of model.cachedTables.values()) out.set(t.executorId, (out.get(t.executorId) ?? 0) + t.sizeBytes);
  for (const b of model.blocks.values()) if (b.sizeBytes !== null) out.set(b.executorId, (out.get(b.executorId) ?? 0) + b.sizeBytes);
  return out;
}
