/**
 * Runs the heavy parts of a SQL plan as jobs on the executor pool, through the same DAG
 * scheduler as RDDs (so they show in progress bars). Stages are cut where Spark puts
 * exchanges:
 *
 * - a narrow chain (Project / Filter / Generate, with a local LIMIT) over a table scan runs
 *   per partition of the table, whose batches stay cached on the executors;
 * - a grouped HashAggregate runs as a map job (the chain, then Spark's hashpartitioning:
 *   pmod(murmur3(keys), spark.sql.shuffle.partitions)), adaptive coalescing of the reduce
 *   partitions to a target size as Spark 3.5's AQE does, and a reduce job aggregating each
 *   coalesced partition.
 *
 * Results are exactly the in-driver ones, order included: partitions are contiguous row
 * ranges concatenated in order, every group's rows reach one reducer in input order, and
 * groups come back ordered by their first input row. The rest of the plan runs in the
 * driver over the stages' outputs. Anything else (subqueries, non-deterministic
 * expressions, grouping sets, small inputs) runs in the driver as before.
 */
import type { ColumnBatch } from '../../columnar';
import { batchesFromRows } from '../../columnar';
import type { BoundExpr } from '../../expr';
import { KeyboardInterrupt } from '../../errors';
import type { RDD, SparkContext } from '../../rdd';
import { functionId } from '../../rdd';
import type { FunctionRef } from '../../rdd';
import { DoubleType, sessionTimeZone } from '../../types';
import type { RelationResolver } from '../analyzer/analyzer';
import type { LPlan, ScanFilter } from '../logical';
import { decodeBatches, dictionaryHash, encodeBatches, encodeDictionaries, knownDictionaryId, sameEntries } from './batch-wire';
import { isDictionaryRefs } from './exchange-io';
import { isDeterministic, referencedColumns } from './exec';
import { activeStageMetrics } from './stage-metrics';
import { keyCarryingPlan, mergeSortedRuns, windowBelow } from './window-stage';
import { countCodes, isCodeSet } from './distinct-stage';
import { batchByOrdinal } from './exchange-hash';
import { finishIsIdentity } from './agg-split';
import { coalescePartitions, inputPartitions, isFileInput, rowCount, tableRdd } from './stage-inputs';
import { confNumber } from './conf-bytes';
import type { ScanInput } from './stage-inputs';
import {
  SQL_STAGE_LANG, execBatches, finishRows, fingerprint, inputScan, mergePlan, mergedTypes, partialTypes, planChildren, rebuildFragment,
  splitAggregates,
} from './sql-stage';
import { executePlan, planPhysical } from './planner';
import { containsSpid } from './partitioning';
import { setDefaultParallelism } from '../partitions';
import { selectJoin } from './join-selection';
import type { EquiKeys } from './join-exec';
import { encodeBatchRange } from './batch-wire';
import { partitionIds, placeRows, scatterBatches } from './exchange-hash';
import { ordinalPlan, stageEnv } from './sql-stage';
import { optimize } from '../optimizer/optimizer';
import type { QuerySource, StageSpec } from './sql-stage';

export { coalescePartitions, splitBatches } from './stage-inputs';

/** What a distributed run needs from the session. */
export interface DistributedContext {
  readonly sc: SparkContext;
  readonly conf: ReadonlyMap<string, string>;
  /** The job description (`collect at <stdin>:1`, `showString at NativeMethodAccessorImpl.java:0`). */
  readonly description: string;
}

/** A query's source and the relations its lookups returned (on the driver, with their data). */
export interface RecordedSource {
  readonly source: QuerySource;
  readonly plans: readonly (LPlan | null)[];
  /** Session functions (UDFs) the query calls: their code cannot be rebuilt from the text. */
  readonly usesSessionFunctions: boolean;
}

type FunctionLookup = { lookupFunction?(name: string): unknown };

/** Wraps a catalog so the relations an analysis reads are recorded for the executors. */
export function recordingResolver(inner: RelationResolver, text: string): { resolver: RelationResolver; recorded: () => RecordedSource } {
  const lookups: { parts: string[]; rel: number }[] = [];
  const plans: (LPlan | null)[] = [];
  const relations: QuerySource['relations'][number][] = [];
  let usesSessionFunctions = false;
  const functions = inner as RelationResolver & FunctionLookup;
  const resolver = {
    lookupRelation(parts: string[]): LPlan | null {
      const p = inner.lookupRelation(parts);
      if (!p) {
        lookups.push({ parts: [...parts], rel: -1 });
        return p;
      }
      lookups.push({ parts: [...parts], rel: relations.length });
      plans.push(p);
      relations.push({ name: p.kind === 'scan' ? p.name : 'Relation', fields: p.output.map((a) => ({ name: a.name, type: a.type, nullable: a.nullable })) });
      return p;
    },
    lookupFunction(name: string): unknown {
      const f = functions.lookupFunction?.(name);
      if (f !== undefined) usesSessionFunctions = true;
      return f;
    },
  };
  return { resolver: resolver as RelationResolver, recorded: () => ({ source: { text, lookups, relations }, plans, usesSessionFunctions }) };
}

const sources = new WeakMap<LPlan, RecordedSource>();

export function setPlanSource(plan: LPlan, src: RecordedSource): void {
  sources.set(plan, src);
}

export function planSource(plan: LPlan): RecordedSource | undefined {
  return sources.get(plan);
}

function readsPartitionIds(p: LPlan): boolean {
  if (p.kind === 'repartition') return p.mode === 'roundRobin' || p.mode === 'coalesce';
  if (p.kind === 'project') return containsSpid(p.exprs);
  if (p.kind === 'filter') return containsSpid([p.cond]);
  return false;
}

/** Spark runs every query as jobs; `spark.flint.sql.distributed.minRows` keeps small ones in the driver. */
const MIN_ROWS_DEFAULT = 0;
/** Functions the analyzer folds to the time of analysis: an executor's re-analysis would differ. */
const ANALYSIS_TIME = /\b(current_timestamp|current_date|now|localtimestamp|curdate|unix_timestamp|current_timezone)\b/i;
/** Joins that keep the streamed (left) side's order and need no global view of the right side. */
const BROADCAST_JOINS = new Set(['inner', 'left', 'semi', 'anti', 'cross']);

