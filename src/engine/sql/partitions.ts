/** SparkContext.defaultParallelism as the SQL engine sees it (Range's and local relations' partitions). */
let parallelism = 1;

/** Set by the session when a SparkContext is attached. */
export function setDefaultParallelism(n: number): void {
  parallelism = Math.max(1, Math.floor(n));
}

export function defaultParallelism(): number {
  return parallelism;
}

/** LocalTableScanExec's numParallelism: min(max(rows, 1), defaultParallelism). */
export function localRelationPartitions(rows: number): number {
  return Math.min(Math.max(rows, 1), parallelism);
}
