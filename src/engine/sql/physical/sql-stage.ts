/**
 * SQL stages on executors: the `sql-stage` function kind. A stage ships as a serialisable
 * description (the query's source, the schemas of the relations it read, the session
 * settings and the path of the stage's plan fragment); the executor re-analyses the
 * query once (cached with the function), checks that the fragment it finds has the
 * driver's fingerprint, and runs it over each partition's columnar batches with the
 * same operators the driver uses. No closure crosses workers: only SQL text and data.
 */
import type { ColumnBatch } from '../../columnar';
import { buildAggregate, compileVector } from '../../expr';
import type { BoundExpr } from '../../expr';
import { accumulatorAdd, getBroadcastValue, registerFunctionCompiler, taskContext } from '../../rdd';
import type { DataType } from '../../types';
import { DoubleType, setSessionTimeZone } from '../../types';
import { Analyzer } from '../analyzer/analyzer';
import type { RelationResolver } from '../analyzer/analyzer';
import { newAttribute } from '../logical';
import type { Attribute, LPlan } from '../logical';
import { optimize } from '../optimizer/optimizer';
import { parseStatement } from '../parser';
import { decodeBatches, encodeBatches } from './batch-wire';
import { readExchange, writeExchange, writeSingle } from './exchange-io';
import type { Exec } from './exec';
import { planPhysical } from './planner';
import { TaskPlanMetrics } from './stage-metrics';
import { execBatches, inputScan, stageEnv, valueAt } from './stage-batches';
import { firstRowsOfGroups, partitionIds, scatterBatches } from './exchange-hash';
import { extractEquiKeys } from './join-exec';
import { remapRefs } from '../analyzer/rewrite';
import { codeSet, dedupeBatches, duplicateInsensitive } from './distinct-stage';
import { keyCarryingPlan, partialGroupLimit, windowBelow } from './window-stage';
import { mergePlan, minOrdinal, partialAggregates, partialOutput, partialTypes, ref, site, withOrdinals } from './agg-split';

export { execBatches, inputScan, stageEnv } from './stage-batches';
export { partitionIds } from './exchange-hash';
export { finishRows, mergePlan, mergedTypes, partialTypes, splitAggregates } from './agg-split';

export const SQL_STAGE_LANG = 'sql-stage';
export const SQL_DECODE_LANG = 'sql-decode';

export interface FieldSpec {
  readonly name: string;
  readonly type: DataType;
  readonly nullable: boolean;
}

/** How the executor rebuilds the query: its text and what each catalog lookup returned. */
export interface QuerySource {
  readonly text: string;
  /** Every catalog lookup the analyzer made, in order: the name parts and the relation index (-1: not found). */
  readonly lookups: readonly { readonly parts: readonly string[]; readonly rel: number }[];
  readonly relations: readonly { readonly name: string; readonly fields: readonly FieldSpec[] }[];
}