function exprsOf(p: LPlan): BoundExpr[] {
  switch (p.kind) {
    case 'project': return p.exprs;
    case 'filter': return [p.cond];
    case 'generate': return [p.generator];
    case 'aggregate': return [...p.groups, ...p.aggs.flatMap((a) => [...a.args, ...(a.filter ? [a.filter] : [])])];
    case 'sort': return p.keys.map((k) => k.expr);
    case 'window': return p.windows.flatMap((w) => [
      ...w.partitionBy, ...w.orderBy.map((k) => k.expr),
      ...(w.fn.kind === 'agg' ? [...w.fn.agg.args, ...(w.fn.agg.filter ? [w.fn.agg.filter] : [])] : w.fn.kind === 'lag' || w.fn.kind === 'lead' ? [w.fn.input, w.fn.defaultValue] : w.fn.kind === 'nth_value' ? [w.fn.input] : []),
    ]);
    default: return [];
  }
}

/** Operators a one-partition input runs whole in one task: they see exactly the rows, in order, the driver would. */
const PIPELINE = new Set(['project', 'filter', 'generate', 'aggregate', 'window', 'sort', 'limit', 'distinct']);

/**
 * Every window function of the node has the same PARTITION BY (one exchange): each sorts its
 * rows by those keys first, so the node's output is in key order whatever the ORDER BYs.
 */
function samePartitionKeys(p: Extract<LPlan, { kind: 'window' }>): boolean {
  const key = (w: (typeof p.windows)[number]) => fingerprint({ kind: 'project', child: { kind: 'command', run: () => [], output: [] }, exprs: [...w.partitionBy], output: [] });
  return p.windows.length > 0 && p.windows.every((w) => key(w) === key(p.windows[0]!));
}

/** A single count(DISTINCT ...) without FILTER: counted from exchanged distinct tuples. */
function isCountDistinct(p: Extract<LPlan, { kind: 'aggregate' }>): boolean {
  const a = p.aggs[0];
  return p.aggs.length === 1 && !!a && a.name === 'count' && a.distinct && a.filter === null && a.args.length > 0 && a.type.kind === 'long';
}

/**
 * A projection that only passes columns along (renames, reorders, prunes): no work for a
 * task, and shipping its rows back would cost more than the driver reading the table.
 */
function isPassThrough(p: LPlan): boolean {
  return p.kind === 'project' && p.exprs.every((e) => e.kind === 'ref');
}

function isIdentity(p: LPlan): boolean {
  return p.kind === 'project' && p.exprs.length === p.child.output.length && p.exprs.every((e, i) => e.kind === 'ref' && e.index === i);
}

interface Chain {
  scan: Extract<LPlan, { kind: 'scan' }>;
  rel: number;
  /** Operators that do work (not renaming projections). */
  work: number;
  /** Broadcast joins on the chain: their right sides (run in the driver, shipped as broadcasts) and paths below the chain's root. */
  rights: { path: number[]; plan: LPlan }[];
  /** The scan's columns the chain's operators read (`scanColumns`); null: every column. */
  columns: number[] | null;
  /** Comparisons of scan columns with constants every row of the chain's output passes (`scanFilters`). */
  filters: ScanFilter[];
}

/**
 * The columns of the scan at the bottom of `p` that the operators down to it read, as the
 * driver's operators pass `needed` down (Spark's column pruning): all of `p`'s output is read;
 * a projection or an aggregate reads what its expressions reference; a filter, sort or limit
 * adds its own references; a window or generator its own and the child's columns read above;
 * a join's streamed (left) side every column. Null: every column (a subquery may read any,
 * DISTINCT compares all).
 */
function scanColumns(p: LPlan): number[] | null {
  let need = null as Set<number> | null;
  let cur = p;
  for (;;) {
    switch (cur.kind) {
      case 'scan': return need && [...need].sort((a, b) => a - b);
      case 'project': case 'aggregate': {
        const read: Set<number> | null = need;
        need = referencedColumns(cur.kind === 'project' && read ? cur.exprs.filter((_, i) => read.has(i)) : exprsOf(cur));
        if (!need) return null;
        break;
      }
      case 'filter': case 'sort': case 'limit': case 'window': case 'generate': {
        const own = referencedColumns(exprsOf(cur));
        if (!own) return null;
        if (need) {
          const width = cur.child.output.length;
          need = new Set([...[...need].filter((i) => i < width), ...own]);
        }
        break;
      }
      case 'join': need = null; cur = cur.left; continue;
      default: return null;
    }
    cur = cur.child;
  }
}

