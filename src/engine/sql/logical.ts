/**
 * Resolved logical plans: every node knows its output attributes and holds bound
 * expressions whose `ref` ordinals index its child's output row.
 */
import type { BoundAggregate, BoundExpr, Row } from '../expr';
import type { DataType } from '../types';
import type { ColumnBatch } from '../columnar';
import type { JoinType } from './ast';
import type { RDD, SparkContext } from '../rdd';

export interface Attribute {
  readonly name: string;
  readonly type: DataType;
  readonly nullable: boolean;
  /** Table alias / view name the column can be qualified with (lower-case). */
  readonly qualifier: readonly string[];
  readonly id: number;
  /** Reachable by qualified name only (the other side's key of a USING join); not part of `*`. */
  readonly hidden?: boolean;
  /**
   * Qualifiers the column still answers to through Flint's internal subquery aliases (`__t`):
   * the DataFrame API builds SQL over such aliases, and in Spark's plan `df.alias("a")` stays
   * reachable as `a.col` after further transformations.
   */
  readonly alsoQualifiers?: readonly (readonly string[])[];
}

let nextId = 1;
export function newAttribute(name: string, type: DataType, nullable: boolean, qualifier: readonly string[] = []): Attribute {
  return { name, type, nullable, qualifier, id: nextId++ };
}
export function requalify(attrs: readonly Attribute[], qualifier: readonly string[]): Attribute[] {
  return attrs.map((a) => ({ ...a, qualifier }));
}

export interface SortKey {
  readonly expr: BoundExpr;
  readonly ascending: boolean;
  readonly nullsFirst: boolean;
}

export type WindowFrameSpec = {
  readonly type: 'rows' | 'range';
  /** Offsets relative to the current row; null = unbounded. */
  readonly lower: number | null;
  readonly upper: number | null;
  /** For RANGE frames with value offsets: the bound values as numbers (days, units). */
  readonly rangeValues?: boolean;
  /** RANGE bounds are year-month intervals (months), applied with calendar arithmetic. */
  readonly monthBounds?: boolean;
};

export type WindowFunction =
  | { readonly kind: 'agg'; readonly agg: BoundAggregate }
  | { readonly kind: 'rank' | 'dense_rank' | 'row_number' | 'percent_rank' | 'cume_dist' }
  | { readonly kind: 'ntile'; readonly buckets: number }
  | { readonly kind: 'lag' | 'lead'; readonly input: BoundExpr; readonly offset: number; readonly defaultValue: BoundExpr; readonly ignoreNulls: boolean }
  | { readonly kind: 'nth_value'; readonly input: BoundExpr; readonly n: number; readonly ignoreNulls: boolean };

export interface WindowExpr {
  readonly fn: WindowFunction;
  readonly partitionBy: BoundExpr[];
  readonly orderBy: SortKey[];
  readonly frame: WindowFrameSpec;
}

/**
 * A file source's partitions as the executors read them: each task reads its own splits
 * (path, byte range, partition values) through its VFS with the format's reader.
 */
export interface FileScan {
  /** The function language of the format's split reader (registered where the format is read). */
  readonly reader: string;
  /** The reader's settings (schema, options) as JSON: the function's source. */
  readonly source: string;
  /**
   * Each partition's splits as JSON-safe records (one call of the reader each, in order),
   * or null when some file is not readable by the executors (the driver reads the rows).
   */
  readonly partitions: () => readonly (readonly unknown[])[] | null;
  /**
   * The partitions as an RDD of ColumnBatch records instead of splits read by `reader` (a
   * DataFrame over an RDD's lineage: `spark.createDataFrame(rdd)`); not persisted, as Spark
   * computes the RDD again for every query.
   */
  readonly rdd?: (sc: SparkContext) => RDD;
  /**
   * The same scan reading only `columns` (ascending indexes into the scan's output; the
   * others come back as placeholder vectors nobody reads): Spark's column pruning reaching
   * the executors' readers. Absent for readers that cannot skip columns.
   */
  readonly prune?: (columns: readonly number[], filters?: readonly ScanFilter[]) => FileScan;
}

/**
 * A conjunct `column op value` of a filter over the scan's rows (Spark's pushed filters, the
 * filter itself still applied above): a reader may skip data none of whose rows passes it
 * (Parquet row groups by their min/max). Long values travel as `{ bigint: "123" }`.
 */
export interface ScanFilter {
  readonly column: number;
  readonly op: '=' | '<' | '<=' | '>' | '>=';
  readonly value: number | { readonly bigint: string };
}

/**
 * Where a scan's rows come from, as the relation Spark would plan it over (EXPLAIN prints each
 * its own way): Python data or an RDD is Spark's LogicalRDD (`Scan ExistingRDD[a#0,b#1]`),
 * files are a HadoopFsRelation (`FileScan csv [a#0,b#1] Batched: false, ...`).
 */
export type ScanOrigin = { readonly kind: 'rdd' } | FileOrigin;

