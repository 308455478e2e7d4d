/**
 * What SQL stages read and how exchanges are sized: a table's batches split into contiguous
 * partitions (shipped once, persisted on the executors, unpersisted when the batches are
 * collected), file scans read by the tasks (Spark's FileScanRDD), size settings, and AQE's
 * coalescing of a shuffle's reduce partitions.
 */
import type { ColumnBatch } from '../../columnar';
import { gatherBatch } from '../../columnar';
import type { FunctionRef, RDD, SparkContext } from '../../rdd';
import { functionId } from '../../rdd';
import type { FileScan, LPlan } from '../logical';
import { encodeBatches } from './batch-wire';
import { SQL_DECODE_LANG } from './sql-stage';
import { confNumber } from './conf-bytes';

const ROWS_PER_PARTITION = 16_384;

/** Table partitions held by the executors: one RDD per table version, persisted. */
const tableRdds = new WeakMap<object, Map<SparkContext, RDD>>();
const released = new FinalizationRegistry<RDD>((rdd) => {
  try {
    rdd.unpersist();
  } catch {
    // The context may be gone.
  }
});

export function rowCount(batches: readonly ColumnBatch[]): number {
  return batches.reduce((s, b) => s + b.numRows, 0);
}

function sliceBatch(b: ColumnBatch, start: number, end: number): ColumnBatch {
  if (start === 0 && end === b.numRows) return b;
  const sel = new Int32Array(end - start);
  for (let i = 0; i < sel.length; i++) sel[i] = start + i;
  return gatherBatch(b, sel, sel.length);
}

/** Contiguous row ranges of about equal size, in order. */
export function splitBatches(batches: readonly ColumnBatch[], parts: number): ColumnBatch[][] {
  const total = batches.reduce((s, b) => s + b.numRows, 0);
  const out: ColumnBatch[][] = Array.from({ length: parts }, () => []);
  let row = 0;
  for (const b of batches) {
    let i = 0;
    while (i < b.numRows) {
      const part = Math.min(parts - 1, Math.floor((row * parts) / Math.max(total, 1)));
      const partEnd = Math.ceil(((part + 1) * total) / parts);
      const take = Math.max(1, Math.min(b.numRows - i, partEnd - row));
      out[part]!.push(sliceBatch(b, i, i + take));
      i += take;
      row += take;
    }
  }
  return out;
}

/** A table's partitions: about ROWS_PER_PARTITION rows each, at most one per executor slot. */
function partitionCount(sc: SparkContext, rows: number): number {
  return Math.max(1, Math.min(sc.defaultParallelism, Math.ceil(rows / ROWS_PER_PARTITION)));
}

/**
 * What a stage's tasks read: the driver's batches of the table (shipped once, cached on the
 * executors), or a file scan whose splits each task reads through its own VFS.
 */
export type ScanInput = readonly ColumnBatch[] | FileInput;

export interface FileInput {
  readonly files: FileScan;
  readonly parts: readonly (readonly unknown[])[];
}

export function isFileInput(input: ScanInput): input is FileInput {
  return !Array.isArray(input);
}

export function inputPartitions(sc: SparkContext, input: ScanInput): number {
  return isFileInput(input) ? input.parts.length : partitionCount(sc, rowCount(input));
}

/** File scans read by the executors: one persisted FileScanRDD per scan (a lost block is read again). */
const fileRdds = new WeakMap<FileScan, Map<SparkContext, RDD>>();

function fileRdd(sc: SparkContext, input: FileInput): RDD {
  if (input.files.rdd) return input.files.rdd(sc);
  let bySc = fileRdds.get(input.files);
  if (!bySc) {
    bySc = new Map();
    fileRdds.set(input.files, bySc);
  }
  const known = bySc.get(sc);
  if (known) return known;
  const { reader, source } = input.files;
  const read: FunctionRef = { id: functionId(reader, source), lang: reader, source };
  const slices = input.parts.map((items) => ({ kind: 'collection' as const, items }));
  const rdd = sc.lineage.source(sc, slices, 'FileScanRDD').narrow({ kind: 'flatMap', fn: read }, 'mapPartitionsInternal').persist();
  bySc.set(sc, rdd);
  released.register(input.files, rdd);
  return rdd;
}

export function tableRdd(sc: SparkContext, scan: Extract<LPlan, { kind: 'scan' }>, input: ScanInput): RDD {
  if (isFileInput(input)) return fileRdd(sc, input);
  const batches = input;
  let bySc = tableRdds.get(batches);
  if (!bySc) {
    bySc = new Map();
    tableRdds.set(batches, bySc);
  }
  const known = bySc.get(sc);
  if (known) return known;
  const rows = batches.reduce((s, b) => s + b.numRows, 0);
  const parts = partitionCount(sc, rows);
  const slices = splitBatches(batches, parts).map((bs) => ({ kind: 'collection' as const, items: [encodeBatches(bs)] }));
  const typesJson = JSON.stringify(scan.output.map((a) => a.type));
  const decode: FunctionRef = { id: functionId(SQL_DECODE_LANG, typesJson), lang: SQL_DECODE_LANG, source: typesJson };
  const rdd = sc.lineage.source(sc, slices, `Scan ${scan.name}`).narrow({ kind: 'flatMap', fn: decode }, 'mapPartitionsInternal').persist();
  bySc.set(sc, rdd);
  released.register(batches, rdd);
  return rdd;
}

/**
 * Spark 3.5's ShufflePartitionsUtil.coalescePartitions for one shuffle: contiguous reducer
 * ranges filled up to a target size of max(minPartitionSize, min(advisory, total / minNum)).
 * Reducers that received nothing are dropped (their tasks would produce no rows).
 */
export function coalescePartitions(sizes: readonly number[], conf: ReadonlyMap<string, string>, parallelism: number): number[][] {
  const nonEmpty = sizes.map((s, i) => [s, i] as const).filter(([s]) => s > 0);
  if (conf.get('spark.sql.adaptive.enabled')?.toLowerCase() === 'false' || conf.get('spark.sql.adaptive.coalescePartitions.enabled')?.toLowerCase() === 'false') {
    return nonEmpty.map(([, i]) => [i]);
  }
  const advisory = confNumber(conf, 'spark.sql.adaptive.advisoryPartitionSizeInBytes', 64 * 1024 * 1024);
  const minSize = confNumber(conf, 'spark.sql.adaptive.coalescePartitions.minPartitionSize', 1024 * 1024);
  const minNum = confNumber(conf, 'spark.sql.adaptive.coalescePartitions.minPartitionNum', Math.max(1, parallelism));
  const total = sizes.reduce((a, b) => a + b, 0);
  const target = Math.max(minSize, Math.min(advisory, Math.ceil(total / minNum)));
  const out: number[][] = [];
  let cur: number[] = [];
  let curSize = 0;
  for (const [s, i] of nonEmpty) {
    if (cur.length > 0 && curSize + s > target) {
      out.push(cur);
      cur = [];
      curSize = 0;
    }
    cur.push(i);
    curSize += s;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