const PUSHED_OPS: Record<string, ScanFilter['op']> = { '=': '=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };
const FLIP: Record<ScanFilter['op'], ScanFilter['op']> = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
const PUSHED_TYPES = new Set(['byte', 'short', 'int', 'long', 'date', 'timestamp']);

/**
 * The conjuncts `column op constant` (integers, dates, timestamps) of the filters between `p` and its
 * scan that hold for every row `p` outputs, in scan columns: found bottom-up through
 * projections (their plain column references), sorts and generators, up to the first operator
 * whose output rows are not the scan's rows one by one (a limit, an aggregate, a join, a window).
 */
function scanFilters(p: LPlan): ScanFilter[] {
  const path: LPlan[] = [];
  for (let cur = p; cur.kind !== 'scan';) {
    path.push(cur);
    if (cur.kind === 'join') cur = cur.left;
    else if ('child' in cur) cur = cur.child;
    else return [];
  }
  const out: ScanFilter[] = [];
  let map: (number | null)[] | null = null;
  for (let k = path.length - 1; k >= 0; k--) {
    const node = path[k]!;
    map ??= node.kind === 'join' ? [] : ('child' in node ? node.child.output.map((_, i) => i) : []);
    if (node.kind === 'filter') {
      const conjuncts: BoundExpr[] = [];
      const split = (e: BoundExpr): void => (e.kind === 'and' ? (split(e.left), split(e.right)) : void conjuncts.push(e));
      split(node.cond);
      for (const c of conjuncts) {
        if (c.kind !== 'strict' || c.args.length !== 2 || !(c.name in PUSHED_OPS)) continue;
        const [a, b] = c.args as [BoundExpr, BoundExpr];
        const [ref, lit, op] = a.kind === 'ref' ? [a, b, PUSHED_OPS[c.name]!] : [b, a, FLIP[PUSHED_OPS[c.name]!]];
        if (ref.kind !== 'ref' || lit.kind !== 'literal' || lit.value === null || lit.value === undefined || ref.type.kind !== lit.type.kind || !PUSHED_TYPES.has(ref.type.kind)) continue;
        const column = map[ref.index];
        if (column === null || column === undefined) continue;
        const v = lit.value;
        if (typeof v === 'bigint') out.push({ column, op, value: { bigint: v.toString() } });
        else if (typeof v === 'number' && Number.isSafeInteger(v)) out.push({ column, op, value: v });
      }
    } else if (node.kind === 'project') {
      const below: (number | null)[] = map;
      map = node.exprs.map((e) => (e.kind === 'ref' ? below[e.index] ?? null : null));
    } else if (node.kind === 'generate') {
      map = [...map, ...node.output.slice(map.length).map(() => null)];
    } else if (node.kind !== 'sort') {
      break;
    }
  }
  return out;
}

function jsonSafe(fields: QuerySource['relations'][number]['fields']): boolean {
  return fields.every((f) => JSON.stringify(JSON.parse(JSON.stringify(f.type))) === JSON.stringify(f.type));
}

export class SqlStagePlanner {
  private readonly relOf = new Map<LPlan, number>();
  private readonly minRows: number;
  /**
   * Whether multi-partition stages may exchange input rows (aggregates without partial
   * states, windows, count(DISTINCT), broadcast joins returning their output). On by default
   * (as Spark plans them); `spark.flint.sql.distributed.rowExchanges=false` keeps those parts
   * of a query in the driver.
   */
  private readonly rowExchanges: boolean;

  constructor(
    private readonly root: LPlan,
    private readonly src: RecordedSource,
    private readonly ctx: DistributedContext,
  ) {
    src.plans.forEach((p, i) => {
      if (p) this.relOf.set(p, i);
    });
    this.minRows = confNumber(ctx.conf, 'spark.flint.sql.distributed.minRows', MIN_ROWS_DEFAULT);
    this.rowExchanges = ctx.conf.get('spark.flint.sql.distributed.rowExchanges')?.toLowerCase() !== 'false';
  }

  /**
   * A narrow chain (Project / Filter / Generate) down to a table scan; with `joins`, also
   * through broadcast joins (BroadcastHashJoin / BroadcastNestedLoopJoin streaming their left
   * side), as Spark pipelines them into the map stage under an aggregate or a top-N.
   */
  private chain(p: LPlan, joins = false): Chain | null {
    let work = 0;
    let cur = p;
    const path: number[] = [];
    const rights: Chain['rights'] = [];
    for (;;) {
      if (cur.kind === 'scan') break;
      if (cur.kind === 'join' && joins && BROADCAST_JOINS.has(cur.type) && (!cur.cond || isDeterministic(cur.cond)) && this.broadcastsRight(cur)) {
        rights.push({ path: [...path, 1], plan: cur.right });
        work++;
        path.push(0);
        cur = cur.left;
        continue;
      }
      if (cur.kind !== 'project' && cur.kind !== 'filter' && cur.kind !== 'generate') return null;
      if (!exprsOf(cur).every(isDeterministic)) return null;
      if (!isPassThrough(cur)) work++;
      path.push(0);
      cur = cur.child;
    }
    const rel = this.relOf.get(cur);
    if (rel === undefined || !cur.batches) return null;
    const relation = this.src.source.relations[rel];
    if (!relation || !jsonSafe(relation.fields)) return null;
    return { scan: cur, rel, work, rights, columns: scanColumns(p), filters: scanFilters(p) };
  }

  /** A single-child pipeline of deterministic operators over a table scan. */
  private pipeline(p: LPlan): Chain | null {
    let cur = p;
    let work = 0;
    while (cur.kind !== 'scan') {
      if (!PIPELINE.has(cur.kind) || !exprsOf(cur).every(isDeterministic)) return null;
      if (!isIdentity(cur)) work++;
      cur = (cur as Extract<LPlan, { kind: 'project' }>).child;
    }
    const c = this.chain(cur);
    return c && { ...c, work, columns: scanColumns(p), filters: scanFilters(p) };
  }

  /**
   * The chain's input as the tasks read it: the scan's files when the executors can read them
   * (only the columns the chain reads, for readers that can skip the others), else the table's batches.
   */
  private input(c: Chain): ScanInput {
    const files = c.scan.files;
    if (files && this.ctx.conf.get('spark.flint.sql.files.executorScan')?.toLowerCase() !== 'false') {
      const parts = files.partitions();
      const pruned = files.prune && (c.columns || c.filters.length > 0) ? files.prune(c.columns ?? c.scan.output.map((_, i) => i), c.filters) : files;
      if (parts && parts.length > 0) return { files: pruned, parts };
    }
    return c.scan.batches!();
  }

  private bigEnough(c: Chain): ScanInput | null {
    const input = this.input(c);
    // Files are not counted: the driver would have to read them (minRows applies to tables).
    if (isFileInput(input) && this.minRows <= 0) return input;
    const batches = c.scan.batches!();
    const rows = batches.reduce((s, b) => s + b.numRows, 0);
    return rows >= this.minRows ? batches : null;
  }

  /**
   * The root's rows left on the executors: an RDD whose partition p holds the table
   * partition's rows after the root's narrow chain, as ColumnBatch records (in order).
   * Null when the root is not a deterministic Project/Filter/Generate chain over a table.
   */
  partitions(): RDD | null {
    const p = this.root;
    if (p.kind !== 'scan' && p.kind !== 'project' && p.kind !== 'filter' && p.kind !== 'generate') return null;
    const c = this.chain(p);
    if (!c) return null;
    const table = tableRdd(this.ctx.sc, c.scan, this.input(c));
    // The table's own rows: only identity projections over it (a pass-through chain may reorder or prune columns).
    let cur: LPlan = p;
    while (isIdentity(cur)) cur = (cur as Extract<LPlan, { kind: 'project' }>).child;
    if (cur === c.scan) return table;
    return table.narrow({ kind: 'mapPartitionsWithIndex', fn: this.spec('chain', [], p, c.rel, { raw: true }) }, 'mapPartitionsInternal');
  }

  /** The plan with its distributable parts replaced by scans of their job outputs. */
  run(): LPlan {
    try {
      return this.visit(this.root, []);
    } finally {
      for (const bc of this.broadcasts.splice(0)) bc.unpersist();
    }
  }

  private readonly broadcasts: { unpersist(): void }[] = [];

  /**
   * A stage over chain `c` (rooted at `rootPath` in the plan): its broadcast joins' right
   * sides run first (in the driver or as their own stages) and ship once per executor as
   * broadcasts, bound before the task's arguments. A right side over
   * spark.sql.autoBroadcastJoinThreshold fails the planning (the query runs in the driver).
   */
  private chainStage(kind: StageSpec['kind'], path: number[], fragment: LPlan, c: Chain, rootPath: number[], extra: Partial<StageSpec> = {}): FunctionRef {
    if (c.rights.length === 0) return this.spec(kind, path, fragment, c.rel, extra);
    const threshold = confNumber(this.ctx.conf, 'spark.sql.autoBroadcastJoinThreshold', 10 * 1024 * 1024);
    // Broadcasts turned off: no right side runs (maybe as its own job) only to be dropped.
    if (threshold < 0) throw new Error('broadcast joins off (spark.sql.autoBroadcastJoinThreshold < 0)');
    const ids = c.rights.map((r) => {
      const at = [...rootPath, ...r.path];
      const metrics = activeStageMetrics();
      const t0 = performance.now();
      const rows = executePlan(this.visit(r.plan, at), [], metrics?.observeDriver(r.plan, at));
      const t1 = performance.now();
      const bytes = encodeBatches(batchesFromRows(r.plan.output.map((a) => a.type), rows));
      const t2 = performance.now();
      if (threshold < 0 || bytes.byteLength > threshold) throw new Error('broadcast side over spark.sql.autoBroadcastJoinThreshold');
      const bc = this.ctx.sc.broadcast(bytes);
      metrics?.broadcast(at.slice(0, -1), { rows: rows.length, bytes: bytes.byteLength, collectMs: t1 - t0, buildMs: t2 - t1, broadcastMs: performance.now() - t2 });
      this.broadcasts.push(bc);
      return bc.id;
    });
    const ref = this.spec(kind, path, fragment, c.rel, { ...extra, broadcasts: ids.length });
    return { ...ref, bound: [...(ref.bound ?? []), ...ids], broadcastIds: ids };
  }

  private visit(p: LPlan, path: number[]): LPlan {
    // Rows placed by their input partition (spark_partition_id(), round robin, coalesce): the
    // driver knows Spark's partitions of the source, a stage's output would not keep them.
    if (readsPartitionIds(p)) return p;
    // A file scan read as it is (SELECT * FROM parquet): the executors read the files, as Spark's FileScanRDD.
    if (p.kind === 'scan' && p.files) {
      const c = this.chain(p);
      const input = c && this.bigEnough(c);
      if (c && input && isFileInput(input)) return this.runChain(p, path, c, input);
    }
    // A table small enough for one partition: the whole pipeline above it is one task.
    const whole = p.kind === 'scan' ? null : this.pipeline(p);
    const wholeBatches = whole && whole.work > 0 && this.bigEnough(whole);
    if (whole && wholeBatches && inputPartitions(this.ctx.sc, wholeBatches) === 1) return this.runChain(p, path, whole, wholeBatches);
    if (p.kind === 'aggregate' && p.sets === null && exprsOf(p).every(isDeterministic)) {
      const c = this.chain(p.child, true);
      const batches = c && this.bigEnough(c);
      const partial = splitAggregates(p.aggs) !== null;
      if (c && batches && p.groups.length > 0 && (partial || this.rowExchanges)) return this.aggregate(p, path, c, batches, partial);
      if (c && batches && partial) return this.globalAggregate(p, path, c, batches);
      if (c && batches && p.groups.length === 0 && isCountDistinct(p) && this.rowExchanges) return this.countDistinct(p, path, c, batches);
    }
    // A window, with the Project / Filter chain over it (run in the same reduce tasks).
    const win = p.kind === 'window' || p.kind === 'project' || p.kind === 'filter' ? windowBelow(p) : null;
    if (win && samePartitionKeys(win.window) && win.window.windows[0]!.partitionBy.length > 0 && exprsOf(win.window).every(isDeterministic)) {
      const c = this.chain(win.window.child);
      const batches = c && this.bigEnough(c);
      if (c && batches && this.rowExchanges) return this.window(p, win.window, win.depth, path, c, batches);
    }
    if ((p.kind === 'project' || p.kind === 'filter') && this.rowExchanges) {
      // A Project / Filter chain over a shuffled join runs in the join's reduce tasks.
      let depth = 0;
      let cur: LPlan = p;
      while ((cur.kind === 'project' || cur.kind === 'filter') && exprsOf(cur).every(isDeterministic) && !readsPartitionIds(cur)) {
        cur = cur.child;
        depth++;
      }
      if (cur.kind === 'join' && (!cur.cond || isDeterministic(cur.cond))) {
        const { strategy, keys } = selectJoin(cur, this.ctx.conf);
        const shuffled = strategy.kind === 'sortMerge' || strategy.kind === 'shuffledHash' || (strategy.kind === 'broadcastHash' && strategy.build === 'left');
        const joined = shuffled && keys.left.length > 0 ? this.shuffledJoin(cur, [...path, ...new Array<number>(depth).fill(0)], keys, p, depth) : null;
        if (joined) return joined;
      }
    }
    if (p.kind === 'join' && this.rowExchanges && (!p.cond || isDeterministic(p.cond))) {
      // SortMergeJoin / ShuffledHashJoin (or a broadcast of the left side): both sides exchanged by their keys.
      const { strategy, keys } = selectJoin(p, this.ctx.conf);
      const shuffled = strategy.kind === 'sortMerge' || strategy.kind === 'shuffledHash' || (strategy.kind === 'broadcastHash' && strategy.build === 'left');
      const joined = shuffled && keys.left.length > 0 ? this.shuffledJoin(p, path, keys) : null;
      if (joined) return joined;
    }
    if (p.kind === 'join' && BROADCAST_JOINS.has(p.type) && (!p.cond || isDeterministic(p.cond)) && this.broadcastsRight(p)) {
      const c = this.chain(p.left);
      const batches = c && this.bigEnough(c);
      if (c && batches && this.rowExchanges) return this.broadcastJoin(p, path, c, batches);
    }
    if (p.kind === 'limit' && p.limit !== Infinity) {
      // ORDER BY ... LIMIT (TakeOrderedAndProject): each partition's stable top-N, then the same top-N over them.
      const viaProject = p.child.kind === 'project' && p.child.child.kind === 'sort' && p.child.exprs.every(isDeterministic);
      const sort = p.child.kind === 'sort' ? p.child : viaProject ? (p.child as Extract<LPlan, { kind: 'project' }>).child : null;
      if (sort?.kind === 'sort' && sort.global && sort.keys.every((k) => isDeterministic(k.expr))) {
        const c = this.chain(sort.child, true);
        const batches = c && this.bigEnough(c);
        if (c && batches) {
          const sortPath = viaProject ? [...path, 0, 0] : [...path, 0];
          const candidates = this.topN(sort, sortPath, c, batches, p.limit + p.offset);
          const top: LPlan = { ...sort, child: candidates };
          return viaProject ? { ...p, child: { ...(p.child as Extract<LPlan, { kind: 'project' }>), child: top } } : { ...p, child: top };
        }
      }
      const c = this.chain(p.child);
      const batches = c && this.bigEnough(c);
      if (c && batches && (c.work > 0 || isFileInput(batches))) return { ...p, child: this.runChain(p.child, [...path, 0], c, batches, p.limit + p.offset) };
    }
    if (p.kind === 'project' || p.kind === 'filter' || p.kind === 'generate') {
      const c = this.chain(p);
      const batches = c && this.bigEnough(c);
      // Files are read where they are split, whatever the chain does.
      if (c && batches && (c.work > 0 || isFileInput(batches))) return this.runChain(p, path, c, batches);
    }
    const kids = planChildren(p);
    if (kids.length === 0) return p;
    const next = kids.map((k, i) => this.visit(k, [...path, i]));
    if (next.every((k, i) => k === kids[i])) return p;
    if (p.kind === 'join' || p.kind === 'setOp') return { ...p, left: next[0]!, right: next[1]! };
    return { ...p, child: next[0]! } as LPlan;
  }

  private spec(kind: StageSpec['kind'], path: number[], fragment: LPlan, input: number, extra: Partial<StageSpec> = {}): FunctionRef {
    const spec: StageSpec = {
      source: this.src.source,
      conf: [...this.ctx.conf.entries()],
      timeZone: sessionTimeZone(),
      path,
      fingerprint: fingerprint(fragment),
      kind,
      input,
      ...extra,
    };
    // The tasks measure their operators while the Spark UI reporter runs the query (not for
    // raw partitions, which consumers may read after it).
    const metrics = extra.raw ? null : activeStageMetrics();
    const source = JSON.stringify(metrics ? { ...spec, metrics: true } : spec);
    const ref: FunctionRef = { id: functionId(SQL_STAGE_LANG, source), lang: SQL_STAGE_LANG, source };
    if (!metrics) return ref;
    const id = metrics.accumulatorId();
    return { ...ref, bound: [id], accumulatorIds: [id] };
  }

  private runChain(p: LPlan, path: number[], c: Chain, batches: ScanInput, limit?: number): LPlan {
    const sc = this.ctx.sc;
    const fn = this.spec('chain', path, p, c.rel, limit === undefined ? {} : { limit });
    const rdd = tableRdd(sc, c.scan, batches).narrow({ kind: 'mapPartitionsWithIndex', fn }, 'mapPartitionsInternal');
    const types = p.output.map((a) => a.type);
    const parts = sc.runJob(rdd, { kind: 'collect' }, this.ctx.description) as Uint8Array[][];
    const out: ColumnBatch[] = [];
    for (const recs of parts) for (const bytes of recs) out.push(...decodeBatches(bytes, types));
    return inputScan(p.output, out, 'Exchange');
  }

  /**
   * Whether JoinSelection broadcasts the join's right side (BroadcastHashJoin BuildRight), so
   * its left side streams through a map stage; joins without keys broadcast the right side
   * when it fits under autoBroadcastJoinThreshold once computed, else run in the driver.
   */
  private broadcastsRight(j: Extract<LPlan, { kind: 'join' }>): boolean {
    const { strategy, keys } = selectJoin(j, this.ctx.conf);
    return keys.left.length === 0 || (strategy.kind === 'broadcastHash' && strategy.build === 'right');
  }

  /**
   * A shuffled join (SortMergeJoin / ShuffledHashJoin in Spark's plan): each side's rows
   * hash-partitioned by its join keys into spark.sql.shuffle.partitions reducers (a side that
   * is a chain over a table by a map job, any other side in the driver after its own stages),
   * AQE coalescing of the reducers by the bytes of both sides, and a reduce job joining each
   * coalesced partition's two sides. Rows carry their ordinals through the exchange, so the
   * driver puts the joined rows back in the order the in-driver join gives. Null when neither
   * side runs on the executors.
   */
  private shuffledJoin(p: Extract<LPlan, { kind: 'join' }>, path: number[], keys: EquiKeys, top: LPlan = p, depth = 0): LPlan | null {
    const sc = this.ctx.sc;
    const sides = [p.left, p.right];
    const chains = sides.map((side) => {
      const c = this.chain(side);
      const input = c && this.bigEnough(c);
      return c && input ? { c, input } : null;
    });
    if (!chains.some((c) => c !== null)) return null;
    const reducers = Math.max(1, confNumber(this.ctx.conf, 'spark.sql.shuffle.partitions', 200));
    const blocks = sides.map((side, i) => {
      const out: Uint8Array[][] = Array.from({ length: reducers }, () => []);
      const chain = chains[i];
      if (chain) {
        const fn = this.spec('joinMap', path, p, chain.c.rel, { reducers, side: i as 0 | 1 });
        const rdd = tableRdd(sc, chain.c.scan, chain.input).narrow({ kind: 'mapPartitionsWithIndex', fn }, 'mapPartitionsInternal');
        for (const recs of sc.runJob(rdd, { kind: 'collect' }, this.ctx.description) as unknown[][]) {
          for (const r of recs) {
            if (isDictionaryRefs(r)) continue;
            const [k, bytes] = r as [number, Uint8Array];
            out[k]!.push(bytes);
          }
        }
        return out;
      }
      // The side runs in the driver (its distributable parts first); its rows are partitioned here.
      const at = [...path, i];
      const rows = executePlan(this.visit(side, at), [], activeStageMetrics()?.observeDriver(side, at));
      const batches = batchesFromRows(side.output.map((a) => a.type), rows).filter((b) => b.numRows > 0);
      const env = stageEnv();
      const ids = batches.map((b) => partitionIds(i === 0 ? keys.left : keys.right, b, reducers, env));
      const { batch, offsets } = scatterBatches(batches, ids, reducers, 0);
      for (let r = 0; r < reducers; r++) if (offsets[r + 1]! > offsets[r]!) out[r]!.push(encodeBatchRange(batch, offsets[r]!, offsets[r + 1]!));
      return out;
    });
    const sizes = Array.from({ length: reducers }, (_, r) => [...blocks[0]![r]!, ...blocks[1]![r]!].reduce((n, b) => n + b.byteLength, 0));
    const groups = coalescePartitions(sizes, this.ctx.conf, sc.defaultParallelism);
    const metrics = activeStageMetrics();
    // Each side's exchange, keyed by the side's path and -1 (the side's own node may have an exchange of its own).
    metrics?.exchangeLayout([...path, 0, -1], reducers, groups);
    metrics?.exchangeLayout([...path, 1, -1], reducers, groups);
    const slices = groups.map((g) => {
      const left = g.flatMap((r) => blocks[0]![r]!);
      const header = new Uint8Array(4);
      new DataView(header.buffer).setUint32(0, left.length, true);
      return { kind: 'collection' as const, items: [header, ...left, ...g.flatMap((r) => blocks[1]![r]!)] };
    });
    // The reduce tasks run the join and the Project / Filter chain `top` over it (depth nodes up).
    const reduced = ordinalPlan(top, depth);
    const types = reduced.plan.output.map((a) => a.type);
    const out: ColumnBatch[] = [];
    if (slices.length > 0) {
      const fn = this.spec('joinReduce', path.slice(0, path.length - depth), top, -1, depth > 0 ? { depth } : {});
      const rdd = sc.lineage.source(sc, slices, 'ShuffledRowRDD').narrow({ kind: 'mapPartitionsWithIndex', fn }, 'mapPartitionsInternal');
      for (const recs of sc.runJob(rdd, { kind: 'collect' }, this.ctx.description) as Uint8Array[][]) for (const b of recs) out.push(...decodeBatches(b, types));
    }
    return inputScan(top.output, inJoinOrder(out, reduced.lo, reduced.ro, p.type === 'right'), 'Exchange');
  }

  /**
   * BroadcastHashJoin / BroadcastNestedLoopJoin with the table scan streamed: the right side
   * runs first (in the driver, or as its own stages), ships once per executor as a broadcast,
   * and each partition joins its rows in order (the join keeps the streamed side's order).
   * A right side over spark.sql.autoBroadcastJoinThreshold is joined in the driver.
   */
  private broadcastJoin(p: Extract<LPlan, { kind: 'join' }>, path: number[], c: Chain, batches: ScanInput): LPlan {
    const sc = this.ctx.sc;
    const right = this.visit(p.right, [...path, 1]);
    const rightTypes = p.right.output.map((a) => a.type);
    const metrics = activeStageMetrics();
    const t0 = performance.now();
    const rows = executePlan(right, [], metrics?.observeDriver(p.right, [...path, 1]));
    const t1 = performance.now();
    const bytes = encodeBatches(batchesFromRows(rightTypes, rows));
    const t2 = performance.now();
    const threshold = confNumber(this.ctx.conf, 'spark.sql.autoBroadcastJoinThreshold', 10 * 1024 * 1024);
    const rightScan: LPlan = { kind: 'scan', name: 'Exchange', output: p.right.output, rows: () => rows };
    if (threshold < 0 || bytes.byteLength > threshold) return { ...p, left: this.visit(p.left, [...path, 0]), right: rightScan };
    const bc = sc.broadcast(bytes);
    metrics?.broadcast(path, { rows: rows.length, bytes: bytes.byteLength, collectMs: t1 - t0, buildMs: t2 - t1, broadcastMs: performance.now() - t2 });
    try {
      const base = this.spec('broadcastJoin', path, p, c.rel);
      const fn: FunctionRef = { ...base, bound: [...(base.bound ?? []), bc.id], broadcastIds: [bc.id] };
      const rdd = tableRdd(sc, c.scan, batches).narrow({ kind: 'mapPartitionsWithIndex', fn }, 'mapPartitionsInternal');
      const types = p.output.map((a) => a.type);
      const out: ColumnBatch[] = [];
      for (const recs of sc.runJob(rdd, { kind: 'collect' }, this.ctx.description) as Uint8Array[][]) for (const b of recs) out.push(...decodeBatches(b, types));
      return inputScan(p.output, out, 'Exchange');
    } finally {
      bc.unpersist();
    }
  }

  /**
   * Window with PARTITION BY keys (and the Project / Filter chain `top` over it): the input
   * hash-partitioned by the keys (Spark's Exchange hashpartitioning under Sort and Window),
   * each reduce task windowing its rows and running the chain, then the tasks' runs merged
   * by the keys into the in-driver window's order (window-stage.ts).
   */
  private window(top: LPlan, w: Extract<LPlan, { kind: 'window' }>, depth: number, path: number[], c: Chain, batches: ScanInput): LPlan {
    const sc = this.ctx.sc;
    const reducers = Math.max(1, confNumber(this.ctx.conf, 'spark.sql.shuffle.partitions', 200));
    const winPath = [...path, ...new Array<number>(depth).fill(0)];
    const mapFn = this.chainStage('windowMap', path, top, c, [...winPath, 0], { reducers });
    const mapRdd = tableRdd(sc, c.scan, batches).narrow({ kind: 'mapPartitionsWithIndex', fn: mapFn }, 'mapPartitionsInternal');
    const slices = this.exchange(sc.runJob(mapRdd, { kind: 'collect' }, this.ctx.description) as [number, Uint8Array][][], reducers, winPath);
    const { plan: carried, keyCols } = keyCarryingPlan(top, depth, inputScan(w.child.output, []));
    const types = carried.output.map((a) => a.type);
    const runs: ColumnBatch[][] = [];
    if (slices.length > 0) {
      const rdd = sc.lineage.source(sc, slices, 'ShuffledRowRDD').narrow({ kind: 'mapPartitionsWithIndex', fn: this.spec('windowReduce', path, top, -1) }, 'mapPartitionsInternal');
      for (const recs of sc.runJob(rdd, { kind: 'collect' }, this.ctx.description) as Uint8Array[][]) runs.push(recs.flatMap((bytes) => decodeBatches(bytes, types)));
    }
    return inputScan(top.output, mergeSortedRuns(runs, keyCols, keyCols.map((k) => types[k]!), top.output.length), 'Exchange');
  }

  /**
   * count(DISTINCT args) without keys: distinct tuples per partition, exchanged by hash,
   * counted per reducer, summed. A dictionary-coded string argument needs no exchange: the
   * tasks' sets of codes are merged here (distinct-stage.ts), unless their dictionaries
   * differ, when the map job runs again exchanging the values.
   */
  private countDistinct(p: Extract<LPlan, { kind: 'aggregate' }>, path: number[], c: Chain, batches: ScanInput): LPlan {
    const sc = this.ctx.sc;
    const reducers = Math.max(1, confNumber(this.ctx.conf, 'spark.sql.shuffle.partitions', 200));
    const mapJob = (noDictionary: boolean) => {
      const fn = this.chainStage('distinctMap', path, p, c, [...path, 0], noDictionary ? { reducers, noDictionary } : { reducers });
      return sc.runJob(tableRdd(sc, c.scan, batches).narrow({ kind: 'mapPartitionsWithIndex', fn }, 'mapPartitionsInternal'), { kind: 'collect' }, this.ctx.description) as unknown[][];
    };
    let mapOut = mapJob(false);
    const sets = mapOut.flat().filter(isCodeSet);
    if (sets.length > 0) {
      const n = sets.length === mapOut.flat().length ? countCodes(sets) : null;
      const rows = [[BigInt(n ?? 0)]];
      if (n !== null) return { kind: 'scan', name: 'Exchange', output: p.output, rows: () => rows };
      mapOut = mapJob(true);
    }
    const slices = this.exchange(mapOut as [number, Uint8Array][][], reducers, path);
    let total = 0;
    if (slices.length > 0) {
      const rdd = sc.lineage.source(sc, slices, 'ShuffledRowRDD').narrow({ kind: 'mapPartitionsWithIndex', fn: this.spec('distinctReduce', path, p, -1) }, 'mapPartitionsInternal');
      for (const recs of sc.runJob(rdd, { kind: 'collect' }, this.ctx.description) as number[][]) for (const n of recs) total += n;
    }
    const rows = [[BigInt(total)]];
    return { kind: 'scan', name: 'Exchange', output: p.output, rows: () => rows };
  }

  /** Map outputs by reducer, coalesced as AQE does: one collection slice per reduce task. */
  private exchange(mapOut: readonly (readonly [number, Uint8Array])[][], reducers: number, path?: readonly number[]): { kind: 'collection'; items: Uint8Array[] }[] {
    const blocks: Uint8Array[][] = Array.from({ length: reducers }, () => []);
    const sizes = new Array<number>(reducers).fill(0);
    for (const recs of mapOut) {
      for (const [r, bytes] of recs) {
        blocks[r]!.push(bytes);
        sizes[r]! += bytes.byteLength;
      }
    }
    const groups = coalescePartitions(sizes, this.ctx.conf, this.ctx.sc.defaultParallelism);
    if (path) activeStageMetrics()?.exchangeLayout(path, reducers, groups);
    return groups.map((g) => ({ kind: 'collection' as const, items: g.flatMap((r) => blocks[r]!) }));
  }

  private topN(sort: Extract<LPlan, { kind: 'sort' }>, path: number[], c: Chain, batches: ScanInput, limit: number): LPlan {
    const sc = this.ctx.sc;
    const fn = this.chainStage('topN', path, sort, c, [...path, 0], { limit });
    const rdd = tableRdd(sc, c.scan, batches).narrow({ kind: 'mapPartitionsWithIndex', fn }, 'mapPartitionsInternal');
    const types = sort.child.output.map((a) => a.type);
    const out: ColumnBatch[] = [];
    for (const recs of sc.runJob(rdd, { kind: 'collect' }, this.ctx.description) as Uint8Array[][]) for (const b of recs) out.push(...decodeBatches(b, types));
    return inputScan(sort.child.output, out, 'Exchange');
  }

  /** No grouping keys: partial aggregates per partition, merged in the driver (Exchange SinglePartition). */
  private globalAggregate(p: Extract<LPlan, { kind: 'aggregate' }>, path: number[], c: Chain, batches: ScanInput): LPlan {
    const sc = this.ctx.sc;
    const fn = this.chainStage('partialMap', path, p, c, [...path, 0]);
    const rdd = tableRdd(sc, c.scan, batches).narrow({ kind: 'mapPartitionsWithIndex', fn }, 'mapPartitionsInternal');
    const types = partialTypes(p, false);
    const partials: ColumnBatch[] = [];
    let read = 0;
    for (const recs of sc.runJob(rdd, { kind: 'collect' }, this.ctx.description) as Uint8Array[][]) {
      for (const bytes of recs) {
        partials.push(...decodeBatches(bytes, types));
        read += bytes.byteLength;
      }
    }
    // The final aggregate runs in the driver over the partials: timed there for the Spark UI.
    const metrics = activeStageMetrics();
    metrics?.driverRead(path, rowCount(partials), read);
    const t0 = performance.now();
    const merged = execBatches(planPhysical(mergePlan(p, partials, false)));
    const rows = finishRows(p, merged.flatMap(inputScanRows));
    metrics?.driverOperator(path, '', rows.length, performance.now() - t0);
    return { kind: 'scan', name: 'Exchange', output: p.output, rows: () => rows };
  }

  /**
   * Grouping keys: a map job (partial aggregation when every function merges, else the rows)
   * hash-partitioned by the keys, AQE coalescing, a reduce job, then groups in first-row order.
   */
  private aggregate(p: Extract<LPlan, { kind: 'aggregate' }>, path: number[], c: Chain, batches: ScanInput, partial: boolean): LPlan {
    const sc = this.ctx.sc;
    const conf = this.ctx.conf;
    const reducers = Math.max(1, confNumber(conf, 'spark.sql.shuffle.partitions', 200));
    const mapJob = (noDictionary: boolean) => {
      const mapFn = this.chainStage(partial ? 'partialMap' : 'aggMap', path, p, c, [...path, 0], noDictionary ? { reducers, noDictionary } : { reducers });
      const mapRdd = tableRdd(sc, c.scan, batches).narrow({ kind: 'mapPartitionsWithIndex', fn: mapFn }, 'mapPartitionsInternal');
      return sc.runJob(mapRdd, { kind: 'collect' }, this.ctx.description) as unknown[][];
    };
    // Blocks carry dictionary codes where the tasks' rows were coded; the entries come from the table (or the tasks' inline ones).
    let mapOut = mapJob(false);
    let dictionaries = shippedDictionaries(mapOut, batches);
    if (dictionaries === null) {
      mapOut = mapJob(true);
      dictionaries = shippedDictionaries(mapOut, batches);
    }
    const slices = this.exchange(mapOut.map((recs) => recs.filter((r) => !isDictionaryRefs(r))) as [number, Uint8Array][][], reducers, path);
    if (dictionaries) {
      const message = encodeDictionaries(dictionaries);
      for (const s of slices) s.items.unshift(message);
    }
    const outTypes = partial ? mergedTypes(p, true) : [...p.output.map((a) => a.type), DoubleType];
    const out: ColumnBatch[] = [];
    if (slices.length > 0) {
      const reduceFn = this.spec(partial ? 'partialReduce' : 'aggReduce', path, p, -1);
      const rdd = sc.lineage.source(sc, slices, 'ShuffledRowRDD').narrow({ kind: 'mapPartitionsWithIndex', fn: reduceFn }, 'mapPartitionsInternal');
      const parts = sc.runJob(rdd, { kind: 'collect' }, this.ctx.description) as Uint8Array[][];
      // The reducers' keys come back as codes of the dictionaries sent to them.
      for (const recs of parts) for (const bytes of recs) out.push(...decodeBatches(bytes, outTypes, dictionaries ?? undefined));
    }
    // Groups in first-row order, columnar; values finished in the driver only where a function needs it (avg, moments).
    const ordered = batchByOrdinal(out, outTypes.length - 1);
    if (!partial || finishIsIdentity(p)) return inputScan(p.output, ordered, 'Exchange');
    const rows = finishRows(p, ordered.flatMap(inputScanRows));
    return { kind: 'scan', name: 'Exchange', output: p.output, rows: () => rows };
  }
}

/**
 * The dictionaries the map tasks' blocks name, by id (sent to each reduce task as one
 * message): sent inline by the tasks or found among the table's (the batches the map tasks
 * read, whose copies on the executors carry the same ids). Undefined when no block names
 * one; null when one cannot be found or two tasks' entries under one id disagree (the map
 * job then runs again with the strings in the blocks).
 */
function shippedDictionaries(mapOut: readonly (readonly unknown[])[], input: ScanInput): Map<string, readonly string[]> | undefined | null {
  const wanted = new Map<string, { size: number; hash: number; entries: readonly string[] | null }>();
  for (const recs of mapOut) {
    for (const r of recs) {
      if (!isDictionaryRefs(r)) continue;
      for (const [id, size, hash, entries] of r[1]) {
        const known = wanted.get(id);
        if (!known) wanted.set(id, { size, hash, entries });
        else if (known.size !== size || known.hash !== hash) return null;
        else if (!known.entries) known.entries = entries;
        // Both at hand: compared in full.
        else if (entries && !sameEntries(known.entries, entries)) return null;
      }
    }
  }
  if (wanted.size === 0) return undefined;
  if ([...wanted.values()].some((w) => w.entries === null) && !isFileInput(input)) {
    const seen = new Set<readonly string[]>();
    for (const b of input) {
      for (const v of b.columns) {
        const entries = v.kind === 'object' ? v.dictionary?.entries : undefined;
        if (!entries || seen.has(entries)) continue;
        seen.add(entries);
        const id = knownDictionaryId(entries);
        const w = id === undefined ? undefined : wanted.get(id);
        if (w && w.entries === null && w.size === entries.length && w.hash === dictionaryHash(entries)) w.entries = entries;
      }
    }
  }
  const found = new Map<string, readonly string[]>();
  for (const [id, w] of wanted) {
    if (w.entries === null) return null;
    found.set(id, w.entries);
  }
  return found;
}

/**
 * A shuffled join's rows (each with its left ordinal at column `lo` and its right ordinal at
 * `ro`, null on the side an outer join filled with nulls) in the in-driver join's order: by
 * left row, matches in right-row order, then the right rows no left row matched (a right outer
 * join, `rightFirst`: by right row, matches in left-row order); without the ordinal columns.
 */
function inJoinOrder(batches: readonly ColumnBatch[], lo: number, ro: number | null, rightFirst = false): ColumnBatch[] {
  const live = batches.filter((b) => b.numRows > 0);
  const total = live.reduce((n, b) => n + b.numRows, 0);
  if (total === 0) return [];
  const los = new Float64Array(total);
  const ros = new Float64Array(total);
  let k = 0;
  for (const b of live) {
    for (let i = 0; i < b.numRows; i++, k++) {
      const l = valueAtBatch(b, lo, i);
      const r = ro === null ? 0 : valueAtBatch(b, ro, i);
      // An unmatched right row comes after every left row; an unmatched left row has no right ordinal.
      los[k] = l === null ? Infinity : l;
      ros[k] = r === null ? -1 : r;
    }
  }
  const order = Array.from({ length: total }, (_, i) => i).sort(rightFirst ? (a, b) => ros[a]! - ros[b]! || (los[a] === Infinity ? -1 : los[a]!) - (los[b] === Infinity ? -1 : los[b]!) : (a, b) => los[a]! - los[b]! || ros[a]! - ros[b]!);
  const rank = new Int32Array(total);
  order.forEach((row, i) => (rank[row] = i));
  let start = 0;
  const places = live.map((b) => {
    const pl = rank.subarray(start, start + b.numRows);
    start += b.numRows;
    return pl;
  });
  const keep = live[0]!.columns.map((_, c) => c).filter((c) => c !== lo && c !== ro);
  const narrow = live.map((b) => ({ types: keep.map((c) => b.types[c]!), numRows: b.numRows, columns: keep.map((c) => b.columns[c]!) }));
  return [placeRows(narrow, places, total)];
}

/** A float64 ordinal column's value (null where invalid). */
function valueAtBatch(b: ColumnBatch, col: number, i: number): number | null {
  const v = b.columns[col]!;
  if (v.kind !== 'float64') throw new Error('a join ordinal column is not float64');
  return (v.validity[i >> 3]! & (1 << (i & 7))) !== 0 ? v.values[i]! : null;
}

function inputScanRows(b: ColumnBatch): unknown[][] {
  const scan = inputScan([], [b]);
  return (scan as Extract<LPlan, { kind: 'scan' }>).rows();
}


/**
 * The plan to execute in the driver: `optimized` with its distributable parts already run
 * on the executors. A stage that fails for a reason of its own (not a user interrupt)
 * leaves the plan to the driver, so results never differ from local execution.
 */
export function distributePlan(optimized: LPlan, src: RecordedSource | undefined, ctx: DistributedContext | null): LPlan {
  if (ctx) setDefaultParallelism(ctx.sc.defaultParallelism);
  if (!ctx || !src || src.usesSessionFunctions || ANALYSIS_TIME.test(src.source.text) || ctx.sc.defaultParallelism === 0) return optimized;
  try {
    return new SqlStagePlanner(optimized, src, ctx).run();
  } catch (e) {
    if (e instanceof KeyboardInterrupt) throw e;
    return optimized;
  }
}

/**
 * A query's rows as partitions on the executors, for consumers that aggregate where the data
 * lives (ML training packs each partition into its own block): ColumnBatch records per
 * partition, in row order. Null when the query cannot run there (not a narrow chain over a
 * table, session functions, no executors): the caller runs it in the driver.
 */
export function partitionsRdd(analyzed: LPlan, ctx: DistributedContext): RDD | null {
  const src = planSource(analyzed);
  if (!src || src.usesSessionFunctions || ANALYSIS_TIME.test(src.source.text) || ctx.sc.defaultParallelism === 0) return null;
  return new SqlStagePlanner(optimize(analyzed), src, ctx).partitions();
}

/** For tests: whether a stage rebuilt from its spec matches (the executor's check, run here). */
export function checkStage(ref: FunctionRef): boolean {
  try {
    rebuildFragment(JSON.parse(ref.source) as StageSpec);
    return true;
  } catch {
    return false;
  }
}
