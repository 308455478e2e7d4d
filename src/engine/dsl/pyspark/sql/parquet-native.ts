/**
 * The `_native` entries behind `spark.read.parquet`, `df.write.parquet` and SQL's
 * `parquet.\`path\`` / `CREATE TABLE ... USING parquet LOCATION ...` (the session's file
 * sources). The Parquet work itself is `dataframe/parquet*.ts`.
 */
import type { SqlSession } from '../../../catalog';
import type { FileSources } from '../../../catalog/catalog';
import { filePartitionCount, parquetSource, readParquetSource, saveDataFiles, saveParquet } from '../../../dataframe/parquet-files';
import type { ParquetSource } from '../../../dataframe/parquet-files';
import { TEXT_FORMATS, textCompression } from '../../../dataframe/text-writers';
import { fileOrigin, fileScanSettingsFrom, parquetFileScan } from '../../../dataframe/file-scan';
import { csvOptionsFrom } from '../../../dataframe';
import { csvTextSource, jsonTextSource, listInputFiles, textTextSource } from '../../../dataframe/text-scan';
import { cachedRows } from '../../../columnar';
import { newAttribute } from '../../../sql/logical';
import type { FileOrigin, FileScan, LPlan, ScanOrigin } from '../../../sql/logical';
import { AnalysisException } from '../../../sql/errors';
import { parseSchema } from '../../../types';
import type { StructField } from '../../../types';
import type { ColumnBatch } from '../../../columnar';
import type { SparkContext } from '../../../rdd';
import type { Vfs } from '../../../io';
import { contextVfs } from '../text-files';
import { toArray } from '../../../values/py';
import type { PyDict } from '../../../values/py';

let viewCounter = 0;

const optionMap = (d: PyDict | null | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  if (!d) return out;
  for (const [k, v] of d.entries()) if (v !== null && v !== undefined) out[String(k)] = typeof v === 'boolean' ? String(v) : String(v);
  return out;
};

