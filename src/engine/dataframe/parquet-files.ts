/**
 * Parquet data sets on the VFS as Spark's file source sees them: a path (file, directory or
 * glob) lists its data files (no `_x`/`.x` names), `key=value` directories become partition
 * columns (types inferred as Spark's PartitioningUtils does, `__HIVE_DEFAULT_PARTITION__` is
 * null), the schema comes from one footer or, with `mergeSchema`, from all of them. The
 * writer lays files out as Spark's FileFormatWriter does: save modes, `partitionBy`
 * directories, `part-00000-<uuid>-c000.snappy.parquet` and `_SUCCESS`.
 */
import type { Vfs, VfsFileInfo } from '../io';
import { isVfsError } from '../io';
import { AnalysisException } from '../sql/errors';
import type { ScanFilter } from '../sql/logical';
import { Decimal, daysFromCivil, formatValue, parseTimestamp, sameType, simpleString, structType, field, decimalType } from '../types';
import type { DataType, StructField } from '../types';
import { constantVector } from '../columnar';
import type { ColumnBatch } from '../columnar';
import { parquetCodec, parquetFileInfo, readParquet, writeParquet } from './parquet';
import type { ParquetWriteOptions } from './parquet';

export const DEFAULT_PARTITION_NAME = '__HIVE_DEFAULT_PARTITION__';

/** A Spark-style AnalysisException for a missing path (`[PATH_NOT_FOUND] Path does not exist: file:/x.`). */
export function listFiles(vfs: Vfs, paths: readonly string[]): VfsFileInfo[] {
  try {
    return vfs.inputFiles(paths);
  } catch (e) {
    if (isVfsError(e)) {
      const s = e.spark();
      const m = /^\[([A-Z_.]+)\] ([\s\S]*)$/.exec(s.message);
      throw m ? new AnalysisException(m[2]!, m[1]) : new AnalysisException(s.message);
    }
    throw e;
  }
}

// ---------------------------------------------------------------------------------------
// Partition discovery

const ESCAPED = new Set(['"', '#', '%', "'", '*', '/', ':', '=', '?', '\\', '\u007f', '{', '[', ']', '^']);

/** Spark's escapePathName: the characters a path segment cannot hold as %XX. */
export function escapePathName(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += (c >= 1 && c < 0x20) || ESCAPED.has(ch) ? `%${c.toString(16).toUpperCase().padStart(2, '0')}` : ch;
  }
  return out;
}

export function unescapePathName(s: string): string {
  return s.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The type Spark infers for one partition directory value (null for the default partition). */
function inferValueType(raw: string | null): DataType | null {
  if (raw === null) return null;
  if (/^-?\d+$/.test(raw)) {
    const n = BigInt(raw);
    if (n >= -(2n ** 31n) && n < 2n ** 31n) return { kind: 'int' };
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return { kind: 'long' };
    const digits = raw.replace('-', '').length;
    return digits <= 38 ? decimalType(digits, 0) : { kind: 'string' };
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw)) return { kind: 'double' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw) && validDate(raw)) return { kind: 'date' };
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,9})?$/.test(raw) && validDate(raw.slice(0, 10))) return { kind: 'timestamp' };
  return { kind: 'string' };
}

function validDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const NUMERIC_ORDER = ['int', 'long', 'decimal', 'double'];

/** Spark's conflict resolution between the inferred types of one partition column. */
function mergePartitionTypes(a: DataType | null, b: DataType | null): DataType | null {
  if (a === null) return b;
  if (b === null || sameType(a, b)) return a;
  const ia = NUMERIC_ORDER.indexOf(a.kind);
  const ib = NUMERIC_ORDER.indexOf(b.kind);
  if (ia >= 0 && ib >= 0) {
    if (a.kind === 'decimal' && b.kind === 'decimal') return decimalType(Math.max(a.precision, b.precision), 0);
    const wide = ia > ib ? a : b;
    return wide.kind === 'decimal' && (a.kind === 'double' || b.kind === 'double') ? { kind: 'double' } : wide;
  }
  if ((a.kind === 'date' && b.kind === 'timestamp') || (a.kind === 'timestamp' && b.kind === 'date')) return { kind: 'timestamp' };
  return { kind: 'string' };
}

function partitionValue(raw: string | null, t: DataType): unknown {
  if (raw === null) return null;
  switch (t.kind) {
    case 'int': case 'double': return Number(raw);
    case 'long': return BigInt(raw);
    case 'decimal': return Decimal.fromString(raw);
    case 'date': {
      const [y, m, d] = raw.split('-').map(Number) as [number, number, number];
      return daysFromCivil(y, m, d);
    }
    case 'timestamp': return parseTimestamp(raw);
    default: return raw;
  }
}

