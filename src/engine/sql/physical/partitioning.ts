/**
 * Where Spark puts rows: the partitions of scans (Range's numSlices, a local relation's
 * parallelism), of Repartition / RepartitionByExpression (round robin with Spark's start
 * offset, murmur3 hashpartitioning, RangePartitioner bounds, coalesce's contiguous groups),
 * and `spark_partition_id()` over them.
 *
 * The driver runs a query as one sequence of rows; partitions are contiguous runs of it in
 * partition order (a shuffle's reducer reads map outputs in map order, so the row order is
 * Spark's too). spark_partition_id() in a projection or filter is computed by carrying a
 * partition-id column up from the nearest partitioned source through the narrow operators
 * between (Project, Filter); above anything else (aggregates, sorts, joins: shuffles that AQE
 * coalesces to one partition on small data) it is 0.
 */
import { compareValues, compile, lookupScalar, newEnv } from '../../expr';
import type { BoundExpr, Row } from '../../expr';
import { XORShiftRandom } from '../../expr/functions/random';
import { checkArity, registerScalar } from '../../expr/functions/registry';
import { IntegerType } from '../../types';
import { newAttribute } from '../logical';
import type { Attribute, FileScan, LPlan, RepartitionMode, SortKey } from '../logical';
import { batchesToRows } from '../../columnar';
import type { ColumnBatch } from '../../columnar';
import { FunctionCache, functionId } from '../../rdd';
import { attrList, envFor } from './exec';
import type { Exec, ExecContext } from './exec';
import { exprText } from './explain';

const SPID = 'spark_partition_id';

registerScalar(SPID, (args, site) => {
  checkArity(site, args, 0, 0);
  // Evaluated where no partitioning is known (one partition): the planner substitutes the rest.
  return { kind: 'stateful', name: SPID, args: [], type: IntegerType, nullable: false, init: () => () => 0 };
});

/** Partition of each of `n` rows split as parallelize / Range split them: floor(i*n/p) boundaries. */
export function slicePartitions(n: number, parts: number): Int32Array {
  const out = new Int32Array(n);
  for (let p = 0; p < parts; p++) {
    const start = Math.floor((p * n) / parts);
    const end = Math.floor(((p + 1) * n) / parts);
    for (let i = start; i < end; i++) out[i] = p;
  }
  return out;
}

function isSpid(e: BoundExpr): boolean {
  return e.kind === 'stateful' && e.name === SPID && e.args.length === 0;
}

const readers = new FunctionCache();

/**
 * A file scan's rows by Spark's partitions (FilePartition splits): each partition's splits
 * read here by the reader the executors' FileScanRDD tasks use, so spark_partition_id() and
 * df.rdd see the splits' own rows, not an even cut of the whole. Null when the executors could
 * not read the files either (the partitions are then the contiguous runs slicePartitions makes).
 */
function filePartitionRows(files: FileScan, width: number): unknown[][][] | null {
  const parts = files.partitions();
  if (!parts || parts.length === 0 || files.rdd) return null;
  const read = readers.get({ id: functionId(files.reader, files.source), lang: files.reader, source: files.source });
  const out = parts.map((splits) => splits.flatMap((s) => batchesToRows(read(s) as ColumnBatch[])));
  return out.every((rs) => rs.every((r) => r.length === width)) ? out : null;
}

/** `e` with every spark_partition_id() replaced by `by`. */
export function replaceSpid(e: BoundExpr, by: BoundExpr): BoundExpr {
  if (isSpid(e)) return by;
  const r = (x: BoundExpr) => replaceSpid(x, by);
  switch (e.kind) {
    case 'strict': case 'lenient': case 'coalesce': case 'higherOrder': case 'stateful': return { ...e, args: e.args.map(r) } as BoundExpr;
    case 'and': case 'or': return { ...e, left: r(e.left), right: r(e.right) };
    case 'case': return { ...e, branches: e.branches.map(([c, v]) => [r(c), r(v)] as [BoundExpr, BoundExpr]), elseExpr: e.elseExpr && r(e.elseExpr) };
    case 'in': return { ...e, expr: r(e.expr), list: e.list.map(r) };
    case 'lambda': return { ...e, body: r(e.body) };
    default: return e;
  }
}

/** Whether any of `es` calls spark_partition_id() (replaceSpid rebuilds every compound node, so this walks instead of comparing). */
export function containsSpid(es: readonly BoundExpr[]): boolean {
  const has = (e: BoundExpr): boolean => {
    if (isSpid(e)) return true;
    switch (e.kind) {
      case 'strict': case 'lenient': case 'coalesce': case 'higherOrder': case 'stateful': return e.args.some(has);
      case 'and': case 'or': return has(e.left) || has(e.right);
      case 'case': return e.branches.some(([c, v]) => has(c) || has(v)) || (e.elseExpr !== null && has(e.elseExpr));
      case 'in': return has(e.expr) || e.list.some(has);
      case 'lambda': return has(e.body);
      default: return false;
    }
  };
  return es.some(has);
}

