/**
 * A DataFrame over an RDD's lineage (`spark.createDataFrame(rdd)`, `rdd.toDF()`): the
 * DataFrame's scan is the RDD itself, so a query's tasks compute the RDD's partitions on the
 * executors and each task turns its partition's rows (Python lists in the schema's column
 * order) into column batches (Spark's `applySchemaToPythonRDD`). The driver computes the rows
 * only when it runs a query itself (one collect job, kept), never at createDataFrame time.
 */
import { functionId, registerFunctionCompiler } from '../rdd';
import type { FunctionRef, RDD, SparkContext } from '../rdd';
import type { FileScan } from '../sql/logical';
import type { StructField } from '../types';
import { batchesFromRows } from '../columnar';
import type { ColumnBatch } from '../columnar';
import { pyErr, toArray } from '../values/py';
import { rowToEngine } from './values';

export const RDD_ROWS_LANG = 'rdd-rows-batches';

interface RddRowsSource {
  readonly fields: readonly StructField[];
}

/** A partition's rows (Python sequences, one value per field) as column batches in `fields`' types. */
export function rowsToBatches(fields: readonly StructField[], rows: readonly unknown[]): ColumnBatch[] {
  const data = rows.map((r) => toArray(r) as unknown[]);
  for (const r of data) {
    if (r.length !== fields.length) throw pyErr('ValueError', `[LENGTH_SHOULD_BE_THE_SAME] obj and fields should be of the same length, got ${r.length} and ${fields.length}.`);
  }
  return batchesFromRows(fields.map((f) => f.type), data.map((r) => rowToEngine(r, fields)));
}

export interface RddSource {
  readonly batches: () => ColumnBatch[];
  readonly partitions: () => number;
  readonly files: FileScan;
}

/** The scan of a DataFrame over `rdd`, whose elements are rows of `fields` (see `rowsToBatches`). */
export function rddSource(rdd: RDD, fields: readonly StructField[]): RddSource {
  const source = JSON.stringify({ fields } satisfies RddRowsSource);
  const fn: FunctionRef = { id: functionId(RDD_ROWS_LANG, source), lang: RDD_ROWS_LANG, source };
  let batches: ColumnBatch[] | null = null;
  const converted = new Map<SparkContext, RDD>();
  return {
    batches: () => (batches ??= rowsToBatches(fields, rdd.collect())),
    partitions: () => Math.max(1, rdd.getNumPartitions()),
    files: {
      reader: RDD_ROWS_LANG,
      source,
      partitions: () => Array.from({ length: rdd.getNumPartitions() }, () => []),
      rdd: (sc) => {
        let r = converted.get(sc);
        if (!r) converted.set(sc, (r = rdd.narrow({ kind: 'mapPartitionsWithIndex', fn }, 'applySchemaToPythonRDD')));
        return r;
      },
    },
  };
}

registerFunctionCompiler(RDD_ROWS_LANG, (json) => {
  const { fields } = JSON.parse(json) as RddRowsSource;
  return ((_partition: number, rows: unknown[]) => rowsToBatches(fields, rows)) as (...args: unknown[]) => unknown;
});