export interface StageSpec {
  readonly source: QuerySource;
  readonly conf: readonly (readonly [string, string])[];
  readonly timeZone: string;
  /** Child indexes from the optimized plan's root to the fragment. */
  readonly path: readonly number[];
  readonly fingerprint: string;
  /**
   * chain: narrow operators over the input relation's partition, output batches.
   * aggMap: the aggregate's input (its distinct tuples when duplicates cannot change the
   *   aggregates, distinct-stage.ts), hash-partitioned by its keys into `reducers` buckets.
   * aggReduce: the aggregate over exchanged batches, with each group's first input position.
   * partialMap: partial aggregation of the partition (Spark's partial HashAggregate), then
   *   hash-partitioned by the keys when `reducers` is set; partialReduce merges the partials.
   * broadcastJoin: the join of the partition (left side) with the broadcast right side's
   *   batches (the function's bound broadcast id).
   * topN: the partition's best `limit` rows of a global sort (a stable top-N, in order).
   * windowMap: the window's input (after a partial WindowGroupLimit when the reduce side has
   *   one) hash-partitioned by its PARTITION BY keys; windowReduce: the window and the Project /
   *   Filter chain over it (the fragment) over a reduce partition's rows (which arrive in input
   *   order), the partition keys as trailing columns (window-stage.ts).
   * distinctMap / distinctReduce: count(DISTINCT args) without keys, as Spark plans it: the
   *   partition's distinct argument tuples exchanged by hash, counted per reduce partition
   *   (a dictionary-coded string argument: the set of codes, merged in the driver).
   * joinMap / joinReduce: a shuffled join (SortMergeJoin / ShuffledHashJoin): each side's
   *   chain (`side` 0 or 1) hash-partitioned by its join keys, each row with its ordinal
   *   (partition, position); a reduce task joins its partitions of the two sides (the driver's
   *   blocks count first: the left side's), ordinals carried for the driver to restore its order.
   */
  readonly kind: 'chain' | 'aggMap' | 'aggReduce' | 'partialMap' | 'partialReduce' | 'broadcastJoin' | 'topN' | 'windowMap' | 'windowReduce' | 'distinctMap' | 'distinctReduce' | 'joinMap' | 'joinReduce';
  /** joinMap: which side of the join the task reads (0 left, 1 right). */
  readonly side?: 0 | 1;
  /** joinReduce: how many Project / Filter nodes of the fragment stand above the join (run in the same task). */
  readonly depth?: number;
  /** The lookup index of the relation whose partitions the stage reads (chain, aggMap). */
  readonly input: number;
  readonly limit?: number;
  readonly reducers?: number;
  /**
   * distinctMap: exchange the distinct values even when they are dictionary codes (the tasks' dictionaries differed).
   * aggMap / partialMap: blocks hold the strings of dictionary-coded columns (the driver could not name a dictionary they used).
   */
  readonly noDictionary?: boolean;
  /** chain: return the partition's batches as they are (a consumer in the same task reads them), not encoded. */
  readonly raw?: boolean;
  /**
   * How many broadcast joins the stage's chain holds (their right sides arrive as
   * broadcasts, bound in order before the task's arguments; see broadcastPaths).
   */
  readonly broadcasts?: number;
  /**
   * The tasks measure their operators for the Spark UI (stage-metrics.ts): the function's
   * first bound argument is the query's metrics accumulator, added to once per call.
   */
  readonly metrics?: boolean;
}