export interface DataFile {
  readonly path: string;
  readonly size: number;
  /** Raw (unescaped) partition values by column, null for the default partition. */
  readonly partition: ReadonlyMap<string, string | null>;
}

export interface FileListing {
  readonly files: DataFile[];
  readonly partitionFields: StructField[];
}

/**
 * The data files under `paths` with their partition values. `basePath` (Spark's option) is
 * where discovery starts; otherwise each given directory is its own base.
 */
export function discoverFiles(vfs: Vfs, paths: readonly string[], options: { basePath?: string; typeInference?: boolean } = {}): FileListing {
  const files: DataFile[] = [];
  const names: string[] = [];
  for (const p of paths) {
    const root = options.basePath ? vfs.resolve(options.basePath).vpath : /[*?[{\\]/.test(p) ? null : vfs.resolve(p).vpath;
    for (const f of listFiles(vfs, [p])) {
      const partition = new Map<string, string | null>();
      if (root !== null && f.path.startsWith(root.replace(/\/$/, '') + '/')) {
        const dirs = f.path.slice(root.replace(/\/$/, '').length + 1).split('/').slice(0, -1);
        for (const d of dirs) {
          const eq = d.indexOf('=');
          if (eq <= 0) continue;
          const key = unescapePathName(d.slice(0, eq));
          const raw = unescapePathName(d.slice(eq + 1));
          partition.set(key, raw === DEFAULT_PARTITION_NAME ? null : raw);
          if (!names.includes(key)) names.push(key);
        }
      }
      files.push({ path: f.path, size: f.size, partition });
    }
  }
  for (const f of files) {
    for (const n of names) {
      if (!f.partition.has(n)) {
        throw new AnalysisException(`Conflicting directory structures detected. Suspicious paths:\n\t${vfs.qualify(f.path)}\nIf provided paths are partition directories, please set "basePath" in the options of the data source to specify the root directory of the table. If there are multiple root directories, please load them separately and then union them.`);
      }
    }
  }
  const partitionFields = names.map((n) => {
    let t: DataType | null = null;
    if (options.typeInference === false) t = { kind: 'string' };
    else for (const f of files) t = mergePartitionTypes(t, inferValueType(f.partition.get(n) ?? null));
    return field(n, t ?? { kind: 'string' }, true);
  });
  return { files, partitionFields };
}

// ---------------------------------------------------------------------------------------
// Reading a data set

/** Spark's StructType.merge for Parquet footers: new fields appended, a type clash is an error. */
function mergeFields(a: readonly StructField[], b: readonly StructField[]): StructField[] {
  const out = [...a];
  for (const f of b) {
    const i = out.findIndex((x) => x.name === f.name);
    if (i < 0) out.push(f);
    else if (!sameType(out[i]!.type, f.type)) {
      const x = out[i]!.type;
      if (x.kind === 'struct' && f.type.kind === 'struct') out[i] = field(f.name, structType(mergeFields(x.fields, f.type.fields)), true);
      else throw new AnalysisException(`Failed merging schemas:\nInitial schema:\n"STRUCT<${out.map((g) => `${g.name}: ${simpleString(g.type).toUpperCase()}`).join(', ')}>"\nSchema that cannot be merged with the initial schema:\n"STRUCT<${b.map((g) => `${g.name}: ${simpleString(g.type).toUpperCase()}`).join(', ')}>".`, 'CANNOT_MERGE_SCHEMAS');
    }
  }
  return out;
}

export interface ParquetSourceOptions {
  readonly mergeSchema?: boolean;
  readonly basePath?: string;
  /** A user schema (`.schema(...)`); partition columns in it take its types. */
  readonly fields?: readonly StructField[];
  readonly typeInference?: boolean;
  /** `spark.sql.parquet.binaryAsString`. */
  readonly binaryAsString?: boolean;
}

export interface ParquetSource {
  readonly fields: StructField[];
  readonly files: DataFile[];
  readonly partitionFields: StructField[];
  /** The data columns every file is read as. */
  readonly dataFields: StructField[];
}

/** Lists a Parquet data set and settles its schema (footers only; no data is read). */
export function parquetSource(vfs: Vfs, paths: readonly string[], options: ParquetSourceOptions = {}): ParquetSource {
  const listing = discoverFiles(vfs, paths, options);
  const files = listing.files;
  let partitionFields = listing.partitionFields;
  let dataFields: StructField[];
  if (options.fields) {
    const user = options.fields;
    partitionFields = partitionFields.map((p) => user.find((f) => f.name.toLowerCase() === p.name.toLowerCase()) ?? p);
    dataFields = user.filter((f) => !partitionFields.some((p) => p.name.toLowerCase() === f.name.toLowerCase()));
  } else {
    if (!files.length) throw new AnalysisException('Unable to infer schema for Parquet. It must be specified manually.', 'UNABLE_TO_INFER_SCHEMA');
    const footers = options.mergeSchema ? files : files.slice(0, 1);
    dataFields = [];
    for (const f of footers) dataFields = mergeFields(dataFields, parquetFileInfo(vfs.readFile(f.path), vfs.qualify(f.path), { binaryAsString: options.binaryAsString }).fields);
    dataFields = dataFields.filter((f) => !partitionFields.some((p) => p.name.toLowerCase() === f.name.toLowerCase()));
  }
  const fields = options.fields
    ? [...options.fields.filter((f) => dataFields.includes(f)), ...partitionFields]
    : [...dataFields, ...partitionFields];
  return { fields, files, partitionFields, dataFields };
}

/**
 * How many partitions Spark's file scan splits `files` into (FilePartition.getFilePartitions):
 * files cut into splits of at most maxSplitBytes = min(maxPartitionBytes, max(openCostInBytes,
 * (bytes + files * openCost) / parallelism)), packed largest first, each split also costing
 * openCostInBytes.
 */
export function filePartitionCount(files: readonly DataFile[], parallelism: number, maxPartitionBytes = 128 * 1024 * 1024, openCost = 4 * 1024 * 1024): number {
  if (!files.length) return 0;
  const maxSplit = maxSplitBytes(files, parallelism, maxPartitionBytes, openCost);
  const splits: number[] = [];
  for (const f of files) {
    if (f.size === 0) splits.push(0);
    for (let off = 0; off < f.size; off += maxSplit) splits.push(Math.min(maxSplit, f.size - off));
  }
  splits.sort((a, b) => b - a);
  // Every split lands in the open partition unless it would overflow a non-empty one.
  let count = 1;
  let current = 0;
  for (const size of splits) {
    if (current > 0 && current + size > maxSplit) {
      count++;
      current = 0;
    }
    current += size + openCost;
  }
  return count;
}

/** Spark's FilePartition.maxSplitBytes: min(maxPartitionBytes, max(openCost, bytes with open costs / parallelism)). */
export function maxSplitBytes(files: readonly DataFile[], parallelism: number, maxPartitionBytes = 128 * 1024 * 1024, openCost = 4 * 1024 * 1024): number {
  const total = files.reduce((n, f) => n + f.size + openCost, 0);
  return Math.min(maxPartitionBytes, Math.max(openCost, total / Math.max(1, parallelism)));
}

/**
 * One file's batches in the source's schema: its data columns, then its partition values
 * (with `range`, only the row groups of that byte range of the file).
 */
export function readSourceFile(vfs: Vfs, src: ParquetSource, file: DataFile, range?: { readonly start: number; readonly end: number }, columns?: ReadonlySet<number>, filters?: readonly ScanFilter[]): ColumnBatch[] {
  const { batches } = readParquet(vfs.readFile(file.path), { fields: src.dataFields, ...(range ? { range } : {}), ...(columns ? { columns } : {}), ...(filters?.length ? { filters } : {}) }, vfs.qualify(file.path));
  if (!src.partitionFields.length) return batches;
  const values = src.partitionFields.map((p) => partitionValue(file.partition.get(p.name) ?? null, p.type));
  const types = [...src.dataFields.map((f) => f.type), ...src.partitionFields.map((f) => f.type)];
  return batches.map((b) => ({
    types,
    numRows: b.numRows,
    columns: [...b.columns, ...src.partitionFields.map((p, i) => constantVector(p.type, values[i], b.numRows))],
  }));
}

/** Every batch of a data set, file by file (with `columns`, only those columns decoded; see ParquetReadOptions). */
export function readParquetSource(vfs: Vfs, src: ParquetSource, columns?: ReadonlySet<number>): ColumnBatch[] {
  return src.files.flatMap((f) => readSourceFile(vfs, src, f, undefined, columns));
}

// ---------------------------------------------------------------------------------------
// Writing a data set

export type SaveMode = 'error' | 'append' | 'overwrite' | 'ignore';

export function saveMode(mode: string | null | undefined): SaveMode {
  const m = (mode ?? 'errorifexists').toLowerCase();
  switch (m) {
    case 'error': case 'errorifexists': case 'default': return 'error';
    case 'append': case 'overwrite': case 'ignore': return m;
    default:
      throw new AnalysisException(`Unknown save mode: ${mode}. Accepted save modes are 'overwrite', 'append', 'ignore', 'error', 'errorifexists', 'default'.`);
  }
}

const uuid = (): string => {
  const h = () => Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0');
  return `${h()}${h()}-${h()}-4${h().slice(1)}-${(8 + Math.floor(Math.random() * 4)).toString(16)}${h().slice(1)}-${h()}${h()}${h()}`;
};

export interface ParquetSaveOptions extends ParquetWriteOptions {
  readonly mode?: string;
  readonly partitionBy?: readonly string[];
  /** The task partition of each row (one part file per partition, named by it). */
  readonly partitionIds?: readonly number[];
}

/** The directory name of one partition value (Spark casts it to string and escapes it). */
function partitionDir(name: string, v: unknown, t: DataType): string {
  const s = v === null || v === undefined ? DEFAULT_PARTITION_NAME : formatValue(v, t);
  return `${escapePathName(name)}=${s === '' ? DEFAULT_PARTITION_NAME : escapePathName(s)}`;
}

/**
 * Writes `rows` as a Parquet data set at `path` (Spark's `df.write.parquet`). Returns false
 * when mode `ignore` found the path taken and wrote nothing.
 */
export function saveParquet(vfs: Vfs, path: string, fields: readonly StructField[], rows: readonly (readonly unknown[])[], options: ParquetSaveOptions = {}): boolean {
  const { extension } = parquetCodec(options.compression);
  return saveDataFiles(vfs, path, fields, rows, options, extension, (dataFields, data) => writeParquet(dataFields, data, options));
}

/**
 * A data set at `path` in Spark's layout, whatever the file format: save modes, partitionBy
 * directories (`key=value`), part files named `part-NNNNN-<job uuid>-c000<extension>` and
 * `_SUCCESS`. `encode` turns one file's rows (partition columns left out) into its bytes.
 */
export function saveDataFiles(
  vfs: Vfs, path: string, fields: readonly StructField[], rows: readonly (readonly unknown[])[],
  options: { readonly mode?: string; readonly partitionBy?: readonly string[]; readonly partitionIds?: readonly number[] }, extension: string,
  encode: (fields: readonly StructField[], rows: readonly (readonly unknown[])[]) => Uint8Array | string,
): boolean {
  const mode = saveMode(options.mode);
  const dir = path.replace(/\/+$/, '') || '/';
  const exists = vfs.exists(dir);
  if (exists) {
    if (mode === 'error') {
      throw new AnalysisException(`Path ${vfs.qualify(dir)} already exists. Set mode as "overwrite" to overwrite the existing path.`, 'PATH_ALREADY_EXISTS');
    }
    if (mode === 'ignore') return false;
  }
  const partCols = (options.partitionBy ?? []).map((n) => {
    const i = fields.findIndex((f) => f.name.toLowerCase() === n.toLowerCase());
    if (i < 0) throw new AnalysisException(`Partition column \`${n}\` not found in schema ${simpleString(structType(fields))}.`);
    return i;
  });
  if (partCols.length && partCols.length === fields.length) {
    throw new AnalysisException('Cannot use all columns for partition columns.', 'ALL_PARTITION_COLUMNS_NOT_ALLOWED');
  }
  // Encode every file before touching the directory, so a bad type fails without side effects.
  const dataIdx = fields.map((_, i) => i).filter((i) => !partCols.includes(i));
  const dataFields = dataIdx.map((i) => fields[i]!);
  // One file per (task partition, partition directory), as each Spark write task opens its own;
  // an empty result still writes one file (part-00000) holding the schema.
  const groups = new Map<string, { task: number; dir: string; rows: (readonly unknown[])[] }>();
  if (!rows.length && !partCols.length) groups.set('0/', { task: 0, dir: '', rows: [] });
  rows.forEach((r, k) => {
    const task = options.partitionIds?.[k] ?? 0;
    const d = partCols.map((i) => partitionDir(fields[i]!.name, r[i], fields[i]!.type)).join('/');
    const key = `${task}/${d}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { task, dir: d, rows: [] }));
    g.rows.push(r);
  });
  const job = uuid();
  const outputs: Array<[string, Uint8Array | string]> = [];
  for (const g of [...groups.values()].sort((a, b) => a.task - b.task)) {
    const data = partCols.length ? g.rows.map((r) => dataIdx.map((i) => r[i])) : g.rows;
    const name = `part-${String(g.task).padStart(5, '0')}-${job}-c000${extension}`;
    outputs.push([g.dir ? `${dir}/${g.dir}/${name}` : `${dir}/${name}`, encode(dataFields, data)]);
  }
  if (exists && mode === 'overwrite') vfs.rm(dir, true);
  vfs.mkdirs(dir);
  for (const [file, bytes] of outputs) vfs.writeFile(file, bytes, { createParents: true });
  vfs.writeFile(`${dir}/_SUCCESS`, new Uint8Array(0), { createParents: true });
  return true;
}
