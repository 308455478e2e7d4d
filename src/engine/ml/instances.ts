/**
 * Training instances on the executors (Spark's `extractInstances` + `InstanceBlock`s +
 * `persist`): a DataFrame's (label, features, weight) columns packed per partition into one
 * row-major Block, where the partition lives. The query's narrow chain runs on the
 * executors over the table partitions they already cache (`partitionsRdd`); each task packs
 * its ColumnBatches straight into Float64Arrays (no per-row Python or JS row objects, no
 * driver collect) and the blocks stay cached, so each pass of an optimiser is one cheap job
 * whose small per-partition statistics are merged by a tree reduce. Queries that cannot run
 * on the executors (not a narrow chain over a table, session UDFs) are run in the driver and
 * their blocks parallelized once, then cached the same way.
 */
import type { SqlSession } from '../catalog';
import type { ColumnBatch, ColumnVector } from '../columnar';
import { KeyboardInterrupt } from '../errors';
import { functionId, registerFunctionCompiler } from '../rdd';
import type { FunctionRef, RDD, SparkContext } from '../rdd';
import { partitionsRdd } from '../sql';
import type { Block } from './algos/dataset';

export const ML_PACK_LANG = 'ml-pack';

/** Where the packer finds its columns in a batch (-1: none, label 0 / weight 1). */
export interface PackSpec {
  readonly features: number;
  readonly label: number;
  readonly weight: number;
}

/** A packed partition with what the driver checks before training (Spark's input validation). */
export interface InstanceBlock extends Block {
  /** Rows whose label is null. */
  readonly nullLabels: number;
  /** Rows whose features are null. */
  readonly nullFeatures: number;
  /** A vector size other than the partition's first (the first such size), or -1. */
  readonly otherSize: number;
}

/** One partition's facts: [rows, features (-1: no vector seen), weight sum, null labels, null features, other size]. */
export type BlockSummary = [number, number, number, number, number, number];

const VECTOR_TYPE = 0;
const VECTOR_SIZE = 1;
const VECTOR_INDICES = 2;
const VECTOR_VALUES = 3;

/** Row i of a numeric column as a double (null: NaN, flagged by `valid`). */
function numberAt(c: ColumnVector, i: number): number {
  switch (c.kind) {
    case 'float64': case 'int32': return c.values[i]!;
    case 'int64': return Number(c.values[i]!);
    case 'bool': return c.values[i]!;
    case 'object': {
      const v = c.values[i];
      return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? (v ? 1 : 0) : Number(String(v));
    }
    default: {
      const never: never = c;
      throw new Error(`unexpected column ${JSON.stringify(never)}`);
    }
  }
}

function validAt(c: ColumnVector, i: number): boolean {
  if (c.kind === 'object') return c.values[i] !== null && c.values[i] !== undefined;
  return (c.validity[i >> 3]! & (1 << (i & 7))) !== 0;
}

/** A numeric column's rows into out[at..]: nulls become `dflt`; returns the null count. */
function readDoubles(c: ColumnVector, n: number, out: Float64Array, at: number, dflt: number): number {
  let nulls = 0;
  if (c.kind === 'float64') {
    const vals = c.values;
    const valid = c.validity;
    for (let i = 0; i < n; i++) {
      if ((valid[i >> 3]! & (1 << (i & 7))) !== 0) out[at + i] = vals[i]!;
      else {
        out[at + i] = dflt;
        nulls++;
      }
    }
    return nulls;
  }
  for (let i = 0; i < n; i++) {
    if (validAt(c, i)) out[at + i] = numberAt(c, i);
    else {
      out[at + i] = dflt;
      nulls++;
    }
  }
  return nulls;
}

type StoredVector = readonly [number, number | null, readonly number[] | null, readonly number[]];

function vectorSize(v: StoredVector): number {
  return Number(v[VECTOR_TYPE]) === 1 ? v[VECTOR_VALUES].length : Number(v[VECTOR_SIZE]);
}

/**
 * Packs one partition's batches (in order) into a Block. Rows with a null label or null
 * features are counted (the driver raises Spark's error) and packed as zeros.
 */