const opt = (o: Record<string, string>, key: string): string | undefined => {
  const k = Object.keys(o).find((x) => x.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : o[k];
};

const truthy = (v: string | undefined, d: boolean): boolean => (v === undefined ? d : v.toLowerCase() === 'true');

/**
 * A Parquet data set: its schema now (footers only), its rows when a query first needs them
 * (as Spark's scan is lazy), then kept.
 */
function readParquetBatches(s: SqlSession, vfs: Vfs, paths: readonly string[], o: Record<string, string>, fields?: StructField[], parallelism = 1): { fields: StructField[]; batches: (needed?: ReadonlySet<number>) => ColumnBatch[]; partitions: () => number; files: FileScan; origin: FileOrigin } {
  const src = parquetSource(vfs, paths, {
    mergeSchema: truthy(opt(o, 'mergeSchema'), truthy(s.conf.get('spark.sql.parquet.mergeSchema'), false)),
    basePath: opt(o, 'basePath'),
    fields,
    typeInference: truthy(s.conf.get('spark.sql.sources.partitionColumnTypeInference.enabled'), true),
    binaryAsString: truthy(s.conf.get('spark.sql.parquet.binaryAsString'), false),
  });
  let batches: ColumnBatch[] | null = null;
  const settings = fileScanSettingsFrom((k) => s.conf.get(k), () => parallelism);
  const partitions = () => {
    const c = settings();
    return Math.max(1, filePartitionCount(src.files, c.parallelism, c.maxPartitionBytes, c.openCostInBytes));
  };
  // The executors read the files themselves when a distributed stage scans them.
  const files = parquetFileScan(vfs, src, settings);
  return { fields: src.fields, batches: prunedReads(vfs, src, () => batches, (b) => (batches = b)), partitions, files, origin: fileOrigin(vfs, 'parquet', paths, src.partitionFields.map((f) => f.name)) };
}

/**
 * The data set's batches, decoding only the columns a query reads (`needed`, Spark's column
 * pruning): the columns read so far are kept per batch, a later query decodes only those it
 * lacks, and once every column is read the whole batches are kept as they are.
 */
function prunedReads(vfs: Vfs, src: ParquetSource, whole: () => ColumnBatch[] | null, keep: (b: ColumnBatch[]) => void): (needed?: ReadonlySet<number>) => ColumnBatch[] {
  const byColumn = new Map<number, ColumnBatch['columns'][number][]>();
  let sizes: number[] | null = null;
  const types = src.fields.map((f) => f.type);
  return (needed) => {
    const full = whole();
    if (full) return full;
    const want = needed ? [...needed].filter((c) => c >= 0 && c < types.length) : types.map((_, i) => i);
    const missing = want.filter((c) => !byColumn.has(c));
    if (missing.length > 0 || sizes === null) {
      const got = readParquetSource(vfs, src, new Set(missing));
      sizes ??= got.map((b) => b.numRows);
      for (const c of missing) byColumn.set(c, got.map((b) => b.columns[c]!));
    }
    const placeholder: ColumnBatch['columns'][number] = { kind: 'object', values: [] };
    const out = sizes.map((numRows, i) => ({ types, numRows, columns: types.map((_, c) => byColumn.get(c)?.[i] ?? placeholder) }));
    if (byColumn.size === types.length) {
      keep(out);
      byColumn.clear();
    }
    return out;
  };
}

function scanPlan(name: string, fields: readonly StructField[], batches: ColumnBatch[] | (() => ColumnBatch[]), partitions?: () => number, files?: FileScan, origin?: ScanOrigin): LPlan {
  const output = fields.map((f) => newAttribute(f.name, f.type, f.nullable));
  const get = typeof batches === 'function' ? batches : () => batches;
  return { kind: 'scan', name, rows: () => cachedRows(get()), batches: get, output, ...(partitions ? { partitions } : {}), ...(files ? { files } : {}), ...(origin ? { origin } : {}) };
}

/** A file-format relation over `path` (parquet, json, csv), or null for other names. */
function fileRelation(s: SqlSession, vfs: Vfs, format: string, path: string, o: Record<string, string>, fields?: StructField[], parallelism = 1): LPlan | null {
  const qualified = vfs.qualify(path);
  if (format === 'parquet') {
    const got = readParquetBatches(s, vfs, [path], o, fields, parallelism);
    return scanPlan(`parquet.\`${qualified}\``, got.fields, got.batches, got.partitions, got.files, got.origin);
  }
  if (format === 'csv' || format === 'json' || format === 'text') {
    // Read by the executors when a distributed stage scans them (dataframe/text-scan.ts).
    const files = listInputFiles(vfs, [path]);
    const settings = fileScanSettingsFrom((k) => s.conf.get(k), () => parallelism);
    const src = format === 'csv'
      ? csvTextSource(vfs, files, csvOptionsFrom((k) => opt(o, k), s.conf.get('spark.sql.columnNameOfCorruptRecord') ?? '_corrupt_record', s.conf.get('spark.sql.csv.parser.columnPruning.enabled')), settings, fields)
      : format === 'json'
        ? jsonTextSource(vfs, files, {}, settings)
        : textTextSource(vfs, files, { wholetext: truthy(opt(o, 'wholetext'), false), lineSep: opt(o, 'lineSep') }, settings);
    return scanPlan(`${format}.\`${qualified}\``, src.fields, src.batches, src.partitions, src.files, fileOrigin(vfs, format, [path]));
  }
  return null;
}

/** The session's file sources (SQL's `format.\`path\`` and tables at a LOCATION) over `vfs`. */
export function fileSourcesFor(s: SqlSession, fs: Vfs | (() => Vfs), parallelism: () => number = () => 1): FileSources {
  // The file system is looked up when a statement needs it (a context may have none: tests).
  const vfsOf = typeof fs === 'function' ? fs : () => fs;
  return {
    relation: (format, path, options, fields) => fileRelation(s, vfsOf(), format.toLowerCase(), path, options, fields, parallelism()),
    write: (format, path, fields, rows, options, mode) => {
      const vfs = vfsOf();
      const text = TEXT_FORMATS[format.toLowerCase()];
      if (text) {
        const codec = textCompression(options);
        saveDataFiles(vfs, path, fields, rows, { mode }, text.extension + codec.suffix, (fs, data) => codec.encode(text.encode(fs, data, options)));
        return;
      }
      if (format.toLowerCase() !== 'parquet') throw new AnalysisException(`Flint writes tables at a location only as parquet, csv, json or text, not ${format}.`);
      saveParquet(vfs, path, fields, rows, {
        mode,
        compression: opt(options, 'compression') ?? s.conf.get('spark.sql.parquet.compression.codec'),
        timestampType: s.conf.get('spark.sql.parquet.outputTimestampType'),
      });
    },
  };
}

/** The paths each `spark.read.parquet` scan reads (by its view name), to refuse overwriting them. */
const scanRoots = new Map<string, string[]>();

/** The scans of a plan that read under `dir` (Spark's UNSUPPORTED_OVERWRITE check). */
function readsFrom(plan: unknown, dir: string, seen = new Set<unknown>()): boolean {
  if (!plan || typeof plan !== 'object' || seen.has(plan)) return false;
  seen.add(plan);
  const p = plan as { kind?: string; name?: string };
  if (p.kind === 'scan' && p.name !== undefined) {
    const roots = scanRoots.get(p.name) ?? [];
    if (roots.some((r) => r === dir || r.startsWith(`${dir}/`) || dir.startsWith(`${r}/`))) return true;
  }
  for (const v of Object.values(plan)) {
    if (Array.isArray(v)) {
      if (v.some((x) => readsFrom(x, dir, seen))) return true;
    } else if (v && typeof v === 'object' && 'kind' in v && readsFrom(v, dir, seen)) return true;
  }
  return false;
}

export const parquetNativeFunctions = {
  /** Gives the SQL session its file sources (called when a SparkSession wraps it). */
  install_sources: (s: SqlSession, sc: SparkContext) => {
    s.catalog.fileSources = fileSourcesFor(s, () => contextVfs(sc), () => sc.defaultParallelism);
    return null;
  },
  /** `spark.read.parquet(*paths)`: a fresh view over the data set; returns its name. */
  read_parquet: (s: SqlSession, sc: SparkContext, paths: unknown, options: PyDict, ddl: string | null) => {
    const vfs = contextVfs(sc);
    const got = readParquetBatches(s, vfs, toArray(paths) as string[], optionMap(options), ddl ? parseSchema(ddl) : undefined, sc.defaultParallelism);
    const name = `__flint_df_pq${viewCounter++}`;
    scanRoots.set(name, (toArray(paths) as string[]).map((p) => vfs.resolve(p).vpath));
    s.catalog.createTempView(name, scanPlan(name, got.fields, got.batches, got.partitions, got.files, got.origin), true);
    return name;
  },
  /** `df.write.parquet(path)`: runs the DataFrame's query and writes its rows. */
  write_parquet: (s: SqlSession, sc: SparkContext, sql: string, path: string, mode: string | null, partitionBy: unknown, options: PyDict) => {
    const vfs = contextVfs(sc);
    const o = optionMap(options);
    const target = vfs.resolve(path).vpath.replace(/\/+$/, '');
    if ((mode ?? '').toLowerCase() === 'overwrite' && readsFrom(s.analyze(sql), target)) {
      throw new AnalysisException(`Can't overwrite the target that is also being read from. The target path is ${vfs.qualify(target)}.`, 'UNSUPPORTED_OVERWRITE.PATH');
    }
    // Each row's partition, so every non-empty partition becomes its own part file as in Spark.
    const res = s.withJobDescription('parquet at NativeMethodAccessorImpl.java:0', () => s.sql(`SELECT *, spark_partition_id() AS __flint_pid FROM (${sql}) AS __t`));
    const width = res.schema.fields.length - 1;
    saveParquet(vfs, path, res.schema.fields.slice(0, width), res.rows.map((r) => r.slice(0, width)), {
      partitionIds: res.rows.map((r) => Number(r[width])),
      mode: mode ?? undefined,
      partitionBy: partitionBy === null || partitionBy === undefined ? [] : (toArray(partitionBy) as string[]),
      compression: opt(o, 'compression') ?? s.conf.get('spark.sql.parquet.compression.codec'),
      timestampType: s.conf.get('spark.sql.parquet.outputTimestampType'),
    });
    return null;
  },
  /** `df.write.csv / json / text(path)`: runs the DataFrame's query and writes its rows as text part files. */
  write_text_files: (s: SqlSession, sc: SparkContext, format: string, sql: string, path: string, mode: string | null, partitionBy: unknown, options: PyDict) => {
    const text = TEXT_FORMATS[format];
    if (!text) throw new AnalysisException(`Flint cannot write the '${format}' format.`);
    const vfs = contextVfs(sc);
    const o = optionMap(options);
    const codec = textCompression(o);
    const res = s.withJobDescription(`${format} at NativeMethodAccessorImpl.java:0`, () => s.sql(sql));
    const parts = partitionBy === null || partitionBy === undefined ? [] : (toArray(partitionBy) as string[]);
    saveDataFiles(vfs, path, res.schema.fields, res.rows, { mode: mode ?? undefined, partitionBy: parts }, text.extension + codec.suffix, (fs, data) => codec.encode(text.encode(fs, data, o)));
    return null;
  },
};
