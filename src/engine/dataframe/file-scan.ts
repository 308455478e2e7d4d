/**
 * File scans read by the executors (Spark's FileScanRDD): the driver lists the files and
 * settles the schema, then describes each partition's splits as plain data; every task reads
 * its own splits through the VFS of the executor running it (`io/task-vfs.ts`) with the
 * reader registered here as a function language, so no closure and no rows cross workers.
 *
 * Files are cut into splits at Spark's maxSplitBytes (a split reads the row groups whose
 * middle byte it holds, as Spark's Parquet reader does), and partitions are contiguous runs
 * of the splits in listing order, so concatenating them gives exactly the rows, in the
 * order, that the driver's own read gives; their number is Spark's FilePartition count
 * (`filePartitionCount`). Spark packs splits largest first instead, so which rows share a
 * partition can differ from Spark's.
 */
import { hasGlob, sharedWithExecutors, taskVfs } from '../io';
import type { Vfs } from '../io';
import { registerFunctionCompiler } from '../rdd';
import type { FileOrigin, FileScan, ScanFilter } from '../sql/logical';
import type { StructField } from '../types';
import type { ColumnBatch } from '../columnar';
import { filePartitionCount, maxSplitBytes, readSourceFile } from './parquet-files';
import type { DataFile, ParquetSource } from './parquet-files';

export const PARQUET_SCAN_LANG = 'file-scan-parquet';

/** One split as it travels: a byte range of a file (its row groups whose middle lies there) with its partition directory values. */
export interface ParquetSplit {
  readonly path: string;
  readonly size: number;
  readonly start: number;
  readonly length: number;
  readonly partition: readonly (readonly [string, string | null])[];
}

interface ParquetScanSource {
  readonly dataFields: StructField[];
  readonly partitionFields: StructField[];
  /** The columns a query reads (indexes into data then partition fields); absent: all. The others are not decoded. */
  readonly columns?: readonly number[];
  /** Filters every row the query keeps passes: row groups whose statistics rule them out are skipped. */
  readonly filters?: readonly ScanFilter[];
}

export interface FileScanSettings {
  readonly parallelism: number;
  readonly maxPartitionBytes: number;
  readonly openCostInBytes: number;
}

/**
 * A file scan's partitions as the stage planner asks for them: null when the tasks would read
 * another VFS than the one `paths` were listed on, or when some file is not reachable from the
 * executors (the driver reads the rows then); otherwise `shape(settings)`, recomputed only when
 * the partitioning settings change.
 */
export function scanPartitions<T>(vfs: Vfs, paths: readonly string[], settings: () => FileScanSettings, shape: (s: FileScanSettings) => T[][]): () => T[][] | null {
  let parts: T[][] | null | undefined;
  let shapedFor = '';
  return () => {
    // The driver's task VFS is the one its session opened (in-process executors read it;
    // worker executors open the same storage): a scan listed on another VFS stays here.
    if (taskVfs() !== vfs) return null;
    const s = settings();
    const key = `${s.parallelism}/${s.maxPartitionBytes}/${s.openCostInBytes}`;
    if (parts !== undefined && key === shapedFor) return parts;
    shapedFor = key;
    if (!paths.every((p) => sharedWithExecutors(vfs, p))) return (parts = null);
    return (parts = shape(s));
  };
}

/**
 * `scan` with column pruning (`FileScan.prune`): the scan reading only some of its `width`
 * columns (and told the filters its rows pass) has the same partitions and the source
 * `withColumns` gives (the reader's settings with the columns and filters), one per column and
 * filter set, so each is one persisted FileScanRDD.
 */
export function prunableScan(scan: FileScan, width: number, withColumns: (columns: readonly number[], filters: readonly ScanFilter[]) => string): FileScan {
  const pruned = new Map<string, FileScan>();
  const self: FileScan = {
    ...scan,
    prune: (columns, filters = []) => {
      const cols = [...new Set(columns)].filter((c) => c >= 0 && c < width).sort((a, b) => a - b);
      if (cols.length >= width && filters.length === 0) return self;
      const key = JSON.stringify([cols, filters]);
      let got = pruned.get(key);
      if (!got) pruned.set(key, (got = { reader: scan.reader, source: withColumns(cols, filters), partitions: scan.partitions }));
      return got;
    },
  };
  return self;
}

/**
 * A file source read from `paths` as EXPLAIN describes it (Spark's HadoopFsRelation over an
 * InMemoryFileIndex): its format, and its root paths qualified as Spark qualifies them
 * (`file:/tmp/x.csv`, `dbfs:/FileStore/t`), a glob standing for the paths it matches.
 */
export function fileOrigin(vfs: Vfs, format: string, paths: readonly string[], partitionColumns: readonly string[] = []): FileOrigin {
  const schemeOf = (p: string) => {
    const qualified = vfs.qualify(p);
    return qualified.slice(0, qualified.indexOf(':'));
  };
  const rootPaths = paths.flatMap((p) => (hasGlob(p) ? vfs.glob(p).map((m) => `${schemeOf(p)}:${m.path}`) : [vfs.qualify(p)]));
  const inputFiles = [...new Set(paths.flatMap((p) => vfs.inputFiles(p).map((f) => `${schemeOf(p)}:${f.path}`)))];
  return { kind: 'files', format, rootPaths, partitionColumns, inputFiles };
}