export function packBatches(batches: readonly ColumnBatch[], spec: PackSpec): InstanceBlock {
  let n = 0;
  let d = -1;
  for (const b of batches) {
    n += b.numRows;
    if (d >= 0) continue;
    const fc = b.columns[spec.features]!;
    if (fc.kind !== 'object') throw new Error('the features column is not a vector column');
    for (let i = 0; i < b.numRows && d < 0; i++) {
      const v = fc.values[i] as StoredVector | null | undefined;
      if (v) d = vectorSize(v);
    }
  }
  const dd = Math.max(d, 0);
  const x = new Float64Array(n * dd);
  const y = new Float64Array(n);
  const w = new Float64Array(n);
  let nullLabels = 0;
  let nullFeatures = 0;
  let otherSize = -1;
  let r = 0;
  for (const b of batches) {
    const fc = b.columns[spec.features]! as Extract<ColumnVector, { kind: 'object' }>;
    if (spec.label >= 0) nullLabels += readDoubles(b.columns[spec.label]!, b.numRows, y, r, 0);
    if (spec.weight >= 0) readDoubles(b.columns[spec.weight]!, b.numRows, w, r, 1);
    else w.fill(1, r, r + b.numRows);
    for (let i = 0; i < b.numRows; i++, r++) {
      const v = fc.values[i] as StoredVector | null | undefined;
      if (!v) {
        nullFeatures++;
        continue;
      }
      const off = r * dd;
      const vals = v[VECTOR_VALUES];
      if (Number(v[VECTOR_TYPE]) === 1) {
        if (vals.length !== dd) {
          if (otherSize < 0) otherSize = vals.length;
          continue;
        }
        for (let j = 0; j < dd; j++) x[off + j] = vals[j]!;
      } else {
        if (Number(v[VECTOR_SIZE]) !== dd) {
          if (otherSize < 0) otherSize = Number(v[VECTOR_SIZE]);
          continue;
        }
        const idx = v[VECTOR_INDICES] ?? [];
        for (let k = 0; k < idx.length; k++) x[off + idx[k]!] = vals[k]!;
      }
    }
  }
  return { n, d: dd, x, y, w, nullLabels, nullFeatures, otherSize: d < 0 ? -1 : otherSize };
}

/** Rows already in the driver (the fallback) packed the same way, as `parts` contiguous blocks. */
export function packRows(rows: readonly (readonly unknown[])[], spec: PackSpec, parts: number): InstanceBlock[] {
  const out: InstanceBlock[] = [];
  const asBatch = (lo: number, hi: number): ColumnBatch => {
    const slice = rows.slice(lo, hi);
    const col = (k: number): ColumnVector => ({ kind: 'object', values: k < 0 ? [] : slice.map((row) => row[k] ?? null) });
    return { types: [], numRows: slice.length, columns: [col(spec.features), col(spec.label), col(spec.weight)] };
  };
  const local: PackSpec = { features: 0, label: spec.label >= 0 ? 1 : -1, weight: spec.weight >= 0 ? 2 : -1 };
  for (let p = 0; p < parts; p++) {
    out.push(packBatches([asBatch(Math.floor((p * rows.length) / parts), Math.floor(((p + 1) * rows.length) / parts))], local));
  }
  return out;
}

export function summarize(b: InstanceBlock): BlockSummary {
  let ws = 0;
  for (let i = 0; i < b.n; i++) ws += b.w[i]!;
  return [b.n, b.n > 0 ? b.d : -1, ws, b.nullLabels ?? 0, b.nullFeatures ?? 0, b.otherSize ?? -1];
}

type TaskFn = (partition: number, records: unknown[]) => unknown[];

/** Executor-side functions: `pack:<spec json>` (batches → one block) and `summary`. */
registerFunctionCompiler(ML_PACK_LANG, (source) => {
  let fn: TaskFn;
  if (source === 'summary') fn = (_p, records) => (records as InstanceBlock[]).map(summarize);
  else {
    const spec = JSON.parse(source.slice('pack:'.length)) as PackSpec;
    fn = (_p, records) => [packBatches(records as ColumnBatch[], spec)];
  }
  return fn as (...args: unknown[]) => unknown;
});