/** A file source as Spark's HadoopFsRelation over an InMemoryFileIndex describes it. */
export interface FileOrigin {
  readonly kind: 'files';
  /** The data source's short name: csv, json, text, parquet. */
  readonly format: string;
  /** The index's root paths, qualified (`file:/tmp/x.csv`, `dbfs:/FileStore/t`): the paths read, globs expanded. */
  readonly rootPaths: readonly string[];
  /** Columns that come from `key=value` directories, not from the files (Spark's partition columns). */
  readonly partitionColumns: readonly string[];
  /** The files the index lists, qualified (DataFrame.inputFiles). */
  readonly inputFiles: readonly string[];
  /** The catalog table over the files (`spark_catalog.default.t`), for tables. */
  readonly table?: string;
}

/** A join strategy hint (Spark's JoinStrategyHint): BROADCAST, MERGE, SHUFFLE_HASH, SHUFFLE_REPLICATE_NL. */
export type JoinStrategyHint = 'broadcast' | 'merge' | 'shuffleHash' | 'shuffleReplicateNL';

/** The hints on a join's sides (Spark's JoinHint(leftHint, rightHint)). */
export interface JoinHint {
  readonly left?: JoinStrategyHint;
  readonly right?: JoinStrategyHint;
}

export type LPlan =
  | {
    kind: 'scan'; name: string; rows: () => Row[]; output: Attribute[];
    /** What EXPLAIN prints after the operator's name (Range's `(0, 10, step=1, splits=2)`), asked when printed. */
    detail?: () => string;
    /**
     * The table's columnar batches, so columnar operators skip the row view. Given the columns
     * a query reads, a file source may decode only those (the others are placeholders).
     */
    batches?: (needed?: ReadonlySet<number>) => readonly ColumnBatch[];
    /**
     * How many partitions Spark reads the rows in (Range's numSlices, a local relation's
     * parallelism), asked at execution: partition i of n rows in p holds rows
     * floor(i*n/p) .. floor((i+1)*n/p) (absent: one).
     */
    partitions?: () => number;
    /** A cached query's rows (DataFrame.cache / persist): explained as InMemoryTableScan over InMemoryRelation over `child`. */
    cached?: { readonly child: LPlan; readonly storageLevel: string };
    /** A file scan the executors can read themselves (Spark's FileScanRDD) instead of receiving the driver's batches. */
    files?: FileScan;
    /** The relation Spark reads these rows from, for EXPLAIN (absent: a table or view Flint holds in memory). */
    origin?: ScanOrigin;
  }
  | { kind: 'project'; child: LPlan; exprs: BoundExpr[]; output: Attribute[] }
  | { kind: 'filter'; child: LPlan; cond: BoundExpr; output: Attribute[] }
  | { kind: 'aggregate'; child: LPlan; groups: BoundExpr[]; aggs: BoundAggregate[]; sets: number[][] | null; output: Attribute[] }
  | { kind: 'window'; child: LPlan; windows: WindowExpr[]; output: Attribute[] }
  | { kind: 'sort'; child: LPlan; keys: SortKey[]; global: boolean; output: Attribute[] }
  /** `local`: a per-partition limit the optimizer put below UNION ALL or an outer join (Spark's LocalLimit). */
  | { kind: 'limit'; child: LPlan; limit: number; offset: number; output: Attribute[]; local?: boolean }
  /** `hint`: the join strategy hints on each side (Spark's JoinHint, from BROADCAST(t)-style SELECT hints). */
  | { kind: 'join'; left: LPlan; right: LPlan; type: JoinType; cond: BoundExpr | null; output: Attribute[]; hint?: JoinHint }
  | { kind: 'setOp'; op: 'union' | 'intersect' | 'except'; all: boolean; left: LPlan; right: LPlan; output: Attribute[] }
  | { kind: 'distinct'; child: LPlan; output: Attribute[] }
  | { kind: 'generate'; child: LPlan; generator: BoundExpr; outer: boolean; position: boolean; output: Attribute[] }
  | { kind: 'command'; run: () => Row[]; output: Attribute[] }
  /**
   * Repartition / RepartitionByExpression (DataFrame.repartition, coalesce,
   * repartitionByRange, REPARTITION hints, DISTRIBUTE BY): the same rows, placed in `num`
   * partitions and read back in partition order.
   */
  | { kind: 'repartition'; child: LPlan; mode: RepartitionMode; num: number; exprs: BoundExpr[]; keys: SortKey[]; output: Attribute[]; /** Output one more column, last: each row's partition (spark_partition_id above). */ withPid?: boolean };

/** roundRobin: repartition(n); hash: repartition(n, cols); range: repartitionByRange; coalesce: coalesce(n) (no shuffle). */
export type RepartitionMode = 'roundRobin' | 'hash' | 'range' | 'coalesce';

export function outputTypes(p: LPlan): DataType[] {
  return p.output.map((a) => a.type);
}

/**
 * Whether the rows come out in a defined order: a global sort reachable through
 * order-preserving operators (SQLQueryTestSuite's `isSorted`).
 */
export function isSortedPlan(p: LPlan): boolean {
  switch (p.kind) {
    case 'join': case 'aggregate': case 'generate': case 'distinct': return false;
    case 'sort': return p.global;
    case 'project': case 'filter': case 'limit': case 'window': return isSortedPlan(p.child);
    case 'repartition': return p.mode === 'coalesce' && isSortedPlan(p.child);
    case 'setOp': return isSortedPlan(p.left) || isSortedPlan(p.right);
    case 'scan': case 'command': return false;
    default: {
      const never: never = p;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}