/** Spark's byte-size conf values (JavaUtils.byteStringAsBytes): a number of bytes, or with b, k(b), m(b), g(b), t(b), p(b). */
export function byteSize(v: string | undefined, d: number): number {
  const m = v === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*([kmgtp]?)b?\s*$/i.exec(v);
  if (!m) return d;
  const n = Number(m[1]) * 1024 ** ' kmgtp'.indexOf((m[2] || ' ').toLowerCase());
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : d;
}

/**
 * Spark's file-scan settings from the session conf when a query runs: maxPartitionBytes
 * (128 MB), openCostInBytes (4 MB), and the parallelism maxSplitBytes divides by
 * (spark.sql.files.minPartitionNum, else spark.sql.leafNodeDefaultParallelism, else the
 * context's default parallelism).
 */
export function fileScanSettingsFrom(get: (key: string) => string | undefined, defaultParallelism: () => number): () => FileScanSettings {
  return () => {
    const n = (k: string) => {
      const v = Number(get(k));
      return Number.isInteger(v) && v > 0 ? v : undefined;
    };
    return {
      parallelism: n('spark.sql.files.minPartitionNum') ?? n('spark.sql.leafNodeDefaultParallelism') ?? defaultParallelism(),
      maxPartitionBytes: byteSize(get('spark.sql.files.maxPartitionBytes'), 128 * 1024 * 1024),
      openCostInBytes: byteSize(get('spark.sql.files.openCostInBytes'), 4 * 1024 * 1024),
    };
  };
}

/**
 * `items` (sizes in bytes) in order, cut into `parts` contiguous runs of about equal bytes:
 * an item goes to the run its middle byte falls in, so runs never interleave. As many runs
 * as items (one file cut at maxSplitBytes: Spark gives each split its own partition) are one each.
 */
export function contiguousRuns<T>(items: readonly T[], size: (t: T) => number, parts: number): T[][] {
  if (items.length === parts) return items.map((t) => [t]);
  const out: T[][] = Array.from({ length: Math.max(1, parts) }, () => []);
  const total = items.reduce((n, t) => n + size(t), 0);
  let start = 0;
  items.forEach((t, i) => {
    const run = total > 0 ? Math.min(out.length - 1, Math.floor(((start + size(t) / 2) * out.length) / total)) : Math.min(out.length - 1, Math.floor((i * out.length) / items.length));
    out[run]!.push(t);
    start += size(t);
  });
  return out;
}

/**
 * The executors' view of a Parquet data set: Spark's FilePartition count of partitions, each
 * a contiguous run of file splits (null when some file is not on storage every worker opens:
 * in-memory mounts and generated files stay with the driver).
 */
export function parquetFileScan(vfs: Vfs, src: ParquetSource, settings: () => FileScanSettings): FileScan {
  const source: ParquetScanSource = { dataFields: src.dataFields, partitionFields: src.partitionFields };
  const width = src.dataFields.length + src.partitionFields.length;
  return prunableScan({
    reader: PARQUET_SCAN_LANG,
    source: JSON.stringify(source),
    partitions: scanPartitions(vfs, src.files.map((f) => f.path), settings, (s) => {
      const n = Math.max(1, filePartitionCount(src.files, s.parallelism, s.maxPartitionBytes, s.openCostInBytes));
      // Files cut at maxSplitBytes as Spark's PartitionedFileUtil.splitFiles does, kept in order.
      const max = maxSplitBytes(src.files, s.parallelism, s.maxPartitionBytes, s.openCostInBytes);
      const splits: ParquetSplit[] = [];
      for (const f of src.files) {
        const partition = [...f.partition.entries()];
        if (f.size === 0) splits.push({ path: f.path, size: f.size, start: 0, length: 0, partition });
        for (let off = 0; off < f.size; off += max) splits.push({ path: f.path, size: f.size, start: off, length: Math.min(max, f.size - off), partition });
      }
      return contiguousRuns(splits, (f) => f.length, n);
    }),
  }, width, (columns, filters) => JSON.stringify({ ...source, columns, filters: filters.filter((x) => x.column < src.dataFields.length) }));
}

function readSplit(source: ParquetScanSource, split: ParquetSplit): ColumnBatch[] {
  const vfs = taskVfs();
  if (!vfs) throw new Error('this executor has no file system to read the scan from');
  const file: DataFile = { path: split.path, size: split.size, partition: new Map(split.partition) };
  const src: ParquetSource = { fields: [...source.dataFields, ...source.partitionFields], files: [file], dataFields: source.dataFields, partitionFields: source.partitionFields };
  // A file in one split reads whole (its footer and every row group); a cut one reads its row groups.
  const whole = split.start === 0 && split.length >= split.size;
  const columns = source.columns && new Set(source.columns);
  return readSourceFile(vfs, src, file, whole ? undefined : { start: split.start, end: split.start + split.length }, columns, source.filters);
}

registerFunctionCompiler(PARQUET_SCAN_LANG, (json) => {
  const source = JSON.parse(json) as ParquetScanSource;
  return ((split: ParquetSplit) => readSplit(source, split)) as (...args: unknown[]) => unknown;
});