const pidAttr = (): Attribute => newAttribute('__partition_id', IntegerType, false);
const pidRef = (index: number): BoundExpr => ({ kind: 'ref', index, type: IntegerType, nullable: false });
export const ZERO_PID: BoundExpr = { kind: 'literal', value: 0, type: IntegerType, nullable: false };

/**
 * `p` with one more output column, last: the partition of each row. Null when `p` is a
 * single partition as far as the driver knows (spark_partition_id() is 0 there).
 */
export function withPartitionIds(p: LPlan): LPlan | null {
  switch (p.kind) {
    case 'scan': {
      const parts = p.partitions?.() ?? 1;
      if (parts <= 1) return null;
      const rows = p.rows;
      const files = p.files;
      return {
        kind: 'scan', name: p.name, output: [...p.output, pidAttr()],
        rows: () => {
          const read = files ? filePartitionRows(files, p.output.length) : null;
          if (read) return read.flatMap((rs, pid) => rs.map((r) => [...r, pid]));
          const rs = rows();
          const ids = slicePartitions(rs.length, parts);
          return rs.map((r, i) => [...r, ids[i]]);
        },
      };
    }
    case 'repartition': return { ...p, withPid: true, output: [...p.output, pidAttr()] };
    case 'project': {
      const c = withPartitionIds(p.child);
      if (!c) return null;
      const pid = pidRef(c.output.length - 1);
      return { kind: 'project', child: c, exprs: [...p.exprs.map((e) => replaceSpid(e, pid)), pid], output: [...p.output, pidAttr()] };
    }
    case 'filter': {
      const c = withPartitionIds(p.child);
      if (!c) return null;
      return { kind: 'filter', child: c, cond: replaceSpid(p.cond, pidRef(c.output.length - 1)), output: c.output };
    }
    default: return null;
  }
}

/** Spark's RangePartitioner.determineBounds over (key, weight) candidates sorted by key. */
export function determineBounds<K>(sorted: readonly (readonly [K, number])[], partitions: number, gt: (a: K, b: K) => boolean): K[] {
  const total = sorted.reduce((s, [, w]) => s + w, 0);
  const step = total / partitions;
  let cum = 0;
  let target = step;
  const bounds: K[] = [];
  let prev: K | undefined;
  let has = false;
  for (let i = 0; i < sorted.length && bounds.length < partitions - 1; i++) {
    const [key, w] = sorted[i]!;
    cum += w;
    if (cum >= target && (!has || gt(key, prev as K))) {
      bounds.push(key);
      target += step;
      prev = key;
      has = true;
    }
  }
  return bounds;
}

/**
 * Repartition in the driver: each row's target partition as Spark's ShuffleExchangeExec
 * computes it, then the rows in partition order (input order within each).
 */
export class RepartitionExec implements Exec {
  readonly name = 'Exchange';
  readonly children: Exec[];
  constructor(
    /** The child; its last column is the input partition id when `inputPids`. */
    readonly child: Exec,
    private readonly inputPids: boolean,
    readonly mode: RepartitionMode,
    readonly num: number,
    readonly exprs: readonly BoundExpr[],
    readonly keys: readonly SortKey[],
    readonly output: readonly Attribute[],
    private readonly withPid: boolean,
    private readonly childOutput: readonly Attribute[],
  ) {
    this.children = [child];
  }

  describe(): string {
    const attrs = this.childOutput;
    switch (this.mode) {
      case 'roundRobin': return `Exchange RoundRobinPartitioning(${this.num}), REPARTITION_BY_NUM`;
      case 'hash': return `Exchange hashpartitioning(${this.exprs.map((e) => exprText(e, attrs)).join(', ')}, ${this.num}), REPARTITION_BY_NUM`;
      case 'range': return `Exchange rangepartitioning(${this.keys.map((k) => `${exprText(k.expr, attrs)} ${k.ascending ? 'ASC' : 'DESC'} NULLS ${k.nullsFirst ? 'FIRST' : 'LAST'}`).join(', ')}, ${this.num}), REPARTITION_BY_NUM`;
      case 'coalesce': return `Coalesce ${this.num}`;
      default: return `Exchange [${attrList(this.output)}]`;
    }
  }