/** Structure, types, functions and literal values of a plan, without attribute ids or closures. */
export function fingerprint(p: LPlan): string {
  const text = JSON.stringify(p, (k, v: unknown) => {
    // A file scan's splits and where a scan's rows come from (EXPLAIN's) are the driver's business: the
    // executor's placeholder has none. Names' qualifiers only resolve references (a generated column's carries its attribute id).
    if (k === 'id' || k === 'qualifier' || k === 'alsoQualifiers' || k === 'hidden' || k === 'files' || k === 'origin') return undefined;
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    return v;
  });
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${text.length}:${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}`;
}

export function planChildren(p: LPlan): LPlan[] {
  switch (p.kind) {
    case 'scan': case 'command': return [];
    case 'join': case 'setOp': return [p.left, p.right];
    default: return [p.child];
  }
}

export function parseFlags(conf: ReadonlyMap<string, string>): { legacySetOpsPrecedence: boolean; exponentLiteralAsDecimal: boolean } {
  const flag = (key: string) => conf.get(key)?.toLowerCase() === 'true';
  return {
    legacySetOpsPrecedence: flag('spark.sql.legacy.setopsPrecedence.enabled'),
    exponentLiteralAsDecimal: flag('spark.sql.legacy.exponentLiteralAsDecimal.enabled'),
  };
}

/** Replaces the scan at `path` below `root` (or `root` itself) with `leaf`. */
export function replaceAt(root: LPlan, path: readonly number[], leaf: LPlan): LPlan {
  if (path.length === 0) return leaf;
  const [i, ...rest] = path;
  switch (root.kind) {
    case 'scan': case 'command': throw new Error('path leads below a leaf');
    case 'join': case 'setOp': return i === 0 ? { ...root, left: replaceAt(root.left, rest, leaf) } : { ...root, right: replaceAt(root.right, rest, leaf) };
    default: return { ...root, child: replaceAt(root.child, rest, leaf) } as LPlan;
  }
}

/** The path from a fragment's root down its single-child chain to its scan. */
export function leafPath(p: LPlan): number[] {
  const out: number[] = [];
  let cur = p;
  while (cur.kind !== 'scan') {
    if (cur.kind === 'command' || cur.kind === 'setOp') throw new Error('not a chain');
    out.push(0);
    // A broadcast join streams its left side: the chain continues there.
    cur = cur.kind === 'join' ? cur.left : cur.child;
  }
  return out;
}

/** Paths, below a chain's root, of the right sides of the broadcast joins on it (top first). */
export function broadcastPaths(p: LPlan): number[][] {
  const out: number[][] = [];
  const path: number[] = [];
  let cur = p;
  while (cur.kind !== 'scan') {
    if (cur.kind === 'command' || cur.kind === 'setOp') throw new Error('not a chain');
    if (cur.kind === 'join') out.push([...path, 1]);
    path.push(0);
    cur = cur.kind === 'join' ? cur.left : cur.child;
  }
  return out;
}

/** The broadcast right sides of the running task's joins (set around each call). */
let taskRights: readonly ColumnBatch[][] = [];

/** The running call's operator metrics, when its stage measures them. */
let taskPlans: TaskPlanMetrics | null = null;

/**
 * planPhysical, instrumented when the running task measures its operators: `root` (the
 * plan, or the part of it that is the query's own) stands at `prefix` in the optimized
 * plan, with the table scan at `leaf` below it (null: the stage reads exchanged rows).
 */
function physical(plan: LPlan, prefix: readonly number[], leaf: readonly number[] | null, opts: { root?: LPlan; role?: string } = {}): Exec {
  const exec = planPhysical(plan);
  return taskPlans ? taskPlans.track(exec, opts.root ?? plan, prefix, opts.role ?? '', leaf) : exec;
}

/**
 * A chain with its input: the leaf at `path` reading the partition's batches, and each
 * broadcast join's right side reading its broadcast batches.
 */
function bindChain(root: LPlan, path: readonly number[], records: unknown[]): LPlan {
  const leaf = leafAt(root, path);
  let plan = replaceAt(root, path, inputScan(leaf.output, records as ColumnBatch[], leaf.kind === 'scan' ? leaf.name : 'LocalRelation'));
  broadcastPaths(root).forEach((bp, i) => {
    const right = leafAt(root, bp);
    const batches = taskRights[i];
    if (!batches) throw new Error('a broadcast join of the SQL stage has no broadcast');
    plan = replaceAt(plan, bp, inputScan(right.output, batches));
  });
  return plan;
}

type StageFn = (partition: number, records: unknown[]) => unknown[];

interface Rebuilt {
  fragment: LPlan;
  relationOutputs: Attribute[][];
}

/** Re-analyses the query against placeholder relations and finds the fragment. */
export function rebuildFragment(spec: StageSpec): Rebuilt {
  const conf = new Map(spec.conf.map(([k, v]) => [k, v] as [string, string]));
  setSessionTimeZone(spec.timeZone);
  const relationOutputs = spec.source.relations.map((r) => r.fields.map((f) => newAttribute(f.name, f.type, f.nullable)));
  const placeholders: LPlan[] = spec.source.relations.map((r, i) => ({
    kind: 'scan', name: r.name, output: relationOutputs[i]!,
    rows: () => {
      throw new Error(`relation ${r.name} was not shipped with the stage`);
    },
  }));
  const keyOf = (parts: readonly string[]) => parts.join('\u0000');
  const byParts = new Map<string, number>();
  for (const l of spec.source.lookups) byParts.set(keyOf(l.parts), l.rel);
  const resolver: RelationResolver = {
    lookupRelation: (parts) => {
      const rel = byParts.get(keyOf(parts));
      return rel === undefined || rel < 0 ? null : placeholders[rel]!;
    },
  };
  const stmt = parseStatement(spec.source.text, parseFlags(conf));
  if (stmt.kind !== 'query') throw new Error('a SQL stage needs a query');
  let node = optimize(new Analyzer(resolver, spec.source.text, conf).plan(stmt.plan));
  for (const i of spec.path) node = planChildren(node)[i]!;
  if (!node || fingerprint(node) !== spec.fingerprint) throw new Error('the SQL stage planned differently on the executor');
  return { fragment: node, relationOutputs };
}

function compileStage(source: string): StageFn {
  const fn = compileUnmeasured(source) as (...args: unknown[]) => unknown[];
  if (!(JSON.parse(source) as StageSpec).metrics) return fn as unknown as StageFn;
  const measured = (accumulatorId: number, ...args: unknown[]): unknown[] => {
    const prev = taskPlans;
    const plans = new TaskPlanMetrics();
    taskPlans = plans;
    try {
      const out = fn(...args);
      accumulatorAdd(accumulatorId, plans.entries(taskContext()?.taskAttemptId ?? -1));
      return out;
    } finally {
      taskPlans = prev;
    }
  };
  return measured as unknown as StageFn;
}

function compileUnmeasured(source: string): StageFn {
  const spec = JSON.parse(source) as StageSpec;
  const { fragment } = rebuildFragment(spec);
  const inner = compileStageKind(spec, fragment);
  const k = spec.broadcasts ?? 0;
  if (k === 0) return inner;
  // The chain's root below the fragment: the aggregate's or window's input, the sort's input, or the fragment.
  const root = fragment.kind === 'aggregate' || fragment.kind === 'window' || fragment.kind === 'sort' ? fragment.child : fragment;
  const types = broadcastPaths(root).map((bp) => leafAt(root, bp).output.map((a) => a.type));
  const decoded = new WeakMap<Uint8Array, ColumnBatch[]>();
  const stage = (...args: unknown[]): unknown[] => {
    const rights = args.slice(0, k).map((id, i) => {
      const bytes = getBroadcastValue(id as number) as Uint8Array;
      let b = decoded.get(bytes);
      if (!b) {
        b = decodeBatches(bytes, types[i]!);
        decoded.set(bytes, b);
      }
      return b;
    });
    const prev = taskRights;
    taskRights = rights;
    try {
      return inner(args[k] as number, args[k + 1] as unknown[]);
    } finally {
      taskRights = prev;
    }
  };
  return stage as unknown as StageFn;
}

function compileStageKind(spec: StageSpec, fragment: LPlan): StageFn {
  const tz = spec.timeZone;
  switch (spec.kind) {
    case 'chain': {
      const path = leafPath(fragment);
      return (_p, records) => {
        setSessionTimeZone(tz);
        const batches = records as ColumnBatch[];
        let plan = bindChain(fragment, path, batches);
        if (spec.limit !== undefined) plan = { kind: 'limit', child: plan, limit: spec.limit, offset: 0, output: plan.output };
        const exec = physical(plan, spec.path, path, { root: spec.limit !== undefined ? planChildren(plan)[0]! : plan });
        if (spec.raw) return execBatches(exec);
        return [encodeBatches(execBatches(exec))];
      };
    }
    case 'aggMap': {
      if (fragment.kind !== 'aggregate') throw new Error('aggMap needs an aggregate');
      const child = fragment.child;
      const dedupe = duplicateInsensitive(fragment.aggs);
      const path = leafPath(child);
      const n = spec.reducers!;
      return (p, records) => {
        setSessionTimeZone(tz);
        const plan = bindChain(child, path, records);
        const env = stageEnv();
        const rows = execBatches(physical(plan, [...spec.path, 0], path)).filter((b) => b.numRows > 0);
        // DISTINCT aggregates: only distinct tuples cross the exchange (their first occurrences, in order).
        const input = dedupe ? (dedupeBatches(fragment, child.output, rows) ?? rows) : rows;
        const ids = input.map((b) => partitionIds(fragment.groups, b, n, env));
        // Only each group's first row needs its ordinal (the reducers take the least per group).
        const firsts = firstRowsOfGroups(fragment.groups, input, env);
        return writeExchange(taskPlans, spec.path, n, () => scatterBatches(input, ids, n, p, firsts), !spec.noDictionary);
      };
    }
    case 'aggReduce': {
      if (fragment.kind !== 'aggregate') throw new Error('aggReduce needs an aggregate');
      const inOutput = [...fragment.child.output, newAttribute('__ordinal', DoubleType, false)];
      const types = inOutput.map((a) => a.type);
      const ordAttr = newAttribute('__first', DoubleType, true);
      return (_p, records) => {
        setSessionTimeZone(tz);
        // Keys coded by a dictionary the driver sent go back as codes.
        const shipped = new Map<string, readonly string[]>();
        const batches = readExchange(taskPlans, spec.path, records, types, shipped);
        const plan: LPlan = {
          kind: 'aggregate', child: inputScan(inOutput, batches), groups: fragment.groups,
          aggs: [...fragment.aggs, minOrdinal(inOutput.length - 1)], sets: null, output: [...fragment.output, ordAttr],
        };
        return [encodeBatches(execBatches(physical(plan, spec.path, null)), shipped)];
      };
    }
    case 'partialMap': {
      if (fragment.kind !== 'aggregate') throw new Error('partialMap needs an aggregate');
      const child = fragment.child;
      const path = leafPath(child);
      const n = spec.reducers ?? 0;
      const keyRefs: BoundExpr[] = fragment.groups.map((e, i) => ({ kind: 'ref', index: i, type: e.type, nullable: true }));
      return (p, records) => {
        setSessionTimeZone(tz);
        const plan = bindChain(child, path, records);
        const rows = execBatches(physical(plan, [...spec.path, 0], path));
        const partial: LPlan = { kind: 'aggregate', child: inputScan(child.output, rows), groups: fragment.groups, aggs: partialAggregates(fragment), sets: null, output: partialOutput(fragment, false) };
        const groups = execBatches(physical(partial, spec.path, null, { role: 'partial' })).filter((b) => b.numRows > 0);
        if (n === 0) return [writeSingle(taskPlans, spec.path, groups)];
        // Groups come out in first-row order, so (partition, rank) orders them as (partition, first row) would.
        const out = withOrdinals(groups, p);
        const env = stageEnv();
        const ids = out.map((b) => partitionIds(keyRefs, b, n, env));
        return writeExchange(taskPlans, spec.path, n, () => scatterBatches(out, ids, n, null), !spec.noDictionary);
      };
    }
    case 'partialReduce': {
      if (fragment.kind !== 'aggregate') throw new Error('partialReduce needs an aggregate');
      const types = partialTypes(fragment, true);
      return (_p, records) => {
        setSessionTimeZone(tz);
        const shipped = new Map<string, readonly string[]>();
        const batches = readExchange(taskPlans, spec.path, records, types, shipped);
        return [encodeBatches(execBatches(physical(mergePlan(fragment, batches, true), spec.path, null)), shipped)];
      };
    }
    case 'windowMap': {
      // The fragment: the window, or the Project / Filter chain over it that the reduce tasks run.
      const { window: win, depth } = windowBelow(fragment) ?? fail('windowMap needs a window');
      const child = win.child;
      const path = leafPath(child);
      const n = spec.reducers!;
      const keys = win.windows[0]!.partitionBy;
      const winPath = [...spec.path, ...new Array<number>(depth).fill(0)];
      // The reduce side's plan (planned once): a WindowGroupLimit there has its partial here.
      const reducePlan = planPhysical(keyCarryingPlan(fragment, depth, inputScan(child.output, [])).plan);
      return (_p, records) => {
        setSessionTimeZone(tz);
        const plan = bindChain(child, path, records);
        const env = stageEnv();
        const exec = physical(plan, [...winPath, 0], path);
        const input = execBatches(partialGroupLimit(reducePlan, exec) ?? exec).filter((b) => b.numRows > 0);
        const ids = input.map((b) => partitionIds(keys, b, n, env));
        return writeExchange(taskPlans, winPath, n, () => scatterBatches(input, ids, n, null));
      };
    }
    case 'windowReduce': {
      const { window: win, depth } = windowBelow(fragment) ?? fail('windowReduce needs a window');
      const types = win.child.output.map((a) => a.type);
      const winPath = [...spec.path, ...new Array<number>(depth).fill(0)];
      return (_p, records) => {
        setSessionTimeZone(tz);
        const batches = readExchange(taskPlans, winPath, records, types);
        // The partition keys ride along as trailing columns: the driver merges the tasks' runs by them.
        const { plan } = keyCarryingPlan(fragment, depth, inputScan(win.child.output, batches));
        return [encodeBatches(execBatches(physical(plan, spec.path, null)))];
      };
    }
    case 'distinctMap': {
      if (fragment.kind !== 'aggregate') throw new Error('distinctMap needs an aggregate');
      const child = fragment.child;
      const path = leafPath(child);
      const n = spec.reducers!;
      const args = fragment.aggs[0]!.args;
      const keyRefs = args.map((a, i) => ref(i, a.type));
      const byCodes = !spec.noDictionary && args.length === 1 && args[0]!.type.kind === 'string';
      return (_p, records) => {
        setSessionTimeZone(tz);
        const plan = bindChain(child, path, records);
        const env = stageEnv();
        const input = execBatches(physical(plan, [...spec.path, 0], path)).filter((b) => b.numRows > 0);
        if (byCodes) {
          // A dictionary-coded column: the set of codes seen, merged in the driver (distinct-stage.ts).
          const arg = args[0]!;
          const set = codeSet(input.map((b) => [arg.kind === 'ref' ? b.columns[arg.index]! : compileVector(arg)(b, env), b.numRows] as const));
          if (set) return [set];
        }
        const dedupe: LPlan = { kind: 'aggregate', child: inputScan(child.output, input), groups: args, aggs: [], sets: null, output: args.map((a, i) => newAttribute(`k${i}`, a.type, true)) };
        const out = execBatches(physical(dedupe, spec.path, null, { role: 'partial' })).filter((b) => b.numRows > 0);
        const ids = out.map((b) => partitionIds(keyRefs, b, n, env));
        return writeExchange(taskPlans, spec.path, n, () => scatterBatches(out, ids, n, null));
      };
    }
    case 'distinctReduce': {
      if (fragment.kind !== 'aggregate') throw new Error('distinctReduce needs an aggregate');
      const args = fragment.aggs[0]!.args;
      const attrs = args.map((a, i) => newAttribute(`k${i}`, a.type, true));
      const types = attrs.map((a) => a.type);
      return (_p, records) => {
        setSessionTimeZone(tz);
        const batches = readExchange(taskPlans, spec.path, records, types);
        const plan: LPlan = {
          kind: 'aggregate', child: inputScan(attrs, batches), groups: [], sets: null, output: [newAttribute('n', { kind: 'long' }, false)],
          aggs: [buildAggregate('count', attrs.map((a, i) => ref(i, a.type)), site('count'), true, null)],
        };
        const counted = execBatches(physical(plan, spec.path, null));
        return [counted.length > 0 ? Number(valueAt(counted[0]!.columns[0]!, 0) as bigint) : 0];
      };
    }
    case 'joinMap': {
      if (fragment.kind !== 'join') throw new Error('joinMap needs a join');
      const side = spec.side ?? 0;
      const child = side === 0 ? fragment.left : fragment.right;
      const path = leafPath(child);
      const keys = extractEquiKeys(fragment.cond, fragment.left.output.length);
      const sideKeys = side === 0 ? keys.left : keys.right;
      const sidePath = [...spec.path, side];
      const n = spec.reducers!;
      return (p, records) => {
        setSessionTimeZone(tz);
        const plan = bindChain(child, path, records);
        const env = stageEnv();
        const rows = execBatches(physical(plan, sidePath, path)).filter((b) => b.numRows > 0);
        const ids = rows.map((b) => partitionIds(sideKeys, b, n, env));
        // The exchange's figures are keyed apart from the side's own node (an aggregate there has its own exchange).
        return writeExchange(taskPlans, [...sidePath, -1], n, () => scatterBatches(rows, ids, n, p));
      };
    }
    case 'joinReduce': {
      // The fragment: the join, or the Project / Filter chain over it (`depth` nodes) that the reduce tasks run too.
      const depth = spec.depth ?? 0;
      const { plan: top, join: joined, leftTypes, rightTypes } = ordinalPlan(fragment, depth);
      const joinAt = new Array<number>(depth).fill(0);
      const joinPath = [...spec.path, ...joinAt];
      return (_p, records) => {
        setSessionTimeZone(tz);
        const leftBlocks = new DataView((records[0] as Uint8Array).buffer, (records[0] as Uint8Array).byteOffset, 4).getUint32(0, true);
        const blocks = records.slice(1);
        const left = readExchange(taskPlans, [...joinPath, 0, -1], blocks.slice(0, leftBlocks), leftTypes);
        const right = readExchange(taskPlans, [...joinPath, 1, -1], blocks.slice(leftBlocks), rightTypes);
        const plan = replaceAt(top, joinAt, { ...joined, left: inputScan(joined.left.output, left), right: inputScan(joined.right.output, right) });
        return [encodeBatches(execBatches(physical(plan, spec.path, null)))];
      };
    }
    case 'topN': {
      if (fragment.kind !== 'sort') throw new Error('topN needs a sort');
      const path = [0, ...leafPath(fragment.child)];
      return (_p, records) => {
        setSessionTimeZone(tz);
        const sorted = replaceAt(fragment, [0], bindChain(fragment.child, path.slice(1), records));
        const plan: LPlan = { kind: 'limit', child: sorted, limit: spec.limit!, offset: 0, output: fragment.output };
        return [encodeBatches(execBatches(physical(plan, spec.path, path, { root: sorted })))];
      };
    }
    case 'broadcastJoin': {
      if (fragment.kind !== 'join') throw new Error('broadcastJoin needs a join');
      const leftPath = leafPath(fragment.left);
      const leftLeaf = leafAt(fragment.left, leftPath);
      const rightTypes = fragment.right.output.map((a) => a.type);
      const decoded = new WeakMap<Uint8Array, ColumnBatch[]>();
      const stage = (bcId: number, _p: number, records: unknown[]): unknown[] => {
        setSessionTimeZone(tz);
        const bytes = getBroadcastValue(bcId) as Uint8Array;
        let right = decoded.get(bytes);
        if (!right) {
          right = decodeBatches(bytes, rightTypes);
          decoded.set(bytes, right);
        }
        const left = replaceAt(fragment.left, leftPath, inputScan(leftLeaf.output, records as ColumnBatch[], leftLeaf.kind === 'scan' ? leftLeaf.name : 'LocalRelation'));
        const plan: LPlan = { ...fragment, left, right: inputScan(fragment.right.output, right) };
        return [encodeBatches(execBatches(physical(plan, spec.path, [0, ...leftPath])))];
      };
      return stage as unknown as StageFn;
    }
    default: {
      const never: never = spec.kind;
      throw new Error(`unknown SQL stage kind ${String(never)}`);
    }
  }
}

/**
 * A shuffled join's reduce side: each input carries its rows' ordinals as a last column
 * (`__lo`, `__ro`), the condition reads the right side one column further, and the output
 * keeps both ordinals (semi / anti joins: the left one) after each side's columns.
 */
export function ordinalJoin(j: Extract<LPlan, { kind: 'join' }>): { plan: Extract<LPlan, { kind: 'join' }>; leftTypes: DataType[]; rightTypes: DataType[] } {
  const lw = j.left.output.length;
  const lo = newAttribute('__lo', DoubleType, true);
  const ro = newAttribute('__ro', DoubleType, true);
  const left = [...j.left.output, lo];
  const right = [...j.right.output, ro];
  const leftOnly = j.type === 'semi' || j.type === 'anti';
  const output = leftOnly ? [...j.output, lo] : [...j.output.slice(0, lw), lo, ...j.output.slice(lw), ro];
  const cond = j.cond && remapRefs(j.cond, (i) => (i >= lw ? i + 1 : i));
  const plan: Extract<LPlan, { kind: 'join' }> = { kind: 'join', left: inputScan(left, []), right: inputScan(right, []), type: j.type, cond, output };
  return { plan, leftTypes: left.map((a) => a.type), rightTypes: right.map((a) => a.type) };
}

/**
 * The reduce side of a shuffled join with the Project / Filter chain over it (`depth` nodes
 * above the join in `top`): the ordinal join (ordinalJoin), and the chain reading it, each
 * projection carrying both ordinals along as its last columns. `lo` / `ro`: where the
 * ordinals are in the plan's output (ro null for semi / anti joins).
 */
export function ordinalPlan(top: LPlan, depth: number): { plan: LPlan; join: Extract<LPlan, { kind: 'join' }>; leftTypes: DataType[]; rightTypes: DataType[]; lo: number; ro: number | null } {
  const build = (p: LPlan, d: number): { plan: LPlan; map: (i: number) => number; lo: number; ro: number | null; join: Extract<LPlan, { kind: 'join' }>; leftTypes: DataType[]; rightTypes: DataType[] } => {
    if (d === 0) {
      if (p.kind !== 'join') throw new Error('joinReduce needs a join');
      const j = ordinalJoin(p);
      const lw = p.left.output.length;
      const leftOnly = p.type === 'semi' || p.type === 'anti';
      return { plan: j.plan, join: j.plan, leftTypes: j.leftTypes, rightTypes: j.rightTypes, map: (i) => (i >= lw ? i + 1 : i), lo: lw, ro: leftOnly ? null : j.plan.output.length - 1 };
    }
    const below = build(planChildren(p)[0]!, d - 1);
    const remap = (e: BoundExpr) => remapRefs(e, below.map);
    if (p.kind === 'filter') return { ...below, plan: { ...p, child: below.plan, cond: remap(p.cond), output: below.plan.output } };
    if (p.kind !== 'project') throw new Error('only projections and filters run over a shuffled join');
    const carried = below.plan.output;
    const ords = [below.lo, ...(below.ro === null ? [] : [below.ro])];
    const exprs = [...p.exprs.map(remap), ...ords.map((i) => ref(i, carried[i]!.type))];
    const output = [...p.output, ...ords.map((i) => carried[i]!)];
    const n = p.exprs.length;
    return { ...below, plan: { ...p, child: below.plan, exprs, output }, map: (i) => i, lo: n, ro: below.ro === null ? null : n + 1 };
  };
  const b = build(top, depth);
  return { plan: b.plan, join: b.join, leftTypes: b.leftTypes, rightTypes: b.rightTypes, lo: b.lo, ro: b.ro };
}

function fail(message: string): never {
  throw new Error(message);
}

function leafAt(p: LPlan, path: readonly number[]): LPlan {
  let cur = p;
  for (const i of path) cur = planChildren(cur)[i]!;
  return cur;
}

registerFunctionCompiler(SQL_STAGE_LANG, compileStage as (source: string) => (...args: unknown[]) => unknown);

/** Encoded partition data → its batches (the relation's types in the source JSON). */
registerFunctionCompiler(SQL_DECODE_LANG, (source) => {
  const types = JSON.parse(source) as DataType[];
  return ((bytes: Uint8Array) => decodeBatches(bytes, types)) as (...args: unknown[]) => unknown;
});