function ref(source: string): FunctionRef {
  return { id: functionId(ML_PACK_LANG, source), lang: ML_PACK_LANG, source };
}

export interface Instances {
  /** One cached block per partition. */
  readonly rdd: RDD;
  readonly count: number;
  /** Rows per partition, in partition order. */
  readonly partitionCounts: number[];
  /** Feature count (0 when there are no rows). */
  readonly numFeatures: number;
  readonly weightSum: number;
  /** Spark's validation message when the input is unusable, else null. */
  readonly invalid: string | null;
  /** Whether the rows were packed on the executors (false: the driver fallback). */
  readonly distributed: boolean;
}

/**
 * Packs `sql`'s columns (`cols` = features, label or null, weight or null) into cached blocks:
 * on the executors when the query is a narrow chain over a table, else from the driver's rows.
 * Runs one job (the cache fill, with each partition's summary).
 */
export function buildInstances(session: SqlSession, sql: string, sc: SparkContext, features: string, label: string | null, weight: string | null): Instances {
  const q = (c: string) => '`' + c.replace(/`/g, '``') + '`';
  const cols = [features, label, weight].filter((c): c is string => c !== null);
  const text = `SELECT ${cols.map(q).join(', ')} FROM (${sql}) AS __flint_ml_instances`;
  const spec: PackSpec = { features: 0, label: label === null ? -1 : 1, weight: weight === null ? -1 : label === null ? 1 : 2 };
  const description = sc.callSite('treeAggregate');
  let rdd: RDD | null;
  try {
    rdd = partitionsRdd(session.analyze(text), { sc, conf: session.conf, description });
  } catch {
    rdd = null;
  }
  // A table of one partition (under 16 Ki rows) is split over the slots from the driver
  // instead, as Spark's local relations are (defaultParallelism slices): randomised
  // kernels seed per partition, so small inputs keep Spark's partition layout.
  if (rdd && rdd.getNumPartitions() < Math.min(2, sc.defaultParallelism)) rdd = null;
  const fill = (b: RDD): BlockSummary[][] => sc.runJob(b.persist().narrow({ kind: 'mapPartitionsWithIndex', fn: ref('summary') }, 'mapPartitions'), { kind: 'collect' }, description) as BlockSummary[][];
  const fromDriver = (): RDD => {
    const rows = session.withJobDescription(description, () => session.sql(text).rows);
    const parts = Math.max(1, Math.min(sc.defaultParallelism || 1, rows.length || 1));
    return sc.parallelize(packRows(rows, spec, parts), parts);
  };
  let distributed = rdd !== null;
  let blocks = rdd ? rdd.narrow({ kind: 'mapPartitionsWithIndex', fn: ref('pack:' + JSON.stringify(spec)) }, 'mapPartitions') : fromDriver();
  let summaries: BlockSummary[][];
  try {
    summaries = fill(blocks);
  } catch (e) {
    // A stage the executors could not rebuild (as the SQL layer does, the query then runs in the driver).
    if (!distributed || e instanceof KeyboardInterrupt) throw e;
    blocks.unpersist();
    distributed = false;
    blocks = fromDriver();
    summaries = fill(blocks);
  }
  let count = 0;
  const partitionCounts = summaries.map((part) => part.reduce((a, s) => a + s[0], 0));
  let d = -1;
  let weightSum = 0;
  let invalid: string | null = null;
  for (const part of summaries) {
    for (const [n, dim, ws, nullLabels, nullFeatures, other] of part) {
      count += n;
      weightSum += ws;
      if (nullLabels > 0) invalid ??= 'Labels MUST NOT be Null or NaN';
      if (nullFeatures > 0) invalid ??= 'features must not be null';
      if (dim >= 0) {
        if (d >= 0 && dim !== d) invalid ??= `vector size ${dim} does not match ${d} features`;
        d = d < 0 ? dim : d;
      }
      if (other >= 0) invalid ??= `vector size ${other} does not match ${dim} features`;
    }
  }
  return { rdd: blocks, count, partitionCounts, numFeatures: Math.max(d, 0), weightSum, invalid, distributed };
}