  execute(ctx: ExecContext): Row[] {
    let rows = this.child.execute(ctx);
    const n = rows.length;
    const width = this.childOutput.length;
    const inPid = new Int32Array(n);
    if (this.inputPids) {
      for (let i = 0; i < n; i++) inPid[i] = rows[i]![width] as number;
      rows = rows.map((r) => r.slice(0, width));
    }
    const target = this.targets(rows, inPid, ctx);
    const parts = target.reduce((m, t) => Math.max(m, t + 1), 0);
    const counts = new Int32Array(parts + 1);
    for (let i = 0; i < n; i++) counts[target[i]! + 1]!++;
    for (let p = 0; p < parts; p++) counts[p + 1]! += counts[p]!;
    const out = new Array<Row>(n);
    for (let i = 0; i < n; i++) {
      const t = target[i]!;
      out[counts[t]!++] = this.withPid ? [...rows[i]!, t] : rows[i]!;
    }
    return out;
  }

  private targets(rows: Row[], inPid: Int32Array, ctx: ExecContext): Int32Array {
    const n = rows.length;
    const t = new Int32Array(n);
    const num = Math.max(1, this.num);
    switch (this.mode) {
      case 'roundRobin': {
        // Each input partition starts at XORShiftRandom(partitionId).nextInt(n), then +1 per row.
        let current = -1;
        let position = 0;
        for (let i = 0; i < n; i++) {
          if (inPid[i] !== current) {
            current = inPid[i]!;
            position = new XORShiftRandom(BigInt(current)).nextInt(num);
          }
          position += 1;
          t[i] = position % num;
        }
        return t;
      }
      case 'hash': {
        const hash = compile(lookupScalar('hash')!([...this.exprs], { name: 'hash', argSql: this.exprs.map(() => ''), sql: 'hash' }));
        const env = envFor(ctx);
        for (let i = 0; i < n; i++) {
          const h = hash(rows[i]!, env) as number;
          t[i] = ((h % num) + num) % num;
        }
        return t;
      }
      case 'range': {
        const fns = this.keys.map((k) => compile(k.expr));
        const env = newEnv(ctx.runSubquery, ctx.outer);
        const keyOf = (r: Row) => fns.map((f) => f(r, env));
        const cmp = (a: unknown[], b: unknown[]): number => {
          for (let k = 0; k < this.keys.length; k++) {
            const key = this.keys[k]!;
            const x = a[k];
            const y = b[k];
            if (x === null || y === null) {
              if (x === y) continue;
              return (x === null) === key.nullsFirst ? -1 : 1;
            }
            const c = compareValues(x, y, key.expr.type);
            if (c !== 0) return key.ascending ? c : -c;
          }
          return 0;
        };
        const keys = rows.map(keyOf);
        // Every row is a candidate of weight 1 (Spark samples; on inputs within its sample size it takes them all).
        const sorted = keys.map((k) => [k, 1] as const).sort((a, b) => cmp(a[0], b[0]));
        const bounds = num > 1 ? determineBounds(sorted, num, (a, b) => cmp(a, b) > 0) : [];
        for (let i = 0; i < n; i++) {
          let p = 0;
          while (p < bounds.length && cmp(keys[i]!, bounds[p]!) > 0) p++;
          t[i] = p;
        }
        return t;
      }
      case 'coalesce': {
        const inParts = n === 0 ? 0 : inPid.reduce((m, x) => Math.max(m, x + 1), 1);
        if (num >= inParts) {
          t.set(inPid);
          return t;
        }
        // DefaultPartitionCoalescer without locality: contiguous ranges of parent partitions.
        const group = new Int32Array(inParts);
        for (let g = 0; g < num; g++) {
          const start = Math.floor((g * inParts) / num);
          const end = Math.floor(((g + 1) * inParts) / num);
          for (let j = start; j < end; j++) group[j] = g;
        }
        for (let i = 0; i < n; i++) t[i] = group[inPid[i]!]!;
        return t;
      }
      default: return t;
    }
  }
}

/**
 * How many partitions the plan's output has (`df.rdd.getNumPartitions()`): sources' and
 * repartitions' counts through narrow operators, summed by UNION ALL; 1 after other
 * shuffles (AQE coalesces small shuffles to one partition).
 */
export function partitionCount(p: LPlan): number {
  switch (p.kind) {
    case 'scan': return Math.max(1, p.partitions?.() ?? 1);
    case 'repartition': return p.mode === 'coalesce' ? Math.min(p.num, partitionCount(p.child)) : p.num;
    case 'project': case 'filter': case 'generate': return partitionCount(p.child);
    case 'setOp': return p.op === 'union' && p.all ? partitionCount(p.left) + partitionCount(p.right) : 1;
    default: return 1;
  }
}
